"""Hostile input: how long each hostile message takes, and how much memory (issue 9).

The corpus is tests/test_hostile.py's: the hand-made messages for each case the issue
names, plus byte-level mutations of the demo's samples (drawn here with `random`, seeded,
rather than Hypothesis). Prints

* per hand-made message: parse time, growth of peak RSS during the parse, Python heap
  peak (tracemalloc) and the outcome;
* the parse of all mutants: p50, p95, max;
* one daemon pass over everything in a temporary Maildir (with ordinary inquiries in
  between): wall time, per-message time fetch-to-decision p50/p95/max and the slowest,
  quarantined/decided counts, the process's peak RSS.

    .venv/bin/python benchmarks/hostile/run.py [--mutants 400] [--no-daemon]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from daemon import logs  # noqa: E402
from daemon.config import load_config  # noqa: E402
from daemon.errors import MessageError  # noqa: E402
from daemon.mail.parse import parse  # noqa: E402
from daemon.store.db import Store  # noqa: E402
from tests.conftest import deliver, eml  # noqa: E402
from tests.test_hostile import (  # noqa: E402
    ARRIVED,
    NOW,
    SAMPLE_FILES,
    Hostile,
    TimedRunner,
    _peak_rss,
    _reset_peak_rss,
    _world,
    hand_made,
    mutate,
    with_message_id,
)

KINDS = ["flip", "insert", "delete", "duplicate", "truncate"]


def random_mutants(count: int, seed: int = 1) -> list[Hostile]:
    rng = random.Random(seed)
    samples = [(p.parent.name, p.read_bytes()) for p in SAMPLE_FILES]
    out: dict[bytes, Hostile] = {}
    for i in range(count):
        box, raw = rng.choice(samples)
        ops = [(rng.choice(KINDS), rng.random(), rng.randrange(10_000))
               for _ in range(rng.randint(1, 12))]
        mutated = mutate(with_message_id(raw, f"bench{i}"), ops)
        out.setdefault(mutated, Hostile(f"y{i:03d}-{box}", mutated))
    return list(out.values())


def _mb(n: int | None) -> str:
    return "—" if n is None else f"{n / 2**20:7.1f}"


def _parse_once(raw: bytes) -> str:
    try:
        parse(raw)
        return "parsed"
    except MessageError as exc:
        return f"refused:{exc}"


def bench_parse(made: list[Hostile], mutants: list[Hostile]) -> None:
    rss_ok = _reset_peak_rss()
    print(f"{'message':42} {'bytes':>10} {'parse s':>8} {'ΔRSS MB':>8} {'heap MB':>8}  outcome")
    for item in made:
        if rss_ok:
            _reset_peak_rss()
        before = _peak_rss() or 0
        start = time.perf_counter()
        outcome = _parse_once(item.raw)
        seconds = time.perf_counter() - start
        grown = (_peak_rss() or 0) - before if rss_ok else None
        heap = None
        if seconds < 1.0:      # tracing slows parsing 10-40 times
            tracemalloc.start()
            with contextlib.suppress(MessageError):
                parse(item.raw)
            heap = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        print(f"{item.name[:42]:42} {len(item.raw):>10} {seconds:8.3f} {_mb(grown):>8} "
              f"{_mb(heap):>8}  {outcome}")
    times = []
    refused = 0
    for item in mutants:
        start = time.perf_counter()
        refused += _parse_once(item.raw).startswith("refused")
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"\n{len(mutants)} mutants: parse p50 {statistics.median(times) * 1000:.2f} ms, "
          f"p95 {times[int(len(times) * 0.95)] * 1000:.2f} ms, max {times[-1] * 1000:.1f} ms; "
          f"refused {refused}")


def bench_daemon(corpus: list[Hostile]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rules = _world(root)
        boxes = ["hovedpostkasse", "borgmester-pa", "udvalg-social-sundhed",
                 "direktion-social", "borgerraadgiver"]
        when = ARRIVED
        for i, item in enumerate(corpus):
            box = item.name.split("-", 1)[1] if item.name.startswith("y") else boxes[i % 5]
            when += dt.timedelta(seconds=1)
            deliver(root / "var/mail" / box, item.name.split("-", 1)[0], item.raw, when)
            if i % 25 == 0:
                when += dt.timedelta(seconds=1)
                deliver(root / "var/mail/borgmester-pa", f"normal{i}",
                        eml(sender=f"borger{i}@example.net",
                            message_id=f"<normal{i}@example.net>"), when)
        config = load_config(rules, env={})
        store = Store.open(config.database)
        logs.setup("ERROR", "json", stream=io.StringIO())
        runner = TimedRunner(config, store, clock=lambda: NOW)
        # Warm the classifiers up first: model loading is not per message.
        runner.classifier.sensitive("Hej")
        _reset_peak_rss()
        before = _peak_rss()
        start = time.perf_counter()
        stats = runner.run_once()
        wall = time.perf_counter() - start
        after = _peak_rss()
        runner.close()
    times = sorted(runner.seconds.values())
    slow = sorted(runner.seconds.items(), key=lambda kv: -kv[1])[:5]
    print(f"\ndaemon pass over {stats.fetched} messages: {wall:.1f} s wall; "
          f"decided {stats.decided}, quarantined {stats.quarantined}, "
          f"skipped {stats.skipped}, mailbox errors {stats.mailbox_errors}; "
          f"sent {stats.outbox.sent}, held {stats.outbox.held}")
    print(f"per message: p50 {statistics.median(times) * 1000:.1f} ms, "
          f"p95 {times[int(len(times) * 0.95)] * 1000:.1f} ms, max {times[-1]:.2f} s")
    print("slowest: " + ", ".join(f"{k} {v:.2f} s" for k, v in slow))
    print(f"peak RSS during the pass: {_mb(after)} MB (at start {_mb(before)} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=int, default=400)
    parser.add_argument("--no-daemon", action="store_true")
    args = parser.parse_args()
    made = hand_made()
    mutants = random_mutants(args.mutants)
    print(f"corpus: {len(made)} hand-made, {len(mutants)} distinct mutants\n")
    bench_parse(made, mutants)
    if not args.no_daemon:
        bench_daemon(made + mutants)


if __name__ == "__main__":
    main()
