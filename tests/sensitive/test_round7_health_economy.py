"""Round 7 (corpus8/9 classes), health and economy_social: lexicon versions of
2026-11-23 (health 11, economy_social 10, exclusions 11), context/, lexicon.py and the
DanishLexiconRecognizer.  Sentences of our own: each case is a wording the detector got
wrong before this round; a class that adds a word also keeps its hard negatives
(``check_class``), so every test fails without its change.
"""

from __future__ import annotations

import pytest

from classifiers.sensitive import Detector
from tests.sensitive.checks import check, check_class

H = "health"
E = "economy_social"


# --- Health: words added ----------------------------------------------------------------


def test_prosthesis_compounds(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Min far har fået en ny hofteprotese og kan ikke gå på trapper.",
         "Hun har fået en ny hofte og må ikke bære noget tungt."],
        ["Kan man købe billetter til teatret på rådhuset?"],
    )


def test_stuttering_with_a_subject(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Vores søn stammer meget, når han skal læse højt i klassen.",
         "Min datter er begyndt at stamme efter flytningen."],
        # Origin, not speech.
        ["Min nabo stammer fra Tyrkiet og taler flydende dansk.",
         "Hun stammer oprindeligt fra Bosnien."],
    )


def test_poor_sight(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Jeg er svagsynet og kan ikke læse jeres breve med lille skrift.",
         "Min mor fik en nethindeløsning i sommer."],
        [],
    )


def test_heavy_drinking_in_the_perfect(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Efter skilsmissen har han drukket meget, og han passer ikke sit arbejde.",
         "min far har drukket rigtig meget hele efteråret"],
        ["Vi har drukket meget kaffe til mødet i dag."],
    )


def test_damaged_body_part_with_adjective(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Jeg kan ikke gå op ad trappen med mine ødelagte knæ.",
         "Han kan ikke løfte noget med sin dårlige ryg.",
         # A slot with a trailing star now works: "skadet {krop}*".
         "Hun har en skadet skulder efter faldet."],
        [],
    )


def test_injury_that_happened(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Min kollega er kommet til skade med armen på lageret.",
         "Han kom til skade, da han faldt af cyklen."],
        # No one hurt, or a hazard.
        ["Vi var ude for et uheld med bilen, men ingen kom til skade.",
         "Mine børn kan komme til skade på den løse flise."],
    )


def test_course_of_treatment_is_no_race(detector: Detector) -> None:
    # "-forløb" ends in "løb", a head for events ("kræftløbet").
    check_class(
        detector, H,
        ["Han er i et delvist raskmeldingsforløb hos jobcentret."],
        ["Vi løber med i kræftløbet i Ishøj Strandpark."],
    )


# --- Health: no one's health ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A group's condition, not a person's.
        "Vi er en klub for unge med diabetes og søger en hal om torsdagen.",
        "Foreningen har flere medlemmer med sklerose, som gerne vil på tur.",
        "Min kæreste og jeg vil gerne være weekendfamilie for et barn med autisme.",
        # An accident that may happen is a hazard.
        "Mine børn cykler der hver dag, og snart sker der en ulykke i krydset.",
        "Skal der ske en alvorlig ulykke, før I gør noget?",
        # The choice of a GP.
        "Hvordan skifter jeg læge, når jeg flytter til Torslunde?",
        "Min læge går på pension til nytår, hvem får jeg så?",
        # An organisation's name in the genitive.
        "Jeg vil gerne hjælpe med Kræftens Bekæmpelses indsamling i min gade.",
        # The staffing of home nursing, written by a nurse.
        "Hjemmesygeplejen har tre ubesatte stillinger, og vi kører med vikarer.",
    ],
)
def test_round7_health_negatives(detector: Detector, text: str) -> None:
    check(detector, text, H, False)


def test_fasting_symptom_is_no_illness(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Min søn bliver svimmel og har ondt i hovedet hver morgen."],
        ["Min datter faster i ramadanen. Må hun sidde over i idræt, hvis hun bliver "
         "svimmel?"],
    )


def test_casualty_as_a_risk(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Min datter endte på skadestuen i går efter et fald."],
        ["Der ligger glasskår, og et barn kan nemt ende på skadestuen."],
    )


