"""classifiers.advisor: category cues, competence flags, anonymity, complaint points."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from classifiers import advisor as a
from daemon.mail.parse import parse

TODAY = dt.date(2026, 11, 23)
SAMPLES = Path(__file__).resolve().parents[2] / "daemon/demo/samples/borgerraadgiver"


@pytest.mark.parametrize(("subject", "text", "category"), [
    ("Klage over Jobcentret", "Jeg vil klage over min sagsbehandler.", "klage"),
    ("", "Jeg er meget utilfreds med sagsbehandlingstiden. Det er uacceptabelt.", "klage"),
    ("", "Personalets optræden i Borgerservice var under al kritik.", "klage"),
    ("", "Jeg føler mig udsat for diskrimination på grund af min baggrund.", "klage"),
    ("", "Jeg har ikke fået svar på tre mails.", "klage"),
    ("Spørgsmål", "Hvordan søger jeg om boligstøtte?", "vejledning"),
    ("", "Jeg forstår ikke brevet fra kommunen. Hvad betyder afgørelsen?", "vejledning"),
    # Guidance about the complaint system is vejledning, not a complaint (seed 001 7.b).
    ("", "Hvordan klager jeg over en afgørelse, og hvad er klagefristen?", "vejledning"),
    ("", "Hvem skal jeg kontakte om min skraldespand?", "vejvisning"),
    ("", "Hvor henvender jeg mig, hvis jeg vil have en ny parkeringslicens?", "vejvisning"),
])
def test_categorise(subject: str, text: str, category: str) -> None:
    found = a.categorise(subject, text)
    assert found.category == category, found
    assert found.score > 0.5


def test_categorise_negatives() -> None:
    # A negated complaint is no complaint; no cue at all is a guess with score 0.
    assert a.categorise("", "Jeg vil ikke klage, men hvordan søger jeg om tilskud?"
                        ).category == "vejledning"
    nothing = a.categorise("Hej", "Tak for sidst.")
    assert nothing.category == "vejledning" and nothing.score == 0.0


def test_categorise_reasons_name_cues_not_text() -> None:
    found = a.categorise("", "Jeg klager over Hanne Hansens opførsel, hun var uhøflig.")
    assert found.category == "klage"
    assert not any("Hanne" in r for r in found.reasons)


def test_demo_samples() -> None:
    one = parse((SAMPLES / "01-klage-over-sagsbehandling.eml").read_bytes())
    two = parse((SAMPLES / "02-anonym-borgerservice.eml").read_bytes())
    assert a.categorise(one.subject, one.text).category == "klage"
    assert a.categorise(two.subject, two.text).category == "klage"
    assert not a.wants_anonymity(one.text) and a.wants_anonymity(two.text)
    assert a.competence_flags(one.subject, one.text, TODAY) == ()


FLAGS = [
    ("older_than_one_year", "Det hele startede i 2023, da jeg fik afslag.",
     "Det hele startede i oktober, da jeg fik afslag."),
    ("older_than_one_year", "Jeg søgte for to år siden og har ventet siden.",
     "Jeg søgte for to uger siden og har ventet siden."),
    ("older_than_one_year", "Mødet var den 3. marts 2025.",
     "Mødet var den 3. marts 2026. Jeg bor på 2635 Ishøj."),
    ("older_than_one_year", "Afgørelsen er dateret 12.03.2025.",
     "Afgørelsen er dateret 12.03.2026."),
    ("employment", "Min chef i kommunen har behandlet mig dårligt i min ansættelse.",
     "Jobcentret ringede til min chef uden at spørge mig."),
    ("employment", "Jeg er ansat i kommunen og er utilfreds med min leder.",
     "Jeg er ansat i et privat firma og søger om fleksjob."),
    ("private_law", "Naboens hæk er vokset ind over skellet.",
     "Jeg har talt med nabokommunen Brøndby om sagen."),
    ("service_level", "Byrådet har besluttet at skære i rengøringen; serviceniveauet er for lavt.",
     "Jeg har også skrevet til byrådet om min sag."),
    ("other_appeal_body", "Jeg har klaget til Ankestyrelsen over afslaget.",
     "Jeg vil gerne have hjælp til at forstå brevet."),
    ("other_appeal_body", "Sagen ligger hos Byggeklageinstansen.",
     "Sagen ligger hos min sagsbehandler."),
    ("before_ombudsman_supervision_court", "Jeg har skrevet til Folketingets Ombudsmand.",
     "Jeg har retten til at få aktindsigt."),
    ("before_ombudsman_supervision_court", "Min advokat har anlagt sag ved byretten.",
     "Min advokat har rådet mig til at skrive til jer."),
    ("before_ombudsman_supervision_court", "Jeg har klaget til Tilsynet.",
     "Plejehjemmet havde besøg af et tilsyn i sidste uge."),
    ("decision_content", "Jeg er uenig i afgørelsen om min bolig.",
     "Jeg har ikke fået nogen afgørelse endnu."),
]


@pytest.mark.parametrize(("code", "positive", "negative"), FLAGS)
def test_competence_flag(code: str, positive: str, negative: str) -> None:
    assert code in {f.code for f in a.competence_flags("", positive, TODAY)}
    assert code not in {f.code for f in a.competence_flags("", negative, TODAY)}


def test_every_competence_code_is_tested_and_labelled() -> None:
    assert {code for code, _p, _n in FLAGS} == set(a.COMPETENCE_CODES)
    assert set(a.COMPETENCE_LABELS) == set(a.COMPETENCE_RULES)


def test_older_than_one_year_needs_certainty() -> None:
    # "i 2025" on 23 November 2026 may be December 2025: not flagged. January 2025 is.
    assert a.competence_flags("", "Det skete i 2025.", TODAY) == ()
    assert a.competence_flags("", "Det skete i januar 2025.", TODAY)
    assert a.competence_flags("", "Det skete i december 2025.", TODAY) == ()
    # The same words a year later are old.
    assert a.competence_flags("", "Det skete i 2025.", dt.date(2027, 3, 1))


def test_evidence_never_quotes_the_text() -> None:
    flags = a.competence_flags("", "Min nabo Jens Jensen har fældet min hæk i 2020.", TODAY)
    assert {f.code for f in flags} == {"private_law", "older_than_one_year"}
    assert not any("Jens" in f.evidence or "2020" in f.evidence for f in flags)


@pytest.mark.parametrize("text", [
    "Jeg ønsker at være anonym.", "Jeg vil gerne være anonym, så jeg skriver ikke mit navn.",
    "Jeg skriver anonymt, fordi jeg er bange for repressalier.",
    "I må ikke videregive mit navn til centret.", "Mit navn må ikke komme frem.",
    "Kan jeg være anonym?", "Jeg vil klage uden at mit navn kommer med.",
    "Hilsen\nAnonym borger",
])
def test_wants_anonymity(text: str) -> None:
    assert a.wants_anonymity(text)


@pytest.mark.parametrize("text", [
    "Jeg ønsker ikke at være anonym, I må gerne bruge mit navn.",
    "Jeg har fået et anonymt brev om min søn.",
    "Der er lavet en anonym underretning om min familie.",
    "Jeg hedder Karen og vil klage over hjemmeplejen.",
])
def test_does_not_want_anonymity(text: str) -> None:
    assert not a.wants_anonymity(text)


def test_complaint_points() -> None:
    listed = ("Jeg klager over følgende:\n\n1. Sagsbehandlingstiden har været over et år.\n"
              "2. Jeg har ikke fået vejledning om mine muligheder.\n"
              "3. Sagsbehandleren talte grimt til mig i telefonen.\n\nMvh Ole")
    assert a.complaint_points(listed) == 3
    paragraphs = ("Jeg vil gerne klage over sagsbehandlingstiden.\n\n"
                  "Jeg vil også klage over den vejledning, jeg fik.\n\n"
                  "Derudover er jeg utilfreds med tonen i brevet.\n\nMvh Ole")
    assert a.complaint_points(paragraphs) == 3
    assert a.complaint_points("Jeg vil klage over hjemmeplejen.\n\nMvh") == 1
    # Short bullet lines (a signature, an address) are no complaint points.
    assert a.complaint_points("Klage over støj.\n- Ole\n- Ishøj") == 1
    assert a.complaint_points("") == 1
