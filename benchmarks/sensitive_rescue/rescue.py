"""Experiment: a learned "rescue" that ADDS a category on mails where the rules found none.

Data: corpus2..corpus62 only (verdicts.json from extract.py: text, gold, the product's
detect() verdict).  Grouped 10-fold CV over whole corpora (contiguous blocks of ~6
corpora, so a fold holds out whole writing batches); every probability is out of fold.

    cd <repo> && .venv/bin/python benchmarks/sensitive_rescue/rescue.py [--cat economy_social]
        [--variants word-all,word-neg,wordchar-neg] [--policy word-neg]

Writes $RESCUE_WORK/out_<cat>.json (OOF probabilities per variant) and prints the tables.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from classifiers.sensitive import veto as vm  # noqa: E402

HERE = Path(os.environ.get("RESCUE_WORK", "/tmp/sensitive_rescue"))
GROUPS = [(2, 29), (30, 47), (48, 62)]
NFOLD = 10


def load():
    return json.loads((HERE / "verdicts.json").read_text("utf-8"))


def corpus_names(rows) -> frozenset[str]:
    """As train.py's corpus_names, but over corpus2..62 only: first names the corpora
    write capitalised at least as often as in lower case are read as <navn>."""
    from classifiers.sensitive.partners import first_names

    names = set(first_names())
    low, cap = Counter(), Counter()
    for r in rows:
        for w in vm.WORD_RE.findall(r["text"]):
            lw = w.lower()
            if lw in names:
                (cap if w[:1].isupper() else low)[lw] += 1
    return frozenset(n for n in names if low[n] <= cap[n])


def folds_of(rows):
    corpora = sorted({r["corpus"] for r in rows})
    chunks = np.array_split(np.array(corpora), NFOLD)
    fold_of = {int(c): k for k, ch in enumerate(chunks) for c in ch}
    return np.array([fold_of[r["corpus"]] for r in rows]), [list(map(int, c)) for c in chunks]


def ident(x):
    return x


class Rescue:
    def __init__(self, char: bool, C: float = 1.0):
        self.char, self.C = char, C

    def _X(self, feats, toks, fit):
        mats = []
        if fit:
            self.vw = TfidfVectorizer(analyzer=ident, min_df=2, sublinear_tf=True)
            mats.append(self.vw.fit_transform(feats))
            if self.char:
                self.vc = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2,
                                          sublinear_tf=True, max_features=200000)
                mats.append(self.vc.fit_transform(toks))
        else:
            mats.append(self.vw.transform(feats))
            if self.char:
                mats.append(self.vc.transform(toks))
        return hstack(mats).tocsr() if len(mats) > 1 else mats[0]

    def fit(self, feats, toks, y):
        X = self._X(feats, toks, True)
        self.lr = LogisticRegression(C=self.C, class_weight="balanced", max_iter=5000)
        self.lr.fit(X, y)
        return self

    def proba(self, feats, toks):
        return self.lr.predict_proba(self._X(feats, toks, False))[:, 1]

    def word_json(self, names):
        """veto.py's CategoryModel format (word block only) for pure-Python scoring."""
        coef = self.lr.coef_[0]
        vocab = {f: [float(self.vw.idf_[j]), float(coef[j])]
                 for f, j in self.vw.vocabulary_.items()}
        return {"blocks": [{"name": "mail", "field": "whole", "kind": "words", "lemmatise": False,
                            "n_max": 2, "sublinear_tf": True, "l2": True,
                            "names": sorted(names), "vocab": vocab}],
                "intercept": float(self.lr.intercept_[0]), "threshold": 0.5}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return p, r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cat", default="economy_social")
    ap.add_argument("--variants", default="word-all,word-neg,wordchar-neg")
    ap.add_argument("--policy", default="word-neg",
                    help="variant whose OOF scores drive the rescue table")
    ap.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.85,0.9,0.93,0.95,0.97,0.98,0.99")
    a = ap.parse_args()
    cat = a.cat
    rows = load()
    names = corpus_names(rows)
    print(f"{len(rows)} mails, corpora 2..62; {len(names)} first names read as {vm.NAME_TOKEN}")
    t0 = time.time()
    feats = [vm.word_ngrams(r["text"], False, 2, names) for r in rows]
    toks = [" ".join(vm.words(r["text"], False, names)) for r in rows]
    print(f"tokenised in {time.time() - t0:.0f}s")
    y = np.array([cat in r["gold"] for r in rows])
    rule = np.array([cat in r["rules"] for r in rows])
    corpus = np.array([r["corpus"] for r in rows])
    fold, chunks = folds_of(rows)
    print("folds (corpora):", chunks)

    out = {"cat": cat, "ids": [r["id"] for r in rows], "oof": {}, "auc": {}}
    for v in a.variants.split(","):
        char = v.startswith("wordchar")
        neg_only = v.endswith("-neg")
        oof = np.full(len(rows), np.nan)
        t1 = time.time()
        for k in range(NFOLD):
            tr = (fold != k) & (~rule if neg_only else True)
            te = fold == k
            tri, tei = np.where(tr)[0], np.where(te)[0]
            m = Rescue(char).fit([feats[i] for i in tri], [toks[i] for i in tri], y[tri])
            oof[tei] = m.proba([feats[i] for i in tei], [toks[i] for i in tei])
        neg = ~rule
        auc_all = roc_auc_score(y, oof)
        auc_neg = roc_auc_score(y[neg], oof[neg])
        out["oof"][v] = oof.tolist()
        out["auc"][v] = {"all": auc_all, "rules_negative": auc_neg}
        print(f"{v}: OOF AUC all mails {auc_all:.3f}, on rules-negative mails {auc_neg:.3f} "
              f"({time.time() - t1:.0f}s)")

    # ---- rescue table
    oof = np.array(out["oof"][a.policy])
    neg = ~rule

    def table(mask, label):
        tp0 = int((rule & y & mask).sum())
        fp0 = int((rule & ~y & mask).sum())
        fn0 = int((~rule & y & mask).sum())
        p0, r0 = prf(tp0, fp0, fn0)
        gold = int((y & mask).sum())
        print(f"\n### {label}: {gold} gold {cat}, rules alone P/R {p0:.3f}/{r0:.3f} "
              f"(misses {fn0}, rules-negative mails {int((neg & mask).sum())})")
        print("| t | rescued | true | rescue P | rules+rescue P/R | ΔR | ΔP |")
        print("|---|---|---|---|---|---|---|")
        for t in map(float, a.thresholds.split(",")):
            res = neg & (oof >= t) & mask
            nt = int((res & y).sum())
            nf = int((res & ~y).sum())
            p1, r1 = prf(tp0 + nt, fp0 + nf, fn0 - nt)
            rp = nt / (nt + nf) if nt + nf else float("nan")
            print(f"| {t:.2f} | {nt + nf} | {nt} | {rp:.3f} | {p1:.3f}/{r1:.3f} | "
                  f"{r1 - r0:+.3f} | {p1 - p0:+.3f} |")

    table(np.ones(len(rows), bool), f"pooled corpus2-62 [{a.policy}]")
    for lo, hi in GROUPS:
        table((corpus >= lo) & (corpus <= hi), f"corpus{lo}-{hi} [{a.policy}]")

    # ---- nested threshold: per fold, the lowest t whose rescue precision on the OTHER
    # folds' OOF scores is >= target; applied to the held-out fold
    for target in (0.7, 0.8, 0.9):
        tot = Counter()
        ts = []
        for k in range(NFOLD):
            o = fold != k
            best = None
            for t in np.arange(0.50, 0.996, 0.005):
                res = neg & o & (oof >= t)
                if res.sum() >= 5 and (res & y).sum() / res.sum() >= target:
                    best = t
                    break
            if best is None:
                best = 1.01
            ts.append(round(float(best), 3))
            te = fold == k
            res = neg & te & (oof >= best)
            tot["nt"] += int((res & y).sum())
            tot["nf"] += int((res & ~y).sum())
        tp0 = int((rule & y).sum())
        fp0 = int((rule & ~y).sum())
        fn0 = int((~rule & y).sum())
        p0, r0 = prf(tp0, fp0, fn0)
        p1, r1 = prf(tp0 + tot["nt"], fp0 + tot["nf"], fn0 - tot["nt"])
        print(f"\nnested t (rescue precision >= {target} on other folds): t per fold {ts}; "
              f"rescued {tot['nt'] + tot['nf']} ({tot['nt']} true); pooled {p0:.3f}/{r0:.3f} -> "
              f"{p1:.3f}/{r1:.3f}")

    (HERE / f"out_{cat}.json").write_text(json.dumps(out))


if __name__ == "__main__":
    main()
