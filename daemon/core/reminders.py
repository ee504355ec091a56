"""Reminders and escalations in working days (issue 7; seed 004's deadlines). Pure.

For one open case at `now`:

* draft due — on the draft deadline (7 working days), while the forwarded case has no
  draft, to the centre chief (seed 004, path 2: "udkast … inden for 7 hverdage");
* answer due — `warning_days` working days before the answer deadline, to the centre
  chief with the PA in cc;
* overdue — the first working day after the answer deadline, to the PA, who must tell
  the citizen (seed 004); with `delay_notice: auto` the citizen is told at once, with a
  new deadline `auto_extension_days` working days on.

Nothing is sent outside office hours, on weekends or holidays: the reminder waits for
the next working morning. Each reminder is keyed by its kind and the deadline it is
about, so it goes out once, and again only if a person moves the deadline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, ClassVar

from .actions import Action, CaseEvent, SendDelayNotice
from .history import CaseRef
from .lifecycle import AWAITING_ANSWER, FORWARDED, is_overdue
from .policy import Policy


@dataclass(frozen=True)
class ReminderPolicy:
    office_start: dt.time = dt.time(8, 0)
    office_end: dt.time = dt.time(16, 0)
    warning_days: int = 2
    delay_notice: str = "manual"      # manual | auto
    auto_extension_days: int = 5


@dataclass(frozen=True)
class SendReminder(Action):
    kind: str                         # draft_due | answer_due | overdue
    case_number: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    deadline: dt.date                 # the deadline the reminder is about
    type: ClassVar[str] = "reminder"

    @property
    def reminder_key(self) -> str:
        return f"reminder-{self.kind}-{self.deadline.isoformat()}"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "kind": self.kind, "to": list(self.to), "cc": list(self.cc),
                "deadline": self.deadline.isoformat()}


def in_office_hours(policy: Policy, rules: ReminderPolicy, now: dt.datetime) -> bool:
    local = now.astimezone(policy.calendar.zone)
    return (policy.calendar.is_working_day(local.date())
            and rules.office_start <= local.time() < rules.office_end)


def due_reminders(case: CaseRef, pa: str | None, policy: Policy, rules: ReminderPolicy,
                  now: dt.datetime) -> tuple[Action, ...]:
    if not in_office_hours(policy, rules, now) or case.answer_deadline is None:
        return ()
    calendar = policy.calendar
    today = calendar.local_date(now)
    answer = case.answer_deadline
    chief = policy.centre(case.centre) if case.centre else None
    out: list[Action] = []
    if (case.state == FORWARDED and chief is not None and case.draft_deadline is not None
            and case.draft_deadline <= today <= answer):
        out.append(SendReminder("draft_due", case.number, (chief.chief,), (),
                                case.draft_deadline))
    warn_from = answer
    for _ in range(rules.warning_days):
        warn_from = _previous_working_day(policy, warn_from)
    if (case.state in AWAITING_ANSWER and chief is not None and warn_from <= today <= answer):
        out.append(SendReminder("answer_due", case.number, (chief.chief,),
                                (pa,) if pa else (), answer))
    if is_overdue(case.state, answer, today):
        if pa:
            out.append(SendReminder("overdue", case.number, (pa,),
                                    (chief.chief,) if chief else (), answer))
        if rules.delay_notice == "auto" and case.citizen is not None and not any(
                case.citizen.domain == d or case.citizen.domain.endswith("." + d)
                for d in policy.internal_domains):
            new = calendar.add_working_days(today, rules.auto_extension_days)
            out.append(CaseEvent(case.number, "extended", new_deadline=new, via="auto"))
            out.append(SendDelayNotice(case.citizen, new, ""))
    return tuple(out)


def _previous_working_day(policy: Policy, day: dt.date) -> dt.date:
    day -= dt.timedelta(days=1)
    while not policy.calendar.is_working_day(day):
        day -= dt.timedelta(days=1)
    return day
