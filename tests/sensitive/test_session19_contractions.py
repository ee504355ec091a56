"""English contractions (session 19).

A sentence that opens with a contracted pronoun and a capital word ("We're
Australians") is no organisation's name (ind86-047's class), and a curly apostrophe
("we’re", as Outlook and phones write it) reads as the straight one in phrases: no
corpus mail had one, so no phrase with an apostrophe had ever matched one.

Each case was written for this file.  The four parametrised positives failed before
the change; the union phrase (written with a curly apostrophe in union.yaml, so it
matched before too) and the last two tests are guards: an organisation's name is still
read as one, and a straight apostrophe still works."""

from __future__ import annotations

import pytest

from classifiers.sensitive import categories, detect


@pytest.mark.parametrize("text", [
    "We're Australians and moved here in May, so we need a doctor.",
    "We're Syrians and came to Ishøj in 2015.",
    "We\u2019re Australians and moved here in May, so we need a doctor.",
    "Hi, we\u2019re Poles and our son starts school in January.",
])
def test_contracted_pronoun_and_curly_apostrophe(text: str) -> None:
    assert "ethnicity" in categories(detect(text))


def test_curly_apostrophe_in_a_union_phrase() -> None:
    assert "union" in categories(detect("Jeg er med i Metal\u2019s a-kasse."))


def test_an_organisations_name_is_still_one() -> None:
    text = "Regnbuefamilier Sydvest holder sommerfest i Ishøj den 14. juni."
    assert "sexual_orientation" not in categories(detect(text))


def test_the_straight_apostrophe_still_works() -> None:
    assert "ethnicity" in categories(detect("Hi, we're Poles and live in Ishøj."))
