#!/usr/bin/env python3
"""Build ../corpus26.jsonl from every part_*.py beside this file.

Run: cd src26 && python build_corpus26.py
"""
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import corpus_build  # noqa: E402
import common  # noqa: E402

if __name__ == "__main__":
    for part in sorted(HERE.glob("part_*.py")):
        importlib.import_module(part.stem)
    corpus_build.HERE = HERE.parent
    corpus_build.write_corpus(common.MAILS, common.CODES, number=26, seed=262626)
