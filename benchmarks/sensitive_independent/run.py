"""Run detect() on the independent corpus and print per-category precision and recall.

The corpus was written without sight of the detector or its lexicons (README.md here):
these are the honest figures for issue 3. The mails alternate between two halves: `tune`
(even positions; its misses may be looked at and fixed) and `holdout` (odd positions;
never looked at, only its totals are read). Usage:

    .venv/bin/python benchmarks/sensitive_independent/run.py [--split all|tune|holdout]
                                                            [--misses]   (tune only;
                                                             any split for a tuning corpus)
                                                            [--corpus corpusN.jsonl[,…]]

corpus2 … corpus53.jsonl (CORPUS2–53.md) are further corpora by other writers, also
never shown the detector; the first figures of each were taken before any tuning on it
(benchmarks/README.md), after which it became a tuning corpus. A corpus not listed in
TUNING below is a measurement set: its misses are never shown.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from classifiers.sensitive import CATEGORIES, categories, detect

HERE = Path(__file__).parent
# Corpora whose misses may be read (each after its untouched figures were recorded).
# Measurement sets (never in TUNING): corpus87 and later, and corpus1's holdout half.
# corpus17, 18, 21, 22 (round 12), corpus23, 24, 25 (round 13), corpus26–32 (round 14)
# and corpus33–35 (session 9; measured in session 8 with round 14's detector, see
# benchmarks/README.md), corpus36–38 (session 10; measured in sessions 8 and 9) and
# corpus39–41 (session 10, round 17; measured in sessions 9 and 10), corpus42–44
# (session 11, round 18; measured in sessions 10 and 11) and corpus45–47 (session 11,
# round 19; measured twice in session 11) and corpus48–50 (session 12, round 20;
# measured in session 11 with rounds 18 and 19, the detector unchanged since) and
# corpus51–53 (session 13, round 22; measured in session 12 with rounds 19 and 21 and in
# session 13 before round 22), corpus54–56 and 57–59 (session 14, rounds 23 and 24) and
# corpus60–62 (session 15, round 25; measured twice in session 14 and once in session 15)
# and corpus63–65 (session 15, round 26; measured untouched and after round 25) and
# corpus66–68 (session 16, round 27; measured untouched and after round 26) and
# corpus69–71 (session 17, round 28; measured untouched, after round 27 and with the rescue)
# and corpus72–80 (session 18, round 29; measured untouched, 72–77 more than once) and
# corpus81–86 (session 19, round 30; measured untouched and after round 29)
# were measurement sets first; each was measured before it was read.
TUNING = frozenset({f"corpus{n}.jsonl" for n in range(2, 87)})


def main() -> None:
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "all"
    show = "--misses" in sys.argv
    name = sys.argv[sys.argv.index("--corpus") + 1] if "--corpus" in sys.argv else "corpus.jsonl"
    # corpus.jsonl: misses only on its tune half (the holdout half is never looked at);
    # a tuning corpus is wholly one, so its misses may be shown for any split.
    # Several corpora separated by commas are pooled: one figure over all their mails.
    names = name.split(",")
    if show and split != "tune" and not set(names) <= TUNING:
        sys.exit("--misses only with --split tune, or on tuning corpora: a measurement "
                 "set is never looked at")
    rows = []
    for one in names:
        part = [json.loads(line) for line in (HERE / one).read_text("utf-8").splitlines()
                if line.strip()]
        rows += part if split == "all" else part[0 if split == "tune" else 1::2]
    tp = dict.fromkeys(CATEGORIES, 0)
    fp = dict.fromkeys(CATEGORIES, 0)
    fn = dict.fromkeys(CATEGORIES, 0)
    span_tp = span_fp = span_fn = 0
    for row in rows:
        findings = detect(row["text"])
        got = set(categories(findings))
        want = set(row["categories"])
        for cat in CATEGORIES:
            if cat in got and cat in want:
                tp[cat] += 1
            elif cat in got:
                fp[cat] += 1
                if show:
                    print(f"FP {cat:20} {row['id']}")
            elif cat in want:
                fn[cat] += 1
                if show:
                    print(f"FN {cat:20} {row['id']}")
        spans = {(f.start, f.end) for f in findings if f.category == "cpr"}
        truth = {tuple(s) for s in row.get("cpr_spans", [])}
        span_tp += len(spans & truth)
        span_fp += len(spans - truth)
        span_fn += len(truth - spans)
    print(f"independent {name} ({split}): {len(rows)} mails")
    print(f"{'category':20} {'n':>4} {'P':>7} {'R':>7}")
    for cat in CATEGORIES:
        n = tp[cat] + fn[cat]
        p = tp[cat] / (tp[cat] + fp[cat]) if tp[cat] + fp[cat] else 1.0
        r = tp[cat] / n if n else 1.0
        print(f"{cat:20} {n:>4} {p:7.3f} {r:7.3f}")
    sp = span_tp / (span_tp + span_fp) if span_tp + span_fp else 1.0
    sr = span_tp / (span_tp + span_fn) if span_tp + span_fn else 1.0
    print(f"{'cpr spans':20} {span_tp + span_fn:>4} {sp:7.3f} {sr:7.3f}")


if __name__ == "__main__":
    main()
