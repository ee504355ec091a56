"""Lexicon categories (issue 3): compounds, inflections, exclusions, settings."""

from __future__ import annotations

import pytest

from classifiers.sensitive import (
    CATEGORIES,
    LABELS_DA,
    Detector,
    SensitiveSettings,
    build_detector,
    categories,
    mask,
)
from tests.sensitive.checks import TODAY, cats


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Min mor har brystkræft.", "health"),
        ("Han er i kræftbehandling.", "health"),
        ("Jeg er sygemeldt.", "health"),
        ("Jeg har været sygemeldt i tre måneder", "health"),
        ("Min søn er i misbrugsbehandling.", "health"),
        ("Kræften er kommet igen.", "health"),
        ("Hun har fået diagnosen sclerose.", "health"),
        ("Jeg lider af depressioner.", "health"),
        ("Jeg er på kontanthjælp.", "economy_social"),
        ("Kontanthjælpen er sat ned.", "economy_social"),
        ("Vi har fået en skattegæld.", "economy_social"),
        ("Vi har underskrevet købsaftalen.", "property_trade"),
        ("Vi er ved at sælge vores rækkehus.", "property_trade"),
        ("Jeg er af somalisk herkomst.", "ethnicity"),
        ("Naboerne er racistiske.", "ethnicity"),
        ("Jeg er homoseksuel.", "sexual_orientation"),
        ("Min søn er bøsse.", "sexual_orientation"),
        ("Jeg er muslim.", "belief"),
        ("Jeg stemmer på Enhedslisten.", "belief"),
        ("Jeg er medlem af fagforeningen.", "union"),
        ("Min tillidsrepræsentant kommer med.", "union"),
        ("Jeg er medlem af 3F.", "union"),
    ],
)
def test_terms_inflections_compounds(detector: Detector, text: str, category: str) -> None:
    assert category in cats(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hvornår har Sundhedshuset åbent?",
        "Hvad er Jobcentrets åbningstider?",
        "Vil Kræftens Bekæmpelse stå ved rådhuset?",
        "Kan man få en handicapparkeringsplads ved hallen?",
        "Drej til venstre ved kirken.",
        "Jeg har bekræftet mødet.",
        "Hvordan søger man boligstøtte?",
        "Kommunen bør bruge flere penge på veje.",
        "Tak for svaret.",
    ],
)
def test_institutions_services_and_plain_mail(detector: Detector, text: str) -> None:
    assert cats(detector, text) == ()


def test_personal_terms_need_a_person(detector: Detector) -> None:
    assert cats(detector, "Hvordan søger man boligstøtte?") == ()
    assert cats(detector, "Jeg har fået afslag på boligstøtte.") == ("economy_social",)


def test_weak_terms_need_context(detector: Detector) -> None:
    assert "ethnicity" not in cats(detector, "Vi spiste på en tyrkisk restaurant.")
    assert "ethnicity" in cats(detector, "Vi er en familie med tyrkisk baggrund.")
    assert "belief" not in cats(detector, "Kære Mette fra Enhedslisten")
    assert "belief" in cats(detector, "Jeg er medlem af Enhedslisten.")


def test_several_categories_sorted_and_merged(detector: Detector) -> None:
    text = "Jeg er muslim, sygemeldt med kræft og medlem af 3F. Mit cpr er 120437-1234."
    found = detector.detect(text, today=TODAY)
    assert categories(found) == ("cpr", "health", "belief", "union")
    starts = [f.start for f in found]
    assert starts == sorted(starts)
    for a in found:
        for b in found:
            if a is not b and a.category == b.category:
                assert a.end < b.start or b.end < a.start


def test_mask_labels(detector: Detector) -> None:
    text = "Jeg har brystkræft og er på kontanthjælp."
    masked = mask(text, detector.detect(text, today=TODAY))
    assert masked == "Jeg har [Helbred] og er på [Økonomi/sociale forhold]."


def test_settings_extra_terms_and_exclusions() -> None:
    # The rules alone (veto=()): the learned veto also drops "kræftsyge børn" as no
    # one's health, which would hide whether the exclusion did it.
    custom = build_detector(
        SensitiveSettings(
            extra_terms={"health": ("hyperbolsyge*",)},
            exclude_phrases=("kræftsyge børn*",),
            veto=(),
        )
    )
    assert cats(custom, "Jeg har hyperbolsygen.") == ("health",)
    assert cats(custom, "Vi samler ind til kræftsyge børn.") == ()
    plain = build_detector(SensitiveSettings(veto=(), rescue=()))
    assert cats(plain, "Vi samler ind til kræftsyge børn.") == ("health",)
    assert cats(build_detector(), "Vi samler ind til kræftsyge børn.") == ()


def test_settings_validation() -> None:
    with pytest.raises(ValueError):
        SensitiveSettings(min_score=2.0)
    with pytest.raises(ValueError):
        SensitiveSettings(extra_terms={"nope": ("x",)})


def test_min_score_setting() -> None:
    strict = build_detector(SensitiveSettings(min_score=0.99))
    assert cats(strict, "Jeg er på kontanthjælp.") == ()


