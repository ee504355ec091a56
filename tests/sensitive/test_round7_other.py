"""Round 7 (corpus8 and corpus9 classes) for property_trade, ethnicity,
sexual_orientation, belief and union: lexicon versions of 2026-11-23 (property_trade 11,
ethnicity 9, sexual_orientation 10, belief 11) and partners.py.  Each family of wording
behind a miss is tested with sentences of our own: positives, and the hard negatives
that must stay as they were.  The ``*_guards`` tests hold sentences that passed before
too: they keep the demoted words (now weak or ``personal``) counting where a person
takes part, and the new entries silent on their look-alikes.
"""

from __future__ import annotations

import pytest

from classifiers.sensitive import Detector
from tests.sensitive.checks import check

# --- Property: adjective before the property, counted properties, bids received,
# --- "meldt det til salg", formal passives; agent and energy label are weak ----------


@pytest.mark.parametrize(
    "text",
    [
        "Vi vil gerne købe gammelt hus i Torslunde, men vi mangler svar fra banken.",
        "Vi drømmer om at købe stort hus med have, og mægleren har vist os et i Ishøj.",
        "Vi forhandler med ejerne af to grunde ved Vejleåen.",
        "Jeg har modtaget et bud fra en nabo på min landbrugsjord og skal svare i morgen.",
        "Der er kommet et bud fra et ungt par, men intet er aftalt.",
        "Vi har fået to bud, og nu skal vi vælge.",
        "Vi har meldt det til salg gennem haveforeningen.",
        "Mine forældres villa på Højen skal derfor afhændes inden jul.",
    ],
)
def test_round7_property_positives(detector: Detector, text: str) -> None:
    check(detector, text, "property_trade", True)


@pytest.mark.parametrize(
    "text",
    [
        # An agent's job title in a signature under a concluded trade.
        "Skødet er tinglyst, og den nye ejer er flyttet ind.\n\nMvh Camilla Berg, "
        "ejendomsmægler",
        # An energy label needed for letting.
        "Vi lejer rækkehuset ud fra marts og vil vide, om vi skal have et energimærke.",
    ],
)
def test_round7_property_negatives(detector: Detector, text: str) -> None:
    check(detector, text, "property_trade", False)


def test_round7_property_guards(detector: Detector) -> None:
    """The agent demoted to weak still counts as one's own agent or at work on a sale,
    not as a chain of agents; a bare trade verb before a property's name is no trade
    ("Hus Forbi" is the street paper)."""
    check(detector, "Vores ejendomsmægler siger, at kommunen skal godkende carporten.",
          "property_trade", True)
    check(detector, "Ejendomsmægleren siger, at udestuen skal lovliggøres først.",
          "property_trade", True)
    check(detector, "Jeg sælger Hus Forbi foran Netto hver formiddag.", "property_trade",
          False)
    check(detector, "En ejendomsmæglerkæde har sat bannere op ved busstoppestedet.",
          "property_trade", False)


# --- Ethnicity: missing demonyms, "og er <nationalitet>", "go home" slurs, English
# --- origin with a person noun; plural citizens and language teaching as a service --


@pytest.mark.parametrize(
    "text",
    [
        "Jeg hjælper en eritreansk dreng med lektierne hver onsdag.",
        "Hans kone er hviderussisk og taler ikke dansk endnu.",
        "Jeg hedder Samir og er sudansk, og jeg søger en praktikplads.",
        "Nogen har råbt skrid hjem til Somalia efter min søn på vej hjem fra skole.",
        "Naboen skrev på vores dør at vi skulle tage hjem til dit eget land.",
        "I am a young woman from Syria and I need help with my rent.",
        "My husband and I moved here from Poland two years ago.",
    ],
)
def test_round7_ethnicity_positives(detector: Detector, text: str) -> None:
    check(detector, text, "ethnicity", True)


@pytest.mark.parametrize(
    "text",
    [
        "Gælder reglerne om fritidsboliger også for udenlandske statsborgere?",
        "Jeg vil gerne vide, om kommunen tilbyder modersmålsundervisning i urdu.",
    ],
)
def test_round7_ethnicity_negatives(detector: Detector, text: str) -> None:
    check(detector, text, "ethnicity", False)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Mother-tongue teaching, now ``personal``, still counts about a person.
        ("Min datter går til modersmålsundervisning i arabisk om lørdagen.", True),
        # Going home for the holidays is no slur; a parcel from a country no origin.
        ("Vi tager hjem til Polen i juleferien og er tilbage den 4. januar.", False),
        ("The parcel from Germany arrived at the wrong address.", False),
    ],
)
def test_round7_ethnicity_guards(detector: Detector, text: str, want: bool) -> None:
    check(detector, text, "ethnicity", want)


