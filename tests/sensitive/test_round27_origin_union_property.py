"""Round 27 (corpus66-68 classes): ethnicity, union and property_trade.

ethnicity.yaml version 25 (25d): an origin in the past tense ("han var fra Pakistan",
"hun var jødisk"), a count and a person noun before "fra" ("vi er to søstre fra
Gambia"), English demonyms with a word before the person noun ("a German PhD student")
and as plural nouns ("as Indians living in"); "fra udlandet" is no origin (CORPUS66).
context/belief_ethnicity_orientation.py: countries in the plural, a person still to be
taken on, a few of a group helped, a language course named by its learners, a person called a
racist in quotation marks.
union.yaml version 15 (15d): FH unions by the names members write and Dansk Metal's youth
branches; context/union.py: "jeg er i IDA", a union second after a longer name.
property_trade.yaml version 26 (26d): a purchase on a condition with the place between,
an offer with the buyer before the property, English buyers; context/property_trade.py:
the municipality addressed as "I" selling (a critic, CORPUS66), its deal with an unnamed
buyer, an agent's unnamed clients, a tenancy taken over from a relative.
Sentences of our own wording, not the corpus mails'.  Each positive was missed before
this round (each negative was found); the guards show what stays as it was.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ETH = "ethnicity"
UNION = "union"
PROP = "property_trade"


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- ethnicity: origin in the past tense -----------------------------------------------

def test_origin_in_the_past_tense() -> None:
    assert _has("Min bedstefar døde i marts. Han var fra Tyrkiet og ville begraves der.", ETH)
    assert _has("Vores mor var fra Somalia, og hun talte aldrig rigtig dansk.", ETH)
    assert _has("min farmor var fra polen, hun kom hertil i 1970", ETH)
    assert _has("Afdøde var min svigerfar. Han stammede fra Marokko.", ETH)
    assert _has("Min morfar er død i sidste uge. Han var jødisk, så han skal begraves hurtigt.",
                ETH)
    # A trip in the past tense names no origin.
    assert not _has("Vi var i Tyrkiet på ferie i sommer og kom hjem i går.", ETH)


def test_count_and_person_noun_before_from() -> None:
    assert _has("Vi er tre brødre fra Syrien og vil gerne leje en hal til fodbold.", ETH)
    assert _has("Vi er tre søstre fra Syrien og vil gerne leje en hal.", ETH)
    assert _has("vi er 2 brødre fra Gambia og har et spørgsmål om affald", ETH)
    assert not _has("Vi er to kolleger fra kommunen, der kommer på besøg.", ETH)


def test_english_demonym_with_a_word_before_the_person_noun() -> None:
    assert _has("Hi, I'm a Polish single mum and need help finding a daycare.", ETH)
    assert _has("I am an Iraqi nursing student at the university.", ETH)
    assert _has("Hello, I'm a Nigerian software developer who just moved to Ishøj.", ETH)
    assert not _has("I'm a software developer who just moved to Ishøj.", ETH)


def test_english_plural_demonyms() -> None:
    assert _has("As Pakistanis living in Ishøj we would like a prayer room at the school.",
                ETH)
    assert _has("We are Poles and would like our son to learn Danish faster.", ETH)
    assert _has("as Somalis in Denmark we often feel left out of the hearings", ETH)
    assert not _has("We are parents in Ishøj and would like more crossings.", ETH)


def test_from_abroad_is_no_origin() -> None:
    # CORPUS66: "a student from abroad" is not origin; "fra udlandet" names no country.
    assert not _has("Vi har fået en køber til lejligheden. Han er fra udlandet og spørger om "
                    "parkering.", ETH)
    assert not _has("Min nye kollega er fra udlandet, og hun vil gerne låne en cykel.", ETH)
    assert not _has("Naboen er fra udlandet og ved ikke, hvornår skraldet hentes.", ETH)
    # A country still counts.
    assert _has("Naboen er fra Irak og ved ikke, hvornår skraldet hentes.", ETH)


# --- ethnicity: general talk that is no one's origin -----------------------------------

def test_countries_in_the_plural_are_counted_groups() -> None:
    assert not _has("Beskæftigelsen blandt indvandrere fra ikke-vestlige lande steg til 60 %.",
                    ETH)
    assert not _has("Rapporten viser tal for kvinder fra ikke-vestlige lande i Ishøj.", ETH)
    assert not _has("Tallene for efterkommere fra ikke-vestlige lande kommer i juni.", ETH)
    assert not _has("Hvor mange elever fra vestlige lande går på skolen i år?", ETH)
    assert _has("Jeg kommer selv fra et ikke-vestligt land og kender problemet.", ETH)


def test_a_person_still_to_be_taken_on() -> None:
    assert not _has("Vi er et lille firma og vil gerne ansætte en flygtning i løntilskud.", ETH)
    assert not _has("Kan vi tage en flygtning i praktik på værkstedet til foråret?", ETH)
    assert not _has("Vi overvejer at modtage en flygtning i vores butik. Hvem kontakter vi?",
                    ETH)
    assert _has("Min nabo er flygtning og har brug for hjælp til et brev.", ETH)


def test_a_few_of_a_group_helped() -> None:
    assert not _has("Jeg er diakon og hjælper nogle polske håndværkere med deres skat.", ETH)
    assert not _has("Jeg er frivillig og hjælper nogle polske håndværkere med at finde bolig.",
                    ETH)
    assert not _has("Jeg er pensionist og rådgiver flere rumænske håndværkere om papirerne.",
                    ETH)
    assert _has("Vi er fire polske tømrere og vil starte eget firma.", ETH)


def test_a_language_course_named_by_its_learners() -> None:
    assert not _has("Jeg synes, I skal beholde dansk for udlændinge om aftenen.", ETH)
    assert not _has("Min nabo går til danskundervisning for indvandrere tre gange om ugen.",
                    ETH)
    assert not _has("Hvornår starter sprogskolen for udlændinge efter sommerferien?", ETH)


def test_called_a_racist_in_quotation_marks() -> None:
    assert not _has('En ansat kaldte mig "racist" foran de andre i køen.', ETH)
    assert not _has("Jeg blev kaldt for racist på borgermødet, fordi jeg sagde min mening.",
                    ETH)
    assert not _has("Han kaldte os for 'racister' da vi klagede over støjen.", ETH)


# --- union ------------------------------------------------------------------------------

def test_fh_unions_by_the_names_members_write() -> None:
    assert _has("Jeg er medlem af Murerforbundet og har mistet mit job.", UNION)
    assert _has("Min datter er med i Frisør- og Kosmetikerforbundet, og de hjælper hende.",
                UNION)
    assert _has("Jeg hører under BAT-kartellet, og de siger, jeg skal kontakte jer.", UNION)
    assert _has("Han er i Dansk Jernbaneforbund og arbejder på Ishøj Station.", UNION)


def test_union_youth_branch() -> None:
    assert _has("Jeg er med i Metal Ung og søger en læreplads.", UNION)
    assert _has("Min søn er aktiv i Metal Ung og vil gerne i lære som smed.", UNION)
    assert _has("Metal Ung hjalp mig med kontrakten, da jeg var i lære.", UNION)
    assert not _has("Vi spiller heavy metal ung og gammel i kælderen.", UNION)


def test_is_in_the_union() -> None:
    assert _has("jeg er i 3F og vi holder et medlemsmøde i marts. Kan vi låne salen?", UNION)
    assert _has("Jeg er i FOA, og FOA holder generalforsamling i april. Må vi bruge "
                "rådhussalen?", UNION)
    assert _has("hun er med i HK og vi arrangerer et medlemsmøde om pension", UNION)
    assert _has("Vi er begge i HK, og HK holder kursus om pension i juni. Må vi låne salen?",
                UNION)
    assert not _has("HK holder kursus om pension i juni. Må de låne salen?", UNION)


def test_union_second_after_a_longer_name() -> None:
    assert _has("Som medlem af Ishøj Lystfiskerforening og HK vil jeg spørge om søen.", UNION)
    assert _has("Som medlem af Danmarks Naturfredningsforening og FOA vil jeg spørge om "
                "stierne.", UNION)
    assert _has("Som medlem af Ishøj Roklub for Seniorer og FOA vil jeg høre om broen.",
                UNION)


# --- property_trade ------------------------------------------------------------------------

def test_purchase_on_a_condition_with_the_place_between() -> None:
    assert _has("Vi har købt et rækkehus ude i Vejleå betinget af en ny tilstandsrapport.",
                PROP)
    assert _has("Jeg har købt en grund ved Torslunde betinget af, at I giver byggetilladelse.",
                PROP)
    assert _has("vi har købt en grund i gamle ishøj landsby betinget af at i godkender det",
                PROP)


def test_offer_with_the_buyer_before_the_property() -> None:
    assert _has("Vi har fået et tilbud fra udvikleren på vores grund.", PROP)
    assert _has("Jeg fik et tilbud fra naboen på min grund i sidste uge.", PROP)
    assert _has("Vi har fået et tilbud fra en lokal landmand på vores jord.", PROP)


def test_english_buyers_in_a_trade_under_way() -> None:
    assert _has("We are interested buyers for the house at Strandvejen 4. Is the plot "
                "protected?", PROP)
    assert _has("The bank needs a letter from the municipality before we can sign the deed.",
                PROP)
    # Signing up for a place is no trade.
    assert not _has("Do we need a Danish address before we can sign up for daycare?", PROP)
    assert _has("We're interested buyers for a plot in Tranegilde.", PROP)


def test_municipality_addressed_as_you_selling() -> None:
    # CORPUS66: the municipality's own sale, with a critic and no private party.
    assert not _has("Jeg læste i avisen at I vil sælge grunden ved skolen. Det er en skam.",
                    PROP)
    assert not _has("Som nabo synes jeg ikke, at I skal sælge den gamle præstegård.", PROP)
    assert not _has("Er det rigtigt, at I overvejer at sælge erhvervsgrunden ved havnen? "
                    "Der yngler fugle.", PROP)
    # CORPUS68: a buyer pointed to keeps it.
    assert _has("I vil sælge grunden ved skolen til en køber, der er i forhandling med jer.",
                PROP)


def test_municipality_deal_with_an_unnamed_buyer() -> None:
    assert not _has("Jeg har hørt at kommunen har indgået en aftale med en køber om den gamle "
                    "skole. Vil det betyde noget for os?", PROP)
    assert not _has("Jeg har hørt at kommunen har lavet en aftale med en køber om Ishøj "
                    "Bycenter. Er det rigtigt?", PROP)
    assert not _has("Jeg har læst at kommunen har lavet en betinget aftale med en køber om "
                    "centret.", PROP)


def test_agent_with_unnamed_clients() -> None:
    assert not _has("Jeg er ejendomsmægler og har nogle kunder der vil sælge deres huse i "
                    "Vejleå. Er der nye planer?", PROP)
    assert not _has("Jeg er boligmægler og har flere klienter, der vil sælge deres "
                    "rækkehuse. Hvornår kommer lokalplanen?", PROP)
    assert not _has("Jeg er mægler og har to kunder der overvejer at sælge deres "
                    "sommerhuse. Må man bygge til?", PROP)
    # A client with an address is a person's trade.
    assert _has("Jeg er ejendomsmægler og har en kunde der vil sælge sit hus på Vejlebrovej "
                "31. Er der nye planer?", PROP)


def test_tenancy_taken_over_from_a_relative() -> None:
    assert not _has("Jeg har søgt om at overtage lejemålet efter min afdøde mor.", PROP)
    assert not _has("Kan min søn overtage lejemålet i Strandparken efter sin far?", PROP)
    assert not _has("Hun vil gerne overtage lejemålet efter hendes mand, som er flyttet på "
                    "plejehjem.", PROP)


def test_price_per_square_metre_ends_no_sentence() -> None:
    # "pr." before a unit is an abbreviation: the question about plots for sale stays one
    # sentence (README: a general question about when plots are sold).
    assert not _has("Hvornår kommer de næste grunde til salg, og hvad er prisen pr. m² ?",
                    PROP)
    assert not _has("Hvornår kommer der byggegrunde til salg og hvad koster de pr. "
                    "kvadratmeter?", PROP)
    assert not _has("Hvornår bliver de nye erhvervsgrunde sat til salg, og hvad er prisen pr. "
                    "m2?", PROP)
