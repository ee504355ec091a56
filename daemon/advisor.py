"""The citizen advisor's registration, corrections from Outlook, and deadlines (issue 8).

The advisor is independent of the administration (seed 001): nothing here forwards an
inquiry. For each inquiry in a `citizen_advisor` mailbox Borgerpost

* registers a main case (hovedsag) and one follow-up case (følgesag) per further
  complaint point (seed 001 6.a), with the category, centre and competence flags the
  classifiers suggest (classifiers.advisor);
* shows the suggestion as Outlook categories on the inquiry ("Forslag: Klage",
  "Forslag: Center for …", "Kompetence: ældre end 1 år", "Anonym") and, when a
  competence question arises, in a short note to the advisor's own address;
* reads the advisor's corrections back from the categories a person sets
  ("Klage", "Vejledning", "Vejvisning", "Undersøgelse", a centre's name, "Anonym",
  "Klagepunkter: 3", "Rykker: 1"). Borgerpost's own suggestions carry a prefix, so they
  are never mistaken for a person's correction.

Anonymity (seed 003 "Tavshedspligt og anonymitet"): an anonymous citizen's name and the
subject are removed from the case; the address stays, because the advisor answers there,
and never leaves the advisor's mailbox: reports and CSV hold counts only, logs hold ids
and codes, the note holds neither.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from classifiers import advisor as clf
from daemon import logs
from daemon.compose import Composed
from daemon.core.classification import Classification
from daemon.core.message import Message
from daemon.mail.build import message_id, new_message
from daemon.render import render
from daemon.store.advisor_models import AdvisorRegistration
from daemon.store.db import Store
from daemon.store.models import Body, Case, Outbox, Processed

if TYPE_CHECKING:
    from daemon.classify import Classifier
    from daemon.config.schema import Config

SUGGESTION_PREFIX = "Forslag: "
COMPETENCE_PREFIX = "Kompetence: "
ANONYMOUS = "Anonym"
INVESTIGATION = "Undersøgelse"
# Seed 003: the centre's written statement in an investigation "senest inden for to uger".
STATEMENT_DAYS = 14
NOTE_KEY = "advisor-note"

_PERSON_CATEGORIES = {"klage": "klage", "klagesag": "klage", "vejledning": "vejledning",
                      "vejledningssag": "vejledning", "vejvisning": "vejvisning",
                      "vejvisningssag": "vejvisning"}
_INVESTIGATION_WORDS = {"undersøgelse", "undersøgelsessag"}
_COUNT = re.compile(r"^(klagepunkter|rykkere?)\s*:?\s*(\d{1,2})$")


class CentreLike(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...


@dataclass(frozen=True)
class Suggestion:
    """What the classifiers suggest for one inquiry (plain data; `explain` can print it)."""

    category: clf.AdvisorCategory
    centre: str | None
    anonymous: bool
    flags: tuple[clf.CompetenceFlag, ...]
    points: int


def suggest(message: Message, classification: Classification, today: dt.date) -> Suggestion:
    # The advisor's inquiries are the citizen's own words; a forwarded original (rare here)
    # is read as well, as the routing classifier does.
    subject, text = message.subject, message.text
    if classification.forwarded is not None:
        subject = f"{subject}\n{classification.forwarded.subject or ''}"
        text = f"{text}\n{classification.forwarded.text}"
    return Suggestion(category=clf.categorise(subject, text), centre=classification.centre,
                      anonymous=clf.wants_anonymity(f"{subject}\n{text}"),
                      flags=clf.competence_flags(subject, text, today),
                      points=clf.complaint_points(text))


def _scrub_case(case: Case) -> None:
    """Seed 003: an anonymous citizen's identity is never passed on. The address stays
    (the advisor answers there, from their own mailbox); name and subject go."""
    case.citizen_name = None
    case.subject = None


def _main(session: Session, case: Case) -> AdvisorRegistration | None:
    return session.scalar(select(AdvisorRegistration).where(
        AdvisorRegistration.case_id == case.id, AdvisorRegistration.follow_up_of.is_(None))
        .order_by(AdvisorRegistration.id).limit(1))


def _follow_ups(session: Session, main: AdvisorRegistration,
                reason: str | None = None) -> list[AdvisorRegistration]:
    query = select(AdvisorRegistration).where(AdvisorRegistration.follow_up_of == main.id)
    if reason is not None:
        query = query.where(AdvisorRegistration.follow_up_reason == reason)
    return list(session.scalars(query.order_by(AdvisorRegistration.id)).all())


def _follow_up(main: AdvisorRegistration, reason: str, now: dt.datetime,
               centre: str | None = None, category: str | None = None) -> AdvisorRegistration:
    return AdvisorRegistration(
        case_id=main.case_id, category=category or main.category,
        suggested_category=main.suggested_category, investigation=False,
        centre=centre if reason == "center" else main.centre, anonymous=main.anonymous,
        competence=main.competence, follow_up_of=main.id, follow_up_reason=reason,
        registered_on=main.registered_on, callback_deadline=None, statement_deadline=None,
        corrected_by_person=False, created_at=now, updated_at=now)


def register(session: Session, case: Case, message: Message, classification: Classification,
             today: dt.date, *, now: dt.datetime | None = None,
             callback_deadline: dt.date | None = None) -> AdvisorRegistration:
    """Register an advisor inquiry: the main case and its follow-ups (seed 001 6.a).

    Idempotent: a case that is already registered returns its main registration. `today`
    is the local date of arrival (the report's year); `callback_deadline` the receipt's
    call-back date (seed 001: "indenfor 1 arbejdsdøgn").
    """
    existing = _main(session, case)
    if existing is not None:
        return existing
    now = now or case.created_at
    found = suggest(message, classification, today)
    category = found.category.category
    main = AdvisorRegistration(
        case_id=case.id, category=category, suggested_category=category, investigation=False,
        centre=found.centre, anonymous=found.anonymous,
        competence=",".join(f.code for f in found.flags), follow_up_of=None,
        follow_up_reason=None, registered_on=today, callback_deadline=callback_deadline,
        statement_deadline=None, corrected_by_person=False, created_at=now, updated_at=now)
    session.add(main)
    session.flush()
    for _ in range(found.points - 1):
        session.add(_follow_up(main, "klagepunkt", now))
    if found.anonymous:
        _scrub_case(case)
    session.flush()
    logs.info("advisor.registered", case=case.number, category=category,
              score=found.category.score, centre=found.centre, anonymous=found.anonymous,
              competence=main.competence, follow_ups=found.points - 1)
    return main


# -- what the advisor sees in Outlook ----------------------------------------------------

def suggestion_categories(main: AdvisorRegistration, points: int,
                          centres: Sequence[CentreLike]) -> tuple[str, ...]:
    names = {c.id: c.name for c in centres}
    out = [SUGGESTION_PREFIX + clf.CATEGORY_LABELS[main.category]]
    if main.centre:
        out.append(SUGGESTION_PREFIX + names.get(main.centre, main.centre))
    if points > 1:
        out.append(f"{SUGGESTION_PREFIX}{points} klagepunkter")
    out.extend(COMPETENCE_PREFIX + clf.COMPETENCE_LABELS[code]
               for code in main.competence_codes if code in clf.COMPETENCE_LABELS)
    if main.anonymous:
        out.append(ANONYMOUS)
    return tuple(out)


def advisor_note(case: Case, main: AdvisorRegistration, points: int, *, mailbox_address: str,
                 municipality: str, id_domain: str, centre_name: str | None,
                 received: dt.date, now: dt.datetime) -> Composed:
    """The short note to the advisor's own address about competence questions.

    It goes to the advisor's mailbox only, never to a centre ("no forward ever"), and
    holds neither the citizen's name, address nor words: the inquiry itself is beside it.
    """
    flags = [(clf.COMPETENCE_LABELS[c], clf.COMPETENCE_RULES[c]) for c in main.competence_codes
             if c in clf.COMPETENCE_LABELS]
    msgid = message_id(case.number, NOTE_KEY, id_domain)
    msg = new_message(sender=mailbox_address, sender_name=f"Borgerpost, {municipality}",
                      to=(mailbox_address,),
                      subject=f"[{case.number}] Borgerrådgiver: vurder kompetencen",
                      msgid=msgid, in_reply_to=case.inquiry_message_id,
                      auto_submitted="auto-generated", date=now)
    msg.set_content(render(
        "advisor_note.txt.j2", case_number=case.number, received=received,
        category_label=clf.CATEGORY_LABELS[main.category], centre_name=centre_name,
        points=points, anonymous=main.anonymous, callback_deadline=main.callback_deadline,
        flags=flags, municipality=municipality))
    return Composed("notice", msgid, (mailbox_address,), msg.as_bytes())


def register_inquiry(session: Session, case: Case, message: Message,
                     classification: Classification, *, mailbox_id: str, mailbox_address: str,
                     folder: str, uid: str, centres: Sequence[CentreLike], municipality: str,
                     id_domain: str, today: dt.date, now: dt.datetime,
                     callback_deadline: dt.date | None = None) -> AdvisorRegistration:
    """`register` plus its outbox rows, for the runner's persist (one transaction):
    the suggestion categories on the inquiry and, with competence flags, the note."""
    already = _main(session, case) is not None
    main = register(session, case, message, classification, today, now=now,
                    callback_deadline=callback_deadline)
    if already:
        return main
    points = 1 + len(_follow_ups(session, main, "klagepunkt"))
    session.add(Outbox(
        case_id=case.id, mailbox_id=mailbox_id, kind="categories",
        idempotency_key=f"advisor-categories:{mailbox_id}:{folder}:{uid}",
        payload={"folder": folder, "uid": uid,
                 "categories": list(suggestion_categories(main, points, centres))},
        state="pending", created_at=now, recipients=[]))
    if main.competence_codes:
        names = {c.id: c.name for c in centres}
        note = advisor_note(case, main, points, mailbox_address=mailbox_address,
                            municipality=municipality, id_domain=id_domain,
                            centre_name=names.get(main.centre or ""), received=today, now=now)
        # The note goes to the advisor's own address and nowhere else.
        assert note.recipients == (mailbox_address,)
        session.add(Outbox(
            case_id=case.id, mailbox_id=mailbox_id, kind=note.key,
            idempotency_key=f"{case.number}.{NOTE_KEY}", message_id=note.message_id,
            recipients=list(note.recipients), external=False, raw=note.raw,
            state="pending", created_at=now, payload={}))
    return main


# -- corrections from Outlook ------------------------------------------------------------

def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().replace("&", " og ")
    return " ".join(re.sub(r"[,.]", " ", text).split())


def _centre_of(word: str, centres: Sequence[CentreLike]) -> str | None:
    for centre in centres:
        name = _norm(centre.name)
        short = name.removeprefix("center for ")
        if word in (centre.id.casefold(), name, short):
            return centre.id
    return None


@dataclass(frozen=True)
class Corrections:
    """What a person's categories say; None/empty where they say nothing."""

    category: str | None = None
    investigation: bool = False
    centres: tuple[str, ...] = ()
    anonymous: bool = False
    points: int | None = None
    reminders: int | None = None


def read_corrections(categories: Iterable[str], centres: Sequence[CentreLike]) -> Corrections:
    """The person's categories, Borgerpost's own (prefixed) ones ignored.

    Several category words: an investigation wins, then klage, vejledning, vejvisning (a
    complaint counted as guidance would vanish from the complaint statistics).
    """
    category: str | None = None
    investigation = anonymous = False
    found_centres: list[str] = []
    points = reminders = None
    order = {"klage": 0, "vejledning": 1, "vejvisning": 2}
    for raw in categories:
        if raw.startswith((SUGGESTION_PREFIX, COMPETENCE_PREFIX)):
            continue
        word = _norm(raw)
        if word in _INVESTIGATION_WORDS:
            investigation, category = True, "klage"
        elif word in _PERSON_CATEGORIES:
            picked = _PERSON_CATEGORIES[word]
            if category is None or order[picked] < order[category]:
                category = picked
        elif word == _norm(ANONYMOUS) or word == "anonymt":
            anonymous = True
        elif match := _COUNT.match(word):
            if match.group(1).startswith("klage"):
                points = max(1, int(match.group(2)))
            else:
                reminders = int(match.group(2))
        elif (centre := _centre_of(word, centres)) is not None and centre not in found_centres:
            found_centres.append(centre)
    return Corrections(category, investigation, tuple(found_centres), anonymous, points,
                       reminders)


def _resize(session: Session, main: AdvisorRegistration, reason: str, wanted: int,
            now: dt.datetime) -> bool:
    rows = _follow_ups(session, main, reason)
    if len(rows) == wanted:
        return False
    for _ in range(wanted - len(rows)):
        session.add(_follow_up(main, reason, now))
    for row in rows[wanted:]:
        session.delete(row)
    return True


def apply_corrections(session: Session, case: Case, categories: Iterable[str], *,
                      centres: Sequence[CentreLike], today: dt.date,
                      now: dt.datetime) -> bool:
    """Apply the advisor's categories to the case's registrations. Returns True when
    something changed. Idempotent: the same categories again change nothing.

    Categories only add: a category the person removes later does not undo a correction
    (Maildir keeps categories by merging, and "Undersøgelse" once begun stays begun).
    """
    main = _main(session, case)
    if main is None:
        return False
    wanted = read_corrections(categories, centres)
    changed = False
    if wanted.category is not None and wanted.category != main.category:
        main.category = wanted.category
        for row in _follow_ups(session, main, "klagepunkt"):
            row.category = wanted.category
        changed = True
    if wanted.investigation and not main.investigation:
        main.investigation = True
        main.category = "klage"
        main.statement_deadline = today + dt.timedelta(days=STATEMENT_DAYS)
        changed = True
    if wanted.centres:
        if main.centre not in wanted.centres:
            main.centre = wanted.centres[0]
            for row in _follow_ups(session, main):
                if row.follow_up_reason != "center":
                    row.centre = main.centre
            changed = True
        # Seed 001 6.a ("enkeltsags-princippet"): one registration per further centre.
        others = [c for c in wanted.centres if c != main.centre]
        have = {r.centre for r in _follow_ups(session, main, "center")}
        for centre in others:
            if centre not in have:
                session.add(_follow_up(main, "center", now, centre=centre))
                changed = True
    if wanted.anonymous and not main.anonymous:
        main.anonymous = True
        for row in _follow_ups(session, main):
            row.anonymous = True
        _scrub_case(case)
        changed = True
    if wanted.points is not None:
        changed |= _resize(session, main, "klagepunkt", wanted.points - 1, now)
    if wanted.reminders is not None:
        changed |= _resize(session, main, "rykker", wanted.reminders, now)
    if changed:
        main.corrected_by_person = True
        main.updated_at = now
        session.flush()
        logs.info("advisor.corrected", case=case.number, category=main.category,
                  investigation=main.investigation, centre=main.centre,
                  anonymous=main.anonymous)
    return changed


def record_reminder(session: Session, case: Case, now: dt.datetime) -> AdvisorRegistration | None:
    """The advisor reminded a centre on the citizen's behalf: a follow-up case (seed 001
    6.a: "efterfølgende rykkere blive registreret som selvstændige følgesager")."""
    main = _main(session, case)
    if main is None:
        return None
    row = _follow_up(main, "rykker", now)
    session.add(row)
    session.flush()
    return row


def sync_corrections(session: Session, source: object, mailbox_id: str,
                     centres: Sequence[CentreLike], today: dt.date, now: dt.datetime,
                     days: int = 120) -> int:
    """Read the categories of this mailbox's registered inquiries and apply them.

    For sources that can read categories back (Maildir: .borgerpost/categories/<uid>;
    Graph and EWS: one request per case). Sources without `categories(uid)` are skipped.
    Only cases of the last `days` days are read: each read may be a request, and the
    advisor corrects a registration while the case is live.
    """
    read = getattr(source, "categories", None)
    if read is None:
        return 0
    since = now - dt.timedelta(days=days)
    rows = session.execute(
        select(Case, Processed.uid)
        .join(Processed, Processed.case_id == Case.id)
        .join(AdvisorRegistration, AdvisorRegistration.case_id == Case.id)
        .where(Case.mailbox_id == mailbox_id, Case.created_at >= since,
               AdvisorRegistration.follow_up_of.is_(None))).all()
    changed = 0
    for case, uid in rows:
        if apply_corrections(session, case, read(uid), centres=centres, today=today, now=now):
            changed += 1
    return changed


# -- deadlines ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Due:
    case_number: str
    kind: str            # "callback" (seed 001) | "statement" (seed 003)
    deadline: dt.date


def due(session: Session, today: dt.date, open_states: Iterable[str]) -> list[Due]:
    """Advisor deadlines reached by `today` on open cases, for the reminder scheduler."""
    states = tuple(open_states)
    out: list[Due] = []
    rows = session.execute(
        select(Case.number, AdvisorRegistration)
        .join(AdvisorRegistration, AdvisorRegistration.case_id == Case.id)
        .where(Case.state.in_(states), AdvisorRegistration.follow_up_of.is_(None))).all()
    for number, reg in rows:
        if reg.callback_deadline is not None and reg.callback_deadline <= today:
            out.append(Due(number, "callback", reg.callback_deadline))
        if reg.statement_deadline is not None and reg.statement_deadline <= today:
            out.append(Due(number, "statement", reg.statement_deadline))
    return sorted(out, key=lambda d: (d.deadline, d.case_number, d.kind))


def is_anonymous(session: Session, case_id: int) -> bool:
    """For digests and other outputs: must this case's citizen stay unnamed?"""
    return bool(session.scalar(select(AdvisorRegistration.id).where(
        AdvisorRegistration.case_id == case_id, AdvisorRegistration.anonymous.is_(True))
        .limit(1)))


def backfill(store: Store, config: Config, classifier: Classifier, now: dt.datetime) -> int:
    """Register the advisor cases that have no registration yet: cases from before
    migration 0003, or from a runner that does not call `register_inquiry` in persist.
    Each case in its own transaction, from the stored inbound message. Returns the count."""
    from daemon.mail.parse import parse

    zone = ZoneInfo(config.calendar.timezone)
    advisor_boxes = {m.id: m for m in config.mailboxes if m.role == "citizen_advisor"}
    with store.sessions() as s:
        done = select(AdvisorRegistration.case_id)
        ids = list(s.scalars(select(Case.id).where(
            Case.mailbox_id.in_(tuple(advisor_boxes)), Case.id.not_in(done))
            .order_by(Case.id)).all())
    count = 0
    for case_id in ids:
        with store.transaction() as s:
            case = s.get(Case, case_id)
            body = s.scalar(select(Body).where(Body.case_id == case_id).limit(1))
            ref = s.scalar(select(Processed).where(Processed.case_id == case_id)
                           .order_by(Processed.id).limit(1))
            if case is None or body is None or body.raw is None or ref is None:
                continue   # purged (retention) or never stored: nothing to read
            message = parse(body.raw)
            today = case.received_at.astimezone(zone).date()
            mailbox = advisor_boxes[case.mailbox_id]
            register_inquiry(
                s, case, message, classifier.classify(message, today=today),
                mailbox_id=mailbox.id, mailbox_address=mailbox.address, folder=ref.folder,
                uid=ref.uid, centres=config.centres, municipality=config.municipality,
                id_domain=config.id_domain, today=today, now=now,
                callback_deadline=_callback(config, case.received_at))
            count += 1
    return count


def _callback(config: Config, arrived: dt.datetime) -> dt.date:
    from daemon.config import policy_from_config

    policy = policy_from_config(config)
    return policy.calendar.deadline(arrived, policy.advisor_callback_days)
