"""Round 28 (corpus70 and corpus71 classes): economy_social of a child's school support
and PPR case, and of the job centre's clients.

economy_social.yaml version 31b: a place got in care or supported housing whoever the
subject; a group of unemployed that includes the writer; school support had, to come or
granted with a count, a place at a special school with an article; a scheme or an aid
granted with the object first; applying with an adverb or in V2 order, a § 56-agreement
applied for in any tense; a child's PPR case by its papers, assessment, test or
meeting; the job centre's act in the passive and the round-table meeting.
context/care_and_money.py: the writer's child in a mail addressed to PPR that speaks of
the child's case there; the writer's own meeting ("til mødet", "næste møde") in a mail
to the job centre, also when that mail is quoted under a "Til: Jobcenter" header.
CORPUS70.md decisions (PPR, special support at school), CORPUS71.md (fleksjob and
ressourceforløb) and the README's job-centre and § 56 conventions.  Sentences of our own
wording; each positive was missed before this round.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto and rescue are retrained after the round; the rules are tested
# without them.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ECON = "economy_social"


def _has(text: str, category: str = ECON) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- school support had, to come or counted ---------------------------------------------

def test_school_support_had_or_to_come() -> None:
    assert _has("Vores dreng har haft en støttepædagog hele sidste år, men nu er hun væk.")
    assert _has("Min datter skal have en støttepædagog fra efteråret, har skolen lovet.")
    assert _has("han har brug for en støttepædagog i frikvartererne, ellers går det galt")
    assert _has("Sofie har mistet sin støttepædagog efter sommerferien.")
    # A teacher's wish for more staff in general is no one's support.
    assert not _has("Skolerne burde have en støttepædagog i hver klasse, mener vi i "
                    "skolebestyrelsen.")


def test_support_hours_with_a_count() -> None:
    assert _has("Vores søn er bevilget 12 støttetimer om ugen, men får kun halvdelen.")
    assert _has("min pige får 5 støttetimer men det er slet ikke nok")
    assert _has("Han har fået ekstra støttetimer siden jul, og det hjælper.")
    assert not _has("Hvor mange støttetimer bruger kommunen i alt på skolerne?")


def test_special_school_place_with_an_article() -> None:
    assert _has("Vi ønsker plads på en specialskole til vores søn Mikkel.")
    assert _has("Min datter står og venter på plads i en specialklasse.")
    assert _has("jeg har søgt plads på en specialskole til ham i maj")


# --- a scheme or an aid granted with the object first ---------------------------------

def test_scheme_granted_object_first() -> None:
    assert _has("Min mor har fået hjemmehjælp bevilget to gange om ugen.")
    assert _has("Vi fik kørsel bevilget til skolen, men taxaen kommer for sent.")
    assert _has("Han har fået en rollator bevilget, men den er for lav.")
    assert _has("hun har fået aflastning godkendt en weekend om måneden")


# --- applying with an adverb, in V2 order, or for a § 56-agreement --------------------

def test_applying_with_an_adverb_or_v2() -> None:
    # (A scheme that counts by its name alone, "boligstøtte", was found before; these
    # schemes need the applying verb.)
    assert _has("Derfor søger jeg også om kørsel.")
    assert _has("Derfor søger vi om kørsel til skolen fra januar.")
    assert _has("Jeg søger hermed om befordring til hospitalet.")


def test_paragraph_56_applied_for() -> None:
    assert _has("Min chef og jeg vil søge om en § 56-aftale, fordi jeg har Crohns sygdom.")
    assert _has("Jeg søger derfor om en §56-aftale, da jeg har epilepsi.")
    assert _has("har søgt om § 56 aftale i september og venter stadig")
    # The employer's refund or a question about the rules is no one's application.
    assert not _has("Hvordan søger en virksomhed generelt om en § 56-aftale?")


# --- a child's case at PPR -----------------------------------------------------------

def test_ppr_case_by_its_papers_test_or_meeting() -> None:
    assert _has("Vi har nu ventet i et halvt år på udredningen hos PPR af vores datter.")
    assert _has("Kan I sende vurderingen fra PPR af min søn til den nye skole, han "
                "starter der 1. marts.")
    assert _has("Min søn blev testet af PPR i foråret, og vi har ikke fået svar.")
    assert _has("vi har fået indkaldelse til netværksmøde om vores datter på tirsdag")
    assert _has("Hans PPR-sag er flyttet til en ny psykolog, skriver skolen til mig.")
    # PPR's waiting times or a report on children in general are no one's case.
    assert not _has("Hvor lang tid tager en udredning hos PPR i gennemsnit?")
    assert not _has("Jeg har læst rapporten fra PPR om inklusion i kommunen.")


def test_mail_to_ppr_about_the_writers_child() -> None:
    assert _has("Til PPR\n\nHermed psykiaterens erklæring om min søn, som I bad om før "
                "testen.")
    assert _has("Kære PPR\n\nhej vi vil gerne have et møde om vores pige hun har det "
                "svært i klassen")
    assert _has("Att. PPR Ishøj\n\nSkolen har sendt indstillingen om min datter Nora. "
                "Hvornår hører vi fra jer?")
    # A question about waiting times, or a teacher's pupil, has no child of the writer.
    assert not _has("Til PPR\n\nHvor lang er ventetiden på en test lige nu? Vi spørger "
                    "for skolebestyrelsen.")
    assert not _has("Til PPR\n\nKan I holde et oplæg for forældrene på skolen om "
                    "ordblindhed?")


# --- the job centre's client ------------------------------------------------------------

def test_job_centre_act_in_the_passive() -> None:
    assert _has("Min bror er blevet indkaldt af jobcentret til en samtale om fleksjob.")
    assert _has("jeg blev visiteret af jobcenteret til et forløb i efteråret")
    assert _has("Hun har fået en rundbordssamtale med sin læge og sin arbejdsgiver.")


def test_own_meeting_said_as_the_meeting_in_a_mail_to_the_job_centre() -> None:
    assert _has("Til Jobcentret\n\nJeg kan ikke nå til mødet på fredag, min søn er syg.")
    assert _has("Kære jobcenter\n\nMå min kone komme med til mødet? Jeg taler ikke så "
                "godt dansk.")
    assert _has("Hej Jobcenter Ishøj\n\nKan jeg få en tolk til næste møde? Jeg forstår "
                "ikke alt.")
    assert _has("-----Original Message-----\nFra: Said Omar\nTil: Jobcenter Ishøj\n\n"
                "Jeg kommer ikke til mødet i morgen, jeg har lægetid.\n-----\n\nHej igen, "
                "jeg venter stadig på svar.")
    # An employer's meeting about a trainee is no one's case.
    assert not _has("Til Jobcentret\n\nJeg kommer gerne til mødet om vores nye "
                    "praktikant på torsdag.")


# --- a place got, and a group of unemployed ---------------------------------------------

def test_place_got_in_care_or_supported_housing() -> None:
    assert _has("Lars har fået plads på en ældrebolig i Torslunde.")
    assert _has("Hanne fik en plads på en ældrebolig tæt på sin datter.")
    assert _has("Min bror har fået tildelt en plads på en handicapbolig.")


def test_group_of_unemployed_with_the_writer() -> None:
    assert _has("Vi er nogle arbejdsløse, der mødes i kirkens lokaler hver mandag.")
    assert _has("vi er begge to på kontanthjælp og har tre børn")
    assert _has("Vi er en gruppe ledige fra Ishøj, som gerne vil starte en jobklub.")
    assert not _has("Der er flere ledige stillinger på plejecentret i år.")
