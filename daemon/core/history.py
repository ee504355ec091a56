"""What the store knows that a decision depends on, handed to `decide` as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .message import Address


@dataclass(frozen=True)
class CaseRef:
    number: str
    state: str
    centre: str | None
    mailbox_id: str | None = None
    citizen: Address | None = None         # None for anonymous or unknown
    answer_deadline: dt.date | None = None
    draft_deadline: dt.date | None = None


@dataclass(frozen=True)
class History:
    first_start: dt.datetime                  # when Borgerpost first watched this mailbox
    case: CaseRef | None = None               # the case whose thread this message is in
    receipts_to_sender_24h: int = 0           # receipts sent to this sender in 24 hours
