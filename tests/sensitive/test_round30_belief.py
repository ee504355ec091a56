"""Round 30 (corpus81-86 classes): party activity, stated faith and convictions in the
politics corpus, English wording, and union precision.

belief.yaml version 28: a party post after the party's genitive ("jeg er Venstres
kandidat") or as a compound before "for" ("partiformand for ..."), a party's local or
district board, a vote with a particle between ("stemte begge på"), English faith with
"both", "all" or "also", the Mormon church by its own name, leaving the church with
"sig", faith in God denied with "aldrig" or in the past, going to a named church in the
past, taking a person to worship.
context/belief_ethnicity_orientation.py: a greeting to "alle byrådsmedlemmer" before the
writer's own role is no group statement; halal or vegetarian food served by a kitchen,
for all or in a list of diets; "kristent" on a thing; a counted group ("vi har mange
ældre kirkegængere").  union.yaml: the typographers' old union.  context/union.py:
anyone's staff role in a relative clause ("min svoger, der er faglig sekretær i 3F"),
a union presenting itself ("Vi er en fagforening der ...").  Sentences of our own
wording; each was missed (or, for the negatives, found) before this round.
"""

from __future__ import annotations

from classifiers.sensitive import SensitiveSettings, build_detector, categories

# The learned veto and rescue are retrained after the round; the rules are tested
# without them.
_DETECTOR = build_detector(SensitiveSettings(veto=(), rescue=()))
BELIEF = "belief"
UNION = "union"


def _has(text: str, category: str) -> bool:
    return category in categories(_DETECTOR.detect(text))


# --- belief: party activity -------------------------------------------------------------

def test_party_post_after_the_party_genitive() -> None:
    assert _has("Jeg er Venstres kandidat i Vallensbæk og vil gerne høre om "
                "valgplakaterne.", BELIEF)
    assert _has("Hun er Alternativets kasserer her i byen, så send regningen til hende.",
                BELIEF)
    assert _has("Jeg er også SF's spidskandidat, men skriver som privatperson.", BELIEF)
    # A politician named by the party's genitive is the addressee's party.
    assert not _has("Venstres kandidat Jens Hansen sagde på mødet at vi skal have flere "
                    "p-pladser.", BELIEF)


def test_party_post_as_one_word_before_for() -> None:
    assert _has("Som kredsformand for Konservative vil jeg gerne booke et mødelokale.",
                BELIEF)
    assert _has("Jeg har været partisekretær for Enhedslisten i seks år.", BELIEF)


def test_seat_on_a_party_local_board() -> None:
    assert _has("Jeg sidder i Venstres lokalbestyrelse og vil gerne låne salen.", BELIEF)
    assert _has("Min mand er i Dansk Folkepartis kredsbestyrelse.", BELIEF)


def test_vote_with_a_particle_between() -> None:
    assert _has("Min kone og jeg stemte begge på dig ved sidste valg.", BELIEF)
    assert _has("Jeg stemmer også på dig næste gang, hvis du holder fast.", BELIEF)
    # A vote at a meeting or a place is no party.
    assert not _has("Byrådet stemte også på mødet om budgettet.", BELIEF)


def test_greeting_to_all_members_before_the_writers_role() -> None:
    assert _has("Til alle udvalgsmedlemmer\n\nJeg er formand for Venstre i Ishøj og "
                "inviterer jer til et møde om trafik.", BELIEF)
    # The quantifier as the subject is still people in general.
    assert not _has("Ikke alle borgere er kirkegængere, så brug skolen i stedet.", BELIEF)


# --- belief: faith and practice --------------------------------------------------------

def test_english_faith_with_both_all_or_also() -> None:
    assert _has("We are both Catholic and would like a church blessing.", BELIEF)
    assert _has("My parents are both Jewish and would like to attend.", BELIEF)
    assert _has("I'm also Catholic, like my husband.", BELIEF)


