"""Round 18 (classes, not mails): context checks shared by several categories.

Sentences of our own; the ``detector`` fixture is the default detector (veto on).
Each positive was missed before this round, each negative shows the guard.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks


def test_statement_with_dropped_subject_before_a_question(detector: Detector) -> None:
    # Class: a verb-first clause with no subject ("Har kræft og ...", "Er på ...") is
    # the writer's statement with "jeg" dropped; the question is the clause after the
    # comma.  It was read as a question about no one in every category.  A subject
    # after the verb ("Har man ...", "Er der ...") keeps the clause a question.
    cases = {
        "health": ("Har kræft og kan ikke arbejde, kan kommunen hjælpe?",
                   "Har man ret til fysioterapi efter en operation, og hvem betaler?"),
        "economy_social": ("Er på kontanthjælp og mangler en vinterjakke, kan man søge?",
                           "Er der tilskud til briller, og kan man søge?"),
        "belief": ("Er muslim og spiser ikke svinekød, kan skolen tage hensyn?",
                   "Er der en moské i Ishøj, og hvornår holder den åbent?"),
    }
    for category, (yes, no) in cases.items():
        checks.check_class(detector, category, [yes], [no])
    checks.check_class(
        detector, "economy_social",
        ["Hej\nHar fået afslag på hjemmehjælp, hvad gør jeg nu?",
         "hej, fik afslag på boligstøtte i sidste uge, kan I forklare hvorfor?"],
        ["Kan man få boligstøtte, hvis man er studerende, og hvordan søger man?"],
    )


def test_couple_of_one_sex_in_brackets(detector: Detector) -> None:
    # Class: the couple's sex put in brackets straight after a word for the couple
    # ("et par (ja, to fyre)", "gift (to kvinder)"); children in brackets are not.
    checks.check_class(
        detector, "sexual_orientation",
        ["Vi er et par (ja, to fyre) og vil gerne adoptere.",
         "Vi er gift (to kvinder) og vil gerne være plejefamilie.",
         "Vi er kærester (begge piger) og søger en lejlighed sammen."],
        ["Min kæreste og jeg har to børn (to piger).",
         "Vi har to børn (to piger) og min mand er syg."],
    )


def test_numbers_that_things_carry(detector: Detector) -> None:
    # Field: numbers on parcels, payments, bookings, staff and insurance records,
    # vehicles, land, places, devices, logins and metering points, enumerated from
    # general knowledge.  Each label before a date-shaped number makes it no CPR
    # number; a CPR word beside such a label still gives one.
    checks.check_class(
        detector, "cpr",
        ["Mit cpr-nr. og MitID: 1203871234",
         "min cpr er 120387-1234 og mit mitid er knyttet til den"],
        ["Sporingsnummer 1203851234 er ikke kommet frem.",
         "Mit MitID bruger-id er 0101904455.",
         "Skadenummer: 2304871122",
         "Forsendelse 0101901234 mangler stadig.",
         "Stelnummer 1512881234 står på cyklen.",
         "Lønnummer 0312754411 på min lønseddel.",
         "Målepunkt 2702921188 skal aflæses.",
         "Transaktion 1105991234 blev afvist.",
         "Matrikel 0306851122 i Ishøj by.",
         "Værelse 2410811234 på hotellet."],
    )


def test_any_word_in_a_phrase_crosses_danish_thousands(detector: Detector) -> None:
    # Mechanism: a lone `*` in a lexicon phrase ("lever for * kr*", "byder * kroner")
    # stands for one word, and that word may be an amount written with Danish
    # separators or "mio." (before round 18 `\w*` stopped at the first dot).
    checks.check_class(detector, "economy_social",
                       ["Jeg lever for 12.000 kr om måneden."], [])
    checks.check_class(detector, "property_trade",
                       ["Vi byder 2.100.000 kroner på huset.",
                        "Vi byder 2 mio. kroner på huset."], [])
