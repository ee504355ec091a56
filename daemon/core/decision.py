"""The result of `decide`: what to do and why (the trace is what `explain` prints)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .actions import Action
from .message import Address

# Reason codes: why a message is, or is not, a citizen inquiry.
CITIZEN = "citizen"
FORWARDED_CITIZEN = "forwarded_citizen"
AUTHORITY = "authority"
INTERNAL = "internal"
AUTO_GENERATED = "auto_generated"
CASE_REPLY = "case_reply"
OWN_MESSAGE = "own_message"
NO_SENDER = "no_sender"
REASONS = (CITIZEN, FORWARDED_CITIZEN, AUTHORITY, INTERNAL, AUTO_GENERATED, CASE_REPLY,
           OWN_MESSAGE, NO_SENDER)


@dataclass(frozen=True)
class Decision:
    citizen_inquiry: bool
    reason: str
    centre: str | None
    sensitive: tuple[str, ...]
    actions: tuple[Action, ...]
    trace: tuple[str, ...]
    citizen: Address | None = None
    forwarded_by: Address | None = None
    answer_deadline: dt.date | None = None
    draft_deadline: dt.date | None = None
    case_number: str | None = None          # the existing case, for a case reply
    opens_case: bool = False

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(f"unknown reason {self.reason!r}")

    def to_json(self) -> dict[str, Any]:
        """The stable `explain --json` shape (DESIGN.md)."""
        return {
            "citizen_inquiry": self.citizen_inquiry,
            "reason": self.reason,
            "centre": self.centre,
            "sensitive": list(self.sensitive),
            "deadline": self.answer_deadline.isoformat() if self.answer_deadline else None,
            "case": self.case_number,
            "actions": [action.to_json() for action in self.actions],
            "trace": list(self.trace),
        }
