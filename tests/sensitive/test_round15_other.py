"""Round 15 (by field, corpus33-35 classes): sexual orientation, belief, ethnicity and
union.  partners.py, engine.py, context/ and the lexicons (2026-11-24).

Every test checks the DEFAULT detector (the ``detector`` fixture: rules plus the veto,
which only acts on health and economy_social).  Sentences are our own; each field
lists members that are in no corpus, so the test shows the enumeration, not a mail.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks

E = "ethnicity"
ORI = "sexual_orientation"
B = "belief"
U = "union"


# --- sexual orientation: partners.py ----------------------------------------------------

def test_a_relatives_same_sex_spouse_by_the_genitive(detector: Detector) -> None:
    """The kin genitive and a spouse of the kin's sex (about 60 kin genitives)."""
    checks.check_class(
        detector, ORI,
        ["Det er mig, der henter Alma i dag. Jeg er hendes mors kone.",
         "Min brors mand kommer også til mødet på fredag.",
         "Vi bor hos min morfars mand, mens huset bliver renoveret.",
         "Sønnens ægtemand står som kontaktperson, da han er hans søns mand."],
        ["Min mors mand kommer og henter Alma i dag.",
         "Min fars kone er syg og kan ikke komme.",
         "Hendes brors kone står som kontaktperson."],
    )


def test_a_pair_of_one_sex_said_with_begge_or_as_parents(detector: Detector) -> None:
    """"begge"/"begge to" before a sex plural, and "to mødre/fædre" (8 plurals)."""
    checks.check_class(
        detector, ORI,
        ["Min kæreste Sofie og jeg (begge kvinder) søger en større lejlighed.",
         "Vi er begge to mænd og vil gerne giftes på rådhuset.",
         "Vi er to mødre, og vores søn starter i børnehave i august.",
         "Hej, vi er to fædre til en pige på tre år og søger dagpleje."],
        ["Vi er begge to fra Ishøj og søger en større lejlighed.",
         "Min søn og jeg (begge glade for skolen) vil gerne takke lærerne.",
         "Vores to sønner er begge drenge på under ti år."],
    )


def test_the_writers_sex_from_longer_self_descriptions(detector: Detector) -> None:
    """"jeg er en grønlandsk kvinde", "jeg er far til ... og er gift med en mand", a
    name written with the old "aa", a CPR number after the signed name."""
    checks.check_class(
        detector, ORI,
        ["Jeg er en færøsk kvinde og min kone og jeg søger om vielse i juni.",
         "Jeg er mor til to piger i 4. klasse og er gift med en kvinde.",
         "Min mand Peter og jeg har været sammen i 30 år.\n\nVenlig hilsen\nAage Lund",
         "Min afdøde kone Hanne ville have ønsket det sådan. Mvh Lise Holm, cpr 120456\u00a01234"],
        ["Jeg er en færøsk kvinde og min mand og jeg søger om vielse i juni.",
         "Jeg er mor til to piger i 4. klasse og er gift med en mand.",
         "Min kone Inger og jeg har været sammen i 30 år.\n\nVenlig hilsen\nAage Lund"],
    )


# --- belief: belief.yaml v17, context/belief_ethnicity_orientation.py --------------------

def test_faith_through_practice_dress_fasting_and_rites(detector: Detector) -> None:
    """Worship in the infinitive, keeping a fast, religious dress and objects, rites."""
    checks.check_class(
        detector, B,
        ["Min søn vil ikke længere gå i synagogen med sin far.",
         "Min mor overholder ramadanen i år, selv om hun er 80.",
         "Min datter går med jilbab, og det har hun fået kommentarer for.",
         "Min far har altid sin rosenkrans med på plejehjemmet.",
         "Vores søn skal til firmelse i den katolske kirke i maj.",
         "Jeg plejer at bede i moskeen om fredagen, så jeg går tidligt."],
        ["Hvornår holder moskeen åbent i ramadanen?",
         "Jeg skal faste før operationen på torsdag.",
         "Butikken sælger tørklæder og huer."],
    )


