"""The outbox executor: performs persisted actions, idempotently (DESIGN.md step 6).

Before each send it asks the transport whether the Message-ID is already where sent
mail is kept; a crash between sending and committing therefore never sends twice.
Nothing that carries sensitive findings goes to an address outside internal_domains:
every external message is scanned just before sending, and one with findings is held
for a person (DESIGN.md "Never leak").
"""

from __future__ import annotations

import datetime as dt
import email
import email.message
import email.policy
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from typing import cast

from sqlalchemy import Table, select, true, update
from sqlalchemy.orm import Session

from daemon import logs, metrics
from daemon.cases import apply_event
from daemon.compose import Composed
from daemon.errors import PermanentFailure, TemporaryFailure
from daemon.mail.html_text import html_to_text
from daemon.mailboxes.base import BatchCategories, MailSource, MessageRef
from daemon.store.db import Store
from daemon.store.models import Case, Outbox
from daemon.transports.base import Outgoing, Transport

MAIL_KINDS = frozenset({"receipt", "forward", "notice", "reminder", "digest", "delay",
                        "journal"})
MAX_BACKOFF = dt.timedelta(hours=1)
OUTBOX = cast(Table, Outbox.__table__)


@dataclass
class ExecStats:
    sent: int = 0
    recovered: int = 0
    held: int = 0
    retried: int = 0
    done: int = 0
    errors: dict[str, int] = field(default_factory=dict)


def _subject(msg: email.message.Message) -> str:
    value = msg.get("subject", "")
    try:
        return str(make_header(decode_header(value)))
    except (LookupError, UnicodeError, ValueError, HeaderParseError):
        return str(value)


