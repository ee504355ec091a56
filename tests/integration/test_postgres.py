"""PostgreSQL: the same migrations, the pipeline, and three instances sharing the work.

Runs against a throw-away cluster made by initdb (tests/servers/postgres.py).
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, select

from daemon.config import load_config
from daemon.runner import Runner
from daemon.store.db import Store
from daemon.store.models import Base, Case, Event, Processed
from tests.conftest import ROOT, deliver, eml, without_digest
from tests.servers.postgres import postgres  # noqa: F401  (fixture)

ARRIVED = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)


def _import_all_models() -> None:
    # Model modules that add tables to Base.metadata (each feature keeps its own).
    import daemon.store.advisor_models  # noqa: F401


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_migrations_match_the_models(backend: str, postgres, tmp_path: Path) -> None:  # noqa: F811
    url = postgres.new_database() if backend == "postgresql" else \
        f"sqlite:///{tmp_path / 'db.sqlite'}"
    Store.open(url).close()
    _import_all_models()
    engine = create_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def _rules(tmp_path: Path, database: str, send: str | None = None) -> Path:
    text = (ROOT / "rules.yaml").read_text("utf-8")
    text = text.replace("# cutoff: 2026-11-01T00:00:00+01:00",
                        "cutoff: 2026-11-01T00:00:00+01:00")
    text = text.replace("database: ${BORGERPOST_DATABASE_URL:-sqlite:///var/borgerpost.db}",
                        f"database: {database}")
    if send:
        text = text.replace("send: {kind: maildir, path: var/outbox}", send)
    (tmp_path / "rules.yaml").write_text(without_digest(text), "utf-8")
    return tmp_path / "rules.yaml"


def test_pipeline_on_postgres(postgres, tmp_path: Path) -> None:  # noqa: F811
    config = load_config(_rules(tmp_path, postgres.new_database()), env={})
    store = Store.open(config.database)
    deliver(tmp_path / "var/mail/borgmester-pa", "m1", eml(), ARRIVED)
    now = ARRIVED + dt.timedelta(hours=1)
    runners = [Runner(config, store, clock=lambda: now) for _ in range(2)]
    first, second = (runner.run_once() for runner in runners)
    for runner in runners:
        runner.close()
    assert first.decided == 1 and first.outbox.sent == 2
    assert second.decided == 0 and second.outbox.sent == 0
    with store.sessions() as s:
        assert s.scalars(select(Case.number)).all() == ["BH-2026-00001"]
    store.close()


def test_three_instances_one_killed_exactly_once(postgres, tmp_path: Path) -> None:  # noqa: F811
    """Three `borgerpost run` processes share one database and the same mailboxes; one is
    SIGKILLed mid-work. Each inquiry must be decided once and get exactly one receipt.

    The outbox is a Maildir: it keeps every message a process sends, under a file name
    made from the Message-ID, so a second case for the same inquiry (double processing
    by two instances) shows as a second receipt to the same citizen. The window of an
    SMTP send whose commit a crash prevents is closed by the Sent-folder check and
    tested against Dovecot (tests/integration/test_crash.py).
    """
    rules = _rules(tmp_path, postgres.new_database())
    boxes = ["borgmester-pa", "udvalg-social-sundhed", "hovedpostkasse", "borgerraadgiver",
             "direktion-social"]
    wanted: list[str] = []

    def deliver_batch(start: int, count: int) -> None:
        for n in range(start, start + count):
            box = boxes[n % len(boxes)]
            deliver(tmp_path / "var/mail" / box, f"m{n:04d}",
                    eml(sender=f"Borger {n} <borger{n}@example.dk>",
                        message_id=f"<inq{n}@example.dk>"),
                    dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))
            wanted.append(f"borger{n}@example.dk")

    Store.open(load_config(rules, env={}).database).close()   # migrate before the race
    deliver_batch(0, 30)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("BORGERPOST_DATABASE_URL", None)
    outbox = tmp_path / "var/outbox"

    def sent() -> list[bytes]:
        found = []
        for sub in ("new", "cur"):
            if (outbox / sub).exists():
                found += [p.read_bytes() for p in (outbox / sub).iterdir()]
        return found

    def receipts() -> Counter[str]:
        counts: Counter[str] = Counter()
        for raw in sent():
            if b"Auto-Submitted: auto-replied" in raw:
                to = raw.split(b"\nTo: ", 1)[1].split(b"\r\n", 1)[0].decode()
                counts[to] += 1
        return counts

    def start() -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-m", "daemon.cli", "run", "--interval",
                                 "0.3", "--config", str(rules)], env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    instances = [start() for _ in range(3)]
    try:
        # A safety limit, not a timing: each instance compiles the whole lexicon before
        # its first mail (Detector.warm, ~65 s alone on a 2-core VM), and three start at
        # once; 180 s was too short on a loaded machine (session 19).
        deadline = time.monotonic() + 600
        while len(receipts()) < 10 and time.monotonic() < deadline:
            time.sleep(0.2)
        instances[0].send_signal(signal.SIGKILL)      # mid-work, holding leases
        instances[0].wait()
        deliver_batch(30, 30)
        while len(receipts()) < len(wanted) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(2)                                 # give a double send time to show
        counts = receipts()
    finally:
        for proc in instances:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in instances:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    assert sorted(counts) == sorted(wanted), "a citizen got no receipt"
    assert max(counts.values()) == 1, "a citizen got two receipts"
    store = Store.open(load_config(rules, env={}).database)
    with store.sessions() as s:
        uids = Counter((p.mailbox_id, p.uid) for p in s.scalars(select(Processed)).all())
        assert max(uids.values()) == 1
        inquiries = Counter(s.scalars(select(Case.inquiry_message_id)).all())
        assert len(inquiries) == len(wanted) and max(inquiries.values()) == 1
        decided = s.scalars(select(Event).where(Event.kind == "message.decided")).all()
        assert len(decided) == len(wanted)
    store.close()
