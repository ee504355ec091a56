"""A compound written as two words (særskrivning; session 13, from no corpus mail: our
own sentences).  Citizens often split compounds ("hjemme hjælp", "førtids pension",
"ryg skade"); the lexicon's entries are one word.  Two adjacent words are read as one
only by whole entries: an exact form, or a prefix entry whose stem runs into the
second word and leaves an inflection.
"""

from __future__ import annotations

from datetime import date

import pytest

from classifiers.sensitive import build_detector, categories, detect

TODAY = date(2026, 11, 24)


def _cats(text: str) -> set[str]:
    return set(categories(detect(text, today=TODAY)))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("min mor får hjemme hjælp tre gange om ugen", "economy_social"),
        ("jeg søger bolig støtte nu hvor jeg bor alene", "economy_social"),
        ("jeg er på førtids pension og har ikke råd til tandlægen", "economy_social"),
        ("vores hus skal på tvangs auktion i januar", "property_trade"),
        ("jeg har fået en ryg skade og kan ikke løfte noget", "health"),
        ("Min mand er tillids repræsentant på lageret", "union"),
    ],
)
def test_a_compound_written_apart_is_found(text: str, category: str) -> None:
    assert category in _cats(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Two words that are words of their own: an ordinal and a noun, a preposition
        # and a noun.
        ("Vi er tredje generation i familien, der driver gartneriet.", "ethnicity"),
        ("Bag grunden løber en sti ned til stranden.", "ethnicity"),
        # A general statement stays general, joined or not.
        ("Hjemme hjælp er vigtig for mange ældre i kommunen.", "economy_social"),
    ],
)
def test_words_of_their_own_stay_apart(text: str, category: str) -> None:
    assert category not in _cats(text)


def test_only_whole_entries_join() -> None:
    lexicon = build_detector()._lexicon
    # A prefix entry whose stem runs into the second word, with an inflection after.
    assert ("property_trade" in {c for c, _ in lexicon.joined("tvangs", "auktionen")})
    # A stem that ends inside the second word: "morgen" is no "mor" + an inflection.
    assert "economy_social" not in {c for c, _ in lexicon.joined("pleje", "morgen")}
    assert "economy_social" in {c for c, _ in lexicon.joined("pleje", "mor")}
    # A stem inside the first word: the first word's own hit, not a compound.
    assert not lexicon.joined("kørestolsbruger", "efter")
    # Nor a lemma that falls back inside the first word ("misbrugersin" -> "misbruger").
    assert not lexicon.joined("misbruger", "sin")
