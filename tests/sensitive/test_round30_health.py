"""Round 30 (corpus81-86 classes, health/property helper): health and property_trade.

health.yaml (v30): back from sick leave said with "melde ... rask", Down syndrome as
the first part of a word for the child, infections of children and young people
(kyssesyge, skarlagensfeber, streptokokker, børneorm), a young person's words for a
diagnosis or its medicine (tics, anorektiker, SSRI, børne- and ungdomspsyk), PrEP,
hormone treatment by its hormone, trembling in a body part and an electric shock,
falls had ("haft to fald"), burning oneself (self-harm slot).
exclusions.yaml (v30): discharged from a bosted; a waiting time for an age group.
context/core.py: a woman named by title and surname ("Fru Holm").
context/groups.py: a person who starts or comes at a place for a group with a
condition; a counted group of people as the subject of what they go through ("flere og
flere unge oplever angst"); a speaker invited to talk on a subject.
property_trade.yaml (v30): a property put up for sale or sent to a forced sale with its
street address between, a forced sale's date set, a seller waiting for an answer, an
agreement to buy or sell in English.  Sentences of our own wording; each was missed
(or, for the negatives, found) before this round.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto and rescue are retrained after the round; the rules are tested
# without them.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
HEALTH = "health"
PROPERTY = "property_trade"


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- health: sick leave, diagnoses, infections ----------------------------------------

def test_back_from_sick_leave() -> None:
    assert _has("Jeg meldte mig rask i mandags, men lønnen er ikke kommet.", HEALTH)
    assert _has("Min kollega Bent har meldt sig rask og starter igen på fredag.", HEALTH)
    assert _has("Skal jeg give besked til jer, når jeg melder mig rask?", HEALTH)


def test_down_syndrome_as_first_part() -> None:
    assert _has("Vores yngste er et Down-barn, og vi søger en plads i børnehaven.", HEALTH)
    assert _has("Hun er mor til en lille Down-pige på seks.", HEALTH)
    # English "down" is no diagnosis.
    assert not _has("The kids calmed down after the break.", HEALTH)


def test_infections_of_children() -> None:
    assert _has("Vores datter Freja har kyssesyge og kan ikke komme i skole.", HEALTH)
    assert _has("Min søn har fået skarlagensfeber, så han bliver hjemme i ugen.", HEALTH)
    assert _has("Begge vores drenge har haft streptokokker i halsen.", HEALTH)


def test_young_peoples_words() -> None:
    assert _has("jeg har fået tics efter sommerferien og folk griner af det", HEALTH)
    assert _has("min veninde er anorektiker og vil ikke spise i kantinen", HEALTH)
    assert _has("Jeg er startet på SSRI for en måned siden.", HEALTH)
    assert _has("Min lillesøster har været på børnepsyk i to uger.", HEALTH)
    assert _has("jeg har brændt mig selv med lighteren igen", HEALTH)


def test_prep_and_hormones() -> None:
    assert _has("Jeg tager PrEP og skal have lavet tjek hver tredje måned.", HEALTH)
    assert _has("Han har været i testosteronbehandling siden foråret.", HEALTH)
    # A question about where one gets it names no one.
    assert not _has("Hvor kan man få PrEP i Ishøj?", HEALTH)


def test_trembling_shock_and_falls() -> None:
    assert _has("Hun har rystelser i hånden og kan ikke skrive.", HEALTH)
    assert _has("Min mand fik et elektrisk stød på værkstedet i sidste uge.", HEALTH)
    assert _has("Min svigerfar har haft tre fald siden jul.", HEALTH)
    # "i hvert fald" and a fall in prices are no falls.
    assert not _has("Vi har i hvert fald haft to møder om sagen.", HEALTH)


def test_a_woman_named_by_title() -> None:
    assert _has("Fru Lund i opgang 3 er næsten blind og kan ikke læse brevene.", HEALTH)


def test_a_place_for_a_group_one_starts_at() -> None:
    assert _has("Mikkel begynder i klubben for unge med ADHD efter nytår.", HEALTH)
    assert _has("Min far kommer i dagcentret for borgere med demens om tirsdagen.", HEALTH)
    # An offer started by others names no one.
    assert not _has("Hvornår starter det nye tilbud for unge med autisme?", HEALTH)
    assert not _has("Foreningen starter et nyt hold for voksne med angst.", HEALTH)


# --- health: negatives (groups, talks, services) --------------------------------------

def test_a_counted_group_going_through_it() -> None:
    assert not _has(
        "Vi ser at flere og flere unge i kommunen oplever ensomhed, pres og stress.",
        HEALTH)
    assert not _has("Mange gymnasieelever kæmper med angst, og det bør vi tage alvorligt.",
                    HEALTH)
    # Guards (found before too): a relative coordinated with the group, or said to be
    # one of them, keeps it.
    assert _has("Min søn og mange andre drenge i klassen har angst.", HEALTH)
    assert _has("Min datter er en af de mange unge, der har stress.", HEALTH)


def test_a_speaker_invited_on_a_subject() -> None:
    assert not _has("Må vi invitere en sygeplejerske til at tale om selvskade i 8.a?",
                    HEALTH)
    # Guard (found before too): a talk asked for oneself.
    assert _has("Kan jeg tale med en voksen om min spiseforstyrrelse?", HEALTH)


def test_bosted_and_waiting_times() -> None:
    assert not _has("Han er udskrevet fra bostedet og flytter i egen lejlighed.", HEALTH)
    assert not _has("Hvor lang er ventetiden på en autisme-udredning for voksne lige nu?",
                    HEALTH)
    # Guard (found before too): one's own assessment waited for.
    assert _has("Min søn venter på en ADHD-udredning og får ingen hjælp imens.", HEALTH)


# --- property_trade ---------------------------------------------------------------

def test_for_sale_with_the_address_between() -> None:
    assert _has("Vi har sat vores rækkehus på Torslunde Bygade 7 til salg i sidste uge.",
                PROPERTY)
    assert _has("Jeg har sat min lejlighed på Ishøj Strandvej til salg.", PROPERTY)


def test_forced_sale_with_address_or_date() -> None:
    assert _has("Kreditforeningen har sendt huset på Vejleåvej 9 på tvangsauktion.",
                PROPERTY)
    assert _has("Der er ikke betalt i et år. Tvangsauktionen er berammet til 3. marts.",
                PROPERTY)
    # Forced sales in general name no one's.
    assert not _has("Hvor mange tvangsauktioner var der i Ishøj sidste år?", PROPERTY)


def test_seller_waits_for_an_answer() -> None:
    assert _has("Vi har fået tilbudt lageret på Industrivej, og sælger venter på vores "
                "svar inden mandag.", PROPERTY)


def test_agreed_to_buy_or_sell_in_english() -> None:
    assert _has("We have agreed to buy the old workshop on Industrivej from the owner.",
                PROPERTY)
    assert _has("I agreed to sell my small shop building to a neighbour, pending "
                "approval.", PROPERTY)
    assert not _has("We agreed to buy a new printer for the club.", PROPERTY)
