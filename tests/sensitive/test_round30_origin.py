"""Round 30 (corpus81-86 classes): origin said in a relative clause, after an inverted
subject or after an age and a list; a same-sex spouse said in one predicate, or named
across a wrapped line, or by a writer whose name is spelt the second way.

ethnicity.yaml: a person's only language after "som/der kun" or with the subject after
the verb ("min nabo, som kun taler polsk", "nu taler hun kun dari"; README: the
language rule); a nationality, "roma" or a skin colour after an age and a list ("jeg er
24, polsk og katolik", "jeg er 18 og roma", "jeg er 19, muslim og brun", "im 18 and
half nigerian"); a family named before "fra" ("familien Haidari fra Afghanistan");
learnt Danish "jeg komme fra Bosnien"; English "moved here from" a large city abroad.
context/core.py: a title ("Mr.", "Mrs.", "Dr.", "hr.") before a name ends no sentence.
sexual_orientation.yaml: "jeg er en mand gift med en mand" (and the women's, and
English).  partners.py: a line break between "min kæreste" and the name.  names.yaml:
second spellings (Marc, Lisbet...).  Sentences of our own wording; each was missed (or,
for the negatives, not found) before this round.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto and rescue are retrained after the round; the rules are tested
# without them.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ETH = "ethnicity"
SO = "sexual_orientation"


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- ethnicity ----------------------------------------------------------------------

def test_only_language_in_a_relative_clause() -> None:
    assert _has("Jeg ringer for min farbror Tariq, som kun taler urdu, om hans pension.", ETH)
    assert _has("Vi har en ny lejer, der kun taler tigrinya, og hun har fået en regning.",
                ETH)
    assert _has("Det gælder min svigermor, som kun kan tale arabisk.", ETH)
    assert _has("Hjælp til Mirela, der kun forstår rumænsk, ville være godt.", ETH)


def test_only_language_with_the_subject_after_the_verb() -> None:
    assert _has("Efter slagtilfældet taler han kun kurdisk med os.", ETH)
    assert _has("I dag snakker min mormor næsten kun vietnamesisk.", ETH)
    assert _has("Nu kan hun kun tale farsi, så brevet skal oversættes.", ETH)
    # A service's or a group's language, and Danish, are no one's origin.
    assert not _has("Har I en læge, der kun taler dansk?", ETH)
    assert not _has("Nu taler vi kun om budgettet for næste år.", ETH)


def test_origin_after_an_age_and_a_list() -> None:
    assert _has("Jeg er 31, litauisk og mor til to, og søger vuggestueplads.", ETH)
    assert _has("Jeg er 22 og roma, og min familie er blevet chikaneret.", ETH)
    assert _has("Jeg er 17, pige og sort, og jeg blev stoppet af vagten.", ETH)
    assert _has("im 19 and half somali and want a job at the pool", ETH)
    assert not _has("Jeg er 45, gift og har to børn i skolen.", ETH)


def test_family_named_before_fra() -> None:
    assert _has("Jeg bor ved siden af familien Osman fra Somalia, og deres tag er utæt.",
                ETH)
    assert not _has("Familien kom hjem fra Tyrkiet i går efter ferien.", ETH)


def test_learnt_danish_komme_fra() -> None:
    assert _has("Jeg komme fra Irak i 2016 og vil gerne have arbejde.", ETH)
    assert _has("Vi komme fra Syrien og vores søn går i 3. klasse.", ETH)


def test_english_moved_here_from_a_city() -> None:
    assert _has("We moved here from Hyderabad last spring with our two girls.", ETH)
    assert _has("My wife came here from Bangalore in 2021 and needs a GP.", ETH)
    assert not _has("The parcel was sent here from a shop in Copenhagen.", ETH)


def test_title_before_a_name_ends_no_sentence() -> None:
    # core.py: "Mr."/"Mrs."/"Dr."/"hr." before a name ends no sentence, so the person
    # and the origin said of them are read together.
    assert _has("I am writing for my wife's cousin, Mr. Arjun Rao, an Indian national "
                "who is visiting from Mumbai. He would like a library card.", ETH)
    assert not _has("Please contact Dr. Hansen about the meeting. An Indian restaurant "
                    "is opening.", ETH)


# --- sexual orientation ---------------------------------------------------------------

def test_own_sex_and_spouse_in_one_predicate() -> None:
    assert _has("Jeg er en kvinde gift med en kvinde, og vi vil have fælles forældremyndighed.",
                SO)
    assert _has("Jeg er en mand, der er gift med en mand, og vi søger om adoption.", SO)
    assert _has("I'm a man married to a man and we need a new GP.", SO)
    assert not _has("Jeg er en mand gift med en kvinde fra Vejleå.", SO)


def test_partner_name_on_the_next_wrapped_line() -> None:
    assert _has("Jeg vil gerne skrive mig og min kæreste\nLouise op til ældrebolig.\n\n"
                "Mvh Signe Holm", SO)
    assert _has("Vi har boet sammen i ti år, min kæreste\nRasmus og jeg.\n\nHilsen Mads",
                SO)
    # A blank line ends the phrase; a partner of the other sex stays out.
    assert not _has("Jeg vil gerne skrive mig og min kæreste\nLouise op til ældrebolig.\n\n"
                    "Mvh Thomas Holm", SO)


def test_second_spellings_of_first_names() -> None:
    assert _has("Min kone Anja og jeg søger om parkeringslicens.\n\nMvh Lisbet Mørk", SO)
    assert _has("My husband Paul and I want to register our move.\n\nBest,\nMarc Weber", SO)
    assert not _has("My wife Paula and I want to register our move.\n\nBest,\nMarc Weber",
                    SO)
