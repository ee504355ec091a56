"""Round 12 (corpus17/18/21/22 classes), property_trade, ethnicity, sexual_orientation,
belief and union: partners.py (the writer named in the opening words, partners said in
more constructions), sexual_orientation.yaml v12, belief.yaml v14, property_trade.yaml
v15, ethnicity.yaml v13, union.yaml v9, engine.py (a subject just before a personal
hit, "X-medlem") and context/ (public property, estimates, groups, union bodies).
Sentences of our own, not the corpora's.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive.checks import check

ORI = "sexual_orientation"
ETH = "ethnicity"
P = "property_trade"
B = "belief"
U = "union"


# --- sexual orientation ------------------------------------------------------------


def test_writer_named_in_opening_words(detector: Detector) -> None:
    check(detector, "Hej, det er Anders her. Min mand og jeg vil gerne melde flytning til "
                    "Vejlebrovej.", ORI, True)
    check(detector, "Goddag, Karin Lund her, vi har et spørgsmål. Min kone Sofie og jeg "
                    "skal flytte.", ORI, True)
    check(detector, "Hej, det er Anna her. Min mand og jeg vil gerne melde flytning.",
          ORI, False)


def test_partner_pronoun_before_or_after_verb(detector: Detector) -> None:
    check(detector, "Hvis I mangler min partners navn, så hedder hun Louise Berg.\n\n"
                    "Mvh Camilla", ORI, True)
    check(detector, "Jeg fortalte om min kæreste, og at han hed Thomas.\n\nMvh Jens",
          ORI, True)
    check(detector, "Jeg fortalte om min kæreste, og at han hed Thomas.\n\nMvh Lene",
          ORI, False)


def test_partner_word_in_quotation_marks(detector: Detector) -> None:
    check(detector, 'Sagsbehandleren spurgte til min "samlever", og jeg sagde hun hedder '
                    "Ida.\n\nHilsen Maja", ORI, True)


def test_reflexive_partner_after_adjective_with_pronoun_owner(detector: Detector) -> None:
    check(detector, "Han er flyttet ind hos sin nye kæreste, Mikkel, i Vallensbæk.",
          ORI, True)
    check(detector, "Han er flyttet ind hos sin nye kæreste, Sara, i Vallensbæk.",
          ORI, False)


def test_someone_elses_partner_said_to_be_of_a_sex(detector: Detector) -> None:
    check(detector, "Min søn og hans kæreste, som også er en dreng, vil gerne med til "
                    "skolebal.", ORI, True)
    check(detector, "Min søn og hans kæreste, som er en pige, vil gerne med til skolebal.",
          ORI, False)


def test_named_person_married_to_same_sex(detector: Detector) -> None:
    check(detector, "På holdet har vi Jens, der er gift med en mand, og de spørger om "
                    "parkontingent.", ORI, True)
    check(detector, "På holdet har vi Jens, der er gift med en kvinde.", ORI, False)


def test_coming_out_and_bi_after_a_word(detector: Detector) -> None:
    check(detector, "Vores datter er sprunget ud som lesbisk, og hun bliver drillet.",
          ORI, True)
    check(detector, "Min nevø er kommet ud som bi og vil tale med en voksen.", ORI, True)
    check(detector, "Han kom ud som nummer tre i løbet.", ORI, False)
    check(detector, "I min have er der både hvepse og bier.", ORI, False)


def test_orientation_as_a_ground_in_general(detector: Detector) -> None:
    check(detector, "Ingen må forskelsbehandles på grund af seksuel orientering i "
                    "kommunens job.", ORI, False)
    check(detector, "Jeg blev chikaneret på grund af min seksuelle orientering.", ORI, True)


def test_orientation_plural_as_a_group(detector: Detector) -> None:
    check(detector, "Kunstig befrugtning af singler og lesbiske burde være gratis.",
          ORI, False)


# --- belief ------------------------------------------------------------------------


def test_baptism_and_confirmation_of_a_person(detector: Detector) -> None:
    check(detector, "Vores søn skal døbes i Torslunde Kirke i august.", B, True)
    check(detector, "Min datter skal konfirmeres næste forår, og vi mangler et lokale.",
          B, True)
    check(detector, "Hvornår er der dåb i Ishøj Kirke?", B, False)


def test_joining_or_leaving_the_church_in_present(detector: Detector) -> None:
    check(detector, "Jeg vil melde mig ind i folkekirken igen. Hvor gør jeg det?", B, True)
    check(detector, "Vi vil gerne melde vores søn ud af folkekirken.", B, True)


def test_vegan_for_ethical_reasons(detector: Detector) -> None:
    check(detector, "jeg er vegan af etiske grunde og vil ikke servere kød", B, True)


def test_party_role_with_local_branch_or_introduction(detector: Detector) -> None:
    check(detector, "Jeg er kasserer for Vallensbæk Venstre og skriver om parkering.",
          B, True)
    check(detector, "hej det er Mette fra Enhedslisten, vi mangler en stand på torvet",
          B, True)
    check(detector, "Du kender mig fra Radikale Venstre. Nu skriver jeg om en vej.", B, True)


def test_association_as_we_and_hostility_and_all_faiths(detector: Detector) -> None:
    check(detector, "Vi er Ishøj Somalisk Kulturforening og holder eid-fest i hallen. Hvad "
                    "koster det?", B, False)
    check(detector, "Byrådet bør tage afstand fra antisemitisme og islamofobi.", B, False)
    check(detector, "Skolen bør give plads til elever af alle trosretninger.", B, False)
    check(detector, "Vi er medlemmer af moskeens menighed og beder hver fredag.", B, True)


# --- property_trade ----------------------------------------------------------------


def test_bid_stages_with_other_verbs(detector: Detector) -> None:
    check(detector, "Vi har set et rækkehus og vil gerne give et bud i næste uge.", P, True)
    check(detector, "Firmaet har afgivet et betinget bud på erhvervsgrunden.", P, True)
    check(detector, "Jeg vil høre om taget er godkendt, inden jeg byder.", P, True)
    check(detector, "Jeg vil gerne byde på kommunens byggegrund ved havnen.", P, True)
    check(detector, "vores købere mangler en energiattest", P, True)


def test_estimate_is_no_bid(detector: Detector) -> None:
    check(detector, "Kan I give et bud på, hvornår vejen bliver asfalteret?", P, False)
    check(detector, "Vi vil gerne byde på kommunens udbud af rengøring.", P, False)


def test_parcel_and_piece_of_land(detector: Detector) -> None:
    check(detector, "Jeg vil gerne købe det smalle jordstykke bag min garage.", P, True)
    check(detector, "Vi har en aftale om at købe hjørneparcellen, men ikke underskrevet.",
          P, True)


def test_municipality_buys_neighbours_property(detector: Detector) -> None:
    check(detector, "Jeg har hørt, at kommunen vil købe naboens hus til en børnehave.",
          P, True)


def test_public_property_for_sale_and_general_question(detector: Detector) -> None:
    check(detector, "Hvornår kommer de næste kommunale byggegrunde til salg?", P, False)
    check(detector, "Hvilke regler gælder for lejere i en boligejendom, der skal sælges?",
          P, False)
    check(detector, "Vi har en lejlighed, der skal sælges. Hvad gør vi med lejeren?", P, True)


# --- ethnicity ---------------------------------------------------------------------


def test_jew_gives_ethnicity_as_well_as_belief(detector: Detector) -> None:
    check(detector, "Min svigermor er jøde og vil gerne have kosher mad på plejehjemmet.",
          ETH, True)
    check(detector, "Min svigermor er jøde og vil gerne have kosher mad på plejehjemmet.",
          B, True)
    check(detector, "Hun er ortodoks jødisk og ønsker kvindelige hjælpere.", ETH, True)
    check(detector, "Han spiser efter de jødiske spiseregler.", ETH, False)


def test_subject_named_by_apposition_or_dropped(detector: Detector) -> None:
    check(detector, "En af pigerne på holdet, Hodan, er fra Eritrea og mangler en cykel.",
          ETH, True)
    check(detector, "hej, er fra Kosovo og har boet her i 20 år. hvorfor spørger i altid",
          ETH, True)


def test_newcomers_and_sami(detector: Detector) -> None:
    check(detector, "Vi er nyankomne fra Syrien og kender ikke reglerne for daginstitution.",
          ETH, True)
    check(detector, "Jeg er samisk og vil gerne holde et oplæg på biblioteket.", ETH, True)


def test_groups_and_terms_are_no_ones_origin(detector: Detector) -> None:
    check(detector, "Kræver kommunen overenskomst, så polske håndværkere ikke bliver "
                    "snydt?", ETH, False)
    check(detector, "Vi er en forening der tilbyder lektiehjælp til flygtningebørn.",
          ETH, False)
    check(detector, 'Loven bruger begrebet "ikke-vestlig baggrund", og det er forkert.',
          ETH, False)
    check(detector, "Jeg ved, hvordan det er at være religiøs minoritet.", ETH, False)


# --- union -------------------------------------------------------------------------


def test_union_member_compound_in_question(detector: Detector) -> None:
    check(detector, "Som HK-medlem vil jeg gerne høre om jeres ledige stilling?", U, True)


def test_union_akasse_with_apostrophe(detector: Detector) -> None:
    check(detector, "jeg skiftede til 3F's a-kasse sidste år og er nu ledig", U, True)


def test_union_body_signs(detector: Detector) -> None:
    check(detector, "Kære udvalg\n\nVi anbefaler to medarbejdere ved forflytninger.\n\n"
                    "Venlig hilsen\nSekretariatet, FOA Køge", U, False)


def test_union_writes_for_named_member(detector: Detector) -> None:
    check(detector, "Vi er fra Dansk Socialrådgiverforening og skriver for vores medlem "
                    "Lise Holm, der er blevet truet.", U, True)
