"""The in-process pipeline on the embedded default: Maildir in, Maildir out, SQLite.

Delivers N realistic inquiries (bundled demo samples, re-numbered) into the mayor's PA
mailbox and times one `Runner.run_once()` over them: parse, classify (Presidio and the
Danish recognizers), decide, persist, compose, leak-scan and send. No servers, so this
is the daemon's own cost per message; benchmarks/imap/run.py adds IMAP and SMTP.

    .venv/bin/python benchmarks/pipeline/run.py [--messages 300]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from daemon.config import load_config  # noqa: E402
from daemon.mail.parse import parse  # noqa: E402
from daemon.runner import Runner  # noqa: E402
from daemon.store.db import Store  # noqa: E402
from tests.conftest import eml, without_digest  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=300)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bp-bench-"))
    try:
        text = without_digest((ROOT / "rules.yaml").read_text("utf-8").replace(
            "# cutoff: 2026-11-01T00:00:00+01:00", "cutoff: 2026-11-01T00:00:00+01:00"))
        (work / "rules.yaml").write_text(text, "utf-8")
        # Realistic bodies: the text of the bundled samples, one citizen per message.
        samples = [parse(p.read_bytes()) for p in
                   sorted((ROOT / "daemon/demo/samples").glob("*/*.eml"))]
        bodies = [(m.subject or "Henvendelse", m.text) for m in samples
                  if m.sender and not m.sender.addr.endswith("ishoj.dk") and m.text][:12]
        inbox = work / "var/mail/borgmester-pa"
        for sub in ("new", "cur", "tmp"):
            (inbox / sub).mkdir(parents=True)
        arrived = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC).timestamp()
        for n in range(args.messages):
            subject, body = bodies[n % len(bodies)]
            raw = eml(sender=f"Borger {n} <borger{n}@example.dk>", subject=subject,
                      body=body, message_id=f"<bench{n}@example.dk>")
            path = inbox / "new" / f"m{n:06d}"
            path.write_bytes(raw)
            os.utime(path, (arrived + n, arrived + n))
        config = load_config(work / "rules.yaml", env={})
        store = Store.open(config.database)
        now = dt.datetime(2026, 11, 23, 12, tzinfo=dt.UTC)
        start = time.perf_counter()
        runner = Runner(config, store, clock=lambda: now)
        _ = runner.classifier.detector  # build the NLP engine before the clock starts
        built = time.perf_counter()
        stats = runner.run_once()
        done = time.perf_counter()
        runner.close()
        store.close()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"messages {args.messages}: decided {stats.decided}, sent {stats.outbox.sent}, "
              f"held {stats.outbox.held}, quarantined {stats.quarantined}")
        print(f"engine build {built - start:.1f} s; pass {done - built:.1f} s = "
              f"{stats.decided / (done - built):.1f} msg/s; peak RSS {rss:.0f} MB")
        print(f"cores {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}, "
              f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
