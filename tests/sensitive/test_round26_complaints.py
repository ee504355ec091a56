"""Round 26 (corpus65 classes): economy_social in complaints, disability and mental health.

economy_social.yaml version 29 (29a): guardianship of a person, a place at a sheltered
workshop or an activity offer (serviceloven §§ 103-104), more schemes refused or applied
for (STU, teaching at home, residential treatment, a day offer), a walking stick and a
communication computer as aids, one's case about an aid, a lost home, one's contact
person from the municipality, help to find care housing, one's sickness follow-up
meeting.  CORPUS65.md's decisions (guardianship, sheltered workshop) and the README's
decision and aid conventions.  Sentences of our own wording.  Each positive was missed
before this round; the guards next to them show what stays out.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ECON = "economy_social"


def _has(text: str, category: str = ECON) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- guardianship --------------------------------------------------------------------

def test_guardianship_of_a_person() -> None:
    assert _has("Min farbror er under værgemål, og jeg vil vide hvem der betaler hans tandlæge.")
    assert _has("Jeg er værge for min bror, og kommunen har ikke svaret mig.")
    assert _has("Hans værge har ikke fortalt os noget om flytningen.")
    assert _has("Vi vil gerne have ophævet værgemålet, for hun klarer sig fint nu.")
    assert _has("Min far har fået en værge, efter at han fik en blodprop.")
    # How one becomes a guardian, or no guardian at all, names no one under guardianship.
    assert not _has("Hvordan bliver man værge for et familiemedlem? Er det kommunen?")
    assert not _has("Han har ingen værge, så hvem skal jeg tale med om skuret?")


# --- sheltered work and activity offers -----------------------------------------------

def test_sheltered_workshop_place() -> None:
    assert _has("Min kusine arbejder på et beskyttet værksted og er glad for det.")
    assert _has("Han har været på det beskyttede værksted i ti år, og nu lukker det.")
    assert _has("Jeg får min arbejdsdusør for sent hver måned.")


def test_activity_offer_of_a_person() -> None:
    assert _has("Nu skal min søster flyttes til et aktivitetstilbud i en anden by.")
    assert _has("Hun søgte om et dagtilbud i foråret, men hørte aldrig noget.")
    assert _has("Han skal i stedet tilbydes et dagtilbud, siger de.")
    assert _has("Han er startet i et aktivitets- og samværstilbud i Greve.")
    assert _has("Jeg har været i et værkstedstilbud i fem år.")
    # The offers in general, and "dagtilbud" as day care, stay out.
    assert not _has("Hvor mange pladser er der på kommunens beskyttede værksteder?")
    assert not _has("Findes der en folder om kommunens aktivitetstilbud til ældre?")
    assert not _has("Jeg er pædagog og vil gerne vide, hvornår dagtilbud holder lukket.")


# --- schemes and aids refused or applied for -----------------------------------------

def test_more_schemes_refused_or_applied_for() -> None:
    assert _has("Vores søn har fået afslag på STU, selv om skolen anbefalede det.")
    assert _has("Vi har søgt om undervisning i hjemmet til vores datter.")
    assert _has("Han har fået afslag på døgnbehandling og skal nøjes med samtaler.")


def test_stick_and_communication_computer() -> None:
    assert _has("Jeg har fået afslag på en stok med sæde fra kommunen.")
    assert _has("Hun har søgt om en kommunikationscomputer, fordi hun ikke kan tale.")
    # Walking with a stick is no aid from the municipality.
    assert not _has("Jeg går med stok, så fortovet ved skolen er svært for mig.", ECON)


def test_extension_of_a_scheme_refused() -> None:
    assert _has("Jeg har fået afslag på forlængelse af min § 56-aftale.")
    assert _has("Hun har fået afslag på at forlænge hendes fleksjob.")


def test_own_case_about_an_aid() -> None:
    assert _has("Jeg beder om aktindsigt i min sag om hjælpemidler.")
    assert _has("Hvornår bliver hans sag om boligstøtte afgjort?")


# --- home, contact person, housing, sickness follow-up -------------------------------

def test_lost_home() -> None:
    assert _has("Han bor hos os nu, fordi han har mistet sin lejlighed.")


def test_contact_person_from_the_municipality() -> None:
    assert _has("Min kontaktperson fra kommunen er sygemeldt, og ingen ringer til mig.")
    assert not _has("Vores forening vil gerne have en kontaktperson i kommunen om lokaler.")


def test_help_to_find_care_housing() -> None:
    assert _has("Kan vi få hjælp til at finde en ældrebolig til min far?")


def test_sickness_follow_up_meeting() -> None:
    assert _has("Min opfølgningssamtale er blevet flyttet to gange, og jeg er stadig syg.")


# --- an onlooker at a care place -----------------------------------------------------

def test_onlooker_at_some_care_place() -> None:
    assert not _has("Jeg så noget på et plejecenter, som jeg gerne vil klage over.")
    assert not _has("Jeg var vidne til en episode på et plejehjem i sidste uge.")
    # One's own mother living there stays economy_social.
    assert _has("Min mor bor på et plejecenter, og jeg så noget på plejecentret i går.")
