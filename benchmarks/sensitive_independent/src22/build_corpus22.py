#!/usr/bin/env python3
"""Build ../corpus22.jsonl from part_a.py ... part_g.py.

CPR numbers are written in the source as [[DDMMYY-SSSS]] (any separator);
the brackets are stripped here and cpr_spans computed from the finished text.
Mails are shuffled with a fixed seed and numbered ind22-001, ind22-002, ...
Run: cd src22 && python build_corpus22.py
"""
import sys
from pathlib import Path

import common
import part_a, part_b, part_c, part_d, part_e, part_f, part_g  # noqa: F401  (register mails)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import write_corpus  # noqa: E402

if __name__ == "__main__":
    write_corpus(common.MAILS, common.CODES, number=22, seed=222222)
