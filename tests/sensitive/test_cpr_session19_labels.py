"""CPR numbers taken for identity papers' numbers (session 19).

Each case was written for this file.  Three negatives failed before the change (the
number was reported as a CPR number): the two with a country code and the residence
card.  The other three were already negative (a number compound, "no.",
"Momsnummer") and stay so.  The controls keep a real CPR number found next to the new
words.
"""

from __future__ import annotations

from datetime import date

import pytest

from classifiers.sensitive import detect

TODAY = date(2026, 11, 25)


def _cpr(text: str) -> list[str]:
    return [text[f.start:f.end] for f in detect(text, today=TODAY) if f.category == "cpr"]


@pytest.mark.parametrize("text", [
    "Mit opholdskort har nummeret DK 0412891234, er det registreret?",
    "Mit pasnummer er 1507884021, jeg skal bruge det til ansøgningen.",
    "My passport no. 1507884021 expires in March.",
    "The residence card number 0911923302 is on the back.",
    "Momsnummer DK 1203881234 står på fakturaen fra firmaet.",
    "Kortet er udstedt med nummer SE\u00a01203881234 i Malmö.",
])
def test_identity_papers_and_country_codes_are_no_cpr(text: str) -> None:
    assert _cpr(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Mit opholdskort er fornyet. Mit cpr-nr. er 041289-1234.", "041289-1234"),
    ("Jeg har opholdskort, og mit personnummer er 0412891234.", "0412891234"),
    # The card in the sentence before, the person's number after a bare label.
    ("Jeg skal have nyt opholdskort. Nummer: 191091\u20132627", "191091\u20132627"),
    ("Hilsen Ida Dk\n041289-1234", "041289-1234"),
    ("I am a resident here, my CPR is 150788-4021.", "150788-4021"),
])
def test_real_cpr_numbers_near_those_words_are_kept(text: str, number: str) -> None:
    assert _cpr(text) == [number]
