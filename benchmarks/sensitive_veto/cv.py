"""Leave-one-corpus-out CV on training corpora only; compares feature variants and
picks veto thresholds.
Usage: cv.py [variant ...]"""

import json
import pickle
import sys

import numpy as np
from extract import WORK
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

D = pickle.loads((WORK / "cache.pkl").read_bytes())
CATS = ["health", "economy_social"]


def vecs(variant):
    V = []
    ctx = "ctx1" if "ctx1" in variant else "ctx0"
    V.append(
        (ctx, TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True))
    )
    V.append(
        (
            ctx,
            TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=(3, 5),
                min_df=2,
                sublinear_tf=True,
                max_features=200000,
            ),
        )
    )
    if "terms" in variant:
        V.append(("terms", TfidfVectorizer(analyzer="word", token_pattern=r"\S+", min_df=1)))
    if "whole" in variant:
        V.append(
            (
                "whole",
                TfidfVectorizer(
                    analyzer="word",
                    ngram_range=(1, 2),
                    min_df=2,
                    sublinear_tf=True,
                    max_features=100000,
                ),
            )
        )
    return V


class Model:
    def __init__(self, variant, C=4.0):
        self.variant, self.C = variant, C

    def feats(self, rows, fit=False):
        blocks = []
        for key, v in self.vs:
            txt = [r[key] for r in rows]
            blocks.append(v.fit_transform(txt) if fit else v.transform(txt))
        if "other" in self.variant:
            blocks.append(
                csr_matrix(
                    np.array(
                        [
                            [r["nhits"] > 1, "health" in r["other"], "economy_social" in r["other"]]
                            for r in rows
                        ],
                        float,
                    )
                )
            )
        return hstack(blocks).tocsr()

    def fit(self, rows):
        self.vs = vecs(self.variant)
        X = self.feats(rows, True)
        self.lr = LogisticRegression(C=self.C, class_weight="balanced", max_iter=3000)
        self.lr.fit(X, [r["label"] for r in rows])
        return self

    def proba(self, rows):
        return self.lr.predict_proba(self.feats(rows))[:, 1]


def prf(rows, keep):
    tp = sum(1 for r, k in zip(rows, keep, strict=False) if k and r["label"])
    fp = sum(1 for r, k in zip(rows, keep, strict=False) if k and not r["label"])
    return tp, fp


def choose(oof, fired, npos, target):
    best = None
    for t in np.unique(np.round(oof, 4)):
        keep = oof >= t
        tp = sum(1 for r, k in zip(fired, keep, strict=False) if k and r["label"])
        fp = keep.sum() - tp
        p = tp / max(1, keep.sum())
        if p >= target and (best is None or tp > best[1]):
            best = (float(t), tp, fp)
    return best


def run(variant, C=4.0, target=0.90, out=None):
    res = {}
    for c in CATS:
        allr = [r for r in D["train"] if r["cat"] == c]
        npos = sum(r["label"] for r in allr)
        fired = [r for r in allr if r["fires"]]
        groups = np.array([r["corpus"] for r in fired])
        oof = np.zeros(len(fired))
        for g in np.unique(groups):
            tr = [r for r, gg in zip(fired, groups, strict=False) if gg != g]
            te_idx = np.where(groups == g)[0]
            m = Model(variant, C).fit(tr)
            oof[te_idx] = m.proba([fired[i] for i in te_idx])
        tp0 = sum(r["label"] for r in fired)
        len(fired) - tp0
        line = {"n_pos": npos, "fired": len(fired), "det_P": tp0 / len(fired), "det_R": tp0 / npos}
        for t in [0.5]:
            keep = oof >= t
            tp = sum(1 for r, k in zip(fired, keep, strict=False) if k and r["label"])
            line[f"t{t}_P"] = tp / max(1, keep.sum())
            line[f"t{t}_R"] = tp / npos
        b = choose(oof, fired, npos, target)
        if b:
            t, tp, fp = b
            line.update(thr=t, cv_P=tp / (tp + fp), cv_R=tp / npos)
            # per-corpus precision spread at chosen threshold
            per = []
            for g in np.unique(groups):
                idx = groups == g
                k = oof[idx] >= t
                lab = np.array([r["label"] for r in fired])[idx]
                per.append((k & lab).sum() / max(1, k.sum()))
            line["cv_P_per_corpus_min"] = float(np.min(per))
            line["cv_P_per_corpus_median"] = float(np.median(per))
        from sklearn.metrics import roc_auc_score

        line["oof_auc"] = roc_auc_score([r["label"] for r in fired], oof)
        res[c] = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in line.items()}
        if out is not None:
            out[c] = (oof, fired)
    print(variant, "C=", C, "target", target, json.dumps(res))
    return res


if __name__ == "__main__":
    for v in sys.argv[1:]:
        run(v)
