"""What Borgerpost decides to do, as frozen data (STYLE.md: events as frozen dataclasses).

Actions are validated when built. They carry no message text: the executor renders
outgoing mail from templates, the case and the stored original.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, ClassVar

from .message import Address


def _check_addrs(*addrs: str) -> None:
    for addr in addrs:
        if "@" not in addr or any(c in addr for c in "\r\n\t <>,;"):
            raise ValueError("not a plain mail address")


@dataclass(frozen=True)
class Action:
    type: ClassVar[str] = "action"
    # `key` makes the deterministic Message-ID <bp.{case}.{key}@{domain}> and the
    # outbox idempotency key; None for actions that send nothing.
    key: ClassVar[str | None] = None

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type}


@dataclass(frozen=True)
class SendReceipt(Action):
    """Receipt to the citizen, promising an answer by `deadline` (seed 004). Never quotes."""

    to: Address
    deadline: dt.date
    centre: str | None
    advisor: bool = False              # the citizen advisor's receipt promises a call-back
    type: ClassVar[str] = "receipt"
    key: ClassVar[str | None] = "receipt"

    def __post_init__(self) -> None:
        _check_addrs(self.to.addr)

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "to": [self.to.addr], "deadline": self.deadline.isoformat()}


@dataclass(frozen=True)
class Forward(Action):
    """Inquiry (attached) and cover note to the centre chief, the director in cc (seed 004)."""

    centre: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    draft_deadline: dt.date
    answer_deadline: dt.date
    type: ClassVar[str] = "forward"
    key: ClassVar[str | None] = "forward"

    def __post_init__(self) -> None:
        if not self.to:
            raise ValueError("a forward needs a recipient")
        _check_addrs(*self.to, *self.cc)

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "to": list(self.to), "cc": list(self.cc),
                "centre": self.centre, "deadline": self.answer_deadline.isoformat(),
                "draft_deadline": self.draft_deadline.isoformat()}


@dataclass(frozen=True)
class SetCategories(Action):
    """Outlook categories / IMAP keywords on the inbound message, for staff to see."""

    categories: tuple[str, ...]
    type: ClassVar[str] = "categories"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "categories": list(self.categories)}


@dataclass(frozen=True)
class Register(Action):
    """Open (or note) a case without sending anything; `why` is a code, not text."""

    why: str
    type: ClassVar[str] = "register"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "why": self.why}


@dataclass(frozen=True)
class AttachToCase(Action):
    """A message in an existing case's thread: recorded on that case, nothing sent."""

    case_number: str
    type: ClassVar[str] = "attach"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "case": self.case_number}
