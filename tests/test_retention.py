"""Retention (issue 9 point 5): after `retention.body_days` nothing personal survives in
the database, while the case metadata the statistics need stays."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import MetaData, select

from daemon.config import load_config
from daemon.config.schema import RetentionCfg
from daemon.retention import purge
from daemon.runner import Runner
from daemon.store.db import Store
from daemon.store.models import Body, Case, Outbox

from .conftest import deliver, eml
from .test_logs_pii import ARRIVED, NOW, Inquiry, inquiries, leaks

FAR = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)


def _world(root: Path, extra: str = "") -> tuple[Path, Store]:
    from .test_logs_pii import _world as make

    rules = make(root)
    if extra:
        # Replace the shipped retention line: a second `retention:` is a duplicate key.
        text = re.sub(r"(?m)^retention: .*$", extra, rules.read_text("utf-8"))
        assert extra in text
        rules.write_text(text, "utf-8")
    config = load_config(rules, env={})
    return rules, Store.open(config.database)


def _forwarded_by_member(item: Inquiry) -> bytes:
    """A council member forwards a citizen's mail (as an attachment) to the main mailbox."""
    return (b"From: Mette Larsen <mette.larsen@ishoj.dk>\r\nTo: ishoj@ishoj.dk\r\n"
            b"Subject: VS: henvendelse fra en borger\r\nMessage-ID: <fwd1@ishoj.dk>\r\n"
            b"Date: Mon, 23 Nov 2026 09:30:00 +0100\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="f"\r\n\r\n--f\r\n'
            b"Content-Type: text/plain; charset=utf-8\r\n\r\nTil besvarelse.\r\n--f\r\n"
            b"Content-Type: message/rfc822\r\n\r\n" + item.raw + b"\r\n--f--\r\n")


def _pass(rules: Path, items: list[Inquiry], now: dt.datetime = NOW) -> Store:
    config = load_config(rules, env={})
    store = Store.open(config.database)
    for n, item in enumerate(items):
        deliver(rules.parent / "var/mail" / item.box, item.uid, item.raw,
                ARRIVED + dt.timedelta(seconds=n))
    Runner(config, store, clock=lambda: now).run_once()
    return store


def _dump(store: Store) -> str:
    """Every column of every row of every table, as text (JSON decoded, bytes decoded)."""
    meta = MetaData()
    meta.reflect(store.engine)
    parts = []
    with store.engine.connect() as c:
        for table in meta.sorted_tables:
            for row in c.execute(table.select()):
                for value in row:
                    if isinstance(value, bytes):
                        parts.append(value.decode("utf-8", "replace"))
                        parts.append(value.decode("latin-1"))
                    elif isinstance(value, str) and value[:1] in "[{":
                        try:
                            parts.append(json.dumps(json.loads(value), ensure_ascii=False))
                        except ValueError:
                            parts.append(value)
                    else:
                        parts.append(str(value))
    return "\n".join(parts)


def _file_bytes(db: Path) -> str:
    """The SQLite file and its WAL, as text: what an attacker with the disk would read."""
    blobs = [p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists()]
    return "\n".join(b.decode("utf-8", "replace") for b in blobs)


def _escaped(items: list[Inquiry]) -> str:
    """The needles as JSON stores them with ensure_ascii (ø as \\u00f8), for raw bytes."""
    return "\n".join(json.dumps(s)[1:-1] for i in items for s in i.secrets)


