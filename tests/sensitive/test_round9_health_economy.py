"""Round 9 (corpus10/11/13/14 classes), health and economy_social: economy_social.yaml
version 11, exclusions.yaml version 13 (2026-11-23) and context/ (groups served, an
impersonal question, a care place that is no one's care, a signature occupation, the
bank in a property sale).
Sentences of our own: each hard negative is a wording that raised the category before
this round; each positive is a person's own circumstances that must stay (or, for the
new lexicon lines, a wording that was missed before).
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks

E = "economy_social"
H = "health"


def check_class(d: Detector, yes: list[str], no: list[str], category: str = E) -> None:
    checks.check_class(d, category, yes, no)


def test_group_served_by_an_offer_is_no_one(detector: Detector) -> None:
    check_class(
        detector,
        ["Vi er hjemløse og sover i bilen.",
         "Jeg er en af de hjemløse, der sover ved stationen."],
        ["Kirken uddeler gratis morgenmad til hjemløse og socialt udsatte om lørdagen.",
         "Jeg vil gerne fortælle om vores forenings arbejde med hjemløse.",
         "Vi giver gratis retshjælp til kvinder udsat for vold.",
         "Hjælpen går til børnefamilier i kommunen med lav indkomst.",
         "Reglerne har sendt tusindvis af børn ud i fattigdom."],
    )


def test_plural_foster_families_and_people_on_a_benefit_are_a_group(detector: Detector) -> None:
    check_class(
        detector,
        ["Vi er plejefamilier for to søskende.",
         "Min nabos familier er på kontanthjælp, og hans drenge kan ikke betale kontingentet."],
        ["Byen har brug for flere aflastningsfamilier.",
         "Honoraret til plejefamilier er ikke steget i mange år.",
         "Mange lejere kender ikke reglerne, især folk på dagpenge.",
         "Mange af os i foreningen føler os ensomme om vinteren."],
    )


def test_impersonal_question_about_a_scheme(detector: Detector) -> None:
    check_class(
        detector,
        ["Hvordan søger jeg kontanthjælp, når jeg er blevet fyret?",
         "Hvordan får vi hjælp til en underretning om vores barn?"],
        ["Hvordan sender man en underretning, hvis man er bange for at et barn mistrives?",
         "Hvornår skal en daginstitution sende en underretning?",
         "Giver kommunen gratis gældsrådgivning?",
         "KÆRE BORGERSERVICE\nHVOR LANG ER VENTETIDEN PÅ FØRTIDSPENSION I DAG??",
         "Hvordan udregnes folkepension for folk, der flytter hertil som voksne?"],
    )


def test_care_place_that_is_no_ones_care(detector: Detector) -> None:
    check_class(
        detector,
        ["Min far bor på plejehjemmet og får ikke sin medicin til tiden."],
        ["Foreningen har købt et nyt klaver til plejecentret som gave.",
         "Jeg er nabo til Solsikken Plejecenter, og lastbilerne larmer om morgenen.",
         "Jeg er frivillig på plejehjemmet hver torsdag og spiller kort med beboerne.",
         "Jeg er leder i en privat hjemmeplejevirksomhed og vil høre om udbuddet."],
    )


def test_occupation_in_a_signature(detector: Detector) -> None:
    check_class(
        detector,
        ["Min socialrådgiver har ikke svaret i tre uger."],
        ["Hvornår kommer der flere ansatte?\n\nMvh Anonym sagsbehandler",
         "Hvorfor bruger byen så få netværksanbringelser?\n\nMvh\nSara Holm, "
         "socialrådgiver"],
    )


def test_bank_in_a_property_sale(detector: Detector) -> None:
    check_class(
        detector,
        ["Banken vil ikke låne os flere penge, og vi har gæld til SKAT."],
        ["Vi har solgt vores rækkehus, hvis køberen får sit lån godkendt. Banken skal "
         "bruge en erklæring om, at vi ikke skal betale for den nye vej."],
    )


def test_retiring_and_crime_in_general(detector: Detector) -> None:
    check_class(
        detector,
        ["Min søn er havnet i kriminalitet og har fået en dom."],
        ["Jeg var tillidsrepræsentant, indtil jeg gik på pension i foråret.",
         "Politikerne bør finde bedre løsninger på kriminaliteten i centret."],
    )


def test_strategy_is_policy(detector: Detector) -> None:
    check_class(
        detector,
        ["Min mor har fået demens og glemmer at spise."],
        ["Jeg er glad for, at min kommune nu får en demensstrategi."],
        H,
    )
    check_class(
        detector,
        ["Jeg er hjemløs og har ingen steder at sove."],
        ["Jeg er glad for, at min kommune nu får en hjemløsestrategi."],
    )


def test_christmas_aid_as_a_charity_scheme(detector: Detector) -> None:
    check_class(
        detector,
        ["Jeg har søgt julehjælp, fordi pengene ikke rækker."],
        ["Menighedsrådet foreslår en fælles julehjælp med kommunen."],
    )


def test_hardship_in_new_words(detector: Detector) -> None:
    check_class(
        detector,
        ["Min pension rækker ikke til både varme og husleje.",
         "Hans løn er meget lille, og han har tre børn.",
         "Deres varme er blevet lukket, fordi de ikke har betalt regningen.",
         "Jeg har fået en fyreseddel i dag.",
         "Min mand og jeg er nu skilt.",
         "Jeg er plejemor for en pige på ni.",
         "Min kone og jeg har brug for hjælp hjemme om aftenen."],
        ["Budgettet rækker til nye cykelstier, siger borgmesteren."],
    )


def test_depending_on_is_no_addiction(detector: Detector) -> None:
    check_class(
        detector,
        ["Min bror er afhængig af piller og kan ikke stoppe."],
        ["Man får forskellige svar afhængigt af hvilken medarbejder man møder.",
         "Prisen er afhængig af hvem der bestiller."],
        H,
    )


def test_condition_of_a_group_or_counted_staff(detector: Detector) -> None:
    check_class(
        detector,
        ["Min kollega er gået ned med stress og er sygemeldt.",
         "Jeg har selv angst og er sygemeldt."],
        ["Der er flere sygemeldinger i personalegruppen end sidste år.",
         "På skolen har fem lærere, som er gået ned med stress, sagt op i år.",
         "Angst blandt unge er steget meget, viser tallene.",
         "Vi har startet en forening for forældre til børn med ADHD."],
        H,
    )


def test_impersonal_health_question(detector: Detector) -> None:
    check_class(
        detector,
        ["Dækker kommunen min transport til kemobehandling på Herlev?"],
        ["Betaler kommunen transport til strålebehandling på Herlev?",
         "Hvad er ventetiden på kommunens diabeteskurser lige nu?",
         "Hvilke regler gælder for sygemelding, når man er ansat i kommunen?"],
        H,
    )


def test_disability_organisation_by_name(detector: Detector) -> None:
    check_class(
        detector,
        ["Jeg har et handicap og kan ikke komme op i bussen."],
        ["Busserne bør have ramper.\n\nVenlig hilsen\nDansk Handicap Forbund, "
         "lokalafdelingen\nv/ formand Jens Holm"],
        H,
    )


def test_group_named_after_or_counted(detector: Detector) -> None:
    check_class(
        detector,
        ["Jeg føler mig meget ensom, efter at min kone døde.",
         "Vi har flere inkassosager end sidste år og kan ikke betale."],
        ["Byrådet bør gøre mere mod ensomhed blandt unge.",
         "Jeg har set, at byen laver færre anbringelser end landsgennemsnittet.",
         "Jeg er butikschef, og vi vil ikke have, at jobcentret sender folk i "
         "løntilskud til os."],
    )


def test_relief_family_application_and_denials(detector: Detector) -> None:
    check_class(
        detector,
        ["Jeg skylder 12.000 kr. i husleje og kan ikke betale.",
         "Min far bor på plejehjem og får for lidt hjælp."],
        ["Min kæreste og jeg vil gerne godkendes, og vi har søgt om at komme på "
         "listen som aflastningsfamilie.",
         "Boligforeningen vil have skriftligt, at vi ikke skylder vand.",
         "Jeg er 80, men jeg er ikke selv på plejehjem og klarer mig fint."],
    )


def test_health_new_words(detector: Detector) -> None:
    check_class(
        detector,
        ["Min datter er allergisk over for æg.",
         "Han har stærk smerte i tanden og en hævet kind.",
         "Min mand har en lungelidelse.",
         "Jeg fik bypass sidste år.",
         "Jeg er blevet clean og vil gerne se mine børn igen.",
         "Min søster bor på et bosted for voksne med udviklingshæmning."],
        ["Vores nye køkken ser clean og moderne ud."],
        H,
    )


def test_health_words_that_are_no_ones_health(detector: Detector) -> None:
    check_class(
        detector,
        ["Min søn ryger hash hver dag, og jeg er bange.",
         "Jeg går til holdet med svangerskabsyoga, fordi jeg er gravid.",
         "Min læge siger, at jeg har sukkersyge."],
        ['Politiet sagde, at han "lignede en, der sælger hash".',
         "Må min datter få glutenfri mad? Institutionen siger, det kræver en lægeerklæring.",
         "Sygehuset har registreret mig forkert som far i stedet for medfar.",
         "Husk at Lægerne ved Torvet holder lukket i påsken.",
         "Jeg opfordrer til at udvide tilbuddet om gratis svangerskabsyoga i byen.",
         "Sukkersyge er udbredt blandt ældre i byen."],
        H,
    )


def test_tax_paid_is_no_hardship(detector: Detector) -> None:
    check_class(
        detector,
        ["Jeg skylder restskat og kan ikke betale den."],
        ["Jeg har meldt mig ud, men jeg betaler stadig kirkeskat ifølge min årsopgørelse."],
    )


def test_unemployment_and_eviction_in_words(detector: Detector) -> None:
    check_class(
        detector,
        ["Min mand blev ledig i foråret, da fabrikken lukkede.",
         "Naboerne har fået en udsættelsesbegæring fra boligselskabet.",
         "Min søster skal ud af lejligheden til nytår."],
        ["Er der en ledig plads på svømmeholdet til min datter?"],
    )


def test_a_supply_cut_in_a_notice_of_planned_works_is_no_one(detector: Detector) -> None:
    # Session 6: round 9's bare "varme"/"vand" made a landlord's notice
    # (tests/golden case 01) a household's hardship.
    check_class(
        detector,
        ["De har lukket for strømmen, og vi har en baby på tre måneder.",
         "Vi har fået lukket for varmen, fordi vi ikke kunne betale.",
         "Forsyningen har lukket for strømmen hos min mor.",
         "Hans strøm er blevet lukket, og han sidder i mørke."],
        ["Driftsmeddelelse: Lukket for varme i afd. 12",
         "Der lukkes for vandet torsdag kl. 9-13 pga. reparation.",
         "Torsdag kl. 8.00-14.00 lukkes der for varmt vand og varme i afdeling 12 "
         "på grund af udskiftning af en ventil."],
    )
