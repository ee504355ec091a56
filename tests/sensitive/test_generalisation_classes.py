"""Lexicon version 4/5 and context/ (issue 3): classes of wording that unseen mail uses
and the lexicons missed or misread, each fixed broadly (lists with a source, rules
about who a sentence is about) and tested here with sentences of our own."""

from __future__ import annotations

import pytest

from classifiers.sensitive import Detector
from classifiers.sensitive.partners import (
    author_sex,
    find_addressed_partners,
    find_couples,
)
from tests.sensitive.checks import check

# --- Who a sentence is about (context/) -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The writer only gives an opinion or asks.
        ("Jeg synes kontanthjælpsloftet er urimeligt.", "economy_social"),
        ("Jeg mener at reglerne for kontanthjælp er for stramme.", "economy_social"),
        ("Jeg vil gerne høre, hvad satserne for boligstøtte er for en pensionist.",
         "economy_social"),
        # People in general, statistics, policy verbs.
        ("Kan man få tilskud til briller, hvis man er på kontanthjælp?", "economy_social"),
        ("Hvor mange borgere i Ishøj modtager førtidspension?", "economy_social"),
        ("Hvor mange borgere i Ishøj har diabetes?", "health"),
        ("Kommunen skal bekæmpe fattigdom blandt børn.", "economy_social"),
        ("Kommunen bør gøre mere mod ensomhed blandt ældre.", "economy_social"),
        # A pet is no one's health; a reflexive after "man" is no one.
        ("Vores hund er syg og skal til dyrlægen.", "health"),
        ("Kan man komme med sin kørestol ind i biografen?", "health"),
        # Unions named in an opinion about unions.
        ("Jeg synes, at 3F og de andre fagforeninger burde inviteres.", "union"),
        ("Kan fagforeningerne deltage i jobmessen?", "union"),
    ],
)
def test_general_and_policy_sentences(detector: Detector, text: str, category: str) -> None:
    check(detector, text, category, False)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Jeg vil gerne høre, om jeg kan få boligstøtte.", "economy_social"),
        ("Jeg er på kontanthjælp, og man kan ikke leve af det.", "economy_social"),
        ("Kontanthjælpen er sat ned.", "economy_social"),
        # A first name is a person.
        ("Pia fik en diskusprolaps, og vi mener, at det er en arbejdsskade.", "health"),
        ("Jeg skriver som medlem af DLF og som forælder.", "union"),
        ("Vi har hørt, at det tager lang tid for par af samme køn.", "sexual_orientation"),
    ],
)
def test_personal_sentences_stay(detector: Detector, text: str, category: str) -> None:
    check(detector, text, category, True)


# --- Health -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Medicines by brand or generic name, and by effect.
        "Min mor tager Marevan og må ikke spise visse ting.",
        "Lægen har sat mig på Sertralin.",
        "Min søn tager Concerta hver morgen.",
        "Han er på Ozempic.",
        "Jeg har lavt stofskifte og tager Eltroxin.",
        "Hun får blodfortyndende medicin.",
        # Diagnoses, syndromes, injuries, case-sensitive abbreviations.
        "Min søn har Downs syndrom.",
        "Min kone har endometriose.",
        "Min mor har ALS.",
        "Vores datter blev udredt for ADD sidste år.",
        "Jeg fik en skulderskade på arbejdet.",
        "Han har muskelsvind.",
        # Pregnancy loss and premature birth; school refusal; being discharged.
        "Vi mistede vores barn i uge 12.",
        "Vores søn er født for tidligt.",
        "Jeg venter mit andet barn.",
        "Min datter har skolevægring.",
        "Min mor blev udskrevet fra hospitalet i går.",
        # A stay at a named hospital said with a verb; going to a therapist.
        "Min far ligger på Hvidovre Hospital.",
        "Han går til fysioterapeut for sin ryg.",
        "Jeg har fået tandbehandling og en rodbehandling.",
        # A common misspelling (README: "brystkræf").
        "Jeg har brystkræf.",
    ],
)
def test_health_wordings(detector: Detector, text: str) -> None:
    check(detector, text, "health", True)


@pytest.mark.parametrize(
    "text",
    [
        "Hvilke busser kører til Hvidovre Hospital?",
        "Jeg er født på Herlev Hospital.",
        "Hvor kan jeg blive vaccineret mod influenza?",
        "Er der plads til kørestole i salen?",
        "Jeg er diabetessygeplejerske og holder foredrag.",
        "Hvornår åbner demenscaféen igen?",
        "Min søn er ordblind-lærer på skolen.",
        "Jeg er psykolog og vil tilbyde et foredrag.",
        "Jeg er uddannet fysioterapeut.",
        "Jeg skal til kontrol på bilsynet.",
        "Hun var dybt ulykkelig over afgørelsen.",
        "Jeg har et eksempel på en god løsning.",
    ],
)
def test_not_health(detector: Detector, text: str) -> None:
    check(detector, text, "health", False)


