"""Round 12 (corpus17/18/21/22 classes), health and economy_social: exclusions.yaml
version 16, health.yaml version 15, economy_social.yaml version 15 and lexicon.py
(kitchen and service staff, and staff as "we", at a care service).
Sentences of our own: each hard negative is a wording that raised the category before
this round; each positive is a person's own circumstances that must stay.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks

H = "health"
E = "economy_social"


def test_illness_as_topic_of_an_event_or_material(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Min far har fået konstateret demens i foråret.",
         "Jeg holder selv et foredrag om min sygdom, fordi jeg har sklerose."],
        ["Holder biblioteket et foredrag om sklerose i vinter?",
         "Vi vil gerne bestille en pjece om diabetes til vores forening.",
         "Er der et kursus om demens for frivillige besøgsvenner?",
         "Vi tilbyder undervisning af skolens lærere om epilepsi.",
         "Kan I lave en pjece på flere sprog om astma?"],
    )


def test_group_in_general_with_an_illness(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Min bror bor i et bofællesskab for voksne med autisme.",
         "Min datter har angst og går ikke i skole."],
        ["Hvilke tilbud til unge med angst har kommunen?",
         "Har I aktiviteter for ældre borgere med kroniske smerter?",
         "Hvordan sikrer I, at elever med diabetes får hjælp i frikvarteret?",
         "Vi vil starte en pårørendegruppe for demensramte familier."],
    )


def test_private_practitioner_and_spotting_an_illness(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Jeg går til psykolog hver uge på grund af min depression."],
        ["Som privatpraktiserende fysioterapeut vil jeg gerne kende jeres tilbud.",
         "Vi ønsker undervisning i at spotte depression hos ældre naboer."],
    )


def test_statistics_and_rules_as_compound_heads(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Jeg har været sygemeldt med stress i to måneder."],
        ["Sygefraværsstatistikken for plejecentrene er skræmmende høj.",
         "Tak for svaret om sygedagpengereglerne, det var en hjælp."],
    )


def test_aid_depot_and_aids_handed_back(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Min mor bruger rollator og kan ikke gå på trappen."],
        ["Hvornår har hjælpemiddeldepotet åbent i julen?",
         "Hvor kan vi aflevere en kørestol, som ingen bruger længere?",
         "Der står en rollator med kommunens mærkat ved vores skur."],
    )


def test_benefit_for_dental_care_names_the_benefit(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Jeg har fået en rodbehandling og har stadig ondt i tanden."],
        ["Jeg har søgt om hjælp til tandbehandling som enkeltydelse."],
    )


def test_broken_wound_miscarriage_drinking_fainting(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Min søn faldt på cyklen og har knækket håndleddet.",
         "Naboen har et stort sår på foden, som ikke heler.",
         "Min veninde mistede sin baby i tredje måned.",
         "Manden ovenpå drikker fra morgen til aften.",
         "Min datter besvimede i idræt i går.",
         "Jeg kan ikke løfte noget med min nyopererede hofte."],
        ["Min cykelkurv er knækket, kan genbrugspladsen tage den?",
         "Bonden sår korn på marken bag skolen."],
    )


def test_street_as_a_place_not_a_home(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Min nevø har boet på gaden i et halvt år.",
         "Jeg er bange for at vi ender på gaden, hvis vi bliver sat ud."],
        ["Nogle drenge råbte grimme ting efter mig på gaden i går.",
         "Der ligger meget glasskår på gaden foran skolen."],
    )


def test_care_service_as_an_organisation_or_workplace(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Min mor får hjemmepleje tre gange om dagen.",
         "Min far får besøg af os i plejeboligen hver søndag."],
        ["Vi har kommentarer til omlægningen af hjemmeplejens distrikter.",
         "Jeg er kok på plejecentret og vil gerne høre om de nye vagter.",
         "Vi i hjemmeplejen har alt for travlt i weekenderne.",
         "Hvornår bliver plejehjemsmaden bedre?"],
    )


def test_money_that_is_no_ones_hardship(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Jeg skylder 30.000 kr. i husleje og kan ikke betale.",
         "Min pension rækker ikke til både husleje og medicin."],
        ["En køber betalte mig med falske sedler, hvad gør jeg?",
         "Hvornår får jeg min første løn, nu jeg er startet som vikar?",
         "Min fagforening siger, at I ikke har indbetalt pension for mig.",
         "Vores ejendomsmægler har spurgt om restancer på grunden.",
         "Min bror risikerede fængsel i sit hjemland for sin mening."],
    )


def test_rules_of_a_scheme_and_agencies(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Jeg har fået et brev fra Gældsstyrelsen om min gæld til det offentlige, "
         "og jeg kan ikke betale."],
        ["Reglerne for optjening af førtidspension er svære at forstå.",
         "Jeg mener, at 225-timers reglen bør afskaffes.",
         "Hvor ligger Gældsstyrelsen henne?",
         "Borgere uden bolig bør have et sted at tage hen om natten."],
    )


def test_sponsor_job_applied_and_thrown_out_of_a_group(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Jeg er blevet smidt ud af min lejlighed og sover hos en ven."],
        ["Vores butik vil gerne sponsorere julehjælpen i år.",
         "Jeg søger job i kommunen som pædagog og vil høre om løntrinnene.",
         "Lederen truer med at smide mig ud af frivilligkorpset."],
    )


def test_supply_switched_off_emergency_help_and_support(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Min mor har fået slukket for varmen, fordi regningen ikke er betalt.",
         "Jeg vil gerne søge om nødhjælp til mad til mine børn.",
         "Min datter har fået tildelt en kontaktperson, men hun kommer aldrig.",
         "Min far får ikke længere hjælp til bad om fredagen."],
        ["Der bliver slukket for vandet i opgang B på mandag pga. rørarbejde.",
         "Vi samler ind til Folkekirkens Nødhjælp på torvet."],
    )


def test_income_stated_and_reduced_parental_payment(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Som selvstændig havde jeg en indtægt på 110.000 kr. sidste år.",
         "Vi tjener for lidt til at betale den nye husleje.",
         "Kan jeg få nedsat forældrebetaling til min søns vuggestue?"],
        ["Hvem kan få nedsat forældrebetaling i Ishøj?"],
    )


def test_embolism_undernourished_and_bankruptcy_by_name(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Min mand fik en lungeemboli efter operationen.",
         "Lægen siger, at min mor er underernæret."],
        ["Hvornår åbner Sundhedshuset efter jul?"],
    )
    checks.check_class(
        detector, E,
        ["Min bror er blevet erklæret konkurs."],
        ["Hvornår åbner Borgerservice efter jul?"],
    )


def test_event_at_a_care_home_and_a_sick_machine(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Min mor bor på plejehjemmet og får for lidt hjælp."],
        ["Må vi holde en musikaften på plejecentret for beboerne?",
         "Hvem står for julemarkedet på plejehjemmet i år?"],
    )
    checks.check_class(
        detector, H,
        ["Min syge gamle far kan ikke selv handle."],
        ["Min syge gamle bil skal skrottes, hvem henter den?"],
    )
