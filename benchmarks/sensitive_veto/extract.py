"""Run detect() on train and test corpora; cache per-mail examples for health/economy_social.
Never prints anything about individual test mails."""

import json
import os
import pickle
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from classifiers.sensitive import categories, detect

B = Path(__file__).resolve().parents[1] / "sensitive_independent"
TRAIN = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19, 20]
TEST = [17, 18, 21, 22]
CATS = ["health", "economy_social"]
# Caches and fold results: outside the repository (several MB).
WORK = Path(os.environ.get("VETO_WORK", "/tmp/sensitive_veto"))
SENT = re.compile(r"[^.!?\n]+[.!?]*|\n")


def sentences(text):
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", text, re.M)]


def context(text, spans, k=1):
    sents = sentences(text)
    keep = set()
    for s, e in spans:
        for i, (a, b) in enumerate(sents):
            if a < e and s < b:
                keep.update(range(max(0, i - k), min(len(sents), i + k + 1)))
    return " … ".join(text[sents[i][0] : sents[i][1]].strip() for i in sorted(keep))


def build(nums, split):
    rows = []
    t_det = 0.0
    for n in nums:
        for line in (B / f"corpus{n}.jsonl").read_text("utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            t0 = time.perf_counter()
            f = detect(r["text"])
            t_det += time.perf_counter() - t0
            got = set(categories(f))
            for c in CATS:
                ex = {"corpus": n, "cat": c, "label": c in r["categories"], "fires": c in got}
                if c in got:
                    spans = [(x.start, x.end) for x in f if x.category == c]
                    ex["ctx0"] = context(r["text"], spans, 0)
                    ex["ctx1"] = context(r["text"], spans, 1)
                    ex["terms"] = " ".join(sorted({r["text"][s:e].lower() for s, e in spans}))
                    ex["whole"] = r["text"]
                    ex["nhits"] = len(spans)
                    ex["maxscore"] = max(x.score for x in f if x.category == c)
                    ex["other"] = " ".join(sorted(got - {c}))
                rows.append(ex)
    return rows, t_det


if __name__ == "__main__":
    WORK.mkdir(parents=True, exist_ok=True)
    tr, t1 = build(TRAIN, "train")
    te, t2 = build(TEST, "test")
    (WORK / "cache.pkl").write_bytes(pickle.dumps({"train": tr, "test": te}))
    print(
        "train examples",
        len(tr),
        "test examples",
        len(te),
        f"detect time train {t1:.1f}s test {t2:.1f}s",
    )
