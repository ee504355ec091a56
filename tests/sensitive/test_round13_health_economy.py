"""Round 13 (corpus23/24/25 classes), health and economy_social: context/ (questions
asked only to know, "ikke selv", a firm's or the municipality's debt, a care service
praised or given a proposal, a stranger seen with an aid, pensioners served),
lexicon.py (the staff of a care place acting on the writer's relative),
economy_social.yaml v16, health.yaml v16, exclusions.yaml v17.
Sentences of our own: each negative is a wording that raised the category before this
round, each positive one that it missed (or one that must stay).
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive import checks
from tests.sensitive.checks import cats

E = "economy_social"
H = "health"


def test_question_asked_only_to_know(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Jeg er blevet fyret og vil gerne vide, om jeg kan få hjælp af kommunen?",
         "Vi har søgt boligstøtte i marts. Hvornår får vi svar?"],
        ["Kan man få kontanthjælp, hvis man har en opsparing? Jeg spørger bare generelt.",
         "Hvad sker der, hvis jeg bliver fyret fra mit job? Det er bare et generelt "
         "spørgsmål.",
         "Hvordan regnes boligstøtten ud for en familie med to børn? Vi har ikke søgt, "
         "vi er bare nysgerrige."],
    )
    checks.check_class(
        detector, H,
        ["Jeg er syg og kan ikke komme til mødet på torsdag."],
        ["Hvis jeg er syg på en eksamensdag, hvem skal jeg så kontakte? Spørger kun for "
         "at vide."],
    )


def test_not_myself(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Jeg er selv handicappet og kan ikke komme over kantstenen."],
        ["Jeg er ikke selv handicappet, men cykelstien burde have en rampe.",
         "Jeg skriver, selv om jeg ikke selv er syg, fordi lægehuset lukker."],
    )


def test_debt_of_a_firm_or_the_municipality(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Jeg har en gæld på 80.000 kr. til SKAT og kan ikke betale."],
        ["Jeg læste, at kommunen skylder 12 mio. kr. i byggegæld fra den nye skole.",
         "Vi er et lille firma i Vallensbæk med en gæld til vores leverandører. Kan "
         "betalingen af renovationsgebyret udskydes?"],
    )


def test_care_service_praised_or_given_a_proposal(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Jeg vil gerne rose hjemmeplejen, som kommer hos min far hver morgen."],
        ["Jeg vil gerne rose hjemmeplejen i kommunen, de gør et godt stykke arbejde.",
         "Mit forslag er, at hjemmeplejen får mere tid til at snakke med de ældre."],
    )


def test_care_service_as_subject_of_its_visits(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Min mor er 91. Hjemmeplejen kommer to gange om dagen, men de har travlt.",
         "Far er faldet. Hjemmehjælpen kommer først om aftenen."],
        ["Byrådet skal beslutte, om hjemmeplejen kommer under en ny leverandør.",
         "Hjemmeplejen kommer til at mangle folk, hvis lønnen ikke stiger."],
    )


def test_staff_of_the_care_place_acting_on_a_relative(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Personalet på plejecentret taler grimt til min far, og det må stoppe."],
        ["Jeg er ansat på plejecentret og vil høre om vagtplanen.",
         "Personalet på plejehjemmet har fået nye uniformer."],
    )


def test_stranger_seen_with_an_aid(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Jeg er en kvinde med sklerose og kan ikke gå på den sti."],
        ["Fortovet er så skævt, at jeg i går så en ældre mand med rollator snuble.",
         "Der sad et barn med astmaspray i bussen og hostede."],
    )


def test_sick_colleagues_as_a_group_served(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Min kollega Jens er syg og har været indlagt i en uge."],
        ["Vi har en fast ordning med blomster til syge kolleger. Hvilken konto bruger "
         "vi?"],
    )


def test_pensioners_and_released_people_served(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Vi er pensionister og kan ikke få pengene til at slå til.",
         "Min søn er løsladt i sidste uge og har ingen steder at bo."],
        ["Kommunen betaler kørsel til speciallæge for pensionister efter reglerne.",
         "Jeg er frivillig og vil høre om jeres samarbejde om løsladte unge."],
    )


def test_still_unemployed_and_no_other_home(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Jeg kan ikke komme i morgen. Jeg er stadig ledig og vil gerne have en ny tid.",
         "Udlejer siger, vi skal ud, men vi har ingen anden bolig."],
        ["Stillingen som pedel er stadig ledig, skriver skolen."],
    )


def test_job_centre_letter_and_family_unit_meeting(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Jeg har fået brev fra jobcentret om at jeg skal møde op på mandag.",
         "Skolen har sendt en underretning, og nu skal vi til møde i "
         "familieafdelingen.",
         "Min datter har rehabiliteringsmøde i næste uge, må jeg komme med?",
         "Min far har fået en rykker for egenbetaling for madordning."],
        ["Hvor ligger jobcentret i forhold til stationen?"],
    )


def test_aid_received_from_the_depot(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Min far har fået en toiletstol fra hjælpemiddeldepotet, men den er for lav."],
        ["Hvornår har hjælpemiddeldepotet åbent i julen?"],
    )


def test_arrest_put_out_and_english_hardship(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Min bror blev arresteret i weekenden, og nu ved vi ikke hvad der sker.",
         "Hun er 17 og er blevet sat ud hjemmefra. Kan I hjælpe?",
         "My landlord is evicting me next month and I don't know what to do.",
         "I was laid off on Friday. Where do I sign on?",
         "We are selling the flat because of our divorce."],
        ["Hvor mange blev arresteret ved demonstrationen i lørdags?",
         "What are the rules on divorce and housing in Denmark? Just asking generally."],
    )


def test_diagnosis_with_an_adverb_and_self_harm(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Jeg har lige fået konstateret en sjælden sygdom og må ikke køre bil.",
         "Min søn har søvnapnø og sover dårligt.",
         "Øjenlægen siger, at jeg har glaukom.",
         "Jeg skærer i mig selv igen og tør ikke sige det til nogen."],
        ["Hvornår åbner svømmehallen efter renoveringen?"],
    )


def test_christian_union_keeps_its_union_hit(detector: Detector) -> None:
    # exclusions.yaml v17: "kristelig fagforening" drops the belief hit only.
    got = cats(detector, "Jeg er medlem af Kristelig Fagforening og har et spørgsmål "
                         "om min løn.")
    assert "union" in got
    assert "belief" not in got


def test_group_premises_feared_care_group_pay_injury_at_work(detector: Detector) -> None:
    checks.check_class(
        detector, E,
        ["Min lejlighed er opsagt, og jeg har ingen steder at bo.",
         "Min mor skal på plejehjem efter nytår.",
         "Jeg har ikke pengene til børnene denne måned."],
        # A congregation's premises; a care home feared; a staff group's pay; a
        # care home as the place of a work injury.
        ["Vi er en lille menighed, der mødes hver søndag. Vores lokale er opsagt, og "
         "vi søger et nyt.",
         "Jeg er 75 og bange for at komme på plejehjem og ikke kunne være mig selv.",
         "Til byrådet. Jeg stemmer på Socialdemokratiet og er med i FOA. I har svigtet "
         "os med lønnen til pædagogerne. Mvh Karen",
         "Jeg fik en arbejdsskade i ryggen på plejecentret sidste år, og nu vil "
         "forbundet se anmeldelsen."],
    )


def test_body_part_that_keeps_one_from_doing_something(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Jeg kan ikke bære indkøbsposerne med min skulder, som den er nu.",
         "Visitatoren var her kort. Men jeg kan ikke gøre rent med mit knæ."],
        ["Man kan ikke cykle med min gamle cykel på den sti."],
    )


def test_place_fit_for_aids_in_general(detector: Detector) -> None:
    checks.check_class(
        detector, H,
        ["Der er ikke plads til min kørestol i bussen."],
        ["Busserne burde have plads til rollatorer og barnevogne.",
         "Stien rundt om søen bør gøres tilgængelig for kørestole."],
    )
