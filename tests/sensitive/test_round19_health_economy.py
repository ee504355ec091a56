"""Round 19 (fields, not mails), health and economy_social: health.yaml version 19,
economy_social.yaml version 22, exclusions.yaml version 18.

Each test covers a FIELD enumerated from general knowledge of Danish municipal life,
with at least one member that appears in no corpus.  Sentences of our own.  The
``detector`` fixture is the default detector (veto on); ``rules`` is the rule layer
alone (veto off), used where the learned veto is still to be retrained.  Each
positive was missed before this round, each negative shows the guard.
"""

from __future__ import annotations

import pytest

from classifiers.sensitive import Detector, SensitiveSettings
from tests.sensitive import checks

E = "economy_social"
H = "health"


@pytest.fixture(scope="module")
def rules() -> Detector:
    return Detector(SensitiveSettings(veto=(), rescue=()))


def test_dismissal_received_in_any_tense(detector: Detector) -> None:
    # Default detector.  Field: a dismissal received (fyresedlen, en fyreseddel, sparket,
    # en opsigelse, afskediget, mistede jobbet/arbejdet: 20 phrases), also with no
    # pronoun in the sentence.
    checks.check_class(
        detector, E,
        ["Han fik sparket fra lageret i sidste uge.",
         "var på værkstedet i 9 år og fik fyresedlen i fredags.",
         "Min mand blev afskediget i går."],
        ["Fyresedler skal altid gives skriftligt efter overenskomsten."],
    )


def test_suspension_of_payments_in_every_form(rules: Detector) -> None:
    # Rules alone.  Field: betalingsstandsning in every form (betalingsstandset,
    # betalingsstandse, standset/standsede betalingerne).
    checks.check_class(
        rules, E,
        ["Vi har betalingsstandset over for kreditorerne.",
         "Min far standsede betalingerne til banken i foråret."],
        ["Hvordan afregnes affaldsgebyret i år?"],
    )


def test_aids_by_their_names(detector: Detector) -> None:
    # Default detector.  Field: aids by borger.dk's names (special furniture, parking
    # cards decided, hearing and sight aids, weighted blankets: ~35 names in the ``aid``
    # slot); a parking card only when decided (README: decisions), not applied for.
    checks.check_class(
        detector, E,
        ["Jeg har fået afslag på handicapparkeringskort.",
         "Vi har søgt om en vægtdyne til vores søn.",
         "Min mor har fået bevilget en strømpepåtager."],
        ["Butikken sælger vægtdyner og puder.",
         "Jeg vil gerne søge om et handicapparkeringskort."],
    )


def test_waiting_list_for_care_housing(rules: Detector, detector: Detector) -> None:
    # Field: standing on the waiting list for care or special housing (ældrebolig,
    # plejebolig, botilbud, demensbolig, skærmet enhed ...: 20 kinds), in either word
    # order.  Rules alone for the inverted order; default detector for the plain one.
    checks.check_class(
        rules, E,
        ["Nu står de på venteliste til en demensbolig.",
         "Min far er kommet på ventelisten til en plejebolig."],
        ["Ventelisten til ældreboliger er lang i hele kommunen."],
    )
    checks.check_class(detector, E, ["Min søster står på venteliste til et botilbud."], [])


def test_temporary_housing_asked_for(rules: Detector) -> None:
    # Rules alone.  Field: temporary or emergency housing asked for (midlertidig bolig,
    # akutbolig, nødbolig, herbergsplads, krisecenterplads ...: 18 kinds).
    checks.check_class(
        rules, E,
        ["Min nevø har brug for et midlertidigt værelse efter skilsmissen.",
         "Kan I hjælpe med en midlertidig lejlighed til min bror?"],
        ["Kommunen bygger nye lejligheder ved stationen."],
    )


def test_broken_bone_bare_or_definite(detector: Detector) -> None:
    # Default detector.  Field: a broken bone by every common bone and digit in bare,
    # indefinite and definite form (~60 forms in the ``kropsdel`` slot).
    checks.check_class(
        detector, H,
        ["Vores nabo ligger på sygehuset med et brækket lårben.",
         "Min søn har brækket skulderbladet til fodbold.",
         "Hun knækkede storetåen på trappen."],
        ["Bordbenet er knækket, så vi skal have et nyt bord."],
    )


def test_job_at_a_care_service_is_work(detector: Detector) -> None:
    # Default detector.  Class: a job of any kind (sommerjob, vikariat, elevplads,
    # nattevagt ...: 20 kinds) at a care service is the writer's work, not care received.
    checks.check_class(
        detector, E,
        ["Min mor har fået hjemmepleje hver morgen."],
        ["Jeg har søgt sommerjob i jeres hjemmepleje.",
         "Jeg har fået et vikariat på plejehjemmet ved søen."],
    )


def test_practice_referrals_and_property_arrears(detector: Detector) -> None:
    # Default detector.  Class: referrals counted by a practice; arrears asked about by a
    # conveyancer for a property.
    checks.check_class(
        detector, H,
        ["Min far har KOL og går til genoptræning."],
        ["Vi har mange henvisninger til KOL-rehabilitering i år."],
    )
    checks.check_class(
        detector, E,
        ["Jeg har restancer på huslejen og kan ikke betale."],
        ["Vi anmoder om oplysning om restancer på ejendomsskatten."],
    )
