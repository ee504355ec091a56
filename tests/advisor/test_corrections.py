"""Corrections by the advisor from Outlook categories, follow-ups, deadlines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from daemon import advisor
from daemon.core import lifecycle
from daemon.core.classification import Classification
from daemon.core.message import Address, Message
from daemon.mailboxes.base import MessageRef
from daemon.mailboxes.maildir import MaildirSource
from daemon.store.advisor_models import AdvisorRegistration
from daemon.store.db import Store
from daemon.store.models import Case, Processed

from .conftest import CENTRES, add_case

ARRIVED = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 23)


def _message(text: str, subject: str = "Henvendelse") -> Message:
    return Message(message_id="<m@x>", subject=subject,
                   sender=Address("ole@example.dk", "Ole Olsen"), text=text)


def _registered(store: Store, text: str, centre: str | None = None) -> int:
    case_id = add_case(store, "BH-2026-00001", ARRIVED)
    with store.transaction() as s:
        case = s.get(Case, case_id)
        assert case is not None
        s.add(Processed(mailbox_id="borgerraadgiver", folder="maildir", uid="u1",
                        message_id_hash="h", arrived_at=ARRIVED, processed_at=ARRIVED,
                        outcome="citizen", case_id=case_id))
        advisor.register(s, case, _message(text), Classification(centre=centre), TODAY,
                         now=ARRIVED, callback_deadline=TODAY + dt.timedelta(days=1))
    return case_id


def _regs(store: Store) -> list[AdvisorRegistration]:
    with store.sessions() as s:
        return list(s.scalars(select(AdvisorRegistration).order_by(AdvisorRegistration.id)))


def test_follow_ups_per_complaint_point(store: Store) -> None:
    _registered(store, "Jeg vil klage over ventetiden.\n\nJeg vil også klage over tonen.\n\n"
                       "Derudover er jeg utilfreds med vejledningen.", "voksne-velfaerd")
    regs = _regs(store)
    assert len(regs) == 3
    main, *follow = regs
    assert main.follow_up_of is None and main.category == "klage"
    assert all(r.follow_up_of == main.id and r.follow_up_reason == "klagepunkt"
               and r.centre == "voksne-velfaerd" for r in follow)


def test_register_is_idempotent(store: Store) -> None:
    case_id = _registered(store, "Jeg vil klage over ventetiden.")
    with store.transaction() as s:
        case = s.get(Case, case_id)
        assert case is not None
        advisor.register(s, case, _message("x"), Classification(), TODAY, now=ARRIVED)
    assert len(_regs(store)) == 1


def test_corrections_from_outlook_categories(store: Store, tmp_path: Path) -> None:
    case_id = _registered(store, "Hvordan søger jeg om en plejebolig?")
    assert _regs(store)[0].category == "vejledning"
    source = MaildirSource("borgerraadgiver", tmp_path / "mail")
    ref = MessageRef("borgerraadgiver", "maildir", "u1")
    # Borgerpost's own suggestions are on the message; they never count as corrections.
    source.set_categories(ref, ["Forslag: Vejledning", "Kompetence: ældre end 1 år"])
    with store.transaction() as s:
        assert advisor.sync_corrections(s, source, "borgerraadgiver", CENTRES, TODAY,
                                        ARRIVED) == 0
    # The advisor marks an investigation, two centres, anonymity and two complaint points.
    source.set_categories(ref, ["Undersøgelse", "Voksne og Velfærd",
                                "Center for Borger, Økonomi & IT", "Anonym", "Klagepunkter: 2"])
    with store.transaction() as s:
        assert advisor.sync_corrections(s, source, "borgerraadgiver", CENTRES, TODAY,
                                        ARRIVED) == 1
    main, *follow = _regs(store)
    assert main.category == "klage" and main.investigation and main.corrected_by_person
    assert main.suggested_category == "vejledning"
    # Seed 003: the centre's statement within two weeks.
    assert main.statement_deadline == TODAY + dt.timedelta(days=14)
    assert main.centre == "voksne-velfaerd" and main.anonymous
    assert sorted((r.follow_up_reason, r.centre) for r in follow) == [
        ("center", "borger-oekonomi-it"), ("klagepunkt", "voksne-velfaerd")]
    with store.sessions() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.citizen_name is None
    # The same categories again change nothing.
    with store.transaction() as s:
        assert advisor.sync_corrections(s, source, "borgerraadgiver", CENTRES, TODAY,
                                        ARRIVED) == 0
    assert len(_regs(store)) == 3


def test_reminder_to_a_centre_is_a_follow_up(store: Store) -> None:
    case_id = _registered(store, "Jeg vil klage over ventetiden.", "voksne-velfaerd")
    with store.transaction() as s:
        case = s.get(Case, case_id)
        assert case is not None
        row = advisor.record_reminder(s, case, ARRIVED)
        assert row is not None and row.follow_up_reason == "rykker"
        # "Rykker: 1" set by the advisor agrees with it: nothing changes.
        assert not advisor.apply_corrections(s, case, ["Rykker: 1"], centres=CENTRES,
                                             today=TODAY, now=ARRIVED)


def test_read_corrections_precedence() -> None:
    found = advisor.read_corrections(["Vejvisning", "Klage", "borger-oekonomi-it"], CENTRES)
    assert found.category == "klage" and found.centres == ("borger-oekonomi-it",)
    assert advisor.read_corrections(["Forslag: Klage", "Kompetence: privatretligt"],
                                    CENTRES) == advisor.Corrections()


def test_deadlines_due(store: Store) -> None:
    case_id = _registered(store, "Jeg vil klage over ventetiden.")
    with store.transaction() as s:
        case = s.get(Case, case_id)
        assert case is not None
        advisor.apply_corrections(s, case, ["Undersøgelse"], centres=CENTRES, today=TODAY,
                                  now=ARRIVED)
    with store.sessions() as s:
        assert advisor.due(s, TODAY, lifecycle.OPEN_STATES) == []
        due = advisor.due(s, TODAY + dt.timedelta(days=14), lifecycle.OPEN_STATES)
    assert [(d.kind, d.deadline) for d in due] == [
        ("callback", TODAY + dt.timedelta(days=1)), ("statement", TODAY + dt.timedelta(days=14))]


def test_suggestion_categories(store: Store) -> None:
    _registered(store, "Naboens hæk er for høj, og jeg er utilfreds med jer.\n\n"
                       "Jeg vil også klage over tonen.", "byudvikling-natur")
    main = _regs(store)[0]
    assert advisor.suggestion_categories(main, 2, CENTRES) == (
        "Forslag: Klage", "Forslag: Center for Byudvikling og Natur", "Forslag: 2 klagepunkter",
        "Kompetence: privatretligt")
