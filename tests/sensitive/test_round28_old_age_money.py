"""Round 28 (corpus69 classes): economy_social of old age, carers and their money.

economy_social.yaml version 31a: carer leave (plejeorlov) taken or applied for; a
scheme of old age and care applied for with no "om" ("har søgt plejevederlag");
employed by the municipality to care for a relative (serviceloven § 118); help at home at
a time of day ("hjælp om natten"); a person's home-care helpers by sex or as fixed; the
municipality asked to pay or cover a person's expense; an ældrebolig or care place
allotted, said in a relative clause after it; "kan jeg få noget hjælp?" (CORPUS69.md
decision 7: support asked for oneself or a named person).  Sentences of our own wording;
each positive was missed before this round.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto and rescue are retrained after the round; the rules are tested
# without them.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ECON = "economy_social"


def _has(text: str, category: str = ECON) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- carer leave and schemes applied for with no "om" ----------------------------------

def test_carer_leave_taken_or_granted() -> None:
    assert _has("Hej\n\nJeg er på plejeorlov til min far dør, men lønnen er ikke kommet.")
    assert _has("Min plejeorlov slutter i næste uge. Hvad sker der så med min løn?")
    assert _has("Jeg fik plejeorlov i oktober for at passe min mand derhjemme.")
    assert _has("min søster tog plejeorlov da vores mor var døende, hvem betaler hende nu")
    # The rules of the scheme asked about name no one's leave.
    assert not _has("Hvilke regler gælder for plejeorlov i Ishøj Kommune?")
    assert not _has("Hvor lang tid kan man være på plejeorlov efter serviceloven?")


def test_old_age_scheme_applied_for_without_om() -> None:
    assert _has("Jeg har også søgt plejeorlov hos jer, men ingen svar.")
    assert _has("Min mor ansøgte ældrebolig i foråret, hvor langt er sagen?")
    assert _has("Jeg søgte plejeorlov i sidste måned og har ikke hørt fra jer.")
    assert _has("Jeg har allerede søgt plejeorlov, min arbejdsgiver spørger hvornår.")


# --- employed to care for a relative ---------------------------------------------------

def test_employed_to_care_for_a_relative() -> None:
    assert _has("Jeg er ansat af kommunen til at passe min svigermor. Må jeg holde "
                "ferie?")
    assert _has("Min bror blev ansat til at passe vores mor i hendes sidste måneder.")
    assert _has("Kan jeg blive ansat til at passe min kone, så jeg ikke skal opsige mit "
                "arbejde?")
    # A childminder's or a care worker's job names no relative.
    assert not _has("Jeg er dagplejer og ansat til at passe fem børn i mit hjem.")


# --- help at home at a time of day, and the helpers ------------------------------------

def test_help_at_home_at_a_time_of_day() -> None:
    assert _has("Min mor kan ikke komme i seng selv og har brug for hjælp om aftenen.")
    assert _has("Han får hjælp om morgenen, men det rækker ikke længere.")
    assert _has("Vi har ansøgt, fordi hun skal have hjælp hver nat nu.")
    # A service's hours name no one.
    assert not _has("Hvilken hjælp om natten tilbyder hjemmeplejen generelt?")


def test_home_care_helpers_of_a_person() -> None:
    assert _has("Min far vil kun have mandlige hjælpere, han skammer sig.")
    assert _has("Kan I sende en kvindelig hjælper til min mor om tirsdagen?")
    assert _has("Min mor ønsker kun kvindelige hjælpere af hensyn til sin tro.")
    assert _has("Hjælperne vasker ham kun to gange om ugen, det er for lidt.")
    # A job advert seeks helpers for no one.
    assert not _has("Vi søger mandlige hjælpere til vores afdeling i weekenden.")


# --- the municipality asked to pay a person's expense ----------------------------------

def test_municipality_asked_to_pay_an_expense() -> None:
    assert _has("Kan I hjælpe os med at betale medicinen til min mor? Pensionen slår "
                "ikke til.")
    assert _has("Kan kommunen dække transporten, når han skal til kontrol hver uge?")
    assert _has("Jeg vil høre om kommunen betaler kørslen for mig til genoptræning.")
    # An outing or a party's bus is no one's expense.
    assert not _has("Kan kommunen betale transporten til ældreklubbens udflugt?")


# --- an ældrebolig allotted, said in a relative clause ---------------------------------

def test_care_housing_allotted_in_a_relative_clause() -> None:
    assert _has("Min far bor i den ældrebolig på Vildtbanevej, som han fik tildelt i "
                "2021, og nu er der skimmel.")
    assert _has("Ældreboligen, som hun fik anvist i maj, er for lille.")
    assert _has("Vi er glade for ældreboligen som vi blev tildelt sidste år, men "
                "varmen virker ikke.")
    # Rent asked about in general is not (README: ældrebolig).
    assert not _has("Hvad koster en ældrebolig på Vildtbanevej om måneden?")


# --- "kan jeg få noget hjælp?" -----------------------------------------------------------

def test_some_help_asked_for_oneself_or_a_relative() -> None:
    assert _has("Jeg passer min mand, som har demens, og jeg kan ikke mere. Kan jeg få "
                "noget hjælp?")
    assert _has("Kan min mor få lidt hjælp, hun kan ikke selv gøre rent mere.")
    assert _has("kan vi få noget hjælp, far er faldet igen og vi bor langt væk")
    # Help in general asks for no one.
    assert not _has("Kan man få noget hjælp til at forstå reglerne om ældrebolig?")


# --- a meeting's host between the event and its topic (exclusions.yaml v26a) ----------

def test_event_with_its_host_before_the_topic() -> None:
    assert not _has("Jeg underviser ældre på sprogcentret. Kunne I holde et "
                    "informationsmøde hos os om hjemmehjælp og madservice?")
    assert not _has("Vi vil gerne have et oplæg hos pensionistforeningen om "
                    "boligstøtte til vores medlemmer.")
    assert not _has("Jeg er formand og vi planlægger et foredrag hos Ældre Sagen om "
                    "plejeboliger i kommunen.")
    # The writer's own help named after it still counts.
    assert _has("Jeg var til et møde hos jer i går, og nu vil jeg søge om hjemmehjælp.")
