"""The whole pipeline on the embedded default: Maildir in, Maildir out, SQLite state."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import re
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from daemon import logs
from daemon.config import load_config
from daemon.runner import Runner
from daemon.store.db import Store
from daemon.store.models import Case, Event, Outbox, Processed

from .conftest import deliver, eml

ARRIVED = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)


def _setup(rules_copy: Path, cutoff: str | None = "2026-11-01T00:00:00+01:00"):
    text = rules_copy.read_text("utf-8")
    if cutoff:
        text = text.replace("# cutoff: 2026-11-01T00:00:00+01:00", f"cutoff: {cutoff}")
    rules_copy.write_text(text, "utf-8")
    config = load_config(rules_copy, env={})
    store = Store.open(config.database)
    return config, store


def _runner(config, store, now=ARRIVED + dt.timedelta(hours=1)) -> Runner:
    return Runner(config, store, clock=lambda: now)


def _outbox_files(base: Path) -> list[bytes]:
    new = base / "var" / "outbox" / "new"
    return [p.read_bytes() for p in sorted(new.iterdir())] if new.exists() else []


def test_receipt_and_forward_then_nothing_on_second_run(rules_copy: Path) -> None:
    config, store = _setup(rules_copy)
    base = rules_copy.parent
    deliver(base / "var/mail/borgmester-pa", "m1", eml(body="Hjemmeplejen kommer ikke til "
            "min mor. Hendes CPR er 120437-1234."), ARRIVED)
    stats = _runner(config, store).run_once()
    assert stats.decided == 1 and stats.outbox.sent == 2
    sent = [email.message_from_bytes(raw, policy=email.policy.default)
            for raw in _outbox_files(base)]
    receipt = next(m for m in sent if m["To"] == "karen.j@gmail.com")
    forward = next(m for m in sent if "centerchef.cvv@ishoj.dk" in m["To"])
    assert re.fullmatch(r"<bp\.BH-2026-00001\.receipt@ishoj\.dk>", receipt["Message-ID"])
    assert receipt["Auto-Submitted"] == "auto-replied"
    assert receipt["In-Reply-To"] == "<a1@mail.gmail.com>"
    assert "[BH-2026-00001]" in receipt["Subject"]
    body = receipt.get_body(("plain",)).get_content()
    assert "7. december 2026" in body and "Center for Voksne og Velfærd" in body
    # The receipt never quotes the inquiry: neither its text nor its subject.
    assert "120437" not in receipt.as_string() and "Hjemmeplejen kommer" not in body
    assert forward["Cc"] == "direktoer.social@ishoj.dk"
    assert forward["Auto-Submitted"] == "auto-generated"
    attached = [p for p in forward.iter_attachments() if p.get_content_type() == "message/rfc822"]
    assert len(attached) == 1
    cover = forward.get_body(("plain",)).get_content()
    assert "CPR" in cover and "120437" not in cover  # category as a word, never the value

    # Second pass over the same Maildir: nothing new, nothing sent.
    again = _runner(config, store).run_once()
    assert again.decided == 0 and again.outbox.sent == 0
    assert len(_outbox_files(base)) == 2
    # Nothing in the inbound Maildir was moved, renamed or flagged.
    assert [p.name for p in (base / "var/mail/borgmester-pa/new").iterdir()] == ["m1"]


class _Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs, no except clause catches it."""


def _decided_not_sent(config, store) -> Runner:
    """A runner that has decided and persisted the inquiry but sent nothing yet."""
    runner = _runner(config, store)
    real_run = runner.executor.run
    runner.executor.run = lambda now, mailbox_id=None: None  # type: ignore[method-assign,assignment,return-value]
    from daemon.runner import PassStats
    for mailbox in config.mailboxes:
        runner.poll(mailbox, PassStats())
    runner.executor.run = real_run  # type: ignore[method-assign]
    return runner