def test_prayer_said_with_beder_only_without_a_request(detector: Detector) -> None:
    """"jeg beder" counts as prayer only where nothing is asked after it."""
    checks.check_class(
        detector, B,
        ["Min far beder fem gange om dagen og har brug for ro.",
         "Jeg beder altid, før jeg spiser.",
         "Hun beder til Gud hver aften."],
        ["Jeg beder om aktindsigt i sagen.",
         "Vi beder jer venligst svare inden fredag.",
         "Jeg beder altid om en kvittering."],
    )


def test_party_membership_through_its_forms(detector: Detector) -> None:
    """A fee to a party, its local association and meetings, "vi i <parti>"."""
    checks.check_class(
        detector, B,
        ["Jeg har betalt kontingent til Enhedslisten i tre år.",
         "Vi i Moderaterne vil gerne invitere byrådet til et møde.",
         "I Alternativet mener vi, at stien skal bevares.",
         "Jeg er medlem og kommer til vælgerforeningens opstillingsmøde i marts."],
        ["Kontingentet til fodboldklubben er steget igen.",
         "Hvornår holder partierne opstillingsmøde?",
         "Venstre mener, at stien skal bevares."],
    )


def test_a_faith_group_of_the_writers_own(detector: Detector) -> None:
    """"vi er en <tro> gruppe": a group of people names its members' faith."""
    checks.check_class(
        detector, B,
        ["Vi er en hinduistisk studiegruppe på otte og vil gerne låne et lokale.",
         "Jeg er med i et katolsk kor og vil gerne leje salen."],
        ["Der er en buddhistisk meditationsgruppe på biblioteket hver onsdag.",
         "Vi er en kristen menighed der gerne vil leje salen."],
    )


def test_faith_in_english_mail(detector: Detector) -> None:
    """English faith said by a person (about 60 faith words and practices)."""
    checks.check_class(
        detector, B,
        ["Hello, I am a practising Sikh and need a locker for my kirpan.",
         "We are Orthodox and our daughter's baptism is next week.",
         "My husband is Jewish and my son's bar mitzvah is in June.",
         "Our mosque has asked me to help; I go to Friday prayers every week."],
        ["Hello, when is the church open on Sundays?",
         "The Catholic school next door has a parking problem."],
    )


# --- ethnicity: ethnicity.yaml v16 ------------------------------------------------------

def test_origin_with_an_age_or_a_person_noun_between(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Min far er 79, fra Chile og bor alene.",
         "Hun er en ung enlig mor fra Eritrea og har tre børn.",
         "Jeg er en pensioneret lærer fra Bosnien."],
        ["Min far er 79 og bor alene i Ishøj.",
         "Hun er en ung enlig mor og har tre børn."],
    )


def test_fleeing_asylum_and_skin_colour(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Mine forældre flygtede hertil i 1995 og taler stadig dårligt dansk.",
         "Han kom som kvoteflygtning og har ingen familie her.",
         "Min datter Amina er mørkhudet, og nogle børn driller hende.",
         "I came to Denmark from Burundi and now I was granted asylum.",
         "We are asylum seekers from Myanmar and need a school for our son."],
        ["Min datter Amina er syg i dag.",
         "Kommunen tager imod flygtninge i år.",
         "I came to Denmark from work in Malmö this morning."],
    )


# --- union: union.yaml v11, context/union.py ---------------------------------------------

def test_union_by_a_kasse_hos_and_by_its_english_name(detector: Detector) -> None:
    checks.check_class(
        detector, U,
        ["Min a-kasse hos Krifa siger, at jeg skal søge flere job.",
         "Jeg er medlem af Kommunikation og Sprog og vil høre om løn.",
         "Hello, I am a member of the Danish Union of Teachers and work at the school.",
         "My shop steward says the council must answer."],
        ["Jeg læser kommunikation og sprog på universitetet.",
         "Hello, does the council work with unions on this?"],
    )


def test_an_office_in_a_union_branch_is_membership(detector: Detector) -> None:
    checks.check_class(
        detector, U,
        ["Jeg er næstformand i FOA's lokale seniorklub og vil gerne invitere til møde.",
         "Min mor sidder i bestyrelsen for HK's afdeling og inviterer til debat."],
        ["FOA's lokale seniorklub inviterer til møde i salen."],
    )


