"""The case lifecycle over several weeks of --now (issue 7's "done when").

Four inquiries reach the mayor's PA on Monday 23 November 2026 (answer deadline Monday
7 December, draft deadline Wednesday 2 December). Staff decide by mail in the case
thread; the scheduler reminds on working days within office hours only.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from pathlib import Path

import pytest
from sqlalchemy import select

from daemon.config import load_config
from daemon.core.lifecycle import TRANSITIONS, next_state
from daemon.runner import Runner
from daemon.store.db import Store
from daemon.store.models import Case, Event

from .conftest import deliver, eml, without_digest

CET = dt.timezone(dt.timedelta(hours=1))


def at(day: int, month: int = 11, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=CET)


def staff_reply(number: str, first_line: str, *, sender: str = "centerchef.cvv@ishoj.dk",
                internal_marker: bool = True, n: int = 0) -> bytes:
    marker = "X-MS-Exchange-Organization-AuthAs: Internal\r\n" if internal_marker else ""
    return eml(sender=sender, subject=f"SV: [{number}] Borgerhenvendelse til besvarelse",
               message_id=f"<staff-{number}-{n}@ishoj.dk>",
               body=f"{first_line}\n\nVenlig hilsen\nCenterchefen",
               extra=f"In-Reply-To: <bp.{number}.forward@ishoj.dk>\r\n{marker}")


class World:
    def __init__(self, root: Path) -> None:
        rules = (Path(__file__).resolve().parent.parent / "rules.yaml").read_text("utf-8")
        rules = rules.replace("# cutoff: 2026-11-01T00:00:00+01:00",
                              "cutoff: 2026-11-01T00:00:00+01:00")
        (root / "rules.yaml").write_text(without_digest(rules), "utf-8")
        self.root = root
        self.config = load_config(root / "rules.yaml", env={})
        self.store = Store.open(self.config.database)
        self.n = 0

    def deliver(self, raw: bytes, when: dt.datetime, box: str = "borgmester-pa") -> None:
        self.n += 1
        deliver(self.root / "var/mail" / box, f"m{self.n:03d}", raw, when)

    def run(self, now: dt.datetime):
        return Runner(self.config, self.store, clock=lambda: now).run_once()

    def state(self, number: str) -> str:
        with self.store.sessions() as s:
            return s.scalars(select(Case.state).where(Case.number == number)).one()

    def sent(self) -> list[email.message.EmailMessage]:
        new = self.root / "var/outbox/new"
        return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
                for p in sorted(new.iterdir())] if new.exists() else []

    def reminders(self) -> list[tuple[str, str, str]]:
        out = []
        for m in self.sent():
            mid = m["Message-ID"]
            if ".reminder-" in mid:
                number, key = mid[4:].split(".", 1)
                out.append((number, key.split("@")[0], m["To"]))
        return sorted(out)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def test_several_weeks(world: World) -> None:
    topics = [("Hjemmeplejen kommer ikke", "Min mor får ikke sin hjemmehjælp af hjemmeplejen."),
              ("Skolebussen", "Skolebussen til folkeskolen kommer for sent hver dag."),
              ("Parkering ved stranden", "Der mangler parkeringspladser ved stranden og vejen."),
              ("Handicapbil", "Jeg har brug for hjælp til en kørestol og et hjælpemiddel, "
                              "handicap.")]
    for i, (subject, body) in enumerate(topics):
        world.deliver(eml(sender=f"Borger {i} <borger{i}@gmail.com>", subject=subject,
                          body=body, message_id=f"<inq{i}@gmail.com>"), at(23, hour=8))
    world.run(at(23, hour=9))
    assert [world.state(f"BH-2026-0000{i}") for i in range(1, 5)] == ["forwarded"] * 4
    a, b, c, d = (f"BH-2026-0000{i}" for i in range(1, 5))

    # Tuesday: the centre reports a draft for A; B is a personal answer; C goes to committee.
    world.deliver(staff_reply(a, "Udkast"), at(24, hour=10))
    world.deliver(staff_reply(b, "Personligt svar", sender="pa.borgmester@ishoj.dk"),
                  at(24, hour=10, minute=5))
    world.deliver(staff_reply(c, "Udvalg", sender="pa.borgmester@ishoj.dk"),
                  at(24, hour=10, minute=10))
    # Spoofs for D: "Besvaret" from outside, and from a chief's address without proof.
    world.deliver(staff_reply(d, "Besvaret", sender="angriber@gmail.com"), at(24, hour=11))
    world.deliver(staff_reply(d, "Besvaret", internal_marker=False, n=1),
                  at(24, hour=11, minute=5))
    world.run(at(24, hour=11, minute=30))
    assert world.state(a) == "draft_received"
    assert world.state(b) == "personal"
    assert world.state(c) == "committee"
    assert world.state(d) == "forwarded"          # the spoofed Besvaret did nothing
    journal = [m for m in world.sent() if m["To"] == "journalisering@ishoj.dk"]
    assert len(journal) == 1 and b in journal[0]["Subject"]

    # Every day from 25 Nov to 10 Dec at 09:00 and 18:00: reminders only in office hours.
    log: dict[str, list[tuple[str, str, str]]] = {}
    day = dt.date(2026, 11, 25)
    while day <= dt.date(2026, 12, 10):
        before = set(world.reminders())
        if day == dt.date(2026, 12, 4):
            world.deliver(staff_reply(a, "Forlæng 11-12-2026 Vi afventer en udtalelse fra "
                                      "en anden afdeling", n=2), at(4, 12, hour=8))
        if day == dt.date(2026, 12, 9):
            world.deliver(staff_reply(a, "Besvaret", n=3), at(9, 12, hour=8))
        if day == dt.date(2026, 12, 10):
            world.deliver(staff_reply(a, "Afsluttet", n=4), at(10, 12, hour=8))
        world.run(at(day.day, day.month, hour=18))      # outside office hours
        assert set(world.reminders()) == before, f"reminder outside office hours {day}"
        world.run(at(day.day, day.month, hour=9))
        log[day.isoformat()] = sorted(set(world.reminders()) - before)
        day += dt.timedelta(days=1)

    chief, pa = "centerchef.cvv@ishoj.dk", "pa.borgmester@ishoj.dk"
    assert log["2026-12-02"] == [(d, "reminder-draft_due-2026-12-02", chief)]
    # Two working days before 7 Dec is Thursday 3 Dec: A (draft in) and D still owe it.
    assert log["2026-12-03"] == [(a, "reminder-answer_due-2026-12-07", chief),
                                 (d, "reminder-answer_due-2026-12-07", chief)]
    # Overdue the first working day after the deadline, to the PA; A was extended on 4 Dec.
    assert log["2026-12-08"] == [(d, "reminder-overdue-2026-12-07", pa)]
    # A's new deadline 11 Dec: warned on Wednesday 9 Dec? No: answered on 9 Dec at 08:00.
    assert log["2026-12-09"] == []
    for quiet in ("2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29",
                  "2026-11-30", "2026-12-01", "2026-12-04", "2026-12-05", "2026-12-06",
                  "2026-12-07", "2026-12-10"):
        assert log[quiet] == [], quiet

    # The extension told the citizen the new date, in Danish, without the inquiry text.
    delay = [m for m in world.sent() if ".delay-" in m["Message-ID"]]
    assert len(delay) == 1 and delay[0]["To"] == "borger0@gmail.com"
    text = delay[0].get_content()
    assert "fredag den 11. december 2026" in text and "udtalelse fra en anden" in text
    assert "hjemmehjælp" not in text
    assert world.state(a) == "closed"
    assert world.state(d) == "forwarded"

    # The PA's weekly digest on Monday 14 December: D is overdue, B personal, C on a
    # committee agenda, A answered and closed last week, on time after its extension.
    from daemon.digest import build_digest, recipients

    monday = at(14, 12, hour=7, minute=30)
    with world.store.sessions() as s:
        pa_boxes = recipients(world.config)[pa]
        digest = build_digest(s, world.config, pa, pa_boxes, monday)
    rows = {row.number: row for row in digest.rows}
    assert set(rows) == {b, c, d}
    assert rows[d].overdue and not rows[b].overdue and not rows[c].overdue
    assert rows[b].state == "personal" and rows[c].state == "committee"
    assert dict(digest.state_counts) == {"forwarded": 1, "personal": 1, "committee": 1}
    assert digest.answered_last_week == 1 and digest.answered_on_time == 1

    # Every transition is in the audit log.
    with world.store.sessions() as s:
        events = s.scalars(select(Event).where(Event.kind == "case.transition")).all()
        steps = [(e.detail["from"], e.detail["to"]) for e in events
                 if e.case_id == 1]
    assert steps == [("received", "receipted"), ("receipted", "forwarded"),
                     ("forwarded", "draft_received"), ("draft_received", "extended"),
                     ("extended", "answered"), ("answered", "closed")]


def test_reroute_by_mail_sends_a_new_forward(world: World) -> None:
    world.deliver(eml(subject="Hjemmepleje", message_id="<x@gmail.com>"), at(23, hour=8))
    world.run(at(23, hour=9))
    world.deliver(staff_reply("BH-2026-00001", "Videresend Børn og Forebyggelse"),
                  at(23, hour=10))
    world.run(at(23, hour=11))
    forwards = [m for m in world.sent() if "forward" in m["Message-ID"]]
    assert {m["To"] for m in forwards} == {"centerchef.cvv@ishoj.dk", "centerchef.cbf@ishoj.dk"}
    with world.store.sessions() as s:
        assert s.scalars(select(Case.centre)).one() == "boern-forebyggelse"


def test_auto_delay_notice_when_configured(world: World) -> None:
    text = (world.root / "rules.yaml").read_text("utf-8").replace("delay_notice: manual",
                                                                  "delay_notice: auto")
    (world.root / "rules.yaml").write_text(text, "utf-8")
    world.config = load_config(world.root / "rules.yaml", env={})
    world.deliver(eml(subject="Hjemmepleje", message_id="<y@gmail.com>"), at(23, hour=8))
    world.run(at(23, hour=9))
    world.run(at(8, 12, hour=9))      # first working day after the deadline
    world.run(at(8, 12, hour=10))     # and again: nothing twice
    delay = [m for m in world.sent() if ".delay-" in m["Message-ID"]]
    assert len(delay) == 1
    assert "tirsdag den 15. december 2026" in delay[0].get_content()
    assert world.state("BH-2026-00001") == "extended"


def test_transition_table_is_closed() -> None:
    assert next_state("closed", "answered") is None
    assert next_state("received", "draft") == "draft_received"
    states = {s for s, _ in TRANSITIONS} | set(TRANSITIONS.values())
    assert "overdue" not in states      # derived from the dates, never stored


def _move(world: World, box: str, name: str, folder: str) -> None:
    """Move a message as Outlook/Dovecot would: Maildir++ ".Borgerpost.<folder>"."""
    src = world.root / "var/mail" / box / "new" / name
    target = world.root / "var/mail" / box / f".Borgerpost.{folder}"
    for sub in ("new", "cur", "tmp"):
        (target / sub).mkdir(parents=True, exist_ok=True)
    src.rename(target / "cur" / f"{name}:2,S")


@pytest.mark.parametrize("folder,state,centre", [
    ("Afsluttet", "closed", "voksne-velfaerd"),
    ("Personligt svar", "personal", "voksne-velfaerd"),
    ("Udvalg", "committee", "voksne-velfaerd"),
    ("Til Center for Børn og Forebyggelse", "forwarded", "boern-forebyggelse"),
])
def test_decisions_by_moving_mail_in_outlook(world: World, folder: str, state: str,
                                             centre: str) -> None:
    world.deliver(eml(subject="Hjemmepleje", message_id="<z@gmail.com>"), at(23, hour=8))
    world.run(at(23, hour=9))
    _move(world, "borgmester-pa", "m001", folder)
    world.run(at(23, hour=10))
    world.run(at(23, hour=11))           # a second pass applies nothing twice
    assert world.state("BH-2026-00001") == state
    with world.store.sessions() as s:
        assert s.scalars(select(Case.centre)).one() == centre
        transitions = s.scalars(select(Event).where(Event.kind == "case.transition")).all()
    assert sum(1 for e in transitions if e.detail.get("via") == "folder") == 1
    journal = [m for m in world.sent() if m["To"] == "journalisering@ishoj.dk"]
    assert len(journal) == (1 if folder == "Personligt svar" else 0)


def test_exchange_marker_counts_only_when_configured(world: World) -> None:
    text = (world.root / "rules.yaml").read_text("utf-8").replace("exchange_internal: true",
                                                                  "exchange_internal: false")
    (world.root / "rules.yaml").write_text(text, "utf-8")
    world.config = load_config(world.root / "rules.yaml", env={})
    world.deliver(eml(subject="Hjemmepleje", message_id="<w@gmail.com>"), at(23, hour=8))
    world.run(at(23, hour=9))
    world.deliver(staff_reply("BH-2026-00001", "Besvaret"), at(23, hour=10))
    world.run(at(23, hour=11))
    assert world.state("BH-2026-00001") == "forwarded"
