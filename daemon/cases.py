"""Case transitions with their audit trail: every change of state is one event row.

The table of allowed transitions is daemon.core.lifecycle; this module applies one to a
stored case inside the caller's transaction and records it (issue 7: "every transition
in the audit log").
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from daemon.core.history import CaseRef
from daemon.core.lifecycle import next_state
from daemon.core.message import Address
from daemon.store.db import Store
from daemon.store.models import Case


def apply_event(store: Store, session: Session, case: Case, event: str, now: dt.datetime,
                *, via: str, new_deadline: dt.date | None = None,
                centre: str | None = None) -> bool:
    """Apply `event` to `case`. Returns False (and records the refusal) if not allowed."""
    before = case.state
    after = next_state(before, event)
    if after is None:
        store.event(session, now, "case.refused", case_id=case.id, mailbox_id=case.mailbox_id,
                    event=event, state=before, via=via)
        return False
    if after == before and new_deadline is None and centre is None:
        return True   # a neutral event (a second forward, a reminder): nothing changes
    case.state = after
    case.updated_at = now
    detail: dict[str, object] = {"from": before, "to": after, "event": event, "via": via}
    if new_deadline is not None:
        detail["old_deadline"] = case.answer_deadline.isoformat() if case.answer_deadline \
            else None
        case.answer_deadline = new_deadline
        detail["new_deadline"] = new_deadline.isoformat()
    if centre is not None:
        detail["old_centre"] = case.centre
        case.centre = centre
        detail["centre"] = centre
    store.event(session, now, "case.transition", case_id=case.id, mailbox_id=case.mailbox_id,
                **detail)
    return True


def case_ref(case: Case) -> CaseRef:
    """The plain view of a stored case that the pure core decides on."""
    citizen = Address(case.citizen_addr, case.citizen_name or "") if case.citizen_addr else None
    return CaseRef(case.number, case.state, case.centre, case.mailbox_id, citizen,
                   case.answer_deadline, case.draft_deadline)
