"""Database access: engine, migrations at start, and the queries the daemon needs.

All writes that belong to one decision happen in one transaction (DESIGN.md step 5).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Engine, Table, create_engine, event, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from .models import Case, Counter, Event, MailboxState, Outbox, Processed

MIGRATIONS = Path(__file__).parent / "migrations"


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    # WAL lets `borgerpost status` read while the daemon writes; a busy timeout makes
    # a second process wait instead of failing.
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL never corrupts the database; a power cut may lose the last
    # commits, which the outbox's "already sent?" check covers (one fsync per
    # checkpoint instead of one per commit).
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url[len("sqlite:///"):]).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (alembic upgrade head)."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> Store:
        engine = make_engine(url)
        migrate(engine)
        return cls(engine)

    def close(self) -> None:
        """Close every pooled connection (PostgreSQL counts them)."""
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.sessions.begin() as session:
            yield session

    # -- mailbox state -------------------------------------------------------------

    def mailbox_state(self, mailbox_id: str, folder: str, now: dt.datetime) -> MailboxState:
        """The state row, created on first sight: its first_start makes the first start quiet."""
        with self.transaction() as s:
            row = s.scalar(select(MailboxState).where(MailboxState.mailbox_id == mailbox_id,
                                                      MailboxState.folder == folder))
            if row is None:
                row = MailboxState(mailbox_id=mailbox_id, folder=folder, cursor=None,
                                   first_start=now)
                s.add(row)
                s.flush()
            s.expunge(row)
            return row

    def save_cursor(self, session: Session, mailbox_id: str, folder: str,
                    cursor: str | None, now: dt.datetime) -> None:
        # On the table: an ORM-enabled UPDATE was a tenth of the service's time.
        table = cast(Table, MailboxState.__table__)
        session.connection().execute(
            update(table).where(table.c.mailbox_id == mailbox_id, table.c.folder == folder)
            .values(cursor=cursor, last_sync=now))

    def touch(self, mailbox_id: str, folder: str, now: dt.datetime) -> None:
        """Record a successful sync (the cursor moves with each processed message)."""
        with self.transaction() as s:
            s.execute(update(MailboxState)
                      .where(MailboxState.mailbox_id == mailbox_id,
                             MailboxState.folder == folder)
                      .values(last_sync=now))

    # -- processed messages ----------------------------------------------------------

    def is_processed(self, mailbox_id: str, folder: str, uid: str,
                     message_id_hash: str) -> bool:
        with self.sessions() as s:
            by_uid = s.scalar(select(Processed.id).where(
                Processed.mailbox_id == mailbox_id, Processed.folder == folder,
                Processed.uid == uid).limit(1))
            if by_uid is not None:
                return True
            # The same message under another UID (UIDVALIDITY changed, a copy, a resync):
            # dedupe by Message-ID hash, per mailbox.
            return s.scalar(select(Processed.id).where(
                Processed.mailbox_id == mailbox_id,
                Processed.message_id_hash == message_id_hash).limit(1)) is not None

    # -- cases -------------------------------------------------------------------------

    def next_case_number(self, session: Session, year: int) -> str:
        row = session.get(Counter, year, with_for_update=True)
        if row is None:
            row = Counter(year=year, last=0)
            session.add(row)
        row.last += 1
        session.flush()
        return f"BH-{year}-{row.last:05d}"

    def find_case_for_thread(self, message_ids: tuple[str, ...], case_tags: tuple[str, ...]
                             ) -> Case | None:
        """The case whose thread holds one of these Message-IDs, or whose tag is given."""
        with self.sessions() as s:
            for mid in message_ids:
                case = s.scalar(select(Case).where(Case.inquiry_message_id == mid).limit(1))
                if case is not None:
                    return case
                out = s.scalar(select(Outbox).where(Outbox.message_id == mid).limit(1))
                if out is not None and out.case_id is not None:
                    return s.get(Case, out.case_id)
            for tag in case_tags:
                case = s.scalar(select(Case).where(Case.number == tag).limit(1))
                if case is not None:
                    return case
        return None

    def receipts_to(self, address: str, since: dt.datetime) -> int:
        """Receipts queued for this citizen since `since` (the per-sender cap).

        Through the case's indexed citizen address: scanning every recent receipt's
        recipient list made each message slower than the one before.
        """
        with self.sessions() as s:
            return int(s.scalar(
                select(func.count(Outbox.id)).join(Case, Outbox.case_id == Case.id).where(
                    Case.citizen_addr == address, Outbox.kind == "receipt",
                    Outbox.created_at >= since)) or 0)

    # -- outbox ------------------------------------------------------------------------

    def pending_outbox(self, now: dt.datetime, limit: int = 100,
                       mailbox_id: str | None = None) -> list[Outbox]:
        with self.sessions() as s:
            query = select(Outbox).where(
                Outbox.state == "pending",
                (Outbox.next_attempt_at.is_(None)) | (Outbox.next_attempt_at <= now))
            if mailbox_id is not None:
                query = query.where(Outbox.mailbox_id == mailbox_id)
            rows = s.scalars(query.order_by(Outbox.id).limit(limit)).all()
            for row in rows:
                s.expunge(row)
            return list(rows)

    def event(self, session: Session, at: dt.datetime, kind: str, *,
              case_id: int | None = None, mailbox_id: str | None = None,
              **detail: object) -> None:
        session.add(Event(at=at, case_id=case_id, mailbox_id=mailbox_id, kind=kind,
                          detail=detail))
