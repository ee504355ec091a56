"""Round 5 (corpus6 classes): lexicon versions of 2026-11-23 (belief 9, economy_social
8, ethnicity 8, exclusions 9, health 9, names 3, property_trade 9, sexual_orientation 9),
context/ and partners.py.  Each family of wording behind a residual miss is tested
with sentences of our own: positives, and the hard negatives that must stay as they
were.
"""

from __future__ import annotations

import pytest

from classifiers.sensitive import Detector
from classifiers.sensitive.partners import writer_sex
from tests.sensitive.checks import check

# --- A party in a greeting or by its council representative is not the writer's -------


@pytest.mark.parametrize(
    "text",
    [
        "Kære Socialdemokrater\n\nHvornår bliver cykelstien langs åen færdig?\n\nMvh Bo",
        "Hej Konservative i byrådet\n\nHvorfor stemte I nej til den nye legeplads?\n\nHilsen Ulla",
        "Til Socialdemokraterne i Ishøj\n\nTak for en god debat i aftes.",
        "På mødet lovede Socialdemokraternes ordfører os en ny trafiktælling.",
        "Vi talte med Socialdemokraternes byrådsmedlem, som ville se på sagen.",
    ],
)
def test_party_addressed_or_represented_is_no_belief(detector: Detector, text: str) -> None:
    check(detector, text, "belief", False)


@pytest.mark.parametrize(
    "text",
    [
        "Kære Ole\n\nJeg er socialdemokrat og har altid stemt på jer.\n\nMvh Lise",
        "Jeg har været medlem af Socialdemokratiet i 30 år.",
        "Min svigerfar er gammel socialdemokrat og synes det samme.",
        "Hej, jeg er socialdemokrat og vil gerne stille op til skolebestyrelsen.",
        "Kære Pia, Jeg er muslim og beder om et stille rum på arbejdet.",
    ],
)
def test_own_party_still_counts(detector: Detector, text: str) -> None:
    check(detector, text, "belief", True)


# --- Faith denied for everyone named is a conviction ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ingen af os er troende, så vi vil helst have en borgerlig begravelse.",
        "Hverken min kone eller jeg er religiøse, og vi ønsker ikke dåb.",
        "Ingen i familien er troende længere.",
    ],
)
def test_faith_denied_for_all_is_belief(detector: Detector, text: str) -> None:
    check(detector, text, "belief", True)


@pytest.mark.parametrize(
    "text",
    [
        "Ingen af os får kontanthjælp, vi vil bare høre om reglerne.",
        "Hverken jeg eller min mand modtager boligstøtte.",
    ],
)
def test_other_states_denied_for_all_stay_out(detector: Detector, text: str) -> None:
    check(detector, text, "economy_social", False)


# --- Facing Mecca; a free church as a place -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Min svigermor ønsker at blive begravet med ansigtet mod Mekka.",
        "Min søn beder mod Mekka fem gange om dagen og skal bruge et stille rum.",
    ],
)
def test_facing_mecca_is_belief(detector: Detector, text: str) -> None:
    check(detector, text, "belief", True)


@pytest.mark.parametrize(
    "text",
    [
        "Må en frikirke leje gymnastiksalen om søndagen?",
        "Der holder en bus fra en frikirke ulovligt på p-pladsen hver søndag.",
        "Gravfeltet er anlagt, så gravene ligger vendt mod Mekka.",
    ],
)
def test_free_church_or_grave_field_is_no_ones_belief(detector: Detector, text: str) -> None:
    check(detector, text, "belief", False)


def test_free_church_about_a_person_is_belief(detector: Detector) -> None:
    check(detector, "Vi går i en frikirke i Glostrup og vil gerne låne et lokale.",
           "belief", True)


# --- A union as employer, café or sports event ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jeg er ansat som kontorelev i 3F's a-kasse og skal bruge en parkeringstilladelse.",
        "Jeg arbejder som rådgiver i HK's a-kasse og vil høre om jeres jobmesse.",
        "Hvornår åbner FOA jobcaféen igen efter sommerferien?",
        "Er der stadig plads på Det Faglige Hus' kursus i CV-skrivning?",
        "Støjen fra HK-fodbolden på banen bag os er slem om søndagen.",
        "Til 3F-stævnet i Idrætsparken mangler der toiletter.",
    ],
)
def test_union_as_organisation(detector: Detector, text: str) -> None:
    check(detector, text, "union", False)


