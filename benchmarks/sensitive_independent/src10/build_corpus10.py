#!/usr/bin/env python3
"""Build ../corpus10.jsonl from part_a.py ... part_f.py.

CPR numbers are written in the source as [[DDMMYY-SSSS]] (any separator);
the brackets are stripped here and cpr_spans computed from the finished text.
Mails are shuffled with a fixed seed and numbered ind10-001, ind10-002, ...
Run: cd src10 && python build_corpus10.py
"""
import sys
from pathlib import Path

import common
import part_a, part_b, part_c, part_d, part_e, part_f  # noqa: F401  (register mails)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import write_corpus  # noqa: E402

if __name__ == "__main__":
    write_corpus(common.MAILS, common.CODES, number=10, seed=101010)
