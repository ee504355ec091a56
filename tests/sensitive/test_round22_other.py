"""Round 22 (corpus51-53 classes, helper B): cpr, property_trade, ethnicity, belief,
sexual_orientation and union.

engine.py (the CPR recognizer's context) and the context modules and lexicons of the
other categories.  Sentences of our own wording.  Each positive was missed before this
round and each negative was found; the guards next to them show what stays.
"""

from __future__ import annotations

from classifiers.sensitive import categories, detect


def _has(text: str, category: str) -> bool:
    return category in categories(detect(text))


# --- cpr: numbers the writer calls something else, labels across sentences ----------

def test_cpr_english_invoice_label() -> None:
    assert not _has("Dear Sir, our invoice 1203881456 is still unpaid. Kind regards", "cpr")
    assert not _has("Please quote account 0511792233 when paying.", "cpr")
    assert _has("Mit cpr er 1203881456, og min faktura er betalt.", "cpr")


def test_cpr_claim_has_its_own_number() -> None:
    assert not _has("Jeg har fået et brev om tilbagebetaling. Kravet har nr. 0906221178 "
                    "hos jer.", "cpr")
    # A person who has the number still has a CPR number.
    assert _has("Jeg skriver for min mor. Hun har nr. 0906421178.", "cpr")


def test_cpr_label_not_across_a_sentence_end() -> None:
    assert _has("Mit sundhedskort er gået i stykker. Nummeret på det er 140572-3318.",
                "cpr")
    # A label word in the same sentence still labels.
    assert not _has("Medlemskortet har nummer 140572-3318.", "cpr")


def test_cpr_denied_by_the_writer() -> None:
    assert not _has("På min gamle kvittering står 1403790412. Det er nok et "
                    "bilagsnummer og ikke mit cpr.", "cpr")
    assert not _has("Der står 1403790412 på brevet. Nummeret er ikke et personnummer, "
                    "men hvad er det så?", "cpr")
    assert _has("Mit cpr er 1403790412. Jeg har ikke mit sygesikringskort ved hånden.",
                "cpr")


def test_cpr_guessed_to_be_another_kind_later() -> None:
    # Once the greeting no longer labels the number, the writer's guess must.
    assert not _has("Hej kommunen. Nummer 120784-2231 stod på et brev til min mor. "
                    "Jeg tror det er et journalnummer.", "cpr")
    assert not _has("Nummeret 120784-2231 stod på et brev til min mor. Jeg tror det er "
                    "et journalnummer.", "cpr")
    assert _has("Mit cpr er 120784-2231. Jeg tror det er min datter der har sagen.", "cpr")


def test_cpr_label_said_to_be_the_cpr_in_a_parenthesis() -> None:
    assert _has("Kunde-ID (det er bare mit cpr, jeres nye selvbetjening kalder det "
                "kunde-ID): 1911853374", "cpr")
    assert not _has("Kunde-ID: 1911853374", "cpr")


def test_cpr_thing_with_a_reference() -> None:
    assert not _has("Jeres brev af 03.10.2026 med reference 031026-0217 er kommet frem "
                    "uden bilag.", "cpr")
    # A reference line in the CPR layout is still the person's.
    assert _has("Ref.: 280885 4413\n\nJeg vil gerne klage over afgørelsen.", "cpr")


# --- property_trade: a trade long since done ---------------------------------------

def test_trade_long_concluded() -> None:
    assert not _has("Nu får vi påbud om at fjerne et hegn. Handlen er længe afsluttet, så "
                    "hvem skal betale?", "property_trade")
    assert _has("Handlen er snart afsluttet, men køberen mangler stadig sit lån.",
                "property_trade")