def test_mormon_church_by_its_own_name() -> None:
    assert _has("Vi tilhører Sidste Dages Hellige og vil gerne låne et lokale.", BELIEF)


def test_leaving_the_church_with_sig() -> None:
    assert _has("Min far vil gerne melde sig ud af folkekirken. Hvordan gør han?", BELIEF)
    assert _has("Min søster melder sig ud af folkekirken i næste måned.", BELIEF)


def test_faith_in_god_denied_with_aldrig_or_in_the_past() -> None:
    assert _has("Min bror har aldrig troet på Gud og vil ikke begraves fra kirken.",
                BELIEF)
    assert _has("Farmor troede ikke på Gud, så vi ønsker en borgerlig bisættelse.",
                BELIEF)


def test_going_to_a_named_church_in_the_past() -> None:
    assert _has("Min far har gået i Vallensbæk Kirke hver søndag siden 1970.", BELIEF)
    assert _has("Hun gik i Tranegilde Kirke hver uge, indtil hun blev syg.", BELIEF)


def test_taking_a_person_to_worship() -> None:
    assert _has("Om fredagen kører vi ham i moskéen, men nu er bilen solgt.", BELIEF)
    assert _has("Jeg følger hende til gudstjeneste, for hun kan ikke gå alene.", BELIEF)
    assert _has("Min mand har fået afslag på kørsel til gudstjeneste om søndagen.", BELIEF)
    # A general question about transport names no one.
    assert not _has("Kan man få kørsel til gudstjeneste om søndagen?", BELIEF)
    assert not _has("Jeg kører ham til koncerten i aften.", BELIEF)


# --- belief: no one's faith --------------------------------------------------------------

def test_food_served_by_a_kitchen() -> None:
    assert not _has("Jeg synes ikke at plejehjemmet skal servere halal hver dag.", BELIEF)
    assert not _has("Forslaget er at maden altid skal være halal for alle i "
                    "institutionen, og det er vi imod.", BELIEF)
    assert not _has("Hvis I vil have både vegetar, halal og glutenfri i kantinen, skal "
                    "køkkenet have flere hænder.", BELIEF)
    # Someone who eats it, or food served to a person named, keeps it.
    assert _has("Plejehjemmet serverer ikke halal til min far.", BELIEF)
    assert _has("Min søn spiser kun halal, og han får ikke noget i børnehaven.", BELIEF)


def test_christian_as_an_adjective_on_a_thing() -> None:
    assert not _has("Danmark er et kristent land, så lad være med at bygge den.", BELIEF)
    assert _has("Jeg er kristen og vil gerne spørge om kirkegården.", BELIEF)


def test_counted_group_of_churchgoers() -> None:
    assert not _has("Menighedsrådet beder om saltning af stien, for vi har mange gangbesværede "
                    "kirkegængere.", BELIEF)


# --- union ---------------------------------------------------------------------------------

def test_old_typographers_union() -> None:
    assert _has("Min morfar var medlem af Typografforbundet hele sit liv.", UNION)


def test_staff_role_in_a_relative_clause() -> None:
    assert not _has("Min nabo, der er faglig sekretær i 3F, siger at vejen skal lukkes.",
                    UNION)
    # The writer's own membership beside it stays.
    assert _has("Jeg er medlem af 3F, og min nabo, der er faglig sekretær i 3F, har "
                "hjulpet mig.", UNION)
    # A trust role is a member's role, not staff.
    assert _has("Min kone, der er tillidsrepræsentant i FOA, siger at vagtplanen er "
                "ulovlig.", UNION)


def test_union_presenting_itself() -> None:
    assert not _has("Vi er en fagforening der gerne vil leje hallen til vores "
                    "generalforsamling.\n\nVenlig hilsen\nServiceforbundet", UNION)
    # A member named by the union keeps it.
    assert _has("Vi er en fagforening der skriver for vores medlem Karin Holm, som har "
                "fået afslag.", UNION)