# --- Economy and social -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Care received (README labelling table: social services received).
        "Min mor får hjemmepleje to gange om dagen.",
        "Hjemmeplejen kommer ikke til tiden hos min far.",
        "Min far bor på plejehjem og får ikke sin medicin.",
        "Min mor har fået tildelt en plejebolig.",
        "Han har fået en BPA-ordning.",
        "Han er på et midlertidigt plejeophold.",
        # Benefits by their borger.dk names.
        "Jeg har søgt om helbredstillæg.",
        "Vi har søgt om ekstra børnetilskud.",
        "Jeg er på SU og har svært ved at klare mig.",
        # Arrears, a supply cut off, eviction, homelessness.
        "Jeg er bagud med huslejen.",
        "Vi har fået lukket for strømmen.",
        "Jeg fik en bøde, jeg ikke kan betale.",
        "Min nabo er blevet smidt ud af sin lejlighed.",
        "Jeg bor i min bil.",
        "Jeg har ikke noget sted at bo.",
        # Job loss in any person, divorce said as an ex-partner, prison.
        "Min mand har mistet sit arbejde.",
        "Jeg er blevet opsagt.",
        "Jeg er fraskilt og har børnene hver anden uge.",
        "Min eksmand vil ikke betale.",
        "Min søn er løsladt og har brug for hjælp.",
        "Kommunen vil fjerne vores børn.",
        # A service offered to a person is no policy word.
        "Min mor har fået tilbud om hjemmehjælp.",
    ],
)
def test_economy_social_wordings(detector: Detector, text: str) -> None:
    check(detector, text, "economy_social", True)


@pytest.mark.parametrize(
    "text",
    [
        "Vi vil gerne være plejefamilie.",
        "Vi har søgt om at blive aflastningsfamilie.",
        "Jeg er medlem af ASE a-kasse, ikke nogen fagforening.",
        "Vi er en virksomhed og vil gerne tage en person i løntilskud.",
        "Kan vi få udsættelse af fristen for høringssvar?",
        "Jeg er uddannet socialrådgiver og taler fire sprog.",
        "Jeg er ansat som hjemmehjælper i kommunen.",
        "Jeg er tillidsrepræsentant for FOA på et af jeres plejecentre.",
        "Jeg kommer hver uge på to af kommunens plejehjem som besøgsven.",
        "Til gengæld synes jeg, at biblioteket er godt.",
        "Jeg vil gerne donere madvarer til Fødevarebanken.",
        "Jeg vil spørge om taksten for madordningen i SFO.",
        "Vores forening for pensionister vil gerne låne salen.",
    ],
)
def test_not_economy_social(detector: Detector, text: str) -> None:
    check(detector, text, "economy_social", False)


# --- Property trades -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vores hus skal på tvangsauktion.",
        "Naboens hus er til salg.",
        "Huset overfor os har været til salg i over et år.",
        "Jeg skal sælge min fars hus efter hans død.",
        "Jeg vil købe den smalle strimmel jord bag min have.",
        "En investor har tilbudt at købe vores grund.",
        "Vi overvejer at sælge kolonihavehuset.",
        "Vi har fået accept på vores bud.",
        "Vi har haft fremvisning af huset i weekenden.",
        "Sælgeren har accepteret vores tilbud.",
        "Vi har købt et rækkehus, men overtagelsesdatoen er først 1. februar.",
        "Vi sender vores reviderede bud på kommunens erhvervsgrund.",
        # Formal verbs and nouns of a trade; an approval still awaited.
        "Undertegnede ønsker at afhænde ejendommen på Vejlebrovej.",
        "Overdragelsen af andelen afventer bestyrelsen.",
        "Vi har solgt vores kolonihave, men foreningen skal godkende køberen.",
    ],
)
def test_property_trade_wordings(detector: Detector, text: str) -> None:
    check(detector, text, "property_trade", True)


@pytest.mark.parametrize(
    "text",
    [
        "Vi har købt hus på Ishøj Strandvej, og skødet er tinglyst.",
        "Vi købte huset i 2012 og vil gerne bygge en carport.",
        "Hvornår sælger kommunen de nye byggegrunde?",
        "Hvornår sælger kommunen grunden ved havnen?",
        "Vi vil gerne sætte vores hus i stand.",
        "Jeg har fået job som ejendomsmægler.",
        "Købet af nye computere til skolen er forsinket.",
        "Vi har solgt vores kolonihave sidste år.",
        "Jeg vil gerne have, at fagforeningen deltager i forhandlingerne om min kontrakt.",
    ],
)
def test_not_property_trade(detector: Detector, text: str) -> None:
    check(detector, text, "property_trade", False)


# --- Ethnicity ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jeg er adopteret fra Sydkorea.",
        "Vi har adopteret en pige fra Sydafrika.",
        "Jeg er født i Tyskland.",
        "Min mand er tysker.",
        "Min far er amerikaner.",
        "Han er tyrkiskfødt.",
        "Jeg er polsk-født.",
        "Jeg er halvt italiensk.",
        "Min svigermor er fra Filippinerne.",
        "Du er berber fra Marokko.",
        'Min datter blev kaldt "abe" af en voksen mand.',
    ],
)
def test_ethnicity_wordings(detector: Detector, text: str) -> None:
    check(detector, text, "ethnicity", True)


