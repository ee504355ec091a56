"""The weekly digest to each PA: the overview ("styringsreol") of seed 004 (issue 7, point 6).

Seed 004: the PA (the director's assistant, the agenda collector) keeps an overview of
the inquiries and makes sure they are answered within 10 working days. The digest gives
them that overview once a week, by mail, in Outlook: open cases by state, what is due
this week, what is overdue, what waits for a person to route it, held mail, and last
week's numbers.

No personal data: a digest names case numbers, mailbox ids, centre names, states, dates
and counts, never a citizen's name, address, subject or CPR number (DESIGN.md "No
personal data in logs"; "Digests mask CPR numbers" holds trivially, as no free text from
a case is shown). Sensitive categories appear as counts only.

The HTML is for Outlook: table layout with inline CSS, no <style> block, no scripts, no
images, no links, and it is run through nh3 before it is sent (`sanitise_html`), so a
value that slipped past the template's escaping still cannot add markup that acts.

Parts: `build_digest` (queries, then plain frozen data), `compose_digest` (the mail),
`due_digests` (pure: is it time), `enqueue_digests` (one outbox row per PA and ISO week),
`write_preview` (`borgerpost digest --preview DIR`).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter as Tally
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import nh3
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from daemon import logs
from daemon.compose import Composed
from daemon.config.schema import Config
from daemon.core import lifecycle
from daemon.core.categories import SENSITIVE_LABELS
from daemon.core.workdays import WorkCalendar
from daemon.mail.build import message_id, new_message
from daemon.render import render
from daemon.store.db import Store
from daemon.store.models import Case, Event, MailboxState, Outbox

# The Danish words for the states (lifecycle.STATES), as the PA says them.
STATE_DA: dict[str, str] = {
    lifecycle.RECEIVED: "modtaget",
    lifecycle.RECEIPTED: "kvitteret",
    lifecycle.FORWARDED: "sendt til center",
    lifecycle.DRAFT_RECEIVED: "udkast modtaget",
    lifecycle.ANSWERED: "besvaret",
    lifecycle.CLOSED: "afsluttet",
    lifecycle.PERSONAL: "personligt svar",
    lifecycle.COMMITTEE: "til udvalg",
    lifecycle.EXTENDED: "frist forlænget",
    lifecycle.REGISTERED: "registreret",
}

# "Due this week" is counted in working days, not calendar days, so that the digest
# means the same whatever weekday it is configured for and across holidays: the deadline
# is today or within the next four working days (on a Monday: this Monday to Friday).
WEEK_WORKING_DAYS = 5

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
KIND = "digest"


def state_da(state: str) -> str:
    return STATE_DA.get(state, state)


def working_days_left(calendar: WorkCalendar, today: dt.date, deadline: dt.date) -> int:
    """Working days from today to the deadline: 0 on the day, negative once it has passed."""
    if deadline >= today:
        return calendar.working_days_between(today, deadline)
    return -calendar.working_days_between(deadline, today)


def days_left_da(days: int | None) -> str:
    if days is None:
        return "—"
    if days == 0:
        return "i dag"
    word = "hverdag" if abs(days) == 1 else "hverdage"
    return f"{days} {word}" if days > 0 else f"{-days} {word} over"


@dataclass(frozen=True)
class CaseRow:
    """One open case as the digest shows it: ids, state, centre, dates, flags; no content."""

    number: str
    mailbox_id: str
    state: str
    centre_id: str | None
    centre_name: str | None
    received: dt.date
    answer_deadline: dt.date | None
    days_left: int | None          # working days; negative when overdue
    overdue: bool
    due_this_week: bool
    needs_routing: bool
    sensitive_count: int           # how many sensitive categories, never which values

    @property
    def state_da(self) -> str:
        return state_da(self.state)

    @property
    def days_left_da(self) -> str:
        return days_left_da(self.days_left)

    @property
    def notes_da(self) -> str:
        notes = []
        if self.overdue:
            notes.append("overskredet")
        elif self.due_this_week:
            notes.append("frist denne uge")
        if self.needs_routing:
            notes.append("mangler fordeling")
        if self.sensitive_count:
            notes.append(f"følsomt ({self.sensitive_count})")
        return ", ".join(notes)


@dataclass(frozen=True)
class Digest:
    """The overview for one PA (or, for `borgerpost status`, for all mailboxes)."""

    recipient: str | None
    municipality: str
    mailbox_ids: tuple[str, ...]
    now: dt.datetime
    today: dt.date
    iso_year: int
    iso_week: int
    rows: tuple[CaseRow, ...]                     # open cases, by deadline
    state_counts: tuple[tuple[str, int], ...]     # (state, count), lifecycle order, open only
    held: int                                     # outbox messages held for a person
    last_week: tuple[dt.date, dt.date]            # Monday and Sunday of the previous week
    received_last_week: int
    answered_last_week: int
    answered_on_time: int
    sensitive_counts: tuple[tuple[str, int], ...]  # (Danish label, open cases with it)
    # Council members' sent mail to external addresses with sensitive content, last
    # week (issue 4, sent_audit): (mailbox id, mails, Danish labels). Counts only.
    sent_flagged: tuple[tuple[str, int, tuple[str, ...]], ...] = ()

    @property
    def week_label(self) -> str:
        return f"{self.iso_year}W{self.iso_week:02d}"

    @property
    def overdue(self) -> tuple[CaseRow, ...]:
        return tuple(r for r in self.rows if r.overdue)

    @property
    def due_this_week(self) -> tuple[CaseRow, ...]:
        return tuple(r for r in self.rows if r.due_this_week)

    @property
    def needs_routing(self) -> tuple[CaseRow, ...]:
        return tuple(r for r in self.rows if r.needs_routing)

    @property
    def on_time_share(self) -> float | None:
        if not self.answered_last_week:
            return None
        return self.answered_on_time / self.answered_last_week

    @property
    def on_time_da(self) -> str:
        share = self.on_time_share
        return "—" if share is None else f"{round(share * 100)} %"


def calendar_of(config: Config) -> WorkCalendar:
    return WorkCalendar(config.calendar.country, config.calendar.closed_days,
                        config.calendar.timezone)


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _local_midnight(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=zone)


def _is_answer(kind: str, detail: Mapping[str, object]) -> bool:
    """Whether an audit event records that the citizen got the answer.

    `answered` events, and `case.transition` events into `answered`, or into `closed`
    straight from a state that still owed the answer (seed 004: the centre tells the PA
    "that the answer is sent and the case is closed" in one message).
    """
    if kind == "answered":
        return True
    if kind != "case.transition":
        return False
    to = detail.get("to")
    return to == lifecycle.ANSWERED or (to == lifecycle.CLOSED
                                        and detail.get("from") in lifecycle.AWAITING_ANSWER)


def build_digest(session: Session, config: Config, recipient_pa: str | None,
                 mailbox_ids: Sequence[str], now: dt.datetime) -> Digest:
    """The overview of the cases in `mailbox_ids` at `now`, as plain frozen data."""
    calendar = calendar_of(config)
    zone = calendar.zone
    today = calendar.local_date(now)
    iso_year, iso_week, _ = today.isocalendar()
    this_monday = _week_start(today)
    last_monday = this_monday - dt.timedelta(days=7)
    window = (_local_midnight(last_monday, zone), _local_midnight(this_monday, zone))
    ids = tuple(mailbox_ids)
    centres = {c.id: c.name for c in config.centres}
    roles = {m.id: m.role for m in config.mailboxes}

    cases = session.scalars(select(Case).where(Case.mailbox_id.in_(ids),
                                               Case.state.in_(lifecycle.OPEN_STATES))).all()
    rows = []
    sensitive: Tally[str] = Tally()
    for case in cases:
        deadline = case.answer_deadline
        awaiting = case.state in lifecycle.AWAITING_ANSWER
        # Days are counted down only while an answer is owed (lifecycle.AWAITING_ANSWER):
        # "9 working days over" on a case that waits for a committee would be a false alarm.
        days = working_days_left(calendar, today, deadline) if deadline and awaiting else None
        overdue = lifecycle.is_overdue(case.state, deadline, today)
        categories = [c for c in case.sensitive.split(",") if c] if case.sensitive else []
        sensitive.update(set(categories))
        rows.append(CaseRow(
            number=case.number, mailbox_id=case.mailbox_id, state=case.state,
            centre_id=case.centre,
            centre_name=centres.get(case.centre, case.centre) if case.centre else None,
            received=calendar.local_date(case.received_at), answer_deadline=deadline,
            days_left=days, overdue=overdue,
            due_this_week=days is not None and 0 <= days < WEEK_WORKING_DAYS,
            # The citizen advisor never forwards (seed 001), so no centre is no gap there;
            # decide() puts the "Mangler fordeling" category on the same cases.
            needs_routing=case.centre is None and roles.get(case.mailbox_id)
            != "citizen_advisor",
            sensitive_count=len(set(categories))))
    # The cases that owe an answer first, the most urgent on top; then the others
    # (personal, committee, registered) by deadline.
    rows.sort(key=lambda r: (r.days_left is None, r.answer_deadline is None,
                             r.answer_deadline or today, r.number))
    by_state = Tally(r.state for r in rows)
    state_counts = tuple((s, by_state[s]) for s in lifecycle.STATES if by_state[s]) + tuple(
        sorted((s, n) for s, n in by_state.items() if s not in lifecycle.STATES))

    received = session.scalar(select(func.count()).select_from(Case).where(
        Case.mailbox_id.in_(ids), Case.received_at >= window[0],
        Case.received_at < window[1])) or 0
    answered_at: dict[int, tuple[dt.datetime, dt.date | None]] = {}
    events = session.execute(
        select(Event.case_id, Event.at, Event.kind, Event.detail, Case.answer_deadline)
        .join(Case, Case.id == Event.case_id)
        .where(Case.mailbox_id.in_(ids), Event.kind.in_(("answered", "case.transition")),
               Event.at >= window[0], Event.at < window[1])).all()
    for case_id, at, kind, detail, deadline in events:
        if not _is_answer(kind, detail or {}):
            continue
        first = answered_at.get(case_id)
        if first is None or at < first[0]:
            answered_at[case_id] = (at, deadline)
    # On time: answered on or before the answer deadline as it stands now (an extended
    # deadline counts; seed 004: the PA tells the citizen the new date). A case with no
    # deadline counts as on time.
    on_time = sum(1 for at, deadline in answered_at.values()
                  if deadline is None or calendar.local_date(at) <= deadline)
    held = session.scalar(select(func.count()).select_from(Outbox).where(
        Outbox.mailbox_id.in_(ids), Outbox.state == "held")) or 0
    flagged: dict[str, tuple[int, set[str]]] = {}
    for mailbox_id, detail in session.execute(
            select(Event.mailbox_id, Event.detail).where(
                Event.kind == "sent_audit.flagged", Event.mailbox_id.in_(ids),
                Event.at >= window[0], Event.at < window[1])).all():
        count, labels = flagged.get(mailbox_id, (0, set()))
        labels.update(SENSITIVE_LABELS.get(c, c) for c in (detail or {}).get("categories", ()))
        flagged[mailbox_id] = (count + 1, labels)

    return Digest(
        recipient=recipient_pa, municipality=config.municipality, mailbox_ids=ids, now=now,
        today=today, iso_year=iso_year, iso_week=iso_week, rows=tuple(rows),
        state_counts=state_counts, held=held,
        last_week=(last_monday, this_monday - dt.timedelta(days=1)),
        received_last_week=received, answered_last_week=len(answered_at),
        answered_on_time=on_time,
        sent_flagged=tuple((m, flagged[m][0], tuple(sorted(flagged[m][1])))
                           for m in ids if m in flagged),
        sensitive_counts=tuple((SENSITIVE_LABELS.get(c, c), n)
                               for c, n in sorted(sensitive.items(),
                                                  key=lambda item: (-item[1], item[0]))))


# -- HTML for Outlook ---------------------------------------------------------------------

# What nh3 lets through: the table layout and inline CSS the template uses, nothing that
# acts or fetches (no script, style, img, a, form; no on* attributes; no url() in CSS,
# since no CSS property that takes a url is allowed).
ALLOWED_TAGS = frozenset({"table", "thead", "tbody", "tr", "td", "th", "p", "span", "div",
                          "strong", "b", "em", "br", "h1", "h2", "h3"})
_CELL = {"style", "bgcolor", "align", "valign", "width", "colspan", "rowspan", "scope"}
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "table": {"style", "bgcolor", "align", "width", "cellpadding", "cellspacing", "border",
              "role"},
    "tr": {"style", "bgcolor", "valign"},
    "td": _CELL,
    "th": _CELL,
    "*": {"style"},
}
ALLOWED_CSS = frozenset({"font-family", "font-size", "font-weight", "font-style", "color",
                         "background-color", "padding", "padding-top", "padding-bottom",
                         "padding-left", "padding-right", "margin", "border", "border-top",
                         "border-bottom", "border-collapse", "text-align", "vertical-align",
                         "width", "line-height", "white-space", "mso-table-lspace",
                         "mso-table-rspace"})

# nh3 cleans fragments, so the document around the sanitised body is fixed text here;
# only the title holds a value, escaped.
_DOCUMENT = """<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
</head>
<body style="margin:0; padding:0; background-color:#f3f3f3;">
{body}
</body>
</html>
"""


def sanitise_html(fragment: str) -> str:
    return nh3.clean(fragment, tags=set(ALLOWED_TAGS),
                     clean_content_tags={"script", "style"},
                     attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
                     filter_style_properties=set(ALLOWED_CSS), strip_comments=True,
                     url_schemes=set())


def subject_of(digest: Digest) -> str:
    return f"Borgerpost: ugeoversigt uge {digest.iso_week}"


def _context(digest: Digest) -> dict[str, object]:
    return {"d": digest, "subject": subject_of(digest), "state_da": state_da}


def render_text(digest: Digest) -> str:
    return render("digest.txt.j2", **_context(digest))


def render_html(digest: Digest) -> str:
    body = sanitise_html(render("digest.html.j2", **_context(digest)))
    return _DOCUMENT.format(title=html.escape(subject_of(digest)), body=body)


# -- the mail -----------------------------------------------------------------------------

def recipients(config: Config) -> dict[str, tuple[str, ...]]:
    """PA address -> the mailboxes whose cases their digest covers, in config order."""
    groups: dict[str, list[str]] = {}
    for mailbox in config.mailboxes:
        if mailbox.pa:
            groups.setdefault(mailbox.pa, []).append(mailbox.id)
    return {pa: tuple(ids) for pa, ids in groups.items()}


def _week_tag(pa: str, digest: Digest) -> str:
    return f"{logs.short_hash(pa)}-{digest.week_label}"


def idempotency_key(pa: str, digest: Digest) -> str:
    return f"digest:{_week_tag(pa, digest)}"


def compose_digest(config: Config, pa: str, digest: Digest, now: dt.datetime) -> Composed:
    """The digest mail: text and HTML alternatives, one Message-ID per PA and ISO week.

    Message-ID <bp.digest-{hash of the PA}-{YYYY}W{WW}.digest@{domain}>: deterministic, so
    the outbox finds a digest already sent after a crash, and classifiers.inquiry
    recognises it as ours (a PA whose address is also a watched mailbox gets no receipt).
    It is sent from the first of the PA's mailboxes, through that mailbox's transport.
    """
    sender = config.mailbox(digest.mailbox_ids[0]).address
    msgid = message_id(f"digest-{_week_tag(pa, digest)}", KIND, config.id_domain)
    msg = new_message(sender=sender, sender_name=f"Borgerpost, {config.municipality}",
                      to=(pa,), subject=subject_of(digest), msgid=msgid, in_reply_to=None,
                      auto_submitted="auto-generated", date=now)
    msg.set_content(render_text(digest))
    msg.add_alternative(render_html(digest), subtype="html")
    return Composed(KIND, msgid, (pa,), msg.as_bytes())


def due_digests(config: Config, now: dt.datetime,
                last_sent: Mapping[str, dt.datetime],
                installed: dt.datetime | None = None) -> list[str]:
    """The PAs whose digest is due at `now` (pure).

    Due from the configured weekday and time, in the municipality's time zone, until the
    end of that ISO week, unless one was already sent (or enqueued) this ISO week: a
    daemon that was down on Monday morning sends on Tuesday, never twice.

    `installed` (when Borgerpost first watched a mailbox): a week whose digest fell due
    before that is skipped, so that the first start is quiet here too. A daemon first
    started on a Wednesday sends its first digest the next Monday, not at once.
    """
    zone = ZoneInfo(config.calendar.timezone)
    local = now.astimezone(zone)
    year, week, weekday = local.isocalendar()
    target = (WEEKDAYS.index(config.digest.weekday) + 1,
              config.digest.time.replace(tzinfo=None))
    if (weekday, local.time().replace(tzinfo=None)) < target:
        return []
    if installed is not None:
        due_day = dt.date.fromisocalendar(year, week, target[0])
        due_at = dt.datetime.combine(due_day, target[1], tzinfo=zone)
        if installed > due_at:
            return []
    due = []
    for pa in recipients(config):
        sent = last_sent.get(pa)
        if sent is not None and sent.astimezone(zone).isocalendar()[:2] == (year, week):
            continue
        due.append(pa)
    return due


def last_sent(session: Session) -> dict[str, dt.datetime]:
    """PA address -> when their newest digest was enqueued (any outbox state)."""
    found: dict[str, dt.datetime] = {}
    for payload, created in session.execute(
            select(Outbox.payload, Outbox.created_at).where(Outbox.kind == KIND)).all():
        pa = (payload or {}).get("pa")
        if isinstance(pa, str) and (pa not in found or created > found[pa]):
            found[pa] = created
    return found


def enqueue_digests(store: Store, config: Config, now: dt.datetime,
                    force: bool = False) -> list[str]:
    """Put the due digests in the outbox; returns the PAs whose digest was enqueued.

    Exactly once per PA per ISO week: the idempotency key holds the PA's hash and the
    week, and the outbox's unique key stops a second scheduler that raced this one.
    `force` (`borgerpost digest --send`) ignores the weekday and time, not the week.
    """
    if not config.digest.enabled and not force:
        return []
    with store.sessions() as s:
        sent = last_sent(s)
        # No mailbox watched yet: this pass is the first start.
        installed = s.scalar(select(func.min(MailboxState.first_start))) or now
    pas = (list(recipients(config)) if force
           else due_digests(config, now, sent, installed=installed))
    groups = recipients(config)
    enqueued = []
    for pa in pas:
        week = ""
        try:
            with store.transaction() as s:
                digest = build_digest(s, config, pa, groups[pa], now)
                key, week = idempotency_key(pa, digest), digest.week_label
                if s.scalar(select(Outbox.id).where(Outbox.idempotency_key == key)):
                    continue
                composed = compose_digest(config, pa, digest, now)
                s.add(Outbox(case_id=None, mailbox_id=digest.mailbox_ids[0], kind=KIND,
                             idempotency_key=key, message_id=composed.message_id,
                             recipients=list(composed.recipients), external=False,
                             raw=composed.raw, state="pending", created_at=now,
                             payload={"pa": pa, "week": digest.week_label}))
                store.event(s, now, "digest.enqueued", mailbox_id=digest.mailbox_ids[0],
                            week=digest.week_label, cases=len(digest.rows))
        except IntegrityError:
            continue   # another process enqueued the same key first
        enqueued.append(pa)
        # The PA as a hash: no addresses in clear in the log (DESIGN.md).
        logs.info("digest.enqueued", pa=logs.short_hash(pa), week=week)
    return enqueued


def _file_stem(pa: str) -> str:
    return "digest-" + re.sub(r"[^a-z0-9._-]+", "_", pa.lower().replace("@", "-at-"))


def write_preview(config: Config, now: dt.datetime, out_dir: Path,
                  store: Store | None = None) -> list[Path]:
    """`borgerpost digest --preview DIR`: each PA's digest as .html, .txt and .eml files."""
    store = store or Store.open(config.database)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with store.sessions() as s:
        for pa, ids in recipients(config).items():
            digest = build_digest(s, config, pa, ids, now)
            composed = compose_digest(config, pa, digest, now)
            stem = out_dir / _file_stem(pa)
            for suffix, data in ((".html", render_html(digest).encode("utf-8")),
                                 (".txt", render_text(digest).encode("utf-8")),
                                 (".eml", composed.raw)):
                path = Path(f"{stem}{suffix}")
                path.write_bytes(data)
                written.append(path)
    return written

