"""Round 18 (by class and field, corpus42-44): property_trade precision and recall, CPR
numbers corrected by the writer, ethnicity (peoples, kin, English "I'm X from Y").
property_trade.yaml v20, ethnicity.yaml v17, context/property_trade.py,
context/belief_ethnicity_orientation.py and engine.py (2026-11-24).

Every test checks the RULES ALONE (the ``detector`` fixture of conftest.py: veto off;
the veto acts only on health and economy_social, so these categories are the same
under the default detector).  Sentences are our own; each class lists members that are
in no corpus, so the test shows the enumeration, not a mail.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks

P = "property_trade"
E = "ethnicity"


# --- property_trade: no one's trade under way ----------------------------------------------

def test_trade_concluded_with_a_past_takeover_or_a_trade_that_went_well(detector: Detector) -> None:
    """A takeover day in the past ("overtagelsesdagen var", "overtagelsen skete") and a
    trade that went well ("handlen gik fint", "købet forløb uden problemer") close the
    trade (4 forms); a takeover day still ahead keeps it."""
    checks.check_class(
        detector, P,
        ["Vi har solgt rækkehuset, og overtagelsesdagen bliver 1. marts."],
        ["Vi har solgt vores lejlighed og overtagelsesdatoen var 1. maj. Hvorfor får vi "
         "stadig regning for vand?",
         "Jeg købte mit sommerhus i 2015. Købet forløb uden problemer.",
         "Vi købte grunden for fem år siden, og handlen gik fint."],
    )


def test_votes_documents_and_sales_opened_by_the_seller(detector: Detector) -> None:
    """A vote or a proposal on a sale ("stemme imod at sælge", "forslaget om at
    afhænde"), a request for access to documents ("aktindsigt i købsaftalen") and a sale
    opened by its seller ("når der åbnes for salg") are no one's trade (4 forms); the
    writer's own house after the hit keeps it."""
    checks.check_class(
        detector, P,
        ["Byrådet skal stemme om at købe vores hus til den nye vej, og vi forhandler prisen."],
        ["Vil partiet stemme imod at sælge idrætshallen?",
         "Jeg ønsker aktindsigt i købsaftalen om svømmehallens grund.",
         "Hvornår kommer de nye parceller? Vi vil gerne købe en, når der åbnes for salget.",
         "Hvorfor støtter du forslaget om at afhænde biblioteket?"],
    )


def test_trade_only_dreamt_of_for_some_day(detector: Detector) -> None:
    """A trade thought of for a distant or unnamed time, with a word of doubt
    ("overvejer", "eventuelt", "måske", "ikke fundet") is no trade under way (4 forms);
    a bid made now keeps it."""
    checks.check_class(
        detector, P,
        ["Vi har budt på et rækkehus på Søvej og venter svar i morgen."],
        ["Vi overvejer måske at købe et rækkehus om nogle år.",
         "Jeg undersøger støjen før et eventuelt sommerhuskøb på længere sigt.",
         "Jeg tænker på at købe en ejerlejlighed engang, men har ikke fundet en endnu."],
    )


def test_questions_about_words_about_one_and_counted_markets(detector: Detector) -> None:
    """A question about what a word of the trade means, a question about what one
    ("man") does, and properties counted on the market are no one's trade (5 forms);
    the writer's own sale keeps it."""
    checks.check_class(
        detector, P,
        ["Vi har 2 grunde til salg og vil høre om byggeretten."],
        ["Hvad betyder et advokatforbehold i en købsaftale?",
         "Hvad er forskellen på en slutseddel og en købsaftale?",
         "Skal man betale ejendomsskat, når rækkehuset er solgt i juni?",
         "Der er 120 boliger til salg i kommunen ifølge avisen.",
         "Er der sommerhuse til salg ved stranden?"],
    )


def test_bare_plurals_of_every_kind_of_property_in_a_question(detector: Detector) -> None:
    """Kinds of property in the bare plural in a question naming no one of the writer's
    (kolonihaver, storparceller, grundstykker, havelodder, gårde, lejemål: 6 members)."""
    checks.check_class(
        detector, P,
        [],
        ["Er der kolonihaver til salg i byen?",
         "Kommer der storparceller til salg næste år?",
         "Er der havelodder til salg i foreningen?",
         "Bliver der erhvervslejemål til salg på havnen?"],
    )


def test_agent_after_a_closing(detector: Detector) -> None:
    """The estate agent's title after a closing ("Mvh. en ejendomsmægler", "Hilsen
    ejendomsmægler ...") is the writer's job, not a trade.  A guard, not a fix shown:
    this sentence passes before round 18 too (the title alone is weak); the round's
    `_AGENT_TITLE_RE` form "mvh en" keeps it so where a trade word stands near."""
    checks.check_class(
        detector, P,
        [],
        ["Hvor finder jeg kommunens takster for byggesager? Mvh. en ejendomsmægler i Greve"],
    )


# --- property_trade recall: ways a trade under way is said ---------------------------------

def test_conditional_or_dependent_trade(detector: Detector) -> None:
    """A conditional trade ("betinget handel/købsaftale/salg/køb", 7 forms) and a trade
    that depends on something ("handlen afhænger af", "købet er afhængigt af")."""
    checks.check_class(
        detector, P,
        ["Vi har en betinget købsaftale på et rækkehus i Torslunde.",
         "Det er et betinget salg, og køberen venter på banken.",
         "Købet afhænger af, om kommunen godkender tilbygningen.",
         "Salget er afhængigt af en ny lokalplan for vores vej.",
         "Vi har fået en handel på en ejerlejlighed i Vallensbæk."],
        [],
    )


def test_property_for_sale_with_its_place_or_on_the_market(detector: Detector) -> None:
    """Someone's property with its place before "er til salg" ("i nr. 4 på ..."), a
    property put on the market ("sat huset på markedet", "er kommet på markedet"), and
    the bank's pre-approval ("købsbevis fra banken", "lånetilsagn til huset")."""
    checks.check_class(
        detector, P,
        ["Genboens rækkehus i nr. 4 på Kirkevej er til salg, og de har fældet hækken.",
         "Min søsters villa på Strandvejen er til salg.",
         "Vi har sat huset på markedet i sidste uge.",
         "Kolonihavehuset er kommet på markedet, og vi har fremvisning på lørdag.",
         "Vi har fået købsbevis fra banken og kigger på et hus i Ishøj."],
        [],
    )


def test_english_buyer_offers(detector: Detector) -> None:
    """English: a buyer's offer ("a buyer has offered", "buyers have offered") and the
    writer's wish to sell ("want to sell our ...")."""
    checks.check_class(
        detector, P,
        ["A buyer has offered 2 million for the cottage.",
         "We want to sell our summer house and need the building papers."],
        [],
    )


# --- CPR: a number the writer corrects -----------------------------------------------------

def test_number_corrected_later_as_another_kind(detector: Detector) -> None:
    """The writer corrects himself after the number, in a later clause or sentence ("det
    viste sig at være et ordrenummer", "nej vent, det er hans elevnummer"), even after a
    CPR word before it; a sentence that names another number without a word of
    correction keeps the CPR number."""
    checks.check_class(
        detector, "cpr",
        ["Mit CPR-nummer er 0101901234. Det er mit sagsnummer, jeg skal bruge."],
        ["Der står 0101901234 på sedlen. Det viste sig at være et ordrenummer.",
         "Hans personnummer er 0101901234 – nej vent, det er hans lånernummer."],
    )


# --- ethnicity ---------------------------------------------------------------------------

def test_peoples_without_a_state_and_kin(detector: Detector) -> None:
    """Peoples without a state of their own (Crimean Tatars, Circassians, Druze, Oromo,
    Tuareg, Hmong, Baluch: 15 stems) and kin or groups of faith with an origin adjective
    ("som jødisk forælder", "kurdiske alevitter", "min tyrkiske bedstemor"); a dish
    ("bøf tatar") is no one's origin."""
    checks.check_class(
        detector, E,
        ["Min oldefar var tatar og kom hertil efter krigen.",
         "Vi er drusere fra Libanon og søger en festsal.",
         "Min nabo er oromo og har brug for en tolk.",
         "Som jødisk forælder er jeg bekymret for skolen.",
         "Vi er en forening af kurdiske alevitter.",
         "Min tyrkiske bedstemor har brug for hjælp."],
        ["Jeg bestilte bøf tatar i kantinen."],
    )


def test_english_name_from_a_country(detector: Detector) -> None:
    """English "I'm <name> from <country>"; "I'm writing from Spain" says where one is."""
    checks.check_class(
        detector, E,
        ["Hi, I'm Jonas from Lithuania and I need a tax card."],
        ["I am writing from Spain about my tax.", "I'm back from Turkey and need a doctor."],
    )


# --- belief --------------------------------------------------------------------------------

def test_faith_of_a_whole_group_and_an_undecided_vote(detector: Detector) -> None:
    """A faith said of a whole group in general ("ikke alle elever er muslimer", "alle
    borgere er jo ikke kristne") and a vote not yet decided ("hvem vi skal stemme på")
    are no one's belief; "alle mine børn er ..." is the writer's family."""
    checks.check_class(
        detector, "belief",
        ["Alle mine børn er muslimer og faster i ramadanen."],
        ["Ikke alle elever er muslimer, så maden bør være varieret.",
         "Alle borgere er jo ikke kristne.",
         "Vi ved ikke endnu, hvem vi skal stemme på til valget."],
    )
