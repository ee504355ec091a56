#!/usr/bin/env python3
"""Build ../corpus8.jsonl from part_a.py ... part_f.py.

CPR numbers are written in the source as [[DDMMYY-SSSS]] (any separator);
the brackets are stripped here and cpr_spans computed from the finished text.
Mails are shuffled with a fixed seed and numbered ind8-001, ind8-002, ...
Run: cd src8 && python build_corpus8.py
"""
import sys
from pathlib import Path

import common
import part_a, part_b, part_c, part_d, part_e, part_f  # noqa: F401  (register mails)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import write_corpus  # noqa: E402

if __name__ == "__main__":
    write_corpus(common.MAILS, common.CODES, number=8, seed=88888)
