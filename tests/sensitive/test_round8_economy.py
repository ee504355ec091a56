"""Round 8 (corpus10/11 classes), economy_social precision: exclusions.yaml version 12
(2026-11-23) and context/ (a care service as a place of work).
Sentences of our own: each hard negative is a wording that raised economy_social
before this round; each positive is a person's own circumstances that must stay.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks
from tests.sensitive.checks import cats

E = "economy_social"


def check_class(d: Detector, yes: list[str], no: list[str]) -> None:
    checks.check_class(d, E, yes, no)


def test_vacancies_are_no_unemployment(detector: Detector) -> None:
    check_class(
        detector,
        ["Jeg er ledig og søger alt hvad der er af arbejde.",
         "Min mand har gået ledig i et år og får dagpenge."],
        # A social word nearby used to raise "ledige" (a context word).
        ["Jeg er uddannet social- og sundhedsassistent. Hvor kan jeg se ledige "
         "stillinger på plejecentrene?",
         "Har I ledige stillinger til en socialpædagog i jeres bosteder?",
         "Er der en ledig plads på svømmeholdet om torsdagen?"],
    )


def test_tax_paid_is_no_tax_debt(detector: Detector) -> None:
    check_class(
        detector,
        ["Jeg skylder skat på 40.000 kr. og kan ikke betale.",
         "Hun har fået en stor restskat og har ikke penge til den."],
        ["Jeg har arbejdet som tømrer og betalt skat hele mit liv.",
         "Vi betaler vores skat ligesom alle andre i kommunen."],
    )


def test_a_group_by_income_or_loneliness(detector: Detector) -> None:
    check_class(
        detector,
        ["Vi har en meget lav indkomst, efter at min mand blev syg.",
         "Min mor er meget ensom, efter at far døde."],
        ["Hvad gør byrådet for familier med lav indkomst i Ishøj?",
         "Kommunen bør hjælpe pensionister med lave indkomster.",
         "Vores forening vil lave en spisning for ensomme ældre i juleugen.",
         "Kan vi låne et lokale til en kaffeklub for ensomme?"],
    )


def test_a_scheme_or_decisions_in_general(detector: Detector) -> None:
    check_class(
        detector,
        ["Jeg er i fleksjob og har fået afslag på mere støtte.",
         "Min bror har søgt om førtidspension og venter stadig på svar."],
        ["Vores firma vil gerne høre om ordningen med løntilskud og fleksjob.",
         "Hvem træffer afgørelser om førtidspension i kommunen?"],
    )


def test_a_grant_from_a_pool(detector: Detector) -> None:
    check_class(
        detector,
        ["Vi har ingen penge til mad, og min datter er sulten."],
        ["Kan vores klub få penge fra puljen til frivilligt socialt arbejde?",
         "Vi søger penge fra kommunens pulje til et socialt projekt for ældre."],
    )


def test_custody_held_by_both(detector: Detector) -> None:
    check_class(
        detector,
        ["Min eks vil have fuld forældremyndighed over vores søn, og sagen er i retten."],
        ["Vi har begge forældremyndigheden over vores datter, så send brevet til os begge.",
         "Vi har fælles forældremyndighed og ønsker begge at få post fra skolen."],
    )


def test_rent_paid_to_an_account(detector: Detector) -> None:
    check_class(
        detector,
        ["Jeg kan ikke betale huslejen denne måned, fordi min løn er forsinket."],
        ["Til alle beboere: Huslejen betales fremover til konto 1234 5678901 hos "
         "Jyske Bank.",
         "Kære lejere. Huslejen indbetales til konto 4321 1234567 senest den første."],
    )


def test_violence_denied(detector: Detector) -> None:
    check_class(
        detector,
        ["Min eksmand er voldelig, og jeg er flyttet på krisecenter med børnene."],
        ["Vi var ikke voldelige, vi stod bare med bannere foran rådhuset.",
         "Ingen af os har nogensinde været voldelige ved vores demonstrationer, men "
         "politiet var ikke voldelige heller."],
    )


def test_care_service_as_a_staff_role(detector: Detector) -> None:
    check_class(
        detector,
        ["Min far får hjemmepleje tre gange om dagen.",
         "Min mor bor på plejecentret, og hun får ikke sin mad til tiden."],
        ["hej Per. jeg er TR i hjemmeplejen og vil have et møde om de nye ruter for borgerne.",
         "jeg er TR for FOA i hjemmeplejen nord og vil have et møde om ruterne.",
         # A forwarded message signed with a title.
         "Jeg videresender beskeden fra Lise.\n\nFra: Teamleder, Hjemmeplejen Øst\n"
         "\"Lise, husk mødet om ruterne.\""],
    )


def test_other_categories_untouched(detector: Detector) -> None:
    # The TR role at a care service is still union membership.
    assert "union" in cats(detector, "jeg er TR for FOA i hjemmeplejen nord.")
