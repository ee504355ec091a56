"""Leave-one-corpus-out CV on training corpora; model trained on strict+loose-only examples,
evaluated (OOF) on strict-fired examples. Saves OOF for threshold selection."""

import pickle
import sys
from pathlib import Path

import numpy as np
from extract import WORK
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cv
from cv import CATS, Model

D = cv.D


def run(variant, C=4.0, use_loose=True):
    out = {}
    for c in CATS:
        pool = [
            r
            for r in (D["train_loose"] if use_loose else D["train"])
            if r["cat"] == c and ("ctx0" in r)
        ]
        npos = sum(r["label"] for r in D["train"] if r["cat"] == c)
        groups = np.array([r["corpus"] for r in pool])
        fired_idx = np.array([i for i, r in enumerate(pool) if r["fires"]])
        oof = np.zeros(len(pool))
        for g in np.unique(groups):
            tr = [r for r, gg in zip(pool, groups, strict=False) if gg != g]
            te = np.where(groups == g)[0]
            oof[te] = Model(variant, C).fit(tr).proba([pool[i] for i in te])
        fired = [pool[i] for i in fired_idx]
        fo = oof[fired_idx]
        lab = np.array([r["label"] for r in fired])
        fg = groups[fired_idx]
        out[c] = dict(oof=fo, lab=lab, groups=fg, npos=npos)
        print(
            variant,
            c,
            "train size",
            len(pool),
            f"AUC strict-fired OOF {roc_auc_score(lab, fo):.3f}",
            "AUC all OOF {:.3f}".format(roc_auc_score([r["label"] for r in pool], oof)),
        )
    return out


if __name__ == "__main__":
    res = {}
    for v in sys.argv[1:]:
        res[v] = run(v)
    (WORK / "oof_{}.pkl".format("_".join(sys.argv[1:]))).write_bytes(pickle.dumps(res))
