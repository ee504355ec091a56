"""Round 22, helper C (corpus51-53 classes): ethnicity, belief, sexual_orientation and
union.

ethnicity.yaml version 20, belief.yaml version 20, sexual_orientation.yaml version 17,
union.yaml version 13, context/belief_ethnicity_orientation.py and context/union.py.
Sentences of our own wording.  Each positive was missed before this round and each
negative was found; the guards next to them show what stays.
"""

from __future__ import annotations

from classifiers.sensitive import categories, detect


def _has(text: str, category: str) -> bool:
    return category in categories(detect(text))


# --- ethnicity: origin said in English ----------------------------------------------

def test_english_believer_or_job_with_article_from_a_place() -> None:
    assert _has("Hello, I am a Sikh from Punjab and I would like to rent the hall for a "
                "wedding.", "ethnicity")
    assert _has("I'm a Buddhist from Nepal and need help with my tax card.", "ethnicity")


def test_english_national_or_citizen() -> None:
    assert _has("I am an Iraqi national living in Ishøj and need a new GP.", "ethnicity")
    assert _has("I am a Polish citizen and I want to sell my flat to my tenant.",
                "ethnicity")


def test_english_kurd_and_refugee_arrival() -> None:
    assert _has("I write to you as an Iranian Kurd. My son needs a place in school.",
                "ethnicity")
    assert _has("My wife came to Denmark as a refugee in 2015 and now has diabetes.",
                "ethnicity")


def test_english_arriving_with_someone() -> None:
    assert _has("My daughter came with me from Eritrea last year and needs a school.",
                "ethnicity")


# --- ethnicity: Danish -------------------------------------------------------------

def test_two_sharing_an_origin() -> None:
    assert _has("Du og jeg er begge fra Irak, så jeg håber du forstår mig.", "ethnicity")


def test_believer_of_a_named_church_from_a_country() -> None:
    assert _has("Min svoger, Bishoy, er koptisk kristen fra Egypten og har fået afslag.",
                "ethnicity")


def test_slur_with_din_shouted_at_a_person() -> None:
    assert _has('Drengene råber "din sorte abe" efter min datter hver dag.', "ethnicity")


def test_born_to_parents_of_an_origin() -> None:
    assert _has("Jeg er 19, født i Hvidovre af tyrkiske forældre, og søger en "
                "ungdomsbolig.", "ethnicity")
    # A group served stays a group.
    assert not _has("Kommunen tilbyder kurser for tyrkiske forældre om skolestart.",
                    "ethnicity")


def test_child_still_to_be_adopted() -> None:
    assert not _has("Min kone og jeg skal adoptere et barn fra udlandet. Hvem laver "
                    "hjemmeundersøgelsen?", "ethnicity")
    assert _has("Vores søn er adopteret fra Colombia og har brug for støtte i skolen.",
                "ethnicity")


# --- belief -------------------------------------------------------------------------

def test_going_to_church_in_the_past_or_to_a_named_mosque() -> None:
    assert _has("Min far gik i kirke hver søndag, men nu kan han ikke gå.", "belief")
    assert _has("Vi er nogle mænd der går i Brøndby Moské, og vi vil leje en sal.",
                "belief")


def test_quran_reading_and_praying_at_a_time() -> None:
    assert _has("Min datter går til koranlæsning hver lørdag og kan ikke komme.", "belief")
    assert _has("Jeg er pedel og beder i min frokostpause i et tomt klasseværelse.",
                "belief")
    assert _has("Foreningen, hvor jeg er kasserer og beder hver fredag, vil leje et "
                "lokale.", "belief")
    # Asking for something stays a request.
    assert not _has("Jeg beder om svar inden fredag.", "belief")


def test_hanukkah_in_danish_spelling_and_alevi() -> None:
    assert _has("Vi tænder hanukkia i vinduet hver aften i december.", "belief")
    assert _has("Vi fejrer hanukka med børnene og vil gerne låne et lokale.", "belief")
    assert _has("Jeg er alevi og vil gerne vide, om vi kan leje et lokale.", "belief")
    # The lamp a council might put up, and a feast in an opinion, are no one's faith.
    assert not _has("Kommunen burde sætte en hanukkia op på torvet ved siden af "
                    "juletræet.", "belief")
    assert not _has("Jeg synes, kommunen burde markere hanukka på rådhuset.", "belief")


def test_writer_own_faith_after_association() -> None:
    assert _has("Vi er en hinduistisk forening, og jeg er selv hindu og næstformand.",
                "belief")


def test_party_association_with_we_and_confirmation_classes() -> None:
    assert _has("Vi i Brøndby Venstreforening har sat plakater op, men de er revet ned.",
                "belief")
    assert _has("Min datter går til konfirmandundervisning om onsdagen.", "belief")


def test_association_acting_and_halal_for_all() -> None:
    assert not _has("Humanistisk Samfund holder navnefest i Kulturhuset. Jeg vil gerne "
                    "vide, hvem der har godkendt lejen.", "belief")
    assert not _has("Jeg undrer mig over, at Humanistisk Samfund har fået 5.000 kr. i "
                    "tilskud. Hvorfor?", "belief")
    # A member of it still holds the conviction.
    assert _has("Jeg er medlem af Humanistisk Samfund og vil gerne holde navnefest for "
                "min datter.", "belief")
    assert not _has("Jeg har hørt at vuggestuen kun serverer halal-kød til alle børn. Er "
                    "det rigtigt?", "belief")


# --- sexual_orientation -------------------------------------------------------------

def test_english_orientation_with_article() -> None:
    assert _has("I'm a gay man and my landlord treats me badly. Who can help?",
                "sexual_orientation")


def test_partner_said_to_be_of_own_sex() -> None:
    assert _has("Jeg har en kæreste der også er kvinde, og vi vil gerne adoptere.",
                "sexual_orientation")


def test_collection_box_and_slur_are_no_orientation() -> None:
    assert not _has("Vi har en indsamling til Kræftens Bekæmpelse. Må vi stå med en "
                    "bøsse ved biblioteket?", "sexual_orientation")
    assert not _has('Min søn blev kaldt "bøsserøv" af nogle drenge i skolegården.',
                    "sexual_orientation")


# --- union --------------------------------------------------------------------------

def test_old_union_names_and_union_office() -> None:
    assert _has("Min mor var medlem af Kvindeligt Arbejderforbund i 30 år.", "union")
    assert _has("Som næstformand for FOA's lokalafdeling vil jeg spørge om "
                "normeringerne.", "union")


def test_dropped_i_membership_in_a_question() -> None:
    assert _has("hej. er i HK og vil gerne vide om kommunen har en aftale med HK om "
                "løn?", "union")


def test_handball_club_named_by_town() -> None:
    assert not _has("Min datter spiller håndbold i Brøndby HK og træner to gange om ugen.",
                    "union")
    assert _has("Jeg er medlem af HK og har et spørgsmål om min løn.", "union")


def test_union_branch_holding_a_course() -> None:
    assert not _has("FOA's lokalafdeling holder kursus om pension i biblioteket. Er det "
                    "kun for medlemmer?", "union")
    # An office in the branch is still a member's.
    assert _has("Jeg er formand for FOA's lokalafdeling og vil gerne leje et lokale.",
                "union")
