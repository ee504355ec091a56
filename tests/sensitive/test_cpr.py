"""CPR recognizer (issue 3): century table, dates, separators, context, the stdnum oracle."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from stdnum.dk import cpr as oracle

from classifiers.sensitive import Detector, Finding, cpr, detect, mask

TODAY = date(2026, 11, 23)


def cprs(d: Detector, text: str, today: date = TODAY) -> list[str]:
    return [text[f.start : f.end] for f in d.detect(text, today=today) if f.category == "cpr"]


def with_check(head9: str) -> str:
    """Complete nine digits to a number that passes modulus 11 (or None)."""
    s = sum(w * int(c) for w, c in zip((4, 3, 2, 7, 6, 5, 4, 3, 2), head9, strict=True))
    last = (-s) % 11
    return head9 + str(last % 10)


def test_oracle_every_date_1858_to_today() -> None:
    """stdnum.dk.cpr is the independent oracle: for every date from 1858 to today and
    every 7th digit, our birth date and validity agree with it."""
    today = date.today()
    day = date(1858, 1, 1)
    checked = 0
    while day <= today:
        ddmmyy = day.strftime("%d%m%y")
        for seventh in "0123456789":
            number = ddmmyy + seventh + "123"
            ours = cpr.birth_date(number)
            try:
                theirs = oracle.get_birth_date(number)
            except Exception:
                theirs = None
            assert ours == theirs, number
            assert cpr.is_valid_cpr(number, today) == oracle.is_valid(number), number
            checked += 1
        day += timedelta(days=1)
    assert checked > 600_000


def test_oracle_impossible_dates() -> None:
    for number in ("3002901234", "3104901234", "2902014123", "0013901234", "0000001234"):
        assert cpr.birth_date(number) is None
        assert not oracle.is_valid(number)
    # 29 February: 2000 is a leap year (7th digit 4), 1900 is not (7th digit 0).
    assert cpr.birth_date("2902004123") == date(2000, 2, 29)
    assert cpr.birth_date("2902000123") is None


@pytest.mark.parametrize(
    ("number", "year"),
    [
        ("0101360123", 1936), ("0101374123", 1937), ("0101364123", 2036),
        ("0101999123", 1999), ("0101009123", 2000), ("0101575123", 2057),
        ("0101585123", 1858), ("0101998123", 1899), ("0101378123", 2037),
    ],
)
def test_century_table(number: str, year: int) -> None:
    born = cpr.birth_date(number)
    assert born is not None and born.year == year


def test_future_is_not_valid(detector: Detector) -> None:
    # 010130-4123 is 1 January 2030 (7th digit 4, YY 30 <= 36).
    assert cprs(detector, "cpr 010130-4123", today=TODAY) == []
    assert cprs(detector, "cpr 010130-4123", today=date(2030, 1, 1)) == ["010130-4123"]


def test_modulus11_is_not_required(detector: Detector) -> None:
    good = with_check("010190123")
    bad = good[:9] + str((int(good[9]) + 1) % 10)
    assert cpr.modulus11_ok(good) and not cpr.modulus11_ok(bad)
    f_good = [f for f in detector.detect(f"{good}", today=TODAY) if f.category == "cpr"]
    f_bad = [f for f in detector.detect(f"{bad}", today=TODAY) if f.category == "cpr"]
    assert len(f_good) == 1 and len(f_bad) == 1
    assert f_good[0].score > f_bad[0].score  # evidence, not a requirement


@pytest.mark.parametrize("sep", ["", "-", "\u2013", "\u2011", " ", "\u00a0", "\u2010"])
def test_every_separator(detector: Detector, sep: str) -> None:
    text = f"Mit nummer er 120437{sep}1234, tak."
    assert cprs(detector, text) == [f"120437{sep}1234"]


@pytest.mark.parametrize(
    "text",
    [
        "x1204371234", "1204371234x", "91204371234", "12043712345", "ab120437-1234",
        "120437-1234b", "120437-12345", "1120437-1234", "120437-1234-5", "1234 1204371234",
        "120437-1234.50", "12-04-37-1234", "120437--1234", "12043 71234",
    ],
)
def test_glued_or_malformed_is_not_cpr(detector: Detector, text: str) -> None:
    assert cprs(detector, text) == []


@pytest.mark.parametrize(
    "word",
    ["Tlf.", "telefon", "Mobil:", "Kontonr.", "reg.nr. 1234 konto", "Faktura nr.", "ordre",
     "Kundenr.", "Sagsnr.", "J.nr.", "p-nr.", "CVR", "EAN"],
)
def test_negative_context_lowers(detector: Detector, word: str) -> None:
    assert cprs(detector, f"{word} 1204371234") == []


def test_negative_context_is_local(detector: Detector) -> None:
    text = "Tlf. 12345678.\nMit cpr er 120437-1234. Faktura 1204371234.\n2203851234"
    assert cprs(detector, text) == ["120437-1234", "2203851234"]
    # Far away in the same line: no longer "close before".
    far = "Fakturaen kom i går, og jeg har ventet længe på svar om min 120437-1234"
    assert cprs(detector, far) == ["120437-1234"]


def test_positive_context_raises_and_beats_negative(detector: Detector) -> None:
    plain = [f for f in detector.detect("120437-1234", today=TODAY)]
    ctx = [f for f in detector.detect("CPR-nr.: 120437-1234", today=TODAY)]
    assert ctx[0].score > plain[0].score
    assert cprs(detector, "tlf 12345678 og personnummer 120437-1234") == ["120437-1234"]


def test_mask_cpr() -> None:
    text = "Mit cpr er 1204371234 og 120437\u20131234."
    found = detect(text, today=TODAY)
    assert mask(text, found) == "Mit cpr er 120437-XXXX og 120437-XXXX."
    assert "1234" not in mask(text, found)


def test_finding_validation() -> None:
    with pytest.raises(ValueError):
        Finding("nope", 0, 1, 0.5)


@pytest.mark.parametrize("text", [
    "Min taxabevilling nr. 0306881234 skal fornyes.",
    "Medlems nr. 0306881234 i foreningen",
    "Kort nr. 030688-1234 er spærret",
])
def test_a_noun_before_a_bare_number_word_labels_another_number(text: str) -> None:
    assert not [f for f in detect(text) if f.category == "cpr"]


@pytest.mark.parametrize("text", [
    "CPR nr. 030688-1234", "person nr. 0306881234", "Mit nr. er 030688-1234",
])
def test_cpr_words_and_pronouns_before_nr_still_find_the_number(text: str) -> None:
    assert [f for f in detect(text) if f.category == "cpr"]


def test_a_number_noun_earlier_in_the_sentence_labels_the_number() -> None:
    text = ("Jeg har et kundenummer hos jer fra dengang jeg lejede en kolonihave, "
            "1209874410. Gælder det stadig?")
    assert not [f for f in detect(text) if f.category == "cpr"]


@pytest.mark.parametrize("text", [
    "Mit kundenummer skiftede sidste år. Mit CPR er 120987-4410.",
    "Kundenummer 55 er mit gamle, men CPR-nummeret er 1209874410.",
    "Jeg har et kundenummer, og mit personnummer er 120987-4410.",
])
def test_a_cpr_word_or_another_number_in_between_keeps_the_cpr(text: str) -> None:
    assert [f for f in detect(text) if f.category == "cpr"]


@pytest.mark.parametrize("text", [
    "Jeg er far til to, og mit eget nummer er 170379–2213.",
    "Det fulde nummer er 1703792213, hvis I mangler det.",
    "Min datter har nr. 170312-4018 og går i 5. klasse.",
    "Jeg vedlægger en kopi af mit sygesikringsbevis med nummeret 170379-2213.",
])
def test_adjectives_and_verbs_before_a_number_word_are_no_label(text: str) -> None:
    assert [f for f in detect(text) if f.category == "cpr"]


@pytest.mark.parametrize("text", [
    "Jeg fik en kvittering for parkeringen med nummeret 1703792213, men beløbet er forkert.",
    "Der kom en regning på vandet med nr. 170379-2213 i sidste uge.",
    "Vi har en billet til koncerten med nummer 1703792213.",
])
def test_a_thing_named_earlier_owns_a_number_said_with_med_nummeret(text: str) -> None:
    assert not [f for f in detect(text) if f.category == "cpr"]


def test_an_abbreviation_full_stop_does_not_end_the_sentence() -> None:
    # "nr." is not the end of a sentence: the invoice earlier still labels the number.
    assert not [f for f in detect("Vi fik en faktura fra jer med nr. 1703792213.")
                if f.category == "cpr"]
    # A real full stop does end it: the invoice belongs to the sentence before.
    assert [f for f in detect("Fakturaen kom i går. Mit CPR-nummer er 1703792213.")
            if f.category == "cpr"]


@pytest.mark.parametrize("text", [
    "Faktura nr. 1703792213 og 1703792214 er begge trukket fra min konto.",
    "Kundenumrene er 1703792213, 0101901234 og 0202901234.",
    "Ordre 1703792213 eller 1703792214 - jeg ved ikke hvilken.",
])
def test_numbers_listed_after_a_labelled_one_share_its_label(text: str) -> None:
    assert not [f for f in detect(text) if f.category == "cpr"]


@pytest.mark.parametrize(("text", "count"), [
    ("Vores cpr-numre er 1703792213 og 0101901234.", 2),
    ("CPR: 170379-2213, 010190-1234 og 020290-1234", 3),
    ("Faktura 5566 er betalt, og mit cpr er 170379-2213.", 1),
])
def test_numbers_listed_after_a_cpr_number_stay_cpr(text: str, count: int) -> None:
    assert len([f for f in detect(text) if f.category == "cpr"]) == count


def test_a_wrapped_sentence_and_its_ordinals_keep_the_label() -> None:
    # "1. kvartal" ends no sentence, and a sentence hard-wrapped onto the next line
    # still holds the invoice named on the line before.
    text = ("Hvorfor skal jeg betale to gange? Faktura for 1. kvartal og 2. kvartal\n"
            "har samme nummer 0104251133.")
    assert not [f for f in detect(text) if f.category == "cpr"]
    # A new line that starts a new field is no continuation.
    assert [f for f in detect("Faktura for 1. kvartal er betalt.\nMit cpr er 170379-2213.")
            if f.category == "cpr"]
