"""Speed-only look-aheads must not change what a pattern matches.

``partners._led_by`` and ``engine._SAYS_CPR_TAIL_RE`` put a class of the characters a
pattern's matches can start with in front of it. If a word with a new first letter is
added to such a pattern later, its look-ahead would silently drop it: these tests
derive each pattern's possible first characters from the pattern itself and check
that the look-ahead admits all of them.
"""

from __future__ import annotations

import random
import re
from functools import cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

import pytest

from classifiers.sensitive import engine, partners
from classifiers.sensitive.lexicon import Lexicon


@cache
def _folds(ch: str) -> frozenset[str]:
    """Every character a case-blind ``ch`` matches (the BMP holds them all)."""
    rx = re.compile(re.escape(ch), re.IGNORECASE)
    return frozenset(chr(i) for i in range(0x10000) if rx.fullmatch(chr(i)))


def _chars(ch: str, ignore_case: bool) -> set[str]:
    return set(_folds(ch)) if ignore_case else {ch}


def _seq(items: list, ic: bool) -> tuple[set[str] | None, bool]:
    """(first characters or None for "any", whether the sequence may match empty)."""
    acc: set[str] = set()
    for op, av in items:
        first, empty = _item(op, av, ic)
        if first is None:
            return None, False
        acc |= first
        if not empty:
            return acc, False
    return acc, True


def _item(op: object, av: object, ic: bool) -> tuple[set[str] | None, bool]:
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero width
    if op is C.LITERAL:
        return _chars(chr(av), ic), False  # type: ignore[arg-type]
    if op is C.IN:
        out: set[str] = set()
        for iop, iav in av:  # type: ignore[attr-defined]
            if iop is C.LITERAL:
                out |= _chars(chr(iav), ic)
            elif iop is C.RANGE:
                for c in range(iav[0], iav[1] + 1):
                    out |= _chars(chr(c), ic)
            else:
                return None, False
        return out, False
    if op is C.BRANCH:
        out, empty = set(), False
        for branch in av[1]:  # type: ignore[index]
            first, e = _seq(branch.data, ic)
            if first is None:
                return None, False
            out |= first
            empty = empty or e
        return out, empty
    if op is C.SUBPATTERN:
        _group, add, dele, sub = av  # type: ignore[misc]
        return _seq(sub.data, (ic or bool(add & re.IGNORECASE)) and not dele & re.IGNORECASE)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _high, sub = av  # type: ignore[misc]
        first, empty = _seq(sub.data, ic)
        return first, empty or low == 0
    return None, False


def _lead_and_rest(rx: re.Pattern[str]) -> tuple[set[str], set[str]]:
    """What the leading look-ahead admits, and what the rest of the pattern can start
    with (both as sets of characters)."""
    items = P.parse(rx.pattern, rx.flags).data
    ic = bool(rx.flags & re.IGNORECASE)
    op, av = items[0]
    assert op is C.ASSERT and av[0] == 1, "no leading look-ahead"
    lead, _ = _seq(av[1].data, ic)
    rest, empty = _seq(items[1:], ic)
    assert lead is not None and rest is not None and not empty
    return lead, rest


LED = [
    getattr(partners, name) for name in (
        "_PARTNER_RE", "_REFLEXIVE_RE", "_THIRD_RE", "_ADDRESSED_RE", "_COUPLE_RE",
        "_GEN_SPOUSE_RE", "_PAIR_NOUN_RE", "_IN_LAW_COUPLE_RE", "_WRITER_WITH_RE",
    )
] + [engine._SAYS_CPR_TAIL_RE]


@pytest.mark.parametrize("rx", LED, ids=lambda rx: rx.pattern[:40])
def test_look_ahead_admits_every_first_character(rx: re.Pattern[str]) -> None:
    lead, rest = _lead_and_rest(rx)
    assert rest <= lead, sorted(rest - lead)


def test_led_by_keeps_matches() -> None:
    text = ("Min kone Lise og jeg. Er Peter og jeg gift? Sin kæreste Mads. "
            "ſin kæreste Mads. Hans mand Ole. Brudeparret: Ole og Bo.")
    for name in ("_PARTNER_RE", "_REFLEXIVE_RE", "_THIRD_RE", "_PAIR_NOUN_RE"):
        led = getattr(partners, name)
        bare = re.compile(led.pattern.split("(?:", 1)[1][:-1], led.flags)
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in bare.finditer(text)]


