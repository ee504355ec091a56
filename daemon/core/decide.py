"""decide(): message + classification + mailbox + policy + history + times -> Decision.

Pure: no I/O, no clock, no globals. `arrived` is the server's arrival time (IMAP
INTERNALDATE, Graph receivedDateTime), never the sender's Date header, and deadlines
count from it (DESIGN.md "First start is quiet").

The order of the steps is the order of precedence; the trace records each step that
hit or missed, as Mailman's chain does, and never contains message text or addresses.
"""

from __future__ import annotations

import datetime as dt

from classifiers.inquiry import is_authority, is_internal, own_message_id

from . import categories as cat
from . import decision as why
from .actions import Action, AttachToCase, Forward, Register, SendReceipt, SetCategories
from .classification import Classification
from .commands import command_actions
from .decision import Decision
from .history import History
from .message import Address, Message
from .policy import MailboxPolicy, Policy


def _not_inquiry(reason: str, trace: list[str], sensitive: tuple[str, ...],
                 actions: tuple[Action, ...] = (), case_number: str | None = None) -> Decision:
    return Decision(citizen_inquiry=False, reason=reason, centre=None, sensitive=sensitive,
                    actions=actions, trace=tuple(trace), case_number=case_number)


def _categories(sensitive: tuple[str, ...], extra: tuple[str, ...] = ()) -> SetCategories:
    return SetCategories((cat.INQUIRY, *extra, *(cat.sensitive_category(s) for s in sensitive)))


