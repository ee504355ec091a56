"""Round 14 (corpus26-32 classes): CPR, property trade, ethnicity, sexual orientation,
belief and union.  engine.py, context/, partners.py and the lexicons (2026-11-23).
Sentences of our own: each positive is a wording that was missed before this round,
each negative one that was raised before it.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks

CPR = "cpr"
P = "property_trade"
E = "ethnicity"
ORI = "sexual_orientation"
B = "belief"
U = "union"


# --- CPR: engine.py ---------------------------------------------------------------------

def test_numbers_given_as_examples_are_no_cpr(detector: Detector) -> None:
    checks.check_class(
        detector, CPR,
        # A CPR word before the example still makes it one.
        ["Skriv cpr-nummeret sådan, f.eks. 030524-1015, tak.",
         "Min far, 030531-1015, har brug for hjælp."],
        ["Mine breve fra jer bærer et tal i hjørnet, fx 030524-1015, hvad betyder det?",
         'Pakkerne har et nummer på siden, f.eks. "170324 0845" og "220424 1130".'],
    )


def test_a_letter_with_a_number_is_named_by_it(detector: Detector) -> None:
    checks.check_class(
        detector, CPR,
        ["Jeg fik et brev om min mor med hendes cpr 041134 1120."],
        ["Vi modtog en skrivelse med nr. 120324-0931 i toppen. Hvad drejer den sig om?",
         "Jeg fik brevet med nummer 041124 1120 forleden."],
    )


def test_a_label_word_cut_by_the_window_is_read_whole(detector: Detector) -> None:
    # The 40-character window began inside "købsaftalen": "aftalen", a label, took the
    # CPR number from a person.
    checks.check_class(
        detector, CPR,
        ["Vi vil nu gerne skrive under på købsaftalen. Køberne: Annemette Bechsgaard "
         "(1704873121) og hendes bror."],
        [],
    )


# --- belief: belief.yaml v16 --------------------------------------------------------------

def test_religious_office_and_own_clergy(detector: Detector) -> None:
    checks.check_class(
        detector, B,
        ["Jeg er sognepræst her i byen og vil gerne låne salen.",
         "Min far er imam og kommer gerne til mødet.",
         "Må jeg have min præst med til samtalen på torsdag?"],
        ["Hvornår holder præsten gudstjeneste juleaften?"],
    )


def test_party_membership_said_with_ny_or_med_i(detector: Detector) -> None:
    checks.check_class(
        detector, B,
        ["hej, jeg er ny i Alternativet og vil gerne hjælpe med plakater",
         "Jeg er med i Venstre og vil gerne stille et spørgsmål.",
         "Min mand sidder i Socialdemokratiets lokalafdeling her i byen."],
        [],
    )


def test_quakers(detector: Detector) -> None:
    checks.check_class(
        detector, B,
        ["We are Quakers and would like to hold a silent meeting in the park.",
         "Jeg er kvæker og vil gerne booke et lokale."],
        [],
    )


# --- ethnicity: ethnicity.yaml v15 --------------------------------------------------------

def test_mother_tongue_displaced_and_family_name(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Jeg har arabisk som modersmål og vil gerne være tolk i klubben.",
         "Min svigerinde kom hertil som fordreven fra Ukraine sidste år.",
         "Jeg vil gerne tage mit kurdiske familienavn tilbage.",
         "Vi er en roma-familie og søger en større bolig.",
         "I klassen er min søn den eneste brune, og han bliver drillet. Han er den eneste "
         "brune på holdet."],
        [],
    )


# --- sexual orientation: sexual_orientation.yaml v14, partners.py ---------------------------

def test_orientation_with_selv_and_two_mothers(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        ["tak for indlægget, jeg er selv bi og blev glad",
         "Vi, Sara og Ida, er begge mødre til Alma."],
        [],
    )


def test_someone_of_a_sex_with_a_wife_or_a_new_husband(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        ["Min datter har fået en ny kone, og de vil flytte til Fyn med barnebarnet.",
         "Nu har min eksmand fået en ny mand, og drengen skal bo hos dem hver anden uge."],
        ["Min søn har fået en ny kone, og de flytter til Fyn.",
         "Hun har fået en ny mand og bor nu i Greve."],
    )


def test_writer_in_a_relationship_with_a_woman(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        ["Jeg lever i et fast forhold med en kvinde, som bor hos mig.\n\nMvh\nBirthe Holm"],
        ["Jeg lever i et fast forhold med en kvinde, som bor hos mig.\n\nMvh\nTorben Holm"],
    )


# --- property trade: property_trade.yaml v17 ------------------------------------------------

def test_pending_trades_said_otherwise(detector: Detector) -> None:
    checks.check_class(
        detector, P,
        ["Jeg vil sælge sommerhus i Jylland og skal vide om vejen bliver asfalteret.",
         "Vi har lagt et bud ind på en ejerlejlighed på Strandvej.",
         "Vi har købt rækkehus, men vi er stadig inden for fortrydelsesfristen.",
         "Min nabo og jeg vil lave et mageskifte af et hjørne af haven.",
         "Jeg har fået reserveret en byggegrund i det nye område."],
        ["Jeg sælger Hus Forbi foran Netto."],
    )


# --- union: context/ ---------------------------------------------------------------------

def test_union_staff_writing_for_no_member(detector: Detector) -> None:
    checks.check_class(
        detector, U,
        # Writing for a member is the member's union.
        ["Vores medlem Jens er blevet fyret uden varsel.\n\nHilsen\nKaren Lund, faglig "
         "sekretær, 3F Vestegnen"],
        ["Jeg er ansat i FOA og skal holde et oplæg for jeres ledere.\n\nVenlig hilsen\n"
         "Lisbeth Kjær, konsulent, FOA"],
    )


def test_trust_representatives_as_a_group(detector: Detector) -> None:
    checks.check_class(
        detector, U,
        ["Vi er fire tillidsrepræsentanter fra rengøringen og vil klage.",
         "Hilsen Bo Dam\nFormand for tillidsrepræsentanterne i FOA"],
        ["Vi planlægger et seminar for alle tillidsrepræsentanter i forvaltningen.",
         "Lederen holder faste møder med tillidsrepræsentanterne hver måned."],
    )


def test_worship_with_var_or_an_adverb_and_pilgrimage(detector: Detector) -> None:
    checks.check_class(
        detector, B,
        ["Jeg var til gudstjeneste i søndags og kunne ikke komme til mødet.",
         "Min far går hver fredag i moskeen, så han kan ikke komme kl. 13.",
         "Jeg har brug for et roligt rum, hvor jeg kan bede fem gange om dagen.",
         "Vi var af sted på pilgrimsrejse i tre uger og vil ikke betale for pladsen.",
         "Min mor har været med i Indre Mission i mange år."],
        [],
    )


def test_origin_in_a_relative_clause_and_going_back(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Jeg hjælper min nabo, der er fra Somalia, med at læse brevene.",
         "Hans far er rejst tilbage til Irak, og moren er alene med børnene.",
         "Vi flytter hjem til Pakistan til sommer og vil opsige pladsen."],
        [],
    )


def test_registered_partner_and_a_pair_in_other_words(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        ["Jeg er registreret partner til Henrik og vil gerne flytte ind hos ham.",
         "Vi er et par, to kvinder, og vil gerne melde os til forældrekurset.",
         "Min kæreste og jeg (to piger på 18) vil gerne bo sammen. Skal vi søge som par?",
         "jeg er selv queer og pan, og vil gerne lave en fest"],
        ["Vi er et hold, to kvinder og en mand, der vil låne en sal."],
    )


def test_sale_on_the_buyers_condition_and_a_plot(detector: Detector) -> None:
    checks.check_class(
        detector, P,
        ["Vi har solgt huset i Torslunde betinget af køberens finansiering.",
         "Jeg vil gerne købe den smalle jordlod ved siden af min grund."],
        [],
    )


def test_the_addressed_politicians_party(detector: Detector) -> None:
    checks.check_class(
        detector, B,
        ["Jeg er selv socialdemokrat og undrer mig over lukningen."],
        ["Kære Mads\n\nDu er jo konservativ, så du må da være imod skatten?",
         "Kære Lone\n\nJeg ved godt, du er valgt for Enhedslisten, men hvorfor stemte du nej?"],
    )
