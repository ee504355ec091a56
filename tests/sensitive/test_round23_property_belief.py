"""Round 23 (corpus54-56 classes): cpr, property_trade, union and belief.

property_trade.yaml version 23, belief.yaml version 21, the CPR label on the line
before (engine.py) and the rules in context/property_trade.py, context/union.py and
the belief part of context/belief_ethnicity_orientation.py.  Sentences of our own
wording.  Each positive was missed before this round and each negative was found; the
guards next to them show what stays.
"""

from __future__ import annotations

from datetime import date

from classifiers.sensitive import categories, detect

_TODAY = date(2026, 11, 24)


def _has(text: str, category: str) -> bool:
    return category in categories(detect(text, today=_TODAY))


def _cpr_spans(text: str) -> list[str]:
    return [text[f.start:f.end] for f in detect(text, today=_TODAY) if f.category == "cpr"]


# --- cpr ---------------------------------------------------------------------------

def test_number_label_at_the_end_of_the_line_before() -> None:
    # A wrapped line: the label ends one line, its number starts the next.
    text = ("Jeg har betalt regningen for vandet den 3. marts. Kan I se det? Mit "
            "kundenummer\n1504871123.\n\nHilsen Bo")
    assert _cpr_spans(text) == []
    assert _cpr_spans("Fakturanr.:\n2203911456\n\nVenlig hilsen\nKaren") == []
    # A CPR word on the line before, or a plain word, still gives a CPR number.
    assert _cpr_spans("Mit cpr-nummer\n150487-1123\n\nHilsen Bo") == ["150487-1123"]
    assert _cpr_spans("Jeg er ny kunde hos jer\n150487-1123") == ["150487-1123"]


def test_payment_agreement_number() -> None:
    text = ("Jeg vil bruge pengene til at betale min restskat af (afdragsaftale "
            "0309781145) og håber I kan vente.")
    assert _cpr_spans(text) == []
    assert _cpr_spans("Vedr. min betalingsaftale 0309781145 med Opkrævningen") == []


# --- property_trade ----------------------------------------------------------------

def test_trade_not_final_or_that_may_fall() -> None:
    assert _has("Vi har solgt vores rækkehus, men køberens bank har trukket lånet, så vi "
                "ved ikke hvor vi skal bo, hvis handlen falder.", "property_trade")
    assert _has("Vi har købt en villa i Torslunde, men handlen er ikke endelig, før "
                "kommunen har svaret om kloakken.", "property_trade")
    # A trade long done stays out.
    assert not _has("Vi har købt huset i 2015, og handlen er for længst på plads.",
                    "property_trade")


def test_deed_received_is_concluded() -> None:
    assert not _has("Vi fik skødet i august, så grunden er vores nu. Må vi fælde "
                    "træerne i skellet?", "property_trade")


def test_buyer_acting_in_a_trade_under_way() -> None:
    assert _has("vores ejendom sælges, og køber vil vide om der er gæld på "
                "grundskylden", "property_trade")
    assert _has("Køberen kommer og ser huset igen på søndag, og vi mangler svar på "
                "carporten.", "property_trade")
    assert _has("Mægleren ringede: køber springer fra, hvis vi ikke får papir på "
                "tilbygningen.", "property_trade")


def test_other_buyer_and_bid_with_har_left_out() -> None:
    assert _has("Vi har set en lejlighed i Vejleå og givet et bud, men der er en anden "
                "køber.", "property_trade")


def test_property_with_its_place_put_up_for_sale() -> None:
    assert _has("Vi har sat vores kolonihavehus i Haveforeningen Søgården til salg, og "
                "der er to der er interesserede.", "property_trade")


def test_bid_in_english() -> None:
    assert _has("I would like to bid on the small plot behind my workshop. How do I "
                "place a bid?", "property_trade")


def test_procurement_contract_is_no_trade() -> None:
    assert not _has("Vores køkken må kun købe fra leverandører på kommunens "
                    "indkøbsaftale. Hvornår kommer den nye?", "property_trade")


def test_sale_not_planned() -> None:
    assert not _has("Jeg har klaget over vurderingen af mit hus. Jeg har ingen planer om "
                    "at sælge, men skatten stiger.", "property_trade")


def test_municipality_puts_its_plots_up_for_sale() -> None:
    assert not _has("Jeg har en frisørsalon og vil gerne høre, hvornår kommunen sætter "
                    "erhvervsgrundene ved Vejlebrovej til salg. Vi har ikke budt endnu.",
                    "property_trade")


