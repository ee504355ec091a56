"""A learned FINDER for the sensitive-data detector: leave-one-corpus-out CV (experiment).

The mirror of the veto (benchmarks/sensitive_veto): for each category, a per-mail model
reads only the mails where the product (rules + veto, the defaults) did NOT find the
category, and may ADD it.  Label: the category is among the mail's gold labels.

    .venv/bin/python benchmarks/sensitive_finder/cv.py [--variants words,allmail,...] [--cats ...]

1. Findings of ``Detector(SensitiveSettings())`` on the TUNING corpora only (corpus2..32
   and the even half of corpus.jsonl), cached in $FINDER_WORK (default /tmp/finder).
2. Per category and variant, LOCO CV (each corpus a fold, corpus1-even a fold):
   out-of-fold scores of every candidate mail.  Variants: words (trained on the
   candidates), lemma, sentmax (best sentence's score), allmail (trained on every mail
   of the training folds), gated (allmail, only mails with a hit the rules suppress).
3. Operating points (TARGETS): the finder's precision among the mails it adds >= 1/2,
   2/3, 3/4, or its false adds <= 1 % / 2 % of the rules' true findings.  Each fold's
   threshold is the lowest one that meets it on the OTHER folds' out-of-fold scores.
4. Pooled detector P/R before -> after, and on corpus29-32 alone; the ceiling (rule
   misses); the top positive features of a model fitted on every fold; for a few added
   mails, the sentence the finder would mark (the one the model scores highest).

scikit-learn is needed here; it is not a project dependency.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import pickle
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
from classifiers.sensitive import veto as vm  # noqa: E402

CORPORA = REPO / "benchmarks" / "sensitive_independent"
WORK = Path(os.environ.get("FINDER_WORK", "/tmp/finder"))
TODAY = dt.date(2026, 11, 23)
# Tuning corpora only.  corpus42-47 (and src42-47, CORPUS42-47.md) and the odd half of
# corpus.jsonl are the measurement sets: never opened here.
TUNE = [str(n) for n in range(2, 42)] + ["1t"]
FORBIDDEN = {str(n) for n in range(42, 48)}
NEWEST = ["39", "40", "41"]
assert not FORBIDDEN & set(TUNE)
assert all(f == "1t" or 2 <= int(f) <= 35 for f in TUNE)
MAIN_CATS = ["health", "economy_social", "sexual_orientation", "belief"]
OTHER_CATS = ["property_trade", "ethnicity", "union"]
# Operating points.  ("prec", f, t): the finder's precision among the mails it adds is at
# least t / (f + t), i.e. at most f false per t true.  ("budget", b): it adds at most b false
# mails per 100 mails the rules find correctly (the precision cost, as the veto's recall
# budget).
TARGETS = [("prec", 1, 1), ("prec", 1, 2), ("prec", 1, 3), ("budget", 1), ("budget", 2)]


def op_name(op) -> str:
    return f"≤{op[1]} false per {op[2]} true" if op[0] == "prec" else f"false ≤ {op[1]} % of TP"


def corpus_path(fold: str) -> Path:
    p = CORPORA / ("corpus.jsonl" if fold == "1t" else f"corpus{fold}.jsonl")
    assert not any(p.name == f"corpus{n}.jsonl" for n in FORBIDDEN), p
    return p


def corpus_rows(fold: str) -> list[dict]:
    lines = [x for x in corpus_path(fold).read_text("utf-8").splitlines() if x.strip()]
    if fold == "1t":
        lines = lines[0::2]  # the tune half; the odd half is holdout, never parsed
    return [json.loads(x) for x in lines]


# ------------------------------------------------------------------ 1. findings
_DET: dict = {}


def _detect_fold(fold: str) -> list[dict]:
    from classifiers.sensitive import Detector, SensitiveSettings, categories

    if not _DET:
        _DET["d"] = Detector(SensitiveSettings())  # the product's defaults: rules + veto
        # the hits the hand rules suppress (min_score 0), for the "gated" variant
        _DET["loose"] = Detector(SensitiveSettings(min_score=0.0, veto=()))
    out = []
    for i, r in enumerate(corpus_rows(fold)):
        fs = _DET["d"].detect(r["text"], today=TODAY)
        loose = _DET["loose"].detect(r["text"], today=TODAY)
        out.append({
            "fold": fold, "i": i, "id": r.get("id"), "text": r["text"],
            "gold": set(r["categories"]), "rules": set(categories(fs)),
            "loose": set(categories(loose)),
            "spans": [(f.category, f.start, f.end) for f in fs],
        })
    return out


def cache_key() -> str:
    h = hashlib.sha256(b"v2")
    for p in sorted((REPO / "classifiers").rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            h.update(str(p.relative_to(REPO)).encode())
            h.update(p.read_bytes())
    for f in TUNE:
        h.update(corpus_path(f).read_bytes())
    return h.hexdigest()[:16]


def extract(jobs: int = 2) -> list[dict]:
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"findings_{cache_key()}.pkl"
    if path.exists():
        print(f"findings: cached {path}")
        return pickle.loads(path.read_bytes())
    t0 = time.time()
    order = sorted(TUNE, key=lambda f: -len(corpus_rows(f)))
    with ProcessPoolExecutor(jobs) as ex:
        res = dict(zip(order, ex.map(_detect_fold, order), strict=True))
    rows = [r for f in TUNE for r in res[f]]
    path.write_bytes(pickle.dumps(rows))
    print(f"findings: {len(rows)} mails in {time.time() - t0:.0f}s -> {path}")
    return rows


# ------------------------------------------------------------------ 2. features
def corpus_names(rows: list[dict]) -> frozenset[str]:
    """First names read as <navn> (as the veto's train.py): those the tuning corpora
    write capitalised at least as often as in lower case."""
    from classifiers.sensitive.partners import first_names

    names = set(first_names())
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    for r in rows:
        for w in vm.WORD_RE.findall(r["text"]):
            lw = w.lower()
            if lw in names:
                (cap if w[:1].isupper() else low)[lw] += 1
    return frozenset(n for n in names if low[n] <= cap[n])


def tokens(text: str, variant: str, names: frozenset[str]) -> list[str]:
    return vm.word_ngrams(text, lemmatise=(variant == "lemma"), n_max=2, names=names)


def _ident(x):
    return x


def vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=_ident, min_df=2, sublinear_tf=True)


def model() -> LogisticRegression:
    return LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000,
                              solver="liblinear")


def fit(x, y):
    return model().fit(x, y)


# ------------------------------------------------------------------ 3. CV
def oof_scores(cand: list[dict], y: np.ndarray, x, sent_x, variant: str,
               train=None) -> np.ndarray:
    """``x``: the candidates' TF-IDF rows; ``sent_x``: (matrix of their sentences, the
    owning candidate of each row), for sentmax.  ``train``: (x, y, folds) of every mail,
    for the variant "allmail" that learns from all mails, not only the candidates."""
    folds = np.array([r["fold"] for r in cand])
    s = np.zeros(len(cand))
    for f in TUNE:
        te = folds == f
        tr = ~te
        if not te.any() or y[tr].sum() == 0:
            continue
        if train is not None:
            tx, ty, tf = train
            clf = model().fit(tx[tf != f], ty[tf != f])
        else:
            clf = model().fit(x[tr], y[tr])
        idx = np.flatnonzero(te)
        if variant == "sentmax":
            sm, owner = sent_x
            rows = np.flatnonzero(te[owner])
            p = clf.predict_proba(sm[rows])[:, 1]
            best = np.zeros(len(cand))
            np.maximum.at(best, owner[rows], p)
            s[idx] = best[idx]
        else:
            s[idx] = clf.predict_proba(x[idx])[:, 1]
    return s


def pick_threshold(s: np.ndarray, y: np.ndarray, op, n_tp: int, min_true: int = 3) -> float:
    """The lowest threshold at which the mails scored >= it meet the operating point:
    precision >= t / (f + t) with at least ``min_true`` true ones, or at most
    budget % of ``n_tp`` (the rules' true findings on the same folds) false ones."""
    order = np.argsort(-s)
    tp = np.cumsum(y[order])
    n = np.arange(1, len(s) + 1)
    if op[0] == "prec":
        ok = (tp / n >= op[2] / (op[1] + op[2])) & (tp >= min_true)
    else:
        ok = (n - tp) <= op[1] / 100 * n_tp
    if not ok.any():
        return np.inf
    k = np.flatnonzero(ok).max()
    # ties: never go below the score of the last mail kept
    return float(s[order][k])


def pr(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"{p:.3f}/{r:.3f}"


def evaluate(rows, cat, cand_idx, s, y, op):
    """Per fold threshold from the other folds; returns pooled and newest figures."""
    folds = np.array([rows[i]["fold"] for i in cand_idx])
    added = np.zeros(len(cand_idx), bool)
    for f in TUNE:
        te = folds == f
        if not te.any():
            continue
        n_tp = sum(cat in r["gold"] and cat in r["rules"] for r in rows if r["fold"] != f)
        t = pick_threshold(s[~te], y[~te], op, n_tp)
        added[te] = s[te] >= t
    res = {}
    for name, keep in (("pooled", None), ("-".join((NEWEST[0], NEWEST[-1])), set(NEWEST))):
        sel = [r for r in rows if keep is None or r["fold"] in keep]
        tp = sum(cat in r["gold"] and cat in r["rules"] for r in sel)
        fp = sum(cat not in r["gold"] and cat in r["rules"] for r in sel)
        fn = sum(cat in r["gold"] and cat not in r["rules"] for r in sel)
        m = np.array([keep is None or f in keep for f in folds])
        at = int((added & m & (y == 1)).sum())
        af = int((added & m & (y == 0)).sum())
        res[name] = (pr(tp, fp, fn), pr(tp + at, fp + af, fn - at), at, af)
    return res, added


def sentences_of(text: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b in vm.sentences(text) if text[a:b].strip()]


def run(rows, cats, variants, names, report, n_examples):
    print(f"{len(rows)} mails, {len(TUNE)} folds, newest = corpus{'+'.join(NEWEST)}")
    # TF-IDF vocabulary and idf fitted once on every tuning mail (unsupervised, no labels);
    # the classifier is refitted per fold.
    t0 = time.time()
    mats: dict[str, tuple] = {}
    for tv in sorted({"lemma" if v == "lemma" else "words" for v in variants} | {"words"}):
        vec = vectorizer()
        x = vec.fit_transform([tokens(r["text"], tv, names) for r in rows]).tocsr()
        mats[tv] = (vec, x)
    vec_w = mats["words"][0]
    sents = [sentences_of(r["text"]) for r in rows]
    owner_all = np.array([i for i, ss in enumerate(sents) for _ in ss])
    sent_x_all = vec_w.transform([tokens(r["text"][a:b], "words", names)
                                  for r, ss in zip(rows, sents, strict=True)
                                  for a, b in ss]).tocsr()
    print(f"features: {time.time() - t0:.0f}s, words vocabulary {len(vec_w.vocabulary_)}")
    lines = ["| category | variant | candidates (true) | OOF AUC | op. point | "
             "pooled before → after | added true / false | 29–32 before → after | "
             "29–32 added true / false |", "|---" * 9 + "|"]
    ceil = ["| category | gold mails | rules+veto find | misses (ceiling) | "
            "misses in 29–32 | rules+veto P/R pooled | 29–32 | candidates with a suppressed "
            "hit (true) |", "|---" * 8 + "|"]
    feats_out, examples_out = [], []
    for cat in cats:
        cand_idx = np.array([i for i, r in enumerate(rows) if cat not in r["rules"]])
        y = np.array([cat in rows[i]["gold"] for i in cand_idx], int)
        gold = sum(cat in r["gold"] for r in rows)
        found = sum(cat in r["gold"] and cat in r["rules"] for r in rows)
        new_miss = sum(cat in r["gold"] and cat not in r["rules"] for r in rows
                       if r["fold"] in NEWEST)
        fp = sum(cat not in r["gold"] and cat in r["rules"] for r in rows)
        sel = [r for r in rows if r["fold"] in NEWEST]
        ntp = sum(cat in r["gold"] and cat in r["rules"] for r in sel)
        nfp = sum(cat not in r["gold"] and cat in r["rules"] for r in sel)
        ceil.append(f"| {cat} | {gold} | {found} | {int(y.sum())} | {new_miss} | "
                    f"{pr(found, fp, gold - found)} | {pr(ntp, nfp, new_miss)} | "
                    f"{sum(cat in rows[i]['loose'] for i in cand_idx)} "
                    f"({sum(cat in rows[i]['loose'] for i in cand_idx[y == 1])}) |")
        # sentence rows of the candidates, re-indexed to candidate positions
        pos = np.full(len(rows), -1)
        pos[cand_idx] = np.arange(len(cand_idx))
        keep = pos[owner_all] >= 0
        sent_x = (sent_x_all[np.flatnonzero(keep)], pos[owner_all[keep]])
        for v in variants:
            t0 = time.time()
            x = mats["lemma" if v == "lemma" else "words"][1][cand_idx]
            train = None
            if v in ("allmail", "gated"):
                train = (mats["words"][1], np.array([cat in r["gold"] for r in rows], int),
                         np.array([r["fold"] for r in rows]))
            s = oof_scores([rows[i] for i in cand_idx], y, x, sent_x, v, train)
            if v == "gated":  # only a mail with a hit the rules suppressed may be added
                s = s * np.array([cat in rows[i]["loose"] for i in cand_idx])
            auc = roc_auc_score(y, s) if 0 < y.sum() < len(y) else float("nan")
            for op in TARGETS:
                res, added = evaluate(rows, cat, cand_idx, s, y, op)
                p, nw = res["pooled"], res["29-32"]
                lines.append(
                    f"| {cat} | {v} | {len(cand_idx)} ({int(y.sum())}) | {auc:.3f} | "
                    f"{op_name(op)} | {p[0]} → {p[1]} | {p[2]} / {p[3]} | "
                    f"{nw[0]} → {nw[1]} | {nw[2]} / {nw[3]} |")
                if v == "allmail" and op == ("budget", 1):
                    examples_out += span_examples(rows, cat, cand_idx, y, added, s, train,
                                                  sent_x, n_examples)
            print(f"  {cat} {v}: AUC {auc:.3f} ({time.time() - t0:.0f}s)", flush=True)
        # top features of the words and allmail models fitted on every fold
        vocab = np.array(vec_w.get_feature_names_out())
        ally = np.array([cat in r["gold"] for r in rows], int)
        for v, clf in (("words", fit(mats["words"][1][cand_idx], y)),
                       ("allmail", fit(mats["words"][1], ally))):
            top = np.argsort(-clf.coef_[0])[:10]
            feats_out.append(f"- **{cat}** ({v}): " + ", ".join(
                f"`{vocab[j]}` {clf.coef_[0][j]:.2f}" for j in top))
    out = ["## Rule misses (the ceiling)", *ceil, "", "## Finder (LOCO CV, nested thresholds)",
           *lines, "", "## Top 10 positive features (words model, all folds)", *feats_out]
    text = "\n".join(out)
    print(text)
    report.write_text(text + "\n", "utf-8")
    ex_path = WORK / "span_examples.md"
    ex_path.write_text("\n".join(examples_out) + "\n", "utf-8")
    print(f"\nreport -> {report}\nspan examples -> {ex_path}")


def span_examples(rows, cat, cand_idx, y, added, s, train, sent_x, n):
    """For ``n`` random mails the finder adds (OOF, allmail, false <= 1 % of TP): the
    sentence a model fitted on the other folds scores highest (the span it would mark)."""
    out = [f"### {cat}"]
    sm, owner = sent_x
    picked = np.random.default_rng(0).permutation(np.flatnonzero(added))[:n]
    models: dict[str, LogisticRegression] = {}
    for j in sorted(picked):
        r = rows[cand_idx[j]]
        f = r["fold"]
        if f not in models:
            tx, ty, tf = train
            models[f] = fit(tx[tf != f], ty[tf != f])
        srows = np.flatnonzero(owner == j)
        sc = models[f].predict_proba(sm[srows])[:, 1]
        a, b = sentences_of(r["text"])[int(np.argmax(sc))]
        out.append(f"- {r['id']} (corpus {f}) gold={'yes' if y[j] else 'NO'} "
                   f"score={s[j]:.3f}: «{' '.join(r['text'][a:b].split())}»")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--variants", default="words,lemma,sentmax,allmail,gated")
    ap.add_argument("--cats", default=",".join(MAIN_CATS + OTHER_CATS))
    ap.add_argument("--examples", type=int, default=8)
    ap.add_argument("--extract-only", action="store_true")
    a = ap.parse_args()
    rows = extract()
    if a.extract_only:
        return
    names = corpus_names(rows)
    run(rows, a.cats.split(","), a.variants.split(","), names,
        WORK / "cv_report.md", a.examples)


if __name__ == "__main__":
    main()
