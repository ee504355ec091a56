"""Round 29 (corpus72-80 classes, nine writers): economy_social said through the
municipality's follow-up meetings, meal service, aid depot and a dropped "jeg".

economy_social.yaml version 32 (32a): a sickness or job-centre follow-up meeting one is
summoned or goes to, in any person (README: jobcenter); one's CV meeting and
unemployment statement; a meal service delivering to a person (README: madordning); an
aid "fra jer" or from the aid depot, walking frames and compression stockings as aids
(README: aids).  context/core.py: a sentence opening with "går", "bor", "sover",
"står", "venter", "modtager", "skal" ... and no subject is the writer's (the dropped
"jeg" of short mails).  Sentences of our own wording; each was missed (or, for the
negatives, is kept out) by the rules alone.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto and rescue are retrained after the round; the rules are tested
# without them.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ECON = "economy_social"


def _has(text: str, category: str = ECON) -> bool:
    return category in categories(_DETECTOR.detect(text))


def test_summoned_to_a_follow_up_meeting() -> None:
    assert _has("Min søster er blevet indkaldt til opfølgningssamtale på fredag.")
    assert _has("Jobcentret har indkaldt mig til en afklaringssamtale, men jeg er på ferie.")
    assert _has("Vores kollega Karim skal til sygeopfølgning i næste uge og vil have en bisidder.")
    assert _has("jeg var til rådighedssamtale i går og fik ikke noget papir")
    assert _has("Kan mit cv-møde flyttes? Jeg har tandlæge den dag.")
    assert _has("Hvor skal jeg sende min ledighedserklæring hen?")
    # Kept out: no one named.
    assert not _has("Hvorfor indkalder kommunen sygemeldte til opfølgningssamtaler?")
    assert not _has("Hvor lang tid varer en opfølgningssamtale normalt?")


def test_meals_delivered_to_a_person() -> None:
    assert _has("Madservicen leverer stadig svinekød til min far, selvom han er muslim.")
    assert _has("madordningen bragte ingen mad til mig i går")
    assert _has("Maden fra madservice til min mormor var kold igen i dag.")
    assert _has("Min mand synes måltiderne fra madordningen er for små.")
    # Kept out: no one named.
    assert not _has("Hvad koster madordningen pr. måltid i 2027?")
    assert not _has("Vil kommunen indføre en kødfri dag i skolernes madordning?")
    assert not _has("Leverandøren af madservice skifter til nytår.")


def test_an_aid_from_you_or_the_depot() -> None:
    assert _has("Min mor fik en kørestol fra jer i sommer, og nu er bremsen gået.")
    assert _has("Jeg har brug for krykker i en måned. Kan jeg låne nogle på depotet?")
    assert _has("Vi hentede gangbukken fra hjælpemiddeldepotet, men den er for høj.")
    assert _has("Jeg har ansøgt om kompressionsstrømper for tre uger siden.")
    assert _has("min far har fået bevilget en gangbuk")
    # Kept out: the depot's hours; an aid worn, with no act of the municipality.
    assert not _has("Hvornår har hjælpemiddeldepotet åbent i julen?")
    assert not _has("Mine kompressionsstrømper er for stramme, hvilket mærke er bedst?")


def test_a_dropped_jeg_before_a_verb_of_state() -> None:
    assert _has("Går på efterløn fra 1. april.")
    assert _has("Skal betale boligstøtte tilbage inden jul.")
    assert _has("Venter stadig på svar om boligstøtte.")
    assert _has("Sover i bilen for tiden.")
    # Kept out: a question whose subject is "man" or "der".
    assert not _has("Bor man i kommunen, kan man søge boligstøtte?")
    assert not _has("Står der noget om efterløn på jeres hjemmeside?")
    assert not _has("Skal man være over 65 for at få madservice?")


def test_sleeping_rough_named_by_the_place() -> None:
    assert _has("Min nevø er smidt ud hjemmefra og har sovet på banegården i tre nætter.")
    assert _has("Han overnatter i en cykelkælder, fordi han ikke må komme hjem.")
    assert _has("hun sover på en bænk i parken nu, kan I hjælpe hende")
    # Kept out: people in general, and a tent on holiday.
    assert not _has("Nogle hjemløse sover i indgangene til butikkerne om natten.")
    assert not _has("Vi sov i et telt på festivalen og det regnede.")


def test_pension_benefits_and_a_sanction_by_name() -> None:
    assert _has("Mit pensionstillæg er blevet sat ned, og jeg forstår ikke hvorfor.")
    assert _has("Min svigerinde har søgt børnepension til sine to drenge.")
    assert _has("Jeg vil klage over den sanktion, jeg fik i sommer.")
    # Kept out: a rule asked about with no one named.
    assert not _has("Hvordan klager man over en sanktion i kontanthjælpen?")


def test_a_home_allotted_by_the_municipality() -> None:
    assert _has("Vi fik anvist en lejlighed gennem kommunen efter skilsmissen.")
    assert _has("Min søster har fået en bolig af kommunen i Vejleåparken, men der er skimmel.")
    assert _has("Jeg bor i en anvisningsbolig og nøglen til kælderen mangler.")
    # Kept out: a question about the scheme.
    assert not _has("Kan man søge en ungdomsbolig gennem kommunen?")


def test_refused_a_place_in_special_education() -> None:
    assert _has("Vores søn har fået afslag på at komme i ordblindeklassen.")
    assert _has("Min datter fik afslag på at komme på en specialskole i Greve.")
    assert _has("Min nevø har fået plads på ordblindeskolen fra august.")
