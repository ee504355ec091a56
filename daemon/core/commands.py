"""What a person's decision about a case leads to (issue 7): pure, shared by the reply
commands (`Besvaret`, `Forlæng …`) and the Outlook folder moves (`Borgerpost/Afsluttet`).
"""

from __future__ import annotations

import datetime as dt

from classifiers.commands import Command
from classifiers.inquiry import is_internal

from .actions import Action, CaseEvent, Forward, JournalCopy, SendDelayNotice
from .decision import CASE_REPLY, Decision
from .history import CaseRef
from .lifecycle import next_state
from .policy import Policy


def command_actions(command: Command, case: CaseRef, policy: Policy, today: dt.date,
                    via: str, trace: list[str], *, forward: bool = True
                    ) -> tuple[Action, ...]:
    """`forward`: False for the citizen advisor, whose cases are never sent on (seed 001)."""
    event = "rerouted" if command.kind == "reroute" else command.kind
    if command.kind == "reroute" and not forward:
        trace.append("command reroute: this mailbox never forwards (citizen advisor); ignored")
        return ()
    if next_state(case.state, event) is None:
        trace.append(f"command {command.kind}: not allowed in state {case.state}; ignored")
        return ()
    if command.kind == "extended":
        new = command.new_deadline
        if new is None or new <= today:
            trace.append("command extended: the new deadline must lie in the future; ignored")
            return ()
        if not policy.calendar.is_working_day(new):
            trace.append(f"command extended: {new.isoformat()} is no working day; ignored")
            return ()
        actions: list[Action] = [CaseEvent(case.number, "extended", new_deadline=new, via=via)]
        citizen = case.citizen
        if citizen is not None and not is_internal(citizen.domain, policy.internal_domains):
            # Seed 004: the PA tells the citizen when the deadline cannot be met.
            actions.append(SendDelayNotice(citizen, new, command.reason))
            trace.append(f"command extended: new deadline {new.isoformat()}, citizen told")
        else:
            trace.append(f"command extended: new deadline {new.isoformat()}, no citizen "
                         "address to tell (anonymous or internal)")
        return tuple(actions)
    if command.kind == "reroute":
        assert command.centre is not None
        target = policy.centre(command.centre)
        answer = case.answer_deadline or today
        draft = case.draft_deadline or today
        trace.append(f"command reroute: to {target.id} (the person's decision is recorded)")
        return (CaseEvent(case.number, "rerouted", centre=target.id, via=via),
                Forward(target.id, (target.chief,),
                        (target.director,) if target.director else (), draft, answer,
                        reroute=True))
    actions = [CaseEvent(case.number, command.kind, via=via)]
    if command.kind == "personal" and policy.journal:
        # Seed 004: a personal answer's inquiry goes to the administration to be filed.
        actions.append(JournalCopy(policy.journal))
        trace.append("command personal: a copy goes to the journal address")
    trace.append(f"command {command.kind}: case {case.number}")
    return tuple(actions)


def folder_decision(command: Command, case: CaseRef, policy: Policy, today: dt.date,
                    folder: str, *, forward: bool = True) -> Decision:
    """A person moved a case's mail into a decision folder in Outlook (issue 7).

    Only people with access to the mailbox can move mail, so a move needs no further
    authentication, unlike a command by mail.
    """
    trace = [f"folder decision: moved to {folder!r} -> {command.kind} (case {case.number})"]
    actions = command_actions(command, case, policy, today, "folder", trace, forward=forward)
    return Decision(citizen_inquiry=False, reason=CASE_REPLY, centre=case.centre,
                    sensitive=(), actions=actions, trace=tuple(trace),
                    case_number=case.number)
