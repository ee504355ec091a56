"""The contract every send transport keeps (maildir, smtp, graph, ews).

Exactly once: every outgoing message has a deterministic Message-ID, and before sending
the executor asks `already_sent` where the server keeps sent mail; a crash between the
send and the database commit therefore never sends twice (DESIGN.md step 6).
"""

from __future__ import annotations

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
