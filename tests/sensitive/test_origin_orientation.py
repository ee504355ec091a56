"""Lexicon version 2 (issue 3): ethnic origin and sexual orientation said in many
ways, slot phrases, and the precision fixes that came with them (service names,
"vi" as an employer, words that only look like a sensitive term)."""

from __future__ import annotations

import pytest

from classifiers.sensitive import Detector, SensitiveSettings, build_detector
from classifiers.sensitive.lexicon import _phrase_regex, expand_leading_slot, load_lexicon
from tests.sensitive.checks import cats


@pytest.mark.parametrize(
    "text",
    [
        "Jeg kommer oprindeligt fra Somalia.",
        "Jeg er oprindelig fra Irak og taler dansk.",
        "Min mor er født i Tyrkiet.",
        "Vi er flygtet fra Syrien.",
        "Min mand kom til Danmark fra Pakistan i 1970.",
        "Min tyrkiske mand har fået afslag.",
        "Somaliske familier bliver forskelsbehandlet i min opgang.",
        "Hun er somalier.",
        "Naboerne er syrere.",
        "Min svigersøn er grønlænder.",
        "Vi er romaer og bliver chikaneret.",
        "Han er mørk i huden.",
        "Min søn er farvet og bliver drillet.",
        "Min søn er mørkhudet.",
        "En sort dreng blev nægtet adgang.",
        "Jeg blev stoppet fordi jeg er sort.",
        "Vi er en familie med anden etnisk baggrund.",
        "Jeg har et arabisk navn og får aldrig svar.",
        "Min mand er af pakistansk afstamning.",
        "Jeg er halvt polsk.",
        "Han er polsk.",
        "Vi er dansk-tyrkiske og har to børn.",
        "Vores datter er efterkommer af indvandrere.",
        "Min nabo er flygtning.",
        "Mit hjemland er Eritrea.",
        "Vi har rødder i Marokko.",
        "Han er sydafrikaner.",
        "Jeg er andengenerationsindvandrer.",
        "Min familie er ethnisk somalisk.",  # misspelt
    ],
)
def test_ethnic_origin_phrasings(detector: Detector, text: str) -> None:
    assert "ethnicity" in cats(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen efterkommer ikke min anmodning.",  # the verb efterkomme
        "Vi spiste på en tyrkisk restaurant.",
        "Jeg har købt en sort affaldsspand.",
        "Jeg taler flydende dansk.",
        "Min mand er dansk.",
        "Kommunen skal modtage flere flygtninge i år.",  # about no one
        "Min skærm er sort.",
        "Varerne kommer fra Kina.",
        "Jeg skal bruge en tolk arabisk-dansk.",
        "Han var meget indiskret.",
        "Vi har været på ferie i Tyrkiet.",
        "Jeg har en mørk bil.",
        "Jeg er født i 1975.",
        "Min mor er født i Hvidovre.",
        "Vi bestilte kinesisk mad.",
        "Jeg har en sort kat.",
    ],
)
def test_not_ethnic_origin(detector: Detector, text: str) -> None:
    assert "ethnicity" not in cats(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Min kæreste og jeg er to mænd, og vi vil gerne adoptere.",
        "Vi er to kvinder og har fået afslag på fertilitetsbehandling.",
        "Vi er to mænd der har været gift i ti år.",
        "Min søn og hans mand bor i Ishøj.",
        "Min datter og hendes kone venter barn.",
        "Som kvinde gift med en kvinde oplever jeg diskrimination.",
        "Jeg er en kvinde og er sammen med en kvinde.",
        "Min datter er sammen med en pige fra klassen.",
        "Min søn har en kæreste der også er en dreng.",
        "Min datters kæreste er en pige.",
        "Min søn er tiltrukket af drenge.",
        "Han er til mænd.",
        "Vi har indgået registreret partnerskab.",
        "Vores børn har to mødre.",
        "Jeg er LGBT+ og føler mig utryg.",
        "Jeg er queer.",
        "Min søn er gay.",
        "Min søn er sprunget ud som homo.",
        "Han er homosexuel.",  # misspelt
        "Jeg er homoseksul.",  # misspelt
        "Hun er lesbsik.",  # misspelt
        "Jeg er bisexuel.",
    ],
)
def test_sexual_orientation_phrasings(detector: Detector, text: str) -> None:
    assert "sexual_orientation" in cats(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rotterne bliver tiltrukket af affaldet.",
        "Jeg er tiltrukket af stillingen.",
        "Jeg har lagt penge i indsamlingsbøssen.",
        "Min mand og jeg har boet her i 20 år.",
        "To mænd fra kommunen kom og målte op.",
        "Vi var to kvinder til mødet.",
        "Min kæreste og jeg vil gerne købe hus.",
        "Tilbuddet er til piger mellem 12 og 16.",
        "To ældre mænd der bor sammen i nr. 4.",
        "Vi er to forældre, der er trætte af støj.",
        # Gender identity alone is not orientation (README labelling table; corpus3:
        # a parent's mail about a transgender child is a negative).
        "Min søn er transkønnet.",
        "Min søn er trans og har brug for støtte.",
        "Min datter er ikke-binær.",
    ],
)
def test_not_sexual_orientation(detector: Detector, text: str) -> None:
    assert "sexual_orientation" not in cats(detector, text)


