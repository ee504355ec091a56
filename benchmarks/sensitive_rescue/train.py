"""Train the learned rescue (classifiers/sensitive/rescue.py) and write its model file.

    .venv/bin/pip install scikit-learn      # training only, not a project dependency
    .venv/bin/python benchmarks/sensitive_rescue/train.py [--out PATH]

Per category in THRESHOLDS: TF-IDF of the whole mail's word 1-2-grams (veto.py's
tokeniser, digits -> 0, first names the corpora capitalise -> <navn>, min_df 2, sublinear
tf) into LogisticRegression(C=1, class_weight=balanced), fitted on every mail of the
tuning corpora (text and hand labels only: the model does not depend on the rules, so a
rules round needs no retraining).  The thresholds were fixed on the unseen-batch
simulation over corpus51-68 (unseen_batches.py) before corpus69-71 were tried once
(README.md, "Session 16").  Prints the parity of the pure-Python scorer with
scikit-learn on 300 mails; exits non-zero above 1e-9.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from classifiers.sensitive import veto as vm  # noqa: E402
from classifiers.sensitive.rescue import Rescue  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The experiment's reading of first names as <navn> (session 15), shared, not copied.
from rescue import corpus_names  # noqa: E402

CORPORA = REPO / "benchmarks" / "sensitive_independent"
# Tuning corpora only: corpus87 and later and corpus.jsonl's holdout half are
# measurement sets.
TUNE = range(2, 87)
FORBIDDEN = range(87, 96)
assert not set(TUNE) & set(FORBIDDEN)
# Fixed on corpus51-68 (unseen_batches.py): economy_social .951/.899 -> .929/.941 pooled
# over six batches.  Left out: health (.965/.951 -> .950/.964 at .85, rescue precision
# .44), belief (+.008 recall) and sexual_orientation (.987/.944 -> .984/.973, but the
# model cannot see the writer's and the partner's sex - first names are <navn> - so it
# adds the category to "min kæreste Hamza", signed by a woman; the corpora hold far
# more orientation mail than a municipality's inbox, where that precision would fall).
THRESHOLDS = {"economy_social": 0.80}
# The inverse regularisation, chosen on the same simulation (t=.80, --min-words 20,
# pooled 51-68): C=0.5 +59 true/+40 false, C=1 +70/+41, C=2 +75/+43, C=4 +78/+42,
# C=8 +81/+41.  C=8 was chosen on 51-68 alone and run once on corpus72-74 (economy_social
# .938/.928 -> .938/.938), but it added economy_social to a golden case, an internal note
# that a memo on the waiting lists for plejehjem comes on Friday (tests/golden case 08):
# less regularised, it is surer of itself on mail unlike the corpora.  C=1 ships.
C = 1.0


def load_rows(numbers) -> list[dict]:
    rows = []
    for n in numbers:
        for line in (CORPORA / f"corpus{n}.jsonl").read_text("utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rows.append({"corpus": n, "id": r["id"], "text": r["text"],
                             "gold": r["categories"]})
    return rows


def _ident(x):
    return x


def fit(feats, y) -> tuple[TfidfVectorizer, LogisticRegression]:
    vec = TfidfVectorizer(analyzer=_ident, min_df=2, sublinear_tf=True)
    X = vec.fit_transform(feats)
    lr = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    lr.fit(X, y)
    return vec, lr


def export(vec, lr, names, threshold) -> dict:
    coef = lr.coef_[0]
    vocab = {f: [float(vec.idf_[j]), float(coef[j])] for f, j in vec.vocabulary_.items()}
    return {"blocks": [{"name": "mail", "field": "whole", "kind": "words", "lemmatise": False,
                        "n_max": 2, "sublinear_tf": True, "l2": True,
                        "names": sorted(names), "vocab": vocab}],
            "intercept": float(lr.intercept_[0]), "threshold": threshold}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(REPO / "classifiers" / "sensitive" / "models"
                                         / "rescue.json"))
    a = ap.parse_args()
    rows = load_rows(TUNE)
    names = corpus_names(rows)
    feats = [vm.word_ngrams(r["text"], False, 2, names) for r in rows]
    data = {"format": 1, "created": dt.date.today().isoformat(),
            "training_corpora": [f"corpus{n}.jsonl" for n in TUNE],
            "model": "TF-IDF word 1-2-grams of the whole mail (min_df 2, sublinear tf); "
                     f"LogisticRegression(C={C}, class_weight=balanced)",
            "add_when": "the rules and the veto left the category out and score >= threshold",
            "categories": {}}
    fitted = {}
    for cat, t in THRESHOLDS.items():
        y = np.array([cat in r["gold"] for r in rows])
        vec, lr = fit(feats, y)
        fitted[cat] = (vec, lr)
        data["categories"][cat] = export(vec, lr, names, t)
        print(f"{cat}: {int(y.sum())} of {len(rows)} mails positive, "
              f"{len(vec.vocabulary_)} features, threshold {t}")
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True)
    Path(a.out).write_text(raw + "\n", "utf-8")
    print(f"wrote {a.out} ({len(raw) / 1e6:.2f} MB)")
    # Parity: the product's scorer against scikit-learn on a spread of mails.
    model = Rescue(json.loads(raw))
    sample = range(0, len(rows), max(1, len(rows) // 300))
    worst = 0.0
    for cat, (vec, lr) in fitted.items():
        sk = lr.predict_proba(vec.transform([feats[i] for i in sample]))[:, 1]
        pure = [model.scores(rows[i]["text"])[cat] for i in sample]
        worst = max(worst, max(abs(float(x) - y) for x, y in zip(sk, pure, strict=True)))
    print(f"parity on {len(sample)} mails: max |scikit-learn - rescue.py| = {worst:.1e}")
    if worst > 1e-9:
        sys.exit("parity failed")


if __name__ == "__main__":
    main()
