"""The contract every mailbox adapter keeps (maildir, imap, graph, ews).

Adapters list new messages and return raw RFC 5322 bytes with a stable id and the
server's arrival time. They never mark mail read, never delete, and change nothing a
user sees except Borgerpost's own categories/keywords and folders. They translate and
retry; they decide nothing (DESIGN.md step 1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from daemon.errors import PermanentFailure


@dataclass(frozen=True)
class MessageRef:
    """Where a message lives: (mailbox, folder, uid). For IMAP, `folder` includes the
    UIDVALIDITY (`INBOX;UIDVALIDITY=42`) so that a reset never aliases old UIDs."""

    mailbox_id: str
    folder: str
    uid: str


@dataclass(frozen=True)
class Fetched:
    ref: MessageRef
    raw: bytes
    arrived: dt.datetime          # the server's arrival time (aware), not the Date header
    cursor: str | None = None     # what to store once this message is processed


@runtime_checkable
class BatchCategories(Protocol):
    """A source that can add categories to many messages in one call (IMAP: one STORE
    per set of keywords). The outbox executor uses it for a pass's category rows."""

    def set_categories_many(self, items: Sequence[tuple[MessageRef, Sequence[str]]]
                            ) -> list[PermanentFailure | None]:
        """Per item None, or the PermanentFailure set_categories would have raised;
        a TemporaryFailure is for all of them."""
        ...


@runtime_checkable
class Interruptible(Protocol):
    """A source whose `wait` blocks in the server (IMAP IDLE) rather than in a sleep the
    service slices: the service's stop calls `interrupt` from another thread."""

    def interrupt(self) -> None:
        ...


class MailSource(Protocol):
    """A watched mailbox folder. See daemon.mailboxes.maildir for the reference behaviour."""

    mailbox_id: str
    folder: str

    def fetch(self, cursor: str | None, skip: frozenset[str] = frozenset()
              ) -> Iterator[Fetched]:
        """New messages in arrival order, after `cursor` (None: from the beginning).

        `skip` holds uids already processed; an adapter may use it to avoid reading them.
        """
        ...

    def set_categories(self, ref: MessageRef, categories: Sequence[str]) -> None:
        """Add Borgerpost's categories (Outlook categories / IMAP keywords). Idempotent."""
        ...

    def wait(self, timeout: float) -> None:
        """Block until new mail may have arrived (IMAP IDLE) or `timeout` seconds pass."""
        ...

    def close(self) -> None:
        ...
