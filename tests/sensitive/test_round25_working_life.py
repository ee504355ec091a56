"""Round 25 (corpus61 classes): economy_social in working life and staff notes.

economy_social.yaml version 28 (28a), exclusions.yaml version 23 (23a); in
context/core.py the staff-note "bgr." as a person and as no sentence end, a full stop
before a comma and "sagsnr." as no sentence end, a committee's agenda as a policy
word; in context/care_and_money.py a benefit's unit written with a capital
(``benefit_unit``).  Sentences of our own wording.  Each positive was missed before
this round; the guards next to them show what stays out.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ECON = "economy_social"


def _has(text: str, category: str = ECON) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- a caseworker's note about one citizen -------------------------------------------

def test_note_abbreviation_of_sickness_benefit() -> None:
    assert _has("Telefonnotat: borgeren spørger hvorfor sygedagp. for november ikke er "
                "udbetalt.")
    assert _has("Kort resumé: murer, 52 år, sygedagp. siden april, ønsker omskoling.")


def test_note_kontanthjaelp_abbreviated() -> None:
    assert _has("Notat 3/12:\nBgr. (Kim R.) er på KH og har en bil til 60.000 kr.")
    assert _has("Notat: Bgr. har arvet et hus, og KH er derfor stoppet fra 1/1.")
    # A greeting "KH" closing a mail is no benefit.
    assert not _has("Tak for en god snak i går om havefesten.\n\nKH\nLene")


def test_note_meeting_not_attended() -> None:
    assert _has("Notat:\nBgr. (Omar K., sagsnr. 2026-10001) møder ikke op til samtale "
                "for anden gang.")
    assert _has("Hun udeblev fra samtale i sidste uge og har ikke svaret på breve.")


def test_note_service_through_job_centre_offer() -> None:
    assert _has("Bgr. er sygemeldt med stress. Ønsker forløb hos psykolog via "
                "jobcentrets tilbud.")
    assert not _has("Kan man få en psykolog via jobcentrets tilbud, hvis man er ansat?")


# --- work schemes and the job centre ---------------------------------------------------

def test_work_trial_and_wage_subsidy_job() -> None:
    assert _has("Min mand forstår ikke brevet om hans arbejdsprøvning. Kan nogen ringe?")
    assert _has("Hun har et løntilskudsjob i kommunens kantine, men chefen er ubehagelig.")


def test_job_centre_calls_or_sends_the_person() -> None:
    assert _has("Jobcentret ringer og siger jeg skal møde op tirsdag, men jeg har ingen "
                "bus.")
    assert _has("Hver uge sender jobcentret mig til nye samtaler om lagerjob.")
    assert _has("Jobcentret har sendt ham til samtale i et rengøringsfirma.")


def test_dismissal_sent_to_the_person() -> None:
    assert _has("Min svoger er syg, og hans chef har sendt ham en opsigelse i går.")


def test_grant_with_adverb() -> None:
    assert _has("Han har nu fået bevilget en særlig kontorstol på arbejdspladsen.")


# --- what stays out ---------------------------------------------------------------------

def test_benefit_unit_named_by_staff() -> None:
    assert not _has("Hej HR\n\nMin kollega i Ydelse holder fri hele næste uge, så vi "
                    "mangler en vikar.")
    assert not _has("Referat, teammøde Sygedagpenge 2/12: nye skabeloner og julefrokost.")
    # A citizen's own benefit stays, in any case.
    assert _has("Jeg er på Sygedagpenge og har ikke fået penge i denne måned.")


def test_employer_refund_of_sickness_benefit() -> None:
    assert not _has("Vores medarbejder er sygemeldt. Vi har udbetalt løn under sygdommen "
                    "og ønsker refusion af sygedagpenge.")


def test_colleagues_who_resigned() -> None:
    assert not _has("Vi er pressede på stuen, og to kolleger der har sagt op er ikke "
                    "erstattet.")
    assert _has("Jeg er blevet sagt op efter ni år på lageret.")


def test_asking_whether_one_can_join_waiting_list() -> None:
    assert not _has("Hun vil gerne vide om hun kan komme på venteliste til ældrebolig, "
                    "før huset er solgt.")


def test_agenda_item_on_a_scheme() -> None:
    assert not _has("Jeg vil gerne have et punkt på dagsordenen om seniorjob i næste "
                    "møde.")


def test_feared_dismissal_or_homelessness() -> None:
    assert not _has("Jeg skriver uden navn, for hvis chefen ser det, så bliver jeg fyret.")
    assert not _has("Vi venter på købsaftalen og er nervøse for at stå uden bolig i "
                    "januar.")
    assert _has("Han bliver fyret til december, siger lederen.")