def test_crash_between_send_and_commit_does_not_send_twice(rules_copy: Path) -> None:
    config, store = _setup(rules_copy)
    base = rules_copy.parent
    deliver(base / "var/mail/borgmester-pa", "m1", eml(), ARRIVED)
    runner = _decided_not_sent(config, store)
    # Send each mail, and "die" before the outbox row is marked sent.

    def killed(*args: object, **kwargs: object) -> None:
        raise _Killed

    runner.executor._finish = killed  # type: ignore[method-assign]
    from daemon.outbox import ExecStats
    rows = store.pending_outbox(ARRIVED + dt.timedelta(hours=1))
    mail_rows = [r for r in rows if r.kind in ("receipt", "forward")]
    assert len(mail_rows) == 2
    for row in mail_rows:
        with pytest.raises(_Killed):
            runner.executor.execute(row, ARRIVED + dt.timedelta(hours=1), ExecStats())
    assert len(_outbox_files(base)) == 2
    # Restart: a fresh runner finds the rows whose send was started, asks where sent
    # mail is kept, and marks them sent without sending again.
    stats = _runner(config, store).run_once()
    assert stats.outbox.sent == 0 and stats.outbox.recovered == 2
    assert len(_outbox_files(base)) == 2


class _CountingLookups:
    """Wraps a transport: counts Sent-folder lookups, checks the in-flight marker."""

    def __init__(self, inner, store: Store) -> None:
        self.inner, self.store = inner, store
        self.lookups = 0
        self.marked_before_send: list[bool] = []

    def already_sent(self, message_id: str) -> bool:
        self.lookups += 1
        return bool(self.inner.already_sent(message_id))

    def send(self, mail) -> None:
        with self.store.sessions() as s:
            row = s.scalars(select(Outbox).where(Outbox.message_id == mail.message_id)).one()
            self.marked_before_send.append(row.send_started_at is not None)
        self.inner.send(mail)


def test_first_send_skips_the_sent_lookup_and_commits_the_marker_first(
        rules_copy: Path) -> None:
    config, store = _setup(rules_copy)
    deliver(rules_copy.parent / "var/mail/borgmester-pa", "m1", eml(), ARRIVED)
    runner = _decided_not_sent(config, store)
    counting = {k: _CountingLookups(t, store) for k, t in runner.transports.items()}
    runner.executor.transports = counting
    stats = runner.executor.run(ARRIVED + dt.timedelta(hours=1))
    assert stats.sent == 2
    # Never started before: nothing can be in Sent, so no lookup; the marker that
    # makes a restart look is committed before the transport is called.
    assert sum(c.lookups for c in counting.values()) == 0
    assert [m for c in counting.values() for m in c.marked_before_send] == [True, True]


def test_a_started_send_is_looked_up_before_it_is_tried_again(rules_copy: Path) -> None:
    config, store = _setup(rules_copy)
    deliver(rules_copy.parent / "var/mail/borgmester-pa", "m1", eml(), ARRIVED)
    runner = _decided_not_sent(config, store)
    with store.transaction() as s:
        for row in s.scalars(select(Outbox).where(Outbox.kind == "receipt")):
            row.send_started_at = ARRIVED   # a process died after starting this send
    counting = {k: _CountingLookups(t, store) for k, t in runner.transports.items()}
    runner.executor.transports = counting
    stats = runner.executor.run(ARRIVED + dt.timedelta(hours=1))
    assert stats.sent == 2   # not in the outbox Maildir: it was never really sent
    assert sum(c.lookups for c in counting.values()) == 1


def test_first_start_is_quiet(rules_copy: Path) -> None:
    config, store = _setup(rules_copy, cutoff=None)
    base = rules_copy.parent
    deliver(base / "var/mail/borgmester-pa", "old", eml(message_id="<old@x.dk>"), ARRIVED)
    first = _runner(config, store).run_once()
    assert first.decided == 1 and first.outbox.sent == 0
    with store.sessions() as s:
        case = s.scalars(select(Case)).one()
        assert case.state == "registered"
    later = ARRIVED + dt.timedelta(days=1)
    deliver(base / "var/mail/borgmester-pa", "new", eml(message_id="<new@x.dk>"), later)
    second = _runner(config, store, now=later + dt.timedelta(minutes=1)).run_once()
    assert second.decided == 1 and second.outbox.sent == 2


