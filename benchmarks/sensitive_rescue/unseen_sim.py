"""Closer to "unseen": for each batch the detector had NOT been tuned on yet, the verdict
of the detector as it stood then (old_verdicts_*.json, extract_old.py), and a rescue
model trained on the EARLIER corpora only (2..lo-1, word 1-2-grams of the whole mail,
names masked, all mails, C=1 balanced - the "word-all" variant of rescue.py).

    cd <repo> && .venv/bin/python benchmarks/sensitive_rescue/unseen_sim.py [--cat economy_social]

Also: top features of the rescues, model size, and pure-Python time per mail
(veto.CategoryModel.score on a model trained on corpus2-62).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from rescue import HERE, Rescue, corpus_names, load, prf  # noqa: E402

from classifiers.sensitive import veto as vm  # noqa: E402

BATCHES = [(51, 53), (54, 56), (57, 59), (60, 62)]
TS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cat", default="economy_social")
    ap.add_argument("--top-t", type=float, default=0.9, help="t for the top-features list")
    a = ap.parse_args()
    cat = a.cat
    rows = load()
    names = corpus_names(rows)
    feats = [vm.word_ngrams(r["text"], False, 2, names) for r in rows]
    y = np.array([cat in r["gold"] for r in rows])
    corpus = np.array([r["corpus"] for r in rows])
    agg = defaultdict(Counter)
    contrib = Counter()
    contrib_false = Counter()
    rescued_list = []
    print(f"## {cat}: rules as they stood before each batch was tuned on; rescue model "
          f"trained on the earlier corpora only")
    for lo, hi in BATCHES:
        old = json.loads((HERE / f"old_verdicts_{lo}_{hi}.json").read_text())
        tr = np.where(corpus < lo)[0]
        te = np.where((corpus >= lo) & (corpus <= hi))[0]
        m = Rescue(char=False).fit([feats[i] for i in tr], None, y[tr])
        p = m.proba([feats[i] for i in te], None)
        rule = np.array([cat in old["v"][rows[i]["id"]] for i in te])
        yt = y[te]
        tp0, fp0, fn0 = int((rule & yt).sum()), int((rule & ~yt).sum()), int((~rule & yt).sum())
        p0, r0 = prf(tp0, fp0, fn0)
        neg = ~rule
        auc = roc_auc_score(yt[neg], p[neg]) if yt[neg].any() else float("nan")
        print(f"\n### corpus{lo}-{hi} (rules @ {old['commit']}, model on corpus2-{lo - 1}): "
              f"{int(yt.sum())} gold, rules P/R {p0:.3f}/{r0:.3f}, misses {fn0}, "
              f"AUC on rules-negative {auc:.3f}")
        print("| t | rescued | true | rescue P | rules+rescue P/R |")
        print("|---|---|---|---|---|")
        for t in TS:
            res = neg & (p >= t)
            nt, nf = int((res & yt).sum()), int((res & ~yt).sum())
            p1, r1 = prf(tp0 + nt, fp0 + nf, fn0 - nt)
            rp = nt / (nt + nf) if nt + nf else float("nan")
            print(f"| {t:.2f} | {nt + nf} | {nt} | {rp:.3f} | {p1:.3f}/{r1:.3f} |")
            agg[t].update(nt=nt, nf=nf)
        agg["base"].update(tp=tp0, fp=fp0, fn=fn0)
        # what carries the rescues at top-t (this batch's model)
        js = m.word_json(names)
        cm = vm.CategoryModel(js)
        for k, i in enumerate(te):
            if neg[k] and p[k] >= a.top_t:
                ex = {"whole": rows[i]["text"]}
                cs = cm.contributions(ex)
                for f, c in cs:
                    if c > 0:
                        (contrib if y[i] else contrib_false)[f.split(":", 1)[1]] += c
                top = sorted(cs, key=lambda fc: -fc[1])[:6]
                rescued_list.append((rows[i]["id"], bool(y[i]), round(float(p[k]), 3),
                                     rows[i]["gold"], [f.split(":", 1)[1] for f, _ in top]))

    b = agg["base"]
    p0, r0 = prf(b["tp"], b["fp"], b["fn"])
    print(f"\n### pooled 51-62, unseen simulation: rules {p0:.3f}/{r0:.3f}, misses {b['fn']}")
    print("| t | rescued | true | rescue P | rules+rescue P/R | ΔR | ΔP |")
    print("|---|---|---|---|---|---|---|")
    for t in TS:
        nt, nf = agg[t]["nt"], agg[t]["nf"]
        p1, r1 = prf(b["tp"] + nt, b["fp"] + nf, b["fn"] - nt)
        rp = nt / (nt + nf) if nt + nf else float("nan")
        print(f"| {t:.2f} | {nt + nf} | {nt} | {rp:.3f} | {p1:.3f}/{r1:.3f} "
              f"| {r1 - r0:+.3f} | {p1 - p0:+.3f} |")

    tot = contrib + contrib_false
    print(f"\n### top 30 features pushing the rescues at t>={a.top_t} (summed positive "
          f"log-odds terms over {len(rescued_list)} rescued mails; true / false share)")
    print(", ".join(f"{f} ({contrib[f]:.2f}/{contrib_false[f]:.2f})"
                    for f, _ in tot.most_common(30)))
    print(f"\n### rescued mails at t>={a.top_t:.2f} (id, truly {cat}, p, gold, top features)")
    for r in rescued_list:
        print(r)

    # ---- final model on corpus2-62: size, top coefficients, pure-Python time
    m = Rescue(char=False).fit(feats, None, y)
    js = m.word_json(names)
    cm = vm.CategoryModel(js)
    voc = js["blocks"][0]["vocab"]
    raw = json.dumps(js, ensure_ascii=False)
    pos = sorted(voc.items(), key=lambda kv: -kv[1][1])[:30]
    print(f"\n### final model (corpus2-62): {len(voc)} features, JSON {len(raw) / 1e6:.2f} MB")
    print("top 30 positive coefficients:", ", ".join(f"{f} {c:.2f}" for f, (_, c) in pos))
    texts = [r["text"] for r in rows if r["corpus"] >= 48]
    ts = []
    for tx in texts:
        t0 = time.perf_counter()
        cm.score({"whole": tx})
        ts.append((time.perf_counter() - t0) * 1000)
    ts.sort()
    big = [" ".join(texts[i:i + 20])[:5000] for i in range(0, 2000, 20)]
    tb = []
    for tx in big:
        t0 = time.perf_counter()
        cm.score({"whole": tx})
        tb.append((time.perf_counter() - t0) * 1000)
    tb.sort()
    print(f"pure-Python score(): {len(ts)} mails of corpus48-62, p50 {ts[len(ts) // 2]:.3f} ms, "
          f"p95 {ts[int(len(ts) * .95)]:.3f} ms; {len(tb)} 5 KB mails p50 "
          f"{tb[len(tb) // 2]:.2f} ms, p95 {tb[int(len(tb) * .95)]:.2f} ms")
    # parity with sklearn on 200 mails
    sk = m.proba(feats[:200], None)
    pp = [cm.score({"whole": rows[i]["text"]}) for i in range(200)]
    worst = max(abs(a_ - b_) for a_, b_ in zip(sk, pp, strict=True))
    print(f"parity max |sklearn - pure Python| = {worst:.1e}")


if __name__ == "__main__":
    main()
