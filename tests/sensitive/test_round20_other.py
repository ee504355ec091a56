"""Round 20 (corpus48-50 classes), helper B: cpr, sexual_orientation, belief, ethnicity,
property_trade and union.

engine.py (CPR context), partners.py, names.yaml version 8, sexual_orientation.yaml
version 16, belief.yaml version 19, ethnicity.yaml version 18, context/property_trade.py
and context/union.py.  Sentences of our own wording.  Each positive was missed before
this round and each negative was found; the guards next to them show what stays.
"""

from __future__ import annotations

from classifiers.sensitive import categories, detect, engine


def _has(text: str, category: str) -> bool:
    return category in categories(detect(text))


# --- CPR: look-alike numbers named by their letter or slip ---------------------------

def test_payment_reference_is_no_cpr() -> None:
    # "betalingsreference", "kundereference": a compound ending in "reference".
    assert not _has("Jeg har betalt for meget. Min betalingsreference 2309671188.", "cpr")
    assert not _has("Vores kundereference 1406921133 står på regningen.", "cpr")
    # A CPR word still wins.
    assert _has("Min betalingsreference er ny; mit cpr-nr. 2309671188.", "cpr")


def test_fi_code_before_a_payment_id_is_no_cpr() -> None:
    # The card type of a payment slip's FI line (71, 73, 75...) and "+" before the id.
    assert not _has("På girokortet står der 71 + 1105870934 nederst.", "cpr")
    assert not _has("Indbetalingskoden er +73<1105870934 +85123456<", "cpr")
    assert _has("Min søns cpr er 110587-0934.", "cpr")


def test_label_after_the_number_with_ved() -> None:
    # "..., ved 'Debitornr.'": where the number stands on the letter.
    assert not _has('Brevet har et nummer, 0502871144, ved "Debitornr." i hjørnet.', "cpr")
    assert not _has("Nummeret 0502871144 står øverst på brevet. Det står ved "
                    "Kundenr. i hjørnet.", "cpr")


def test_queue_number_after_med_nummer() -> None:
    assert not _has("Vi er skrevet op på ventelisten til vuggestuen Mælkebøtten med "
                    "nummer 1808231240.", "cpr")
    assert _has("Vi er skrevet op på ventelisten. Min datters cpr er 180823-1240.", "cpr")


def test_phone_in_an_earlier_question_does_not_label_mit_nr() -> None:
    # "telefon?" ends the question; "mit nr er ..." begins anew.
    assert _has("Kan mødet holdes over telefon? mit nr er 140372 2291.", "cpr")
    # The subject of "er" in the same sentence still labels it.
    assert not _has("Mit telefonnummer på arbejdet er 1403722291.", "cpr")


def test_a_number_the_writer_calls_their_cpr_number() -> None:
    # README: a number the writer says IS their CPR number under another name is cpr.
    text = ("Lønsedlen har lønnummer 0911794412. Lønnummeret er mit cpr-nummer, sådan "
            "gør firmaet det.")
    at = text.index("0911")
    assert [(f.start, f.end) for f in detect(text) if f.category == "cpr"] == [(at, at + 10)]
    # The same digits as a membership number, with no such clause, stay that number.
    text = "Mit medlemsnummer er 0911794412 og mit personnummer 091179-4412."
    at = text.index("091179-")
    assert [(f.start, f.end) for f in detect(text) if f.category == "cpr"] == [(at, at + 11)]


def test_called_other_later_one_function_for_both_reaches() -> None:
    # The merged rule: one sentence after a comma, or a paragraph with a correction cue.
    text = "Der står 1507921234 på kortet, det er bare mit kontonummer."
    assert engine.called_other_later(text, 19)
    text = "Der står 1507921234 på kortet. Nej vent, det er hendes patient-id."
    assert not engine.called_other_later(text, 19)
    assert engine.called_other_later(text, 19, paragraph=True)
    text = "Der står 1507921234 på kortet. Det er mit cpr-nummer."
    assert not engine.called_other_later(text, 19, paragraph=True)


# --- sexual_orientation ----------------------------------------------------------------

def test_spouse_after_som_kvinde_med_en() -> None:
    assert _has("Som kvinde med en kone og to børn vil jeg gerne rose jeres legeplads.",
                "sexual_orientation")
    assert _has("Som mand med en mand savner jeg et tilbud til os.", "sexual_orientation")
    assert not _has("Som kvinde med en mand og tre børn vil jeg gerne rose jeres "
                    "legeplads.", "sexual_orientation")


def test_bi_after_an_age_set_off_by_commas() -> None:
    assert _has("jeg er 16, bi, og tør ikke sige det til min far.", "sexual_orientation")


def test_partner_named_with_a_moroccan_name() -> None:
    assert _has("Jeg bor med min kæreste Hamza i Ishøj.\n\nMvh Bilal", "sexual_orientation")
    assert not _has("Jeg bor med min kæreste Hamza i Ishøj.\n\nMvh Salma",
                    "sexual_orientation")


