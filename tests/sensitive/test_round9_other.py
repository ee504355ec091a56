"""Round 9 (corpus10/11/13/14 classes), property_trade, ethnicity, sexual_orientation,
belief and union: context/ (organisations acting or signing, bare-plural groups,
parties acting, belief adjectives on things, the municipality's own trades, the rules
for a kind of trade, sales taken off the market), partners.py (a child and the
child's in-law as a couple), lexicons belief v12, ethnicity v10, property_trade v12,
names v5.
Sentences of our own: each negative is a wording that was found before this round;
each positive is a person's own data that must stay (or was missed before).
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive.checks import check

P = "property_trade"
T = "ethnicity"
S = "sexual_orientation"
B = "belief"
U = "union"


def check_class(d: Detector, category: str, yes: list[str], no: list[str]) -> None:
    for text in yes:
        check(d, text, category, True)
    for text in no:
        check(d, text, category, False)


def test_union_branch_acting_or_signing(detector: Detector) -> None:
    check_class(
        detector, U,
        ["Jeg er medlem af HK og har spurgt min afdeling om hjælp.",
         "Hej\n\nFOA siger til mig, at min opsigelse ikke holder.\n\nMvh Lene"],
        ["Kære udvalg\n\nHK Roskilde inviterer til debatmøde om arbejdsmiljø. Alle er "
         "velkomne.\n\nVenlig hilsen\nHK Roskilde",
         "Hej\n\nBUPL Vestegnen beder byrådet om flere pædagoger i budgettet.\n\n"
         "Med venlig hilsen\nBUPL Vestegnen",
         "Kære Lars\n\nHvornår kommer svaret? 3F Køge har spurgt to gange.\n\n"
         "Mvh\nSekretariatet"],
    )


def test_religious_body_acting_or_signing(detector: Detector) -> None:
    check_class(
        detector, B,
        ["Jeg er selv medlem af Humanistisk Samfund og vil gerne holde navnefest.",
         "Jeg går i Pinsekirken hver søndag."],
        ["Kære udvalg\n\nPinsekirken i Brøndby uddeler mad til udsatte hver tirsdag. "
         "Vi søger flere frivillige.\n\nVenlig hilsen\nPinsekirken i Brøndby",
         "Til kulturudvalget\n\nBestyrelsen for Vallensbæk Muslimske Forening beder om "
         "lån af en sal til lektiehjælp.\n\nMed venlig hilsen\nBestyrelsen"],
    )


def test_party_acting_is_no_ones_vote(detector: Detector) -> None:
    check_class(
        detector, B,
        ["Jeg har stemt på Venstre i tyve år.",
         "Jeg er medlem af Enhedslisten og aktiv i lokalafdelingen."],
        ["Jeg håber, at Konservative vil stemme for forslaget om cykelstier.",
         "Jeg kan se, at Socialdemokratiet har foreslået en ny skolestruktur."],
    )


def test_belief_adjective_on_a_thing(detector: Detector) -> None:
    check_class(
        detector, B,
        ["Min mor var en muslimsk kvinde og ønskede at blive begravet efter sin tro."],
        ["Hvorfor findes der ikke en muslimsk begravelsesplads i kommunen?",
         "Foreningen tilbyder humanistiske vielser som et alternativ."],
    )


def test_feasts_and_communities_need_a_person(detector: Detector) -> None:
    check_class(
        detector, B,
        ["Vores søn vil gerne faste under ramadanen, kan han få fri fra idræt?",
         "Jeg er medlem af et trossamfund, der mødes i Hundige."],
        ["Tager skolerne hensyn til religiøse højtider, når der planlægges eksamen?",
         "Samarbejder kommunen med trossamfund om frivilligt arbejde?"],
    )


def test_bare_plural_groups(detector: Detector) -> None:
    check_class(
        detector, S,
        ["Jeg er homoseksuel og vil gerne i kontakt med andre.",
         "Vi er en regnbuefamilie med to mødre."],
        ["Kære udvalg\n\nHomoseksuelle ældre føler sig ofte usynlige på plejehjem.",
         "Kommunen kunne lave en kampagne for at finde par af samme køn som plejefamilier.",
         "Findes der nogen LGBT+-fællesskaber for unge i området?",
         "Der findes regnbuefamilier i alle skoleklasser."],
    )


def test_in_law_couple(detector: Detector) -> None:
    check_class(
        detector, S,
        ["Hej\n\nMin søn Jonas og min svigersøn Ali er blevet gift i sommer.\n\nMvh Inge",
         "Min datter og min svigerdatter har adopteret en dreng fra Chile."],
        ["Min søn og min svigersøn hjalp os med at flytte i weekenden.",
         "Min datter og min svigersøn har adopteret en dreng."],
    )


def test_persian_names_give_the_writers_sex(detector: Detector) -> None:
    check_class(
        detector, S,
        ["Hej\n\nMin kone og jeg vil gerne låne en sal til vores bryllupsfest.\n\n"
         "Hilsen Nasrin"],
        ["Hej\n\nMin kone og jeg vil gerne låne en sal til vores bryllupsfest.\n\n"
         "Hilsen Farhad"],
    )


def test_nationality_said_in_more_ways(detector: Detector) -> None:
    check_class(
        detector, T,
        ["Naboerne i opgangen er søde. De er eritreiske og har tre børn.",
         "Vi er en vietnamesisk familie og søger en større lejlighed.",
         "Jeg er 31 og polsk og søger arbejde som tømrer.",
         "Min svoger Piotr, som bor i Vallensbæk, er ukrainsk og søger tolk.",
         "Vi flygtede fra Syrien, hvor vi kommer fra, i 2015.",
         "Jeg er sygeplejerske fra Rumænien og søger autorisation.",
         "I'm a nurse from Hungary and need help with my tax card."],
        ["Maden i kantinen er tyrkisk i dag.",
         "Hvor mange elever på skolen er polske statsborgere ifølge statistikken?"],
    )


def test_municipality_trades_and_trade_rules(detector: Detector) -> None:
    check_class(
        detector, P,
        ["Vi har sat vores hus til salg og har fået et bud.",
         "Kommunen vil købe vores hus for at lave vejen bredere, men vi har ikke sagt ja."],
        ["Jeg er imod at kommunen sælger den gamle brandstation til en kæde.",
         "Er det rigtigt at Brøndby Kommune overvejer at sælge grunden ved søen?",
         "Hvad er reglerne for at købe en kommunal byggegrund?"],
    )


def test_trades_concluded_or_called_off(detector: Detector) -> None:
    check_class(
        detector, P,
        ["Vi har solgt huset med forbehold for finansiering, som endnu ikke er på plads."],
        ["Handlen på vores lejlighed blev endeligt afsluttet i maj.",
         "Vi sælger ikke alligevel, og rækkehuset er taget af markedet.",
         "Vi har fået overtaget vores nye hus og vil søge om en carport."],
    )


def test_bids_with_an_amount_or_an_offer(detector: Detector) -> None:
    check_class(
        detector, P,
        ["Jeg har budt 3,4 mio. kr. på rækkehuset og venter på svar.",
         "Der ligger et bud liggende på vores sommerhus fra et par i Roskilde.",
         "Vi har fået et tilbud fra en investor på vores grund."],
        ["Vi har budt de nye naboer velkommen med en kage.",
         "Må jeg byde på en kop kaffe, når I kommer forbi?"],
    )


def test_origin_of_people_in_general(detector: Detector) -> None:
    check_class(
        detector, T,
        ["Somaliske familier i vores opgang bliver chikaneret.",
         "Vi er grønlændere og er lige flyttet til byen.",
         "Min datter med anden etnisk baggrund bliver drillet i klassen."],
        ["Hvor mange ukrainere har kommunen taget imod i år?",
         "Jeg skriver en rapport om grønlændere i hovedstadsområdet.",
         "Jeg har set vagterne følge efter unge med anden etnisk baggrund i centret.",
         "Undersøgelsen handler om trivsel blandt børn med anden etnisk baggrund."],
    )
