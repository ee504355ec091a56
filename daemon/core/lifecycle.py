"""The case lifecycle as one table (STYLE.md, after h11's _state.py; DOMAIN.md seed 004).

    received ─receipt_sent─► receipted ─forward_sent─► forwarded ─draft─► draft_received
        │                                                   │                  │
        └──────────── answered ◄─────────────────────────────┴──────answered───┘
                         └─closed─► closed
    personal (the politician answers personally), committee (on a committee's agenda),
    extended (a person moved the deadline) are entered from any open state.

(state, event) -> new state. An event that is not in the table for the current state is
refused (`next_state` returns None) and the caller records the refusal in the audit log.
"Overdue" is not stored: a case is overdue when its answer deadline has passed while it
is open (`is_overdue`), so it can never disagree with the dates.
"""

from __future__ import annotations

import datetime as dt

RECEIVED = "received"
RECEIPTED = "receipted"
FORWARDED = "forwarded"
DRAFT_RECEIVED = "draft_received"
ANSWERED = "answered"
CLOSED = "closed"
PERSONAL = "personal"          # path 1: the politician answers personally (seed 004)
COMMITTEE = "committee"        # proposed for a committee agenda (seed 004)
EXTENDED = "extended"          # a person moved the answer deadline
REGISTERED = "registered"      # before cutoff / over the cap: nothing sent automatically

STATES = (RECEIVED, RECEIPTED, FORWARDED, DRAFT_RECEIVED, ANSWERED, CLOSED, PERSONAL,
          COMMITTEE, EXTENDED, REGISTERED)
OPEN_STATES = frozenset({RECEIVED, RECEIPTED, FORWARDED, DRAFT_RECEIVED, PERSONAL,
                         COMMITTEE, EXTENDED, REGISTERED})
# States in which the administration still owes the citizen an answer (reminders run).
AWAITING_ANSWER = frozenset({RECEIVED, RECEIPTED, FORWARDED, DRAFT_RECEIVED, EXTENDED})
# States in which the centre's draft is still owed (seed 004 path 2: 7 working days).
AWAITING_DRAFT = frozenset({RECEIVED, RECEIPTED, FORWARDED})

_ANY_OPEN = (RECEIVED, RECEIPTED, FORWARDED, DRAFT_RECEIVED, PERSONAL, COMMITTEE, EXTENDED,
             REGISTERED)

TRANSITIONS: dict[tuple[str, str], str] = {
    (RECEIVED, "receipt_sent"): RECEIPTED,
    (RECEIVED, "forward_sent"): FORWARDED,
    (RECEIPTED, "forward_sent"): FORWARDED,
    (REGISTERED, "forward_sent"): FORWARDED,
    **{(s, "draft"): DRAFT_RECEIVED for s in (RECEIVED, RECEIPTED, FORWARDED, EXTENDED)},
    **{(s, "answered"): ANSWERED for s in _ANY_OPEN},
    **{(s, "closed"): CLOSED for s in (*_ANY_OPEN, ANSWERED)},
    **{(s, "personal"): PERSONAL for s in _ANY_OPEN if s != PERSONAL},
    **{(s, "committee"): COMMITTEE for s in _ANY_OPEN if s != COMMITTEE},
    **{(s, "extended"): EXTENDED for s in (RECEIVED, RECEIPTED, FORWARDED, DRAFT_RECEIVED,
                                           EXTENDED, COMMITTEE)},
    # Re-routing to another centre sends a new forward; the state stays "forwarded".
    **{(s, "rerouted"): FORWARDED for s in (RECEIVED, RECEIPTED, FORWARDED, REGISTERED,
                                            EXTENDED)},
}

# Events that only record and never change the state (sending a second receipt-less
# forward after a re-route, reminders).
NEUTRAL_EVENTS = frozenset({"receipt_sent", "forward_sent", "reminder_sent", "notice_sent"})


def next_state(state: str, event: str) -> str | None:
    """The state after `event`, or None when the event is not allowed in `state`."""
    found = TRANSITIONS.get((state, event))
    if found is None and event in NEUTRAL_EVENTS:
        return state
    return found


def is_overdue(state: str, answer_deadline: dt.date | None, today: dt.date) -> bool:
    return state in AWAITING_ANSWER and answer_deadline is not None and today > answer_deadline
