"""Round 13 (corpus23/24/25 classes): sexual orientation, property trade, ethnicity,
belief, union and CPR.  partners.py, context/, engine.py and the lexicons
sexual_orientation.yaml v13, property_trade.yaml v16, ethnicity.yaml v14, union.yaml
v10 (2026-11-23).
Sentences of our own: each positive is a wording that was missed before this round,
each negative one that was raised before it.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks

ORI = "sexual_orientation"
P = "property_trade"
E = "ethnicity"
U = "union"


# --- sexual orientation: partners.py ----------------------------------------------------

def test_partner_and_writer_named_in_lower_case(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        ["hej min kæreste rasmus og jeg vil gerne leje en lejlighed sammen. jeg hedder "
         "frederik",
         "min kone louise og jeg (sofie) vil gerne melde os til dagplejen",
         "jeg hedder oliver og min kæreste hedder også oliver haha, kan vi bo sammen i en "
         "ungdomsbolig?"],
        # A lower-case word after the partner word that is no name, or a woman's
        # partner who is a man.
        ["hej min kæreste rasmus og jeg vil gerne leje en lejlighed sammen. jeg hedder "
         "sofie",
         "min kæreste hans søster og jeg skal flytte. jeg hedder frederik"],
    )


def test_name_after_the_last_sentence(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        ["Min mand Jesper og jeg skal giftes i juni og vil gerne bruge rådhussalen. Kan "
         "man booke den? Niels",
         "min kone Hanne og jeg har fået en datter, hvordan får hun en plads i vuggestuen? "
         "- Lotte"],
        ["Min mand Jesper og jeg skal giftes i juni og vil gerne bruge rådhussalen. Kan "
         "man booke den? Louise"],
    )


def test_english_self_introduction(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        ["Hello, my husband Paul and I (I'm Steven) are moving to Ishøj in May. Where do "
         "we register?"],
        ["Hello, my husband Paul and I (I'm Karen) are moving to Ishøj in May. Where do "
         "we register?"],
    )


def test_married_after_another_predicate(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        ["Jeg er kvinde og gift med Louise, og vi søger om en større bolig.",
         "Jeg hedder Mikkel og er gift med Anders. Vi vil gerne være aflastningsfamilie."],
        ["Jeg er kvinde og gift med Anders, og vi søger om en større bolig.",
         "Jeg hedder Mikkel og er gift med Louise. Vi vil gerne være aflastningsfamilie."],
    )


def test_relationship_said_with_forhold(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        ["Jeg er en fyr på 20 og har været i et forhold med en fyr i et år. Kan vi få en "
         "ungdomsbolig sammen?"],
        ["Jeg er en fyr på 20 og har været i et forhold med en pige i et år. Kan vi få en "
         "ungdomsbolig sammen?"],
    )


def test_partner_same_sex_as_me_and_generic_pair(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        ["Min kæreste (hun er kvinde ligesom mig) og jeg vil gerne skrive os sammen.",
         "kan man blive viet på rådhuset når man er to kvinder? min kæreste og jeg vil "
         "gerne giftes"],
        ["Min veninde (hun er kvinde ligesom mig) og jeg vil gerne på højskole sammen.",
         "Hvor mange må man være på holdet, når man er to kvinder?"],
    )


def test_forwarded_message_has_its_own_writer(detector: Detector) -> None:
    forwarded = (
        "Til rette afdeling\n\nJeg sender denne videre.\n\nVenlig hilsen\nKirsten Holm\n"
        "Borgerrådgiver\n\n---------- Videresendt meddelelse ---------\nFra: Ole "
        "<ole@example.dk>\n\nHej Kirsten\nMin mand Bjarne har fået en blodprop og kan "
        "ikke gå på trapper. Hvem kan hjælpe os?\n{sig}"
    )
    checks.check_class(detector, ORI, [forwarded.format(sig="Ole")],
                       [forwarded.format(sig="Birgit")])


def test_orientation_words_after_age_and_digit_parents(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        ["hej jeg er 16 og pan og tør ikke sige det til min mor",
         "Vi er 2 mødre med en søn på tre og vil gerne i kontakt med andre familier."],
        ["Jeg er 16 og går i 9. klasse."],
    )


def test_orientation_as_a_topic_or_a_group(detector: Detector) -> None:
    checks.check_class(
        detector, ORI,
        ["Jeg er selv homoseksuel og vil gerne i kontakt med andre."],
        ["Jeg så en dokumentar på DR2 om homoseksuelle fodboldspillere. Kan biblioteket "
         "skaffe bogen?",
         "Der er en podcast fra Radio4 om lesbiske mødre, som jeg kan anbefale skolen.",
         "Personalepolitikken skal beskytte mod chikane uanset alder, køn og seksualitet.",
         "Vi er en frivillig klub for unge homoseksuelle og søger et lokale.",
         "er der en queer gruppe på biblioteket?"],
    )


# --- property trade -------------------------------------------------------------------

def test_property_trade_constructions(detector: Detector) -> None:
    checks.check_class(
        detector, P,
        ["Jeg har et sommerhus ved Rørvig som jeg vil sælge. Skal kommunen godkende noget?",
         "Vi skal til at handle et rækkehus i Ishøj Landsby og vil vide hvad skatten er.",
         "Sælgeren af villaen vil have pengene kontant, er det lovligt?",
         "We want to sell our rækkehus before we move to Aarhus.",
         "Vi har skrevet under på en hensigtserklæring om køb af grunden ved siden af."],
        ["Hvornår kommer der byggegrunde til salg i det nye kvarter?",
         "Har kommuner forkøbsret på landbrugsejendomme?"],
    )


# --- ethnicity ------------------------------------------------------------------------

def test_ethnicity_constructions(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Min datter er halv tyrkisk og får ofte spørgsmål om det i skolen.",
         "Min farfar er roma, og han vil gerne bo tæt på familien.",
         "Jeg er 70 år og tysk født, og jeg har svært ved at forstå brevene.",
         "I'm adopted from Colombia and would like to see my papers.",
         "Jeg taler arabisk med min mormor, men dansk i skolen.",
         "Vi er yazidier fra Irak og vil gerne have en tolk."],
        ["Omkring 30 % af eleverne på skolen har anden etnisk baggrund end dansk.",
         "Filmen som foregår i en somalisk familie i Aarhus burde vises i biblioteket.",
         "Vi er et advokatfirma med speciale i udlændingeret.",
         "Vi vil lave en udstilling i rådhushallen om de vietnamesiske bådflygtninge.",
         "Hvad gør skolen mod racisme i frikvartererne?"],
    )


# --- union ----------------------------------------------------------------------------

def test_union_as_organisation_writing_or_acting(detector: Detector) -> None:
    checks.check_class(
        detector, U,
        ["Jeg er medlem af 3F og vil gerne klage over min vagtplan.",
         "Vi er nogle ansatte fra forskellige forbund og vil gerne tale om arbejdsmiljøet.",
         "Som medlem af Venstre og af FOA's bestyrelse vil jeg rejse sagen."],
        ["3F ønsker et møde om den nye aftale for rengøringen.\n\nMed venlig hilsen\n"
         "3F Vestegnen, Afd. Ishøj",
         "Jeg er ikke medlem af nogen fagforening, men jeg har set at Krifa tilbyder "
         "gratis rådgivning.",
         "HK har lige lavet en ny undersøgelse af lønnen i kommunerne.",
         "Kommunen har indgået en overenskomst med FOA om sommerferien.",
         "Hvor holder FOA, BUPL og 3F deres møder under messen?",
         "Vores grundejerforening vil gerne låne fagforeningens lokaler til et møde."],
    )


# --- CPR ------------------------------------------------------------------------------

def test_number_called_another_kind_later(detector: Detector) -> None:
    checks.check_class(
        detector, "cpr",
        ["Mit CPR-nummer er 1507921234, og jeg har mistet mit sundhedskort.",
         "Der står 1507921234 på brevet, det er mit personnummer."],
        ["Der står 1507921234 på kortet, det er bare mit kundenummer hos banken."],
    )


# --- general statements (person.general_statement) -------------------------------------

def test_general_statement_counts_plural_subjects_and_signatures(detector: Detector) -> None:
    checks.check_class(
        detector, "health",
        ["Min søn er udredt for ADHD.",
         "Jeg går til psykolog hver uge.\n\nMvh\nPeter Holm"],
        ["Hvor mange børn i kommunen er udredt for ADHD i år?",
         "Tak for mødet i går.\n\nMvh\nPeter Holm, psykolog"],
    )
    checks.check_class(
        detector, "economy_social",
        ["Min søn begår ofte kriminalitet."],
        ["Løsladte fanger begår ofte ny kriminalitet, og det bør kommunen tage sig af."],
    )


# --- belief ---------------------------------------------------------------------------

B = "belief"


def test_belief_constructions(detector: Detector) -> None:
    checks.check_class(
        detector, B,
        ["Jeg er trådt ud af folkekirken og vil vide hvor min far kan begraves.",
         "Du kender mig fra Enhedslistens sommermøde. Kan du hjælpe med en sag om vejen?",
         "jeg er både i 3F og i Enhedslisten og vil gerne invitere til et møde",
         "Dear mayor, I voted for you last year, and I am disappointed now.",
         "I'm a member of the Social Democrats and want to propose a new bench.",
         "Jeg er præst i Den Katolske Kirke og vil gerne låne et lokale."],
        ["Jeg er ikke buddhist, men vil gerne se templet ved åbent hus.",
         "Jeg har ingen partibog, men jeg synes stien skal blive.",
         "Har I en plan for tryghed for minoriteter?\n\nVenlig hilsen Det Buddhistiske "
         "Forbund",
         "Tager skolerne hensyn til elever der faster under ramadanen?",
         "Jeg synes politikerne skal stemme ja til en moské ved stationen, for "
         "religionsfrihed er for alle."],
    )