def test_says_cpr_tail_is_in_every_match() -> None:
    text = "Lønnummeret er jo mit CPR-nummer: 0101901234. Medlemsnr. var min cpr."
    assert engine._says_is_cpr(text) == frozenset({"løn", "medlems"})
    for m in engine._SAYS_CPR_RE.finditer(text):
        assert engine._SAYS_CPR_TAIL_RE.search(text, m.start(), m.end()) is not None


def test_token_plan_matches_hits() -> None:
    """The per-token plan gives the hits a token gave before it was cached."""
    lexicon = Lexicon(
        {"health": {"terms": ["kræft*", "sclerose"], "weak": ["syg"]},
         "union": {"terms": ["=HK", "=Dansk Metal"]}},
        exclusions=["kræftens bekæmpelse"],
    )
    text = "Min mor har kræft. HK'er og Dansk Metal. Kræftens Bekæmpelse ringede. Syg."
    tokens = [(m.start(), m.group(0)) for m in re.finditer(r"[\w'-]+", text)]
    first = lexicon.hits(text, tokens)
    assert lexicon.hits(text, tokens) == first  # the second pass reads the plans
    found = {(h.category, text[h.start:h.end]) for h in first}
    assert ("health", "kræft") in found
    assert ("union", "HK'er") in found
    assert ("union", "Dansk Metal") in found
    assert not any(text[h.start:h.end].lower().startswith("kræftens") for h in first)


def test_cached_keywords_follow_presidios_own_rule() -> None:
    """``_Artifacts.keywords`` reads Presidio's keyword rule per lemma from a cache
    (``OfflineDanishNlpEngine.keyword_parts``): it must give what Presidio's own
    ``NlpArtifacts.set_keywords`` gives, or a Presidio upgrade that changes the rule
    would change context scores unseen."""
    from presidio_analyzer.nlp_engine import NlpArtifacts

    nlp_engine = engine.OfflineDanishNlpEngine()
    nlp_engine.load()
    lemmas = ["Jeg", "er", "syg", ",", "cpr-nr", "kl:10", "og", "-PRON-", "be",
              "personnummer", "...", "Sagsnr:", "3F", "mit"]
    ours = [k for lem in lemmas for k in nlp_engine.keyword_parts(lem)]
    assert ours == NlpArtifacts.set_keywords(nlp_engine, lemmas, "da")
    assert "syg" in ours and "er" not in ours and "," not in ours


def test_second_word_beginnings_of_a_phrase() -> None:
    from classifiers.sensitive.lexicon import _second_word_starts

    slots = {"rel": ["søn", "datter", "lille bror"], "krop": ["knæ"]}
    assert _second_word_starts("min søn er syg") == frozenset({"søn"})
    assert _second_word_starts("min {rel} er syg", slots) == frozenset(
        {"søn", "datter", "lille"})
    assert _second_word_starts("skadet {krop}* i dag", slots) == frozenset({"knæ"})
    assert _second_word_starts("min s* er syg") == frozenset({"s"})
    assert _second_word_starts("er i behandling") == frozenset({"i"})
    assert _second_word_starts("er hiv-positiv") == frozenset({"hiv"})  # to the hyphen
    assert _second_word_starts("min * er syg") is None       # any word
    assert _second_word_starts("min *søn") is None           # a compound's last part
    assert _second_word_starts("min -søn") is None           # a separator may start it
    assert _second_word_starts("sundhedshuset") is None      # one word


def test_phrase_keys_add_the_third_word_after_a_whole_second_word() -> None:
    """A second word written out whole is the whole word in the text, so the key may
    hold the third word's beginning too; a starred or slotted second word, or one that
    is no plain word, keys on its beginning alone."""
    from classifiers.sensitive.lexicon import _THEN, _phrase_keys, _route_keys

    slots = {"rel": ["søn", "datter"]}
    assert _phrase_keys("jeg er syg") == frozenset({"er" + _THEN + "syg"})
    assert _phrase_keys("jeg er syg*") == frozenset({"er" + _THEN + "syg"})
    assert _phrase_keys("jeg er") == frozenset({"er" + _THEN})          # two words
    assert _phrase_keys("jeg er * syg") == frozenset({"er" + _THEN})    # any third
    assert _phrase_keys("jeg s* syg") == frozenset({"s"})
    assert _phrase_keys("min {rel} er syg", slots) == frozenset({"søn", "datter"})
    assert _phrase_keys("min a-kasse er") == frozenset({"a"})
    assert _phrase_keys("min * er syg") is None
    assert _phrase_keys("sundhedshuset") is None

    text = "jeg er sygemeldt, jeg er. og jeg er (nu) syg"
    keys = _route_keys(text, 4)
    assert keys is not None and {"e", "er", "er" + _THEN, "er" + _THEN + "syg"} <= keys
    assert "er" + _THEN + "sygemeldt" in keys and "ers" not in keys
    after_stop = _route_keys(text, text.index("er."))
    assert after_stop == frozenset({"e", "er", "er" + _THEN})  # no third word follows
    assert _route_keys(text, text.index("er (nu)")) is None  # a remark: try all
    assert _route_keys(text, text.index(". og")) == frozenset()  # no word here


