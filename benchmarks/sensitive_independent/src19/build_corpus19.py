#!/usr/bin/env python3
"""Build ../corpus19.jsonl from every part_*.py beside it.

CPR numbers are written in the source as [[DDMMYY-SSSS]] (any separator);
the brackets are stripped here and cpr_spans computed from the finished text.
Mails are shuffled with a fixed seed and numbered ind19-001, ind19-002, ...
Run: cd src19 && python build_corpus19.py
"""
import importlib
import sys
from pathlib import Path

import common

HERE = Path(__file__).resolve().parent
for p in sorted(HERE.glob("part_*.py")):
    importlib.import_module(p.stem)  # registers mails

sys.path.insert(0, str(HERE.parent))
from corpus_build import write_corpus  # noqa: E402

if __name__ == "__main__":
    write_corpus(common.MAILS, common.CODES, number=19, seed=191919)
