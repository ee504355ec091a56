"""Round 23 (corpus54-56 classes): health and economy_social.

economy_social.yaml version 26, health.yaml version 23, exclusions.yaml version 21;
in context/core.py the dropped "jeg" and the CPR number on the hit's line
(``writer_dropped``, ``cpr_on_line``) and the closing of a place said as a noun; in
context/care_and_money.py "ikke mit eget" and a workplace said after the care place.
Sentences of our own wording.  Each positive was missed before this round and each
negative was found; the guards next to them show what stays.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- a dropped "jeg" in a short informal mail --------------------------------------

def test_statement_with_the_subject_dropped() -> None:
    assert _has("hej, har angst og kan ikke møde op i borgerservice, kan I ringe i "
                "stedet", "health")
    assert _has("vil gerne på efterløn fra marts, hvem tager sig af det", "economy_social")
    # A yes/no question opens with its verb too: no one's benefit.
    assert not _has("Får pensionister boligstøtte til en ældrebolig?", "economy_social")
    assert not _has("Er boligstøtte skattepligtig?", "economy_social")


def test_state_word_opening_the_mail() -> None:
    assert _has("hej, syg i dag, kan ikke komme til træningen", "health")


def test_cpr_number_on_the_line_of_an_application() -> None:
    assert _has("vedr. ansøgning om enkeltydelse - cpr.nr. 0304881234 - mangler I noget?",
                "economy_social")


# --- economy_social: the job centre, child protection -------------------------------

def test_job_centre_telling_with_the_verb_first() -> None:
    assert _has("Hver gang siger jobcentret, at han skal i praktik.", "economy_social")


def test_sent_into_a_work_placement() -> None:
    assert _has("Kommunen har i to år sendt mig i praktik i det ene supermarked efter "
                "det andet.", "economy_social")
    assert _has("Min datter har fri fra praktikken i jobcentret på fredag.",
                "economy_social")


def test_child_to_be_placed_in_care_in_the_passive() -> None:
    assert _has("Sagsbehandleren siger, at min datter måske skal anbringes.",
                "economy_social")


def test_refusal_to_keep_a_child_in_a_special_class() -> None:
    assert _has("Vi har fået afslag på at vores datter kan blive i specialklassen næste "
                "år. Hvordan klager vi?", "economy_social")


def test_application_with_its_article_and_a_scheme_given() -> None:
    assert _has("Hvornår får jeg svar på ansøgningen om plejebolig?", "economy_social")
    assert _has("Efter udskrivelsen vil kommunen give ham en bostøttemedarbejder, men vi "
                "har intet hørt.", "economy_social")
    assert _has("Jeg er enlig mor, og kommunen vil ikke give skolekørsel, selv om "
                "skolen ligger 9 km væk.", "economy_social")
    assert _has("Vi har søgt om en mentor til vores søn for to måneder siden.",
                "economy_social")
    # How applications are handled in general names no one.
    assert not _has("Hvor lang tid tager det normalt at behandle ansøgningen om "
                    "plejebolig?", "economy_social")


def test_standing_frame_at_school() -> None:
    assert _has("Min søn har fået et ståstativ og en særlig stol i klassen.",
                "economy_social")


def test_child_support_and_help_to_pay() -> None:
    assert _has("Familieretshuset skriver, at jeg skal betale bidrag til min datter fra "
                "januar.", "economy_social")
    assert _has("Jeg har brug for hjælp til at betale vinterjakker til drengene.",
                "economy_social")
    # A gift to a faith community is no child support.
    assert not _has("Jeg giver et bidrag til min menighed hver måned.", "economy_social")


def test_foster_family_approval_is_no_need() -> None:
    assert not _has("Vi fik vores plejebarnsgodkendelse i sommer og venter nu.",
                    "economy_social")
    assert not _has("Vi har et ønske om et plejebarn og vil gerne høre om ventetiden.",
                    "economy_social")
    # A foster child placed with the family stays a child-protection matter.
    assert _has("Vores plejebarn skal til møde med sin mor i næste uge.", "economy_social")


def test_feeling_punished_is_no_sentence() -> None:
    assert not _has("Jeg blev sendt hjem fra vagten og føler mig straffet for at sige "
                    "fra.", "economy_social")


def test_own_contact_denied_with_mit_eget() -> None:
    assert not _has("Kan man booke kommunens samværslokale om lørdagen? Det er ikke mit "
                    "eget samvær, jeg spørger for en veninde.", "economy_social")


def test_care_place_as_workplace_said_after() -> None:
    assert not _has("Jeg har fået en skriftlig advarsel på plejehjemmet, hvor jeg "
                    "arbejder. Må min tillidsmand være med?", "economy_social")


def test_closing_a_care_home_as_a_noun_is_policy() -> None:
    assert not _has("Jeg støtter lukningen af plejehjemmet.", "economy_social")


# --- health ---------------------------------------------------------------------------

def test_diagnoses_by_name() -> None:
    assert _has("Min søn har selektiv mutisme og siger ikke noget i klassen.", "health")
    assert _has("Jeg har ME/CFS og kan kun være oppe et par timer om dagen.", "health")


def test_one_more_child_on_the_way() -> None:
    assert _has("Vi har to drenge og venter en mere til marts, så vi mangler plads.",
                "health")
