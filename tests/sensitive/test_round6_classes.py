"""Round 6 (corpus7 classes): lexicon versions of 2026-11-23 (belief 10, economy_social
9, exclusions 10, health 10, property_trade 10, union 7), context/ and partners.py.
Each family of wording behind a residual miss is tested with sentences of our own:
positives, and the hard negatives that must stay as they were.
"""

from __future__ import annotations

import pytest

from classifiers.sensitive import Detector
from tests.sensitive.checks import check

# --- Health: speech therapy, muscular dystrophy, transfusion, "været på" a hospital ---


@pytest.mark.parametrize(
    "text",
    [
        "Vores datter går hos en talepædagog hver tirsdag efter skole.",
        "Min dreng skal til logopæd, men ventetiden er lang.",
        "Hendes lillebror har Beckers muskeldystrofi.",
        "Min far fik en blodtransfusion i sidste uge og er stadig svag.",
        "Min mor har været på Rigshospitalet hele ugen.",
        "far har været på psykiatrisk center hvidovre siden påske.",
    ],
)
def test_round6_health_positives(detector: Detector, text: str) -> None:
    check(detector, text, "health", True)


@pytest.mark.parametrize(
    "text",
    [
        "Vi søger en talepædagog til PPR på 30 timer om ugen.",
        "Vi flytter til kommunen i marts. Kan vi beholde vores læge i Greve?",
        "Hvornår kan jeg flytte, og må jeg beholde min egen læge?",
        "Stillingen kræver erfaring i sygedagpengesager og jobafklaring.",
        "Busserne har været på Hvidovre Hospital hele dagen for at hente personale.",
    ],
)
def test_round6_health_negatives(detector: Detector, text: str) -> None:
    check(detector, text, "health", False)


# --- Economy: no money, unpaid rent, integration programme, aids, family therapy -----


@pytest.mark.parametrize(
    "text",
    [
        "Brillerne koster 4000 kr., og dem har vi ikke selv råd til.",
        "Tandlægen vil have 6000 kr., og jeg har ikke de penge.",
        "Lejeren har ikke betalt siden august.",
        "Min svoger er på integrationsprogram og skal i praktik i Brøndby.",
        "Min mor har fået afslag på et nyt hjælpemiddel og vil klage.",
        "Han har søgt om en elscooter, fordi han ikke kan gå langt.",
        "Familien har fået tilknyttet en familiebehandler efter sommerferien.",
    ],
)
def test_round6_economy_positives(detector: Detector, text: str) -> None:
    check(detector, text, "economy_social", True)


def test_round6_separated_couple_still_counts(detector: Detector) -> None:
    # "separeret" moved to ``personal``: a couple stays economy_social.
    check(detector, "Min mand og jeg har været separeret siden foråret.", "economy_social", True)


@pytest.mark.parametrize(
    "text",
    [
        "Er det korrekt at kloakken er separeret i hele Torslunde?",
        "Sælger skal dokumentere, at der ikke er restancer på ejendommen.",
        "Banken vil have bekræftet, at der er ingen restancer til kommunen.",
        "Vi søger en sagsbehandler med erfaring i kontanthjælp og boligstøtte.",
        "Jeg vil gerne vide hvor mange borgere der modtager kontanthjælp i år.",
    ],
)
def test_round6_economy_negatives(detector: Detector, text: str) -> None:
    check(detector, text, "economy_social", False)


# --- Property: one's half of a property, buyers counted --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Min ekskone vil købe min ejerandel.",
        "Vi skal sælge vores halvdel af matriklen til naboen.",
        "Der er tre købere på banen, så vi venter med at beslutte os.",
        "Begge købere vil se kloakrapporten før de skriver under.",
    ],
)
def test_round6_property_positives(detector: Detector, text: str) -> None:
    check(detector, text, "property_trade", True)


@pytest.mark.parametrize(
    "text",
    [
        "Huset blev solgt i 2019, og nøglerne er overdraget.",
        "Kan halvdelen af parkeringspladsen blive til cykelparkering?",
    ],
)
def test_round6_property_negatives(detector: Detector, text: str) -> None:
    check(detector, text, "property_trade", False)


# --- Orientation: "har en kæreste der hedder", the reflexive "sin kæreste" -----------


@pytest.mark.parametrize(
    "text",
    [
        "Jeg går til håndbold og har en kæreste som hedder Louise.\n\nMvh Camilla",
        "Min bror Mikkel flytter ind med sin kæreste Anders til foråret.",
        "Min datter bor sammen med sin partner Sofie i Hundige.",
    ],
)
def test_round6_orientation_positives(detector: Detector, text: str) -> None:
    check(detector, text, "sexual_orientation", True)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har en kæreste der hedder Jonas.\n\nMvh Camilla",
        "Jeg mødte en mand der hedder Jonas ved stationen.\n\nMvh Peter",
        "Min datter bor sammen med sin kæreste Mads i Hundige.",
        "Min søn Oliver kommer med sin kæreste Emma til mødet.",
    ],
)
def test_round6_orientation_negatives(detector: Detector, text: str) -> None:
    check(detector, text, "sexual_orientation", False)


# --- Belief and union: free congregations, more union names ---------------------------


def test_round6_free_congregation_about_a_person(detector: Detector) -> None:
    check(detector, "Min onkel er med i en valgmenighed i Roskilde.", "belief", True)
    check(detector, "Hvor mange frimenigheder findes der i Danmark?", "belief", False)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg er medlem af Bibliotekarforbundet og har spurgt dem til råds.",
        "Jeg er medlem af Farmaceutforeningen og har spurgt dem.",
    ],
)
def test_round6_union_names(detector: Detector, text: str) -> None:
    check(detector, text, "union", True)