def test_opening_thanks_is_no_closing_line() -> None:
    text = ("Hej Bente\n\ntak for sidst til loppemarkedet! min kæreste Sofie og jeg købte "
            "den gamle kommode, og vi vil gerne høre om I har flere.\n\nIda")
    assert _has(text, "sexual_orientation")
    text = ("Hej Bente\n\ntak for sidst til loppemarkedet! min kæreste Sofie og jeg købte "
            "den gamle kommode, og vi vil gerne høre om I har flere.\n\nJonas")
    assert not _has(text, "sexual_orientation")


def test_trans_woman_gives_the_writers_sex() -> None:
    text = ("Jeg er transkvinde og bor med min kæreste Maria. Vi søger en større "
            "lejlighed.\n\nVenlig hilsen\nKim")
    assert _has(text, "sexual_orientation")


# --- belief: the README's religious-practice rule and party activity --------------------

def test_quran_school_of_a_named_child() -> None:
    assert _has("Min datter er blevet optaget i moskeens koranskole om lørdagen.", "belief")
    assert not _has("Hvornår åbner moskeens koranskole efter sommerferien?", "belief")


def test_pentecostal_and_nonfirmation() -> None:
    assert _has("Jeg er pinsekristen og vil gerne have en anden plejefamilie.", "belief")
    assert _has("Vores søn skal have nonfirmation i maj, og vi søger om hjælp.", "belief")


def test_religious_wedding_of_a_person() -> None:
    assert _has("Vi blev viet i moskeen sidste år, men er ikke gift borgerligt.", "belief")
    assert _has("Min datter skal vies af en imam i juni.", "belief")
    assert not _has("Kan man blive viet på rådhuset om lørdagen?", "belief")


def test_halal_or_kosher_food_a_person_eats() -> None:
    assert _has("Vi spiser kun halal mad, så vores søn kan ikke spise med i SFO.", "belief")
    assert _has("Min mor spiser kun kosher mad.", "belief")
    # The README: halal on a menu with no person named is not belief.
    assert not _has("Serverer børnehaven halal mad til frokost?", "belief")


def test_party_chair_or_member_with_genitive_or_hyphen() -> None:
    assert _has("Jeg er formand for Venstres lokale afdeling i Torslunde.", "belief")
    assert _has("Som SF-medlem vil jeg gerne have et møde med borgmesteren.", "belief")
    assert _has("Du kender mig fra partiforeningen i Socialdemokratiet.", "belief")


# --- ethnicity ---------------------------------------------------------------------------

def test_origin_of_a_named_colleague_or_oneself_with_selv() -> None:
    assert _has("Min kollega Ahmed fra Somalia er blevet syg.", "ethnicity")
    assert _has("Jeg er tolk i tigrinya og er også selv fra Eritrea.", "ethnicity")
    assert _has("Jeg kom fra Syrien i 2015 og bor nu i Ishøj.", "ethnicity")
    assert not _has("Min kollega fra lageret er blevet syg.", "ethnicity")
    assert not _has("Pakken kom fra Kina i går.", "ethnicity")


# --- property_trade: the agent's own trade ------------------------------------------------

def test_agent_title_and_agent_firm() -> None:
    assert not _has("Jeg er mægler og vil gerne vide hvor lang tid en ejendomsdatarapport "
                    "tager.", "property_trade")
    assert not _has("Vi er en mæglervirksomhed og ønsker adgang til jeres ejendomsdata.",
                    "property_trade")
    assert _has("Vores mægler siger at køberen er sprunget fra.", "property_trade")


# --- union: the writer on a union's staff -------------------------------------------------

def test_union_staff_role_fronted_or_on_the_paper() -> None:
    assert not _has("Jeg er redaktør på Fagbladet 3F og skriver om byggeriet.\n\nMvh Ole",
                    "union")
    assert not _has("Som faglig sekretær i FOA vil jeg gerne høre om planerne for "
                    "hjemmeplejen.\n\nMvh Ole", "union")
    assert _has("Jeg er medlem af 3F og har mistet mit arbejde.\n\nMvh Ole", "union")


def test_church_wedding_going_to_church_and_a_childs_confirmation() -> None:
    # README religious-practice rule: a person's own wedding in a named church, going
    # to church, a child's confirmation named by its owner; not the church's events.
    assert _has("Vi blev gift i Vejleby Kirke i 1968 og skal bruge attesten.", "belief")
    assert _has("Vi holder bryllup i Torslunde Kirke til sommer.", "belief")
    assert _has("Jeg vil gerne i kirke om søndagen, men bussen kører ikke.", "belief")
    assert _has("Vi skal holde vores søns konfirmationsfest i kulturhuset.", "belief")
    assert _has("Vi har ikke råd til konfirmationstøj til min datter.", "belief")
    assert not _has("Der er bryllup i Vejleby Kirke på lørdag, så vejen er spærret.",
                    "belief")
    assert not _has("Kan man leje salen til konfirmationsfester?", "belief")
