"""CPR context, session 18: labels across a line break, the phone as a medium, a new
sentence with its own "nummer", English two-word CPR names, a label before a colon.

Found when corpus81-86 (measurement sets) were first run: three valid numbers missed
and five other numbers taken for CPR.  The sentences here are new wordings of the
classes, not the corpus mails.  Each test fails on the code before session 18.
"""

from __future__ import annotations

from datetime import date

import pytest

from classifiers.sensitive import build_detector

TODAY = date(2026, 11, 23)
DETECTOR = build_detector()


def cprs(text: str) -> list[str]:
    return [text[f.start:f.end] for f in DETECTOR.detect(text, today=TODAY)
            if f.category == "cpr"]


@pytest.mark.parametrize("text", [
    # The phone as the way something was agreed, not a phone number's label.
    "Aftalt pr. telefon: Bent Lund, 220541-1253, skal have ny visitation.",
    "Som aftalt over telefonen, Bent Lund 220541-1253 starter mandag.",
    "Aftalt telefonisk: Sønnen Ali 031105-4415 starter i januar.",
    # A relative's number is that relative's, not a label.
    "I spurgte om min mors nummer: Grete Holm 150238-1026.",
])
def test_phone_as_medium_and_a_relatives_number(text: str) -> None:
    assert len(cprs(text)) == 1


@pytest.mark.parametrize(("text", "number"), [
    ("kan jeg få boligstøtte?? nummer 211189 3341", "211189 3341"),
    ("Hvor skal jeg sende papirerne hen? Nr. 211189-3341 hvis I skal bruge det.",
     "211189-3341"),
])
def test_question_ends_before_a_new_bare_number_word(text: str, number: str) -> None:
    assert cprs(text) == [number]


@pytest.mark.parametrize("text", [
    "Her personal ID no. 050715-4213 is on the form.",
    "Here is my personal ID: 0902871455, if you need it.",
    "My wife's civil registration no. 170290-2846 should be on the form.",
])
def test_english_two_word_cpr_names(text: str) -> None:
    assert len(cprs(text)) == 1


@pytest.mark.parametrize("text", [
    # A label at the end of a line, the number on the next (numbers pass modulus 11).
    "My phone number is\n1403894415",
    "Mit medlemskort har nummer:\n1808704435",
    # Two numbers, the second an alternative of the first.
    "Hvilken af regningerne gælder? Send regningsnummeret\n(0204911134 eller 0204911150).",
    # The phrase before a colon names the thing numbered, though its last word is short.
    "Faktura fra i år: nr. 1511903315",
    # More English labels.
    "My library card number 2212937749 does not work.",
])
def test_label_across_line_break_colon_and_english_labels(text: str) -> None:
    assert cprs(text) == []


@pytest.mark.parametrize("text", [
    # What must stay: a CPR word ending the line, and a signature's number.
    "Mit cpr-nummer er\n2207881549.",
    "Med venlig hilsen\nLise Dam\n2207881549",
    "Tlf. 43 57 75 75\n220788-1549",
])
def test_line_breaks_that_still_end_a_field(text: str) -> None:
    assert len(cprs(text)) == 1
