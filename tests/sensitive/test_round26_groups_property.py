"""Round 26 (corpus63-65 classes): property trades, belief, ethnicity, orientation
and union.

property_trade.yaml version 25, belief.yaml version 24, ethnicity.yaml version 24,
sexual_orientation.yaml version 21; in context/property_trade.py a reservation lifted
is concluded and a trade hoped for or dated ahead is pending; in
context/belief_ethnicity_orientation.py a halal menu, a feast party for a whole
neighbourhood, a quoted slur, a language as a trade and a
share counted; in context/union.py a trust role in a named union and members counted;
in partners.py a longer office before "og gift med".  Sentences of our own wording.
Each positive was missed (each negative found) before this round; the guards next to
them show what stays as it was.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
TRADE = "property_trade"


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- property_trade ------------------------------------------------------------------

def test_signing_for_a_property_ahead() -> None:
    assert _has("Vi skal skrive under på et rækkehus i Vallensbæk på mandag og vil "
                "gerne høre om skolepladser.", TRADE)


def test_coop_flat_offered() -> None:
    assert _has("Jeg har fået tilbudt en andelslejlighed i Vallensbæk og skal skrive under "
                "i næste uge. Kan min søn få plads i SFO?", TRADE)


def test_home_still_unsold() -> None:
    assert _has("Vi købte hus i Ishøj i foråret, men vores gamle hus i Greve er stadig "
                "ikke solgt efter fire måneder.", TRADE)


def test_bid_on_municipal_plot() -> None:
    assert _has("Vi har givet et tilbud på kommunens erhvervsgrund ved Vejlebrovej. "
                "Hvornår svarer udvalget?", TRADE)


def test_trade_hoped_for_is_pending() -> None:
    assert _has("Min mor sælger sin lejlighed i Roskilde, og det ser ud til at handlen "
                "er på plads i marts. Kan vi skrive os op til en børnehave?", TRADE)
    # Done long ago stays concluded.
    assert not _has("Vi solgte huset, og handlen er for længst på plads. Hvornår kommer "
                    "skraldebilen?", TRADE)


def test_reservation_lifted_is_concluded() -> None:
    assert not _has("Vi har købt et rækkehus. Købsaftalen er underskrevet, og "
                    "advokatforbeholdet er løftet. Hvordan bestiller vi en ny "
                    "papircontainer?", TRADE)
    # A reservation still open keeps the trade pending.
    assert _has("Vi har købt et rækkehus med advokatforbehold og venter på svar fra "
                "banken.", TRADE)


# --- belief ---------------------------------------------------------------------------

def test_fasting_with_words_between() -> None:
    assert _has("Bare så I ved det: Ayla faster for første gang i år under ramadanen og "
                "spiser ikke frokost.", "belief")


def test_preacher_leading_services() -> None:
    assert _has("Vi er en menighed i Brøndby, hvor jeg er forkynder og leder "
                "gudstjenesterne om søndagen.", "belief")


def test_feast_party_for_whole_area() -> None:
    assert not _has("Vores forening holder eid-fest i multisalen for hele bebyggelsen. "
                    "Kan vi låne et lydanlæg?", "belief")
    # A family keeping the feast stays.
    assert _has("Vi fejrer eid med familien, så min datter er væk fredag.", "belief")


def test_halal_on_school_menu() -> None:
    assert not _has("Vi klager over at der ikke er et halal-alternativ til skolemaden "
                    "på vores skole.", "belief")
    assert not _has("Kan skolens kantine servere halal-kød, så alle børn får det samme?",
                    "belief")


# --- ethnicity ------------------------------------------------------------------------

def test_i_am_with_danish_adjective() -> None:
    assert _has("Hello, I am tyrkisk and I work in Brøndby. Can kommune help me?",
                "ethnicity")


def test_language_as_trade() -> None:
    assert not _has("Jeg er somalisk tolk og vil gerne stå på jeres tolkeliste.",
                    "ethnicity")


def test_share_counted() -> None:
    assert not _has("Har kommunen tal for hvor stor en andel af børnene i vuggestuerne der "
                    "har anden etnisk baggrund end dansk? Jeg er ph.d.-studerende og "
                    "arbejder med sprog i dagtilbud.", "ethnicity")


# --- sexual_orientation ---------------------------------------------------------------

def test_couple_as_two_of_one_sex() -> None:
    assert _has("Min kæreste og jeg, to kvinder, søger en større lejlighed.",
                "sexual_orientation")
    assert _has("Vi er to mænd og gift med hinanden, og vi vil gerne adoptere.",
                "sexual_orientation")


def test_boy_in_love_with_boy() -> None:
    assert _has("Jeg er forelsket i en dreng fra holdet, og jeg er selv dreng.",
                "sexual_orientation")
    assert not _has("Jeg er selv dreng og vil gerne spille håndbold.",
                    "sexual_orientation")


def test_long_office_before_married() -> None:
    assert _has("Hej\n\nJeg er præst i en lille frikirke i Brøndby og gift med en mand. "
                "Kan vi låne salen?\n\nMvh Thomas", "sexual_orientation")


def test_quoted_slur_is_not_orientation() -> None:
    assert not _has('Nogle drenge kalder min søn "tyk" og "bøsse" i frikvarteret.',
                    "sexual_orientation")
    assert _has('Han kalder sig selv "bøsse" og er glad for det.', "sexual_orientation")


# --- union ----------------------------------------------------------------------------

def test_trust_role_in_named_union() -> None:
    assert _has("Som tillidsrepræsentant i 3F for chaufførerne vil jeg spørge om "
                "åbningstiderne i vuggestuerne.", "union")


def test_members_counted() -> None:
    assert not _has("Kan I fortælle mig, hvor mange pædagoger i kommunen der er medlem af "
                    "en fagforening? Jeg skriver en rapport.", "union")
