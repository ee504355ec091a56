"""Round 26 (corpus63-65 classes): families, money and housing; health in the same mail.

economy_social.yaml version 29 (29b), health.yaml version 26, exclusions.yaml version 24
(24b).  Arrears with a count of months or on property tax, an income that does not
reach said verb first, SU had, English rent arrears, the municipality's boliganvisning,
a family reported with the verb "underrette", a young person caught by the police, PPR
and a special school recommended or refused; a pregnancy said verb first or by the
coming birth, breastfeeding, English falling ill.  Out: money owed to the writer,
a council's reading of a budget, people in general on a benefit, the fixed phrase "døve
og hørehæmmede", a share of a group with an illness, an aid no longer needed.
Sentences of our own wording.  Each positive was missed before this round; the guards
next to them show what stays out.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ECON = "economy_social"
HEALTH = "health"


def _has(text: str, category: str = ECON) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- money: arrears, an income that does not reach, benefits -------------------------

def test_arrears_with_a_count_of_months() -> None:
    assert _has("Hej, jeg er bagud med 2 mdr husleje, kan jeg få en snak med nogen?")
    assert _has("Vi er bagud med fire måneders husleje.")
    # The word without arrears stays out.
    assert not _has("Er det lovligt at udlejer kræver 3 mdr husleje i depositum?")


def test_arrears_on_property_tax_or_a_mortgage() -> None:
    assert _has("Vi er bagud med ejendomsskatten, kan vi få henstand?")
    assert _has("Jeg er kommet bagud med boliglånet.")


def test_income_does_not_reach_verb_first() -> None:
    assert _has("Efter min mand flyttede, rækker pengene ikke til både mad og husleje.")
    assert _has("Nu hvor jeg er gået ned i tid, rækker lønnen ikke længere.")


def test_su_had() -> None:
    assert _has("Jeg har SU, men den dækker ikke husleje og bøger.")
    assert _has("Kan jeg få boligstøtte oveni min SU?")
    # A committee abbreviated SU is no benefit.
    assert not _has("Hvornår har SU næste møde om skolestrukturen?")


def test_english_rent_arrears() -> None:
    assert _has("I am three months behind on rent and my landlord wants me out.")
    assert _has("We are behind with the rent since my husband lost his job.")


def test_boliganvisning_applied_to() -> None:
    assert _has("Vi har søgt om en større lejlighed gennem kommunens boliganvisning.")
    assert not _has("Hvordan fungerer boliganvisningen i Ishøj Kommune?")
    # Calling the office is no application.
    assert not _has("Min bror ringede til boliganvisningen for at klage over ventetiden.")


def test_money_owed_to_the_writer_is_no_debt() -> None:
    assert not _has("Min tidligere arbejdsgiver skylder mig løn for to uger, kan I hjælpe?")
    assert not _has("Firmaet skylder os penge for en faktura fra marts.")
    # The writer's own debt still counts.
    assert _has("Jeg skylder 30.000 kr. i husleje og ved ikke hvad jeg skal gøre.")


def test_people_in_general_on_a_benefit() -> None:
    assert not _has("Vores butik vil gerne ansætte folk fra kontanthjælp i løntilskud.")
    assert not _has("Har I et tilbud til unge på kontanthjælp om sommeren?")
    assert _has("Jeg er på kontanthjælp og vil gerne i løntilskud.")


# --- children and families ------------------------------------------------------------

def test_underrette_about_a_family() -> None:
    assert _has("Jeg vil gerne underrette om familien ovenpå, børnene er alene hver nat.")
    assert _has("Kan jeg underrette om naboens børn uden at mit navn kommer frem?")
    # Informing about something else is no report.
    assert not _has("Vi vil underrette jer om den nye adresse, når vi er flyttet.")


def test_caught_by_the_police() -> None:
    assert _has("Min datter på 16 blev taget af politiet med stoffer i tasken i weekenden.")
    assert _has("Han blev fanget af politiet i at stjæle fra Netto.")


def test_ppr_assessment_and_special_school() -> None:
    assert _has("Skolen har indstillet vores søn til en pædagogisk-psykologisk vurdering.")
    assert _has("PPR anbefalede specialklasse, men skolen vil ikke slippe ham.")
    assert _has("Kommunen har sagt nej til støttetimer til vores datter.")
    # PPR's advice in general names no child.
    assert not _has("Hvor lang ventetid er der på en pædagogisk-psykologisk vurdering?")


# --- health -----------------------------------------------------------------------------

def test_pregnancy_verb_first_and_coming_birth() -> None:
    assert _has("Nu venter vi vores første barn, og vi skal bruge en større bolig.", HEALTH)
    assert _has("Jeg tager orlov når vores barn bliver født i april.", HEALTH)
    assert _has("Min kone skal føde i marts, kan vuggestuen vente til efteråret?", HEALTH)


def test_breastfeeding() -> None:
    assert _has("Jeg ammer stadig, så kan jeg få pauser på arbejdet?", HEALTH)
    assert _has("Jeg skal spise mere for at amme, siger min mor.", HEALTH)
    # A baby just born is no health in the older corpora (ind3-278, ind43-315).
    assert not _has("Vi har lige fået en baby og vil søge om plads i vuggestuen.", HEALTH)


def test_english_fell_ill() -> None:
    assert _has("My father fell ill on holiday and is still in Denmark.", HEALTH)


def test_new_hip_second_language() -> None:
    assert _has("Min mand har fået nyt hofte og kan ikke gå på trapper.", HEALTH)


def test_council_reading_is_no_treatment() -> None:
    assert not _has("Jeg håber udvalget svarer inden 2. behandlingen af budgettet.", HEALTH)
    assert not _has("Jeg vil følge med ved 1. behandlingen i byrådet.", HEALTH)
    # A second course of treatment still counts.
    assert _has("Jeg skal til 2. behandling med kemo på mandag.", HEALTH)


def test_groups_and_shares_are_no_ones_health() -> None:
    assert not _has("Jeg foreslår at filmen tekstes, så døve og hørehæmmede kan se med.",
                    HEALTH)
    assert not _has("Jeg har læst at 1 ud af 4 unge har angst.", HEALTH)
    assert _has("Min søn er døv og skal have tolk til mødet.", HEALTH)


def test_aid_no_longer_needed() -> None:
    assert not _has("Min svigermor har en kørestol hun ikke bruger mere, hvem vil have den?",
                    HEALTH)
    assert _has("Min mor har brug for en kørestol efter operationen.", HEALTH)


def test_english_job_at_the_hospital() -> None:
    assert not _has("We came to Denmark because my wife got a job at the hospital.", HEALTH)
    assert _has("My husband is in the hospital after a fall.", HEALTH)


def test_strangers_smoking_hash_in_public() -> None:
    assert not _has("Hver aften står der en flok som larmer og ryger hash ved kiosken.",
                    HEALTH)
    assert not _has("Der sidder nogle unge der ryger hash på legepladsen.", HEALTH)
    assert _has("Min søn ryger hash hver weekend, og vi er bekymrede.", HEALTH)
