"""Turn a decided action into the outgoing mail it stands for (templates + headers).

Runs inside the persist transaction, once the case number is known, so the stored
outbox row holds exactly the bytes that will be sent, and a template error stops the
decision before anything is committed or sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from daemon.config.schema import Config, MailboxCfg
from daemon.core.actions import Forward, JournalCopy, SendDelayNotice, SendReceipt
from daemon.core.categories import SENSITIVE_LABELS
from daemon.core.decision import Decision
from daemon.core.message import Message
from daemon.core.reminders import SendReminder
from daemon.core.workdays import WorkCalendar
from daemon.mail.build import message_id, new_message, with_attached_original
from daemon.mail.html_text import html_to_text
from daemon.render import render

ROLE_TITLES = {
    "council_member": "Byrådsmedlem",
    "mayor_pa": "Borgmesterens sekretariat",
    "director_assistant": "Direktionssekretariatet",
    "committee_secretary": "Udvalgssekretariatet",
    "main_mailbox": "Borgerservice",
    "citizen_advisor": "Borgerrådgiveren",
}


@dataclass(frozen=True)
class Composed:
    key: str
    message_id: str
    recipients: tuple[str, ...]
    raw: bytes


def _receipt(action: SendReceipt, decision: Decision, case_number: str, inbound: Message,
             mailbox: MailboxCfg, config: Config, received: dt.datetime,
             now: dt.datetime) -> Composed:
    centre_name = config.centre(action.centre).name if action.centre else None
    context = {
        "citizen_name": action.to.name or None,
        "municipality": config.municipality,
        "case_number": case_number,
        "received": received.astimezone(_zone(config)).date(),
        "deadline": action.deadline,
        "centre_name": centre_name,
        "advisor": action.advisor,
        "sender_title": ROLE_TITLES[mailbox.role],
    }
    msgid = message_id(case_number, "receipt", config.id_domain)
    # The receipt never quotes the inquiry, not even its subject (seed 000: the subject may
    # itself be sensitive, and the citizen's address is an unsafe channel).
    msg = new_message(sender=mailbox.address, sender_name=f"{config.municipality}",
                      to=(action.to.addr,), subject=f"Vi har modtaget din henvendelse "
                      f"[{case_number}]", msgid=msgid, in_reply_to=inbound.message_id,
                      references=inbound.references, auto_submitted="auto-replied", date=now)
    msg.set_content(render("receipt.txt.j2", **context))
    msg.add_alternative(render("receipt.html.j2", **context), subtype="html")
    return Composed("receipt", msgid, (action.to.addr,), msg.as_bytes())


def _zone(config: Config) -> dt.tzinfo:
    return ZoneInfo(config.calendar.timezone)


def _forward(action: Forward, decision: Decision, case_number: str, inbound: Message,
             raw: bytes, mailbox: MailboxCfg, config: Config, received: dt.datetime,
             now: dt.datetime) -> Composed:
    centre = config.centre(action.centre)
    context = {
        "centre_name": centre.name,
        "mailbox_address": mailbox.address,
        "case_number": case_number,
        "received": received.astimezone(_zone(config)).date(),
        "forwarded_by": decision.forwarded_by.addr if decision.forwarded_by else None,
        "draft_deadline": action.draft_deadline,
        "answer_deadline": action.answer_deadline,
        "receipt_sent": any(isinstance(a, SendReceipt) for a in decision.actions),
        "sensitive_labels": [SENSITIVE_LABELS[s] for s in decision.sensitive
                             if s in SENSITIVE_LABELS],
        "pa": mailbox.pa,
        "municipality": config.municipality,
    }
    key = f"forward-{action.centre}" if action.reroute else "forward"
    msgid = message_id(case_number, key, config.id_domain)
    subject = inbound.subject or "(intet emne)"
    msg = new_message(sender=mailbox.address, sender_name=f"Borgerpost, {config.municipality}",
                      to=action.to, cc=action.cc,
                      subject=f"[{case_number}] Borgerhenvendelse til besvarelse: {subject}",
                      msgid=msgid, in_reply_to=inbound.message_id,
                      references=inbound.references, auto_submitted="auto-generated", date=now)
    # No Reply-To: the chief's answer in the thread ("Udkast", "Besvaret") must come
    # back to the watched mailbox, where Borgerpost reads it and the PA sees it.
    msg.set_content(render("forward.txt.j2", **context))
    data = with_attached_original(msg, raw, f"henvendelse-{case_number}.eml")
    return Composed(key, msgid, (*action.to, *action.cc), data)


@lru_cache(maxsize=1)
def boilerplate() -> frozenset[str]:
    """The fixed lines of the templates that go to citizens, as they read in text.

    The leak guard scans every external message, but our own fixed wording (the advice
    not to mail CPR numbers or health details) names sensitive categories on purpose.
    Lines that are exactly our fixed wording are ours, not the citizen's data; every line
    that holds a value (a name, a date) is still scanned.
    """
    lines: set[str] = set()
    for advisor in (False, True):
        for centre_name in (None, "Center"):
            context = {"citizen_name": None, "municipality": "Kommune", "case_number": "BH-0",
                       "received": dt.date(2000, 1, 3), "deadline": dt.date(2000, 1, 4),
                       "centre_name": centre_name, "advisor": advisor, "sender_title": "X"}
            for name in ("receipt.txt.j2", "receipt.html.j2"):
                text = render(name, **context)
                if name.endswith(".html.j2"):
                    text = html_to_text(text)
                lines.update(line.strip() for line in text.splitlines() if line.strip())
    # Lines that carry a value differ from the dummy rendering and are scanned.
    return frozenset(line for line in lines
                     if not any(v in line for v in ("Kommune", "BH-0", "2000", "Center", "X")))


def _delay(action: SendDelayNotice, case_number: str, inquiry_id: str, mailbox: MailboxCfg,
           config: Config, now: dt.datetime) -> Composed:
    key = f"delay-{action.new_deadline.isoformat()}"
    msgid = message_id(case_number, key, config.id_domain)
    msg = new_message(sender=mailbox.address, sender_name=config.municipality,
                      to=(action.to.addr,), subject=f"Svar på din henvendelse kommer senere "
                      f"[{case_number}]", msgid=msgid, in_reply_to=inquiry_id,
                      auto_submitted="auto-generated", date=now)
    msg.set_content(render("delay_notice.txt.j2", citizen_name=action.to.name or None,
                           case_number=case_number, new_deadline=action.new_deadline,
                           reason=action.reason, sender_title=ROLE_TITLES[mailbox.role],
                           municipality=config.municipality))
    return Composed(key, msgid, (action.to.addr,), msg.as_bytes())


def _journal(action: JournalCopy, case_number: str, inquiry: Message, raw: bytes,
             mailbox: MailboxCfg, config: Config, now: dt.datetime) -> Composed:
    msgid = message_id(case_number, "journal", config.id_domain)
    msg = new_message(sender=mailbox.address, sender_name=f"Borgerpost, {config.municipality}",
                      to=(action.to,), subject=f"[{case_number}] Til journalisering: "
                      f"{inquiry.subject or '(intet emne)'}", msgid=msgid,
                      in_reply_to=inquiry.message_id, auto_submitted="auto-generated", date=now)
    msg.set_content(render("journal.txt.j2", case_number=case_number,
                           mailbox_address=mailbox.address, municipality=config.municipality))
    data = with_attached_original(msg, raw, f"henvendelse-{case_number}.eml")
    return Composed("journal", msgid, (action.to,), data)


Outgoing = SendReceipt | Forward | SendDelayNotice | JournalCopy


def compose(action: Outgoing, decision: Decision, case_number: str,
            inbound: Message, raw: bytes, mailbox: MailboxCfg, config: Config,
            received: dt.datetime, now: dt.datetime) -> Composed:
    """`inbound`/`raw` are the case's inquiry (for a case reply: the stored original)."""
    if isinstance(action, SendReceipt):
        return _receipt(action, decision, case_number, inbound, mailbox, config, received, now)
    if isinstance(action, SendDelayNotice):
        return _delay(action, case_number, inbound.message_id, mailbox, config, now)
    if isinstance(action, JournalCopy):
        return _journal(action, case_number, inbound, raw, mailbox, config, now)
    return _forward(action, decision, case_number, inbound, raw, mailbox, config, received, now)


