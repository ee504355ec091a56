#!/usr/bin/env python3
"""Build ../corpus9.jsonl from part_a.py ... part_f.py.

CPR numbers are written in the source as [[DDMMYY-SSSS]] (any separator);
the brackets are stripped here and cpr_spans computed from the finished text.
Mails are shuffled with a fixed seed and numbered ind9-001, ind9-002, ...
Run: cd src9 && python build_corpus9.py
"""
import sys
from pathlib import Path

import common
import part_a, part_b, part_c, part_d, part_e, part_f  # noqa: F401  (register mails)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import write_corpus  # noqa: E402

if __name__ == "__main__":
    write_corpus(common.MAILS, common.CODES, number=9, seed=99999)
