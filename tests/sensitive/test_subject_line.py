"""A bare topic on the subject line (session 13, from no corpus mail: sentences of our
own, after mail as it arrives at the hovedpostkasse).  A subject of a few words names
the topic, not whose it is, so a hit there was dropped unless the line named a person.
When the body opens about the writer, the topic is the writer's own matter: "Emne:
Sygemelding" then "jeg kan ikke komme til mødet".
"""

from __future__ import annotations

from datetime import date

import pytest

from classifiers.sensitive import categories, detect
from classifiers.sensitive.context.core import subject_of_writer

TODAY = date(2026, 11, 24)


def _cats(text: str) -> set[str]:
    return set(categories(detect(text, today=TODAY)))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Emne: Sygemelding\n\nHej\nJeg kan ikke komme til mødet på torsdag. Vil I give "
         "besked videre?\nMvh Lone", "health"),
        ("Emne: kontanthjælp\n\nhvornår kommer mine penge? har ikke fået noget i denne "
         "måned", "economy_social"),
        ("Fra: Jens Holm\nTil: Hovedpostkassen\nEmne: Boligstøtte\n\nHej, min ansøgning er "
         "ikke blevet behandlet endnu, det er 6 uger siden.", "economy_social"),
        ("Subject: Sygedagpenge\n\nHej Ishøj\nJeg har ikke fået udbetalt noget siden "
         "oktober.", "economy_social"),
    ],
)
def test_a_bare_topic_is_the_writers_when_the_body_opens_about_the_writer(
        text: str, category: str) -> None:
    assert category in _cats(text)


@pytest.mark.parametrize(
    "text",
    [
        # A question about people in general.
        "Emne: Kontanthjælp\n\nHej\nJeg vil gerne vide, hvor meget man kan få i "
        "kontanthjælp som enlig.",
        # No one at all.
        "Emne: Sygemelding\n\nHej. Hvordan er reglerne for sygemelding af ansatte i "
        "jeres dagtilbud?",
        # The writer only frames an opinion.
        "Emne: Demens\n\nKære Byråd\nJeg synes, der skal flere penge til demensområdet.",
        # The writer only frames a question.
        "Emne: Boligstøtte\n\nJeg vil gerne høre om reglerne for boligstøtte til "
        "studerende.",
        # The body names the topic again: the body's own rules decide (a device in a
        # housing department is no one's care).
        "Emne: Nødkald\n\nJeg sidder i bestyrelsen for afdelingen, og vi har fået nye "
        "nødkaldsanlæg i alle opgange. Hvem ringer man til, hvis de ikke virker?",
    ],
)
def test_a_bare_topic_stays_no_ones_when_the_body_does_not_speak_of_the_writer(
        text: str) -> None:
    assert not _cats(text) & {"health", "economy_social"}


def test_only_a_subject_line_hit_is_read_against_the_body() -> None:
    text = "Emne: Sygemelding\n\nJeg kan ikke komme i dag."
    start = text.index("Sygemelding")
    assert subject_of_writer(text, start, start + len("Sygemelding"))
    # The same word in the body is not on a subject line: the body's own rules decide.
    start = text.index("komme")
    assert not subject_of_writer(text, start, start + len("komme"))
    # The body names the topic again.
    text = "Emne: Nødkald\n\nJeg har fået nye nødkaldsanlæg i min afdeling."
    assert not subject_of_writer(text, 6, 13)
    assert subject_of_writer(text.replace("nødkaldsanlæg", "alarmer"), 6, 13)
    # A subject line with no body.
    assert not subject_of_writer("Emne: Sygemelding", 6, 17)