def test_same_message_twice_in_a_mailbox_gets_one_receipt(rules_copy: Path) -> None:
    config, store = _setup(rules_copy)
    base = rules_copy.parent
    deliver(base / "var/mail/borgmester-pa", "a", eml(), ARRIVED)
    deliver(base / "var/mail/borgmester-pa", "b", eml(), ARRIVED)   # same Message-ID
    stats = _runner(config, store).run_once()
    assert stats.decided == 1 and stats.skipped == 1 and stats.outbox.sent == 2


def test_case_reply_gets_no_new_receipt(rules_copy: Path) -> None:
    config, store = _setup(rules_copy)
    base = rules_copy.parent
    deliver(base / "var/mail/borgmester-pa", "a", eml(), ARRIVED)
    _runner(config, store).run_once()
    reply = eml(subject="Re: Vi har modtaget din henvendelse [BH-2026-00001]",
                message_id="<reply@gmail.com>", body="Tak. Her er flere oplysninger.",
                extra="In-Reply-To: <bp.BH-2026-00001.receipt@ishoj.dk>\r\n")
    deliver(base / "var/mail/borgmester-pa", "reply", reply, ARRIVED + dt.timedelta(hours=2))
    stats = _runner(config, store, ARRIVED + dt.timedelta(hours=3)).run_once()
    assert stats.decided == 1 and stats.outbox.sent == 0
    with store.sessions() as s:
        assert s.scalars(select(Processed.outcome).where(Processed.uid == "reply")).one() \
            == "case_reply"


def test_hostile_message_is_quarantined_and_the_rest_flows(rules_copy: Path) -> None:
    config, store = _setup(rules_copy)
    base = rules_copy.parent
    nested = b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n" * 2000
    deliver(base / "var/mail/borgmester-pa", "bad", b"From: x@y.dk\r\nSubject: x\r\n"
            b"MIME-Version: 1.0\r\n" + nested, ARRIVED)
    deliver(base / "var/mail/borgmester-pa", "good", eml(), ARRIVED + dt.timedelta(seconds=1))
    stream = io.StringIO()
    logs.setup("INFO", "json", stream=stream)
    stats = _runner(config, store).run_once()
    assert stats.quarantined == 1 and stats.decided == 1 and stats.outbox.sent == 2
    lines = [line for line in stream.getvalue().splitlines() if "quarantined" in line]
    assert len(lines) == 1 and '"uid": "bad"' in lines[0]


def test_header_injection_through_encoded_word_is_quarantined(rules_copy: Path) -> None:
    config, store = _setup(rules_copy)
    base = rules_copy.parent
    # "Hjemmepleje\r\nBcc: evil@example.com" as an RFC 2047 encoded word (DESIGN.md:
    # header injection is hostile input; quarantine, one log line, nothing sent).
    evil = "=?utf-8?b?SGplbW1lcGxlamUNCkJjYzogZXZpbEBleGFtcGxlLmNvbQ==?="
    deliver(base / "var/mail/borgmester-pa", "evil", eml(subject=evil), ARRIVED)
    stats = _runner(config, store).run_once()
    assert stats.quarantined == 1 and stats.outbox.sent == 0
    assert _outbox_files(base) == []
    source = _runner(config, store).sources["borgmester-pa"]
    assert source.categories("evil") == ["Borgerpost: Karantæne"]  # type: ignore[attr-defined]


def test_shadow_mode_records_and_sends_nothing(rules_copy: Path) -> None:
    text = rules_copy.read_text("utf-8").replace("mode: live", "mode: shadow")
    rules_copy.write_text(text, "utf-8")
    config, store = _setup(rules_copy)
    base = rules_copy.parent
    deliver(base / "var/mail/borgmester-pa", "m1", eml(), ARRIVED)
    stats = _runner(config, store).run_once()
    assert stats.decided == 1 and stats.outbox.sent == 0
    assert _outbox_files(base) == []
    with store.sessions() as s:
        states = set(s.scalars(select(Outbox.state).where(Outbox.kind == "receipt")).all())
        assert states == {"shadow"}
        assert s.scalars(select(Event).where(Event.kind == "message.decided")).first()


