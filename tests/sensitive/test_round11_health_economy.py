"""Round 11 (corpus19/20 classes), health and economy_social: health.yaml version 14
(a broken body part, transplants, stitches and bites, falls), economy_social.yaml
version 14 (income that does not reach in a subordinate clause, meals and cleaning
as services, home-care visits, instalments, the job centre as actor, homelessness
without an article, a notice of eviction, one's own application, rent too high for
the person), exclusions.yaml version 15 (an estate's debt, a GP chosen, a complaint
about treatment by staff, a decline, a professional's own notifications, a payout
date with the benefit first, private practitioners as providers), lexicon.py
(dismissed from or heading a workplace) and context/ (a bill paid in a relative
clause, how bills are paid, a firm's debt, a count of cases, an association's grant,
a technical failure to pay, a group that helped many, a care home as a place or a
wish for some day, an employer's løntilskud, an unnamed colleague dismissed).
Sentences of our own: each hard negative is a wording that raised the category before
this round; each positive is a person's own circumstances that must stay.
"""

from __future__ import annotations

from classifiers.sensitive import Detector
from tests.sensitive.checks import check_class

E = "economy_social"
H = "health"


# --- health ---------------------------------------------------------------------------

def test_broken_thing_is_no_injury(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Vores dreng har brækket armen til gymnastik.",
         "Hun gled på isen og brækkede håndleddet.",
         "Jeg kom hjem med et brækket ben og ingen hjælp.",
         "Min far brækkede to ribben, da han faldt på trappen."],
        ["Der ligger en brækket bænk i parken, og jeg har ringet to gange.",
         "Vinduet i opgangen er brækket op, og jeg vil gerne have det lavet."],
    )


def test_organ_received_stitches_bites(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Min bror har fået en ny nyre i marts og har det godt.",
         "Vores datter blev bidt af en hund på stien og fik 5 sting.",
         "Min lille søn har refluks og kaster op efter hvert måltid."],
        ["Vi har fået en ny hund og vil gerne vide, hvor den skal registreres."],
    )


def test_a_fall(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Min mormor er faldet i stuen og kan ikke rejse sig.",
         "Min far kom på plejehjem efter et fald i vinter."],
        ["Efter et fald i priserne er huset nu billigere."],
    )


def test_gp_chosen_and_complaint_about_treatment(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Jeg vil klage over behandlingen på hospitalet, hvor min mor fik forkert medicin."],
        ["Vi er flyttet til byen og har endnu ikke valgt læge.",
         "Kan min kæreste og jeg få samme læge, selv om vi ikke er gift?",
         "Jeg vil klage over behandlingen ved skranken, da jeg skulle forny mit kørekort."],
    )


def test_dismissed_from_a_care_workplace(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Min mand er indlagt på hospitalet med lungebetændelse."],
        ["Jeg blev afskediget fra hjemmesygeplejen i foråret og vil have aktindsigt."],
    )


# --- economy_social -------------------------------------------------------------------

def test_workplace_dismissed_or_headed(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Min bror bor på et botilbud og har ikke fået sin medicin."],
        ["Jeg er leder af et bosted i Roskilde og vil gerne høre om jeres klagesystem."],
    )


def test_place_by_a_care_home_and_a_day_to_come(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Min mor skal på plejehjem efter jul, og vi mangler svar om huslejen."],
        ["Hvornår bliver der ryddet sne foran plejehjemmet? Jeg gik næsten omkuld i går.",
         "Jeg er single og tænker på, hvordan det bliver, hvis jeg en dag skal på plejehjem."],
    )


def test_employer_takes_someone_in_wage_subsidy(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg er i løntilskud på et lager og får ikke min løn til tiden."],
        ["Jeg har en lille tømrerforretning og vil gerne ansætte en ledig i løntilskud."],
    )


def test_estate_debt_and_property_tax_of_a_sale(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg har restskat og kan ikke betale den."],
        ["Som advokat for dødsboet beder jeg om en opgørelse over boets gæld til kommunen.",
         "Køber vil have bekræftet, at restskatten for ejendomsskat er nul."],
    )


