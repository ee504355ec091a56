"""The scheduler: time-driven work from the database, so a restart loses nothing.

Each pass looks at every case that still awaits an answer, asks the pure core which
reminders, escalations and delay notices are due now (daemon.core.reminders), and puts
them in the outbox under idempotency keys, so each goes out exactly once.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from daemon import logs
from daemon.cases import apply_event, case_ref
from daemon.compose import compose, reminder
from daemon.config import policy_from_config
from daemon.config.schema import Config
from daemon.core.actions import CaseEvent, SendDelayNotice
from daemon.core.decision import CASE_REPLY, Decision
from daemon.core.lifecycle import AWAITING_ANSWER
from daemon.core.reminders import (
    ReminderPolicy,
    SendReminder,
    due_reminders,
    in_office_hours,
)
from daemon.errors import MessageError
from daemon.mail.build import message_id, new_message
from daemon.mail.parse import parse
from daemon.render import render
from daemon.store.db import Store
from daemon.store.models import Body, Case, Outbox


def reminder_policy(config: Config) -> ReminderPolicy:
    r = config.reminders
    return ReminderPolicy(r.office_hours[0], r.office_hours[1], r.answer_warning_days,
                          r.delay_notice, r.auto_extension_days)


class Scheduler:
    def __init__(self, config: Config, store: Store) -> None:
        self.config = config
        self.store = store
        self.policy = policy_from_config(config)
        self.rules = reminder_policy(config)

    def run(self, now: dt.datetime) -> int:
        """Queue what is due now. Returns the number of outbox rows added."""
        added = 0
        with self.store.sessions() as s:
            ids = s.scalars(select(Case.id).where(Case.state.in_(AWAITING_ANSWER))).all()
        for case_id in ids:
            with self.store.transaction() as s:
                case = s.get(Case, case_id)
                if case is None:
                    continue
                try:
                    mailbox = self.config.mailbox(case.mailbox_id)
                except KeyError:
                    continue   # the mailbox left rules.yaml; its cases stay as they are
                actions = due_reminders(case_ref(case), mailbox.pa, self.policy, self.rules,
                                        now)
                for action in actions:
                    if isinstance(action, CaseEvent):
                        apply_event(self.store, s, case, action.event, now, via=action.via,
                                    new_deadline=action.new_deadline)
                        continue
                    if isinstance(action, SendReminder):
                        centre = self.config.centre(case.centre).name if case.centre else None
                        composed = reminder(action, centre, case.answer_deadline or
                                            action.deadline, case.inquiry_message_id, mailbox,
                                            self.config, now, self.policy.calendar)
                        kind = "reminder"
                    elif isinstance(action, SendDelayNotice):
                        body = s.scalar(select(Body).where(Body.case_id == case.id))
                        try:
                            inquiry = parse(body.raw) if body and body.raw else None
                        except MessageError:
                            inquiry = None
                        if inquiry is None:
                            continue
                        decision = Decision(True, CASE_REPLY, case.centre, (), (action,), ())
                        composed = compose(action, decision, case.number, inquiry, b"",
                                           mailbox, self.config, case.received_at, now)
                        kind = "delay"
                    else:
                        continue
                    key = f"{case.number}.{composed.key}"
                    if s.scalar(select(Outbox.id).where(Outbox.idempotency_key == key)):
                        continue
                    s.add(Outbox(case_id=case.id, mailbox_id=mailbox.id, kind=kind,
                                 idempotency_key=key, message_id=composed.message_id,
                                 recipients=list(composed.recipients),
                                 external=any(not self.config.is_internal(r)
                                              for r in composed.recipients),
                                 raw=composed.raw, state="pending", created_at=now, payload={}))
                    self.store.event(s, now, "reminder.queued", case_id=case.id,
                                     mailbox_id=mailbox.id, reminder=composed.key)
                    added += 1
                    logs.info("reminder.queued", case=case.number, reminder=composed.key)
        return added + self._advisor(now)

    def _advisor(self, now: dt.datetime) -> int:
        """The citizen advisor's own deadlines (issue 8): call back within 1 working day
        (seed 001), a centre's statement in an investigation within two weeks (seed 003).
        The reminder goes to the advisor only: the advisor is independent and decides
        whether to remind the centre."""
        from daemon import advisor

        if not in_office_hours(self.policy, self.rules, now):
            return 0
        today = self.policy.calendar.local_date(now)
        added = 0
        boxes = [m for m in self.config.mailboxes if m.role == "citizen_advisor"]
        if not boxes:
            return 0
        with self.store.transaction() as s:
            for item in advisor.due(s, today, AWAITING_ANSWER | {"registered"}):
                case = s.scalar(select(Case).where(Case.number == item.case_number))
                if case is None:
                    continue
                mailbox = next((m for m in boxes if m.id == case.mailbox_id), None)
                if mailbox is None:
                    continue
                key = f"{case.number}.advisor-{item.kind}-{item.deadline.isoformat()}"
                if s.scalar(select(Outbox.id).where(Outbox.idempotency_key == key)):
                    continue
                to = mailbox.pa or mailbox.address
                msgid = message_id(case.number, f"advisor-{item.kind}-"
                                   f"{item.deadline.isoformat()}", self.config.id_domain)
                msg = new_message(sender=mailbox.address,
                                  sender_name=f"Borgerpost, {self.config.municipality}",
                                  to=(to,), subject=f"[{case.number}] Påmindelse",
                                  msgid=msgid, in_reply_to=case.inquiry_message_id,
                                  auto_submitted="auto-generated", date=now)
                msg.set_content(render("advisor_reminder.txt.j2", kind=item.kind,
                                       case_number=case.number, deadline=item.deadline,
                                       municipality=self.config.municipality))
                s.add(Outbox(case_id=case.id, mailbox_id=mailbox.id, kind="reminder",
                             idempotency_key=key, message_id=msgid, recipients=[to],
                             external=False, raw=msg.as_bytes(),
                             state="pending", created_at=now, payload={}))
                added += 1
        return added
