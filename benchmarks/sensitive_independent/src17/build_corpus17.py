#!/usr/bin/env python3
"""Build ../corpus17.jsonl from part_a.py ... part_f.py.

CPR numbers are written in the source as [[DDMMYY-SSSS]] (any separator);
the brackets are stripped here and cpr_spans computed from the finished text.
Mails are shuffled with a fixed seed and numbered ind17-001, ind17-002, ...
Run: cd src17 && python build_corpus17.py
"""
import importlib
import sys
from pathlib import Path

import common

HERE = Path(__file__).resolve().parent
for name in sorted(p.stem for p in HERE.glob("part_*.py")):
    importlib.import_module(name)  # registers the mails

sys.path.insert(0, str(HERE.parent))
from corpus_build import write_corpus  # noqa: E402

if __name__ == "__main__":
    write_corpus(common.MAILS, common.CODES, number=17, seed=171717)
