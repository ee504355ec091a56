"""Round 16 (fields, not mails), health and economy_social: health.yaml version 18,
economy_social.yaml version 19, exclusions.yaml version 18, context/care_and_money.py
(round 16 checks).

Each test covers a FIELD enumerated from general knowledge of Danish and of Danish
municipal life, with members that appear in no corpus.  Sentences of our own.  The
``detector`` fixture is the default detector (veto on); each positive was missed
before this round, each negative shows the guard (a person, a verb or an owner is
needed, or the thing is an organisation's or a pet's).
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks

E = "economy_social"
H = "health"


def test_unwell_in_a_body_part(detector: Detector) -> None:
    # Default detector.  Field: "dårlig/dårligt/skidt med" + a body part or a function
    # (32 definite and 24 bare body parts), "ikke godt i hovedet / psykisk".
    checks.check_class(
        detector, H,
        ["Min svigerfar er blevet meget dårlig med balancen i år.",
         "Hun har det skidt med nyrerne og må ikke drikke meget.",
         "Jeg er dårlig med min hørelse, så ring hellere end at tale i telefon til mig.",
         "Min søster har det ikke så godt psykisk for tiden."],
        ["Jeg er dårlig med hænderne, så jeg kan ikke selv sætte hækken op."],
    )


def test_falls_worn_joints_and_replaced_joints(detector: Detector) -> None:
    # Default detector.  Field: falls with every owner and count, worn-out body parts
    # in the plural (26 members), joints replaced said in the passive or plural.
    checks.check_class(
        detector, H,
        ["Min far kan ikke bo alene længere efter hans fald i vinter.",
         "Hun er faldet tre gange på badeværelset siden jul.",
         "Nu er mine ankler helt nedslidt efter 30 år på fabrikken.",
         "Begge hofter er udskiftet, så jeg går langsomt.",
         "Min mor har fået ny skulder og kan ikke bære poser."],
        ["Efter faldet i renten vil vi gerne høre om lånet til grunden."],
    )


def test_medicine_forms_and_purposes(detector: Detector) -> None:
    # Default detector.  Field: drops, salves, inhalers, sprays; pills or medicine
    # "for/mod" a purpose (23 purposes).
    checks.check_class(
        detector, H,
        ["Min datter bruger inhalator før idræt og glemte den i tasken.",
         "Han får øredråber to gange om dagen.",
         "Jeg tager medicin mod uroen, og det gør mig træt om morgenen."],
        ["Apoteket i centret sælger øjendråber og solcreme."],
    )


def test_suicide_dying_self_harm_memory(detector: Detector) -> None:
    # Default detector.  Field: taking one's life (16 forms), dying ("ikke lang tid
    # tilbage"), self-harm said with a verb (9), memory loss in plain words.
    checks.check_class(
        detector, H,
        ["Min veninde tog livet af sig i foråret, og jeg har brug for at tale med nogen.",
         "Lægen siger, at min mor ikke har lang tid igen.",
         "Min søn skader sig selv, når han bliver frustreret.",
         "Min far glemmer mere og mere og finder ikke hjem."],
        ["I den sidste tid har vejen været lukket om natten."],
    )


def test_birth_congenital_oxygen_paralysis_infections(detector: Detector) -> None:
    # Default detector.  Field: a hard birth (13), congenital heart defects and oxygen
    # at home (9), paralysis in plain words (12), common infections had (8 x 10 verbs).
    checks.check_class(
        detector, H,
        ["Min kone havde en traumatisk fødsel og har brug for ro.",
         "Vores dreng skal sove med iltkoncentrator, som larmer.",
         "Hun er lam i højre side efter ulykken.",
         "Jeg fik helvedesild i sommer og kan stadig ikke tåle tøj på ryggen.",
         "Min mor tabte barnet i uge 11, så vi aflyser dåben."],
        ["Mange fik influenza i vinter, siger statistikken."],
    )


def test_hospital_by_town_and_kept_in_bed(detector: Detector) -> None:
    # Default detector.  Field: "på {town}" naming the hospital (15 towns and names),
    # "kan ikke komme ud af sengen".
    checks.check_class(
        detector, H,
        ["Jeg har ligget på Hvidovre i fire dage og kom hjem i går.",
         "Min mand kunne ikke komme ud af sengen i hele weekenden."],
        ["Vi har været på Frederiksberg og i Glostrup for at se på lejligheder."],
    )


def test_a_pets_illness_is_no_ones_health(detector: Detector) -> None:
    # Default detector (context/care_and_money.py, round 16): an animal named before
    # the health word with no person between.  A guard test: these sentences were
    # already negative (the person check); the rule drops a pet's illness where an
    # owner word ("vores") made the sentence count as about a person.
    checks.check_class(
        detector, H,
        ["Min hund er syg, og jeg er også blevet opereret i knæet."],
        ["Katten er blevet opereret i maven og skal holdes inde.",
         "Vores kanin har fået medicin hos dyrlægen, må vi gå i parken med den?"],
    )


def test_money_stopped_paid_back_refused(detector: Detector) -> None:
    # Default detector.  Field: a benefit stopped or missing (5 verbs x 21 benefits),
    # paid too much (22 benefits), help refused, help for a deposit.
    checks.check_class(
        detector, E,
        ["De har standset min boligstøtte uden at skrive til mig.",
         "Jeg har fået for meget i børnepenge og skal nu betale det hele.",
         "Min søster er blevet nægtet økonomisk hjælp til flytningen.",
         "Jeg har ikke fået min udbetaling i denne måned."],
        ["Kan man få pengene fra kommunen til et nyt klubhus?"],
    )


def test_help_at_home_meals_and_care_staff(detector: Detector) -> None:
    # Default detector.  Field: practical help and personal care (19 tasks, 8
    # receivers), meals brought, care staff.
    checks.check_class(
        detector, E,
        ["Min far får hjælp til tøjvask og indkøb hver fredag.",
         "Der kommer en hjælper og hjælper min mor i seng om aftenen.",
         "Min mormor får maden bragt hjem fra kommunen hver dag."],
        ["Foreningen tilbyder hjælp til indkøb, hvis man ringer senest torsdag."],
    )


def test_school_support_transport_and_pension(detector: Detector) -> None:
    # Default detector.  Field: school support applied for or granted (støttetimer,
    # støttelærer, hjælpelærer, skærmet plads...: a support teacher merely needed is
    # not, as older corpora label it), transport schemes granted (kørselsordning,
    # specialkørsel...: the scheme named alone is not), pension applied for or
    # recalculated.
    checks.check_class(
        detector, E,
        ["Min søn har søgt om en støttelærer til matematik.",
         "Jeg har fået specialkørsel til træningen, men bilen kommer for sent.",
         "Min folkepension bliver genberegnet, og jeg forstår ikke brevet."],
        ["Jeg kører bus i kommunens kørselsordning og vil spørge om min vagtplan."],
    )


def test_job_centre_and_a_kasse_telling_what_to_do(detector: Detector) -> None:
    # Default detector.  Field: the job centre's or the a-kasse's order ("siger at jeg
    # skal", "kræver at jeg"), job training through the job centre, jobs a week.
    checks.check_class(
        detector, E,
        ["A-kassen kræver at jeg dokumenterer mine ansøgninger.",
         "Jeg er i ulønnet praktik i et supermarked.",
         "Nu skal jeg søge fem job om ugen, selvom jeg er 63."],
        ["A-kassen holder lukket mellem jul og nytår."],
    )


def test_dismissal_break_up_and_put_out(detector: Detector) -> None:
    # Default detector.  Field: dismissal in every form, a couple breaking up in every
    # tense, put out of the family home.
    checks.check_class(
        detector, E,
        ["Min mand blev sagt op i fredags efter 20 år.",
         "Mine forældre går fra hinanden, og jeg ved ikke hvor jeg skal bo.",
         "Min stedfar vil ikke have mig boende efter sommerferien."],
        [],
    )


def test_money_of_an_organisation_is_no_ones_hardship(detector: Detector) -> None:
    # Default detector (context/care_and_money.py, round 16): a firm, a club, an
    # association, a pool or the municipality as the owner of the money; money had;
    # not affording denied; food handed out; a social worker by occupation.
    checks.check_class(
        detector, E,
        ["Kommunen siger, at jeg skylder 3000 kr i forældrebetaling."],
        ["Vores forening har et underskud på 4000 kr og skylder for lokalet.",
         "Det er ikke fordi jeg ikke har råd, men prisen er for høj.",
         "Jeg er tidligere socialrådgiver og vil gerne være frivillig.",
         "Om fredagen uddeler vi madposer i kirken."],
    )


def test_a_refund_received_is_no_debt_but_paying_back_a_benefit_is(detector: Detector) -> None:
    # Default detector (context/care_and_money.py, round 16): the weak_money_no_hardship
    # idea for ``personal`` "tilbagebetal*" hits: a refund the writer gets, or a scam.
    checks.check_class(
        detector, E,
        ["Jeg har fået brev om at jeg skal tilbagebetale min boligstøtte fra sidste år."],
        ["Kan jeg få tilbagebetalt parkeringsafgiften, den blev trukket to gange?",
         "En mail lover mig en tilbagebetaling fra Skat, men det ligner phishing."],
    )


def test_an_aid_needed_or_from_the_municipality(detector: Detector) -> None:
    # Default detector.  Field: an aid the person "skal bruge / skal have / mangler /
    # venter på / beder om" (15 verbs x the ``aid`` slot), an aid "af kommunen".
    # "har brug for" is left out: older corpora label an aid merely needed as health.
    checks.check_class(
        detector, E,
        ["Min far skal have et gangstativ, før han kan komme hjem.",
         "Vi venter stadig på en loftlift til min mor.",
         "Jeg fik en badestol af kommunen sidste år, og nu er den knækket."],
        ["Butikken mangler en rampe ved indgangen."],
    )


def test_a_debt_to_the_municipality_is_the_writers(detector: Detector) -> None:
    # Default detector: the organisation rule (round 16) needs the organisation as
    # subject; borrowed "af kommunen" the debt stays the writer's.  A guard test (it
    # passed before round 16 too).
    checks.check(detector, "Jeg har lånt penge af kommunen til indskud og kan ikke "
                 "betale afdraget til tiden.", E, True)