def test_nothing_personal_survives_the_purge(tmp_path: Path) -> None:
    rules, _ = _world(tmp_path)
    items = inquiries(24, seed=5)
    forwarded = inquiries(1, seed=6, prefix="f")[0]
    store = _pass(rules, items)
    # Later that day: a forward by a council member, a citizen's reply in a thread and a
    # centre chief's "Besvaret" (authenticated by Exchange's marker) in another.
    box = tmp_path / "var/mail"
    deliver(box / "hovedpostkasse", "fwd", _forwarded_by_member(forwarded), NOW)
    first = items[0]
    deliver(box / first.box, "reply", eml(
        sender=first.secrets[2], subject=f"SV: {first.secrets[-1]} [BH-2026-00001]",
        message_id="<reply1@mail.example.net>", extra="In-Reply-To: "
        "<bp.BH-2026-00001.receipt@ishoj.dk>\r\n",
        body=f"Her er flere oplysninger. CPR {first.cprs[4]}, {first.secrets[3]}."), NOW)
    deliver(box / "borgmester-pa", "cmd", eml(
        sender="centerchef.cvv@ishoj.dk", subject="SV: [BH-2026-00001] Borgerhenvendelse",
        message_id="<cmd1@ishoj.dk>", body="Besvaret\n\nHilsen centerchefen",
        extra="In-Reply-To: <bp.BH-2026-00001.forward@ishoj.dk>\r\n"
              "X-MS-Exchange-Organization-AuthAs: Internal\r\n"), NOW)
    config = load_config(rules, env={})
    later = NOW + dt.timedelta(hours=1)
    Runner(config, store, clock=lambda: later).run_once()
    everyone = [*items, forwarded]

    with store.sessions() as s:
        cases = {c.number: (c.state, c.centre, c.mailbox_id, c.received_at, c.answer_deadline)
                 for c in s.scalars(select(Case)).all()}
        assert s.scalars(select(Case.state).where(Case.number == "BH-2026-00001")).one() \
            == "answered"
        assert s.scalars(select(Body)).first() is not None
    # Before: the data is there, and the search finds it (else the test proves nothing).
    before = _dump(store)
    assert len(leaks(before, everyone)) > 100
    assert "mette.larsen@ishoj.dk" in before     # cases.forwarded_by

    # A dry run counts and changes nothing.
    dry = purge(store, config, FAR, dry_run=True)
    assert dry.cases == len(cases) and dry.bodies >= len(cases) and dry.outbox > 0
    assert _dump(store) == before

    stats = purge(store, config, FAR)
    assert (stats.cases, stats.bodies, stats.outbox) == (dry.cases, dry.bodies, dry.outbox)
    after = _dump(store)
    assert leaks(after, everyone) == []
    assert "mette.larsen@ishoj.dk" not in after
    db = Path(config.database.removeprefix("sqlite:///"))
    raw = _file_bytes(db)
    assert leaks(raw, everyone) == []
    assert not [n for n in _escaped(everyone).splitlines() if n and n in raw]

    # The case metadata stays: number, state, centre, mailbox, dates, deadlines.
    with store.sessions() as s:
        kept = {c.number: (c.state, c.centre, c.mailbox_id, c.received_at, c.answer_deadline)
                for c in s.scalars(select(Case)).all()}
        assert kept == cases
        assert all(b.raw is None and b.purged_at == FAR for b in s.scalars(select(Body)))
        pending = s.scalars(select(Outbox).where(Outbox.state == "pending")).all()
        assert all(r.raw is None and r.recipients == [] for r in s.scalars(
            select(Outbox).where(Outbox.state != "pending")))
    assert not pending
    # A second purge finds nothing left to do.
    again = purge(store, config, FAR)
    assert (again.cases, again.bodies, again.outbox) == (0, 0, 0)


def test_purge_waits_for_body_days_after_the_last_change(tmp_path: Path) -> None:
    rules, _ = _world(tmp_path, "retention: {body_days: 30}")
    store = _pass(rules, inquiries(6, seed=7))
    config = load_config(rules, env={})
    # 29 days after the last change nothing is due; 31 days after, everything is.
    assert purge(store, config, NOW + dt.timedelta(days=29), dry_run=True).cases == 0
    assert purge(store, config, NOW + dt.timedelta(days=29)).outbox == 0
    stats = purge(store, config, NOW + dt.timedelta(days=31))
    with store.sessions() as s:
        count = len(s.scalars(select(Case.id)).all())   # the council member's opens none
    assert stats.cases == stats.bodies == count == 5


def test_metadata_days_deletes_finished_cases_only(tmp_path: Path) -> None:
    rules, _ = _world(tmp_path, "retention: {body_days: 30, metadata_days: 365}")
    store = _pass(rules, inquiries(6, seed=8))
    config = load_config(rules, env={})
    with store.transaction() as s:
        s.scalars(select(Case).where(Case.number == "BH-2026-00002")).one().state = "closed"
    stats = purge(store, config, NOW + dt.timedelta(days=400))
    assert stats.cases_deleted == 1
    with store.sessions() as s:
        numbers = set(s.scalars(select(Case.number)).all())
    assert "BH-2026-00002" not in numbers and len(numbers) == 4   # open cases stay


def test_retention_config() -> None:
    assert RetentionCfg().body_days == 90 and RetentionCfg().metadata_days is None
    with pytest.raises(ValidationError):
        RetentionCfg(body_days=90, metadata_days=30)
    with pytest.raises(ValidationError):
        RetentionCfg(body_days=0)


def test_borgerpost_purge_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from daemon.cli import main

    rules, _ = _world(tmp_path)
    store = _pass(rules, inquiries(3, seed=11))
    assert main(["purge", "--dry-run", "--config", str(rules), "--now", FAR.isoformat()]) == 0
    assert "prøvekørsel" in capsys.readouterr().out
    with store.sessions() as s:
        assert all(c.citizen_addr for c in s.scalars(select(Case)))
    assert main(["purge", "--config", str(rules), "--now", FAR.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "sager 3" in out
    with store.sessions() as s:
        assert not any(c.citizen_addr or c.subject for c in s.scalars(select(Case)))
    con = sqlite3.connect(load_config(rules, env={}).database.removeprefix("sqlite:///"))
    try:
        events = con.execute("select detail from events where kind='retention.purged'")
        assert [json.loads(d)["cases"] for (d,) in events] == [3]
    finally:
        con.close()
