"""Round 25, helper B (corpus60-62 classes): health, and economy_social in corpus60/62.

health.yaml: a sprain in the past tense, a cracked bone, nausea, donor sperm,
sickle-cell disease in English; economy_social.yaml: an aid applied for in
second-language Danish ("søgte ny kørestol"), a meeting with one's own caseworker,
meals asked for a person, a place to live asked for; exclusions.yaml: an approved
foster family said without "som", spouse dependence (a kontanthjælp rule), joint custody
with the child named between, care places and placements in general; context/core.py
``retracted`` and context/no_one.py (health only): an illness the writer takes back at
once (CORPUS62.md "Retracted words do not count"), staff on sick leave counted.
Sentences of our own wording.  Each positive was missed before this round; the guards
next to them show what stays out.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ECON = "economy_social"
HEALTH = "health"


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- health: injuries, nausea, donor sperm ---------------------------------------------

def test_sprain_in_past_tense_and_cracked_bone() -> None:
    assert _has("Jeg gled på isen ved busstoppet og forstuvede foden i sidste uge.", HEALTH)
    assert _has("Min far væltede på cyklen og fik en revne i hoften.", HEALTH)
    assert _has("Hun har en revne i et ribben efter faldet på trappen.", HEALTH)
    # A crack in a wall is no one's health.
    assert not _has("Der er en revne i muren ved vores opgang. Hvem skal ordne den?", HEALTH)


def test_nausea_of_a_person() -> None:
    assert _has("Jeg har meget kvalme om morgenen og kan ikke nå bussen til kl. 8.", HEALTH)
    assert _has("Min datter har haft kvalme i tre uger. Kan hun få fri fra svømning?", HEALTH)
    # A smell that would make anyone sick says nothing about a person.
    assert not _has("Containeren lugter så meget, at man får kvalme af at gå forbi.", HEALTH)


def test_child_conceived_with_donor_sperm() -> None:
    assert _has("Vi fik vores søn med donorsæd sidste år.", HEALTH)


# --- retracted words ------------------------------------------------------------

def test_word_taken_back_at_once_is_not_said() -> None:
    assert not _has("Jeg har fået en ny diskusprolaps — nej det er ikke rigtigt, jeg mener "
                    "en ny lejlighed. Hvornår kommer flyttebilen?", HEALTH)
    assert not _has("Min søn er indlagt... nej undskyld, han er på lejrskole. Kan han "
                    "få madpakke med?", HEALTH)
    assert not _has("jeg har et dårligt knæ ... nej ikke dårligt knæ, det er bare "
                    "langt at gå fra parkeringen", HEALTH)
    # A correction of another word keeps the illness.
    assert _has("Min søn er indlagt på Hvidovre Hospital siden mandag... nej undskyld, "
                "siden søndag.", HEALTH)


def test_spouse_dependence_is_a_benefit_rule() -> None:
    assert not _has("Jeg ringede om ægtefælleafhængighed i kontanthjælpen og fik svar.",
                    HEALTH)


# --- economy_social ----------------------------------------------------------------

def test_approved_foster_family_without_som() -> None:
    assert not _has("Vi er godkendt plejefamilie og vil gerne vide, hvilken skole et "
                    "barn skal gå på, hvis det kommer til os.", ECON)
    # A foster child placed is the child's matter.
    assert _has("Vi er plejefamilie for en dreng på 7, som har boet hos os i to år.", ECON)


def test_aid_applied_for_without_om() -> None:
    assert _has("Min søn har muskelsvind. Vi søgte ny kørestol i august og har ikke hørt "
                "noget.", ECON)
    assert _has("Jeg har søgt om ny rollator, men det tager lang tid.", ECON)


def test_meeting_with_own_caseworker() -> None:
    assert _has("Jeg har møde med min sagsbehandler på onsdag, men jeg er syg.", ECON)
    assert _has("Vi vil gerne have en samtale med hans sagsbehandler om skolen.", ECON)
    # A caseworker as a job is no one's case.
    assert not _has("Jeg er uddannet sagsbehandler og søger job i kommunen.", ECON)


def test_meals_and_a_place_to_live_asked_for_a_person() -> None:
    assert _has("Min mor er kommet hjem fra hospitalet. Kan hun få madordning?", ECON)
    assert _has("Min nevø er blevet smidt ud af sine forældre. Er der et sted han kan bo?",
                ECON)


def test_counted_staff_on_sick_leave_is_no_ones_health() -> None:
    assert not _has("Som TR kan jeg fortælle, at vi har to langtidssygemeldte i teamet, "
                    "og normeringen skal op.", HEALTH)
    assert not _has("Vi har tre sygemeldte kolleger på vores afdeling lige nu.", HEALTH)
    # The writer's own sick leave stays.
    assert _has("Jeg er langtidssygemeldt og kan ikke komme til mødet.", HEALTH)


def test_sickle_cell_in_english() -> None:
    assert _has("My son has sickle cell disease and is often in pain at night.", HEALTH)


def test_joint_custody_with_the_child_between_is_no_conflict() -> None:
    assert not _has("Jeg har søgt om, at min kone kan få forældremyndighed over vores "
                    "datter sammen med mig. Hvor langt er sagen?", ECON)
    # Custody fought over stays.
    assert _has("Min eks vil have forældremyndigheden over vores søn alene.", ECON)


def test_care_places_and_placements_in_general() -> None:
    assert not _has("Vores forening har længe krævet bedre vilkår på botilbud. Jeg håber, "
                    "du vil støtte os.", ECON)
    assert not _has("Jeg har hørt, at enlige mænd sjældent får børn anbragt hos sig. "
                    "Passer det?", ECON)
    # A person's own place and a child placed stay.
    assert _has("Min søn bor på et botilbud, og vilkårene er dårlige.", ECON)
    assert _has("Vores søn er blevet anbragt på et opholdssted.", ECON)
