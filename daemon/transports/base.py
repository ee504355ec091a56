"""The contract every send transport keeps (maildir, smtp, graph, ews).

Exactly once: every outgoing message has a deterministic Message-ID, and before sending
the executor asks `already_sent` where the server keeps sent mail; a crash between the
send and the database commit therefore never sends twice (DESIGN.md step 6).
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Outgoing:
    message_id: str
    envelope_from: str
    recipients: tuple[str, ...]
    raw: bytes


class Transport(Protocol):
    def already_sent(self, message_id: str) -> bool:
        """True if a message with this Message-ID was sent (found in Sent/journal/outbox)."""
        ...

    def send(self, mail: Outgoing) -> None:
        """Send, or raise TemporaryFailure (retry) / PermanentFailure (hold)."""
        ...

    def close(self) -> None:
        ...


def probe_message(address: str) -> tuple[str, bytes]:
    """A test message from a mailbox to itself (`check-config --connect`, not dry)."""
    message_id = email.utils.make_msgid(idstring="bp.probe",
                                        domain=address.rpartition("@")[2])
    raw = (f"From: {address}\r\nTo: {address}\r\n"
           f"Subject: Borgerpost forbindelsestest / connection test\r\n"
           f"Message-ID: {message_id}\r\nAuto-Submitted: auto-generated\r\n"
           f"Date: {email.utils.formatdate()}\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n"
           "Borgerpost kan sende fra denne postkasse.\r\n").encode()
    return message_id, raw
