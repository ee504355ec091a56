"""Round 28 (corpus69-71 classes, helper D): belief, property_trade, union and
sexual_orientation, precision first.

belief.yaml version 26 (26d): writing on a party's behalf ("skriver for
Seniorpartiet"; CORPUS69 decision 9) and any party named "...partiet".
context/belief_ethnicity_orientation.py: a faith said of people in general with the
quantifier alone ("ikke alle er kirkegængere"), a vote of people in general, the
confirmation of classmates in the plural (CORPUS70), halal or vegetarian food as a
kitchen's or a club's rule or in a mail said to be general, a faith word in the name
of the body that signs (README: a faith community's board is not belief), a feast
party for members and neighbours; the bare collective "LGBT+" as a topic.
property_trade.yaml version 27 (27d): a sale made "betinget", English conditional
contracts, an offer received from a kind of buyer, an expropriation of one's own land
still ahead (CORPUS71), the property second of two things traded.
context/property_trade.py: a trade only considered for a distant time; a buyer, a deed
or the trade named right after a sentence that told the trade as concluded.
context/union.py and engine.py: "ikke i fagforening" denied, union staff writing
together ("vi er tre faglige konsulenter fra FOA"), a member noun ("DLF'er") in a
question.  partners.py and names.yaml: a comma in the writer's own list ("Jeg er
kvinde, præst ... og gift med en kvinde"); more Persian first names.
Sentences of our own wording; each assertion failed before this round.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto and rescue are retrained after the round; the rules are tested
# without them.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- belief: false positives -----------------------------------------------------------

def test_faith_of_people_in_general_by_a_quantifier() -> None:
    assert not _has("Hej\n\nI burde lave en sorggruppe på biblioteket. Præsterne gør "
                    "meget, men ikke alle er troende.\n\nMvh Lone", "belief")
    assert not _has("Til udvalget\n\nDer bor mange familier i Vejleåparken, og de "
                    "fleste er muslimer, så husk det ved planlægningen.\n\nVh Ib",
                    "belief")
    assert not _has("Hej. Kirken tilbyder samtaler, men langt fra alle er "
                    "kirkegængere her i byen. Mvh Poul", "belief")
    # The writers themselves stay.
    assert _has("Vi alle er katolikker i familien og vil gerne vide mere.", "belief")


def test_vote_of_people_in_general() -> None:
    assert not _has("Vi stiller op til forældrerådet, selv om nogen siger at folk ikke "
                    "vil stemme på to fædre.", "belief")
    assert not _has("Til valgudvalget\n\nEr det rigtigt at man kan stemme på hvem som "
                    "helst til ældrerådet?", "belief")
    assert not _has("Hej, vi har hørt at vælgerne aldrig vil stemme på en ung kandidat "
                    "til skolebestyrelsen. Er fristen 1. marts?", "belief")


def test_confirmation_of_classmates() -> None:
    assert not _has("Min søn bor på et opholdssted. Hans klassekammerater skal "
                    "konfirmeres til maj, men han vil ikke selv.", "belief")
    assert not _has("Vi flytter i april. De andre børn bliver konfirmeret i Ishøj "
                    "Kirke, så det er lidt trist for Emil.", "belief")
    assert not _has("Min datter er ked af det, for alle i klassen skal konfirmeres, og "
                    "hun skal på efterskole.", "belief")


def test_halal_or_vegetarian_as_a_rule_of_the_kitchen_or_club() -> None:
    assert not _has("Hej\n\nJeg er leder af en spejdergruppe. Vi vil lave en politik om, "
                    "at maden på turene altid er halal.\n\nMvh Søren", "belief")
    assert not _has("Forældre har spurgt til halal-kød på vores sommerlejr. Hvad "
                    "siger forvaltningen?\n\nMvh Lise, klubleder", "belief")
    assert not _has("Vores køkken vil høre hvordan andre gør med kosher kost. Vi har "
                    "ingen konkret borger i tankerne.\n\nKøkkenchef Per", "belief")
    assert not _has("Kan skolen tilbyde et vegetarisk alternativ til skolemaden?",
                    "belief")
    # A person's own diet stays.
    assert _has("Min datter spiser kun halal, kan hun få det på lejrskolen?", "belief")


def test_faith_word_in_the_name_of_the_body_that_signs() -> None:
    assert not _has("Til Kultur og Fritid\n\nVi søger tilskud til nyt tag på "
                    "sognegården.\n\nMed venlig hilsen\nIshøj Menighedsråd\nv/ formand "
                    "Bent Ravn", "belief")
    assert not _has("Til borgmesteren\n\nJeg er næstformand for Ishøj Muslimske "
                    "Forening, og vi inviterer til åbent hus.\n\nMed venlig hilsen\n"
                    "Ishøj Muslimske Forening, bestyrelsen", "belief")
    assert not _has("Hej\n\nVi vil gerne leje salen til vores julemarked.\n\nVenlig "
                    "hilsen\nTorslunde Katolske Menighed\nved kasserer Jens Lund", "belief")


def test_feast_party_for_members_and_neighbours() -> None:
    assert not _has("Kan vi leje Vejleåsalen til en eid-fest for medlemmer og naboer?",
                    "belief")
    assert not _has("Vores forening vil gerne holde diwali-fest for alle i Ishøj.",
                    "belief")
    assert not _has("Må vi bruge hallen til en bajram-fest for gæster fra hele byen?",
                    "belief")


# --- belief: false negatives -----------------------------------------------------------

def test_writing_on_a_party_s_behalf() -> None:
    assert _has("Hej\n\nJeg skriver for Seniorpartiet og vil gerne have tallene for "
                "hjemmeplejen.\n\nMvh Kurt", "belief")
    assert _has("Jeg skriver her for Venstre i Ishøj og vil høre om budgettet.", "belief")
    assert _has("Hej, jeg skriver på vegne af Alternativet og vil spørge om "
                "affaldsplanen.", "belief")
    assert _has("Som medlem af Veganerpartiet vil jeg spørge om skolemaden.", "belief")
    assert not _has("Jeg skriver for min mor, som ikke har computer.", "belief")


# --- sexual_orientation ----------------------------------------------------------------

def test_bare_lgbt_as_a_topic() -> None:
    assert not _has("Kan borgmesteren hejse regnbueflaget? Vi synes det vil være et godt "
                    "signal til unge LGBT+ i Ishøj.", "sexual_orientation")
    assert not _has("Jeg er pædagog og vil lave et forløb om krop og køn. Har kommunen "
                    "materialer om LGBT+ som vi kan låne?", "sexual_orientation")
    assert not _has("Vi er en gruppe naboer der gerne vil vise støtte til LGBT+ i byen.",
                    "sexual_orientation")
    assert _has("Min søn er LGBT+ og bliver drillet i klubben.", "sexual_orientation")
    assert _has("Som LGBT+ har jeg det svært i foreningen.", "sexual_orientation")


def test_own_sex_in_a_list_with_commas() -> None:
    assert _has("Jeg er kvinde, præst i folkekirken og gift med en kvinde.",
                "sexual_orientation")
    assert _has("jeg er mand, 52, pædagog og gift med en mand", "sexual_orientation")
    assert _has("Jeg er kvinde, sygeplejerske, mor til to og gift med en kvinde.",
                "sexual_orientation")
    assert not _has("Jeg er kvinde, sygeplejerske og gift med en mand.",
                    "sexual_orientation")


def test_persian_names_give_the_writer_s_sex() -> None:
    assert _has("Hej\n\nMin mand Hamid og jeg vil gerne skrive testamente.\n\nVenlig "
                "hilsen\nBehrouz", "sexual_orientation")
    assert _has("Kære Sanne\n\nMin kone Shirin og jeg flytter til Ishøj.\n\nHilsen\n"
                "Mahnaz", "sexual_orientation")
    assert _has("Hej\n\nMin mand Reza har fået plejebolig.\n\nMvh\nParviz",
                "sexual_orientation")


# --- property_trade: false positives ---------------------------------------------------

def test_trade_only_considered_for_a_distant_time() -> None:
    assert not _has("Hej. Vi overvejer at sælge vores hus om et par år, når børnene er "
                    "flyttet. Kommer der byggeri i Ishøj Landsby?", "property_trade")
    assert not _has("Min mand og jeg påtænker på sigt at sælge rækkehuset. Hvad er "
                    "planerne for området?", "property_trade")
    assert not _has("vi tænker på at sælge lejligheden engang i fremtiden, er der "
                    "planer om en ny skole?", "property_trade")
    # A step of a trade keeps it.
    assert _has("Vi overvejer at sælge vores hus om et par år, og en mægler har "
                "allerede vurderet det.", "property_trade")


def test_buyer_or_deed_after_a_trade_told_as_concluded() -> None:
    assert not _has("Vi har solgt vores villa. Handlen er for længst på plads. "
                    "Køberen spørger om hækken.", "property_trade")
    assert not _has("Jeg solgte min grund for fem år siden. Jeg vedlægger skødet.",
                    "property_trade")
    assert not _has("Vi har solgt huset, og handlen er på plads. Vores køber vil vide "
                    "om carporten er lovlig.", "property_trade")
    # Something still pending keeps it.
    assert _has("Vi har solgt huset. Køberen har fortrydelsesret til fredag.",
                "property_trade")


# --- property_trade: false negatives ---------------------------------------------------

def test_sold_or_bought_on_a_condition() -> None:
    assert _has("Jeg har en gård, som jeg har solgt betinget til min bror.",
                "property_trade")
    assert _has("Vi købte betinget i sidste uge, og nu mangler vi svar fra kommunen.",
                "property_trade")
    assert _has("We have signed a conditional contract on a flat in Ishøj.",
                "property_trade")


def test_offer_received_from_a_kind_of_buyer() -> None:
    assert _has("Min far har efterladt et hus. Vi har fået et tilbud fra en lokal "
                "bygherre, men han trak det tilbage.", "property_trade")
    assert _has("Min mor fik et godt bud fra en ung landmand, men så kom lokalplanen.",
                "property_trade")
    assert _has("Vi har modtaget et tilbud fra en investor, og nu vil vi høre om "
                "lokalplanen.", "property_trade")
    # A quote for work is no offer on a property.
    assert not _has("Jeg har fået et tilbud fra en virksomhed om nyt tag.",
                    "property_trade")


def test_expropriation_of_own_land() -> None:
    assert _has("Kommunen har varslet ekspropriation af en del af min grund, og vi "
                "forhandler erstatningen.", "property_trade")
    assert _has("Jeg har hørt at kommunen vil ekspropriere et stykke af vores have til "
                "en sti.", "property_trade")
    assert _has("Vi er uenige om ekspropriationserstatningen for min mark.",
                "property_trade")
    assert not _has("Hvilke ejendomme bliver ramt af ekspropriationen?", "property_trade")
    assert not _has("Kommunen eksproprierede en bid af vores have i 2017.",
                    "property_trade")


def test_property_second_of_two_things_traded() -> None:
    assert _has("Nu vil jeg sælge forretningen og bygningen til min nevø.",
                "property_trade")
    assert _has("Min far vil sælge maskinerne og gården til naboen.", "property_trade")
    assert _has("Vi skal købe inventaret og huset af dødsboet.", "property_trade")
    assert not _has("Jeg vil sælge bilen og cyklen.", "property_trade")


# --- union -----------------------------------------------------------------------------

def test_not_in_a_union_without_a_membership_word() -> None:
    assert not _has("Jeg blev fyret i sidste uge. Jeg er ikke i fagforening. Hvad gør "
                    "jeg?", "union")
    assert not _has("jeg har aldrig været i nogen fagforening, hvad kan jeg gøre",
                    "union")
    assert not _has("Min mand er ikke med i en fagforening.", "union")
    # A past membership stays.
    assert _has("Jeg er ikke i 3F længere, men var det i 20 år.", "union")


def test_union_staff_writing_together() -> None:
    assert not _has("Til direktionen\n\nVi er tre faglige konsulenter fra FOA og vil "
                    "gerne mødes om arbejdsmiljøet.\n\nMvh Trine", "union")
    assert not _has("Vi er to jurister i HK og vil gerne holde et møde med jer om "
                    "reglerne.", "union")
    assert not _has("Jeg er konsulent fra 3F og vil høre om jeres udbud.", "union")


def test_member_noun_in_a_question() -> None:
    assert _has("Som gammel DLF'er og pensioneret lærer vil jeg høre om der er "
                "mulighed for at læse højt.", "union")
    assert _has("Jeg er 3F’er, kan I sige hvem jeg skal ringe til?", "union")
    assert _has("Som gammel FOA'er vil jeg høre om I mangler frivillige?", "union")
    assert _has("Som pensioneret 3F'er vil jeg spørge om der findes et seniortræf?",
                "union")
