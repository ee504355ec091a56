"""Round 17 (fields, not mails), economy_social: economy_social.yaml version 20.

Each test covers a FIELD enumerated from general knowledge of Danish municipal life,
with members that appear in no corpus.  Sentences of our own.  The ``detector``
fixture is the default detector (veto on); each positive was missed before this
round, each negative shows the guard.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks

E = "economy_social"


def test_decision_on_a_named_scheme(detector: Detector) -> None:
    # Default detector.  Field: "afslag på/ang./* {scheme}" and "{scheme} er bevilget"
    # over some 90 schemes (benefits, services, school support, housing, transport),
    # also with no pronoun; a grant an association applies for is not a scheme.
    checks.check_class(
        detector, E,
        ["Fik afslag på bostøtte i går, hvad nu.",
         "Afslag igen vedr. aflastning – hvordan klager man?",
         "Skolekørslen er bevilget fra næste måned, tak.",
         "Har fået afslag på at komme på plejehjem."],
        ["Hvornår kommer der svar på vores ansøgning om tilskud til klubbens tur?"],
    )


def test_own_meeting_at_the_job_centre(detector: Detector) -> None:
    # Default detector.  Field: the centre after the verb ("har jobcentret indkaldt
    # mig"), "samtale/møde på|i|hos jobcentret", English "called him to a meeting".
    checks.check_class(
        detector, E,
        ["I går har jobcenteret sanktioneret mig uden varsel.",
         "Jeg bliver nødt til at flytte min samtale på jobcentret.",
         "The job centre called him to a meeting next week but he is in hospital."],
        ["Hvordan kommer man til jobcentret med bus?"],
    )


def test_dismissal_with_person_as_object(detector: Detector) -> None:
    # Default detector.  Field: fyre/fyrer/fyret/opsige/afskedige + mig/ham/hende.
    checks.check_class(
        detector, E,
        ["Chefen truer med at fyre hende, fordi hun er syg.",
         "Firmaet opsiger mig til oktober."],
        ["Hvor mange bliver fyret i en krise, ifølge statistikken?"],
    )


def test_state_since_a_date_and_abbreviated_arrears(detector: Detector) -> None:
    # Default detector.  Field: hjemløs/boligløs/arbejdsløs/uden job ... siden; "bagud
    # m/m. {bill}".
    checks.check_class(
        detector, E,
        ["Emne: Boligløs siden påske – Kim", "Uden job siden marts. Per",
         "er bagud m. elregningen igen"],
        ["Huset har stået tomt siden marts."],
    )


def test_aid_from_a_named_municipality_and_a_paragraph_agreement(detector: Detector) -> None:
    # Default detector.  Field: {aid} fra <name> Kommune; sygedagpengelovens § 56-aftale;
    # an application for an aid in a subject line.
    checks.check_class(
        detector, E,
        ["Hun har en badestol fra Hvidovre Kommune.",
         # Round 22: a § 56-agreement counts only as the person's own application
         # (the agreement refunds the employer); the employer's question is below.
         "Jeg har ikke fået svar på min ansøgning om §56-aftale.",
         "Vedhæftet ansøgning om trappelift til en borger."],
        ["Kommunen udlåner ikke telte til foreninger.",
         "Kan min arbejdsgiver få en §56-aftale?"],
    )
