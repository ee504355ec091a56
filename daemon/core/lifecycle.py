"""The case lifecycle as one table (STYLE.md, after h11's _state.py).

(state, event) -> new state. An event that is not in the table for the current state
leaves the state as it is; the caller records it in the audit log either way.
"""

from __future__ import annotations

RECEIVED = "received"
RECEIPTED = "receipted"
FORWARDED = "forwarded"
REGISTERED = "registered"        # before cutoff / over the cap: nothing sent automatically
CLOSED = "closed"

OPEN_STATES = frozenset({RECEIVED, RECEIPTED, FORWARDED})

TRANSITIONS: dict[tuple[str, str], str] = {
    (RECEIVED, "receipt_sent"): RECEIPTED,
    (RECEIVED, "forward_sent"): FORWARDED,
    (RECEIPTED, "forward_sent"): FORWARDED,
}


def next_state(state: str, event: str) -> str:
    return TRANSITIONS.get((state, event), state)
