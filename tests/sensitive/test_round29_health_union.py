"""Round 29 (corpus72-80 classes, helper C): health and union.

health.yaml version 29 (29c): addiction said without its noun (drinking in a
coordinated clause whoever drinks, "på stoffer", sobriety and AA, gambling the money
away, spillegæld and spilafhængighed), a child dead before birth and "højgravid", a
pregnancy lost in a week written as an ordinal or with "vores lille ...", worn body
parts in the singular and body parts "der ikke kan mere", teeth pulled, aching and with
holes, sleep, nightmares and wetting, trouble seeing or hearing, referrals to a scan or
to child psychiatry, a cause of death and an organ to be received, "*bypass".
exclusions.yaml (27c): eating and drinking together is no drinking habit.
context/core.py: the definite person words a professional uses of one person
("moderen", "babyen", "drengen", "eleven").
union.yaml version 17 (17c): a DLF "lærerkreds", Dansk Musiker Forbund, "TR" alone.
context/union.py and engine.py: one member of many named by a union's staff, "Vores
medlem X" opening a sentence, a union whose staff writes for a named member, a seat
"i" a union.  Sentences of our own wording; each was missed (or, for the negatives,
found) before this round.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto and rescue are retrained after the round; the rules are tested
# without them.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
HEALTH = "health"
UNION = "union"


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- health: addiction ---------------------------------------------------------------

def test_drinking_in_a_coordinated_clause() -> None:
    assert _has("Min ekskone drikker, og jeg vil ikke have at pigerne sover der.", HEALTH)
    assert _has("Vores nabo Per drikker men vil ikke indrømme det.", HEALTH)
    assert _has("Hendes samlever drikker stadig, selv om han har lovet at stoppe.", HEALTH)
    # Eating and drinking together is no habit (exclusions.yaml 27c).
    assert not _has("Børnene drikker og spiser i frokostpausen kl. 11.", HEALTH)
    assert not _has("Vi drikker og spiser sammen efter mødet.", HEALTH)


def test_drugs_and_sobriety() -> None:
    assert _has("Min lillebror er på stoffer igen, og vi ved ikke hvad vi skal gøre.", HEALTH)
    assert _has("Jeg har været ædru siden påske og går til AA hver tirsdag.", HEALTH)
    assert _has("hun var på kokain i flere år men har klaret sig", HEALTH)


def test_gambling_the_money_away() -> None:
    assert _has("Min mand har spillet hele lønnen op på nettet igen.", HEALTH)
    assert _has("Han spillede alle vores penge væk på casinoet.", HEALTH)
    assert _has("Hun er spilleafhængig og har spillegæld.", HEALTH)
    assert _has("Min søn er spilafhængig og har lånt penge af alle.", HEALTH)


# --- health: pregnancy ---------------------------------------------------------------

def test_a_child_dead_before_birth() -> None:
    assert _has("Vores søn døde i maven kort før termin.", HEALTH)
    assert _has("Hun blev født død i juni, og vi vil gerne have en plads til urnen.", HEALTH)
    assert _has("Vi mistede vores lille pige i 19. uge.", HEALTH)
    assert _has("jeg mistede mit barn i 11. uge sidste efterår", HEALTH)


def test_late_pregnancy_as_a_compound() -> None:
    assert _has("Jeg er højgravid og kan ikke stå i kø så længe.", HEALTH)
    assert _has("Min kone er højgravid, så vi kan ikke flytte i december.", HEALTH)
    assert _has("Som højgravid kan jeg ikke bære kasser op.", HEALTH)


# --- health: the body ----------------------------------------------------------------

def test_worn_body_parts_in_the_singular() -> None:
    assert _has("Hans ryg er nedslidt efter tyve år i byggeriet.", HEALTH)
    assert _has("Jeg har en slidt hofte og kan ikke gå til bussen.", HEALTH)
    assert _has("Jeg er maler med skuldre der ikke kan mere.", HEALTH)
    assert _has("Efter 30 år på lageret er min krop slidt, og kroppen er slidt op.", HEALTH)


def test_teeth() -> None:
    assert _has("Tandlægen siger at mine tre tænder skal trækkes.", HEALTH)
    assert _has("Jeg skal have trukket en tand, men har ikke råd.", HEALTH)
    assert _has("Min tand gør vildt ondt om natten.", HEALTH)
    assert _has("Min datter har fire huller i tænderne.", HEALTH)


def test_sleep_nightmares_and_wetting() -> None:
    assert _has("Vores søn har mareridt og vågner skrigende.", HEALTH)
    assert _has("Hun har svært ved at sove efter ulykken.", HEALTH)
    assert _has("Min dreng på 8 tisser i sengen igen.", HEALTH)
    assert _has("Drengen sover dårligt og er træt i skolen.", HEALTH)
    # A metaphor and noise are no symptom.
    assert not _has("Min kone og jeg kunne ikke sove for musikken fra festen.", HEALTH)
    assert not _has("Jeg synes parkeringen ved skolen er et mareridt for mig.", HEALTH)


def test_seeing_and_hearing() -> None:
    assert _has("Eleven har svært ved at høre, når der er larm.", HEALTH)
    assert _has("Min mor har problemer med at se skiltene.", HEALTH)
    assert _has("Han har svært ved at se tavlen fra bagerste række.", HEALTH)
    # Pupils counted in general are no one.
    assert not _has("Hvor mange elever har svært ved at se tavlen?", HEALTH)


def test_one_person_named_by_a_professional() -> None:
    assert _has("Moderen fortalte at babyen har kastet op i flere dage.", HEALTH)
    assert _has("Drengen har mareridt hver nat siden branden.", HEALTH)
    assert _has("Pigen har svært ved at sove og græder meget.", HEALTH)


def test_referral_and_cause_of_death_and_organs() -> None:
    assert _has("Lægen har henvist mig til hjertescanning.", HEALTH)
    assert _has("Min far døde af covid på plejehjemmet.", HEALTH)
    assert _has("Min søster skal have en ny lever i foråret.", HEALTH)
    assert _has("Efter min hjertebypass kan jeg ikke slå græs.", HEALTH)


# --- union ---------------------------------------------------------------------------

def test_one_member_of_many_named_by_staff() -> None:
    assert _has("Jeg er konsulent i FOA. En af vores medlemmer, Lone Berg, har fået afslag.",
                UNION)
    assert _has("Jeg er faglig sekretær i 3F. Et af vores medlemmer som er ledig, "
                "har bedt os skrive.", UNION)


def test_our_member_opens_a_sentence() -> None:
    assert _has("Jeg skriver fra HK Kommunal. Vores medlem Jonas Friis er sygemeldt.", UNION)
    assert _has("Vi skriver fra Dansk Metal. Vores medlem Ali Yilmaz venter på svar.", UNION)


def test_a_seat_in_a_union() -> None:
    assert _has("Jeg sidder i IDA's lokale netværk og vil invitere borgmesteren.", UNION)
    assert _has("Min far sad i 3F's afdelingsbestyrelse i mange år.", UNION)


def test_teachers_branch_and_musicians_union() -> None:
    assert _has("Jeg er aktiv i Vallensbæk Lærerkreds.", UNION)
    assert _has("Lærerkredsen skriver på vegne af vores medlem Sara Dahl.", UNION)
    assert _has("Jeg er medlem af Dansk Musikerforbund og spiller i et band.", UNION)


def test_tr_alone() -> None:
    assert _has("Vores pedel er også TR og har sagt at han ikke må.", UNION)
    assert _has("Hun er TR på lageret.", UNION)
    assert _has("jeg har snakket med min TR om det", UNION)


def test_membership_with_the_subject_dropped() -> None:
    assert _has("medl af FOA, arbejder i hjemmeplejen, må de ændre min vagtplan??", UNION)
    assert _has("Medlem af 3F. Kan I sige hvornår jobmessen åbner?", UNION)
    assert _has("Hej. Medl. af HK, er det rigtigt at I lukker borgerservice?", UNION)
    # A question about membership in general stays no one's.
    assert not _has("Skal man være medlem af FOA for at få hjælp?", UNION)


def test_no_union_tied_to() -> None:
    assert not _has("Vi er ikke tilknyttet nogen fagforening eller parti.", UNION)
    assert not _has("Foreningen er ikke tilknyttet en fagforening.", UNION)


# --- health: no one's ----------------------------------------------------------------

def test_certificate_supplier_and_association_are_no_one() -> None:
    assert not _has("Svømmeklubben beder om hans cpr og en lægeerklæring.", HEALTH)
    assert not _has("Skal min mor have en lægeerklæring til kørekortet?", HEALTH)
    assert not _has("Vi er leverandør af høreapparater og vil byde på opgaven.", HEALTH)
    assert not _has("Jeg skriver for Forældreforeningen ADHD Sydhavn om et foredrag.", HEALTH)
    # A certificate about a named illness stays health.
    assert _has("Jeg har sendt lægeerklæringen om min diskusprolaps.", HEALTH)
