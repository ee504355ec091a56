"""Round 11 (corpus19/20 classes), CPR, property_trade, ethnicity, sexual_orientation,
belief and union: partners.py (writer's sex said or signed in more ways, partners said
in more constructions), names.yaml v7, ethnicity.yaml v12, property_trade.yaml v14,
engine.py (CPR labels) and context/ (associations, idioms, union events).
Sentences of our own, not the corpora's.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive.checks import TODAY, check

ORI = "sexual_orientation"
ETH = "ethnicity"
P = "property_trade"
B = "belief"
U = "union"
C = "cpr"


# --- sexual orientation ------------------------------------------------------------


def test_lower_case_self_introduction_gives_writers_sex(detector: Detector) -> None:
    check(detector, "hej jeg hedder louise og min kone hedder maja, vi skal flytte sammen "
                    "i en ny lejlighed. hvad gør vi med adressen", ORI, True)
    check(detector, "hej jeg hedder louise og min mand hedder peter, vi skal flytte", ORI, False)


def test_lower_case_signature_gives_writers_sex(detector: Detector) -> None:
    check(detector, "hej min kone og jeg vil gerne høre om vielse på rådhuset i maj\n/sofie",
          ORI, True)
    check(detector, "hej min kone og jeg vil gerne høre om vielse på rådhuset i maj\n"
                    "rasmus, 31", ORI, False)


def test_writer_says_own_sex(detector: Detector) -> None:
    check(detector, "Jeg er en kvinde på 40 og har en kæreste der hedder Hanne. Kan vi "
                    "søge en større bolig sammen?", ORI, True)
    check(detector, "hej min kæreste hedder Karen og jeg er også pige. kan vi bo sammen "
                    "på kollegiet?", ORI, True)
    check(detector, "Jeg er en mand på 40 og har en kæreste der hedder Hanne. Kan vi "
                    "søge en større bolig sammen?", ORI, False)


def test_writer_named_as_partner_of_someone(detector: Detector) -> None:
    check(detector, "Jeg er hustru til Karina Holm, som er indlagt. Må jeg hente hendes "
                    "post?\n\nMvh\nTrine Holm", ORI, True)
    check(detector, "Jeg er enkemand efter Torben, og vil høre om boligen.\n\nMvh\nOle", ORI, True)
    check(detector, "Jeg er hustru til Peter Holm, som er indlagt. Må jeg hente hans "
                    "post?\n\nMvh\nTrine Holm", ORI, False)


def test_partner_said_of_a_sex_in_a_clause(detector: Detector) -> None:
    check(detector, "Siden jeg fik en ny kæreste, som er en mand, vil min eks ikke lade "
                    "børnene komme.\n\nMvh\nMichael", ORI, True)
    check(detector, "Vores datter på 16 har en kæreste, en pige fra hendes hold, og de "
                    "bliver drillet.\n\nMvh\nKaren", ORI, True)
    check(detector, "Jeg og min ekskæreste (også en kvinde) ejer en bil sammen. Mvh Line",
          ORI, True)
    check(detector, "Siden jeg fik en ny kæreste, som er en kvinde, vil min eks ikke lade "
                    "børnene komme.\n\nMvh\nMichael", ORI, False)


def test_english_partner_and_closing(detector: Detector) -> None:
    check(detector, "Hello, my husband Robert and I need a parking card.\n\nBest regards\n"
                    "George Smith", ORI, True)
    check(detector, "Hello, my wife Mary and I need a parking card.\n\nBest regards\n"
                    "George Smith", ORI, False)


def test_two_of_one_sex_as_a_couple(detector: Detector) -> None:
    check(detector, "Vi er 2 mænd der gerne vil adoptere. Hvor starter vi?", ORI, True)
    check(detector, "min kæreste og jeg (vi er 2 piger på 20) søger bolig", ORI, True)
    check(detector, "vi er 2 piger på 20 der søger et værelse hver", ORI, False)


def test_named_pair_that_has_lived_together(detector: Detector) -> None:
    check(detector, "Min onkel Jens og Henrik, som har levet sammen i 30 år, skal på "
                    "plejehjem.", ORI, True)
    check(detector, "Min tante Jens og Birgit, som har levet sammen i 30 år, skal på "
                    "plejehjem.", ORI, False)


def test_wedding_of_two_women_with_inflected_verb(detector: Detector) -> None:
    check(detector, "Til sommer vier præsten to mænd i sognekirken for første gang.", ORI, True)


def test_title_before_signature_name(detector: Detector) -> None:
    check(detector, "Jeg er gift med Susanne og vil gerne invitere til høstgudstjeneste.\n\n"
                    "Med venlig hilsen\nProvst Hanne Juul", ORI, True)
    check(detector, "Jeg er gift med Susanne og vil gerne invitere til høstgudstjeneste.\n\n"
                    "Med venlig hilsen\nProvst Jens Juul", ORI, False)


def test_writer_in_role_and_married_to_a_woman(detector: Detector) -> None:
    check(detector, "Jeg er lærer på skolen og gift med en kvinde, og vi vil gerne "
                    "adoptere.\n\nMvh\nKaren", ORI, True)


# --- ethnicity ----------------------------------------------------------------------


def test_nationality_said_in_english(detector: Detector) -> None:
    for text in ("I'm Somali and my landlord shouts at me.",
                 "We are both Polish and want to register our marriage.",
                 "We are a Ghanaian family living in Ishøj.",
                 "Hi, I'm Iraqi-Danish and born here.",
                 "Our Kurdish parents need an interpreter."):
        check(detector, text, ETH, True)
    check(detector, "We need an English interpreter for the meeting.", ETH, False)


def test_from_the_country_in_english(detector: Detector) -> None:
    check(detector, "I am from the Philippines and work as a nanny.", ETH, True)


def test_origin_compound_and_born_in_a_city(detector: Detector) -> None:
    check(detector, "Min svigermor er af romaoprindelse og bliver drillet af naboen.", ETH, True)
    check(detector, "Jeg er selv født i Mogadishu og vil klage over tonen.", ETH, True)
    check(detector, "Min mand er uddannet ingeniør fra Iran og søger job.", ETH, True)


def test_group_addressed_by_origin_and_shared_nationality(detector: Detector) -> None:
    check(detector, "Hun sagde til mig: det er altid jer fra Somalia der larmer.", ETH, True)
    check(detector, "Min mand og jeg er begge eritreiske og har en søn.", ETH, True)


def test_association_named_by_origin(detector: Detector) -> None:
    check(detector, "Vi er en kurdisk kulturforening og vil låne en sal i juni.", ETH, False)
    check(detector, "Vi vil starte en somalisk fodboldklub for drenge. Hvem kontakter vi?",
          ETH, False)
    check(detector, "Vi er en kurdisk familie og vil låne en sal i juni.", ETH, True)


def test_group_given_housing_is_no_one(detector: Detector) -> None:
    check(detector, "Min nabo siger at kommunen kun giver boliger til flygtninge og ikke "
                    "til danskere. Passer det? Jeg står selv på venteliste.", ETH, False)


# --- property ---------------------------------------------------------------------


def test_buying_the_premises_itself(detector: Detector) -> None:
    check(detector, "Vi lejer butikken og vil gerne købe selve lejemålet af ejeren.", P, True)


def test_offer_priced_for_the_property(detector: Detector) -> None:
    check(detector, "Min onkel har fået et tilbud på 2,8 mio. for grunden og tænker over det.",
          P, True)


def test_trade_under_way_in_english(detector: Detector) -> None:
    check(detector, "We would like to buy the old farm near the lake. Who do we ask?", P, True)
    check(detector, "We made a bid yesterday and wait for the answer.", P, True)


def test_association_as_buyer(detector: Detector) -> None:
    check(detector, "Vi er en idrætsforening og har tilbudt at købe den gamle hal.", P, False)


# --- belief -------------------------------------------------------------------------


def test_conviction_idiom_is_an_opinion(detector: Detector) -> None:
    check(detector, "Det er efter min bedste overbevisning ikke rimeligt at lukke "
                    "biblioteket.", B, False)
    check(detector, "Det er min overbevisning, at skolen skal have flere lærere.", B, False)


def test_vote_at_a_meeting(detector: Detector) -> None:
    check(detector, "Jeg vil gerne vide, hvordan du stemmer på mandag om cykelstien.", B, False)


def test_congregation_presents_itself(detector: Detector) -> None:
    check(detector, "Vi er en katolsk menighed og søger et lokale om søndagen.", B, False)


def test_association_signs_without_a_person(detector: Detector) -> None:
    check(detector, "Vi søger tilskud til vores årlige ramadan-fest for alle i byen.\n\n"
                    "Med venlig hilsen\nBestyrelsen, Ishøj Islamiske Forening", B, False)


# --- union --------------------------------------------------------------------------


def test_union_event_compound(detector: Detector) -> None:
    check(detector, "Vi afholder en fagforeningsmesse i hallen og vil låne stole.", U, False)


def test_union_writes_and_signs_itself(detector: Detector) -> None:
    check(detector, "Nyhedsbrev fra HK Sjælland: vi holder åbent hus for alle.\n\n"
                    "Med venlig hilsen\nHK Sjælland", U, False)
    check(detector, "Vores medlem har brug for hjælp til en sag om sygedagpenge.\n\n"
                    "Med venlig hilsen\nHK Sjælland", U, True)


def test_member_said_beside_the_union_named_as_organisation(detector: Detector) -> None:
    check(detector, "Vi er nogle stykker fra FOA's lokale afdeling, og jeg skriver på egne "
                    "vegne som medlem.", U, True)


# --- CPR ----------------------------------------------------------------------------


def test_demand_with_its_own_number(detector: Detector) -> None:
    check(detector, "Jeg har fået en opkrævning med nr. 0803990017 som jeg ikke forstår.",
          C, False)
    check(detector, "Jeg har fået en rykker med nummer 0803990017 som jeg ikke forstår.",
          C, False)


def test_reference_line_in_cpr_layout(detector: Detector) -> None:
    check(detector, "Klage over afgørelsen om boligydelse.\nRef.: 080399 0017\n\nMvh Hans",
          C, True)
    check(detector, "Jeg har fået en parkeringsafgift. Ref. 080399-0017.", C, False)


# --- requested by the other helper (context/) -------------------------------------


def test_piece_written_about_a_topic(detector: Detector) -> None:
    check(detector, "Jeg skriver et indlæg om ventetider i sygedagpengesager.",
          "economy_social", False)


def test_inverted_question_frame(detector: Detector) -> None:
    check(detector, "I forbindelse med budgettet vil jeg spørge, hvor mange der er på "
                    "kontanthjælp i kommunen.", "economy_social", False)


def test_plural_cpr_word_is_no_label_of_another_number(detector: Detector) -> None:
    # Session 6 (corpus22's one CPR span missed): "personnumre" ends in a number word,
    # so it was read as the label of some other kind of number.
    text = ("Banken skal bruge vores personnumre til lånet. mig: 0304721176, "
            "min mand: 1208742081.")
    found = [f for f in detector.detect(text, today=TODAY) if f.category == "cpr"]
    assert [text[f.start:f.end] for f in found] == ["0304721176", "1208742081"]
    check(detector, "Kundenummer 0304721176 står på regningen.", "cpr", False)


def test_a_thing_that_has_a_number_is_no_person(detector: Detector) -> None:
    # Session 6 (corpus22's one CPR false positive): the subject of "har/fik nr." is a
    # numbered thing, read back to the start of its clause; a person keeps the CPR number.
    for text in ["Min forbrugsmåler i kælderen har nr. 0304721176, men tallet er forkert.",
                 "Elmåleren ude i skuret fik nummer 0304721176 sidste år.",
                 "Vores lejekontrakt fra 2019 har nr. 0304721176."]:
        check(detector, text, "cpr", False)
    for text in ["Min søn har nr. 0304721176.",
                 "Jeg har en faktura, og min søn har nr. 0304721176.",
                 "Min datter i Ishøj har nummer 0304721176."]:
        check(detector, text, "cpr", True)
