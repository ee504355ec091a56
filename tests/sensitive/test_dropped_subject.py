"""A statement with "jeg" dropped, then a question joined by "og" with no comma
(session 13, review): "hej. har kræft og vil gerne vide, om ...?".  The question frame
"og vil gerne vide/høre/spørge" makes the clause before it the writer's statement, in
every category; round 22 had mended it for union alone."""

from __future__ import annotations

from datetime import date

import pytest

from classifiers.sensitive import categories, detect

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("hej. har kræft og vil gerne vide om der er hjælp at få?", "health"),
        ("Hej. Er på kontanthjælp og vil gerne høre om der er hjælp til tandlæge?",
         "economy_social"),
        ("hej. er muslim og vil gerne spørge om der er halal mad på skolen?", "belief"),
        ("hej. er i HK og vil gerne vide om kommunen har en aftale med HK om løn?",
         "union"),
    ],
)
def test_a_statement_before_og_vil_gerne_vide_is_the_writers(
        text: str, category: str) -> None:
    assert category in set(categories(detect(text, today=TODAY)))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # A subject after the verb: a question about people in general, as before.
        ("Har man ret til kontanthjælp og vil kommunen gerne vide hvor mange?",
         "economy_social"),
        ("Er der nogen med kræft og vil I gerne vide mere om tilbuddet?", "health"),
    ],
)
def test_a_question_with_its_subject_stays_no_ones(text: str, category: str) -> None:
    assert category not in set(categories(detect(text, today=TODAY)))
