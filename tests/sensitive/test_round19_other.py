"""Round 19 (classes, not mails): property_trade recall, CPR look-alikes, belief goods.

Sentences of our own; the ``detector`` fixture (conftest) checks the rules alone (veto off).
Each positive was missed before this round (or each negative found), and each field
has at least one member that is in no corpus.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks


def test_whole_building_bid_on_or_bought(detector: Detector) -> None:
    # Field: a whole building or a business's premises bid on or bought after a modal
    # ({bygning}: 60-odd kinds; "præstegården", "mejeriet", "kroen" are in no corpus).
    checks.check_class(
        detector, "property_trade",
        ["Vi byder hermed på den nedlagte præstegård i Torslunde.",
         "Min kone og jeg vil købe mejeriet i landsbyen og bo der.",
         "Jeg har et bud inde på den gamle kro ved stationen.",
         "Vores bud på det tidligere vandværk er 700.000 kr."],
        ["Kan I give et bud på, hvornår skolen åbner igen?",
         "Jeg vil købe ind til børnehavens sommerfest."],
    )


def test_bid_with_amount_after_bidder_and_standing(detector: Detector) -> None:
    # Class: the bidder after the verb ("byder vi 900.000 kr.") and a bid still standing.
    checks.check_class(
        detector, "property_trade",
        ["Som aftalt byder jeg 1.200.000 kr. for jordstykket bag laden.",
         "Vores bud gælder til udgangen af måneden."],
        ["Jeg byder jer velkommen til mødet på torsdag."],
    )


def test_land_sold_by_area_and_offer_from_buyer_kind(detector: Detector) -> None:
    # Field: land traded by its area (ha, hektar, tønder land, kvadratmeter, m2...),
    # an offer with an amount from a buyer's kind, a purchase on a condition.
    checks.check_class(
        detector, "property_trade",
        ["Vi vil sælge 12 tønder land til en nabo.",
         "Jeg har fået et tilbud på 3 mio. fra en developer på min mark.",
         "Han vil kun købe, hvis lokalplanen ændres."],
        ["Marken er på 12 tønder land og ligger ved åen."],
    )


def test_trade_concluded_after_adverb_or_in_next_sentence(detector: Detector) -> None:
    # Class (context/ concluded_trade): "har lige købt", "overtagelse var ...", and the
    # trade said to be done at the start of the next sentence; a clause of time ("før
    # handlen er på plads") keeps it pending.
    checks.check_class(
        detector, "property_trade",
        ["Vi sælger vores sommerhus og der er en køber. Vi vil vide om kommunen "
         "skal godkende noget, før handlen er på plads."],
        ["Vi har netop købt rækkehus i Vildtbanen (overtagelse var i mandags). "
         "Hvornår tømmes skraldespanden?",
         "Vi sælger vores hus og køberen har spurgt til kloakken. Men handlen er "
         "faktisk helt på plads."],
    )


def test_cpr_lookalike_case_and_caller_numbers(detector: Detector) -> None:
    # Field (engine.py): a case, a complaint or a parcel "har nr." carries its own
    # number; a number an sms or a call comes from is a phone number.  A person "har
    # nr." stays a CPR number.
    checks.check_class(
        detector, "cpr",
        ["Min søn har nr. 3006251145."],
        ["Min klagesag har nr. 3006251145 hos jer.",
         "Pakken har nummer 1203251187.",
         "De ringede fra 1907251430 i går.",
         "Der kom et opkald fra nummer 1907251430."],
    )


def test_belief_words_as_goods_or_flag_days(detector: Detector) -> None:
    # Class (context/ belief_not_held): a faith's food, dress or feast as goods traded
    # or as a flag day is no one's practice; a person's own practice stays.
    checks.check_class(
        detector, "belief",
        ["Min mor spiser kun halal."],
        ["Vi er en grossist der leverer kosher vin til restauranter.",
         "Vi har en lille butik der importerer tørklæder fra Tyrkiet.",
         "Kommunen flager ikke på Eid, hvorfor ikke?"],
    )
