"""The weekly digest (issue 7 point 6): counts, working-day deadlines, no personal data,
sanitised HTML, once per PA and week."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from pathlib import Path

import pytest
from sqlalchemy import func, select

from daemon.config import Config, load_config
from daemon.digest import (
    build_digest,
    compose_digest,
    due_digests,
    enqueue_digests,
    recipients,
    render_html,
    render_text,
    sanitise_html,
    write_preview,
)
from daemon.store.db import Store
from daemon.store.models import Case, Event, Outbox

from .conftest import DIGEST_LINE

CET = dt.timezone(dt.timedelta(hours=1))
# Monday 23 November 2026, 07:00 in Copenhagen: ISO week 48, the configured digest time.
NOW = dt.datetime(2026, 11, 23, 7, 0, tzinfo=CET)
PA = "pa.borgmester@ishoj.dk"
PA_MAILBOXES = ("borgmester-pa", "byraad-mette-larsen")

# Personal data put in every fixture case; none of it may reach a digest.
PERSONAL = ("Karen", "Margrethe", "Jensen", "karen.j@gmail.com", "Strandgade", "120437",
            "120437-1234", "Gunnhild", "kræft", "Hjemmeplejen glemmer")
SCRIPT_CENTRE = '<script>alert("x")</script><img src="http://evil.example/x.png">Center X'


def load(rules_copy: Path, centre_name: str | None = None) -> Config:
    # rules_copy turns the digest off for the other tests; here it is the subject.
    text = rules_copy.read_text("utf-8").replace("digest: {enabled: false}", DIGEST_LINE)
    if centre_name is not None:
        text = text.replace("name: Center for Voksne og Velfærd", f"name: '{centre_name}'")
    rules_copy.write_text(text, "utf-8")
    return load_config(rules_copy, env={})


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def seed_cases(store: Store) -> None:
    """Cases in several states with deadlines around NOW, plus audit events and held mail."""

    def case(n: int, mailbox: str, state: str, centre: str | None, received: str,
             deadline: str | None, sensitive: str = "") -> Case:
        return Case(number=f"BH-2026-{n:05d}", mailbox_id=mailbox, state=state,
                    reason="citizen", centre=centre, sensitive=sensitive,
                    citizen_addr="karen.j@gmail.com", citizen_name="Karen Margrethe Jensen",
                    subject="Hjemmeplejen glemmer min mor Gunnhild, Strandgade 12, "
                            "CPR 120437-1234, hun har kræft",
                    inquiry_message_id=f"<m{n}@gmail.com>", received_at=at(received),
                    answer_deadline=dt.date.fromisoformat(deadline) if deadline else None,
                    draft_deadline=None, created_at=at(received), updated_at=at(received))

    with store.transaction() as s:
        cases = [
            # Overdue: deadline last Friday, one working day ago.
            case(1, "borgmester-pa", "forwarded", "voksne-velfaerd",
                 "2026-11-06T10:00+01:00", "2026-11-20", "cpr,health"),
            # Due this week (Friday), received Sunday night: last week, local time.
            case(2, "borgmester-pa", "receipted", "byudvikling-natur",
                 "2026-11-22T23:30+01:00", "2026-11-27", "health"),
            # Needs routing; received half an hour into this week (still 22 Nov in UTC).
            case(3, "borgmester-pa", "received", None, "2026-11-23T00:30+01:00",
                 "2026-12-07"),
            # Due today.
            case(4, "byraad-mette-larsen", "draft_received", "borger-oekonomi-it",
                 "2026-11-09T09:00+01:00", "2026-11-23"),
            # Answered last week, on time.
            case(5, "borgmester-pa", "answered", "voksne-velfaerd",
                 "2026-11-17T09:00+01:00", "2026-12-01"),
            # Closed last week, a day late.
            case(6, "borgmester-pa", "closed", "voksne-velfaerd",
                 "2026-11-05T09:00+01:00", "2026-11-19"),
            # Another PA's mailbox: overdue, must not appear in this PA's digest.
            case(7, "hovedpostkasse", "forwarded", "byudvikling-natur",
                 "2026-11-02T09:00+01:00", "2026-11-16"),
            # On a committee agenda, deadline long past: open, but no answer owed now.
            case(8, "borgmester-pa", "committee", "voksne-velfaerd",
                 "2026-10-27T09:00+01:00", "2026-11-10"),
            # The citizen advisor: no centre, but never "needs routing" (seed 001).
            case(9, "borgerraadgiver", "receipted", None, "2026-11-20T09:00+01:00",
                 "2026-11-24"),
        ]
        s.add_all(cases)
        s.flush()
        ids = {c.number[-1]: c.id for c in cases}

        def event(n: str, when: str, kind: str, **detail: object) -> Event:
            return Event(at=at(when), case_id=ids[n], mailbox_id="borgmester-pa", kind=kind,
                         detail=detail)

        s.add_all([
            event("5", "2026-11-18T14:00+01:00", "case.transition", **{
                "from": "forwarded", "to": "answered", "event": "answered"}),
            event("5", "2026-11-18T14:00+01:00", "answered"),   # the same answer twice
            event("6", "2026-11-20T10:00+01:00", "case.transition", **{
                "from": "forwarded", "to": "closed", "event": "closed"}),
            event("1", "2026-11-16T10:00+01:00", "case.transition", **{
                "from": "receipted", "to": "forwarded", "event": "forward_sent"}),
            # Answered the week before last: not last week's.
            event("8", "2026-11-13T10:00+01:00", "case.transition", **{
                "from": "forwarded", "to": "answered", "event": "answered"}),
        ])
        for n, mailbox, state in ((1, "borgmester-pa", "held"), (2, "borgmester-pa", "sent"),
                                  (7, "hovedpostkasse", "held")):
            s.add(Outbox(case_id=ids[str(n)], mailbox_id=mailbox, kind="receipt",
                         idempotency_key=f"k{n}", message_id=f"<bp.k{n}@ishoj.dk>",
                         recipients=["karen.j@gmail.com"], external=True, raw=b"x",
                         state=state, created_at=at("2026-11-20T10:00+01:00"), payload={}))


def installed_at(store: Store, config: Config, when: dt.datetime) -> None:
    """Record Borgerpost's first start (the mailboxes' state rows), as a first pass would."""
    for mailbox in config.mailboxes:
        store.mailbox_state(mailbox.id, "INBOX", when)


@pytest.fixture
def seeded(rules_copy: Path) -> tuple[Config, Store]:
    config = load(rules_copy)
    store = Store.open(config.database)
    installed_at(store, config, NOW - dt.timedelta(days=30))   # running for a month
    seed_cases(store)
    return config, store


def test_counts_deadlines_and_flags_in_working_days(seeded: tuple[Config, Store]) -> None:
    config, store = seeded
    with store.sessions() as s:
        digest = build_digest(s, config, PA, PA_MAILBOXES, NOW)
    rows = {r.number[-1]: r for r in digest.rows}
    assert sorted(rows) == ["1", "2", "3", "4", "8"]           # open, this PA's mailboxes
    assert [r.number for r in digest.overdue] == ["BH-2026-00001"]
    assert rows["1"].days_left == -1 and rows["1"].days_left_da == "1 hverdag over"
    assert {r.number for r in digest.due_this_week} == {"BH-2026-00002", "BH-2026-00004"}
    assert rows["2"].days_left == 4 and rows["4"].days_left == 0
    assert rows["4"].days_left_da == "i dag"
    assert rows["3"].days_left == 10 and not rows["3"].due_this_week
    # On a committee's agenda: no answer owed now, so neither overdue nor counted down.
    assert not rows["8"].overdue and not rows["8"].due_this_week and rows["8"].days_left is None
    assert [r.number for r in digest.needs_routing] == ["BH-2026-00003"]
    assert rows["1"].centre_name == "Center for Voksne og Velfærd"
    assert rows["1"].state_da == "sendt til center"
    assert rows["1"].sensitive_count == 2
    assert dict(digest.state_counts) == {"received": 1, "receipted": 1, "forwarded": 1,
                                         "draft_received": 1, "committee": 1}
    assert digest.held == 1
    assert digest.received_last_week == 2          # cases 2 and 5; 3 is this week's
    assert (digest.answered_last_week, digest.answered_on_time) == (2, 1)
    assert digest.on_time_da == "50 %"
    assert dict(digest.sensitive_counts) == {"Helbred": 2, "CPR": 1}
    assert (digest.iso_year, digest.iso_week) == (2026, 48)
    assert digest.last_week == (dt.date(2026, 11, 16), dt.date(2026, 11, 22))


def test_due_this_week_counts_working_days_across_holidays(rules_copy: Path) -> None:
    config = load(rules_copy)
    store = Store.open(config.database)
    # Monday 21 December 2026: 24 and 25 December are closed, so this week has three
    # working days and the five from today run to Tuesday 29 December.
    now = dt.datetime(2026, 12, 21, 7, 0, tzinfo=CET)
    with store.transaction() as s:
        for n, deadline in ((1, "2026-12-29"), (2, "2026-12-30")):
            s.add(Case(number=f"BH-2026-{n:05d}", mailbox_id="borgmester-pa",
                       state="forwarded", reason="citizen", centre="voksne-velfaerd",
                       sensitive="", inquiry_message_id=f"<{n}@x>",
                       received_at=now - dt.timedelta(days=14),
                       answer_deadline=dt.date.fromisoformat(deadline),
                       created_at=now, updated_at=now))
    with store.sessions() as s:
        digest = build_digest(s, config, PA, PA_MAILBOXES, now)
    assert [(r.number, r.days_left) for r in digest.rows] == [
        ("BH-2026-00001", 4), ("BH-2026-00002", 5)]
    assert [r.number for r in digest.due_this_week] == ["BH-2026-00001"]


def _mail_text(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = [raw.decode("utf-8", "replace"), str(msg["Subject"])]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def test_digest_carries_no_personal_data(seeded: tuple[Config, Store]) -> None:
    config, store = seeded
    with store.sessions() as s:
        digest = build_digest(s, config, PA, PA_MAILBOXES, NOW)
    html, text = render_html(digest), render_text(digest)
    composed = compose_digest(config, PA, digest, NOW)
    for shown in (html, text, _mail_text(composed.raw)):
        for value in PERSONAL:
            assert value.lower() not in shown.lower(), value
    # What it does show: case numbers as tags, Danish dates, the centre, the counts.
    for shown in (html, text):
        assert "[BH-2026-00001]" in shown and "BH-2026-00007" not in shown
        assert "20. november 2026" in shown and "Center for Voksne og Velfærd" in shown
        assert "50 %" in shown and "Helbred" in shown


def test_mail_headers_and_parts(seeded: tuple[Config, Store]) -> None:
    config, store = seeded
    with store.sessions() as s:
        digest = build_digest(s, config, PA, PA_MAILBOXES, NOW)
    composed = compose_digest(config, PA, digest, NOW)
    msg = email.message_from_bytes(composed.raw, policy=email.policy.default)
    assert msg["Subject"] == "Borgerpost: ugeoversigt uge 48"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["To"] == PA and "borgmester@ishoj.dk" in msg["From"]
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert composed.message_id == msg["Message-ID"]
    assert composed.message_id.startswith("<bp.digest-") and composed.message_id.endswith(
        "-2026W48.digest@ishoj.dk>")
    from classifiers.inquiry import own_message_id
    assert own_message_id(composed.message_id, "ishoj.dk")   # never answered as an inquiry
    # Same PA, same week: same Message-ID; next week: another.
    again = compose_digest(config, PA, digest, NOW + dt.timedelta(hours=3))
    assert again.message_id == composed.message_id
    with store.sessions() as s:
        later = build_digest(s, config, PA, PA_MAILBOXES, NOW + dt.timedelta(days=7))
    assert compose_digest(config, PA, later, NOW).message_id != composed.message_id


def test_html_is_outlook_safe(seeded: tuple[Config, Store]) -> None:
    config, store = seeded
    with store.sessions() as s:
        page = render_html(build_digest(s, config, PA, PA_MAILBOXES, NOW)).lower()
    assert page.count("<table") >= 3 and 'bgcolor="#fde2e1"' in page
    for banned in ("<style", "<script", "<img", "<a ", "<link", "http", "flex", "grid",
                   "class=", "url("):
        assert banned not in page, banned


def test_script_in_config_does_not_survive(rules_copy: Path) -> None:
    config = load(rules_copy, centre_name=SCRIPT_CENTRE)
    assert config.centre("voksne-velfaerd").name == SCRIPT_CENTRE
    store = Store.open(config.database)
    seed_cases(store)
    with store.sessions() as s:
        digest = build_digest(s, config, PA, PA_MAILBOXES, NOW)
    html = render_html(digest)
    assert "Center X" in html                          # the name is shown, as text
    assert "&lt;script&gt;" in html
    for tag in ("<script", "<img"):
        assert tag not in html.lower(), tag
    raw = compose_digest(config, PA, digest, NOW).raw
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    part = msg.get_body(("html",))
    assert part is not None and "<script" not in part.get_content().lower()


def test_sanitiser_removes_what_acts_even_without_escaping() -> None:
    # As if a template had said |safe: nh3 is the second line of defence.
    dirty = ('<table bgcolor="#ffffff" style="width:100%;background-image:url(http://e.x/a)">'
             '<tr onclick="x()"><td style="color:red;position:fixed">a<script>alert(1)</script>'
             '<img src="http://e.x/p.png"><a href="http://e.x">b</a><style>td{}</style>'
             '<iframe src="http://e.x"></iframe></td></tr></table>')
    clean = sanitise_html(dirty)
    for banned in ("script", "alert", "<img", "<a", "href", "onclick", "url(", "http",
                   "<style", "iframe", "position"):
        assert banned not in clean, banned
    assert '<table bgcolor="#ffffff" style="width:100%">' in clean
    assert '<td style="color:red">a' in clean


def test_due_digests_on_the_configured_weekday_and_time_only(rules_copy: Path) -> None:
    config = load(rules_copy)
    everyone = list(recipients(config))
    assert PA in everyone and len(everyone) == 5
    utc = dt.UTC
    # Monday 07:00 Copenhagen = 06:00 UTC in winter.
    assert due_digests(config, dt.datetime(2026, 11, 23, 5, 59, tzinfo=utc), {}) == []
    assert due_digests(config, dt.datetime(2026, 11, 23, 6, 0, tzinfo=utc), {}) == everyone
    # Summer time: 07:00 CEST = 05:00 UTC.
    assert due_digests(config, dt.datetime(2026, 6, 1, 4, 59, tzinfo=utc), {}) == []
    assert due_digests(config, dt.datetime(2026, 6, 1, 5, 0, tzinfo=utc), {}) == everyone
    sent_last_monday = {pa: dt.datetime(2026, 11, 16, 6, 0, tzinfo=utc) for pa in everyone}
    # Sent last Monday: nothing on the Sunday after, due again Monday 07:00.
    assert due_digests(config, dt.datetime(2026, 11, 22, 12, 0, tzinfo=utc),
                       sent_last_monday) == []
    assert due_digests(config, dt.datetime(2026, 11, 23, 5, 59, tzinfo=utc),
                       sent_last_monday) == []
    assert due_digests(config, NOW, sent_last_monday) == everyone
    # Sent this week: not again; one PA missed (daemon down): caught up on Tuesday.
    this_week = {**sent_last_monday, PA: NOW}
    tuesday = NOW + dt.timedelta(days=1)
    assert due_digests(config, tuesday, this_week) == [p for p in everyone if p != PA]
    assert due_digests(config, tuesday, {pa: NOW for pa in everyone}) == []


def test_no_digest_for_a_week_that_fell_due_before_the_first_start(
        rules_copy: Path) -> None:
    config = load(rules_copy)
    everyone = list(recipients(config))
    monday_0700 = NOW                                    # the due moment
    tuesday = NOW + dt.timedelta(days=1)
    # Pure: first started after this week's due moment -> nothing until next week.
    assert due_digests(config, tuesday, {}, installed=monday_0700 + dt.timedelta(
        minutes=1)) == []
    assert due_digests(config, tuesday, {}, installed=monday_0700) == everyone
    assert due_digests(config, NOW + dt.timedelta(days=7), {},
                       installed=monday_0700 + dt.timedelta(minutes=1)) == everyone
    # From the store: a fresh installation's first pass on a Tuesday sends none ...
    store = Store.open(config.database)
    assert enqueue_digests(store, config, tuesday) == []
    installed_at(store, config, tuesday)
    assert enqueue_digests(store, config, tuesday + dt.timedelta(hours=1)) == []
    # ... and every PA's the Monday after.
    assert sorted(enqueue_digests(store, config, NOW + dt.timedelta(days=7))) == sorted(
        everyone)


def test_enqueue_once_per_pa_per_week(seeded: tuple[Config, Store]) -> None:
    config, store = seeded
    before = NOW - dt.timedelta(minutes=1)
    assert enqueue_digests(store, config, before) == []
    first = enqueue_digests(store, config, NOW)
    assert sorted(first) == sorted(recipients(config))
    assert enqueue_digests(store, config, NOW) == []
    assert enqueue_digests(store, config, NOW + dt.timedelta(days=2), force=True) == []
    with store.sessions() as s:
        rows = s.scalars(select(Outbox).where(Outbox.kind == "digest")).all()
        assert len(rows) == 5
        mine = [r for r in rows if r.recipients == [PA]]
        assert len(mine) == 1 and mine[0].external is False and mine[0].state == "pending"
        assert mine[0].mailbox_id == "borgmester-pa" and mine[0].case_id is None
        assert mine[0].idempotency_key.endswith("-2026W48")
        assert len({r.message_id for r in rows}) == 5
    # Next week: once more each.
    assert len(enqueue_digests(store, config, NOW + dt.timedelta(days=7))) == 5
    with store.sessions() as s:
        count = s.scalar(select(func.count()).select_from(Outbox)
                         .where(Outbox.kind == "digest"))
    assert count == 10


def test_enqueued_digest_goes_through_the_outbox(seeded: tuple[Config, Store]) -> None:
    from daemon.runner import Runner

    config, store = seeded
    enqueue_digests(store, config, NOW)
    runner = Runner(config, store, clock=lambda: NOW)
    stats = runner.executor.run(NOW)
    runner.close()
    assert stats.sent >= 5
    out = Path(config.source_path or ".").parent / "var" / "outbox" / "new"
    subjects = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)["Subject"]
                for p in out.iterdir()]
    assert subjects.count("Borgerpost: ugeoversigt uge 48") == 5


def test_write_preview(seeded: tuple[Config, Store], tmp_path: Path) -> None:
    config, store = seeded
    written = write_preview(config, NOW, tmp_path / "preview", store=store)
    assert len(written) == 15
    html = next(p for p in written if p.name == "digest-pa.borgmester-at-ishoj.dk.html")
    page = html.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<table" in page
    assert "BH-2026-00001" in page
    eml = next(p for p in written if p.name == "digest-pa.borgmester-at-ishoj.dk.eml")
    assert b"Auto-Submitted: auto-generated" in eml.read_bytes()


def test_status_shows_the_same_overview(seeded: tuple[Config, Store]) -> None:
    from daemon.status import status

    config, _store = seeded
    shown = status(config, NOW)
    assert "Åbne sager: 7" in shown                  # all mailboxes: 5 + 7 + 9
    assert "overskredet 2" in shown and "mangler fordeling 1" in shown
    assert "modtaget 3 · besvaret 2, heraf 1 inden for svarfristen (50 %)" in shown
    assert "Helbred 2 · CPR 1" in shown
    line = next(ln for ln in shown.splitlines() if ln.startswith("BH-2026-00001"))
    assert "sendt til center" in line and "voksne-velfaerd" in line
    assert "2026-11-20" in line and "1 hverdag over" in line and "OVERSKREDET" in line
    assert "pa.borgmester@ishoj.dk" in shown and "held 2" in shown and "Tilbageholdt" in shown
    for value in PERSONAL:
        assert value.lower() not in shown.lower(), value


def test_council_members_flagged_sent_mail_is_in_the_pas_digest(
        seeded: tuple[Config, Store]) -> None:
    """Issue 4: a sent mail to an external address with sensitive content gives "an
    entry in the PA's digest" — counts and category words, never what was sent."""
    config, store = seeded
    at = dt.datetime(2026, 11, 18, 15, 0, tzinfo=CET)   # last week
    with store.transaction() as s:
        for categories in (["health", "cpr"], ["health"]):
            s.add(Event(at=at, mailbox_id="byraad-mette-larsen", kind="sent_audit.flagged",
                        detail={"folder": "Sent", "uid": "7", "categories": categories,
                                "external_count": 1}))
        # This week's: next week's digest.
        s.add(Event(at=NOW + dt.timedelta(hours=1), mailbox_id="byraad-mette-larsen",
                    kind="sent_audit.flagged", detail={"categories": ["union"]}))
    with store.sessions() as s:
        digest = build_digest(s, config, PA, PA_MAILBOXES, NOW)
    assert digest.sent_flagged == (("byraad-mette-larsen", 2, ("CPR", "Helbred")),)
    text, html = render_text(digest), render_html(digest)
    assert "byraad-mette-larsen: 2 mails (CPR, Helbred)" in text
    assert "byraad-mette-larsen (CPR, Helbred)" in html and "Fagforening" not in text
    # Another PA's digest does not show it.
    with store.sessions() as s:
        other = build_digest(s, config, "pa.other@ishoj.dk", ("hovedpostkasse",), NOW)
    assert other.sent_flagged == ()