KIND_DA = {"receipt": "kvittering til borgeren", "forward": "videresendelse",
           "notice": "meddelelse", "reminder": "påmindelse", "digest": "oversigt"}


def held_notice(config: Config, mailbox: MailboxCfg, case_number: str | None, kind: str,
                reason: str, key: str, now: dt.datetime) -> Composed | None:
    """The notice to the mailbox's PA that a message was held (issue 4: "the PA is told").

    It names the case and the categories, never the held message's content or recipient.
    """
    if not mailbox.pa:
        return None
    if reason.startswith("sensitive:"):
        labels = [SENSITIVE_LABELS.get(c, c) for c in reason.split(":", 1)[1].split(",")]
        reason_da = "mailen indeholder følsomme oplysninger (" + ", ".join(labels) + ")"
    else:
        reason_da = "mailserveren afviste mailen (" + reason + ")"
    tag = case_number or "BH-0000-00000"
    msgid = message_id(tag, f"held-{key}", config.id_domain)
    msg = new_message(sender=mailbox.address, sender_name=f"Borgerpost, {config.municipality}",
                      to=(mailbox.pa,), subject=f"[{tag}] Mail tilbageholdt af Borgerpost",
                      msgid=msgid, in_reply_to=None, auto_submitted="auto-generated", date=now)
    msg.set_content(render("held_notice.txt.j2", case_number=case_number,
                           kind_da=KIND_DA.get(kind, kind), mailbox_address=mailbox.address,
                           reason_da=reason_da, municipality=config.municipality))
    return Composed("notice", msgid, (mailbox.pa,), msg.as_bytes())


def reminder(action: SendReminder, centre_name: str | None, answer_deadline: dt.date,
             inquiry_id: str, mailbox: MailboxCfg, config: Config, now: dt.datetime,
             calendar: WorkCalendar) -> Composed:
    key = action.reminder_key
    msgid = message_id(action.case_number, key, config.id_domain)
    titles = {"draft_due": "Påmindelse: udkast til svar", "answer_due": "Påmindelse: svarfrist",
              "overdue": "Svarfristen er overskredet"}
    msg = new_message(sender=mailbox.address, sender_name=f"Borgerpost, {config.municipality}",
                      to=action.to, cc=action.cc,
                      subject=f"[{action.case_number}] {titles[action.kind]}", msgid=msgid,
                      in_reply_to=inquiry_id, auto_submitted="auto-generated", date=now)
    today = calendar.local_date(now)
    msg.set_content(render("reminder.txt.j2", kind=action.kind, case_number=action.case_number,
                           centre_name=centre_name, deadline=action.deadline,
                           answer_deadline=answer_deadline, pa=mailbox.pa,
                           days_left=calendar.working_days_between(today, action.deadline),
                           municipality=config.municipality))
    return Composed(key, msgid, (*action.to, *action.cc), msg.as_bytes())