@pytest.mark.parametrize(
    "text",
    [
        "Min søster kommer fra Norge på besøg.",
        "Vi har været i Tyskland på ferie.",
        "Min cykel, som er sort, er blevet stjålet.",
        "En underentreprenør har østeuropæiske folk gående uden overenskomst.",
        "Jeg er skuffet over, at I har stemt for flere flygtningeboliger.",
        "Hvad gør kommunen for at hjælpe flygtninge fra Ukraine med at finde arbejde?",
    ],
)
def test_not_ethnicity(detector: Detector, text: str) -> None:
    check(detector, text, "ethnicity", False)


# --- Belief ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Min søn er konverteret til islam.",
        "Jeg er konservativ og har altid stemt på partiet.",
        "Jeg stemmer altid Enhedslisten.",
        "Vi fejrer eid med familien.",
        "Jeg er militærnægter.",
        "Jeg sidder i byrådet for Konservative.",
        "Min mor spiser kun halal.",
        "Jeg er politisk aktiv i Radikale Venstre.",
    ],
)
def test_belief_wordings(detector: Detector, text: str) -> None:
    check(detector, text, "belief", True)


@pytest.mark.parametrize(
    "text",
    [
        "Hvornår åbner den nye moské?",
        "Kan der blive halal-mad i skolerne?",
        "Er der politisk vilje til at mødes på midten?",
        "Vi må låne lokaler i Ishøj Kirkes sal.",
        "Venlig hilsen\nZainab Ahmadi",
        "Mine børn har kristendomskundskab i 5. klasse.",
    ],
)
def test_not_belief(detector: Detector, text: str) -> None:
    check(detector, text, "belief", False)


# --- Union ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jeg er medlem af Lederne.",
        "Jeg er medlem af IDA.",
        "Jeg er medlem af Finansforbundet.",
        "Jeg er medlem af Dansk Psykolog Forening.",
        "Jeg er medlem af Kost & Ernæringsforbundet.",
        "Jeg er medlem af Blik og Rør.",
        "Jeg er medlem af Prosa.",
        "Jeg er FTR for BUPL.",
        "Jeg er medlem af Dansk El forbund.",
        "Jeg var medlem af fagforning.",
    ],
)
def test_union_wordings(detector: Detector, text: str) -> None:
    check(detector, text, "union", True)


def test_union_name_as_ordinary_word(detector: Detector) -> None:
    check(detector, "Ida og jeg kommer til mødet, og lederne på skolen ved det.", "union", False)
    # The union name is not a psychologist's health data.
    check(detector, "Jeg er medlem af Dansk Psykolog Forening.", "health", False)


# --- Sexual orientation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hej\n\nMin mand og jeg vil søge om tilskud.\n\nMvh\nPeter Hansen",
        "Hej\n\nMin ægtemand er syg.\n\nMvh\nThomas",
        "Hej, jeg hedder Lars og min mand arbejder nat.",
        "Hej\n\nMin afdøde mand, Ib, blev begravet her.\n\nMed venlig hilsen\nSvend Madsen",
        "Hej\n\nKnud Erik Holm og jeg har været samlevere i 30 år.\n\nMvh\nBent Sørensen",
        "Hej igen.\n\nMvh Jesper\n> Kære Jesper\n> Vi inviterer dig og din mand, Mads.",
        "Jeg er gift med en kvinde.\n\nMvh\nLene",
        "Min søn har en kæreste, som er en dreng.",
    ],
)
def test_same_sex_partner_wordings(detector: Detector, text: str) -> None:
    check(detector, text, "sexual_orientation", True)


@pytest.mark.parametrize(
    "text",
    [
        "Hej\n\nMin mand og jeg vil søge om tilskud.\n\nMvh\nMette Hansen",
        "Hej Jette, hvordan har din mand det?\n\nMvh\nKarin",
        "Vi har en forening for homoseksuelle i Vestegnen og søger lokaler.",
        "Jeg synes, kommunen bør støtte LGBT+ foreningen.",
        "Min søn er transkønnet.",
    ],
)
def test_not_sexual_orientation(detector: Detector, text: str) -> None:
    check(detector, text, "sexual_orientation", False)


def test_partner_helpers() -> None:
    assert author_sex("Hej, jeg hedder Lars og bor i Ishøj.") == "m"
    assert author_sex("Tekst\n\nMvh\nMette") == "f"
    assert find_addressed_partners("> Kære Jesper\n> dig og din mand, Mads") != []
    assert find_addressed_partners("> Kære Jette\n> dig og din mand, Mads") == []
    assert find_couples("Vibeke og jeg er gift.\n\nMvh\nBirthe") != []
    assert find_couples("Vibeke og jeg er gift.\n\nMvh\nJens") == []
