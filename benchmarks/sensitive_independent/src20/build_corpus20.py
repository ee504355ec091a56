#!/usr/bin/env python3
"""Build ../corpus20.jsonl from every part_*.py beside it.

CPR numbers are written in the source as [[DDMMYY-SSSS]] (any separator);
the brackets are stripped here and cpr_spans computed from the finished text.
Mails are shuffled with a fixed seed and numbered ind20-001, ind20-002, ...
Run: cd src20 && python build_corpus20.py
"""
import importlib
import sys
from pathlib import Path

import common

HERE = Path(__file__).resolve().parent
for p in sorted(HERE.glob("part_*.py")):
    importlib.import_module(p.stem)  # registers mails via M(...)

sys.path.insert(0, str(HERE.parent))
from corpus_build import write_corpus  # noqa: E402

if __name__ == "__main__":
    write_corpus(common.MAILS, common.CODES, number=20, seed=202020)
