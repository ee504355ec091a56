"""Classes of wording found missing or misread on corpus2 (a second independent
corpus), each fixed broadly and tested here with sentences of our own."""

from __future__ import annotations

import pytest

from classifiers.sensitive import Detector
from tests.sensitive.checks import cats


@pytest.mark.parametrize("text,cat", [
    ("Min bror er 3F'er og arbejder på havnen.", "union"),
    ("Hun er FOA'er og vil gerne have en snak.", "union"),
    ("Jeg meldte mig ind i HK's a-kasse i går.", "union"),
    ("Min søster er Djøf'er og jurist.", "union"),
    ("Som SF'er og medlem af lokalforeningen vil jeg sige noget.", "belief"),
])
def test_apostrophe_endings(detector: Detector, text: str, cat: str) -> None:
    assert cat in cats(detector, text)


@pytest.mark.parametrize("text,cat", [
    ("Jeg har været TR på lageret i fem år.", "union"),
    ("Min kollega er TR for chaufførerne.", "union"),
    ("Ved valget stemte jeg på Venstre for første gang.", "belief"),
    ("Jeg har altid stemt rødt.", "belief"),
    ("Jeg er kasserer i Enhedslistens lokalforening i Ishøj.", "belief"),
    ("Jeg sidder i bestyrelsen for Dansk Folkeparti her i byen.", "belief"),
    ("Min mor har fået ny hofte og kan ikke gå på trapper.", "health"),
    ("Jeg fik nyt knæ i marts.", "health"),
    ("Min bror har drukket for meget i årevis.", "health"),
    ("Vi skal ha vores første barn til foråret.", "health"),
    ("Jeg er 17 og er smidt ud hjemmefra.", "economy_social"),
    ("Jeg har ik råd til huslejen.", "economy_social"),
    ("Jeg har fået en restskat på 12.000 kr.", "economy_social"),
    ("Min mand og jeg er blevet skilt.", "economy_social"),
    ("Naboen har sat et salgsskilt op, og der kommer potentielle købere.", "property_trade"),
    ("Vi skal sælge vores afdøde mors andel i foreningen.", "property_trade"),
])
def test_wording_families(detector: Detector, text: str, cat: str) -> None:
    assert cat in cats(detector, text)


@pytest.mark.parametrize("text,cat", [
    ("Min søn og hans ven blev smidt ud af biografen i går.", "economy_social"),
    ("Handlen er for længst faldet på plads, og vi flytter 1. maj.", "property_trade"),
    ("Jeg er medlem af en a-kasse, men ikke nogen fagforening.", "union"),
    ("Jeg er flyttet hertil og har endnu ikke fået en læge tildelt.", "health"),
])
def test_negative_contexts(detector: Detector, text: str, cat: str) -> None:
    assert cat not in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Mit kundenummer hos elselskabet er 0701851234, hvad gør jeg?",
    "Min licensnummer til parkeringen ved hallen er 1207823456.",
    "Bestillingskoden er 281265-0042-A, men den virker ikke.",
])
def test_numbers_that_are_not_cpr(detector: Detector, text: str) -> None:
    assert "cpr" not in cats(detector, text)


@pytest.mark.parametrize("text", [
    "Mit cpr-nummer er 120490-1234.",
    "Jeg hedder Anne og mit personnummer er 120490-1234.",
    "cpr 120490-1234 - Anne Hansen",
])
def test_cpr_still_found(detector: Detector, text: str) -> None:
    assert "cpr" in cats(detector, text)


@pytest.mark.parametrize("text,want", [
    ("Min datter Sofie og hendes kæreste Laura vil gerne leje salen.\n\nMvh Peter", True),
    ("Min søn Jonas og hans kæreste Emil blev afvist.\n\nMvh Birgitte", True),
    ("Min søn Jonas og hans kæreste Laura blev afvist.\n\nMvh Birgitte", False),
    ("Jeg er sammen med en mand, og det ved mine kolleger.\n\nMvh Morten", True),
    ("Jeg er sammen med en mand, og det ved mine kolleger.\n\nMvh Hanne", False),
    ("Min kæreste hedder Julie og jeg hedder Maria.\n\nMvh Maria", True),
    ("Min kæreste hedder Julie og jeg hedder Peter.\n\nMvh Peter", False),
])
def test_partner_wordings(detector: Detector, text: str, want: bool) -> None:
    assert ("sexual_orientation" in cats(detector, text)) is want
