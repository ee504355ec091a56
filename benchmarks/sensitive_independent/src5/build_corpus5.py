#!/usr/bin/env python3
"""Build ../corpus5.jsonl from part_a.py ... part_f.py.

CPR numbers are written in the source as [[DDMMYY-SSSS]] (any separator);
the brackets are stripped here and cpr_spans computed from the finished text.
Mails are shuffled with a fixed seed and numbered ind5-001, ind5-002, ...
Run: cd src5 && python build_corpus5.py
"""
import json
import random
import re
from pathlib import Path

import common
import part_a, part_b, part_c, part_d, part_e, part_f  # noqa: F401  (register mails)

ORDER = ["cpr", "health", "economy_social", "property_trade", "ethnicity",
         "sexual_orientation", "belief", "union"]
MARK = re.compile(r"\[\[(.+?)\]\]")


def render(raw):
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        length += len(before)
        spans.append([length, length + len(m[1])])
        out.append(m[1])
        length += len(m[1])
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans


def main():
    mails = list(common.MAILS)
    texts = set()
    records = []
    for labels, raw in mails:
        text, spans = render(raw)
        assert "[[" not in text and "]]" not in text
        assert text not in texts, text[:60]
        texts.add(text)
        cats = {common.CODES[c] for c in labels}
        if spans:
            cats.add("cpr")
        records.append({"text": text,
                        "categories": [c for c in ORDER if c in cats],
                        "cpr_spans": spans})
    random.Random(55555).shuffle(records)
    out = Path(__file__).resolve().parent.parent / "corpus5.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            obj = {"id": f"ind5-{i:03d}", **r}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} mails to {out}")


if __name__ == "__main__":
    main()
