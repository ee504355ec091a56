"""The database: SQLAlchemy 2 models. Portable SQL only (SQLite and PostgreSQL).

Personal data lives in few, named columns (cases.citizen_*, cases.subject,
bodies.raw, outbox.raw) so that retention can purge exactly those (issue 9).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on every backend (SQLite has no time zones)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


NAMING = {"ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
          "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
          "pk": "pk_%(table_name)s"}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class MailboxState(Base):
    """Sync state per (mailbox, folder): the adapter's cursor and the first start."""

    __tablename__ = "mailbox_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox_id: Mapped[str] = mapped_column(String(64))
    folder: Mapped[str] = mapped_column(String(255))
    cursor: Mapped[str | None] = mapped_column(Text)
    first_start: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    last_sync: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    __table_args__ = (UniqueConstraint("mailbox_id", "folder"),)


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    mailbox_id: Mapped[str] = mapped_column(String(64), index=True)
    state: Mapped[str] = mapped_column(String(32), index=True)
    reason: Mapped[str] = mapped_column(String(32))
    centre: Mapped[str | None] = mapped_column(String(64))
    sensitive: Mapped[str] = mapped_column(String(255), default="")
    citizen_addr: Mapped[str | None] = mapped_column(String(254), index=True)   # personal
    citizen_name: Mapped[str | None] = mapped_column(String(200))               # personal
    forwarded_by: Mapped[str | None] = mapped_column(String(254))
    subject: Mapped[str | None] = mapped_column(Text)                           # personal
    # Indexed: every inbound message looks up its thread here (find_case_for_thread).
    inquiry_message_id: Mapped[str] = mapped_column(String(1000), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    answer_deadline: Mapped[dt.date | None] = mapped_column(Date)
    draft_deadline: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Body(Base):
    """The raw inbound message of a case, kept for the forward and for staff; purgeable."""

    __tablename__ = "bodies"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)                      # personal
    purged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Processed(Base):
    """Every inbound message Borgerpost has handled, so that none is handled twice."""

    __tablename__ = "processed"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"),
                                    primary_key=True)
    mailbox_id: Mapped[str] = mapped_column(String(64))
    folder: Mapped[str] = mapped_column(String(255))
    uid: Mapped[str] = mapped_column(String(255))
    message_id_hash: Mapped[str] = mapped_column(String(64))
    arrived_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    processed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    __table_args__ = (UniqueConstraint("mailbox_id", "folder", "uid"),
                      Index("ix_processed_mailbox_msgid", "mailbox_id", "message_id_hash"))


class Outbox(Base):
    """One row per action with a side effect, written with the decision (one transaction)."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    mailbox_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    idempotency_key: Mapped[str] = mapped_column(String(255), unique=True)
    message_id: Mapped[str | None] = mapped_column(String(255), index=True)  # threads
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)           # personal
    external: Mapped[bool] = mapped_column(default=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)                      # personal
    state: Mapped[str] = mapped_column(String(16), index=True)   # pending|sent|held|failed|done
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(255))   # a code, never content
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Set (and committed) just before a send is handed to the transport: only such a row
    # can have been sent without being marked sent, so only it needs the Sent-folder check.
    send_started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Event(Base):
    """The audit log: every decision and transition, with codes and ids, no content."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"),
                                    primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    mailbox_id: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Counter(Base):
    """Case numbers per year: BH-2026-00042."""

    __tablename__ = "counters"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)


class Attempt(Base):
    """Messages whose processing began; one that took the process down three times is
    quarantined instead of tried again (Mailman's MAX_BAK_COUNT)."""

    __tablename__ = "attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox_id: Mapped[str] = mapped_column(String(64))
    folder: Mapped[str] = mapped_column(String(255))
    uid: Mapped[str] = mapped_column(String(255))
    count: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (UniqueConstraint("mailbox_id", "folder", "uid"),)
