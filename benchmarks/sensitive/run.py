"""Evaluate ``classifiers.sensitive.detect`` on the labelled corpus (issue 3).

Prints, for each split (dev: tuned on; heldout: never tuned on) and side by side with
a plain Presidio setup (one CPR regex, no validation, no context):
per-category message-level precision/recall, CPR span precision/recall, and speed in
ms per message (p50/p95) at 2 KB, 5 KB and 20 KB.

    .venv/bin/python benchmarks/sensitive/run.py [--corpus FILE]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from presidio_analyzer import (  # noqa: E402
    AnalyzerEngine,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
)

from classifiers.sensitive import CATEGORIES, build_detector, categories  # noqa: E402
from classifiers.sensitive.engine import OfflineDanishNlpEngine  # noqa: E402

TODAY = date(2026, 11, 23)  # the corpus was generated against this date
Spans = list[tuple[int, int]]
Detect = Callable[[str], tuple[set[str], Spans]]


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def ours() -> Detect:
    detector = build_detector()
    detector.warm()   # as the daemon does: timings are the steady state, not first use

    def run(text: str) -> tuple[set[str], Spans]:
        found = detector.detect(text, today=TODAY)
        spans = [(f.start, f.end) for f in found if f.category == "cpr"]
        return set(categories(found)), spans

    return run


def plain_presidio() -> Detect:
    """Presidio as one would set it up without Danish work: a bare CPR regex."""
    registry = RecognizerRegistry(supported_languages=["da"])
    registry.add_recognizer(PatternRecognizer(
        supported_entity="DK_CPR", supported_language="da",
        patterns=[Pattern("cpr", r"\b\d{6}-?\d{4}\b", 0.5)],
    ))
    engine = AnalyzerEngine(registry=registry, nlp_engine=OfflineDanishNlpEngine(),
                            supported_languages=["da"])

    def run(text: str) -> tuple[set[str], Spans]:
        res = engine.analyze(text=text, language="da", entities=["DK_CPR"])
        spans = [(r.start, r.end) for r in res]
        return ({"cpr"} if spans else set()), spans

    return run


def prf(tp: int, fp: int, fn: int) -> tuple[float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r


def evaluate(rows: list[dict], fn: Detect) -> dict[str, tuple[float, float, int]]:
    counts = {c: [0, 0, 0] for c in CATEGORIES}
    span_tp = span_fp = span_fn = 0
    for row in rows:
        got, spans = fn(row["text"])
        gold = set(row["categories"])
        for c in CATEGORIES:
            if c in got and c in gold:
                counts[c][0] += 1
            elif c in got:
                counts[c][1] += 1
            elif c in gold:
                counts[c][2] += 1
        gold_spans = {tuple(s) for s in row["cpr_spans"]}
        span_tp += len(gold_spans & set(spans))
        span_fp += len(set(spans) - gold_spans)
        span_fn += len(gold_spans - set(spans))
    out = {}
    for c, (tp, fp, fn_) in counts.items():
        p, r = prf(tp, fp, fn_)
        out[c] = (p, r, tp + fn_)
    p, r = prf(span_tp, span_fp, span_fn)
    out["cpr spans"] = (p, r, span_tp + span_fn)
    return out


def sized(rows: list[dict], size: int, n: int) -> list[str]:
    texts, i = [], 0
    for _ in range(n):
        buf = ""
        while len(buf.encode("utf-8")) < size:
            buf += rows[i % len(rows)]["text"] + "\n"
            i += 1
        texts.append(buf.encode("utf-8")[:size].decode("utf-8", "ignore"))
    return texts


def speed(fn: Detect, texts: list[str]) -> tuple[float, float]:
    fn(texts[0])
    times = []
    for t in texts:
        t0 = time.perf_counter()
        fn(t)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=Path(__file__).with_name("corpus.jsonl"))
    args = ap.parse_args()
    rows = load(args.corpus)
    t0 = time.perf_counter()
    systems = {"borgerpost": ours(), "plain presidio": plain_presidio()}
    print(f"built both analyzers in {time.perf_counter() - t0:.1f} s")
    splits = sorted({r.get("split", "all") for r in rows})
    for split in splits:
        part = [r for r in rows if r.get("split", "all") == split]
        results = {name: evaluate(part, fn) for name, fn in systems.items()}
        print(f"\n== split {split}: {len(part)} mails ==")
        print(f"{'category':<20}{'n':>5}   {'ours P':>7}{'ours R':>7}   "
              f"{'plain P':>8}{'plain R':>8}")
        for c in (*CATEGORIES, "cpr spans"):
            p, r, n = results["borgerpost"][c]
            bp, br, _ = results["plain presidio"][c]
            plain = f"{bp:>8.3f}{br:>8.3f}" if c.startswith("cpr") else f"{'-':>8}{'-':>8}"
            print(f"{c:<20}{n:>5}   {p:>7.3f}{r:>7.3f}   {plain}")
    print("\n== speed, ms per message (one core) ==")
    print(f"{'size':<8}{'ours p50':>10}{'ours p95':>10}{'plain p50':>11}{'plain p95':>11}")
    for size, n in ((2_000, 300), (5_000, 200), (20_000, 60)):
        texts = sized(rows, size, n)
        a = speed(systems["borgerpost"], texts)
        b = speed(systems["plain presidio"], texts)
        print(f"{size // 1000} KB{'':<4}{a[0]:>10.2f}{a[1]:>10.2f}{b[0]:>11.2f}{b[1]:>11.2f}")


if __name__ == "__main__":
    main()