def test_labels_cover_categories() -> None:
    assert set(LABELS_DA) == set(CATEGORIES)
    assert LABELS_DA["health"] == "Helbred"


def test_every_phrase_pattern_compiles() -> None:
    # Phrase regexes are compiled on first use (start-up time): compile them all here,
    # so that a bad entry fails the tests, not a mail in production.
    import re

    from classifiers.sensitive.lexicon import _LazyPattern, load_lexicon

    lexicon = load_lexicon()
    patterns = [p for index in (lexicon._phrases, lexicon._cased_phrases,
                                lexicon._exclusions) for p in index.patterns()]
    assert len(patterns) > 1000
    assert all(isinstance(p, _LazyPattern) and p._compiled is None for p in patterns)
    # compile_all (what a daemon calls before its first mail) compiles every one of
    # them, and raises re.error on a bad entry.
    assert lexicon.compile_all() == len(patterns)
    assert all(isinstance(p._compiled, re.Pattern) for p in patterns)


def test_a_guard_matches_wherever_one_of_its_phrases_does() -> None:
    # The guard of a large group ("min …", ~1,450 phrases) is what keeps the hot loop
    # cheap; a guard that missed a position one of its phrases matches would drop a
    # finding silently.  It is built from the phrases' first words only (start-up
    # time), so it may match where no phrase does, but it must be a filter still: it
    # fails at most positions.  Every large group, at every position of a few real
    # sentences, with curly quotes where phrases allow a quotation mark.
    from classifiers.sensitive.lexicon import _QUOTES, load_lexicon

    lexicon = load_lexicon()
    text = ("min mor har kræft og min mand er sygemeldt. vores søn har adhd, og hans "
            "kæreste hedder emil. hendes far er muslim og min bror er medlem af 3f. "
            "jeg er bøsse, vi er ved at sælge huset, og jeg har ikke råd til huslejen. "
            "min \u201ckæreste\u201d er en mand, og min søster er \u201eindlagt\u201c.")
    text = text.translate(_QUOTES)  # as Lexicon.hits gives it to the patterns
    checked = hits = loose = chunk_hits = 0
    for index in (lexicon._phrases, lexicon._exclusions):
        for kind, by in index._by.items():
            for key in by:
                guard = index._guard(kind, key)
                if guard is None:
                    continue
                chunks = [(g, phrases) for g, phrases, _places in index._chunks(kind, key)
                          if g is not None]
                for pos in range(len(text)):
                    own = any(p.compile().match(text, pos) for p, _c, _s in by[key])
                    guarded = guard.compile().match(text, pos) is not None
                    assert guarded or not own
                    checked += 1
                    hits += own
                    loose += guarded and not own
                    # Each chunk guard of a group too large to try at once is exact:
                    # it says which chunk to try.
                    for chunk_guard, phrases in chunks:
                        own = any(p.compile().match(text, pos) for p, _c, _s in phrases)
                        assert (chunk_guard.compile().match(text, pos) is not None) == own
                        chunk_hits += own
    assert checked > 10_000 and hits > 0 and chunk_hits > 0
    assert loose < checked / 100, (loose, checked)


def test_a_slot_glued_to_its_word_is_expanded() -> None:
    # "{timer}-timersreglen" was read as the literal text "{timer}" and never matched.
    from classifiers.sensitive.lexicon import expand_leading_slot, load_lexicon

    slots = {"timer": ["225", "300"]}
    assert expand_leading_slot("{timer}-timers reglen", slots) == [
        "225-timers reglen", "300-timers reglen"]
    assert expand_leading_slot("{timer}-timersreglen", slots) == [
        "225-timersreglen", "300-timersreglen"]
    # No entry of the shipped lexicons is left with a slot it did not fill.
    lexicon = load_lexicon()
    left = [p.source for index in (lexicon._phrases, lexicon._cased_phrases,
                                   lexicon._exclusions)
            for p in index.patterns() if "\\{" in p.source]
    assert left == []


def test_curly_quotes_stand_between_the_words_of_a_phrase() -> None:
    # Phrases are matched on a copy of the text with “ ” „ read as '"' (compiling a
    # separator class that held them cost the start-up half its time): a phrase still
    # matches across them, at the offsets of the text as written, and so does a group
    # large enough to have a guard.
    import re

    from classifiers.sensitive.lexicon import Lexicon

    entries = [f"min {w} er indlagt" for w in ("søster", "bror", "mor", "far", "nabo")]
    lexicon = Lexicon({"health": {"terms": entries}}, exclusions=())
    text = "Hej. Min \u201esøster\u201c er indlagt, og min \u201cbror\u201d er indlagt."
    tokens = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", text)]
    spans = sorted((h.start, h.end) for h in lexicon.hits(text, tokens)
                   if h.end - h.start > 10)
    assert [text[s:e] for s, e in spans] == [
        "Min \u201esøster\u201c er indlagt", "min \u201cbror\u201d er indlagt"]
    assert lexicon._phrases._guard("exact", "min") is not None
    # A mark that is no quotation mark still stops the phrase ("¿" for "„").
    other = text.replace("\u201e", "\u00bf")
    assert [h.start for h in lexicon.hits(other, tokens) if h.end - h.start > 10] == [
        spans[1][0]]
