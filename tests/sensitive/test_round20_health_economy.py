"""Round 20 (corpus48-50 classes), economy_social: economy_social.yaml version 23,
context/core.py and context/care_and_money.py (a request for help after sentences that
name the one in need).

Each test covers a class of Danish wording seen missed on corpus48-50, with members
that appear in no corpus.  Sentences of our own, run through the product's default
``detect`` (learned veto on).  Each positive was missed before this round; each
negative shows the guard.
"""

from __future__ import annotations

from datetime import date

from classifiers.sensitive import categories, detect

E = "economy_social"
TODAY = date(2026, 11, 24)


def _has(text: str, category: str = E) -> bool:
    return category in categories(detect(text, today=TODAY))


def test_help_asked_for_someone_named_before() -> None:
    # "Kan kommunen hjælpe med X?" after sentences naming the one in need is a request
    # for that person, not a question about how a scheme works (care_and_money's
    # impersonal_question and core's about_a_person).
    assert _has("Hej\n\nMin nevø Jonas på 17 har ADHD og er droppet ud af skolen. "
                "Kan kommunen hjælpe med mentorstøtte?\n\nMvh Bente")
    assert _has("Hej\n\nVores datter venter tvillinger og skal flytte fra sit værelse. "
                "Kan kommunen hjælpe med flyttehjælp?\n\nHilsen Per")
    # Guards: people in general or a group in the question, or only a club's "vi".
    assert not _has("Hej\n\nKan kommunen hjælpe med mentorstøtte, hvis man er ung og "
                    "uden uddannelse?\n\nMvh Bente")
    assert not _has("Hej\n\nVores seniorklub skal på tur til Roskilde i maj. Kan kommunen "
                    "hjælpe med kørsel for de medlemmer, der ikke kan gå langt?\n\nMvh Inger")


def test_job_centre_summons_and_messages() -> None:
    # A summons to or a message from the job centre about one's meeting, and the job
    # centre wanting someone at a meeting (README: one's own case at the jobcenter).
    assert _has("Jeg har fået en indkaldelse fra jobcentret til næste tirsdag.")
    assert _has("Jeg fik en mail fra jobcenteret om at mit møde er flyttet til mandag.")
    assert _has("Jobcentret vil have ham til samtale hver anden uge.")
    assert not _has("Jobcentret holder åbent hus for virksomheder på torsdag.")


def test_decisions_and_applications_in_more_wordings() -> None:
    # An aid applied for with an article, a refusal of anything from the job centre,
    # a refusal to keep a child in a special class, care housing applied for without
    # "om" (README: decisions on one's own application).
    assert _has("Min ansøgning om en trappelift er blevet afvist.")
    assert _has("Han fik afslag på truckcertifikat fra jobcentret.")
    assert _has("Vi har fået afslag på at hun kan fortsætte i sin specialklasse.")
    assert _has("Min mor har søgt en ældrebolig på Vejleåvej.")
    assert not _has("Kommunen har givet afslag på byggetilladelse til vores carport.")


def test_support_meals_aids_and_custody() -> None:
    # A support teacher assigned, meals from the meal service, asking the municipality
    # for aids, remand custody, a bankruptcy in progress.
    assert _has("Vores datter har fået tildelt en støttepædagog i SFO'en.")
    assert _has("Han har ikke fået sin mad fra madordningen siden mandag.")
    assert _has("Vi har kontaktet kommunen om en badebænk til min far.")
    assert _has("Min bror sidder i arresten i Roskilde.")
    assert _has("Min svoger er under konkursbehandling.")
    assert not _has("Børnehaven søger en støttepædagog til 30 timer om ugen.")
    assert not _has("Madordningen skifter leverandør til nytår.")


def test_health_addiction_iron_accident_death_and_dog() -> None:
    # health.yaml v20: addiction as the person's noun (not the verb), low iron;
    # exclusions.yaml v19: death in an accident is a death (README: death alone is no
    # category); core.py: the Danish adverb "dog" is no English dog (it made the clause
    # a pet's and dropped the hit).
    H = "health"
    assert _has("Min fætter er misbruger og bor på gaden.", H)
    assert _has("Hun har lavt jern og er meget træt.", H)
    assert _has("Han har dog stadig ondt i ryggen efter operationen.", H)
    assert not _has("Naboen misbruger sin p-plads til at opbevare skrot.", H)
    assert not _has("Jeg er værge for min nevø, hvis forældre døde i en trafikulykke.", H)
