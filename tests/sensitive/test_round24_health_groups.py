"""Round 24 (corpus57-59 classes): health, ethnicity and sexual_orientation.

health.yaml version 24, ethnicity.yaml version 22, sexual_orientation.yaml version 19,
names.yaml version 10; in partners.py a quoted message's own signature, a closing
quotation mark after the name, "jeg selv er kvinde", "jeg har en mand, NAME", years
together "sammen med en kvinde", and a couple's house number; in
context/belief_ethnicity_orientation.py sexuality owned by no one and a group or an
evening as a compound head.  Sentences of our own wording.  Each positive was missed
before this round and each negative was found; the guards next to them show what stays.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- health ----------------------------------------------------------------------

def test_weak_body_part_said_with_darlig() -> None:
    assert _has("Jeg har en dårlig skulder og kan ikke selv klippe hækken. Kan I hjælpe?\n\n"
                "Hilsen Poul", "health")
    assert _has("Min mor har dårlige øjne, så hun kan ikke læse jeres breve.\n\nMvh Lis",
                "health")
    # A chair's arm is no one's.
    assert not _has("Stolene i salen har en dårlig arm, der knækker. Kan de skiftes?",
                    "health")


def test_function_said_as_nedsat() -> None:
    assert _has("Vores søn har nedsat hørelse på det ene øre og skal sidde forrest i "
                "klassen.\n\nMvh Ida", "health")


def test_organ_trouble_compound() -> None:
    assert _has("Min far har fået mavebesvær og spiser meget lidt.\n\nHilsen Bo", "health")


def test_own_rehabilitation() -> None:
    assert _has("Min far kan ikke bo alene efter sin rehabilitering, så vi søger hjælp.\n\n"
                "Hilsen Anne", "health")


def test_years_of_drinking() -> None:
    assert _has("Min søster har drukket i mange år og har nu mistet sit job.\n\nHilsen Jan",
                "health")


def test_drinking_near_a_weak_treatment_word() -> None:
    assert _has("Min far drikker. Han vil gerne i behandling nu. Hvor skal han "
                "henvende sig?\n\nHilsen Tina", "health")


def test_infection_had_by_two() -> None:
    assert _has("Vi har begge corona og kommer ikke til mødet i morgen.\n\nHilsen Eva",
                "health")


def test_el_scooter_as_an_aid() -> None:
    assert _has("Jeg har søgt om en el-scooter fra kommunen.\n\nHilsen Grete", "health")


def test_english_schizophrenia() -> None:
    assert _has("My son has schizophrenia and his support worker has left.\n\n"
                "Regards, Anne", "health")


def test_rollator_needs_a_person() -> None:
    assert not _has("Hvornår bliver stien ved ældrecentret lagt om? Rollatorerne kan ikke "
                    "køre i gruset.", "health")
    assert _has("Min mor bruger rollator og kan ikke komme op ad trappen.\n\nHilsen Lars",
                "health")


# --- ethnicity -------------------------------------------------------------------

def test_roma_kin_compound() -> None:
    assert _has("Jeg er af romaslægt og vil klage over, hvordan vi blev behandlet.",
                "ethnicity")


def test_eskimo_said_of_a_person() -> None:
    assert _has("Min morfar er eskimo og vil gerne gå til billard i dagcentret.",
                "ethnicity")


def test_greenland_town_as_origin() -> None:
    assert _has("Jeg er fra Sisimiut og bor nu i Vallensbæk med min datter.", "ethnicity")


def test_english_origins() -> None:
    assert _has("My husband and I are from Kenya and we want to rent an allotment.",
                "ethnicity")
    assert _has("I'm half Iraqi half Danish and was told to go home.", "ethnicity")
    assert _has("I'm a retired Scottish nurse and would like to volunteer.", "ethnicity")
    assert _has("She is Taiwanese and does not speak Danish yet.", "ethnicity")
    assert _has("We are Coptic Christians from Egypt and new in town.", "ethnicity")


# --- sexual orientation ------------------------------------------------------------

def test_english_gay_statements() -> None:
    assert _has("As a gay man I was glad to see the flag at the library.\n\nBest, Tom",
                "sexual_orientation")
    assert _has("My husband and I are gay men and retired here last year.",
                "sexual_orientation")


def test_partner_also_a_woman_without_article() -> None:
    assert _has("I brevet står der 'Deres mand', men min partner er også kvinde.\n\n"
                "Hilsen Bodil", "sexual_orientation")


def test_misspelt_partner_in_a_couple() -> None:
    assert _has("min kærste og jeg er to drenge og vi blev smidt ud af hallen",
                "sexual_orientation")


def test_together_for_years_with_a_woman() -> None:
    assert _has("Jeg er 72 og har været sammen med en kvinde i 30 år, selvom jeg selv er "
                "kvinde. Nu skal hun på plejehjem.\n\nHilsen Ingrid", "sexual_orientation")
    # An afternoon with a woman from the care service is no couple.
    assert not _has("Jeg har været sammen med en kvinde fra hjemmeplejen hele dagen.\n\n"
                    "Hilsen Ingrid", "sexual_orientation")


def test_writer_says_has_a_husband_by_name() -> None:
    assert _has("Jeg har en mand, Mikkel. Det står i mine papirer, men I skriver 'din "
                "kone'.\n\nHilsen Anders", "sexual_orientation")


def test_named_couple_with_house_number() -> None:
    assert _has("Peter og Johan i nr. 7, der\ner gift med hinanden, har fået ødelagt "
                "deres postkasse.\n\nHilsen Kaj", "sexual_orientation")


def test_partner_in_a_quoted_message_signed_there() -> None:
    text = ("Hej igen\n\nTak for svaret.\n\n"
            "Den 3. nov. 2026 skrev Louise Dahl <ld@example.dk>:\n"
            ">> Hej. Min kone Maria og jeg blev chikaneret i svømmehallen.\n"
            ">> Louise")
    assert _has(text, "sexual_orientation")


def test_signature_before_a_closing_quotation_mark() -> None:
    assert _has('Videresendt fra borger: "Hej. Min kæreste Mads og jeg spiller begge '
                'på holdet. Kan I hjælpe? Søren"', "sexual_orientation")


def test_sexuality_as_a_subject_taught() -> None:
    assert not _has("Forløbet i 8. klasse handler om krop, køn og seksualitet. Hvem "
                    "betaler for oplægsholderen?", "sexual_orientation")
    assert _has("Jeg er åben om min seksualitet: jeg er bi.", "sexual_orientation")


def test_group_or_evening_compound() -> None:
    assert not _has("Vi vil gerne søge tilskud til en LGBT+-ungegruppe i klubben.",
                    "sexual_orientation")
    assert not _has("Foreningen vil låne salen til en queer filmaften i maj.",
                    "sexual_orientation")
    # The writer's own group, named as two words, stays.
    assert _has("Jeg går i LGBT+ ungegruppen hver tirsdag, og nu skal den lukke.\n\n"
                "Hilsen Noah", "sexual_orientation")


def test_bifil() -> None:
    assert _has("Jeg er bifil og vil gerne være med i seniorklubben.\n\nHilsen Lone",
                "sexual_orientation")
