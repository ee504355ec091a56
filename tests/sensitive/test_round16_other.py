"""Round 16 (by field, corpus36-38 classes): sexual orientation and belief.
partners.py, engine.py, context/belief_ethnicity_orientation.py and the lexicons
(2026-11-24).

Every test checks the DEFAULT detector (the ``detector`` fixture: rules plus the veto,
which only acts on health and economy_social).  Sentences are our own; each field
lists members that are in no corpus, so the test shows the enumeration, not a mail.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks

ORI = "sexual_orientation"
B = "belief"


# --- sexual orientation -----------------------------------------------------------------

def test_one_childs_plural_parents_of_one_sex(detector: Detector) -> None:
    """"fædre"/"mødre" owned by one child (15 owners), counted parent words, and a named
    child's parents ("vi er Idas mødre"); "vores fædre" (forefathers) is not."""
    checks.check_class(
        detector, ORI,
        ["Mine mødre siger, at jeg må spørge om et buskort. Hilsen Asta, 12 år",
         "Hendes fædre henter hende altid om torsdagen.",
         "Pigens to mødre har begge underskrevet blanketten.",
         "Vi er Idas mødre og vil gerne melde hende til svømning.",
         "Han har mor og mor, så skemaet passer ikke."],
        ["Vores fædre byggede kirken i 1100-tallet.",
         "Vi er Idas forældre og vil gerne melde hende til svømning.",
         "Deres fædre kom hertil som gæstearbejdere."],
    )


def test_the_writer_and_a_named_partner_in_other_word_orders(detector: Detector) -> None:
    """The verb first, a wedding later or earlier in the sentence, "giftet mig med",
    "fundet/flyttet sammen med" (6 forms); the partner's sex must be the writer's."""
    checks.check_class(
        detector, ORI,
        ["Til sommer har Torben og jeg været gift i 25 år. Mvh Poul",
         "Nu er Carsten og jeg blevet skilt, hvad gør vi med huset? Hilsen Allan",
         "Kasper og jeg vil gerne låne salen, for vi skal giftes i maj. Hilsen Mads",
         "Vi blev viet i går på rådhuset, Jonna og jeg, og mangler papirerne. Mvh Birthe",
         "Jeg er flyttet sammen med Henrik og skal have ny adresse. Hilsen Ole"],
        ["Til sommer har Torben og jeg været gift i 25 år. Mvh Lone",
         "Jeg er flyttet sammen med Henrik og skal have ny adresse. Hilsen Susanne"],
    )


def test_the_writer_as_someones_spouse_and_a_bridal_pair(detector: Detector) -> None:
    """"jeg er {Name}s kone/mand/enke" and "Brudeparret: A og B" of one sex."""
    checks.check_class(
        detector, ORI,
        ["Jeg er Birgittes kone og skriver for hende, da hun er syg.",
         "Jeg er Eriks enkemand og har spørgsmål om gravstedet.",
         "Brudeparret: Niels Holm og Jesper Dahl ønsker vielse i juni."],
        ["Jeg er Birgittes mand og skriver for hende, da hun er syg.",
         "Brudeparret: Niels Holm og Mette Dahl ønsker vielse i juni."],
    )


def test_a_signature_with_a_double_first_name_or_a_surname_after_the_text(
        detector: Detector) -> None:
    """The writer's sex from "Knud-Erik Berg" or "Ib Lund" ending a one-line mail."""
    checks.check_class(
        detector, ORI,
        ["Min mand Frede og jeg kommer begge til mødet. Det glæder vi os til. Knud-Erik Berg",
         "Min mand Frede og jeg kommer til mødet, tak. Ib Lund"],
        ["Min mand Frede og jeg kommer til mødet, tak. Anne-Grethe Lund"],
    )


def test_two_of_one_sex_are_a_couple_only_where_a_couple_is_said(detector: Detector) -> None:
    """"vi er to piger/drenge/mænd" without any word of a shared life is two people."""
    checks.check_class(
        detector, ORI,
        ["Vi er to mænd og vil gerne adoptere et barn. Hilsen Ole",
         "Vi er to kvinder og har boet sammen i ti år."],
        ["Vi er to drenge på 13 der vil starte et skakhold. Hilsen Emil",
         "Vi er to piger fra 7.b, der vil sælge lodder til skolefesten."],
    )


# --- belief ---------------------------------------------------------------------------

def test_work_for_a_party(detector: Detector) -> None:
    """Volunteering, canvassing, signatures, leaflets, posters, being elected for a
    party (about 70 forms); thanking a councillor for a party's work is not."""
    checks.check_class(
        detector, B,
        ["Jeg var partisoldat for Enhedslisten ved sidste valg og har et spørgsmål.",
         "I lørdags gik jeg dør til dør for Radikale Venstre i Vejleå.",
         "Jeg hængte valgplakater op for Moderaterne, og nu er en væk.",
         "Jeg delte løbesedler ud for Alternativet ved stationen.",
         "Jeg har siddet for Konservative i kommunalbestyrelsen i tolv år.",
         "Jeg er kasserer for vores lokale SF-afdeling.",
         "Jeg er frivillig for Kristeligt Folkeparti."],
        ["Tak for din kampagne for Venstre, Birgit.",
         "Er det godt for Venstre, at planen bliver vedtaget?"],
    )


def test_leaving_the_church_with_udmeldt(detector: Detector) -> None:
    """"(har) udmeldt os/mig af folkekirken" (9 forms)."""
    checks.check_class(
        detector, B,
        ["Vi udmeldte os af folkekirken sidste år.",
         "Min søn er udmeldt af den danske folkekirke."],
        ["Hvor mange er udmeldt af folkekirken i år?"],
    )


