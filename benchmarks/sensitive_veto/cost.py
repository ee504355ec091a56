"""Cost of the veto in pure Python: model size and ms per mail.

Times ``Veto.filter`` (every health/economy_social decision for one mail, features
built from the text) on every tuning mail where the detector hit either category, and on
5 KB mails made by joining such mails.  No scikit-learn, no numpy.

    python cost.py [veto_model.json]     (default $VETO_WORK/veto_model.json)
"""

import gzip
import pickle
import statistics
import sys
import time
from collections import namedtuple
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from classifiers.sensitive import veto as vm

F = namedtuple("F", "category start end score")


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def main():
    import os

    work = Path(os.environ.get("VETO_WORK", "/tmp/sensitive_veto2"))
    path = Path(sys.argv[1] if len(sys.argv) > 1 else work / "veto_model.json")
    raw = path.read_bytes()
    t0 = time.perf_counter()
    model = vm.Veto.load(path=str(path))
    t_load = time.perf_counter() - t0
    nfeat = {c: sum(len(b["vocab"]) for b in m.blocks) for c, m in model.models.items()}
    print(f"model {len(raw) / 1e6:.2f} MB JSON ({len(gzip.compress(raw)) / 1e6:.2f} MB gzip), "
          f"features {nfeat}, load {t_load * 1e3:.0f} ms")
    exs = sorted(work.glob("examples_*.pkl"), key=lambda p: p.stat().st_mtime)
    rows = pickle.loads(exs[-1].read_bytes())
    mails = {}
    for r in rows:
        if r["fires"]:
            mails.setdefault((r["fold"], r["i"]), [r["whole"], []])[1].extend(
                F(r["cat"], a, b, s) for (a, b), s in zip(r["spans"], r["scores"], strict=True))
    items = list(mails.values())
    for text, fs in items[:50]:  # warm-up
        model.filter(text, fs)

    def always(text, fs):  # the model scored for every hit category, no rule shortcut
        for c in model.models:
            same = [f for f in fs if f.category == c]
            if same:
                model.models[c].score(vm.example(text, [(f.start, f.end) for f in same]))

    def run(items, fn):
        ts = []
        for text, fs in items:
            t = time.perf_counter()
            fn(text, fs)
            ts.append((time.perf_counter() - t) * 1e3)
        return ts

    size = statistics.median(len(t) for t, _ in items)
    for name, fn in (("filter() with the rules", model.filter), ("model always scored", always)):
        ts = run(items, fn)
        print(f"tuning mails with a hit: {len(ts)} (median {size:.0f} chars), {name}: "
              f"p50 {pct(ts, .5):.2f} ms, p95 {pct(ts, .95):.2f} ms, max {max(ts):.2f} ms")
    big = []
    for k in range(0, len(items) - 12, 12):
        text, fs = "", []
        for t, f in items[k : k + 12]:
            off = len(text)
            fs += [F(x.category, x.start + off, x.end + off, x.score) for x in f]
            text += t + "\n\n"
            if len(text) >= 5000:
                break
        big.append((text[:5000], [x for x in fs if x.end <= 5000]))
    ts = run(big[:200], always)
    print(f"5 KB mails (joined tuning mails), model always scored: {len(ts)}: "
          f"p50 {pct(ts, .5):.2f} ms, p95 {pct(ts, .95):.2f} ms")


if __name__ == "__main__":
    main()
