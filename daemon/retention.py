"""Retention: personal data is purged after `retention.body_days` (issue 9 point 5).

What is personal lives in few, named columns (daemon.store.models): `bodies.raw`,
`outbox.raw` and `outbox.recipients`, and the case's `citizen_addr`, `citizen_name`,
`subject` and `forwarded_by`. A purge sets them to NULL (recipients to []) and keeps
the case's metadata: number, mailbox, state, centre, sensitive categories, dates and
deadlines, so that the digest, `status` and the yearly report go on counting it.
`processed` keeps only hashes of Message-IDs, `events` only codes and ids (the
`message.decided` trace names rules, keywords from rules.yaml and dates, never the
message's words; tests/test_retention.py checks every column of every table).

When the clock starts (data minimisation, the GDPR's article 5(1)(c) and (e)):

* **A case**: `body_days` after its last change (`cases.updated_at`). For a closed or
  answered case that is its closure. An open case that nobody and nothing (no command,
  no reminder) touched for `body_days` is stale: Borgerpost's copy is a working copy,
  the record lives in the mailbox and in SBSYS, so it is purged as well; its metadata
  stays, and reminders and digests go on without the citizen's name. A purged case
  sends no delay notice to the citizen (there is no address left to send it to).
* **An outgoing message** (receipts, forwards, notices, digests; with or without a
  case): `body_days` after it was performed (`done_at`). A pending row is never
  touched: it has not been sent yet.
* **Case metadata**: kept, unless `metadata_days` is set; then a closed or answered
  case is deleted with its history `metadata_days` after its closure (the processed
  rows stay, with their hashes, so the same mail is not taken for new).

On SQLite a purge ends with VACUUM and a WAL checkpoint, with `secure_delete` on: an
UPDATE leaves the old row in free pages of the file otherwise. On PostgreSQL the
purged tables are vacuumed too (dead tuples hold the old values until then).
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from daemon import logs
from daemon.config.schema import Config
from daemon.core import lifecycle
from daemon.store.db import Store
from daemon.store.models import Body, Case, Event, Outbox, Processed

FINISHED = frozenset({lifecycle.ANSWERED, lifecycle.CLOSED})
_VACUUM_TABLES = ("cases", "bodies", "outbox")


@dataclass
class PurgeStats:
    cases: int = 0            # cases whose personal columns were cleared
    bodies: int = 0           # stored inbound messages cleared
    outbox: int = 0           # performed outgoing messages cleared
    cases_deleted: int = 0    # cases deleted with their history (metadata_days)
    dry_run: bool = False


def purge(store: Store, config: Config, now: dt.datetime, dry_run: bool = False) -> PurgeStats:
    """Purge what retention says is due at `now`. With dry_run, count and change nothing."""
    stats = PurgeStats(dry_run=dry_run)
    body_cutoff = now - dt.timedelta(days=config.retention.body_days)
    with store.sessions() as s:
        if s.get_bind().dialect.name == "sqlite":
            # Freed space is overwritten with zeros, so a purged value does not linger in
            # the file even before VACUUM (https://sqlite.org/pragma.html#pragma_secure_delete).
            s.connection().exec_driver_sql("PRAGMA secure_delete=ON")
        stats.cases = _purge_cases(s, body_cutoff)
        stats.bodies = _purge_bodies(s, body_cutoff, now)
        stats.outbox = _purge_outbox(s, body_cutoff)
        if config.retention.metadata_days is not None:
            stats.cases_deleted = _delete_cases(
                s, now - dt.timedelta(days=config.retention.metadata_days))
        if dry_run:
            s.rollback()
        else:
            store.event(s, now, "retention.purged", cases=stats.cases, bodies=stats.bodies,
                        outbox=stats.outbox, cases_deleted=stats.cases_deleted)
            s.commit()
    if not dry_run:
        _reclaim(store)
    logs.info("retention.purged", **asdict(stats))
    return stats


def _purge_cases(s: Session, cutoff: dt.datetime) -> int:
    result = s.execute(
        update(Case)
        .where(Case.updated_at < cutoff,
               or_(Case.citizen_addr.is_not(None), Case.citizen_name.is_not(None),
                   Case.subject.is_not(None), Case.forwarded_by.is_not(None)))
        .values(citizen_addr=None, citizen_name=None, subject=None, forwarded_by=None)
        .execution_options(synchronize_session=False))
    return int(result.rowcount or 0)   # type: ignore[attr-defined]


def _purge_bodies(s: Session, cutoff: dt.datetime, now: dt.datetime) -> int:
    stale = select(Case.id).where(Case.updated_at < cutoff)
    result = s.execute(
        update(Body).where(Body.case_id.in_(stale), Body.raw.is_not(None))
        .values(raw=None, purged_at=now).execution_options(synchronize_session=False))
    return int(result.rowcount or 0)   # type: ignore[attr-defined]


def _purge_outbox(s: Session, cutoff: dt.datetime) -> int:
    rows = s.scalars(select(Outbox).where(
        Outbox.state != "pending",
        or_(Outbox.done_at < cutoff, Outbox.done_at.is_(None) & (Outbox.created_at < cutoff)),
    )).all()
    count = 0
    for row in rows:
        if row.raw is not None or row.recipients:
            row.raw = None
            row.recipients = []
            count += 1
    s.flush()
    return count


def _delete_cases(s: Session, cutoff: dt.datetime) -> int:
    ids = list(s.scalars(select(Case.id).where(Case.state.in_(FINISHED),
                                               Case.updated_at < cutoff)).all())
    if not ids:
        return 0
    from daemon.store.advisor_models import AdvisorRegistration

    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        # Follow-ups point at their main registration: delete them first.
        s.execute(delete(AdvisorRegistration).where(
            AdvisorRegistration.case_id.in_(chunk),
            AdvisorRegistration.follow_up_of.is_not(None)))
        s.execute(delete(AdvisorRegistration).where(AdvisorRegistration.case_id.in_(chunk)))
        s.execute(delete(Event).where(Event.case_id.in_(chunk)))
        s.execute(delete(Outbox).where(Outbox.case_id.in_(chunk)))
        s.execute(delete(Body).where(Body.case_id.in_(chunk)))
        s.execute(update(Processed).where(Processed.case_id.in_(chunk)).values(case_id=None))
        s.execute(delete(Case).where(Case.id.in_(chunk)))
    return len(ids)


def _reclaim(store: Store) -> None:
    """Give the freed pages back, so the old values are gone from the files too."""
    dialect = store.engine.dialect.name
    try:
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            if dialect == "sqlite":
                c.exec_driver_sql("VACUUM")
                c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            elif dialect == "postgresql":
                c.exec_driver_sql("VACUUM " + ", ".join(_VACUUM_TABLES))
    except Exception as exc:
        # Another process holding the database (the daemon mid-pass) can make VACUUM
        # fail; the values are gone from the tables already and the next purge retries.
        logs.warning("retention.vacuum_failed", error=type(exc).__name__)


def cmd_purge(args: argparse.Namespace) -> int:
    """`borgerpost purge [--dry-run]`: see the module docstring."""
    from daemon.config import load_config

    config = load_config(args.config)
    logs.setup(config.logging.level, config.logging.format)
    store = Store.open(config.database)
    now = args.now or dt.datetime.now(dt.UTC)
    try:
        stats = purge(store, config, now, dry_run=args.dry_run)
    finally:
        store.engine.dispose()
    print(f"{'Ville slette' if stats.dry_run else 'Slettet'} personoplysninger "
          f"(ældre end {config.retention.body_days} dage): sager {stats.cases}, "
          f"indgående post {stats.bodies}, udgående post {stats.outbox}; "
          f"sager slettet helt {stats.cases_deleted}"
          + (" — prøvekørsel, intet er ændret." if stats.dry_run else "."))
    return 0