def test_faith_as_a_rule_of_life_what_matters_and_ones_clergy(detector: Detector) -> None:
    """"lever efter {skrift}" (26 scriptures and rules), "{troen} betyder meget for"
    (20 x 7 x 13 forms), "vores/hans/hendes præst/imam" (13 offices)."""
    checks.check_class(
        detector, B,
        ["Min mor har altid levet efter Koranen og spiser ikke svinekød.",
         "Vi holder os til de ti bud, og det er vigtigt for os.",
         "Vi vil gerne vies i kapellet, for vores tro betyder alt for os.",
         "Hendes imam besøger min mor på plejehjemmet hver fredag."],
        ["Hvornår holder præsten gudstjeneste i påsken?",
         "Bogen handler om at leve efter naturens rytme."],
    )


def test_prayer_at_a_time_or_a_meal_and_a_place_to_pray(detector: Detector) -> None:
    """A prayer before a meal, at a time of day, named as the object, a place or a
    break to pray; "bede om" with a request stays a request (context/, belief_not_held)."""
    checks.check_class(
        detector, B,
        ["Min far beder bordbøn før hvert måltid og vil gerne sidde for sig selv.",
         "Hun beder om aftenen og vil ikke forstyrres.",
         "Jeg har brug for et sted at bede om formiddagen på skolen."],
        ["Jeg har brug for et sted at bede om lov til at parkere.",
         "Jeg beder om et svar inden fredag."],
    )


def test_the_parish_council_spoken_for_and_statistics(detector: Detector) -> None:
    """The council spoken for is its business (like union staff); a counted group
    leaving the church and a feast in a policy opinion are no one's faith."""
    checks.check_class(
        detector, B,
        ["Jeg har siddet i menighedsrådet i otte år og vil gerne spørge om p-pladser.",
         "Vi fejrer Hanukkah derhjemme, og min søn vil gerne have fri."],
        ["Jeg skriver på vegne af menighedsrådet om lån af salen.",
         "Vi i menighedsrådet vil gerne koordinere julehjælpen med jer.",
         "Jeg har læst, at 800 borgere meldte sig ud af folkekirken sidste år.",
         "Jeg synes, skolerne burde holde fri til Pesach og Eid."],
    )


# --- property_trade ----------------------------------------------------------------

def test_bids_sent_accepted_and_properties_of_several(detector: Detector) -> None:
    """Sending or accepting a bid (22 verbs x 8 bid nouns; 27 verbs of accepting),
    bidding on one of several ("en af jeres"), an open area bought, a property named
    and then sold as "det/den"."""
    checks.check_class(
        detector, "property_trade",
        ["Hvornår skal vi aflevere vores købstilbud?",
         "Vi har valgt at afslå buddet, fordi det var for lavt.",
         "Jeg vil gerne købe et af kommunens huse på Vejlevej.",
         "Vi vil købe friarealet bag vores rækkehuse af kommunen.",
         "Min bror og jeg har arvet mors lejlighed på Torvet og vil sælge den."],
        ["Mit bud er, at vejen bliver færdig i maj.",
         "Vi vil gerne sælge lodder og kaffe ved sommerfesten."],
    )


def test_a_distant_feared_or_lived_in_property_is_no_trade(detector: Detector) -> None:
    """A sale thought of for a distant time, a sale feared, a home lived in (context/,
    property_not_held)."""
    checks.check_class(
        detector, "property_trade",
        ["Vi overvejer at sælge vores andelsbolig, og mægleren kommer i morgen."],
        ["Vi overvejer at sælge på sigt, når børnene er flyttet.",
         "Jeg er bange for, at jeg må sælge huset, hvis jeg mister jobbet.",
         "Jeg bor i en ejerlejlighed og vil høre om affaldssortering."],
    )


# --- union and CPR ------------------------------------------------------------------

def test_membership_of_a_confederation_and_the_labour_movement(detector: Detector) -> None:
    """Membership of a confederation or cartel (17 names); the labour movement as such
    is weak."""
    checks.check_class(
        detector, "union",
        ["Som medlem af Forhandlingsfællesskabet vil jeg gerne spørge til lønnen.",
         "Jeg er organiseret i CO10 og har et spørgsmål."],
        ["Holder fagbevægelsen 1. maj i parken i år?"],
    )


def test_cpr_after_a_question_and_a_name_and_a_code(detector: Detector) -> None:
    """A label in the sentence before a "?" and a signing name no longer labels the
    number; a code of any kind ("koden", "pinkode") labels it."""
    checks.check_class(
        detector, "cpr",
        ["Kan I ringe mig op på mobilen? Jens Holm 110385-1238"],
        ["Min pinkode til biblioteket er 1103851238, virker den ikke?",
         "Hvor finder jeg mit kundenummer? Der står 1103851238 på brevet."],
    )


def test_english_person_words_for_english_terms() -> None:
    """RULES ALONE (context/core.py): "he", "I" with an English verb and English
    relatives make a sentence about a person, for any category's English terms; Danish
    "I" (you) and "her" (here) do not."""
    import re

    from classifiers.sensitive.context import core

    def last_word_about_a_person(text: str) -> bool:
        m = list(re.finditer(r"\w+", text))[-1]
        return core.about_a_person(text, m.start(), m.end())

    for text in ("He has been diagnosed with epilepsy.", "I am on unemployment benefit.",
                 "I was born in Somalia.", "Her mother converted to Islam.",
                 "I've had a hip replacement."):
        assert last_word_about_a_person(text), text
    for text in ("Kan I fortælle om epilepsi?", "Her i byen mangler kommunen en moske.",
                 "What are the rules for unemployment benefit?"):
        assert not last_word_about_a_person(text), text
