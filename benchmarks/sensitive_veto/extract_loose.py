"""Training corpora only: a loosened detector (min_score=0, in-process only, no file edited)
gives the hits the hand rules suppressed -> extra hard negatives/positives for training."""

import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import CATS, TRAIN, WORK, B, context

from classifiers.sensitive import Detector, SensitiveSettings

D = pickle.loads((WORK / "cache.pkl").read_bytes())
loose = Detector(SensitiveSettings(min_score=0.0))
strict = {(r["corpus"], i // 2, r["cat"]): r for i, r in enumerate(D["train"])}
# D["train"] was built in order corpus, mail, cat (2 per mail)
rows = []
idx = 0
for n in TRAIN:
    for line in (B / f"corpus{n}.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        f = loose.detect(r["text"])
        for c in CATS:
            s = D["train"][idx]
            idx += 1
            assert s["cat"] == c and s["corpus"] == n
            if s["fires"]:
                ex = dict(s)
                ex["loose_only"] = False
            else:
                spans = [(x.start, x.end) for x in f if x.category == c]
                if not spans:
                    continue
                ex = {
                    "corpus": n,
                    "cat": c,
                    "label": c in r["categories"],
                    "fires": False,
                    "loose_only": True,
                    "ctx0": context(r["text"], spans, 0),
                    "ctx1": context(r["text"], spans, 1),
                    "terms": " ".join(sorted({r["text"][a:b].lower() for a, b in spans})),
                    "whole": r["text"],
                    "nhits": len(spans),
                    "maxscore": max(x.score for x in f if x.category == c),
                    "other": "",
                }
            rows.append(ex)
D["train_loose"] = rows
(WORK / "cache.pkl").write_bytes(pickle.dumps(D))
for c in CATS:
    lo = [r for r in rows if r["cat"] == c and r["loose_only"]]
    print(c, "loose-only examples", len(lo), "of which positive", sum(r["label"] for r in lo))
