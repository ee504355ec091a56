"""Round 21 (corpus48-50 classes): union, belief, sexual_orientation, ethnicity and
property_trade.

context/union.py, context/groups.py, context/care_and_money.py, context/no_one.py,
context/core.py, context/belief_ethnicity_orientation.py, context/property_trade.py,
ethnicity.yaml version 19 and property_trade.yaml version 22.  Sentences of our own
wording.  Each positive was missed before this round and each negative was found; the
guards next to them show what stays.
"""

from __future__ import annotations

from classifiers.sensitive import categories, detect


def _has(text: str, category: str) -> bool:
    return category in categories(detect(text))


# --- union: the union acting, hired for or not contacted; union staff --------------

def test_union_speaking_or_striking_is_an_organisation() -> None:
    assert not _has("Dansk Metal skriver i dag, at der mangler smede i hele regionen. "
                    "Hvad gør kommunen?", "union")
    assert not _has("Jeg driver et lille malerfirma, og 3F er begyndt at blokere min "
                    "byggeplads. Kan kommunen hjælpe?", "union")
    # Advice to a member is still the member's union, with no public marker too.
    assert _has("Jeg ringede til HK, og HK siger, at jeg har ret til en fratrædelsesgodtgørelse.",
                "union")
    assert _has("Jeg er blevet afskediget, og 3F siger at afskedigelsen er usaglig.", "union")


def test_union_holding_its_general_assembly() -> None:
    assert not _has("Vi kan ikke komme til mødet, da vores afdeling af Djøf har "
                    "generalforsamling den aften.", "union")


def test_room_booked_for_a_union() -> None:
    assert not _has("Kan vi låne festsalen en torsdag? Det er for en fagforening, og vi "
                    "bliver omkring 40.", "union")
    assert _has("Jeg er medlem af en fagforening og vil gerne låne festsalen.", "union")


def test_union_not_yet_contacted() -> None:
    assert not _has("Vi er nogle chauffører, der ikke har fået vores tillæg. Vi har endnu "
                    "ikke kontaktet fagforeningen.", "union")
    assert _has("Jeg har ikke talt med min fagforening endnu.", "union")


def test_union_staff_post_and_role_as_the_hit() -> None:
    assert not _has("Vi fra DLF's kreds i Greve glæder os til mødet om skolereformen. "
                    "Jeg deltager som kredskonsulent.", "union")
    assert not _has("Som faglig sekretær i Dansk Sygeplejeråd skriver jeg på vegne af "
                    "vores medlemmer om besparelserne i ældreplejen.", "union")


def test_union_staff_who_is_a_member_compound() -> None:
    assert _has("Jeg er konsulent hos HK, men skriver som privatperson: jeg er selv "
                "HK-medlem og søger en ældrebolig.", "union")


# --- belief: a work's reader between; a question said to be general ------------------

def test_article_for_a_paper_about_religious_life() -> None:
    assert not _has("Jeg laver en artikel til ugeavisen om religiøst liv i Vallensbæk.",
                    "belief")
    assert _has("Jeg laver en artikel til ugeavisen om min tro som muslim.", "belief")


def test_general_question_about_religious_reasons() -> None:
    assert not _has("Hvordan håndterer skolen det, når forældre af religiøse grunde ikke "
                    "vil have deres børn med til gudstjeneste? Bare et generelt spørgsmål.",
                    "belief")
    assert not _has("Jeg driver en vuggestue og spørger generelt: må vi forbyde ansatte at "
                    "bære religiøse symboler?", "belief")
    assert _has("Jeg spørger generelt: må min datter bære tørklæde i svømmehallen?", "belief")


def test_sentence_initial_possessive_is_no_party() -> None:
    assert _has("Min søns konfirmationsfest skal holdes i jeres sal.", "belief")


# --- sexual_orientation: a sexuality asked about -------------------------------------

def test_being_asked_about_ones_sexuality() -> None:
    assert not _has("Må min chef spørge om min seksualitet i en medarbejderundersøgelse? "
                    "Jeg er bare nysgerrig.", "sexual_orientation")
    assert _has("Jeg er åben om min seksualitet: jeg er lesbisk.", "sexual_orientation")


# --- ethnicity: a role frame that goes on; a woman from a country; mixed backgrounds ---

def test_student_who_came_from_a_country() -> None:
    assert _has("Jeg er studerende på RUC og kom fra Syrien i 2016. Nu er min SU stoppet.",
                "ethnicity")
    assert not _has("Jeg er studerende og skriver en opgave om flygtninge fra Syrien.",
                    "ethnicity")


def test_trans_woman_or_widower_from_a_country() -> None:
    assert _has("Jeg er transkvinde fra Vietnam og søger en lejlighed.", "ethnicity")
    assert _has("Han er enkemand fra Bosnien og bor alene.", "ethnicity")


def test_mixed_backgrounds_tell_no_origin() -> None:
    assert not _has("Vi er en gruppe iværksættere med forskellig etnisk baggrund og vil "
                    "gerne holde oplæg på skolerne.", "ethnicity")


# --- property_trade: general questions, agents, the municipality's sale, offers -------

def test_general_question_about_trades() -> None:
    assert not _has("Hvor lang er fortrydelsesfristen ved bolighandel? Generelt.",
                    "property_trade")
    assert not _has("Når en lejlighed er solgt og handlen er helt afsluttet, hvem betaler "
                    "så den sidste regning for vand – sælger eller køber?", "property_trade")
    assert _has("Hvornår udløber fortrydelsesfristen ved ejendomshandel, når vi har købt "
                "huset?", "property_trade")


def test_estate_agent_asking_for_work() -> None:
    assert not _has("Jeg er ejendomsmægler og vil høre, om kommunen har forkøbsret til "
                    "husene i Strandparken?", "property_trade")
    # A client's trade is the client's.
    assert _has("Jeg er ejendomsmægler og har en sælger på Kirkevej 4, hvor køberen har "
                "trukket sig. Kan I hjælpe?", "property_trade")


def test_municipality_stopping_its_own_sale() -> None:
    assert not _has("Vi i grundejerforeningen kræver, at kommunen stopper salget af grunden "
                    "ved stationen.", "property_trade")


def test_offer_accepted_and_the_other_party_between() -> None:
    assert _has("Vi har lige fået accept på et rækkehus i Torslunde! Kan I sende "
                "BBR-meddelelsen?", "property_trade")
    assert _has("Min onkel vil sælge os sin grund, men intet er skrevet under endnu.",
                "property_trade")
    assert not _has("Jeg har fået accept på min ansøgning om orlov.", "property_trade")
