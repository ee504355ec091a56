#!/usr/bin/env python3
"""Build ../corpus16.jsonl from part_a.py ... part_h.py.

CPR numbers are written in the source as [[DDMMYY-SSSS]] (any separator);
the brackets are stripped here and cpr_spans computed from the finished text.
Mails are shuffled with a fixed seed and numbered ind16-001, ind16-002, ...
Run: cd src16 && python build_corpus16.py
"""
import sys
from pathlib import Path

import common
import part_a, part_b, part_c, part_d, part_e, part_f, part_g, part_h  # noqa: F401  (register mails)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_build import write_corpus  # noqa: E402

if __name__ == "__main__":
    write_corpus(common.MAILS, common.CODES, number=16, seed=161616)