def test_bill_paid_or_paid_by_method(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg har fået en rykker, og jeg har ingen penge til at betale den."],
        ["Jeg har fået rykkere for en faktura, som jeg har betalt i marts.",
         "Hvordan skal pensionisterne betale deres regninger kontant, når banken lukker?"],
    )


def test_count_of_cases(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Skolen har lavet en underretning om min datter, og jeg er meget ked af det."],
        ["Jeg skriver opgave og vil gerne have tal for antal anbringelser i 2023.",
         "Hvor mange udsættelser var der i kommunen sidste år?"],
    )


def test_association_grant_and_technical_failure(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Vi har søgt om tilskud til briller til vores søn, da vi er på kontanthjælp.",
         "Jeg kan ikke betale huslejen, fordi min løn er gået ned."],
        ["Jeg er formand for vores bådklub, og vi har søgt om tilskud til en ny bro.",
         "Billetautomaten tog ikke kort, så jeg fik en afgift, fordi jeg ikke kunne betale."],
    )


def test_group_helped_many(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg har fået hjælp til jobsøgning, men jeg er stadig ledig."],
        ["I fjor hjalp vores frivillige 60 nye borgere med lektier og jobsøgning."],
    )


def test_income_does_not_reach_subordinate(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Vi må flytte, fordi vores pension ikke længere rækker til huslejen.",
         "jeg får su men det rækker ik til noget"],
        ["Hvor meget er satsen for SU i år?"],
    )


def test_services_meals_cleaning_visits(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg har ikke fået min rengøringshjælp i flere uger.",
         "Min far får madordning fra kommunen, men maden er kold.",
         "Min kone skal ikke have aftenbesøg i dag, hun er hos vores datter."],
        ["Skolens madordning er for dyr, synes mange forældre."],
    )


def test_instalments_job_centre_homeless_eviction(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg kan ikke selv betale regningen. Kan jeg betale i rater?",
         "Jobcentret siger at jeg skal i praktik, men jeg har ondt i ryggen.",
         "Jeg har ingen lejlighed og sover i en bil ved havnen.",
         "Familien på tredje sal har fået varsel om udsættelse."],
        ["Hvornår holder jobcentret åbent i påsken?"],
    )


def test_unnamed_colleague_dismissed(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Jeg er blevet fyret fra lageret og ved ikke, hvad jeg skal leve af."],
        ["Vi var mange, der blev bange, da en af mine kolleger blev fyret i foråret."],
    )


def test_professional_notification_process(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Der er lavet en underretning om mine to børn, og ingen har talt med mig."],
        ["Jeg er dagplejer. Hvor længe går der, før I reagerer på en underretning fra os?"],
    )


def test_firm_debt(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Min mand har gæld til SKAT, og vi kan ikke betale."],
        ["Vi overvejer en ny leverandør, fordi firmaet har en gæld til SKAT på en million."],
    )


def test_benefit_payout_date_benefit_first(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Hvornår bliver min boligstøtte udbetalt? Jeg mangler penge til huslejen."],
        ["Hvornår bliver kontanthjælpen udbetalt i påsken, når den første er en helligdag?"],
    )


def test_private_practitioners_as_providers(detector: Detector) -> None:
    check_class(
        detector, H,
        ["Min søn går hos en privat psykolog, fordi han har angst."],
        ["Samarbejder kommunen med private psykologer om samtaleforløb?"],
    )


def test_own_application_quoted_in_a_reply(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Vedr. din ansøgning om trappelift\n\nTak, men hvornår kommer montøren?"],
        ["Hvordan udfylder man en ansøgning om trappelift?"],
    )


def test_rent_too_high_for_the_person(detector: Detector) -> None:
    check_class(
        detector, E,
        ["Min kone er flyttet, og nu er huslejen blevet for høj til min løn."],
        ["Huslejen i de nye rækkehuse er alt for høj, synes vi i beboerforeningen."],
    )
