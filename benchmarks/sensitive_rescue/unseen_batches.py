"""The rescue on batches the rules had not been tuned on (session 16).

For each batch of three corpora: the verdict of the detector as it stood before anyone
read the batch (rules and veto, no rescue; ``git archive <commit> classifiers``), and a
rescue model (train.py's settings) fitted on the EARLIER corpora only (2..lo-1).  A
mail is rescued when the rules left the category out and the model scores >= t.

    .venv/bin/pip install scikit-learn
    .venv/bin/python benchmarks/sensitive_rescue/unseen_batches.py [--cat economy_social]

corpus51-68: the table per t, from which train.py's thresholds were chosen.
corpus69-71 (measurement sets): only the pooled figures at the chosen threshold (--final;
no ids, no per-mail output), as tried once in session 16.  Verdicts are cached in
$RESCUE_WORK (default /tmp/sensitive_rescue).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
from io import BytesIO
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))
import train  # noqa: E402
from train import THRESHOLDS, corpus_names, fit, load_rows  # noqa: E402

from classifiers.sensitive import veto as vm  # noqa: E402

WORK = Path(os.environ.get("RESCUE_WORK", "/tmp/sensitive_rescue"))
# (first, last, the commit whose detector had not yet been tuned on the batch)
BATCHES = [(51, 53, "08cb6d9"), (54, 56, "047ec71"), (57, 59, "0e69662"),
           (60, 62, "ab3e60f"), (63, 65, "d74fa22"), (66, 68, "5ee7dfd")]
FINAL = (69, 71, "0ce23bc")
TS = [0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93]

_VERDICTS = """
import json, sys
sys.path.insert(0, sys.argv[1])
import classifiers
assert classifiers.__file__.startswith(sys.argv[1])
from classifiers.sensitive import categories, detect
rows = json.load(open(sys.argv[2]))
json.dump({i: sorted(set(categories(detect(t)))) for i, t in rows.items()}, open(sys.argv[3], "w"))
"""


def verdicts(lo: int, hi: int, commit: str) -> dict[str, list[str]]:
    """The detector at ``commit`` on corpus lo..hi (cached)."""
    out = WORK / f"verdicts_{lo}_{hi}_{commit}.json"
    if not out.exists():
        tree = WORK / f"old_{commit}"
        if not tree.exists():
            raw = subprocess.run(["git", "-C", str(REPO), "archive", commit, "classifiers"],
                                 check=True, capture_output=True).stdout
            tree.mkdir(parents=True)
            with tarfile.open(fileobj=BytesIO(raw)) as tar:
                tar.extractall(tree, filter="data")
        texts = WORK / f"texts_{lo}_{hi}.json"
        texts.write_text(json.dumps({r["id"]: r["text"] for r in load_rows(range(lo, hi + 1))}))
        subprocess.run([sys.executable, "-c", _VERDICTS, str(tree), str(texts), str(out)],
                       check=True)
    return json.loads(out.read_text())


def prf(tp: int, fp: int, fn: int) -> str:
    """Precision/recall as "P/R"."""
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    return f"{p:.3f}/{r:.3f}"


def batch(cat: str, lo: int, hi: int, commit: str, min_words: int = 0):
    """Rules' counts and (rescued true, rescued false) per t on one batch."""
    train = load_rows(range(2, lo))
    test = load_rows(range(lo, hi + 1))
    names = corpus_names(train)
    y = np.array([cat in r["gold"] for r in train])
    vec, lr = fit([vm.word_ngrams(r["text"], False, 2, names) for r in train], y)
    p = lr.predict_proba(vec.transform(
        [vm.word_ngrams(r["text"], False, 2, names) for r in test]))[:, 1]
    v = verdicts(lo, hi, commit)
    gold = np.array([cat in r["gold"] for r in test])
    rule = np.array([cat in v[r["id"]] for r in test])
    base = (int((rule & gold).sum()), int((rule & ~gold).sum()), int((~rule & gold).sum()))
    long_enough = np.array([len(vm.words(r["text"])) >= min_words for r in test])
    added = {}
    for t in TS:
        res = ~rule & (p >= t) & long_enough
        added[t] = (int((res & gold).sum()), int((res & ~gold).sum()))
    return base, added


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cat", default="economy_social")
    ap.add_argument("--final", action="store_true",
                    help="also corpus69-71 at train.py's threshold (pooled figures only)")
    ap.add_argument("--min-words", type=int, default=0,
                    help="leave mails under this many words to the rules (the product: "
                         "rescue.MIN_WORDS = 20; the thresholds were chosen with 0)")
    ap.add_argument("--C", type=float, default=train.C,
                    help="the logistic regression's C (train.py's by default)")
    a = ap.parse_args()
    train.C = a.C
    WORK.mkdir(parents=True, exist_ok=True)
    pooled = {t: [0, 0] for t in TS}
    b0 = [0, 0, 0]
    for lo, hi, commit in BATCHES:
        base, added = batch(a.cat, lo, hi, commit, a.min_words)
        b0 = [x + y for x, y in zip(b0, base, strict=True)]
        tp, fp, fn = base
        print(f"corpus{lo}-{hi} (rules @ {commit}, model on corpus2-{lo - 1}): "
              f"rules P/R {prf(tp, fp, fn)}")
        for t, (nt, nf) in added.items():
            pooled[t][0] += nt
            pooled[t][1] += nf
            print(f"  t={t:.2f}: +{nt} true, +{nf} false -> P/R {prf(tp + nt, fp + nf, fn - nt)}")
    tp, fp, fn = b0
    print(f"pooled 51-68: rules P/R {prf(tp, fp, fn)}")
    for t, (nt, nf) in pooled.items():
        print(f"  t={t:.2f}: +{nt} true, +{nf} false -> P/R {prf(tp + nt, fp + nf, fn - nt)}")
    if a.final:
        t = THRESHOLDS.get(a.cat)
        if t is None:
            sys.exit(f"train.py ships no rescue for {a.cat}")
        lo, hi, commit = FINAL
        (tp, fp, fn), added = batch(a.cat, lo, hi, commit, a.min_words)
        nt, nf = added[t]
        print(f"corpus{lo}-{hi} (measurement sets; rules @ {commit}, model on corpus2-{lo - 1},"
              f" t={t}): rules P/R {prf(tp, fp, fn)} -> with the rescue "
              f"{prf(tp + nt, fp + nf, fn - nt)}")


if __name__ == "__main__":
    main()
