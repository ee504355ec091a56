"""Round 24 (corpus57-59 classes): economy_social.

economy_social.yaml version 27, exclusions.yaml version 22; in context/care_and_money.py
and engine.py a mail addressed to one care home or day centre that names the writer's
relative (``care_home_relative``, ``DanishCareHomeRecognizer``).  Sentences of our own
wording.  Each positive was missed before this round; the guards next to them show what
stays out.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
ECON = "economy_social"


def _has(text: str, category: str = ECON) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- an ældrebolig allotted, offered, applied for or signed up for ------------------

def test_care_housing_allotted_or_offered() -> None:
    assert _has("Jeg har fået tildelt en ældrebolig på Vejleåvej, men der er et højt "
                "dørtrin ved terrassen.")
    assert _has("Min far har fået tilbudt en plejebolig fra 1. marts. Kan han tage sin "
                "lænestol med?")
    assert _has("Jeg skal sælge mit rækkehus, for jeg har fået en plads i en ældrebolig "
                "fra nytår.")


def test_care_housing_applied_or_signed_up() -> None:
    assert _has("Jeg bor alene og har søgt ældrebolig, men brevet fra jer forstår jeg "
                "ikke.")
    assert _has("Min kone og jeg vil gerne skrives op til en ældrebolig i Torslunde.")
    assert _has("Min søn hjalp med at skrive os op til en ældrebolig, men vi har ikke "
                "hørt noget.")
    assert _has("Tom was allotted an ældrebolig last month, but the lease is only in "
                "his name.")


def test_settled_move_to_care_housing() -> None:
    assert _has("Vi skal flytte til en ældrebolig i Hvidovre, så vi sælger huset.")
    # A question about the scheme or a wish some day stays out.
    assert not _has("Hvordan skriver man sig op til en ældrebolig i kommunen?")
    assert not _has("Vi vil gerne flytte i en ældrebolig en dag, når vi bliver gamle.")


# --- living in the institution written to, or on its ward -----------------------------

def test_living_in_the_home_written_to() -> None:
    assert _has("Min mormor, som bor hos jer, fylder 95 på lørdag. Må vi holde kaffe "
                "på stuen?")
    assert _has("Vores bedstefar skal flytte ind hos jer efter påske. Kan han få et "
                "værelse med altan?")
    assert _has("Min mor bor på afdeling 4 og vil gerne have sin egen radio.")
    assert _has("Min far bor på jeres afdeling 1 og mangler sine briller.")
    # A housing association's department is lived "i", and says no care.
    assert not _has("Vi bor i afdeling 12 og vil klage over vaskeriet.")


def test_mail_to_a_care_home_about_a_relative() -> None:
    assert _has("Til plejecentret Solgården\n\nMin far vil gerne se fodbold om "
                "søndagen. Kan personalet tænde for fjernsynet?\n\nHilsen Ole")
    assert _has("Til Dagcentret Lyngbo\n\nMin mor kommer hos jer om onsdagen. Kan hun "
                "blive hentet lidt tidligere?\n\nVenlig hilsen Tina")
    assert _has("Til lederen af Strandgårdens Plejecenter\n\nFar flytter ind på "
                "mandag. Han vil gerne have sin egen lænestol med.\n\nMvh Jens")
    # All care homes asked, no relative, or a relative who works there: no resident.
    assert not _has("Til plejecentrene i kommunen\n\nMin mor synger i et kor, der "
                    "gerne vil give koncert. Hvem skal vi kontakte?")
    assert not _has("Til plejecentret Solgården\n\nJeg vil gerne takke for den fine "
                    "sommerfest i lørdags.")
    assert not _has("Til plejecentret Solgården\n\nMin datter arbejder hos jer som "
                    "vikar. Hvornår bliver vagtplanen lagt ud?")


# --- a dismissal received, the subject after the verb --------------------------------

def test_mail_to_a_care_home_as_the_daemon_hands_it_over() -> None:
    # daemon.classify.sensitive_input puts "Emne: <subject>" and a blank line first:
    # the addressee is the body's first line, not the subject line.
    assert _has("Emne: Fodbold\n\nTil plejecentret Solgården\n\nMin far vil gerne se "
                "fodbold om lørdagen. Kan I tænde for fjernsynet i dagligstuen?")
    assert not _has("Emne: Fodbold\n\nTil plejecentrene i kommunen\n\nMin far vil gerne "
                    "se fodbold om lørdagen. Viser I kampene?")


def test_dismissal_received_after_fronted_adverb() -> None:
    assert _has("Jeg blev valgt som tillidsrepræsentant i marts, og i dag fik jeg min "
                "opsigelse.")
    assert _has("Efter 20 år på lageret fik han sin opsigelse i fredags.")


# --- a special-class placement made, not only asked for ------------------------------

def test_special_class_placement_made() -> None:
    assert _has("Vores datter er visiteret til specialklassen på Vibeskolen fra "
                "august, men hun har ingen kørsel endnu.")
    # A placement only wished for stays out, as the corpus labels it.
    assert not _has("Vi ønsker, at han bliver visiteret til et specialtilbud, og beder "
                    "om et møde.")


# --- aids from the municipality --------------------------------------------------------

def test_more_aids() -> None:
    assert _has("Min far har demens og har fået en GPS-sender fra kommunen, men "
                "batteriet holder ikke.")
    assert _has("Jeg har grå stær og har fået tildelt en oplæser, som går i stå.")
    assert _has("Vi har søgt om en lup og en stor skærm til min mand efter hans "
                "blodprop.")
    assert _has("Min mor har bedt om en sengehest, fordi hun er faldet ud af sengen.")
