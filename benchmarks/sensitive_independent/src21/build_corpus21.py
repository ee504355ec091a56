#!/usr/bin/env python3
"""Build ../corpus21.jsonl from the part_*.py files in this folder.

CPR numbers are written in the source as [[DDMMYY-SSSS]] (any separator);
the brackets are stripped here and cpr_spans computed from the finished text.
Mails are shuffled with a fixed seed and numbered ind21-001, ind21-002, ...
Run: cd src21 && python build_corpus21.py
"""
import importlib
import sys
from pathlib import Path

import common

HERE = Path(__file__).resolve().parent
for part in sorted(HERE.glob("part_*.py")):
    importlib.import_module(part.stem)  # registers the mails

sys.path.insert(0, str(HERE.parent))
from corpus_build import write_corpus  # noqa: E402

if __name__ == "__main__":
    write_corpus(common.MAILS, common.CODES, number=21, seed=212121)