def test_service_name_without_a_person_is_not_health(detector: Detector) -> None:
    policy = ("Ventetiden på genoptræning i kommunen er blevet alt for lang. "
              "Vil udvalget se på kapaciteten i genoptræning og rehabilitering?")
    assert "health" not in cats(detector, policy)
    assert "health" not in cats(detector, "Kommunen bør bruge flere penge på hjælpemidler.")
    assert "health" in cats(detector, "Min mor venter på genoptræning.")
    assert "health" in cats(detector, "Jeg har fået afslag på hjælpemidler.")


def test_we_as_an_employer(detector: Detector) -> None:
    hiring = ("Vi har også tænkt på at tage en ledig i praktik eller i løntilskud, "
              "men vil gerne vide hvordan det fungerer.")
    assert "economy_social" not in cats(detector, hiring)
    assert "economy_social" not in cats(detector, "Vi vil gerne ansætte en i løntilskud.")
    # "vi" about ourselves, and "jeg" always, stay personal.
    assert "economy_social" in cats(detector, "Vi har fået afslag på boligstøtte.")
    assert "economy_social" in cats(detector, "Jeg er ansat i løntilskud.")
    assert "economy_social" in cats(detector, "Jeg vil gerne ansættes i løntilskud.")


def test_expand_leading_slot() -> None:
    slots = {"x": ["a", "b c"], "y": ["d"]}
    assert expand_leading_slot("{x} {y} e", slots) == ["a {y} e", "b c {y} e"]
    assert expand_leading_slot("e {x}", slots) == ["e {x}"]
    with pytest.raises(ValueError, match="unknown slot"):
        expand_leading_slot("{z} e", slots)


def test_slot_phrase_regex() -> None:
    import re

    rx = re.compile(_phrase_regex("født i {land}", {"land": ["irak", "sri lanka", "kurd*"]}))
    assert rx.search("min mor er født i irak.")
    assert rx.search("født i sri-lanka")
    assert rx.search("født i kurdistan")
    assert not rx.search("født i irakisk")  # a whole word, not a prefix
    assert not rx.search("født i 1975")


def test_unknown_slot_in_a_lexicon_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown slot"):
        load_lexicon({"ethnicity": ("født i {nowhere}",)})


def test_extra_terms_may_use_the_category_slots() -> None:
    custom = build_detector(SensitiveSettings(extra_terms={"ethnicity": ("{adj} genbo*",)}))
    assert cats(custom, "Min tyrkiske genbo bliver chikaneret.") == ("ethnicity",)