@pytest.mark.parametrize(
    "text",
    [
        "Jeg arbejder i en børnehave og er organiseret i BUPL.",
        "Jeg er medlem af 3F's a-kasse og har mistet mit job.",
        "Jeg har været i Det Faglige Hus i ti år.",
    ],
)
def test_union_membership_stays(detector: Detector, text: str) -> None:
    check(detector, text, "union", True)


# --- Same-sex partners: a one-line mail's sign-off, a pronoun, more names --------------


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("Kan I sende en ny affaldskalender? Vi har ikke fået nogen. Mvh Henrik Olsen", "m"),
        ("Tak for hjælpen i går! Venlig hilsen Birthe, Ishøj Strand", "f"),
        ("Hvornår tømmes containeren? mvh Søren.", "m"),
    ],
)
def test_inline_sign_off_gives_writer_sex(text: str, sex: str) -> None:
    assert writer_sex(text) == sex


def test_inline_sign_off_needs_a_sentence_end() -> None:
    # A closing word that does not end the mail's last sentence is no signature.
    assert writer_sex("Vi fik en hilsen Morten sendte fra ferien, og den var sjov") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Min mand og jeg vil gerne høre om seniorboliger. Mvh Jens Holm", True),
        ("Min mand og jeg vil gerne høre om seniorboliger. Mvh Jette Holm", False),
        ("Min kone har fået nyt job, så vi flytter. Venlig hilsen Camilla", True),
    ],
)
def test_one_line_mail_partner(detector: Detector, text: str, want: bool) -> None:
    check(detector, text, "sexual_orientation", want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Min partner kommer også til samrådet. Hun hedder Sofie Dahl.\n\nMvh\nTina", True),
        ("Min kæreste og jeg søger en lejlighed, han hedder Mads.\n\nHilsen\nKasper", True),
        ("Min kæreste kommer også. Hun hedder Lærke.\n\nMvh\nMorten", False),
        ("Min partner kommer også. Han hedder Bo.\n\nMvh\nLouise", False),
    ],
)
def test_partner_sex_from_pronoun(detector: Detector, text: str, want: bool) -> None:
    check(detector, text, "sexual_orientation", want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Min mand Carlos og jeg har fået en datter.\n\nMvh\nJavier Ruiz", True),
        ("Min kone Lucía og jeg har fået en datter.\n\nMvh\nCarmen Ruiz", True),
        ("Min mand Carlos og jeg har fået en datter.\n\nMvh\nCarmen Ruiz", False),
    ],
)
def test_spanish_names(detector: Detector, text: str, want: bool) -> None:
    check(detector, text, "sexual_orientation", want)


# --- Orientation words: "pan", rainbow couples ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "jeg er pan og vil gerne i en ungdomsklub hvor det er ok",
        "Vores datter er pan, og hun bliver drillet i klassen.",
        "Vi er et regnbuepar og vil gerne adoptere.",
        "Som regnbueforældre oplever vi, at skemaerne kun har far og mor.",
        "Vi er regnbuemødre til to drenge på Vejleåskolen.",
    ],
)
def test_orientation_words(detector: Detector, text: str) -> None:
    check(detector, text, "sexual_orientation", True)


@pytest.mark.parametrize(
    "text",
    [
        "Skoleteatret spiller Peter Pan i december.",
        "Hvor kan vi låne et regnbueflag til sommerfesten?",
        "Det er panden på komfuret, der er i stykker.",
    ],
)
def test_orientation_hard_negatives(detector: Detector, text: str) -> None:
    check(detector, text, "sexual_orientation", False)


# --- Origin: regions, the Sami, a short word before "og fra", a person from ------------


@pytest.mark.parametrize(
    "text",
    [
        "Min svigerfar er fra Kashmir og taler kun lidt dansk.",
        "Vi er fra Punjab og vil gerne have en tolk til mødet.",
        "Min mor er same, og vi vil gerne vise vores dragter frem.",
        "Jeg har samisk baggrund og savner noget om det på biblioteket.",
        "Min nabo er 80 og fra Tyrkiet, og hun kan ikke læse brevet.",
        "Hun er enke og fra Somalia og har brug for hjælp til skemaet.",
        "Vi er nogle muslimer fra Bosnien, der mangler et lokale til fredagsbøn.",
    ],
)
def test_origin_families(detector: Detector, text: str) -> None:
    check(detector, text, "ethnicity", True)


