#!/usr/bin/env python3
"""Build ../corpus18.jsonl from part_a.py ... part_h.py.

CPR numbers are written in the source as [[DDMMYY-SSSS]] (any separator);
the brackets are stripped here and cpr_spans computed from the finished text.
Mails are shuffled with a fixed seed and numbered ind18-001, ind18-002, ...
Run: cd src18 && python build_corpus18.py
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
    write_corpus(common.MAILS, common.CODES, number=18, seed=181818)