# --- Orientation: English spellings, a named partner between "min kæreste" and "og
# --- jeg", partners.py classes ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "jeg er asexual og vil gerne tale med nogen om det",
        "Min søn fortalte i går, at han er asexual.",
        "min kæreste jonas og jeg er begge drenge og vil gerne bo sammen",
        # A signature block with no closing word: the name above the address.
        "Hej\n\nMin mand Kasper og jeg søger om en større lejlighed.\n\nNiels Holm\n"
        "Tranegilde Strand 4\n2635 Ishøj\ntlf 22 33 44 55",
        # The writer's name in brackets after "jeg".
        "Min kone Pernille og jeg (Louise) vil gerne være plejefamilie.",
        # A child's partner named after "en kæreste".
        "Vores datter Ida har fået en kæreste, Freja, og de vil gerne på lejr sammen.",
        # Two first names of one sex said to be married.
        "Jeg skriver for Mikkel og Anders Holt, der er gift og venter på en bolig.",
    ],
)
def test_round7_orientation_positives(detector: Detector, text: str) -> None:
    check(detector, text, "sexual_orientation", True)


@pytest.mark.parametrize(
    "text",
    [
        # A quoted reply's signature is not the writer's: Henrik's wife.
        "Hej igen\n\nMin kone Bente kan ikke komme til mødet.\n\nMed venlig hilsen\n"
        "Henrik Dam\n\n--- Oprindelig besked ---\nFra: Ishøj Kommune\nDato: 3. maj\n\n"
        "Kære Henrik\nVi bekræfter mødet.\nVenlig hilsen, Susanne Lund",
    ],
)
def test_round7_orientation_negatives(detector: Detector, text: str) -> None:
    check(detector, text, "sexual_orientation", False)


@pytest.mark.parametrize(
    "text",
    [
        # Opposite-sex partners and couples, and siblings: the new rules stay silent.
        "Vores søn Mads har fået en kæreste, Emma, og de vil gerne på lejr sammen.",
        "Peter og Lars er begge gift og har børn i 3. klasse.",
        "Mette og Jonas er gift og vil søge om en større bolig.",
        "min søster og jeg er begge piger og går til fodbold",
    ],
)
def test_round7_orientation_guards(detector: Detector, text: str) -> None:
    check(detector, text, "sexual_orientation", False)


# --- Belief: places, services and prayers need taking part; a fellow party member ---


@pytest.mark.parametrize(
    "text",
    [
        "Jeg skriver som partifælle i Enhedslisten og vil gerne mødes.",
        "Som kristendemokrat mener jeg, at søndagen skal holdes fri.",
    ],
)
def test_round7_belief_positives(detector: Detector, text: str) -> None:
    check(detector, text, "belief", True)


@pytest.mark.parametrize(
    "text",
    [
        "Hvornår begynder fredagsbønnen i moskeen på Industrivej? Vi kan ikke parkere.",
        "Jeg bor ved siden af moskeen, og der holder biler på fortovet.",
        "Må jeg spørge, om gudstjenesten 2. juledag er flyttet til kl. 11?",
        "Jeg har hørt at der skal være en koranskole i den nye bygning.",
        "Vi hjælper som frivillige i menighedsplejen med julehjælp.",
        "Lokalplanen har et bederum, og jeg er bekymret for trafikken.",
        "For mig handler det ikke om religion, men om støj om natten.",
    ],
)
def test_round7_belief_negatives(detector: Detector, text: str) -> None:
    check(detector, text, "belief", False)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Taking part in worship still counts now that the places are weak.
        ("Min far beder i moskeen hver fredag og kan ikke komme til mødet.", True),
        ("Vi går til gudstjeneste hver søndag i Torslunde.", True),
        ("Min søn går i koranskole om lørdagen.", True),
        ("Min religion forbyder mig at spise svinekød.", True),
        ("Min mor sidder i menighedsrådet.", True),
        ("Jeg har spurgt, om min far kan beholde sin plads i moskeens bestyrelse.", True),
        # Someone else's party, a council, a board that is no congregation's.
        ("Din partifælle i byrådet lovede os en ny legeplads.", False),
        ("Kan I tage det op med menighedsrådet?", False),
        ("Bestyrelsen i grundejerforeningen spørger om parkering ved moskeen.", False),
    ],
)
def test_round7_belief_guards(detector: Detector, text: str, want: bool) -> None:
    check(detector, text, "belief", want)
