"""Round 27 (corpus66 and corpus68 classes): economy_social of the self-employed, students
and the job centre's clients, and of a council member's forwarded and quoted mail.

economy_social.yaml version 30 (30a): help applied for in bare form or from the job
centre, help to pay an expense, support applied for a child or a relative, a letter from
a collection firm, a reminder from the tax authority, no pay taken out of one's firm, a
personal guarantee, a business near bankruptcy or closed by force, no dagpenge, a lost
apprenticeship, retraining, an aid or a scheme withdrawn, SPS refused.
context/care_and_money.py: the writer's own meeting in a mail to the job centre, one's
"jobcentersamtale", a job centre's summons quoted in the mail; money states of people in
general ("erhvervsdrivende der er gået konkurs") and a neighbour's forced sale stay out.
engine.py: a number that closes a label's parenthesis wrapped onto its own line is the
label's, not a CPR number.  CORPUS66.md's decisions (a sole trader's debt is the owner's;
support asked for oneself) and the README's job-centre and aid conventions.  Sentences
of our own wording; each positive was missed before this round.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ECON = "economy_social"


def _has(text: str, category: str = ECON) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- the writer's own meeting at the job centre ----------------------------------------

def test_own_meeting_in_a_mail_to_the_job_centre() -> None:
    assert _has("Kære Jobcenter Ishøj\n\nJeg kan desværre ikke komme til min samtale "
                "på torsdag, bussen er aflyst.")
    assert _has("Til Center for Beskæftigelse\n\nhej jeg har samtale med jer mandag men "
                "mit barn er sygt. kan det flyttes?")
    assert _has("Hej jobcentret\n\nKan jeg få en ny mødetid? Jeg skal til tandlæge den dag.")
    assert _has("Til Jobcentret\n\nJeg ikke kan komme til samtale fredag fordi bilen er "
                "i stykker.")
    # An employer or a consultant meeting the centre about someone else, and a question
    # about its events, are no one's case.
    assert not _has("Til Center for Beskæftigelse og Erhverv\n\nVi er en tømrervirksomhed, "
                    "og jeg vil gerne holde et møde med jer om en stilling.")
    assert not _has("Til Jobcentret\n\nJeg er virksomhedskonsulent og har haft samtale "
                    "med jer om en praktikant.")
    assert not _has("Til Jobcentret\n\nHvornår holder I jobmesse? Jeg vil gerne komme.")


def test_own_jobcentre_meeting_as_a_compound() -> None:
    assert _has("Jeg har min jobcentersamtale i morgen, men jeg er syg.")
    assert _has("jeg har jobcentermøde kl 9 og kan ikke hente min søn")
    assert _has("Kan min jobcenter-samtale rykkes til om eftermiddagen?")
    assert not _has("Jobcentersamtaler er spild af tid, skriver avisen.")


def test_quoted_summons_from_the_job_centre() -> None:
    assert _has("> Fra: Jobcenter Vest\n> Emne: Indkaldelse\n> Du skal møde til samtale "
                "den 4.\n\nDet passer mig ikke, kan vi tage onsdag?")
    assert _has("Videresender lige:\n\nFra: Jobcentret\nEmne: Din indkaldelse\nVelkommen "
                "til samtale mandag kl. 9.\n\nHvad gør jeg?")
    assert _has("---- Oprindelig meddelelse ----\nFra: Jobcenter Ishøj\nDu er indkaldt "
                "til en samtale om din plan.\n----\nJeg har jo fået arbejde nu.")
    assert not _has("Fra: Jobcenter Ishøj\nEmne: Jobmesse i hallen\nKom og mød "
                    "virksomhederne torsdag.")


# --- help applied for ------------------------------------------------------------------

def test_help_applied_for_without_an_object() -> None:
    assert _has("Min kæreste og jeg søger begge om hjælp, efter at vores café lukkede.")
    assert _has("Jeg har søgt om hjælp hos jer i marts og har ikke hørt noget.")
    assert _has("hvordan kan jeg søge om hjælp når jeg ikke har nemid")
    assert not _has("Hvor kan man søge om hjælp til at arrangere en sommerfest?")


def test_help_applied_for_an_expense() -> None:
    assert _has("Jeg har søgt hjælp til medicin, men der er ikke kommet svar.")
    assert _has("Vi søgte hjælp til tandlægen sidste år.")
    assert _has("Min mor søger hjælp til transport til sygehuset.")


def test_help_from_the_job_centre() -> None:
    assert _has("Jeg skal holde åbent hele dagen for at få hjælp fra jobcentret.")
    assert _has("Han får støtte fra jobcenteret til at starte egen virksomhed.")
    assert _has("Jeg fik ingen hjælp fra jobcenter da jeg blev ledig.")


def test_support_applied_for_a_child_or_relative() -> None:
    assert _has("Vi har søgt om støtte til vores datter i vuggestuen.")
    assert _has("Jeg søgte om støtte til min mor, da hun ikke kunne klare trapperne.")
    assert _has("De har ansøgt om støtte til deres søn i skolen.")
    assert not _has("Vi har søgt om støtte til vores forening fra puljen.")


def test_retraining() -> None:
    assert _has("Jeg er tømrer og har fået dårlig ryg. Kan kommunen hjælpe mig med omskoling?")
    assert _has("Jeg vil gerne omskoles til kontorarbejde.")
    assert _has("Jeg har søgt om omskoling efter min ulykke.")


def test_aid_or_scheme_withdrawn() -> None:
    assert _has("Kommunen har trukket mit hjælpemiddel tilbage, fordi jeg har fået job.")
    assert _has("De har frataget mig min kørestol uden at spørge.")
    assert _has("Nu har de inddraget hendes bostøtte.")


def test_sps_refused() -> None:
    assert _has("Jeg har fået afslag på SPS-støtte på min uddannelse.")
    assert _has("Min søn fik afslag på SPS, fordi papirerne kom for sent.")
    assert _has("Jeg har fået bevilget sps på gymnasiet.")


# --- the self-employed -----------------------------------------------------------------

def test_letter_from_a_collection_firm() -> None:
    assert _has("Jeg har fået brev fra et inkassofirma om 23.000 kr. for et gammelt lån.")
    assert _has("Nu kommer der rykkere fra inkassobureauet hver uge.")
    assert _has("Inkassofirmaet har sendt min sag videre til fogeden.")
    assert not _has("Jeg arbejder på et inkassofirma og søger en ny stilling.")


def test_reminder_from_the_tax_authority() -> None:
    assert _has("Jeg har fået en rykker fra Skattestyrelsen om min moms.")
    assert _has("Der kom endnu en rykker for momsen i går, og jeg kan ikke betale.")
    assert _has("Vi har fået rykkere fra Gældsstyrelsen siden sommeren.")


def test_no_pay_from_ones_own_firm() -> None:
    assert _has("Jeg har ikke kunnet tage løn ud af firmaet siden marts.")
    assert _has("Butikken løber rundt, men jeg kan ikke hæve løn.")
    assert _has("vi har ikke råd til at tage løn ud af cafeen")


def test_personal_guarantee() -> None:
    assert _has("Jeg har personlig kaution for firmaets lån i banken, og firmaet er lukket.")
    assert _has("Min mand hæfter personligt for hele kassekreditten.")
    assert _has("Jeg hæfter selv for gælden i mit I/S.")


def test_business_near_bankruptcy_or_closed_by_force() -> None:
    assert _has("Vi er ved at gå konkurs med restauranten.")
    assert _has("Jeg måtte lukke min frisørsalon i sommer, der kom ingen kunder.")
    assert _has("Min far måtte dreje nøglen om efter 30 år i kiosken.")
    assert _has("Min butik er tæt på konkurs, og jeg ved ikke hvad jeg skal gøre.")


def test_no_dagpenge() -> None:
    assert _has("Nu har vi ingen dagpenge, fordi vi var selvstændige.")
    assert _has("Jeg står uden dagpenge efter at firmaet lukkede.")
    assert _has("Han har ingen kontanthjælp, fordi hans kone tjener for meget.")


def test_lost_apprenticeship() -> None:
    assert _has("Jeg har mistet min elevplads, fordi butikken lukkede.")
    assert _has("Min søn mistede sin læreplads i går.")
    assert _has("Hun har mistet lærepladsen hos tømreren.")


# --- people in general and a neighbour's forced sale stay out ---------------------------

def test_money_state_of_people_in_general() -> None:
    assert not _has("Jeg rådgiver iværksættere, som er gået konkurs.")
    assert not _has("Jeg hjælper familier, som er på kontanthjælp, med lektier.")
    assert not _has("Vi må ikke tale om mennesker på overførselsindkomst som en udgift.")
    # Someone's own, or the writer among them, still counts.
    assert _has("Mine forældre, der er gået konkurs, bor hos mig.")
    assert _has("Jeg er en af de erhvervsdrivende, der er gået konkurs.")


def test_neighbours_forced_sale() -> None:
    assert not _has("Naboens hus skal på tvangsauktion, og vi overvejer at byde.")
    assert not _has("Vores genbo skal på tvangsauktion i maj. Hvad sker der med hækken?")
    assert _has("Min nabo skal på tvangsauktion, fordi han skylder banken penge.")
    assert _has("Vores hus skal på tvangsauktion i marts.")


# --- CPR: a number closing a label's parenthesis on the next line -----------------------

def test_number_closing_a_wrapped_parenthesis_is_not_cpr() -> None:
    assert not _has("Vi har ikke fået betaling for oktober (faktura\n1110240233). Kan I se "
                    "på det?", "cpr")
    assert not _has("Vi mangler penge for september (regning\n0309871234). Hilsen Ole", "cpr")
    assert not _has("Kontoen er lukket (konto\n0309871234).", "cpr")
    # A CPR word in the parenthesis, or no parenthesis, still gives the CPR number.
    assert _has("Jeg sender min søns oplysninger (cpr\n0309871234).", "cpr")
    assert _has("Kan I rette adressen på min søn (hans\n0309871234)?", "cpr")
