"""Round 23 (corpus54-56 classes): ethnicity and sexual_orientation.

ethnicity.yaml version 21, sexual_orientation.yaml version 18, names.yaml version 9,
and in context/belief_ethnicity_orientation.py and partners.py the rules marked
"Round 23".  Sentences of our own wording.  Each positive was missed before this round
and each negative was found; the guards next to them show what stays.
"""

from __future__ import annotations

from classifiers.sensitive import categories, detect


def _has(text: str, category: str) -> bool:
    return category in categories(detect(text))


# --- ethnicity: origin said in other words ----------------------------------------

def test_child_got_through_adoption_from_a_country() -> None:
    assert _has("Vi fik vores datter gennem adoption fra Vietnam for tre år siden, og "
                "nu skal hun starte i skole.", "ethnicity")


def test_second_spelling_of_armenian() -> None:
    assert _has("Min svigerfamilie er armeniske, og vi holder bryllup i august.",
                "ethnicity")


def test_language_that_is_a_noun() -> None:
    assert _has("Min mor taler kun farsi, så hun skal have en tolk med til mødet om "
                "sin lejlighed.", "ethnicity")
    assert _has("Vi taler dari derhjemme, og min søn har svært ved dansk.", "ethnicity")
    # An interpreter asked for with no person's language told.
    assert not _has("Har I en tolk, der kan tigrinya, til borgermødet i maj?", "ethnicity")


def test_go_back_slur_shouted_or_said_with_bare() -> None:
    assert _has('Manden i opgangen råber "tilbage til Tyrkiet" efter min søn hver '
                "morgen.", "ethnicity")
    assert _has("Sagsbehandleren sagde, at jeg bare kunne rejse tilbage til Irak, hvis "
                "jeg ikke var tilfreds.", "ethnicity")
    # A holiday is no slur.
    assert not _has("Vi kan bare tage tilbage til Spanien på ferie næste sommer, hvis "
                    "haven er passet.", "ethnicity")


def test_arrival_with_jeg_dropped_before_question_marks() -> None:
    assert _has("kom som flygtning fra Eritrea i 2014 og har nu permanent ophold, men "
                "fik et brev om udvisning?? forstår ikke", "ethnicity")
    assert not _has("Kom flygtningene fra Eritrea med fly eller med båd?", "ethnicity")


def test_course_for_a_group_is_no_ones_origin() -> None:
    assert not _has("Jeg er frivillig i en forening og vil gerne tilbyde et gratis "
                    "forældrekursus for nye flygtningefamilier i kommunen.", "ethnicity")


# --- ethnicity: English mails -------------------------------------------------------

def test_english_jewish_is_a_people_too() -> None:
    assert _has("Hello, we are Jewish and would like our son to skip the nativity "
                "play.", "ethnicity")


def test_english_two_demonyms_and_born() -> None:
    assert _has("I am a Jewish-American teacher and I would like to complain about "
                "the school calendar.", "ethnicity")
    assert _has("My wife is a Somali-born nurse and she was refused a parking permit.",
                "ethnicity")


def test_english_demonym_as_a_noun() -> None:
    assert _has("I'm an Italian living in Ishøj since 2015 and I need help with my "
                "tax card.", "ethnicity")
    assert not _has("We are an Indian restaurant in Ishøj and need a permit for "
                    "outdoor seating.", "ethnicity")


def test_english_moved_to_a_town_from_a_country() -> None:
    assert _has("I moved to Ishøj from Kenya last spring and need a doctor.",
                "ethnicity")


# --- sexual_orientation: plans and groups ------------------------------------------

def test_plan_or_group_served_is_no_ones_orientation() -> None:
    assert not _has("Jeg opfordrer byrådet til at vedtage en LGBT+-handleplan for "
                    "skolerne.", "sexual_orientation")
    assert not _has("Har kommunen en handleplan for LGBT+ ældre på plejehjemmene?",
                    "sexual_orientation")
    assert not _has("Vi er en forening der arbejder for LGBT+ unges trivsel, og vi "
                    "søger et lokale.", "sexual_orientation")
    # The writer's own orientation beside the plan stays.
    assert _has("Jeg er selv lesbisk og opfordrer byrådet til at vedtage en "
                "LGBT+-handleplan.", "sexual_orientation")


def test_orientation_after_two_words_with_og() -> None:
    assert _has("Jeg er 17 og trans og bi, og jeg bliver drillet i klassen.",
                "sexual_orientation")


# --- sexual_orientation: a couple's sex in brackets ---------------------------------

def test_english_bracket_after_and_i() -> None:
    assert _has("My husband Tom and I (two men) would like to register our address.",
                "sexual_orientation")
    assert _has("Hi, my wife and I (both women) need a kindergarten place for our "
                "daughter.", "sexual_orientation")
    # Two colleagues, no couple.
    assert not _has("My colleague and I (two men) will come to the meeting on "
                    "Tuesday.", "sexual_orientation")


def test_danish_bracket_after_a_time() -> None:
    assert _has("Peter og jeg har været gift i 25 år (to mænd, ja) og vil leje "
                "festsalen.", "sexual_orientation")


# --- sexual_orientation: partners.py ------------------------------------------------

def test_grandparent_with_a_named_partner() -> None:
    assert _has("min farfar har fået en kæreste der hedder Ole, og de vil flytte "
                "sammen i hans hus.", "sexual_orientation")


def test_capitalised_name_ending_a_one_line_mail() -> None:
    assert _has("bor med min kæreste Sofie. vi vil gerne søge om en carport. Vera",
                "sexual_orientation")


def test_filipino_first_name_signs() -> None:
    assert _has("Jeg bor med min kone Maria og vil gerne have en ny skraldespand.\n\n"
                "Venlig hilsen\nJoy Reyes", "sexual_orientation")


def test_friend_the_writer_lives_with_and_marries() -> None:
    assert _has("Jeg har boet sammen med min ven Poul i 25 år, og nu vil vi gerne "
                "giftes på rådhuset.\n\nHilsen\nErik", "sexual_orientation")
    # A friend's own wedding, and going to one together.
    assert not _has("Min veninde Karin skal giftes i maj, og vi vil gerne låne salen.\n\n"
                    "Hilsen\nInger", "sexual_orientation")
    assert not _has("Min veninde Karin og jeg skal til bryllup i maj.\n\nHilsen\nInger",
                    "sexual_orientation")
