"""Lexicon version 8 and context/ (issue 3, round 4): families of wording behind the
residual misses of the tuning corpora, each fixed as a class and tested here with
sentences of our own: positives, and the hard negatives that must stay as they were.
"""

from __future__ import annotations

import re

import pytest

from classifiers.sensitive import Detector
from classifiers.sensitive.lexicon import _abbreviation_regex
from tests.sensitive.checks import check

# --- A party named by its letters and a person ending ("SF'er") ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Min svoger er SF'er.",
        "Som gammel V'er synes jeg, at vejen skal laves.",
        "Min far var K'er hele sit liv.",
        "Vi er begge DF'ere.",
        # A typographic apostrophe is split off by the tokenizer; a hyphen is kept.
        "Min nabo er LA\u2019er og taler kun om skat.",
        "Jeg er SF-er og vil gerne med til mødet.",
        "Jeg har været Ø'er, siden jeg var ung.",
        "jeg er sf'er og vil gerne have svar",
        # Two-letter abbreviations are no letters being counted, even after a number.
        "De to SF'ere i bestyrelsen har stemt imod.",
    ],
)
def test_party_abbreviation_member(detector: Detector, text: str) -> None:
    check(detector, text, "belief", True)


@pytest.mark.parametrize(
    "text",
    [
        # Letters being counted, not party members.
        "Mit efternavn staves med to S'er.",
        "Der er tre K'er i ordet.",
        # The party's letters alone, with no person ending: a question about a party.
        "Hvornår holder SF møde i Ishøj?",
    ],
)
def test_letters_are_no_party(detector: Detector, text: str) -> None:
    check(detector, text, "belief", False)


def test_abbreviation_regex_forms() -> None:
    rx = re.compile(_abbreviation_regex("DF'er"))
    for form in ("DF'er", "DF'ere", "DF'erne", "DF\u2019ers", "DF-er"):
        assert rx.fullmatch(form), form
    assert rx.match("DF'erfaring") is None
    one = re.compile(_abbreviation_regex("V'er"))
    assert one.search("jeg er V'er") is not None
    assert one.search("med to V'er") is None


# --- The subject of a work or a lesson is no one's ---------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Biografen viser en dokumentar om en familie, der bliver sat ud af deres lejlighed.",
         "economy_social"),
        ("Vores læsekreds har valgt en roman om en pige, hvis far sidder i fængsel.",
         "economy_social"),
        ("Vi holder et foredrag om islam og kristendom på biblioteket.", "belief"),
        ("I 7. klasse lærer eleverne om hinduisme og sikhisme.", "belief"),
        ("Jeg skriver speciale om unge med angst og depression.", "health"),
        ("Min datter har en opgave om rygning og lungekræft til biologi.", "health"),
        # A title in quotation marks, named as a film or a book.
        ('Vi ser filmen "To fædre og en hund" i klassen.', "sexual_orientation"),
        ('Næste måned læser 5.b "Min storebror er bøsse", en børnebog om at være anderledes.',
         "sexual_orientation"),
        # The study of religions as a job or a subject.
        ("Min kollega er religionshistoriker.", "belief"),
        ("Min datter har religionsfaget som valgfag.", "belief"),
    ],
)
def test_topic_is_no_ones(detector: Detector, text: str, category: str) -> None:
    check(detector, text, category, False)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The writer or someone they point to is in the subject.
        ("Jeg har skrevet en bog om min depression.", "health"),
        ("Min søn skriver opgave om sin ADHD.", "health"),
        ("Jeg holder et oplæg om diabetes, fordi jeg selv har diabetes.", "health"),
        # "om" as a time opens no subject.
        ("Han læser om aftenen, fordi han har ADHD og ikke kan sove.", "health"),
        # A slur or a record in quotation marks is reported speech, not a title.  (Until
        # session 15 the orientation example was a slur shouted at a son; by the labels
        # of ind52-217 and corpus63's writer a slur alone states no one's orientation,
        # round 26 made it so, and the example is now a son's own words in quotes.)
        ('Min søn skrev i sin dagbog: "jeg er bøsse". Nu ved vi det.', "sexual_orientation"),
        ('Han råbte "perker" og sang en sang om os.', "ethnicity"),
        ('Jeg læste i min journal: "diagnose: skizofreni". Det er forkert.', "health"),
    ],
)
def test_personal_subject_stays(detector: Detector, text: str, category: str) -> None:
    check(detector, text, category, True)


# --- A group of people, not a person -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Besparelsen på ydelser går ud over de mest udsatte ledige.", "economy_social"),
        ("I vores klub har vi flere muslimske medlemmer.", "belief"),
        ("Skolen har flere tosprogede familier end før.", "ethnicity"),
        ("Alle trossamfund i byen er inviteret til dialogmødet.", "belief"),
        ("Vi er en forening for somaliske mødre i Ishøj.", "ethnicity"),
    ],
)
def test_group_is_no_one(detector: Detector, text: str, category: str) -> None:
    check(detector, text, category, False)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The writer is in the group; a quantifier before a debt word is still theirs.
        ("Vi er mange muslimer i opgangen.", "belief"),
        ("Jeg har flere inkassosager.", "economy_social"),
        ("Min mor er en af de mange hjemløse i byen.", "economy_social"),
    ],
)
def test_group_with_the_writer_stays(detector: Detector, text: str, category: str) -> None:
    check(detector, text, category, True)


