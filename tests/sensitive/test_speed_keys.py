"""Speed-only look-aheads must not change what a pattern matches.

``partners._led_by`` and ``engine._SAYS_CPR_TAIL_RE`` put a class of the characters a
pattern's matches can start with in front of it. If a word with a new first letter is
added to such a pattern later, its look-ahead would silently drop it: these tests
derive each pattern's possible first characters from the pattern itself and check
that the look-ahead admits all of them.
"""

from __future__ import annotations

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
