"""Round 30 (corpus81-86 classes, and corpus72-80): economy_social said through a home
the municipality allotted, help asked for with one's home or at home, a decision or a
refusal on a named scheme, SU with an adverb, a dismissal given, homelessness said with
"hjem", and a lease given up on moving kept out.

economy_social.yaml version 33 (33a): a home allotted or rented by the municipality,
said without an article, with an adjective or as where one lives (README: housing
allotment is support received); the municipality asked to help a person to another
home, or someone asked to help a person at home or to take over home-care tasks; a
decision on a benefit that is someone's ("afgørelse om boligstøtte til ...", "min
afgørelse om ..."), the refusal in the definite ("afslaget på ..."); a bathroom
adapted, a sign-language interpreter and the beboerindskudslån as schemes; SU with
"jo", "også" ...; a dismissal disputed as not "saglig" or with garden leave
("fritstillet"); "ikke har et hjem"; a loan for the property tax; one's home sold by
force.  exclusions.yaml (v28a): "sagt op i sin lejlighed", "lejligheden er opsagt".
Sentences of our own wording; each was missed (or, for the negatives, is kept out) by
the rules alone.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto and rescue are retrained after the round; the rules are tested
# without them.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ECON = "economy_social"


def _has(text: str, category: str = ECON) -> bool:
    return category in categories(_DETECTOR.detect(text))


def test_a_home_from_the_municipality() -> None:
    assert _has("Vi fik lejlighed af kommunen sidste forår, men radiatoren er kold.")
    assert _has("Min fætter har fået værelse gennem kommunen og skal flytte ind i marts.")
    assert _has("Vores nye lejlighed fra kommunen har et vindue der ikke kan lukkes.")
    assert _has("Han bor i kommunens midlertidige bolig og deler bad med seks andre.")
    assert _has("Vi har boet i kommunens bolig på Torvet siden januar.")
    assert _has("Familien bor i et hus, som kommunen har lejet til dem.")
    assert _has("Er der mug i den midlertidige bolig, hvor vi bor nu?")
    # Kept out: the municipality's housing as a topic, with no one living there.
    assert not _has("Hvor mange boliger ejer kommunen i Ishøj Landsby?")
    assert not _has("Byrådet bør bygge flere almene boliger til unge.")
    assert not _has("Hvornår bliver kommunens nye boliger ved havnen færdige?")


def test_help_with_ones_home_or_at_home() -> None:
    assert _has("Kan kommunen hjælpe os med at finde en anden lejlighed uden trapper?")
    assert _has("Kan I hjælpe mig med at skifte til en bolig i stueplan?")
    assert _has("Kan vi få nogen til at hjælpe hende, når hun kommer hjem fra sygehuset?")
    assert _has("Jeg kan ikke løfte ham mere, så vi mangler nogen der kan tage over med tøjvask.")
    # Kept out: a neighbour or a relative who helps; a general question.
    assert not _has("Min nabo hjælper hende med indkøb om fredagen.")
    assert not _has("Hvordan får man en bolig gennem boligselskabet?")


def test_a_decision_or_refusal_on_a_scheme() -> None:
    assert _has("Afgørelse om boligstøtte til Jonas Holm: 1.450 kr. om måneden.")
    assert _has("Vi har fået afslaget på ombygning af badeværelset og vil klage.")
    assert _has("Jeg søgte om ændring af mit badeværelse efter operationen.")
    assert _has("Min bror fik afslag på tegnsprogstolk til sit lægebesøg.")
    assert _has("Jeg har søgt om beboerindskudslån til min nye lejlighed.")
    # Kept out: how to complain in general.
    assert not _has("Hvordan klager man over en afgørelse om boligstøtte?")
    assert not _has("Hvor lang tid tager en afgørelse om friplads normalt?")


def test_su_with_an_adverb() -> None:
    assert _has("Jeg får også SU, så jeg arbejder kun lidt ved siden af.")
    assert _has("Han får stadig SU, selvom han er holdt op på studiet.")
    # Kept out: SU as a policy matter.
    assert not _has("SU-satserne burde stige med inflationen.")


def test_a_dismissal_given() -> None:
    assert _has("Min advokat mener at opsigelsen ikke er saglig.")
    assert _has("Han blev fritstillet i sidste uge og har tre måneders løn tilbage.")
    assert _has("Fagforeningen siger, at min opsigelse var usaglig.")
    # Kept out: a threatened dismissal; the rules on notice in general.
    assert not _has("Hvor lang er opsigelsesperioden for timelønnede i kommunen?")


def test_homelessness_said_with_home() -> None:
    assert _has("Jeg går på værestedet, fordi jeg ikke har et hjem.")
    assert _has("Min bror har ikke et hjem lige nu.")
    # Kept out: an animal's home; a home as a topic.
    assert not _has("Hvor mange katte har ikke noget hjem efter jul?")


def test_money_and_the_home() -> None:
    assert _has("Kommunen har givet mig lån til ejendomsskatten, og nu vil jeg sælge.")
    assert _has("Kreditforeningen vil tvangssælge mit hus i marts.")


def test_a_lease_given_up_on_moving_is_no_dismissal() -> None:
    assert not _has("Min datter har sagt op i sin lejlighed og flytter hjem til os.")
    assert not _has("Lejligheden i Brøndby er opsagt til 1. marts, så vi flytter sammen.")
    # Kept: a dismissal, and a lease ended by the landlord.
    assert _has("Jeg er blevet sagt op fra mit job på lageret.")
    assert _has("Lejligheden er opsagt af udlejeren, og vi har ingen steder at gå hen.")
