"""Round 25 (corpus60-62 classes): sexual_orientation, union, property_trade, ethnicity,
belief and cpr.

sexual_orientation.yaml version 20, union.yaml version 14, property_trade.yaml version
24, ethnicity.yaml version 23, belief.yaml version 23; partners.py (a partner stated
with "bor med", a name set off by commas after "og jeg", a forwarded citizen's own
signature), context/union.py, context/property_trade.py,
context/belief_ethnicity_orientation.py and the English copula in engine.py's CPR
labels.  Sentences of our own wording.  Each positive was missed before this round
(each negative found); the guards next to them show what stays as it was.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
SO = "sexual_orientation"


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- sexual_orientation ----------------------------------------------------------

def test_partner_word_in_the_genitive() -> None:
    assert _has("Jeg ringer for min fætter, det handler om hans og hans mands "
                "carport. Mvh Louise", SO)
    assert _has("Min søster og hendes kones bil holder altid på gæstepladsen.", SO)
    # Guard: a woman's husband in the genitive is nothing.
    assert not _has("Min søster og hendes mands bil holder altid på gæstepladsen.", SO)


def test_english_husband_wife_and_orientation_after_and() -> None:
    assert _has("One of my employees, Peter, says his husband was sent the wrong "
                "letter.", SO)
    assert _has("Our neighbour Karen and her wife have a dog that barks all night.", SO)
    assert _has("Hi, I am Polish and gay and I need help with my landlord.", SO)
    # Guard: a husband or a wife of the other sex.
    assert not _has("Our neighbour Karen and her husband have a dog that barks.", SO)


def test_writer_lives_with_a_partner_of_own_sex() -> None:
    assert _has("Min eksmand vil ikke lade drengene komme, fordi jeg bor med en kvinde "
                "nu. Hilsen Tina", SO)
    # Guard: a woman living with a man.
    assert not _has("Min eksmand vil ikke lade drengene komme, fordi jeg bor med en "
                    "mand nu. Hilsen Tina", SO)


def test_writer_named_between_commas_after_og_jeg() -> None:
    assert _has("Hej. Min kone Line og jeg, Mette, vil gerne giftes på rådhuset i "
                "maj. Er der ledige tider?", SO)
    # Guard: a man naming himself with his wife.
    assert not _has("Hej. Min kone Line og jeg, Mikkel, vil gerne giftes på rådhuset i "
                    "maj. Er der ledige tider?", SO)


def test_forwarded_citizen_states_partner_by_own_signature() -> None:
    text = ("Videresendt af byrådsmedlem Karin Holm til Borgerservice\n\n"
            "-----Oprindelig meddelelse-----\nFra: Jonas Berg\n\n"
            "Hej Karin. Jeg er gift med en mand, og vi har problemer med at få "
            "vielsesattesten. Kan du hjælpe?\n\nJonas")
    assert _has(text, SO)
    # Guard: the forwarded writer is a woman married to a man.
    assert not _has(text.replace("Jonas", "Sofie"), SO)


# --- union -------------------------------------------------------------------------

def test_tr_in_a_union_and_english_membership() -> None:
    assert _has("Jeg er tidligere TR i Metal og vil gerne høre om praktikpladser.", "union")
    assert _has("I am member of the union and I work at the nursing home.", "union")
    assert _has("Jeg er medlem af Dansk Sygeplejerskeråd og arbejder i "
                "hjemmesygeplejen.", "union")


def test_union_staff_writing_for_a_named_member() -> None:
    assert _has("Jeg arbejder som faglig konsulent i FOA og skriver på vegne af vores "
                "medlem Kirsten Lund, som er blevet opsagt.\n\nMvh\nPer Holm", "union")


def test_union_words_that_name_no_membership() -> None:
    assert not _has("Jeg er ikke længere medlem af partiet og vil ikke forbindes med "
                    "det. Jeg ønsker ikke at blive forbundet med den sag.", "union")
    assert not _has("Stilling: kontorassistent, HK-uddannet, ledig siden maj.", "union")
    assert not _has("Hvad siger overenskomsten for HK Kommunal om seniordage? Det er et "
                    "generelt spørgsmål til personalehåndbogen.", "union")
    assert not _has("Referat fra MED-mødet:\n– Tillidsrepræsentanterne ønsker mere "
                    "efteruddannelse\n– Næste møde i januar", "union")
    # Guard: a member who has talked to the union.
    assert _has("Jeg er medlem af HK og har talt med forbundet om min opsigelse.", "union")


# --- property_trade ------------------------------------------------------------------

def test_bid_held_without_article_or_in_relative_clause() -> None:
    assert _has("hej vi har bud på hus i Vejleå 2,4 mio. må vi bygge carport? vh Ali",
                "property_trade")
    assert _has("Banken vil ikke låne os til rækkehuset vi har bud på i Torslunde.",
                "property_trade")


def test_defined_property_put_up_for_sale_with_place() -> None:
    assert _has("Vi har sat kolonihavehuset i Haveforeningen Solbakken til salg. Må vi "
                "fjerne hækken først?", "property_trade")


def test_trade_final_in_a_past_year_is_concluded() -> None:
    assert not _has("Vi har solgt vores rækkehus på Vejleåvej. Handlen blev endelig i "
                    "2022, og vi er flyttet til Køge. Kan I sende ejendomsskatten til de "
                    "nye ejere?", "property_trade")


# --- ethnicity -----------------------------------------------------------------------

def test_only_language_in_a_subordinate_clause() -> None:
    assert _has("Jeg skriver for min farmor, fordi hun kun taler arabisk.", "ethnicity")
    assert _has("Min far kan ikke ringe selv, da han kun kan tale urdu.", "ethnicity")
    # Guard: Danish only is no origin.
    assert not _has("Kan I bekræfte at sprogskolen kun taler dansk i timerne?",
                    "ethnicity")


def test_religious_office_holder_from_a_country() -> None:
    assert _has("hello, i am a buddhist nun from Vietnam and live in Ishøj.", "ethnicity")


def test_group_served_employed_or_for_whom_a_group_is() -> None:
    assert not _has("Vi er et lager med 40 ansatte og har gode erfaringer med at ansætte "
                    "flygtninge. Hvornår er næste netværksmøde?", "ethnicity")
    assert not _has("Hej, jeg er imam i Ishøj for de somaliske familier. Kan vi låne "
                    "hallen til en fodboldturnering?", "ethnicity")
    assert not _has("Jeg har hørt, at der findes et netværk for unge med "
                    "minoritetsbaggrund. Hvor mødes de?", "ethnicity")
    # Guard: the writer's own origin said beside it.
    assert _has("Jeg er selv fra Somalia og søger en gruppe for kvinder med somalisk "
                "baggrund.", "ethnicity")
    # Guard: a helper for one family names that family's origin.
    assert _has("Jeg er frivillig kontaktperson for en familie fra Eritrea, og moren "
                "skal opereres.", "ethnicity")
    assert _has("Jeg er netværksperson for en familie fra Syrien. Kan I hjælpe dem med "
                "en tolk?", "ethnicity")


# --- belief --------------------------------------------------------------------------

def test_party_local_board_with_lokale() -> None:
    assert _has("Jeg sidder nu i Venstres lokale bestyrelse og vil gerne invitere dig.",
                "belief")


def test_congregation_office_signature_is_a_person() -> None:
    assert _has("Kære byråd\n\nVi er 60 medlemmer af menigheden, som hver søndag går til "
                "gudstjeneste i kirken. Vi beder jer bevare stien.\n\nMenighedens ældste, "
                "Svend Lund", "belief")


def test_board_signing_on_behalf_and_writer_representing_congregation() -> None:
    assert not _has("Til Teknisk Udvalg\n\nVi ønsker at træerne ved kirkegården bevares."
                    "\n\nPå menighedsrådets vegne\nFormand Inge Holm", "belief")
    assert not _has("Jeg repræsenterer en muslimsk forening, der gerne vil låne en sal "
                    "til lektiecafé.\n\nMed venlig hilsen\nBestyrelsen", "belief")


# --- cpr -----------------------------------------------------------------------------

def test_english_label_before_is_names_the_number() -> None:
    assert not _has("hello, the case number (sagsnr.) in the letter is 150322-0417. "
                    "thanks, Amy", "cpr")
    # Guard: the sentence before does not label it.
    assert _has("The invoice came today. My personal number is 150322-0417.", "cpr")
