"""Build an independent corpus (corpusN.jsonl) from its hand-written src parts.

Shared by src2 … src22: each writer's build_corpusN.py names its number and seed and
calls build(), which loads every part_*.py beside it in name order.
CPR numbers are written in the source as [[DDMMYY-SSSS]] (any separator); the brackets
are stripped here and cpr_spans computed from the finished text. Mails are shuffled
with the writer's fixed seed and numbered indN-001, indN-002, ...
"""
import importlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


# -- the helper every writer's part files use (srcN/common.py re-exports it) ----------

# Short label codes: h=health e=economy_social p=property_trade t=ethnicity
# s=sexual_orientation b=belief u=union ("" = a negative).
CODES = {"h": "health", "e": "economy_social", "p": "property_trade",
         "t": "ethnicity", "s": "sexual_orientation", "b": "belief",
         "u": "union"}
MAILS: list[tuple[str, str]] = []


def M(labels, text):
    for ch in labels:
        assert ch in CODES, (labels, text[:40])
    assert len(set(labels)) == len(labels), (labels, text[:40])
    MAILS.append((labels, text.strip("\n")))

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


def write_corpus(mails, codes, number, seed):
    texts = set()
    records = []
    for labels, raw in mails:
        text, spans = render(raw)
        assert "[[" not in text and "]]" not in text
        assert text not in texts, text[:60]
        texts.add(text)
        cats = {codes[c] for c in labels}
        if spans:
            cats.add("cpr")
        records.append({"text": text,
                        "categories": [c for c in ORDER if c in cats],
                        "cpr_spans": spans})
    random.Random(seed).shuffle(records)
    out = HERE / f"corpus{number}.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            obj = {"id": f"ind{number}-{i:03d}", **r}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} mails to {out}")


def build(folder, number, seed):
    """Register the mails of every part_*.py in ``folder`` (in name order, so the
    shuffle with ``seed`` gives the same corpus each time) and write corpusN.jsonl."""
    folder = Path(folder).resolve()
    sys.path.insert(0, str(folder))
    for part in sorted(folder.glob("part_*.py")):
        importlib.import_module(part.stem)
    write_corpus(MAILS, CODES, number=number, seed=seed)
