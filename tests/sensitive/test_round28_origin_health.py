"""Round 28 (corpus69-71 classes): the origin of elderly immigrants and their children,
and the care and illness words of old age, of children and of English writers.

ethnicity.yaml version 26 (26c): a nationality in the past tense of someone dead or gone
(Danish and English), more believers "fra" a country and the past tense there, a named
relative from any country, a word between an age and "fra", indigenous peoples, the
only language left besides Danish, a named member or employee "fra" a country, English
person nouns after a demonym (pensioners, trades), a boat refugee.
context/belief_ethnicity_orientation.py: a policy that mentions or leaves out racism,
and racist language or jokes aimed at no one, hold no one's origin.
health.yaml version 28 (28c): COPD, stuttering as a noun and speech disorders, a child on
the way, self-harm with the short reflexive, an appointment in psychiatry, a joint or
the back that fails, English pain, trauma and physiotherapy; an accident insurance alone
names no accident.  context/groups.py: a piece being written ("ved at skrive om") is a
topic, no one's.  CORPUS69.md decisions 2 (the dead like the living) and 6 (frailty
with no body part is not health).  Sentences of our own wording; each was missed (or,
for the negatives, found) before this round.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto and rescue are retrained after the round; the rules are tested
# without them.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ETH = "ethnicity"
HEALTH = "health"


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- ethnicity ----------------------------------------------------------------------

def test_nationality_in_the_past_tense() -> None:
    assert _has("Min afdøde svigermor var kurdisk, og familien ønsker en imam.", ETH)
    assert _has("Hej. Far var polsk og døde sidste år, hvem betaler graven?", ETH)
    assert _has("Our mother was Lebanese and passed away in May.", ETH)
    assert _has("She was Chilean, and we need her papers for the estate.", ETH)
    assert _has("My grandfather was Bosnian and came here in 1993.", ETH)
    # Food or a thing in the past tense is no one's origin.
    assert not _has("Maden til festen var tyrkisk og meget god.", ETH)


def test_believer_from_a_country_and_past_tense() -> None:
    assert _has("Min nabo er hinduist fra Nepal og vil gerne vide noget om urnehaver.", ETH)
    assert _has("Vores far var katolik fra Kroatien, skal han begraves i Ishøj?", ETH)
    assert _has("Hans mor er græsk-ortodoks fra Cypern.", ETH)
    assert _has("min morfar var sunnimuslim fra Irak", ETH)


def test_named_relative_from_any_country() -> None:
    assert _has("Min mand Kenji er fra Japan og har brug for hjælp til ansøgningen.", ETH)
    assert _has("Min mor Maria var fra Portugal og boede i Ishøj i 40 år.", ETH)
    assert _has("Min bedstemor Ilse er fra Tyskland og kan ikke læse brevet.", ETH)
    assert not _has("Min mand Kenji er hjemme fra arbejde i dag.", ETH)


def test_word_between_age_and_origin() -> None:
    assert _has("Jeg er 68 og enkemand fra Chile og vil høre om ældreboliger.", ETH)
    assert _has("Min far er 90 og pensionist fra Polen.", ETH)
    assert _has("hun er 75 og oprindeligt fra Iran", ETH)


def test_indigenous_peoples() -> None:
    assert _has("Jeg er maori og bor i Ishøj med min danske mand.", ETH)
    assert _has("Min farfar var cree-indianer fra Canada.", ETH)
    assert _has("Min kone er quechua og taler ikke meget dansk.", ETH)


def test_only_language_left_besides_danish() -> None:
    assert _has("Min mor forstår ikke dansk længere, kun arabisk.", ETH)
    assert _has("Far taler ikke dansk men kun tyrkisk, så han kan ikke ringe selv.", ETH)
    assert _has("Hun kan ikke dansk mere, kun urdu, efter slagtilfældet.", ETH)
    assert not _has("Kan I sende brevet på dansk? Det er vigtigt.", ETH)


def test_named_member_or_employee_from_a_country() -> None:
    assert _has("Et af vores medlemmer, Yusuf, fra Somalia, har fået en fyreseddel.", ETH)
    assert _has("En medarbejder, Olga, fra Ukraine, bliver drillet på lageret.", ETH)
    assert _has("En elev, Tran, fra Vietnam, har brug for ekstra hjælp.", ETH)


def test_english_demonym_before_a_person_noun() -> None:
    assert _has("I'm a retired Dutch bricklayer living in Ishøj.", ETH)
    assert _has("I am an American widow and need help with my pension.", ETH)
    assert _has("I am an Irish pensioner who moved here last year.", ETH)
    assert _has("I'm a Polish plumber with my own firm in Ishøj.", ETH)


def test_boat_refugee() -> None:
    assert _has("My mother came here as a boat refugee from Vietnam.", ETH)
    assert _has("Our parents arrived as boat refugees in 1980.", ETH)
    assert _has("Min morfar kom hertil som bådflygtning.", ETH)


def test_racism_in_a_policy_or_aimed_at_no_one() -> None:
    assert not _has("Skolens trivselspolitik indeholder intet om racisme.", ETH)
    assert not _has("Personalepolitikken beskriver slet ikke racisme, selvom det sker.", ETH)
    assert not _has("Der bliver fortalt racistiske jokes i frokoststuen, men ingen har "
                    "klaget.", ETH)
    assert not _has("Vi har haft et par sager om racistisk sprogbrug i kantinen.", ETH)
    # Aimed at a person it stays.
    assert _has("Min søn blev udsat for racistisk sprog fra en lærer.", ETH)


# --- health -------------------------------------------------------------------------

def test_copd() -> None:
    assert _has("Min far har COPD og kan ikke gå op ad trapperne.", HEALTH)
    assert _has("hun fik konstateret copd sidste vinter", HEALTH)
    assert _has("Min mand er COPD-patient og bruger ilt.", HEALTH)


def test_stuttering_and_speech_disorders() -> None:
    assert _has("Vores datter har stammen, og de andre børn griner af hende.", HEALTH)
    assert _has("Min søn har stammeproblemer og tør ikke sige noget i klassen.", HEALTH)
    assert _has("Lægen mener at hun har en taleforstyrrelse.", HEALTH)
    assert _has("Vores barn er udredt for en sprogforstyrrelse.", HEALTH)


def test_child_on_the_way() -> None:
    assert _has("Vi har en baby på vej i marts og skal bruge en større bolig.", HEALTH)
    assert _has("Min kæreste og jeg har barn på vej, kan vi få en vuggestueplads?", HEALTH)
    assert _has("Jeg har tvillinger på vej og søger om hjælp.", HEALTH)


def test_self_harm_with_short_reflexive() -> None:
    assert _has("Vores datter skærer sig i armene, og vi ved ikke hvad vi skal gøre.", HEALTH)
    assert _has("Han har cuttet sig flere gange i år.", HEALTH)
    assert _has("min søn skar sig i benene i sommerferien", HEALTH)
    assert not _has("Vi skærer i budgettet til næste år.", HEALTH)


def test_appointment_in_psychiatry() -> None:
    assert _has("Min søn har fået en tid i ungdomspsykiatrien efter nytår.", HEALTH)
    assert _has("Hun er henvist til børnepsykiatrien af egen læge.", HEALTH)
    assert _has("Jeg har tid hos distriktspsykiatrien hver fjortende dag.", HEALTH)


def test_joint_or_back_that_fails() -> None:
    assert _has("Jeg kan ikke tage det job, mit knæ kan ikke holde til at stå.", HEALTH)
    assert _has("Min ryg kan ikke klare mere rengøring.", HEALTH)
    assert _has("Hans hofter kan ikke mere, han har brug for en rollator.", HEALTH)
    # CORPUS69 decision 6: frailty with no body part named is not health.
    assert not _has("Min mor kan ikke længere stå ved komfuret.", HEALTH)


def test_english_pain_trauma_and_physiotherapy() -> None:
    assert _has("I have chronic pain and cannot work full time.", HEALTH)
    assert _has("My husband has neck pain since the accident.", HEALTH)
    assert _has("My daughter is traumatized after what she saw in Syria.", HEALTH)
    assert _has("I go to physiotherapy twice a week.", HEALTH)


def test_accident_insurance_alone_names_no_accident() -> None:
    assert not _has("Min pension bliver modregnet fordi jeg har penge fra en "
                    "ulykkesforsikring.", HEALTH)
    assert not _has("Skal jeg oplyse min ulykkesforsikring når jeg søger boligstøtte?",
                    HEALTH)
    # With an injury near it, the injury is found.
    assert _has("Jeg fik penge fra ulykkesforsikringen efter jeg brækkede armen.", HEALTH)


def test_a_piece_being_written_is_a_topic() -> None:
    assert not _has("Jeg er ved at skrive om demens og ensomhed i Vestegnskommunerne.",
                    HEALTH)
    assert not _has("Vi er i gang med at skrive om unge med angst til skolebladet.", HEALTH)
    # Someone the writer points to makes it theirs.
    assert _has("Jeg er ved at skrive om min mors demens til visitationen.", HEALTH)