def test_purchase_only_searched_for() -> None:
    assert not _has("Hej. Vi skal købe vores første hus og kigger på Torslunde. Er der "
                    "gode skoler i området?", "property_trade")
    assert not _has("Vi vil gerne købe sommerhus ved stranden. Må man bo der hele året? "
                    "Vi leder stadig.", "property_trade")
    # A dream is a wish (round 7 had read it as a trade; README "More conventions").
    assert not _has("Vi drømmer om at købe stort hus med have i Ishøj.", "property_trade")
    # A property in view, a bid or an address keeps it.
    assert _has("Vi skal købe et hus i Torslunde og har givet bud, men sælger vil have "
                "mere.", "property_trade")
    assert _has("Jeg vil gerne købe et hus på Gadekærvej 14. Må man bygge en carport?",
                "property_trade")


# --- union -------------------------------------------------------------------------

def test_writer_represents_the_union() -> None:
    assert not _has("Jeg repræsenterer HK og vil gerne invitere jeres ledere til et "
                    "møde om arbejdsmiljø.", "union")
    assert _has("Jeg er medlem af HK og vil gerne vide, om jeg kan få fri.", "union")


def test_union_staff_said_as_capacity() -> None:
    assert not _has("Vi vil gerne låne byrådssalen til et møde i oktober. Jeg skriver som "
                    "afdelingens kontormedarbejder.\n\nHilsen\nTina, FOA Ishøj", "union")
    assert not _has("Kan vi besøge jeres plejecenter med et hold elever? Jeg skriver i "
                    "min egenskab af underviser.\n\nMvh\nKim, FOA Uddannelse", "union")
    # A trade a member has is no staff job: the union signing stays.
    assert _has("Jeg er syg med stress og har ikke fået løn. Jeg skriver som "
                "sygeplejerske.\n\nMvh\nAnne, DSR", "union")


def test_trust_role_in_a_council() -> None:
    assert not _has("Jeg er tillidsvalgt i elevrådet og vil gerne invitere en politiker.",
                    "union")


def test_no_union_said_without_membership_word() -> None:
    assert not _has("jeg er ikke i en fagforening, kun i en a-kasse. Skal jeg til "
                    "samtale på jobcentret?", "union")


# --- belief ------------------------------------------------------------------------

def test_praying_with_an_adverb_before_the_verb() -> None:
    assert _has("Min søn må ikke gå tidligt fra skole om fredagen, selv om vi altid "
                "beder sammen der.", "belief")
    assert not _has("Vi beder her om hjælp til at finde en ny bolig.", "belief")


def test_prayers_counted_in_digits() -> None:
    assert _has("genboen beder 5 gange om dagen i gården med musik, kan I gøre noget",
                "belief")


def test_church_wedding_said_as_a_state() -> None:
    assert _has("Min mand og jeg er gift i Torslunde Kirke og vil gerne have vielsesattest "
                "på engelsk.", "belief")


def test_religious_office_in_english() -> None:
    assert _has("My wife is the pastor at the church in Ishøj, and we need a bigger "
                "parking permit.", "belief")


def test_faith_word_for_a_look() -> None:
    assert not _has('En kunde sagde, at jeg er "jødisk udseende". Må han sige det?',
                    "belief")


def test_halal_ordered_by_a_kitchen() -> None:
    assert not _has("Jeg er køkkenleder på plejehjemmet og vil høre, om vi må bestille "
                    "halal kylling fra en anden grossist.", "belief")


def test_feast_as_a_common_or_association_event() -> None:
    assert not _has("Jeg foreslår, at byen holder en fælles Diwali-fest på torvet for "
                    "alle.", "belief")
    assert not _has("Kan vi få tilskud til vores forenings Eid-fest i medborgerhuset?",
                    "belief")
    assert _has("Vi fejrer Eid med hele familien, så min datter er væk fra skole i "
                "morgen.", "belief")


def test_confirmation_denied() -> None:
    assert not _has("Jeg skal købe konfirmationstøj til min søn, men han skal ikke "
                    "konfirmeres, det er til en fest hos hans ven.", "belief")


def test_children_in_general_with_comma_before_relative() -> None:
    assert not _has("Er der forskel på, hvordan institutionerne i Ishøj håndterer børn, der "
                    "faster i ramadanen?\nJeg er far og sidder i forældrerådet.", "belief")
