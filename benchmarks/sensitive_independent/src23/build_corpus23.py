#!/usr/bin/env python3
"""Build ../corpus23.jsonl from every part_*.py beside this file.

Run: cd src23 && python build_corpus23.py
"""
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
import corpus_build  # noqa: E402
import common  # noqa: E402

corpus_build.HERE = HERE.parent

if __name__ == "__main__":
    for part in sorted(HERE.glob("part_*.py")):
        importlib.import_module(part.stem)
    corpus_build.write_corpus(common.MAILS, common.CODES, number=23, seed=232323)
