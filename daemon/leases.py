"""Mailbox leases for several instances on one PostgreSQL database (issue 9).

Each mailbox is worked by one instance at a time: the instance holds a session-level
advisory lock (pg_try_advisory_lock) named after the mailbox on a connection of its own.
When an instance dies, PostgreSQL ends its session and releases the locks, and another
instance takes the mailbox on its next pass. SQLite serves one instance; there every
lease is granted.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading

from sqlalchemy import Connection, Engine, text

from daemon import logs


def lock_key(name: str) -> int:
    """A stable signed 64-bit advisory-lock key for a mailbox id."""
    return int.from_bytes(hashlib.sha256(f"borgerpost:{name}".encode()).digest()[:8],
                          "big", signed=True)


class Leases:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.enabled = engine.dialect.name == "postgresql"
        self._conn: Connection | None = None
        self._held: set[str] = set()
        self._lock = threading.Lock()

    def _connection(self) -> Connection:
        if self._conn is None or self._conn.closed or self._conn.invalidated:
            self._held.clear()
            # AUTOCOMMIT: the advisory lock belongs to the session, not to a transaction.
            self._conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        return self._conn

    def holds(self, mailbox_id: str) -> bool:
        """True if this instance may work the mailbox now (taking the lease if free)."""
        if not self.enabled:
            return True
        with self._lock:
            try:
                conn = self._connection()
                if mailbox_id in self._held:
                    # Still ours? A server restart would have dropped the session.
                    conn.execute(text("SELECT 1"))
                    return True
                got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"),
                                   {"k": lock_key(mailbox_id)}).scalar()
            except Exception as exc:  # the database is away: hold nothing, retry next pass
                logs.warning("lease.error", mailbox=mailbox_id, error=type(exc).__name__)
                self._drop()
                return False
            if got:
                self._held.add(mailbox_id)
                logs.info("lease.taken", mailbox=mailbox_id)
            return bool(got)

    def _drop(self) -> None:
        if self._conn is not None:
            # Closing a broken connection may fail; it is gone either way.
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None
        self._held.clear()

    def release_all(self) -> None:
        with self._lock:
            self._drop()