# --- A state denied for everyone named ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ingen af os er på kontanthjælp, vi spørger bare.", "economy_social"),
        ("Hverken jeg eller min mand får boligstøtte.", "economy_social"),
        ("Ingen i familien har diabetes.", "health"),
    ],
)
def test_denied_for_all(detector: Detector, text: str, category: str) -> None:
    check(detector, text, category, False)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The denial is itself the hardship.
        ("Ingen af os har råd til vinterstøvler.", "economy_social"),
        ("Min mand er på kontanthjælp, men ingen af børnene er syge.", "economy_social"),
    ],
)
def test_denial_elsewhere_keeps(detector: Detector, text: str, category: str) -> None:
    check(detector, text, category, True)


# --- A doctor as a register entry ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kan I rette min adresse? Der er også registreret en forkert læge på mig.",
        "Jeg har skiftet adresse, så lægen skal opdateres i jeres system.",
        "Lægen på mit sygesikringskort er den gamle.",
    ],
)
def test_doctor_as_register_entry(detector: Detector, text: str) -> None:
    check(detector, text, "health", False)


def test_doctor_who_treats_stays(detector: Detector) -> None:
    check(detector, "Min læge siger, at jeg skal holde pause.", "health", True)


# --- Sygedagpenge: paid for sick leave, so health as well as a benefit ---------------------


@pytest.mark.parametrize(
    ("text", "category", "want"),
    [
        ("Min kæreste får sygedagpenge i øjeblikket.", "health", True),
        ("Min kæreste får sygedagpenge i øjeblikket.", "economy_social", True),
        ("Vi lever af mine sygedagpenge.", "health", True),
        # The rules in general are no one's data.
        ("Hvor længe kan man få sygedagpenge?", "health", False),
        # With an illness or sick leave named it is both.
        ("Jeg er på sygedagpenge pga. stress.", "health", True),
        ("Jeg er sygemeldt og får sygedagpenge.", "health", True),
    ],
)
def test_sickness_benefit(detector: Detector, text: str, category: str, want: bool) -> None:
    check(detector, text, category, want)


# --- Property: trades concluded, pending, negotiated; ownership; estate agents -------------


@pytest.mark.parametrize(
    "text",
    [
        # A trade named with its object, already concluded.
        "Købet af rækkehuset blev gennemført i maj; hvem tømmer containeren?",
        "Salget af lejligheden er gået igennem, hvornår skal vi melde flytning?",
        "Handlen på vores villa gik igennem i april, og nu vil vi bygge en carport.",
        # A property charged a fee or a tax is owned.
        "Jeg har fået en regning på ejendomsskat for vores sommerhusgrund.",
        "Der er opkrævet renovationsgebyr for en byggegrund, som vi ikke ejer.",
        # A bid for a tender; a negotiation about something else.
        "Vores firma vil gerne byde på kommunens opgaver.",
        "Vi forhandler med fagforeningen om en ny overenskomst.",
        # An estate agents' chain or trade.
        "Der åbner snart endnu en ejendomsmæglerkæde i centret.",
        "Min søn vil gerne ind i ejendomsmæglerbranchen.",
        # Concluded, with nothing pending.
        "Vi har købt huset i 2019.",
    ],
)
def test_no_pending_trade(detector: Detector, text: str) -> None:
    check(detector, text, "property_trade", False)


@pytest.mark.parametrize(
    "text",
    [
        # A purchase on a condition, or with a way out.
        "Min kone og jeg købte lejligheden under forudsætning af et godkendt lån.",
        "Vi købte huset i går, og vi kan træde tilbage fra købet til på fredag.",
        # Negotiating with the other side, a bid on a property.
        "Jeg er i forhandlinger med sælgeren af sommerhuset.",
        "Min far forhandler med ejerne af marken bag gården.",
        "Vi vil gerne byde på naboens hus.",
        # The trade named with its object, not yet concluded.
        "Handlen på huset er ikke på plads endnu.",
        # Guards: a property to sell, an estate agent at work.
        "Vi vil sælge vores sommerhusgrund.",
        "Ejendomsmægleren kommer og vurderer vores hus på fredag.",
    ],
)
def test_pending_trade(detector: Detector, text: str) -> None:
    check(detector, text, "property_trade", True)


# --- Money owed to the writer; asking whether there is debt -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har betalt regningen to gange; her er min konto til tilbagebetaling.",
        "Hvornår får jeg tilbagebetaling af det for meget betalte?",
        "Tilbagebetalingen til min konto er ikke kommet.",
        "Kan I oplyse, om der er gæld på huset, før vi køber det?",
    ],
)
def test_no_debt(detector: Detector, text: str) -> None:
    check(detector, text, "economy_social", False)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har fået et krav om tilbagebetaling på 4.000 kr.",
        "Kommunen kræver, at jeg skal tilbagebetale 4.000 kr.",
        "Jeg har gæld til kommunen.",
    ],
)
def test_debt_stays(detector: Detector, text: str) -> None:
    check(detector, text, "economy_social", True)


# --- Same-sex partners: the reflexive "sin", the verb before "jeg" ----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Min søster lever sammen med sin kone på Bornholm.", True),
        ("Min eksmand bor med sin nye mand i Valby.", True),
        ("Hun er gift med sin kone.", True),
        ("Min datter og hendes nye kone kommer til jul.", True),
        ("Min bror bor sammen med sin kone.", False),
        ("Min mor er flyttet sammen med sin nye mand.", False),
        # The writer's own partner, the verb before "jeg" after a fronted phrase.
        ("Siden i sommer bor jeg sammen med en mand.\n\nMvh\nPeter", True),
        ("Siden sidste år er jeg gift med en kvinde.\n\nHilsen\nLone", True),
        ("Nu er jeg sammen med en kvinde.\n\nMvh\nPeter", False),
    ],
)
def test_same_sex_partner(detector: Detector, text: str, want: bool) -> None:
    check(detector, text, "sexual_orientation", want)
