#!/usr/bin/env python3
"""Build ../corpus28.jsonl from every part_*.py beside this file.

Run: cd src28 && python build_corpus28.py
"""
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import common  # noqa: E402
from corpus_build import write_corpus  # noqa: E402

if __name__ == "__main__":
    for part in sorted(HERE.glob("part_*.py")):
        importlib.import_module(part.stem)
    write_corpus(common.MAILS, common.CODES, number=28, seed=282828)