def decide(message: Message, classification: Classification, mailbox: MailboxPolicy,
           policy: Policy, history: History, arrived: dt.datetime,
           now: dt.datetime) -> Decision:
    trace: list[str] = [f"mailbox {mailbox.id} (role {mailbox.role})"]
    sensitive = classification.sensitive
    if sensitive:
        trace.append("sensitive: " + ", ".join(sensitive))
    sensitive_only = ((SetCategories(tuple(cat.sensitive_category(s) for s in sensitive)),)
                      if sensitive else ())

    # 1. Our own mail coming back (a copy, a loop through a forwarder): never act on it.
    if own_message_id(message.message_id, policy.id_domain):
        trace.append("own_message: the Message-ID is one of ours")
        return _not_inquiry(why.OWN_MESSAGE, trace, sensitive)
    trace.append("own_message: no")

    # 2. Auto-generated mail gets no answer, not even in a case thread (RFC 3834).
    if classification.auto_generated:
        trace.append(f"auto_generated: {classification.auto_generated}")
        return _not_inquiry(why.AUTO_GENERATED, trace, sensitive)
    trace.append("auto_generated: no")

    # 3. A message in the thread of an existing case belongs to that case: one receipt per
    #    case, and the case's people see the new message there.
    if history.case is not None:
        case = history.case
        trace.append(f"case_reply: in the thread of {case.number}")
        # A citizen adding to their own case is still a citizen's inquiry, but it opens no
        # case and gets no second receipt; staff's replies in the thread are not.
        internal = message.sender is not None and is_internal(message.sender.domain,
                                                              policy.internal_domains)
        from_citizen = message.sender is not None and not (
            internal or is_authority(message.sender.domain, policy.authority_domains))
        steps: list[Action] = [AttachToCase(case.number), *sensitive_only]
        command = classification.command
        if internal and command is not None:
            if classification.authenticated:
                trace.append(f"command {command.kind}: from an authenticated internal sender "
                             f"({classification.authenticated})")
                today = policy.calendar.local_date(now)
                steps += command_actions(command, case, policy, today, "mail", trace,
                                         forward=mailbox.forward != "off")
            else:
                # "Trust no From" (DESIGN.md): a spoofed Besvaret does nothing.
                trace.append(f"command {command.kind}: ignored, the sender is not "
                             "authenticated as internal")
                steps.append(Register("command_ignored"))
        return Decision(citizen_inquiry=from_citizen, reason=why.CASE_REPLY,
                        centre=case.centre or classification.centre,
                        sensitive=sensitive, actions=tuple(steps), trace=tuple(trace),
                        citizen=message.sender if from_citizen else None,
                        case_number=case.number)
    trace.append("case_reply: no")

    sender = message.sender
    if sender is None:
        trace.append("no_sender: no usable From address")
        return _not_inquiry(why.NO_SENDER, trace, sensitive)

    if is_authority(sender.domain, policy.authority_domains):
        trace.append("authority: the sender's domain is in authority_domains (seed 004)")
        return _not_inquiry(why.AUTHORITY, trace, sensitive, sensitive_only)
    trace.append("authority: no")

    citizen: Address = sender
    forwarded_by: Address | None = None
    reason = why.CITIZEN
    if is_internal(sender.domain, policy.internal_domains):
        original = classification.forwarded
        if original is None or original.sender is None:
            trace.append("internal: the sender's domain is in internal_domains, no forwarded "
                         "citizen inquiry found")
            return _not_inquiry(why.INTERNAL, trace, sensitive, sensitive_only)
        if is_internal(original.sender.domain, policy.internal_domains):
            trace.append(f"internal: forwarded ({original.how}) mail of an internal sender")
            return _not_inquiry(why.INTERNAL, trace, sensitive, sensitive_only)
        if is_authority(original.sender.domain, policy.authority_domains):
            trace.append(f"authority: forwarded ({original.how}) mail of an authority")
            return _not_inquiry(why.AUTHORITY, trace, sensitive, sensitive_only)
        # Seed 000: a member forwards to the main mailbox; the receipt goes to the citizen.
        citizen, forwarded_by, reason = original.sender, sender, why.FORWARDED_CITIZEN
        trace.append(f"forwarded_citizen: an internal sender forwarded ({original.how}) a "
                     "citizen's inquiry; the citizen is the original sender")
    else:
        trace.append("internal: no")
        trace.append("citizen: an external sender that is no authority")

    centre = classification.centre
    if classification.routing_explanation:
        trace.append(classification.routing_explanation)
    calendar = policy.calendar
    answer_deadline = calendar.deadline(arrived, policy.receipt_days)
    draft_deadline = calendar.deadline(arrived, policy.draft_days)
    advisor = mailbox.role == "citizen_advisor"
    receipt_deadline = (calendar.deadline(arrived, policy.advisor_callback_days) if advisor
                        else answer_deadline)
    trace.append(f"deadlines: answer {answer_deadline.isoformat()} "
                 f"({policy.receipt_days} working days), draft {draft_deadline.isoformat()}")

    actions: list[Action] = [
        _categories(sensitive, () if centre or advisor else (cat.NEEDS_ROUTING,))]

    # Seed 000: mail to a council member is not yet the municipality's; the member
    # decides whether to answer personally or forward. Borgerpost only flags it.
    if mailbox.role == "council_member":
        trace.append("council_member: the member decides; flagged only, no case opened")
        actions[0] = _categories(sensitive)
        return Decision(True, reason, centre, sensitive, tuple(actions), tuple(trace),
                        citizen, forwarded_by, answer_deadline, draft_deadline)

    # "First start is quiet": mail that arrived before the cutoff (or before Borgerpost
    # first watched this mailbox) is registered, never receipted or forwarded.
    cutoff = policy.cutoff or history.first_start
    if arrived < cutoff:
        trace.append("cutoff: arrived before the cutoff; registered, nothing sent")
        actions[0] = _categories(sensitive, (cat.REGISTERED,))
        actions.append(Register("before_cutoff"))
        return Decision(True, reason, centre, sensitive, tuple(actions), tuple(trace),
                        citizen, forwarded_by, answer_deadline, draft_deadline, opens_case=True)

    if mailbox.receipt == "auto":
        if history.receipts_to_sender_24h >= policy.receipts_per_sender_per_day:
            trace.append("receipt: no, the sender reached the cap of "
                         f"{policy.receipts_per_sender_per_day} receipts in 24 hours")
            actions.append(Register("sender_cap"))
        elif is_internal(citizen.domain, policy.internal_domains):
            trace.append("receipt: no, the citizen address is internal")
        else:
            actions.append(SendReceipt(citizen, receipt_deadline, centre, advisor=advisor))
            trace.append("receipt: yes, "
                         + ("call-back by " if advisor else "answer by ")
                         + receipt_deadline.isoformat())
    else:
        trace.append(f"receipt: off for role {mailbox.role}")

    if mailbox.forward == "auto" and centre is not None:
        target = policy.centre(centre)
        actions.append(Forward(centre, (target.chief,),
                               (target.director,) if target.director else (),
                               draft_deadline, answer_deadline))
        trace.append(f"forward: to the chief of {centre}, the director in cc (seed 004)")
    elif mailbox.forward == "auto":
        trace.append("forward: no, no confident centre; a person routes the case")
    elif mailbox.forward == "on_decision":
        trace.append("forward: waits for a person's decision (forward: on_decision)")
    else:
        trace.append(f"forward: off for role {mailbox.role}")

    if len(actions) == 1:
        actions.append(Register("no_automatic_action"))
    return Decision(True, reason, centre, sensitive, tuple(actions), tuple(trace), citizen,
                    forwarded_by, answer_deadline, draft_deadline, opens_case=True)
