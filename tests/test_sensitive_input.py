"""What the classifier hands the sensitive-data detector (session 13): the subject as an
"Emne:" line and a blank line before the body, the shape the detector's subject rules
and its benchmark corpora know.  Before, the bare subject ran on into the body's first
line as one sentence ("Kontanthjælp" + "jeg vil gerne vide ..." read as the writer on
kontanthjælp)."""

from __future__ import annotations

import datetime as dt

from daemon.classify import Classifier, sensitive_input
from daemon.config import load_config
from daemon.core.message import Address, Forwarded, Message

from .conftest import RULES

TODAY = dt.date(2026, 11, 24)


def _message(subject: str, text: str, forwarded: tuple[Forwarded, ...] = ()) -> Message:
    return Message(message_id="<t@example.org>", subject=subject,
                   sender=Address("borger@example.org", "Borger"), text=text,
                   forwarded=forwarded)


def test_the_subject_is_an_emne_line_before_a_blank_line() -> None:
    assert sensitive_input("Kontanthjælp", "Hej") == "Emne: Kontanthjælp\n\nHej"
    assert sensitive_input(None, "Hej") == "Emne: \n\nHej"


def test_a_bare_topic_in_the_subject_is_no_ones_unless_the_body_speaks_of_the_writer(
        env_clean: None) -> None:
    classifier = Classifier(load_config(RULES, env={}))
    topic_only = _message("Kontanthjælp", "Hej, jeg vil gerne vide, hvornår I har åbent.")
    assert classifier.classify(topic_only, TODAY).sensitive == ()
    own = _message("Kontanthjælp", "hvornår kommer mine penge? har ikke fået noget i denne "
                                   "måned")
    assert classifier.classify(own, TODAY).sensitive == ("economy_social",)


def test_an_attached_original_gets_its_own_emne_line(env_clean: None) -> None:
    classifier = Classifier(load_config(RULES, env={}))
    topic_only = Forwarded(Address("borger@example.org", "Borger"), None, "Kontanthjælp",
                           "Hej, jeg vil gerne vide, hvornår I har åbent.", "attached:rfc822")
    forward = _message("VS: henvendelse", "Til orientering.", (topic_only,))
    assert classifier.classify(forward, TODAY).sensitive == ()
    own = Forwarded(Address("borger@example.org", "Borger"), None, "Kontanthjælp",
                    "hvornår kommer mine penge? har ikke fået noget i denne måned",
                    "attached:rfc822")
    forward = _message("VS: henvendelse", "Til orientering.", (own,))
    assert classifier.classify(forward, TODAY).sensitive == ("economy_social",)