@pytest.mark.parametrize(
    "text",
    [
        "Vi kører til og fra Polen hver sommer med campingvognen.",
        "Hvor mange flygtninge fra Syrien har kommunen taget imod i år?",
        "Biblioteket har en udstilling om samisk kunst i marts.",
        "Det er samme problem som sidste år med vejen.",
    ],
)
def test_origin_hard_negatives(detector: Detector, text: str) -> None:
    check(detector, text, "ethnicity", False)


# --- Health: sores, a body part broken in plain words, heavy drinking ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Min far har fået tryksår efter tre uger i sengen.",
        "Hjemmesygeplejersken skal se til min mors liggesår hver dag.",
        "Mit knæ er helt ødelagt, så jeg kan ikke gå til genbrugspladsen.",
        "min skulder er smadret efter faldet og jeg kan ikke løfte noget",
        "Hans hofte er slidt op, så han kan ikke gå på trapper.",
        "Min søster drikker meget, og børnene er ofte alene.",
    ],
)
def test_health_plain_words(detector: Detector, text: str) -> None:
    check(detector, text, "health", True)


@pytest.mark.parametrize(
    "text",
    [
        "Vejen er smadret efter vinteren, hvornår bliver den lappet?",
        "Min gamle cykel er helt ødelagt efter tyveriet.",
        "Min søn drikker meget vand efter fodbold, kan han få en drikkedunk?",
        "Der har været flere nærved-ulykker i krydset ved skolen.",
        "Vi vil foreslå en løbeklub for gravide om lørdagen.",
        "Er der svømning for handicappede i den nye hal?",
        "Jeg skal skrive en opgave på sygeplejerskeuddannelsen om skolemad.",
    ],
)
def test_health_hard_negatives(detector: Detector, text: str) -> None:
    check(detector, text, "health", False)


def test_pregnant_writer_still_counts(detector: Detector) -> None:
    check(detector, "Jeg er gravid og vil gerne på et hold for gravide.", "health", True)


# --- Economy: no money left, a car or a section of the social services act, the job
#     centre's contact person, changing helpers -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vi har ikke en krone tilbage til julegaver i år.",
        "Jeg har ikke en rød øre, før der er løn igen.",
        "Jeg har ikke en øre tilbage den sidste uge af måneden.",
        "Jeg søger hermed om støtte til en ny bil, da min gamle ikke kan klare liften.",
        "Jeg søger om dækning efter servicelovens § 100 for min søn.",
        "Min sagsbehandler på jobcentret har ikke svaret i tre uger.",
        "På jobcentret siger hans kontaktperson, at han skal i praktik.",
        "Min far har fået nye hjælpere hver uge og kender ingen af dem.",
    ],
)
def test_economy_families(detector: Detector, text: str) -> None:
    check(detector, text, "economy_social", True)


@pytest.mark.parametrize(
    "text",
    [
        "Det koster ikke en krone at låne bøger på biblioteket.",
        "Hvem er kontaktperson på jobcentret for virksomheder, der vil ansætte?",
        "Fodboldklubben har fået en ny hjælper til de små hold.",
        "Jeg er socialrådgiver og vil gerne høre om jeres praktikpladser.",
        "Min kone er sagsbehandler i en anden kommune og kender reglerne.",
        "Jeg læser på socialrådgiveruddannelsen og skal interviewe en politiker.",
        "Vores advokat beder om en restanceerklæring for ejendommen før salget.",
        "Vi vil gerne vide, om der er restancer på grunden, inden vi køber.",
        "Vores datter skal visiteres til en specialklasse efter sommerferien.",
        "Plejecentret mangler personale til nattevagterne, og vi løber hurtigt.",
    ],
)
def test_economy_hard_negatives(detector: Detector, text: str) -> None:
    check(detector, text, "economy_social", False)


def test_care_with_a_relative_still_counts(detector: Detector) -> None:
    check(detector, "Hjemmeplejen mangler personale, så min mor får ikke sin medicin.",
           "economy_social", True)


# --- Property: a sale to a developer or an investor still to come ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Naboejendommen skal efter sigende sælges til en investor, og vi er bekymrede.",
        "Min onkels gård skal vist sælges til en developer, der vil bygge rækkehuse.",
    ],
)
def test_sale_to_developer(detector: Detector, text: str) -> None:
    check(detector, text, "property_trade", True)


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen vil sælge grunden til en developer.",
        "Vores afdeling er i forhandlinger med boligselskabet om ny vaskekælder.",
    ],
)
def test_sale_to_developer_hard_negatives(detector: Detector, text: str) -> None:
    check(detector, text, "property_trade", False)