def test_group_condition_keeps_persons(detector: Detector) -> None:
    # The group rule, with the persons it must leave alone: a parent's own child, the
    # writer among the group, a number of one's own children.
    check_class(
        detector, H,
        ["Jeg er mor til et barn med autisme.",
         "Jeg er en af de mange unge med angst.",
         "Vi har to børn med astma."],
        ["Vi er en forening for personer med gigt og søger et lokale."],
    )


# --- Economy: words added ---------------------------------------------------------------


def test_reassessment_and_escort_scheme(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Min far skal genvisiteres, nu hvor han ikke kan gå selv.",
         "Hans ledsagerordning blev skåret ned i foråret."],
        [],
    )


def test_thrown_out_by_family(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Min far smed mig ud sidste måned, og nu bor jeg hos en ven."],
        ["Vagten smed mig ud af butikken, fordi jeg havde min hund med."],
    )


def test_no_home(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg har sovet på min fætters sofa i tre uger.",
         "Jeg har ingen fast adresse lige nu.",
         "Hvor skal vi så bo?"],
        [],
    )


def test_savings_and_unpaid_bills(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg har brugt hele min opsparing, efter at jeg blev syg.",
         "Hun har mange ubetalte regninger liggende."],
        [],
    )


def test_partner_left_and_no_work(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Min kone er gået fra mig, og jeg står alene med børnene.",
         "Jeg har to børn og ingen arbejde."],
        [],
    )


# --- Economy: no one's circumstances ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Applying for a named job.
        "Jeg søger job som chauffør hos jer.",
        "Jeg er fysioterapeut og søger job i Ishøj Kommune.",
        # Income before tax as a basis; a-kasse paid as membership; a giro number.
        "Er indkomstgrænsen regnet af husstandens indkomst før skat?",
        "Jeg forstår ikke, hvorfor jeg skal betale både til a-kasse og fagforening.",
        "Jeg har fået et girokort med FI-kreditornr. 81234567, hvad er det?",
        # The municipality's economy; meddling in someone's economy.
        "I har styret kommunens økonomi dårligt. Gælden er steget hvert år.",
        "Min far vil ikke have, at jeg blander mig i hans økonomi.",
        # A charity planning a scheme; the payout calendar; a duty laid on a group.
        "Vi er frivillige og er ved at planlægge julehjælpen for i år.",
        "Hvornår udbetales kontanthjælp i januar, før eller efter nytår?",
        "Er der arbejdspligt for kontanthjælpsmodtagere i Ishøj?",
        # A public meeting on a subject; asking to be told.
        "Vi holder informationsmøde om boligstøtte og budgetrådgivning i beboerhuset.",
        "Jeg ønsker oplyst, hvordan man søger om varmetillæg.",
        # A care service as the writer's workplace or a board seat.
        "Jeg var til jobsamtale i hjemmeplejen i går, og det gik godt.",
        "Jeg har arbejdet som sygehjælper, først på Glostrup og siden i hjemmeplejen.",
        "Jeg sidder i pårørenderådet på Strandgården Plejecenter.",
        # A weak money word in an opinion; a bill already paid.
        "Jeg vil opfordre til, at der bruges flere penge på det sociale område.",
        "Jeg har allerede betalt regningen, men får stadig rykkere.",
        # A pensioner is an age; the family court named alone.
        "Vi er nogle pensionister, som gerne vil have en bænk ved søen.",
        "Sagsbehandleren i Familieretshuset var meget venlig mod mig.",
    ],
)
def test_round7_economy_negatives(detector: Detector, text: str) -> None:
    check(detector, text, E, False)


def test_recipients_as_a_group_keeps_persons(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Vi er kontanthjælpsmodtagere og har ingen penge til jul."],
        ["Kontanthjælpsmodtagerne i kommunen skal møde op hver dag, har jeg læst."],
    )


def test_care_job_keeps_care_received(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Min hjemmehjælper glemmer at give mig min medicin.",
         "Min mor får hjemmepleje, og jeg er selv sygehjælper."],
        ["Jeg har været sygehjælper hele mit arbejdsliv, de sidste ti år i hjemmeplejen."],
    )


def test_weak_money_word_keeps_hardship(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg har ingen penge tilbage til huslejen.",
         "Jeg har ikke betalt regningen, og nu får jeg rykkere."],
        ["Jeg synes, at der skal bruges flere penge på det sociale område.",
         "Regningen er for længst betalt, men jeg får stadig rykkere."],
    )
