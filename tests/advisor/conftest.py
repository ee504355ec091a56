"""Fixtures for the citizen advisor (issue 8): a migrated store and seed 002's years."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from daemon.store.advisor_models import AdvisorRegistration
from daemon.store.db import Store
from daemon.store.models import Case

NOW = dt.datetime(2024, 1, 15, 9, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Centre:
    id: str
    name: str


# rules.yaml's centres, in its order (seed 002 names them the same way).
CENTRES = (Centre("boern-forebyggelse", "Center for Børn og Forebyggelse"),
           Centre("beskaeftigelse-erhverv", "Center for Beskæftigelse og Erhverv"),
           Centre("borger-oekonomi-it", "Center for Borger, Økonomi og IT"),
           Centre("byudvikling-natur", "Center for Byudvikling og Natur"),
           Centre("voksne-velfaerd", "Center for Voksne og Velfærd"))

# Seed 002, the 2023 report: 58 inquiries, 35 guidance or way-finding, 23 complaints.
# Per centre (its section texts and pies): Børn og Forebyggelse 11 = 7 klager + 4 andre;
# Beskæftigelse og Erhverv 9 = 78 % andre / 22 % klage = 7 + 2; Borger, Økonomi og IT 6,
# all "andre"; Byudvikling og Natur 2; Voksne og Velfærd 27 = 52 % andre / 48 % klage =
# 14 + 13. That is 55; the centre pie's shares (20/16/11/4/49 %) are of 55, so 3 of the
# 58 concern no centre: 1 complaint and 2 others make the totals 23 and 35.
SEED_2023 = {  # centre: (klager, andre)
    "boern-forebyggelse": (7, 4),
    "beskaeftigelse-erhverv": (2, 7),
    "borger-oekonomi-it": (0, 6),
    "byudvikling-natur": (0, 2),
    "voksne-velfaerd": (13, 14),
    None: (1, 2),
}
# Seed 002's "sidste årsberetning" (August–December 2022): 1 / 4 / 3 / 1 / 21 per centre
# and 13 klageforhold; the split per centre is not given, this one adds up to 13.
SEED_2022 = {
    "boern-forebyggelse": (1, 0),
    "beskaeftigelse-erhverv": (2, 2),
    "borger-oekonomi-it": (0, 3),
    "byudvikling-natur": (0, 1),
    "voksne-velfaerd": (10, 11),
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'advisor.db'}")
    yield opened
    opened.engine.dispose()


def add_case(store: Store, number: str, received: dt.datetime, centre: str | None = None,
             mailbox: str = "borgerraadgiver") -> int:
    with store.transaction() as s:
        case = Case(number=number, mailbox_id=mailbox, state="receipted", reason="citizen",
                    centre=centre, sensitive="", citizen_addr=None, citizen_name=None,
                    forwarded_by=None, subject=None, inquiry_message_id=f"<{number}@x>",
                    received_at=received, answer_deadline=None, draft_deadline=None,
                    created_at=received, updated_at=received)
        s.add(case)
        s.flush()
        return case.id


def register_year(store: Store, year: int, plan: dict[str | None, tuple[int, int]],
                  start: dt.date, follow_ups: int = 0,
                  follow_up_centre: str = "voksne-velfaerd") -> None:
    """Register a year of inquiries as the advisor would have: spread over the period
    from `start`, guidance and way-finding alternating, the last `follow_ups` complaints
    of `follow_up_centre` registered as follow-up cases of its first complaint."""
    serial = 0
    days = (dt.date(year, 12, 31) - start).days
    with store.transaction() as s:
        for centre, (complaints, others) in plan.items():
            main_id: int | None = None
            main_case: int | None = None
            for i in range(complaints + others):
                serial += 1
                on = start + dt.timedelta(days=((serial - 1) * 7) % days)
                complaint = i < complaints
                category = "klage" if complaint else ("vejledning" if i % 2 else "vejvisning")
                follow = (complaint and main_id is not None and centre == follow_up_centre
                          and i >= complaints - follow_ups)
                if follow:
                    case_id = main_case     # a follow-up shares the inquiry's case
                else:
                    number = f"BH-{year}-{serial:05d}"
                    case = Case(number=number, mailbox_id="borgerraadgiver", state="closed",
                                reason="citizen", centre=centre, sensitive="",
                                citizen_addr=None, citizen_name=None, forwarded_by=None,
                                subject=None, inquiry_message_id=f"<{number}@x>",
                                received_at=NOW, answer_deadline=None, draft_deadline=None,
                                created_at=NOW, updated_at=NOW)
                    s.add(case)
                    s.flush()
                    case_id = case.id
                reg = AdvisorRegistration(
                    case_id=case_id, category=category, suggested_category=category,
                    investigation=False, centre=centre, anonymous=False, competence="",
                    follow_up_of=main_id if follow else None,
                    follow_up_reason="klagepunkt" if follow else None, registered_on=on,
                    callback_deadline=None, statement_deadline=None,
                    corrected_by_person=False, created_at=NOW, updated_at=NOW)
                s.add(reg)
                s.flush()
                if complaint and main_id is None:
                    main_id, main_case = reg.id, case_id
