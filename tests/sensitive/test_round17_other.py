"""Round 17 (by class, corpus39-41): property_trade precision, union staff, CPR labels.
context/property_trade.py, context/union.py and engine.py (2026-11-24).

Every test checks the RULES ALONE (the ``detector`` fixture of conftest.py: veto off;
the veto acts only on health and economy_social, so these categories are the same
under the default detector).  Sentences are our own; each class lists members that are
in no corpus, so the test shows the enumeration, not a mail.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks

P = "property_trade"
U = "union"


# --- property_trade: talk of property in which no one's own trade is under way ------------

def test_the_municipality_as_seller_anywhere_in_the_sentence(detector: Detector) -> None:
    """The municipality, the council or the region selling, with words between, after a
    verb of hearing, in a proposal or in English, or named in the sentence before a
    question with no one of the writer's (9 forms); the writer bidding, or the writer's
    own house, keeps it."""
    checks.check_class(
        detector, P,
        ["Kommunen vil sælge grunden bag os, og vi vil gerne byde på den.",
         "Kommunen vil købe vores hus for at udvide vejen, og vi forhandler om prisen.",
         "Vi har sat vores rækkehus til salg og har fået et bud."],
        ["Vi har læst, at kommunen på et tidspunkt vil sælge den nordlige del af grunden.",
         "Byrådet bør stoppe med at sælge sine arealer til spekulanter.",
         "Jeg er imod planen om at sælge den kommunale bygning ved stationen.",
         "When does the council intend to put its last building sites up for sale?",
         "Regionen vil afhænde det gamle sygehus. Hvornår kommer det til salg?"],
    )


def test_a_trade_done_in_the_passive_or_in_order(detector: Detector) -> None:
    """A trade done: "er solgt", "er blevet købt", "blev overdraget", "gik i orden", "kom
    i hus", an old deed (6 forms); a sale "until it is sold" or "med forbehold" stays."""
    checks.check_class(
        detector, P,
        ["Vi skal sælge huset; kan vi få henstand med ejendomsskatten, til det er solgt?",
         "Huset er solgt med forbehold for finansiering, og køberen mangler lånet."],
        ["Sommerhuset er blevet solgt, og de nye ejere har overtaget det.",
         "Jeg hørte, at handlen på villaen gik i orden i marts.",
         "Handlen kom i hus før jul, så nu er alt overstået.",
         "Navnet står på det oprindelige skøde fra 1968."],
    )


def test_a_firm_name_an_agents_title_and_a_general_question(detector: Detector) -> None:
    """A trade word inside a firm's name ("hos Vestegnens Boligsalg"), the estate agent's
    own title (4 forms), and a question the writer calls general or no concrete case."""
    checks.check_class(
        detector, P,
        ["Vores ejendomsmægler siger, at køberen vil have svar inden fredag.",
         "Jeg har et generelt spørgsmål, for vi skal sælge vores hus til foråret."],
        ["Hvor mange parcelhuse blev der bygget i 2024? Venlig hilsen Lone, ejendomsmægler",
         "Jeg arbejder som ejendomsmægler hos Strandens Boligsalg og har et spørgsmål om "
         "affaldsordningen.",
         "Jeg har et generelt spørgsmål: hvad sker der med en trappelift, når et hus sælges?",
         "Der er ingen konkret sag. Hvem betaler, hvis køberen vil have fjernet en rampe?"],
    )


def test_rules_of_trade_every_trade_and_a_showing_to_let(detector: Detector) -> None:
    """Statutes, law or a lease saying how trades go ("vedtægterne kræver", "loven
    foreskriver", "lejekontrakten bestemmer"), every trade of a kind ("ethvert salg"),
    and a showing of a home to let (udlejer, lejebolig, at leje)."""
    checks.check_class(
        detector, P,
        ["Vi har fremvisning af vores hus på søndag, og mægleren venter to købere.",
         "Køberen af vores andel har trukket sig."],
        ["Vedtægterne kræver, at køberen godkendes af bestyrelsen.",
         "Ethvert salg af havehuse skal meldes til foreningen.",
         "Jeg var til fremvisning af en lejebolig på Torvet i går.",
         "Udlejeren aflyste fremvisningen af værelset to gange."],
    )


# --- union: staff of a union and a union only known of ---------------------------------

def test_union_staff_in_any_order_and_a_union_known_of(detector: Detector) -> None:
    """The writer's staff role before the union or alone in a signature (faglig
    konsulent, redaktør, jurist, organisator; 5 forms), and a union only known of; a
    member's own union stays."""
    checks.check_class(
        detector, U,
        ["Jeg er medlem af Dansk Metal og har et spørgsmål om min løn.",
         "Jeg er tillidsrepræsentant for 3F på pladsen."],
        ["Jeg er jurist hos Dansk Metal og skriver om reglerne for løntilskud.",
         "Jeg skriver som redaktør af HK's medlemsblad og vil gerne lave et interview.",
         "Jeg er faglig konsulent i Dansk Sygeplejeråd og vil gerne mødes med udvalget.",
         "Hvilke fagforeninger findes der for elever? Jeg kender kun HK."],
    )


# --- CPR: a number given with an adverb, and a card's own number -------------------------

def test_cpr_given_with_an_adverb_and_a_cards_number(detector: Detector) -> None:
    """"sender lige/også/hermed nummeret" is no label (a CPR number); a school, bus,
    member or library card carries its own number (5 cards), the health card the CPR."""
    checks.check_class(
        detector, "cpr",
        ["sender lige nummeret: 140862-1119 Ole Hansen",
         "Her er også nummeret 010190-1239 til min mor.",
         "Mit sundhedskort siger 120716 4421."],
        ["Mit buskort siger 120716 4421, er det rigtigt?",
         "Datterens bibliotekskort har 0307152231 på bagsiden.",
         "Medlemskortet viser 110309 2213.",
         "Elevkortet 2011124417 virker ikke i kantinen."],
    )
