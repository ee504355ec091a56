"""Round 29 (corpus72-80 classes, nine writers): how a pending property trade is said
and how a faith is held, beyond the closed subject lists of earlier rounds.

property_trade.yaml version 28 (28d): bidders and the winning bid, a bid said
conditional as a predicate or given without an article, a bid of millions, the offer on
a defined property, a sale to a named buyer, negotiations on a sale or its price, the
trade waiting, a commitment to sell to the writer, English "on the market".
context/property_trade.py: a firm's or an association's own bid is a trade (the tuning
corpora label it so); a dropped "jeg/vi" trader; "tinglyst en servitut" is a right, no
deed; a trade told as sold and said in the next sentence not to go through yet is
pending.
belief.yaml version 27 (27d): a religious office with the copula of any subject (README,
religious-office rule), offices in the plural and missionaries; prayer with the prayers
as object or counted in a day; going to a named church; a family's own rites (aqiqah,
milad, a wedding in a mosque or a chapel); party membership said with "er ... i";
English "practising".  context/belief_ethnicity_orientation.py: voting at a polling
place is no party.  Sentences of our own wording; each was missed (or, for the
negatives, found) before this round.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto and rescue are retrained after the round; the rules are tested
# without them.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
PROP = "property_trade"
BELIEF = "belief"


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- property_trade -------------------------------------------------------------------

def test_firm_or_association_with_its_own_bid() -> None:
    assert _has("Vi er et lille tømrerfirma, der har givet et betinget bud på kommunens "
                "grund ved Vejlebrovej. Hvornår får vi svar?", PROP)
    assert _has("Vi er en idrætsforening og har afgivet et betinget tilbud på kommunens "
                "erhvervsgrund i Industrikvarteret.", PROP)
    assert _has("Hej. Vi er et VVS-firma som har lagt et betinget købstilbud på kommunens "
                "ejendom ved havnen, hvem sagsbehandler?", PROP)
    # A firm that only asks when plots come up for sale trades nothing yet.
    assert not _has("Vi er et lille firma der overvejer at flytte til Ishøj. Hvornår "
                    "kommer de nye erhvervsgrunde til salg?", PROP)


def test_bid_said_conditional_as_predicate() -> None:
    assert _has("Vores bud er betinget af at banken godkender lånet. Hvornår vedtager "
                "udvalget salget?", PROP)
    assert _has("Buddet er betinget af en jordbundsundersøgelse, hvad gør vi nu?", PROP)
    assert _has("Mit bud er selvfølgelig betinget af lokalplanen.", PROP)


def test_bidders_and_winning_bid() -> None:
    assert _has("Vi er to budgivere på kolonihavehuset og vil gerne vide hvem der vinder.",
                PROP)
    assert _has("Hvornår meldes vinderbuddet ud? Vi har jo budt på grunden sammen med "
                "min bror.", PROP)
    assert _has("Jeg var med i budgivningen på lejligheden, men hørte aldrig noget.", PROP)


def test_bid_without_article_and_of_millions() -> None:
    assert _has("Vores forening har afgivet bud på den gamle skole, hvornår svarer I?",
                PROP)
    assert _has("jeg sendte et tilbud på 2,3 mio kr til jer for en måned siden og har "
                "ikke hørt noget", PROP)
    assert _has("Vi har givet bud på 1,75 millioner og sælger tænker over det.", PROP)


def test_offer_on_defined_property_and_trade_waiting() -> None:
    assert _has("Tilbuddet på rækkehuset er 2,1 mio, og vi skal svare inden fredag.", PROP)
    assert _has("Buddet på grunden ligger hos dødsboets advokat.", PROP)
    assert _has("Vi køber andelen, men handlen afventer foreningens godkendelse.", PROP)


def test_sale_to_named_buyer_and_negotiations() -> None:
    assert _has("Jeg sælger til naboen, men vi mangler at aftale prisen.", PROP)
    assert _has("Min far vil sælge den til naboerne, og nu spørger de om skel.", PROP)
    assert _has("Vi er i gang med at forhandle pris med sælger af huset, må vi se "
                "byggesagen?", PROP)
    assert _has("Vi har indledt forhandlinger med en nabo om salg af jordstykket.", PROP)


def test_commitment_to_sell_to_the_writer() -> None:
    assert _has("Jeg har fået tilsagn fra foreningen om at købe have nr. 12, hvad skal "
                "kommunen godkende?", PROP)
    assert _has("Vi har tilsagn fra sælger om at købe, men kommunen skal sige ja.", PROP)
    assert _has("Min datter har fået skriftligt tilsagn om at købe nr. 7 i haveforeningen.",
                PROP)


def test_english_house_on_the_market() -> None:
    assert _has("We put our flat on the market and have a buyer from Germany.", PROP)
    assert _has("My mother found a buyer for her house, do we need anything from you?",
                PROP)


def test_dropped_subject_buying_municipal_plot() -> None:
    assert _has("vil gerne købe en af jeres byggegrunde i Tranegilde, er den stadig "
                "til salg?", PROP)
    assert _has("ønsker at købe en af kommunens grunde på Vejlevej, er der flere "
                "byggegrunde til salg?", PROP)


def test_registered_right_is_no_deed() -> None:
    assert _has("Min far sælger sit hus, og køberen spørger om der er tinglyst en "
                "servitut om kloakken.", PROP)
    assert _has("Vi sælger vores rækkehus, og mægleren vil vide om der er tinglyst noget "
                "vejudlæg.", PROP)


def test_sold_then_not_through_next_sentence() -> None:
    assert _has("Vi har solgt vores villa, men køberens bank vil have papirer. Handlen "
                "kan ikke gå igennem uden dem.", PROP)
    assert _has("Vi har lige solgt lejligheden til et ungt par og køberne vil se "
                "tegningerne. Uden dem falder handlen.", PROP)
    assert _has("Jeg har solgt min grund, og køberen skal have en attest. Købet afventer "
                "jeres svar.", PROP)
    # A sale told as done with nothing at risk after it stays concluded.
    assert not _has("Vi har solgt vores villa i 2019, og køberen var sød. Vi har "
                    "spørgsmål om ejendomsskatten.", PROP)


# --- belief ---------------------------------------------------------------------------

def test_religious_office_with_any_subject() -> None:
    assert _has("Jeg er pensioneret præst og bor i Ishøj Landsby.", BELIEF)
    assert _has("Min svoger og hans kone er begge præster i folkekirken og vil flytte "
                "hertil.", BELIEF)
    assert _has("Naboen, der er sognepræst i Vejleå, har bedt mig skrive.", BELIEF)
    assert _has("Hun var tidligere imam i en moské i Odense.", BELIEF)


def test_missionaries() -> None:
    assert _has("Vi er to missionærer fra en amerikansk kirke og vil stå ved torvet.",
                BELIEF)
    assert _has("Min søn er missionær i Kenya og kommer hjem til jul.", BELIEF)


def test_prayer_as_own_habit() -> None:
    assert _has("Jeg beder mine bønner i frokostpausen og vil ikke forstyrres.", BELIEF)
    assert _has("Min far beder tre gange i løbet af eftermiddagen på plejehjemmet.",
                BELIEF)
    assert _has("Hun beder sine daglige bønner på værelset.", BELIEF)


def test_going_to_named_church() -> None:
    assert _has("Vi går i Vejleå Kirke hver søndag og vil gerne have en flextur.", BELIEF)
    assert _has("Min mor går i kirken hver søndag, men kan ikke gå så langt mere.",
                BELIEF)


def test_family_rites() -> None:
    assert _has("Vi holder aqiqah for vores datter og har lejet et lokale.", BELIEF)
    assert _has("Vi holder milad hjemme på søndag, må vi parkere på græsset?", BELIEF)
    assert _has("Tak for hjælpen til vielsen i moskeen, vi mangler kun attesten.", BELIEF)
    assert _has("Præsten vil vie os i kapellet på hospitalet, hvad skal vi bruge?", BELIEF)


def test_party_membership_with_er_i() -> None:
    assert _has("Som du ved, er jeg både i SF og i beboerbestyrelsen.", BELIEF)
    assert _has("Min mand er også i Enhedslisten og spørger om valgplakater.", BELIEF)
    assert _has("Hun er aktiv i Moderaterne.", BELIEF)
    # "venstre" alone is a side of the body too.
    assert not _has("Min kone er blevet lam i venstre side efter en blodprop.", BELIEF)


def test_practising_in_english() -> None:
    assert _has("As a practising Muslim, my father needs halal meals.", BELIEF)
    assert _has("She is a devout Catholic and wants a priest to visit.", BELIEF)


def test_voting_at_a_polling_place_is_no_party() -> None:
    assert not _has("Jeg har mistet mit valgkort, kan jeg stadig stemme på rådhuset?",
                    BELIEF)
    assert not _has("Min mor vil gerne stemme på plejecentret, er der valgsted der?",
                    BELIEF)
    assert not _has("Kan jeg stemme på biblioteket i Vejleå i år?", BELIEF)
