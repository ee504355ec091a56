"""Lexicon version 7 and context/ (issue 3): families found after corpus5.

* A union that hosts, rents, arranges or employs is an organisation, not anyone's
  membership (``person.union_as_organisation``); a membership word still counts.
* A workplace or a job named as such is not the writer's circumstances
  (``person.as_work``), nor is a book or play about a subject.
* Origin said with "selv", a family from a country, the country one is from before a
  clause; tooth injuries, food intolerance, treatment verbs.

The sentences are our own paraphrases, not corpus mails.
"""

from __future__ import annotations

import pytest

from classifiers.sensitive import Detector
from tests.sensitive.checks import cats

# --- A union as an organisation: no one's membership ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "FOA holder generalforsamling i vores sal, må de stille borde op på græsset?",
        "Vi har lejet HK's kursuscenter til vores sommerfest, er der parkering?",
        "Festen blev arrangeret af fagbevægelsen, og vi kunne ikke sove for larmen.",
        "Min bror arbejder som regnskabsmedarbejder hos 3F og skal have pasning fra kl. 7.",
        "Dansk Metal, HK og BUPL har sagt ja til at deltage i messen på rådhuset.",
        "Vi mødes i Fagbevægelsens Hus på tirsdag, kan man parkere der?",
        "Kan jeg leje jeres lokale?\n\nMvh\nSara Holm, BUPL Vest, kommunikationsafdelingen",
    ],
)
def test_union_as_organisation_is_not_membership(detector: Detector, text: str) -> None:
    assert "union" not in cats(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg er medlem af FOA og vil klage over min vagtplan.",
        "3F har hjulpet mig med min sag mod arbejdsgiveren.",
        "Min tillidsrepræsentant fra HK holder møde med mig i morgen.",
        "Jeg arbejder som sosu-hjælper og er i FOA's a-kasse.",
    ],
)
def test_union_membership_still_found(detector: Detector, text: str) -> None:
    assert "union" in cats(detector, text)


# --- A workplace, a job, a book: not the person's circumstances ----------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Jeg er ansat som vagt i Horserød Fængsel og kører tidligt.", "economy_social"),
        ("Jeg søger stillingen som sagsbehandler i Ydelsescentret.", "economy_social"),
        ("Min søn skal bruge en straffeattest til sit fritidsjob som træner.",
         "economy_social"),
        ("Jeg ønsker flere bøger om plejefamilier, skilsmissefamilier og adoption.",
         "economy_social"),
    ],
)
def test_work_and_topics_not_found(detector: Detector, text: str, category: str) -> None:
    assert category not in cats(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg arbejder ikke længere, jeg er på kontanthjælp.",
        "Jeg mistede mit job i foråret og får nu dagpenge.",
        "Jeg har en plettet straffeattest og kan ikke få job.",
    ],
)
def test_money_trouble_near_work_still_found(detector: Detector, text: str) -> None:
    assert "economy_social" in cats(detector, text)


# --- Origin, health ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Jeg er formand for klubben og selv tyrkisk af fødsel.", "ethnicity"),
        ("Hun er selv somalisk, ligesom sin mand.", "ethnicity"),
        ("Vi er en familie fra Eritrea og er lige flyttet hertil.", "ethnicity"),
        ("Hans far vil rejse til Irak, hvor han selv er fra.", "ethnicity"),
        ("Min nabo er rom og bliver chikaneret.", "ethnicity"),
        ("En dreng råbte sorte abe efter min datter.", "ethnicity"),
        ("Vi er nogle ukrainske håndværkere, der søger bolig.", "ethnicity"),
        ("Min søn tåler ikke mælk, kan køkkenet tage hensyn?", "health"),
        ("Vores datter kan ikke tåle nødder.", "health"),
        ("Jeg er laktoseintolerant og vil gerne have en anden ret.", "health"),
        ("Min kindtand skal rodbehandles i næste uge.", "health"),
        ("Han faldt på cyklen, og hans fortand er knækket.", "health"),
        ("Hun har haft mavepine hele ugen.", "health"),
        ("Min søn har fået tandregulering, og bøjlen gør ondt.", "health"),
    ],
)
def test_found(detector: Detector, text: str, category: str) -> None:
    assert category in cats(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hvornår åbner den tyrkiske restaurant på torvet?", "ethnicity"),
        ("Kan man få glutenfri mad i kantinen?", "health"),
        ("Mælk må ikke stå i solen i køkkenet.", "health"),
    ],
)
def test_not_found(detector: Detector, text: str, category: str) -> None:
    assert category not in cats(detector, text)


# --- Social services received: aids lent, housing changes, misspelt benefits ----------


@pytest.mark.parametrize(
    "text",
    [
        "Min far har søgt om en trappelift, men har ikke hørt noget.",
        "Kan vi låne en badetaburet til min mor, hun er lige kommet hjem?",
        "Vi har ansøgt om boligskift, fordi jeg ikke kan klare trapperne.",
        "Jeg er i virksomhedspraktik i en bager gennem jobcentret.",
        "hvorfor er min kontanhjælp ikke kommet",
        "min kontantjælp er for lidt til huslejen",
    ],
)
def test_social_services_found(detector: Detector, text: str) -> None:
    assert "economy_social" in cats(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hvilke firmaer leverer trappelifte til kommunens plejecentre?",
        # A need alone is not a service applied for or received.
        "Min mormor har nok brug for en badebænk, hvad koster sådan en?",
    ],
)
def test_aid_not_applied_for_is_not_a_service(detector: Detector, text: str) -> None:
    assert "economy_social" not in cats(detector, text)