def test_second_word_routing_keeps_every_phrase_that_matches() -> None:
    """``_phrase_matches`` skips a chunk or a phrase whose keys are not among the keys
    of the words after the first word and its separators (``_route_keys``): at every
    position of a few sentences (curly quotes, a bracketed remark before the second or
    the third word, hyphens, a comma between the words), every phrase of the shipped
    lexicons that matches must still be tried."""
    from classifiers.sensitive.lexicon import (
        _SEP_RUN,
        _route_keys,
        _straight_quotes,
        load_lexicon,
    )

    lexicon = load_lexicon()
    text = ("min mor har kræft og min mand er sygemeldt. vores søn har adhd, og hans "
            "kæreste hedder emil. hendes far er muslim og min bror er medlem af 3f. "
            "jeg er bøsse, vi er ved at sælge huset, og jeg har ikke råd til huslejen. "
            "min \u201ckæreste\u201d er en mand, og min søster er \u201eindlagt\u201c. "
            "min (nu tidligere) mand er død, min - søn har diabetes, min, datter er "
            "syg. er på kontanthjælp, er i behandling for depression. jeg er - som "
            "sagt - syg, min søn (12 år) er syg, jeg er, desværre, \u201cmuslim\u201d.")
    text = _straight_quotes(text)
    routed = tried = 0
    for index in (lexicon._phrases, lexicon._exclusions):
        for key in index._by["exact"]:
            seconds = index._seconds[key]
            phrases = index._by["exact"][key]
            if all(c is None for c in seconds):
                continue
            for pos in range(len(text)):
                if not text.startswith(key, pos):
                    continue
                i = _SEP_RUN.match(text, pos + len(key)).end()  # type: ignore[union-attr]
                keys = None if text.startswith("(", i) else _route_keys(text, i)
                for (p, _c, _s), chars in zip(phrases, seconds, strict=True):
                    if p.compile().match(text, pos) is None:
                        continue
                    tried += 1
                    assert chars is None or keys is None or not chars.isdisjoint(keys), (
                        p.source[:60], pos)
                    routed += chars is not None
    assert tried >= 8 and routed >= 5, (tried, routed)