@pytest.mark.parametrize("sender", ["MAILER-DAEMON@mx.gmail.com", "noreply@mitid.dk"])
def test_robots_get_nothing(rules_copy: Path, sender: str) -> None:
    config, store = _setup(rules_copy)
    deliver(rules_copy.parent / "var/mail/borgmester-pa", "r", eml(sender=sender), ARRIVED)
    stats = _runner(config, store).run_once()
    assert stats.decided == 1 and stats.outbox.sent == 0


def test_receipt_with_cpr_to_external_address_is_held_and_pa_told(rules_copy: Path) -> None:
    config, store = _setup(rules_copy)
    base = rules_copy.parent
    # A display name is echoed in the receipt's greeting: here it carries a CPR number.
    deliver(base / "var/mail/borgmester-pa", "m1",
            eml(sender='"Karen 120437-1234" <karen.j@gmail.com>'), ARRIVED)
    stats = _runner(config, store).run_once()
    assert stats.outbox.held == 1
    files = [email.message_from_bytes(raw, policy=email.policy.default)
             for raw in _outbox_files(base)]
    assert not any(m["To"] == "karen.j@gmail.com" for m in files)       # never sent
    notice = next(m for m in files if m["To"] == "pa.borgmester@ishoj.dk")
    text = notice.get_content()
    assert "BH-2026-00001" in text and "CPR" in text
    assert "120437" not in notice.as_string() and "karen" not in notice.as_string().lower()
    # The forward to the internal chief is not held: internal mail is safe (seed 000).
    assert any("centerchef.cvv@ishoj.dk" in m["To"] for m in files)
    from daemon.status import status
    shown = status(config, ARRIVED + dt.timedelta(hours=2))
    assert "held 1" in shown and "Tilbageholdt" in shown


def test_a_broken_transport_is_retried_not_fatal(rules_copy: Path) -> None:
    config, store = _setup(rules_copy)
    base = rules_copy.parent
    deliver(base / "var/mail/borgmester-pa", "m1", eml(), ARRIVED)
    runner = _runner(config, store)
    shutil.rmtree(base / "var" / "outbox")          # the outbox disappears under us
    stats = runner.run_once()
    assert stats.decided == 1 and stats.outbox.sent == 0 and stats.outbox.retried >= 1
    with store.sessions() as s:
        assert set(s.scalars(select(Outbox.state).where(Outbox.kind == "receipt"))) == \
            {"pending"}


def test_a_message_that_keeps_killing_the_process_is_quarantined(rules_copy: Path) -> None:
    """Mailman's MAX_BAK_COUNT: each try is counted (committed) before the work, so a
    message that took the process down MAX_ATTEMPTS times is quarantined, not tried."""
    from daemon.runner import MAX_ATTEMPTS, PassStats

    config, store = _setup(rules_copy)
    deliver(rules_copy.parent / "var/mail/borgmester-pa", "m1", eml(), ARRIVED)
    mailbox = next(m for m in config.mailboxes if m.id == "borgmester-pa")
    for tries in range(1, MAX_ATTEMPTS + 1):
        runner = _runner(config, store)

        def killed(*args: object, **kwargs: object) -> None:
            raise _Killed

        runner.classifier.classify = killed  # type: ignore[method-assign]
        with pytest.raises(_Killed):
            runner.poll(mailbox, PassStats())
        with store.sessions() as s:
            from daemon.store.models import Attempt
            assert s.scalars(select(Attempt.count)).one() == tries
    stats = _runner(config, store).run_once()
    assert stats.quarantined == 1 and stats.decided == 0 and stats.outbox.sent == 0
    with store.sessions() as s:
        assert s.scalars(select(Processed.outcome)).one() == "quarantined"