# --- later fields (corpus26-32 misses read after corpus33-35) ----------------------------

def test_a_reflexive_spouse_of_the_subjects_sex(detector: Detector) -> None:
    """"sin kone/hustru/ekskone" after "hun", "sin mand/ægtemand/eksmand" after "han"
    (7 spouse words); "hver sin mand" is one man each."""
    checks.check_class(
        detector, ORI,
        ["Min nabo Bodil er flyttet, fordi hun er gået fra sin hustru.",
         "Han har passet sin syge ægtemand i to år og har brug for aflastning."],
        ["Hun er flyttet fra sin mand og har brug for en bolig.",
         "Pigerne fik hver sin mand at dække i kampen."],
    )


def test_a_partner_named_after_how_long(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        # "samlever" has no sex of its own: only the name read past the time span
        # decides, against the writer's signature.
        ["Min samlever gennem mange år, Torben, er død.\n\nVenlig hilsen\nKlaus Berg",
         "Min samlever i 40 år, Svend, er syg.\n\nMvh\nKlaus Berg"],
        ["Min samlever gennem mange år, Birthe, er død.\n\nVenlig hilsen\nKlaus Berg"],
    )


def test_a_named_partner_and_the_writer_parted(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        ["Mikkel og jeg er blevet skilt, og jeg flytter.\n\nMvh\nAnders Holm"],
        ["Mette og jeg er blevet skilt, og jeg flytter.\n\nMvh\nAnders Holm"],
    )


def test_faith_of_a_family_and_of_one_among_others(detector: Detector) -> None:
    """A family or a relative as the subject of a faith plural; "han og andre
    muslimer"; faith communities not named before (about 20)."""
    checks.check_class(
        detector, B,
        ["Mine forældre er begge katolikker og vil have en præst til begravelsen.",
         "Hun og andre kristne fra opgangen mødes hver søndag.",
         "Min svigerfamilie er druser, og det betyder noget for brylluppet.",
         "Min datter er blevet rastafari og vil ikke klippe håret."],
        ["Kommunen har borgere af alle trosretninger og andre kristne kirker.",
         "Vi har fået mange henvendelser fra forskellige muslimer i byen."],
    )


def test_persecuted_for_a_conviction_and_a_grave_towards_mecca(detector: Detector) -> None:
    checks.check_class(
        detector, B,
        ["Min onkel blev fængslet for at kritisere styret i Iran.",
         "Min bror er samvittighedsfange i Hviderusland.",
         "Vi ønsker at min bedstefar bliver begravet vendt mod Mekka."],
        ["Moskeen i byen er bygget vendt mod Mekka.",
         # The corpora's convention: a political refugee is origin, not belief.
         "Min mor kom hertil som politisk flygtning.",
         "Avisen skriver, at ministeren blev kritiseret for sine udtalelser."],
    )


# --- property_trade: property_trade.yaml v18 ---------------------------------------------

P = "property_trade"


def test_a_part_of_a_plot_a_price_between_and_a_place_before_for_sale(
    detector: Detector,
) -> None:
    """A strip or a piece of a plot traded (24 words), an offer with a long price
    before "for vores jordstykke", a property with its place before "er til salg"."""
    checks.check_class(
        detector, P,
        ["Naboen vil gerne købe en smal strimmel af vores grund til sin carport.",
         # A price with dots ("2,4 mio. kr.") is not read yet: a ``*`` word holds none.
         "Vi har fået et tilbud på to millioner kroner for vores jordstykke ved skoven.",
         "Kolonihavehuset i Strandhaverne nr. 12 er til salg, og vi har en køber."],
        ["Naboen har plantet en smal strimmel af roser langs vores grund.",
         "Hvad koster det at leje et lokale til 40 personer?"],
    )


def test_a_trade_under_way_in_english(detector: Detector) -> None:
    checks.check_class(
        detector, P,
        ["We signed a purchase agreement for a townhouse in Ishøj last week.",
         "The seller accepted our offer, and we are in the cooling-off period now."],
        ["We rent a flat in Ishøj and would like to know when the library opens."],
    )