def test_chunks_follow_second_words_and_hits_keep_the_groups_order() -> None:
    """A large exact group is chunked by how its phrases' second words start (session
    17), so a mail's "min søn" tries the few chunks of words in "s", not most of them;
    the hits still come in the order of the group's phrases (the yaml order), as they
    did when chunks were slices of that order."""
    from classifiers.sensitive.lexicon import _phrase_matches, _straight_quotes, load_lexicon

    lexicon = load_lexicon()
    index = lexicon._phrases
    chunks = index._chunks("exact", "min")
    assert len(chunks) > 20
    # Every phrase once, in some chunk.
    places = [i for _g, _p, part in chunks for i in part]
    assert sorted(places) == list(range(len(index._by["exact"]["min"])))
    routed = [c for _g, _c, c in index.candidates("min")[0][1]]
    assert all(u is not None for u in routed[:len(routed) // 2])
    with_s = [u for u in routed if u is None or "sø" in u or "s" in u]
    assert len(with_s) <= len(routed) // 3, (len(with_s), len(routed))

    # Two phrases of "min" match at the first "min", in chunks far apart.
    text = _straight_quotes("min mor er fra chile og taler spansk. spørg min "
                            "sagsbehandler i jobcentret, eller min fagforening (3f).")
    seen = 0
    for pos in (m.start() for m in re.finditer(r"\bmin\b", text)):
        got = _phrase_matches(index.candidates("min")[:1], text, pos)
        want = [(p.compile(), c, s) for p, c, s in index._by["exact"]["min"]
                if p.compile().match(text, pos)]
        assert [(m.re, c, s) for m, c, s in got] == want
        seen += len(got)
    assert seen >= 4


def test_hits_keep_the_groups_order_when_chunks_reorder_it() -> None:
    """A group whose first phrase may be followed by any word ("min * er syg": chunked
    last) and whose later phrases are routed ("min søn er syg", "min datter er syg"):
    the chunks try them in another order, the hits come in the group's."""
    from classifiers.sensitive.lexicon import (
        _CHUNK,
        _phrase_matches,
        _phrase_regex,
        _PhraseIndex,
    )

    index = _PhraseIndex()
    entries = ["min * er syg", "min søn er syg", "min datter er syg"]
    # Fillers so the group is chunked: other second words, none of them in the text.
    entries += [f"min {w}{i} er væk" for i in range(_CHUNK) for w in ("bil", "ven")]
    for n, entry in enumerate(entries):
        index.add(entry, _phrase_regex(entry), f"c{n}", "strong",
                  _phrase_regex(entry, None, 2), routed=True)
    chunks = index._chunks("exact", "min")
    assert len(chunks) > 2
    # The first phrase is not in the first chunk: it is tried after the routed ones.
    assert 0 not in chunks[0][2]
    text = "min søn er syg, og min datter er syg."
    got = [c for _m, c, _s in _phrase_matches(index.candidates("min"), text, 0)]
    assert got == ["c0", "c1"]
    got = [c for _m, c, _s in _phrase_matches(index.candidates("min"), text,
                                               text.index("min datter"))]
    assert got == ["c0", "c2"]


def test_straight_quotes_is_the_quote_table() -> None:
    from classifiers.sensitive.lexicon import _QUOTES, _straight_quotes

    text = "Han sagde \u201ehej\u201c og \u201cfarvel\u201d \u00abigen\u00bb."
    assert _straight_quotes(text) == text.translate(_QUOTES)
    assert _straight_quotes("ingen") == "ingen"


def test_fold_exceptions_are_every_odd_case_form() -> None:
    """``core.may_hold`` lowers the mail and looks for lower-case keys; it must still
    pass wherever a case-blind regex would match. The only characters a case-blind
    pattern letter (a-z, æ, ø, å) matches that ``str.lower`` does not turn into that
    letter are its _FOLD_EXCEPTIONS, which make it pass whatever the keys."""
    from classifiers.sensitive.context.core import _FOLD_EXCEPTIONS

    odd = {c for letter in "abcdefghijklmnopqrstuvwxyzæøå"
           for c in _folds(letter) if c.lower() != letter}
    assert odd == set(_FOLD_EXCEPTIONS)


def _samples(items: list, limit: int = 5000) -> list[str]:
    """Strings a parsed pattern can match: every branch and optional part both ways,
    a repeat at its least count (at least once), a class by one of its characters.
    Look-arounds are left out (a sample may then fail the pattern; callers check)."""
    out = [""]
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL:
            alts = [chr(av)]
        elif op is C.IN:
            iop, iav = av[0]
            if iop is C.NEGATE:
                iop, iav = av[1]
            alts = ([chr(iav)] if iop is C.LITERAL else [chr(iav[0])] if iop is C.RANGE
                    else ["a"] if iav is C.CATEGORY_WORD else [" "])
        elif op is C.CATEGORY:
            alts = ["a"] if av is C.CATEGORY_WORD else [" "]
        elif op is C.BRANCH:
            alts = [s for b in av[1] for s in _samples(b.data, limit)]
        elif op is C.SUBPATTERN:
            alts = _samples(av[3].data, limit)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, _high, sub = av
            inner = _samples(sub.data, limit)
            alts = ([""] if low == 0 else []) + [s * max(low, 1) for s in inner]
        else:
            raise AssertionError(f"unhandled {op}")
        out = [a + b for a in out for b in alts][:limit]
    return out


def _random_sample(items: list, rnd: random.Random) -> str:
    """One string a parsed pattern can match, each branch and repeat count chosen at
    random.  ``_samples`` builds every combination but stops at 5,000, so the last
    branches of a long alternation (a word added at the end of a list) may never be
    built; random draws reach every branch."""
    out = []
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.BRANCH:
            out.append(_random_sample(rnd.choice(av[1]).data, rnd))
        elif op is C.SUBPATTERN:
            out.append(_random_sample(av[3].data, rnd))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, sub = av
            count = rnd.choice((low, low + 1) if high > low else (low,))
            out.extend(_random_sample(sub.data, rnd) for _ in range(count))
        else:
            out.extend(_samples([(op, av)]))
    return "".join(out)


@pytest.mark.parametrize("name", ["_GENERAL_ASK", "_IN_GENERAL"])
def test_keys_are_in_every_match(name: str) -> None:
    """Every string the pattern matches, branch by branch, holds one of its keys."""
    from classifiers.sensitive.context import care_and_money, core, property_trade

    module = property_trade if name == "_GENERAL_ASK" else care_and_money
    rx = getattr(module, name + "_RE")
    keys = getattr(module, name + "_KEYS")
    matched = 0
    parsed = P.parse(rx.pattern, rx.flags).data
    rnd = random.Random(name)
    drawn = [_random_sample(parsed, rnd) for _ in range(4000)]
    for sample in _samples(parsed) + drawn:
        for text in (sample, sample.upper(), sample.capitalize()):
            if rx.fullmatch(text) is None:
                continue
            matched += 1
            assert any(k in text.lower() for k in keys), text
            assert core.may_hold(f"Hej. {text}. Mvh", keys)
    assert matched >= 10
    assert not core.may_hold("Min mor er syg.", keys)
    assert core.may_hold("Min mor er ſyg.", keys)  # an odd case form: always searched


def test_policy_stem_shortcut_keeps_every_answer() -> None:
    """``after_policy_words`` skips the stem search unless the window ends in "om" or
    a comma: at every position of a few sentences it answers as the full search does."""
    from classifiers.sensitive.context import core

    def full(text: str, start: int) -> bool:
        s = max(0, start - core._POLICY_REACH)
        before = text[s:start]
        if not before or not before[-1].isspace():
            return False
        if core._POLICY_BEFORE_RE.search(text, s, start) is not None:
            return True
        while s and (text[s - 1].isalnum() or text[s - 1] == "_"):
            s -= 1
        return core._POLICY_STEM_BEFORE_RE.search(text, s, start) is not None

    text = ("Vi laver et skoleprojekt om fagforeninger. Der er bøger om regnbuefamilier, "
            "skilsmissefamilier og adoption. Et FOREDRAG OM kræft, jeres løfte om flere "
            "timer til hjemmehjælp, og en artikel om ham. Opgaven Om demens er lang.")
    found = 0
    for start in range(1, len(text)):
        if text[start - 1].isspace():
            assert core.after_policy_words(text, start) == full(text, start), start
            found += full(text, start)
    assert found >= 4


def _quote_marker_samples() -> list[str]:
    """Bodies that put every kind of quote marker at the start, in the middle, at the
    end of a mail and after blank lines, and bodies with none."""
    from classifiers import quotes

    markers = ["> citat", "JJ> svar", "  ----- Original Message -----", "*__", "~~", "—",
               "Videresendt besked", "Begin forwarded message:", "Fra: Ole", "FROM : x",
               ">> Emne: y", "SUBJECT: z", "2024-03-01 kl. 10", "Den 3. maj skrev Ole:",
               "Ole写道", "Emne:  \n", "kl. 10:30 i dag", "Til: ", "ſubject: x",
               "İmne: x", "Kære Ole", "1234/5/6", "x > y", "a:b", "：  ", *quotes._HEADER_KEYS]
    plain = ["Hej med dig", "Jeg har et spørgsmål om boligstøtte.", "", "   ", "Mvh Ole"]
    out = []
    for m in markers:
        for p in plain:
            out += [m, m + "\n" + p, p + "\n" + m, p + "\n\n" + m + "\n" + p,
                    p + "\n \t\n" + m, p + "\r\n" + m, p + " " + m, "\n" + m, m + "\n"]
    return out


def test_may_hold_quote_is_the_one_regex() -> None:
    """The three searches of ``_may_hold_quote`` answer as ``_MAY_QUOTE`` does."""
    from classifiers import quotes

    for body in _quote_marker_samples():
        want = (any(c in body for c in quotes._UNSEEN)
                or quotes._MAY_QUOTE.search(body) is not None)
        assert quotes._may_hold_quote(body) == want, body


def test_sentence_halves_are_the_old_sentence() -> None:
    """``_sentence`` split in two cached halves gives the span the one scan gave."""
    from classifiers.sensitive.context import core

    text = ("Hej.\n\nJeg har fået 2. klasse!  Min søn er syg? Den 3. maj ringede vi.\n"
            "Mvh\nOle\n> citat. Og så? Nej\n\nFra: x") * 3
    for start in range(len(text) + 1):
        for end in (start, min(len(text), start + 3), min(len(text), start + 40)):
            lo = max(0, start - core._SENTENCE_REACH)
            ends = [m.end() for m in core._SENTENCE_END.finditer(text, lo, start)]
            s = ends[-1] if ends else lo
            after = core._SENTENCE_END.search(
                text, end, min(len(text), end + core._SENTENCE_REACH))
            e = after.start() if after else min(len(text), end + core._SENTENCE_REACH)
            assert core._sentence(text, start, end) == (s, e)
