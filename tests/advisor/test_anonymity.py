"""An anonymous inquiry followed through every output (issue 8, "Done when"): the case,
the registration, the Outlook categories, the note to the advisor, the outbox, the mail
sent, the audit events, the logs, `borgerpost status`, the report and its CSV."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from daemon import advisor, logs
from daemon import report as rp
from daemon.config import load_config
from daemon.runner import Runner
from daemon.status import status
from daemon.store.advisor_models import AdvisorRegistration
from daemon.store.db import Store
from daemon.store.models import Case, Event, Outbox

from ..conftest import deliver, eml

ARRIVED = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
NOW = ARRIVED + dt.timedelta(hours=1)
NAME, FIRST, ADDR = "Kirsten Hemmeligsen", "Kirsten", "kaffekop77@gmail.com"
SECRETS = (NAME, "Hemmeligsen", ADDR, "kaffekop77")

ANONYMOUS = eml(
    sender=f"{NAME} <{ADDR}>", to="borgerraadgiver@ishoj.dk",
    subject=f"Klage over Borgerservice fra {NAME}", message_id="<anon1@mail.gmail.com>",
    body="Hej\n\nJeg ønsker at være anonym. I må ikke videregive mit navn til nogen.\n\n"
         "Jeg vil gerne klage over den måde, medarbejderen i Borgerservice behandlede mig "
         "på, da jeg skulle have nyt pas. Hun var uhøflig. Det samme skete allerede i "
         "2023, da jeg fik nyt kørekort.\n\nHilsen Kirsten")


def _setup(rules_copy: Path) -> tuple[object, Store]:
    text = rules_copy.read_text("utf-8").replace(
        "# cutoff: 2026-11-01T00:00:00+01:00", "cutoff: 2026-11-01T00:00:00+01:00")
    rules_copy.write_text(text, "utf-8")
    config = load_config(rules_copy, env={})
    return config, Store.open(config.database)


def _leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s.lower() in text.lower()]


@pytest.fixture
def followed(rules_copy: Path) -> dict[str, object]:
    config, store = _setup(rules_copy)
    base = rules_copy.parent
    stream = io.StringIO()
    logs.setup("DEBUG", "json", stream=stream)
    deliver(base / "var/mail/borgerraadgiver", "anon", ANONYMOUS, ARRIVED)
    runner = Runner(config, store, clock=lambda: NOW)  # type: ignore[arg-type]
    runner.run_once()
    # What the runner's persist does once it calls advisor.register_inquiry; until then
    # (and for cases from before migration 0003) backfill registers the same way.
    advisor.backfill(store, config, runner.classifier, NOW)  # type: ignore[arg-type]
    runner.executor.run(NOW)
    html_path, csv_path = base / "report.html", base / "report.csv"
    report = rp.build_report(store, 2026, config.centres, config.municipality)  # type: ignore[attr-defined]
    html = rp.render_html(report, html_path)
    rp.write_csv(report, csv_path)
    return {"config": config, "store": store, "base": base, "logs": stream.getvalue(),
            "html": html, "csv": csv_path.read_text("utf-8-sig"), "runner": runner}


def test_anonymous_inquiry_is_registered_without_identity(followed: dict[str, object]) -> None:
    store = followed["store"]
    assert isinstance(store, Store)
    with store.sessions() as s:
        case = s.scalars(select(Case)).one()
        reg = s.scalars(select(AdvisorRegistration)).one()
        assert reg.anonymous and reg.category == "klage"
        assert reg.centre == "borger-oekonomi-it"
        assert "older_than_one_year" in reg.competence_codes
        # The name and the subject (which names her) are gone; the address stays in the
        # advisor's own store, because the advisor answers there.
        assert case.citizen_name is None and case.subject is None
        assert case.citizen_addr == ADDR
        assert advisor.is_anonymous(s, case.id)


def test_anonymity_holds_in_every_output(followed: dict[str, object]) -> None:
    store, base, config = followed["store"], followed["base"], followed["config"]
    assert isinstance(store, Store) and isinstance(base, Path)
    # The report, the CSV and the logs of the whole pass.
    assert _leaks(str(followed["html"])) == []
    assert _leaks(str(followed["csv"])) == []
    assert "henvendelser" in str(followed["html"])
    log_text = str(followed["logs"])
    assert "advisor.registered" in log_text and _leaks(log_text) == []
    # `borgerpost status`.
    shown = status(config, NOW)  # type: ignore[arg-type]
    assert "BH-2026-00001" in shown and _leaks(shown) == []
    # The audit log.
    with store.sessions() as s:
        events = json.dumps([e.detail for e in s.scalars(select(Event)).all()],
                            ensure_ascii=False)
        rows = s.scalars(select(Outbox)).all()
    assert _leaks(events) == []
    # Nothing is forwarded; the only mail to an outside address is the receipt to her.
    kinds = sorted(r.kind for r in rows)
    assert "forward" not in kinds and kinds.count("notice") == 1
    for row in rows:
        if row.kind == "receipt":
            assert row.recipients == [ADDR]
            continue
        assert _leaks(json.dumps(row.recipients)) == []
        assert _leaks(json.dumps(row.payload, ensure_ascii=False)) == []
        assert row.raw is None or _leaks(row.raw.decode("utf-8", "replace")) == []
    # The note went to the advisor's own address only, and names neither her nor her words.
    sent = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for p in sorted((base / "var/outbox/new").iterdir())]
    notes = [m for m in sent if "vurder kompetencen" in str(m["Subject"])]
    assert len(notes) == 1 and notes[0]["To"] == "borgerraadgiver@ishoj.dk"
    body = notes[0].get_body(("plain",)).get_content()
    assert "ældre end 1 år" in body and "Anonym:        ja" in body
    assert _leaks(notes[0].as_string()) == [] and "uhøflig" not in body
    for message in sent:
        if message["To"] != ADDR:
            assert _leaks(message.as_string()) == []
    # The Outlook categories on her inquiry say "Anonym" and the competence question.
    source = followed["runner"].sources["borgerraadgiver"]  # type: ignore[attr-defined]
    categories = source.categories("anon")
    assert "Anonym" in categories and "Kompetence: ældre end 1 år" in categories
    assert "Forslag: Klage" in categories


def test_receipt_to_anonymous_citizen_does_not_repeat_the_name(
        followed: dict[str, object]) -> None:
    base = followed["base"]
    assert isinstance(base, Path)
    sent = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for p in sorted((base / "var/outbox/new").iterdir())]
    receipt = next(m for m in sent if m["To"] == ADDR)
    assert FIRST not in receipt.get_body(("plain",)).get_content()


def test_a_named_inquiry_keeps_the_name(rules_copy: Path) -> None:
    config, store = _setup(rules_copy)
    base = rules_copy.parent
    raw = eml(sender="Camilla Svendsen <camilla.svendsen@live.dk>",
              to="borgerraadgiver@ishoj.dk", subject="Klage over Pladsanvisningen",
              body="Jeg vil gerne klage over Pladsanvisningen i vuggestuen.")
    deliver(base / "var/mail/borgerraadgiver", "named", raw, ARRIVED)
    runner = Runner(config, store, clock=lambda: NOW)  # type: ignore[arg-type]
    runner.run_once()
    # Registered by the runner's persist, or here by backfill; never twice.
    advisor.backfill(store, config, runner.classifier, NOW)  # type: ignore[arg-type]
    assert advisor.backfill(store, config, runner.classifier, NOW) == 0  # type: ignore[arg-type]
    with store.sessions() as s:
        case = s.scalars(select(Case)).one()
        reg = s.scalars(select(AdvisorRegistration)).one()
        assert case.citizen_name == "Camilla Svendsen" and not reg.anonymous
        assert reg.centre == "boern-forebyggelse" and reg.category == "klage"
        # No competence question: no note.
        assert s.scalars(select(Outbox).where(Outbox.kind == "notice")).all() == []
