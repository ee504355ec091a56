"""Mail typed by staff about a caller (session 12, from no corpus mail): a phone note
names the citizen "Borger" with no article, first in its sentence.  Before, only
"borgeren" was a person word, so a note's sentence read as about no one.
"""

from __future__ import annotations

from datetime import date

from classifiers.sensitive import categories, detect

TODAY = date(2026, 11, 24)


def _cats(text: str) -> set[str]:
    return set(categories(detect(text, today=TODAY)))


def test_borger_first_in_a_phone_note_is_the_caller() -> None:
    assert "ethnicity" in _cats("Tlf.notat 12/11: Borger er fra Somalia og har brug for tolk.")
    assert "ethnicity" in _cats("Ringede i dag kl. 10. Borger er fra Eritrea.")
    assert "ethnicity" in _cats("Borger er fra Syrien og taler kun arabisk.")


def test_a_citizen_in_general_stays_no_one() -> None:
    # "en borger", "hver borger" mid-sentence: a person in general, as before.
    assert "property_trade" not in _cats(
        "Hvad gør kommunen, når en borger mister sit hus på tvangsauktion? Er der nogen "
        "hjælp til at finde en ny bolig? Det er til en artikel i lokalavisen.")
    assert "ethnicity" not in _cats("Hvad gør kommunen, når en borger er fra Somalia?")