def outgoing_text(raw: bytes) -> str:
    """All text a recipient would read: headers that show, text and HTML parts.

    Parsed with compat32 (no header registry: only the subject is decoded, by hand);
    the modern policy cost as much as composing the mail did (benchmarks/imap)."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    parts = [_subject(msg)]
    for part in msg.walk():
        if part.get_content_maintype() == "message":
            continue
        ctype = part.get_content_type()
        if ctype in ("text/plain", "text/html"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                try:
                    text = payload.decode(part.get_content_charset() or "utf-8", "replace")
                except LookupError:   # an unknown charset name
                    text = payload.decode("utf-8", "replace")
                parts.append(html_to_text(text) if ctype == "text/html" else text)
    return "\n".join(parts)


def scannable_text(raw: bytes) -> str:
    """What the leak guard scans: everything a recipient reads but our fixed wording.

    Each distinct line once, in the order first read: a mail's text and HTML
    alternatives repeat the same lines, and scanning them twice found nothing more
    (the scan decides per category, not per occurrence) at twice the cost."""
    from daemon.compose import boilerplate

    fixed = boilerplate()
    seen: set[str] = set()
    kept = []
    for line in outgoing_text(raw).splitlines():
        key = line.strip()
        if key in fixed or (key and key in seen):
            continue
        seen.add(key)
        kept.append(line)
    return "\n".join(kept)


# (row, reason, case number, now) -> the notice to the PA about a held message, or None.
NoticeFactory = Callable[[Outbox, str, "str | None", dt.datetime], "Composed | None"]


class Executor:
    def __init__(self, store: Store, transports: Mapping[str, Transport],
                 sources: Mapping[str, MailSource], scan: Callable[[str], tuple[str, ...]],
                 envelope_from: Mapping[str, str], shadow: bool = False,
                 notice: NoticeFactory | None = None) -> None:
        self.store = store
        self.transports = transports
        self.sources = sources
        self.scan = scan
        self.envelope_from = envelope_from
        self.shadow = shadow
        self.notice = notice
        self._claim: Session | None = None
        # Outcomes waiting for the pass's one commit (see _pass), and the rows whose
        # in-flight marker this pass wrote (they need no Sent-folder lookup).
        self._deferred: list[tuple[Outbox, str, dt.datetime, str, str | None]] | None = None
        self._fresh: frozenset[int] = frozenset()

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        """The claiming transaction when there is one (PostgreSQL), else a new one."""
        if self._claim is not None:
            yield self._claim
        else:
            with self.store.transaction() as session:
                yield session

    def run(self, now: dt.datetime, mailbox_id: str | None = None) -> ExecStats:
        """Execute what is due; `mailbox_id`: only that mailbox's rows (the service runs
        one executor per mailbox thread, so each IMAP connection stays in one thread)."""
        if self.store.engine.dialect.name == "postgresql":
            return self._run_claiming(now, mailbox_id)
        stats = ExecStats()
        while True:
            rows = self.store.pending_outbox(now, mailbox_id=mailbox_id)
            if not rows:
                return stats
            if not self._pass(rows, now, stats):
                return stats

    def _pass(self, rows: list[Outbox], now: dt.datetime, stats: ExecStats) -> bool:
        """One pass over pending rows with two commits in all instead of two per row:
        the in-flight markers of every mail about to be sent, together and before any
        send; the outcomes, together, after. A crash in between leaves rows marked and
        pending, and those are looked up where sent mail is kept before a new try."""
        self._mark_started(rows, now)
        self._deferred = []
        progressed = False
        try:
            stored = self._categories_together(rows, now, stats)
            progressed = bool(stored)
            for row in rows:
                if row.id not in stored:
                    progressed |= self.execute(row, now, stats)
        finally:
            deferred, self._deferred = self._deferred, None
            self._fresh = frozenset()
            if deferred:
                with self.store.transaction() as s:
                    for args in deferred:
                        self._finish_in(s, *args)
        return progressed

    def _run_claiming(self, now: dt.datetime, mailbox_id: str | None = None) -> ExecStats:
        """Several instances share the outbox: each row is claimed with FOR UPDATE SKIP
        LOCKED and stays locked while it is sent, so no two instances send it. If this
        instance dies mid-send, its transaction ends, the row is pending again, and the
        next instance asks the transport whether it was sent before sending."""
        stats = ExecStats()
        waiting: set[int] = set()
        while True:
            with self.store.transaction() as session:
                query = (select(Outbox).where(
                    Outbox.state == "pending",
                    (Outbox.next_attempt_at.is_(None)) | (Outbox.next_attempt_at <= now),
                    Outbox.id.not_in(waiting or {-1}),
                    Outbox.mailbox_id == mailbox_id if mailbox_id is not None else true())
                    .order_by(Outbox.id).limit(1).with_for_update(skip_locked=True))
                row = session.scalars(query).first()
                if row is None:
                    return stats
                self._claim = session
                try:
                    if not self.execute(row, now, stats):
                        waiting.add(row.id)
                finally:
                    self._claim = None

    def _finish(self, row: Outbox, state: str, now: dt.datetime, event: str,
                error: str | None = None) -> None:
        if self._deferred is not None:
            self._deferred.append((row, state, now, event, error))
            return
        with self._tx() as s:
            self._finish_in(s, row, state, now, event, error)

    def _finish_in(self, s: Session, row: Outbox, state: str, now: dt.datetime, event: str,
                   error: str | None = None) -> None:
        # One UPDATE guarded by the state, not a load of the row (and its raw mail) and
        # a flush: a row another instance finished meanwhile is left alone.
        # On the table, not the ORM entity: an ORM-enabled UPDATE costs more than the
        # load it replaces.
        table = OUTBOX
        done = s.connection().execute(
            update(table).where(table.c.id == row.id, table.c.state == "pending")
            .values(state=state, done_at=now if state != "pending" else None,
                    attempts=table.c.attempts + 1, last_error=error))
        if not done.rowcount:
            return
        if row.case_id and state == "sent" and row.kind in ("receipt", "forward"):
            case = s.get(Case, row.case_id)
            if case is not None:
                apply_event(self.store, s, case, f"{row.kind}_sent", now, via="outbox")
        self.store.event(s, now, event, case_id=row.case_id, mailbox_id=row.mailbox_id,
                         action=row.kind, outbox=row.id, error=error)

    def _hold(self, row: Outbox, now: dt.datetime, reason: str) -> None:
        """Hold for a person, and tell the mailbox's PA in the same transaction."""
        with self._tx() as s:
            current = s.get(Outbox, row.id)
            if current is None or current.state != "pending":
                return
            current.state = "held"
            current.done_at = now
            current.attempts += 1
            current.last_error = reason[:255]
            case = s.get(Case, row.case_id) if row.case_id else None
            self.store.event(s, now, "outbox.held", case_id=row.case_id,
                             mailbox_id=row.mailbox_id, action=row.kind, error=reason[:255])
            notice = (self.notice(row, reason, case.number if case else None, now)
                      if self.notice and row.kind != "notice" else None)
            if notice is not None:
                s.add(Outbox(case_id=row.case_id, mailbox_id=row.mailbox_id, kind="notice",
                             idempotency_key=f"{row.idempotency_key}.held-notice",
                             message_id=notice.message_id, recipients=list(notice.recipients),
                             external=False, raw=notice.raw, state="pending", created_at=now,
                             payload={}))

    def _retry(self, row: Outbox, now: dt.datetime, code: str) -> None:
        with self._tx() as s:
            current = s.get(Outbox, row.id)
            if current is None:
                return
            current.attempts += 1
            current.last_error = code
            delay = min(dt.timedelta(seconds=30 * 2 ** min(current.attempts, 10)), MAX_BACKOFF)
            current.next_attempt_at = now + delay
            self.store.event(s, now, "outbox.retry", case_id=row.case_id,
                             mailbox_id=row.mailbox_id, action=row.kind, error=code)

    def _maybe_sent(self, row: Outbox) -> bool:
        """Could this row have been sent without being marked sent? Only if a send was
        started before this pass: the marker is committed before the transport is
        called, so a crash after it leaves it set. Searching Sent before every first
        send cost a SELECT and a SEARCH per mail (a tenth of the service's time). Rows
        claimed under PostgreSQL are always looked up: the claim's transaction holds
        the row lock, so a marker written in it would die with a crash and one written
        beside it would wait for that lock."""
        if self._claim is not None:
            return True
        return row.send_started_at is not None and row.id not in self._fresh

    def _mark_started(self, rows: list[Outbox], now: dt.datetime) -> None:
        """Mark (and commit) the mails this pass may send that no pass has started."""
        self._fresh = frozenset()
        fresh = [r for r in rows if r.kind in MAIL_KINDS and r.send_started_at is None
                 and r.raw is not None and r.message_id is not None and not self.shadow]
        if not fresh:
            return
        with self.store.transaction() as s:
            s.connection().execute(update(OUTBOX).where(OUTBOX.c.id.in_([r.id for r in fresh]))
                                   .values(send_started_at=now))
        for row in fresh:
            row.send_started_at = now
        self._fresh = frozenset(r.id for r in fresh)

    def execute(self, row: Outbox, now: dt.datetime, stats: ExecStats) -> bool:
        """Perform one action. Returns False when it must wait (retry later)."""
        fields = {"outbox": row.id, "mailbox": row.mailbox_id, "action": row.kind}
        if row.kind == "categories":
            return self._categories(row, now, stats, fields)
        if row.kind not in MAIL_KINDS or row.raw is None or row.message_id is None:
            self._finish(row, "failed", now, "outbox.failed", "unknown_action")
            return True
        if self.shadow:
            self._finish(row, "shadow", now, "outbox.shadow")
            logs.info("outbox.shadow", **fields)
            return True
        if row.external:
            found = self.scan(scannable_text(row.raw))
            if found:
                self._hold(row, now, "sensitive:" + ",".join(found))
                stats.held += 1
                metrics.record_held(row.mailbox_id, "sensitive_to_external")
                logs.warning("outbox.held", reason="sensitive_to_external",
                             categories=",".join(found), **fields)
                return True
        transport = self.transports[row.mailbox_id]
        try:
            if self._maybe_sent(row) and transport.already_sent(row.message_id):
                self._finish(row, "sent", now, "outbox.recovered")
                stats.recovered += 1
                # Sent by a process that died before counting it.
                metrics.record_sent(row.mailbox_id, row.kind)
                logs.info("outbox.recovered", **fields)
                return True
            if self._claim is None and self._deferred is None:
                # Outside a pass (execute called alone): mark this one first.
                self._mark_started([row], now)
                self._fresh = frozenset()
            transport.send(Outgoing(row.message_id, self.envelope_from[row.mailbox_id],
                                    tuple(row.recipients), row.raw))
        except TemporaryFailure as exc:
            self._retry(row, now, str(exc)[:120])
            stats.retried += 1
            metrics.record_adapter_error(row.mailbox_id, "send_temporary")
            logs.warning("outbox.retry", error=str(exc)[:120], **fields)
            return False
        except PermanentFailure as exc:
            self._hold(row, now, str(exc)[:120])
            stats.held += 1
            metrics.record_held(row.mailbox_id, "refused")
            metrics.record_adapter_error(row.mailbox_id, "send_refused")
            logs.error("outbox.held", reason="refused", error=str(exc)[:120], **fields)
            return True
        except Exception as exc:
            # An adapter's bug or a local fault (a missing directory, a full disk) is
            # retried like a server's failure; it never stops the other rows.
            code = f"error:{type(exc).__name__}"
            self._retry(row, now, code)
            stats.retried += 1
            metrics.record_adapter_error(row.mailbox_id, "send_error")
            logs.error("outbox.retry", error=code, **fields)
            return False
        self._finish(row, "sent", now, "outbox.sent")
        stats.sent += 1
        metrics.record_sent(row.mailbox_id, row.kind)
        logs.info("outbox.sent", **fields)
        return True

    def _categories_together(self, rows: list[Outbox], now: dt.datetime,
                             stats: ExecStats) -> set[int]:
        """The pass's category rows, one call per mailbox whose source can store many
        at once (IMAP: one STORE per set of keywords). Returns the rows done with; the
        rest, and all of a batch that failed temporarily, go one by one as before."""
        batches: dict[str, list[Outbox]] = {}
        for row in rows:
            if row.kind == "categories" and isinstance(
                    self.sources.get(row.mailbox_id), BatchCategories):
                batches.setdefault(row.mailbox_id, []).append(row)
        handled: set[int] = set()
        for mailbox_id, batch in batches.items():
            if len(batch) < 2:
                continue
            items = [(MessageRef(r.mailbox_id, str(r.payload["folder"]),
                                 str(r.payload["uid"])), list(r.payload["categories"]))
                     for r in batch]
            try:
                source = self.sources[mailbox_id]
                assert isinstance(source, BatchCategories)
                outcomes = source.set_categories_many(items)
            except TemporaryFailure:
                continue   # each row once more on its own, with its own retry
            for row, refused in zip(batch, outcomes, strict=True):
                handled.add(row.id)
                self._categories_outcome(row, refused, now, stats)
        return handled

    def _categories_outcome(self, row: Outbox, refused: PermanentFailure | None,
                            now: dt.datetime, stats: ExecStats) -> None:
        if refused is None:
            self._finish(row, "done", now, "outbox.done")
            stats.done += 1
        else:
            self._finish(row, "failed", now, "outbox.failed", str(refused)[:120])
            metrics.record_adapter_error(row.mailbox_id, "categories_refused")

    def _categories(self, row: Outbox, now: dt.datetime, stats: ExecStats,
                    fields: dict[str, object]) -> bool:
        payload = row.payload
        source = self.sources.get(row.mailbox_id)
        if source is None:
            self._finish(row, "failed", now, "outbox.failed", "no_source")
            return True
        ref = MessageRef(row.mailbox_id, str(payload["folder"]), str(payload["uid"]))
        try:
            source.set_categories(ref, list(payload["categories"]))
        except TemporaryFailure as exc:
            self._retry(row, now, str(exc)[:120])
            stats.retried += 1
            metrics.record_adapter_error(row.mailbox_id, "categories_temporary")
            return False
        except PermanentFailure as exc:
            self._categories_outcome(row, exc, now, stats)
            return True
        self._categories_outcome(row, None, now, stats)
        return True


def held(store: Store) -> list[Outbox]:
    with store.sessions() as s:
        return list(s.scalars(select(Outbox).where(Outbox.state == "held")).all())
