"""Round 15 (fields, not mails), health and economy_social: economy_social.yaml
version 18, health.yaml version 17.

Each test covers a FIELD enumerated from general knowledge of Danish municipal life,
with members that appear in no corpus.  Sentences of our own.  The ``detector``
fixture is the default detector (veto on); each positive was missed before this
round, each negative shows the guard (a person or a verb is needed).
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks

E = "economy_social"
H = "health"


def test_aids_lent_by_the_municipality_are_support_and_health(detector: Detector) -> None:
    # Default detector.  Field: bath, toilet, bed, lifting, walking and alarm aids
    # (about 60 members in the ``aid`` slot, 23 as health terms).
    # Economy needs the municipality's act (applied for, granted, lent, from the
    # municipality): older corpora label an aid merely had or needed as health only.
    yes = ["Min svigerfar har søgt om en bækkenstol til sengen, han har svært ved at gå.",
           "Vi venter stadig på svar, efter at min mand har søgt om en loftlift.",
           "Jeg fik udleveret et gangstativ, men det er for lavt til mig.",
           "Min mor har fået en tryksårsmadras fra kommunens depot, fordi hun ligger meget."]
    checks.check_class(detector, E, yes,
                       ["Der er plads til kørestole og barnevogne i den nye bus."])
    checks.check_class(detector, H, yes[:1] + yes[3:], [])


def test_a_grant_to_a_person_and_transport(detector: Detector) -> None:
    # Default detector.  Field: a grant said with its receiver; transport granted
    # (kørsel granted, handicapkørsel, patientbefordring, flexhandicap: 8 members).
    checks.check_class(
        detector, E,
        ["Kommunen har bevilget hende en plads i dagcentret to dage om ugen.",
         "Min søn har fået bevilget kørsel til sin specialskole efter sommerferien.",
         "Min far fik bevilget handicapkørsel, men bilen kom aldrig."],
        ["Hvor mange penge har udvalget bevilget til den nye legeplads?"],
    )


def test_support_persons_and_schemes(detector: Detector) -> None:
    # Default detector.  Field: støtteperson, mentor, hjemmevejleder, begravelseshjælp,
    # a place in a special offer (15 members).
    checks.check_class(
        detector, E,
        ["Min bror har fået en hjemmevejleder, som kommer to gange om ugen.",
         "Jeg vil gerne søge tilskud til begravelsen af min far, vi har ingen opsparing.",
         "Har jeg ret til en mentor fra jobcentret, når jeg starter i praktik?"],
        ["Vi søger frivillige, der vil være mentor for unge i fritidsklubben."],
    )


def test_debt_collection_as_a_field(detector: Detector) -> None:
    # Default detector.  Field: stævning, betalingspåkrav, rykkerbrev, restance,
    # collection agencies by name (Intrum, Lowell, Collectia, Sergel, Lindorff,
    # Kredinor, Alektum, Modhold, Dansk Inkasso, PRA Group): 25 members.
    checks.check_class(
        detector, E,
        ["Jeg har fået et brev fra Kredinor om en gammel sms-regning.",
         "Vi er kommet i restance med varmen og har fået et betalingspåkrav.",
         "Hun har fået en rykker for elregningen igen."],
        ["Hvordan laver man en stævning i et byggeprojekt mellem to firmaer?"],
    )


def test_home_care_addressed_and_probation(detector: Detector) -> None:
    # Default detector.  Field: greeting the home care or the assessment team, a care
    # plan, a re-assessment; probation outside prison (tilsyn, fodlænke,
    # samfundstjeneste, prøveløsladelse): 20 members.
    checks.check_class(
        detector, E,
        ["Kære hjemmehjælpere. Kan I huske at tage affaldsposen med ud fredag?",
         "Min mor skal revisiteres, fordi hun ikke længere kan klare trapperne.",
         "Jeg afsoner med fodlænke og kan derfor ikke komme til mødet om aftenen."],
        [],
    )


def test_procedures_departments_and_named_hospitals(detector: Detector) -> None:
    # Default detector.  Field: an organ removed (30 members), a joint replaced (15),
    # a check-up or scan at a department (40) or a hospital by town (25).
    checks.check_class(
        detector, H,
        ["Jeg skal have fjernet mandlerne i næste uge og er væk fra arbejde.",
         "Min far skal have skiftet hofteleddet til januar.",
         "Jeg kommer lidt senere, jeg har tid på hudafdelingen kl. 9.",
         "Hun skal til kontrol på Hillerød efter sin operation."],
        ["Vores klub mødes i kantinen på Herlev Hospital den første mandag."],
    )


def test_a_childs_common_illnesses_and_eyes(detector: Detector) -> None:
    # Default detector.  Field: being sick and the common childhood illnesses (28
    # members); a lazy eye, patching, glasses received (8).
    checks.check_class(
        detector, H,
        ["Emil har fået mellemørebetændelse og bliver hjemme fra børnehaven i dag.",
         "Min datter har skoldkopper, så hun kommer ikke til fødselsdagen.",
         "Vores søn skeler, og lægen vil have ham til lappebehandling."],
        ["Hvad gør skolen for at undgå omgangssyge i klasserne i vinter?"],
    )


def test_english_health_and_money_phrases(detector: Detector) -> None:
    # Default detector.  Field: English phrases that carry their own person ("broke
    # my", "has diabetes", "diagnosed with"), and English benefit and debt words.
    checks.check_class(
        detector, H,
        ["Sorry, I broke my wrist at football and cannot drive this week.",
         "Our son had surgery on his knee and cannot do sport until March."],
        ["Please tell the parents that the school nurse visits on Friday."],
    )
    checks.check_class(
        detector, E,
        ["A debt collector keeps calling me about an old phone bill.",
         "My cash benefit has not been paid this month."],
        ["The council will discuss the new rules for the library on Monday."],
    )
