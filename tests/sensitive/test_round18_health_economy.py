"""Round 18 (fields, not mails), economy_social: economy_social.yaml version 21 and
context/care_and_money.py (a share of a group).

Each test covers a FIELD enumerated from general knowledge of Danish municipal life,
with at least one member that appears in no corpus.  Sentences of our own.  The
``detector`` fixture is the default detector (veto on); each positive was missed
before this round, each negative shows the guard.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks

E = "economy_social"


def test_applying_with_article_or_in_past(detector: Detector) -> None:
    # Default detector.  Field: "søgte/søgt/ansøgt om en|et {scheme}" over the ~90
    # schemes of the ``stoette`` slot; the past tense counts with no pronoun.
    checks.check_class(
        detector, E,
        ["Vi har ansøgt om et botilbud til vores datter.",
         "5. marts: søgte om handicaptillæg, intet svar endnu.",
         "Min bror har søgt om en ledsageordning."],
        ["Hvor lang tid tager det at behandle en ansøgning?"],
    )


def test_refusal_from_a_named_office(detector: Detector) -> None:
    # Default detector.  Field: "afslag fra {office} på {scheme}".
    checks.check_class(
        detector, E,
        ["Vi fik afslag fra Udbetaling Danmark på boligstøtte.",
         "Han har fået afslag fra skole og pædagogisk psykologisk rådgivning på "
         "specialtilbud."],
        [],
    )


def test_special_school_placement(detector: Detector) -> None:
    # Default detector.  Field: goes to / a place in / whose {special school, class,
    # autism class, day treatment school ...} (some 20 kinds), and a support adult
    # given to a child; an occupation and a count of places stay out.
    checks.check_class(
        detector, E,
        ["Vores søn går i en autismeklasse på den anden side af byen.",
         "Hun har stået på venteliste til en plads på behandlingsskole i et år.",
         "Vi flytter nærmere til min søns dagbehandlingstilbud.",
         "Skolen vil ikke give hende en støttelærer."],
        ["Jeg er lærer i en specialklasse.",
         "Hvor mange pladser i specialklasser har kommunen?"],
    )


def test_foster_care_by_its_names(detector: Detector) -> None:
    # Default detector.  Field: familiepleje, netværkspleje, plejeforældre, plejemor,
    # plejedatter, "i pleje hos", døgninstitution, opholdssted (about a person).
    checks.check_class(
        detector, E,
        ["Mit barnebarn er i netværkspleje hos os.",
         "Jeg har boet i familiepleje siden jeg var lille.",
         "Hendes plejemor ringer ikke tilbage."],
        [],
    )


def test_job_centre_with_adverb_and_meeting_compounds(detector: Detector) -> None:
    # Default detector.  Field: "{jobcenter} har {adverb} {act} {object}" (lige,
    # netop, pludselig, endnu engang ...) and meeting compounds (opfølgningssamtale,
    # afklaringssamtale, rådighedssamtale ...) at the centre; a job interview and a
    # meeting "med jobcentret" of a firm stay out.
    checks.check_class(
        detector, E,
        ["Jobcentret har pludselig sanktioneret mig.",
         "Jeg kan ikke komme til min rådighedssamtale i Jobcentret på mandag."],
        ["Vores tillidsrepræsentant deltager i mødet med jobcentret."],
    )


def test_leaving_ones_home_inverted(detector: Detector) -> None:
    # Default detector.  Field: "skal/må {who} (flytte) ud af {home}".
    checks.check_class(
        detector, E,
        ["Efter skilsmissen må hun ud af sin lejlighed.",
         "Til nytår skal vi flytte ud af vores hus."],
        [],
    )


def test_health_cost_subsidies(detector: Detector) -> None:
    # Default detector.  Field: medicintilskud, kronikertilskud, terminaltilskud,
    # "tilskud til {medicine, dental, foot or physio therapy, hearing aid ...}".
    checks.check_class(
        detector, E,
        ["Min far har fået bevilget terminaltilskud.",
         "Jeg har søgt tilskud til tandproteser."],
        [],
    )


def test_care_given_to_a_relative(detector: Detector) -> None:
    # Default detector.  Field: "(den) pleje(n) af {relative}" (some 20 relatives).
    checks.check_class(
        detector, E,
        ["Tak for plejen af min svigerfar de sidste måneder."],
        [],
    )


def test_share_of_a_group_is_no_one(detector: Detector) -> None:
    # Default detector, context/care_and_money.py.  Field: a share of a group as a
    # statistic (hver anden/tredje/..., en ud af fem, halvdelen af, 30 procent af ...)
    # is no one's case unless a person stands just before the share.
    checks.check_class(
        detector, E,
        ["Min søn er en ud af fem der er blevet smidt ud af sin lejlighed."],
        ["Jeg har læst at hver tredje kontanthjælpsmodtager har gæld.",
         "Undersøgelsen viser, at halvdelen af de hjemløse er under 30."],
    )
