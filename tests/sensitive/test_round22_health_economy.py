"""Round 22 (corpus51-53 classes): health and economy_social.

economy_social.yaml version 25, health.yaml version 22, exclusions.yaml version 20
and the staff-of-a-care-home rule in lexicon.py.  Sentences of our own wording.  Each
positive was missed before this round and each negative was found; the guards next to
them show what stays.
"""

from __future__ import annotations

from classifiers.sensitive import categories, detect


def _has(text: str, category: str) -> bool:
    return category in categories(detect(text))


# --- economy_social: decisions and applications ------------------------------------

def test_refusal_with_the_verb_before_the_scheme() -> None:
    assert _has("Min mor har kræft og skal til stråling fire gange om ugen. Kommunen "
                "har afslået kørsel, fordi hun bor tæt på en busstation.", "economy_social")
    assert _has("Jeg har sklerose, og forvaltningen afslog min bostøtte i marts uden at "
                "have set mig.", "economy_social")


def test_aid_applied_for_in_the_past_tense() -> None:
    assert _has("Min far fik en blodprop i hjernen i foråret. Vi ansøgte om en "
                "trappelift i juni og har intet hørt siden.", "economy_social")


def test_shopping_help_and_foot_care_applied_for() -> None:
    assert _has("Min far er lige kommet hjem fra sygehuset efter et hoftebrud, og vi har "
                "søgt om indkøbsordning til ham.", "economy_social")
    assert _has("Jeg har sukkersyge og har stadig ikke fået svar på min ansøgning om "
                "fodterapi.", "economy_social")


def test_paying_back_with_the_particle_last() -> None:
    assert _has("Kommunen har skrevet, at jeg skal betale tilbage, men der står ikke "
                "hvorfor. Kan I undersøge det?", "economy_social")


# --- economy_social: the job centre and work ----------------------------------------

def test_training_place_and_course_of_the_job_centre() -> None:
    assert _has("På mit praktiksted via jobcentret må jeg ikke gå til lægen i "
                "arbejdstiden.", "economy_social")
    assert _has("På jobcentrets kursus fik jeg at vide, at jeg ikke kunne bestå med "
                "mit tørklæde.", "economy_social")
    # The job centre's courses in an opinion name no one.
    assert not _has("Jobcentrets kurser bør være bedre, synes jeg.", "economy_social")


def test_notice_of_dismissal_received() -> None:
    assert _has("Jeg har fået varsel om afsked fra lageret efter 14 år. Hvornår skal "
                "jeg melde mig hos jer?", "economy_social")


def test_sickness_agreement_only_as_own_application() -> None:
    # A union saying the municipality should make a § 56-agreement shows the illness,
    # not a benefit of the person's: the agreement refunds the employer.
    assert not _has("Jeg har gigt og er medlem af HK. HK siger, at kommunen skal lave "
                    "en § 56-aftale med min arbejdsgiver.", "economy_social")
    assert _has("Jeg venter stadig på svar på min ansøgning om en § 56-aftale, og min "
                "leder spørger hver uge.", "economy_social")


def test_criminal_record_certificate_for_a_job_is_no_record() -> None:
    assert not _has("Jeg søger stillingen som pedel på skolen. Mit cpr-nummer står "
                    "nederst til straffeattesten.", "economy_social")
    assert _has("Min søn har en plettet straffeattest og kan ikke få arbejde.",
                "economy_social")


# --- economy_social: care homes and care ----------------------------------------------

def test_staff_of_a_care_home_acting_on_a_resident() -> None:
    assert _has("Min mor er 91. Personalet på plejecentret har talt nedladende om "
                "hende, mens hun sad ved bordet.", "economy_social")
    # The writer's own colleagues are no one's care.
    assert not _has("Jeg er ansat på plejecentret, og personalet på plejecentret har for "
                    "travlt.", "economy_social")


def test_home_care_nurse_in_english_is_health_only() -> None:
    text = ("I have diabetes, and my home care nurse talked about it to the woman "
            "next door. I want to complain.")
    assert not _has(text, "economy_social")
    assert _has(text, "health")
    assert _has("My mother gets home care every morning after her stroke.",
                "economy_social")


# --- health: birth and English ---------------------------------------------------------

def test_birth_coming_or_given_is_pregnancy() -> None:
    assert _has("Min kone skal føde i august, og jeg vil gerne vide, hvor meget orlov "
                "jeg kan tage som medmor.", "health")
    assert _has("Min kæreste fødte i går på Hvidovre. Hvem skal anmelde faderskabet?",
                "health")
    assert not _has("Hvor skal man føde, hvis man bor i Ishøj?", "health")
    assert not _has("Fuglene i haven skal have føde om vinteren.", "health")


def test_admitted_to_hospital_in_english() -> None:
    assert _has("My husband was admitted to Herlev Hospital on Sunday with pneumonia. "
                "Can someone pick up our daughter from kindergarten?", "health")
