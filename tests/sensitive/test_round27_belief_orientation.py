"""Round 27 (corpus66-68 classes): belief and sexual orientation said indirectly.

belief.yaml version 25 (25c): party membership with a particle between ("er også med i",
"er jo partifæller"), one's own party stand, a party board's signature, a party's
national congress, a party named in English; prayer named in the past or infinitive,
prayer seen by others, going to church oneself; English conversion in the perfect; a
religious office as one's job, role or signature; a congregation's forstander.  context/:
parties that stand for election and a question about which faiths are no one's.
sexual_orientation.yaml version 22 (22c) and partners.py: a partner "who is also" a man
or a woman, "a couple of men", a named spouse before "og jeg", "selv" before "gift
med", "jeg har en kone", English partner words and "I love a woman"; lexicon.py reads
an en dash as a hyphen.  The README's conventions (religious practice and office, party
membership and voting, same-sex partner) and CORPUS66-68.md's decisions (party roles,
congress, leaving the folkekirke).  Sentences of our own wording; the guards next to
them show what stays out.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto is retrained after the round; the rules are tested without it.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
BELIEF = "belief"
ORIENT = "sexual_orientation"


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- belief: party membership and activity ------------------------------------------

def test_party_membership_with_a_particle_between() -> None:
    assert _has("Jeg er selv også med i SF og skriver derfor til dig.", BELIEF)
    assert _has("Min kone er stadig medlem af Venstre, selvom hun er utilfreds.", BELIEF)
    assert _has("vi er nemlig med i Socialdemokratiet her i byen", BELIEF)
    # The addressee's party is not the writer's.
    assert not _has("Du er jo med i byrådet, så kan du svare på det?", BELIEF)


def test_fellow_party_members_with_a_particle() -> None:
    assert _has("Vi er jo gamle partifæller, så jeg tænkte du kunne hjælpe.", BELIEF)
    assert _has("Hun og jeg er faktisk partikammerater fra ungdomspartiet.", BELIEF)
    assert _has("I er begge partifæller af mig, ikke?", BELIEF)


def test_own_party_stand_and_board_signature() -> None:
    assert _has("Jeg mødte hende ved min partistand i lørdags.", BELIEF)
    assert _has("En borger kom forbi vores partistand på torvet og spurgte om det.", BELIEF)
    assert _has("Jeg sender den videre til dig.\n\nHilsen Jonna\nBestyrelsesmedlem, Venstre Ishøj",
                BELIEF)
    assert _has("Mange hilsner\nPer\nlokalformand, Enhedslisten", BELIEF)


def test_party_congress_attended() -> None:
    assert _has("Jeg er på landsmøde i Socialdemokratiet hele weekenden.", BELIEF)
    assert _has("Vi tager til Venstres landsmøde i Herning og er hjemme mandag.", BELIEF)
    assert _has("Min mand deltager i Enhedslistens landsmøde til marts.", BELIEF)
    assert not _has("Hvornår holder partierne landsmøde i år?", BELIEF)


def test_party_membership_in_english() -> None:
    assert _has("I have been a member of the Conservative People's Party for years.", BELIEF)
    assert _has("As a member of the Red-Green Alliance I ask you to vote no.", BELIEF)
    assert _has("My husband is a member of the Social Democratic party.", BELIEF)


def test_parties_standing_are_no_ones() -> None:
    assert not _has("Alle partier, der stiller op til kommunalvalget, kan få en stand.",
                    BELIEF)
    assert not _has("Vi inviterer de kandidater som stiller op til kommunalvalget.", BELIEF)
    # A person standing still is.
    assert _has("Jeg stiller op til kommunalvalget for første gang.", BELIEF)


# --- belief: religious practice -------------------------------------------------------

def test_prayer_named_in_past_or_infinitive() -> None:
    assert _has("Vi bad fredagsbøn i hallen, mens moskeen blev renoveret.", BELIEF)
    assert _has("Min far har bedt aftenbøn hver dag hele sit liv.", BELIEF)
    assert _has("Jeg vil gerne have et rum hvor jeg kan bede morgenbøn før vagten.", BELIEF)


def test_prayer_seen_by_others() -> None:
    assert _has("Kollegaen så mig bede på lageret og grinede af mig.", BELIEF)
    assert _has("Naboerne har set os bede i haven og klaget over det.", BELIEF)
    assert _has("Læreren så ham bede i frikvarteret.", BELIEF)
    # Asking for something is no prayer.
    assert not _has("Jeg så mig nødsaget til at bede om en ny tid.", BELIEF)


def test_going_to_church_oneself() -> None:
    assert _has("Jeg går selv i kirke om søndagen, og stien er helt mørk.", BELIEF)
    assert _has("Min mor gik også selv til gudstjeneste, da hun kunne.", BELIEF)
    assert _has("Han går selv i moskeen hver fredag.", BELIEF)


def test_conversion_and_church_in_english() -> None:
    assert _has("I have converted to Islam and my family does not accept it.", BELIEF)
    assert _has("She has converted to Christianity since she came here.", BELIEF)
    assert _has("We go to a church in Albertslund on Sundays.", BELIEF)


# --- belief: religious office -----------------------------------------------------------

def test_religious_office_as_a_job_or_role() -> None:
    assert _has("Jeg er netop blevet ansat som sognepræst i Torslunde.", BELIEF)
    assert _has("Min søster arbejder som imam i en forening i Valby.", BELIEF)
    assert _has("Jeg som præst ser mange familier i sorg.", BELIEF)
    assert _has("Han blev ordineret som præst sidste år.", BELIEF)


def test_religious_office_in_the_signature() -> None:
    assert _has("Hej\n\nKan vi låne salen?\n\nVenlig hilsen\nAnne Holm\nSognepræst", BELIEF)
    assert _has("Hej\n\nTak for svaret.\n\nMvh\nJens Lund, hjælpepræst i Ishøj", BELIEF)
    assert _has("Hej\n\nTak.\n\nHilsen\nImam Yusuf Demir", BELIEF)
    # A job in the church that needs no faith.
    assert not _has("Hej\n\nTak.\n\nVenlig hilsen\nLone Berg\nKirketjener", BELIEF)
    # A surname that is also an office word.
    assert not _has("Hej\n\nJeg er ledig.\n\nMed venlig hilsen\nAllan Munk", BELIEF)
    assert not _has("Hej\n\nTak for hjælpen.\n\nHilsen Bent Provst", BELIEF)


def test_forstander_of_a_congregation() -> None:
    assert _has("Jeg er forstander for Ishøj Pinsemenighed og skriver om lokaler.", BELIEF)
    assert _has("Han har været forstander i frikirken i tyve år.", BELIEF)
    assert _has("Menighedens forstander, Ole, vil gerne holde mødet.", BELIEF)
    # The head of an efterskole is no religious office.
    assert not _has("Jeg er forstander på en efterskole og søger en praktikant.", BELIEF)


def test_which_faiths_is_a_general_question() -> None:
    assert not _has("Hvilke trossamfund har deres egne gravsteder i kommunen?", BELIEF)
    assert not _has("Hvilke religioner er repræsenteret i jeres byråd?", BELIEF)


# --- sexual orientation -------------------------------------------------------------

def test_partner_who_is_also_a_man_or_woman() -> None:
    assert _has("er en pige og har en kæreste som også er en pige, hvad gør vi", ORIENT)
    assert _has("Jeg har en partner der også er mand, og vi vil adoptere.", ORIENT)
    assert _has("min søn har en forlovede som også er en fyr", ORIENT)


def test_a_couple_of_men_or_women() -> None:
    assert _has("Vi er et ældre par af kvinder, der har boet her i 30 år.", ORIENT)
    assert _has("Et par af to fyre vil gerne leje lokalet.", ORIENT)
    assert _has("Vi er et gift par af mænd og søger en lejlighed.", ORIENT)


def test_named_spouse_before_og_jeg() -> None:
    assert _has("Min mand Karsten og jeg er to mænd, og vi har adopteret.", ORIENT)
    assert _has("Min hustru Sofie og jeg er begge kvinder.", ORIENT)
    assert _has("Min partner Ali og jeg er begge mænd og nygifte.", ORIENT)


def test_en_dash_between_words() -> None:
    assert _has("Min kæreste og jeg – to mænd – vil gerne leje et kolonihavehus.", ORIENT)
    assert _has("Min kone og jeg – to kvinder, gift siden 2019 – har et spørgsmål.", ORIENT)
    assert _has("Min mand og jeg — vi er begge mænd — har søgt om plejefamilie.", ORIENT)


def test_selv_before_married_to() -> None:
    assert _has("Hej\n\nJeg er lærer og er selv gift med en kvinde.\n\nHilsen\nMette Lund",
                ORIENT)
    assert _has("Hej\n\nJeg er selv gift med en mand.\n\nVenlig hilsen\nPeter Holm", ORIENT)
    assert not _has("Hej\n\nJeg er selv gift med en mand.\n\nVenlig hilsen\nMette Lund",
                    ORIENT)


def test_has_a_wife_said_by_a_woman() -> None:
    assert _has("Hej\n\nJeg har en kone og en datter på 4.\n\nHilsen\nSara Jensen", ORIENT)
    assert _has("Hej\n\nJeg er 40 og har en hustru.\n\nMvh\nLine Berg", ORIENT)
    assert not _has("Hej\n\nJeg har en kone og en datter på 4.\n\nHilsen\nMads Jensen",
                    ORIENT)


def test_new_partner_named() -> None:
    assert _has("Hej\n\nJeg bor nu med min nye kæreste, Henrik.\n\nHilsen\nBo Madsen", ORIENT)
    assert _has("Hej\n\nMin nye kæreste Louise flytter ind.\n\nHilsen\nAnna Holm", ORIENT)
    assert not _has("Hej\n\nMin nye kæreste Louise flytter ind.\n\nHilsen\nBo Madsen",
                    ORIENT)


def test_english_partner_words_and_love() -> None:
    assert _has("Hi\n\nMy husband Peter and I need a bigger flat.\n\nBest,\nThomas", ORIENT)
    assert _has("Hi\n\nMy wife Maria is ill.\n\nRegards,\nSofia Rossi", ORIENT)
    assert _has("Hello\n\nMy parents don't know I am in love with a girl.\n\nAnna", ORIENT)
    assert _has("Hi\n\nI'm married to a man and we want to adopt.\n\nKind regards,\nAli",
                ORIENT)
    assert not _has("Hi\n\nMy wife Maria is ill.\n\nRegards,\nThomas", ORIENT)
    assert not _has("Hello\n\nI love a woman who lives next door.\n\nMark", ORIENT)
