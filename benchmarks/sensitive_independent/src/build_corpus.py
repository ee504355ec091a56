"""Build ../corpus.jsonl from the hand-written mails in part_*.py.

Usage: python build_corpus.py
The mails and their labels are written by hand in part_a..part_e; this script
only fills in generated CPR numbers, computes their character spans, shuffles
the order (fixed seed) and assigns ids.
"""
import json
import random
from pathlib import Path

import common
import part_a, part_b, part_c, part_d, part_e, part_f  # noqa: F401  (registers mails)

ORDER = ["cpr", "health", "economy_social", "property_trade", "ethnicity",
         "sexual_orientation", "belief", "union"]


def main():
    rows = common.render(seed=2025)
    random.Random(4635).shuffle(rows)
    out = Path(__file__).resolve().parent.parent / "corpus.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i, row in enumerate(rows, 1):
            cats = sorted(set(row["categories"]), key=ORDER.index)
            obj = {"id": f"ind-{i:03d}", "text": row["text"],
                   "categories": cats, "cpr_spans": row["cpr_spans"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} mails to {out}")


if __name__ == "__main__":
    main()
