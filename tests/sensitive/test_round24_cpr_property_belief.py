"""Round 24 (corpus57-59 classes): cpr and belief.

belief.yaml version 22; in engine.py a sentence wrapped before its number
(``label_on_line_before``), "<label> no./nr." as two words earlier in the sentence
(``label_earlier_in_sentence``), a corrected number ("... og ikke ..."), a parcel and an
insurance policy named by their numbers, and a CPR word earlier in the sentence over
"sagen" right before the number.  Sentences of our own wording.  Each positive was
missed before this round and each negative was found; the guards next to them show
what stays.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- cpr: numbers labelled as another kind -------------------------------------------

def test_label_on_a_wrapped_line_before_the_number() -> None:
    assert not _has("Hej\n\nJeg kan ikke betale regningen, for mit lejernr. hos jer er\n"
                    "1503862214, og det passer ikke.\n\nMvh Ole", "cpr")
    assert not _has("Hej\n\nJeg har fået en rykker. Regningen hed\n2709914417. Hvad "
                    "gælder den?\n\nMvh Pia", "cpr")
    assert not _has("Dear Sir,\n\nPlease pay our invoice no.\n0811872290 within 30 "
                    "days.\n\nRegards\nAnna", "cpr")
    # A CPR word on the line before still wins, and a field of its own stays a field.
    assert _has("Hej\n\nMit cpr-nummer er\n1503862214, kan I finde mig?\n\nMvh Ole", "cpr")
    assert _has("Hej\n\nJeg hedder Ole Hansen\n1503862214\n\nMvh Ole", "cpr")


def test_label_and_bare_number_word_earlier_in_the_sentence() -> None:
    assert not _has("Mvh\nHansen VVS\nCustomer no. with Ishøj Kommune: 1204773318",
                    "cpr")
    assert not _has("Jeg har et kunde nr. hos forsyningen fra min gamle adresse, "
                    "1204773318.", "cpr")


def test_corrected_number_shares_the_label() -> None:
    assert not _has("Undskyld, mit abonnementsnummer er 2306902218 og ikke 2306902281.",
                    "cpr")


def test_parcel_and_policy_named_by_their_numbers() -> None:
    assert not _has('Jeg fik en sms: "Din pakke 1709912206 venter på betaling." Er det '
                    "svindel?", "cpr")
    assert not _has("Our policy number 1409883307 covers the market on the square.", "cpr")
    assert not _has("Min police 1409883307 dækker ikke skaden, siger forsikringen.", "cpr")


def test_cpr_word_earlier_in_the_sentence_over_case_word() -> None:
    assert _has("Jeg giver jer mit personnummer, så I kan finde sagen: 140381-2217",
                "cpr")
    # Without a CPR word the case is named by the number.
    assert not _has("Kan I finde sagen: 140381-2217", "cpr")


# --- belief: a religious office, church life ------------------------------------------

def test_religious_office_in_the_past_and_after_selv() -> None:
    assert _has("Min far var præst i Hvidovre i mange år og vil gerne begraves der.",
                "belief")
    assert _has("Jeg er selv kirkens præst og spørger om p-pladsen.", "belief")
    assert not _has("Jeg er selv ikke præst, men naboen spurgte.", "belief")


def test_religious_office_in_a_relative_clause() -> None:
    assert _has("Min søster Hanne, som er præst i Brøndby, har hjulpet os med sagen.",
                "belief")


def test_active_in_a_church_and_a_blessing_of_a_marriage() -> None:
    assert _has("Vi er begge aktive i Vallensbæk Kirke og vil gerne låne salen.", "belief")
    assert _has("Vi vil gerne have en velsignelse af vores ægteskab i sommer.", "belief")


def test_english_baptism_and_orthodox_christians() -> None:
    assert _has("We would like to baptise our daughter in June.", "belief")
    assert _has("We are Coptic Orthodox Christians and my son cannot eat meat on "
                "Wednesdays.", "belief")
