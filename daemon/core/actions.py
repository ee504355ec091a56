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
    reroute: bool = False              # a person routed the case to another centre
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


@dataclass(frozen=True)
class CaseEvent(Action):
    """A step in the case's lifecycle decided by a person (daemon.core.lifecycle)."""

    case_number: str
    event: str                           # draft | answered | closed | personal | ...
    new_deadline: dt.date | None = None
    centre: str | None = None
    via: str = "mail"                    # mail (a command) | folder (a move in Outlook)
    type: ClassVar[str] = "case_event"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "case": self.case_number, "event": self.event,
                               "via": self.via}
        if self.new_deadline:
            out["deadline"] = self.new_deadline.isoformat()
        if self.centre:
            out["centre"] = self.centre
        return out


@dataclass(frozen=True)
class SendDelayNotice(Action):
    """Tell the citizen the answer comes later, and when (seed 004: the PA tells the
    citizen if the deadline cannot be met). The reason is staff's own words."""

    to: Address
    new_deadline: dt.date
    reason: str = ""
    type: ClassVar[str] = "delay_notice"
    key: ClassVar[str | None] = "delay"

    def __post_init__(self) -> None:
        _check_addrs(self.to.addr)

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "to": [self.to.addr],
                "deadline": self.new_deadline.isoformat()}


@dataclass(frozen=True)
class JournalCopy(Action):
    """A copy of the inquiry to the journal address, to be filed in SBSYS (seed 004:
    a personal answer's inquiry and reply go to the administration for journalising)."""

    to: str
    type: ClassVar[str] = "journal"
    key: ClassVar[str | None] = "journal"

    def __post_init__(self) -> None:
        _check_addrs(self.to)

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "to": [self.to]}
