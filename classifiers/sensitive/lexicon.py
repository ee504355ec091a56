"""Danish lexicons for the seven non-CPR categories of seed 000, matched on lemmas.

A lexicon is a versioned YAML data file in ``lexicons/`` (its header names the sources).
Entry syntax, one string per entry:

* ``kræft``       the word in any inflection: the token, its simplemma lemma, or the
                  token minus a regular Danish ending (``-en``, ``-er``, ``-erne``...).
* ``kræft*``      also as the first part of a compound (``kræftbehandling``,
                  ``misbrugsbehandling`` from ``misbrug*``).
* ``*kræft``      also as the last part of a compound (``brystkræft``), inflected.
* ``*kræft*``     anywhere inside a word.
* ``kan ikke betale*``  a phrase: words in order, a trailing ``*`` on any word.
* ``=Lederne``   case-sensitive, one word: the token exactly as written, or with a
                  genitive ``s`` ("Lederne", "IDA", "ALS"), for names and abbreviations
                  that are ordinary words in lower case ("lederne", "Ida", "als").  At
                  the start of a sentence a capitalised entry counts as ``weak``: there
                  the capital says nothing ("Lederne i fodboldklubben").
* ``=Dansk Metal``  a case-sensitive phrase ("dansk metal" in lower case is music).
* ``=SF'er``     a case-sensitive abbreviation with a person ending after an
                  apostrophe: a member or a voter ("SF'er", "DF'ere", "LA'erne"), with
                  either apostrophe or a hyphen ("K’er", "SF-er").  A one-letter
                  abbreviation after a number is letters being counted ("to S'er").
* ``født i {land}``  a phrase with a slot: ``{land}`` stands for any value of the
                  file's ``slots: land:`` list (a value may itself be several words or
                  end in ``*``).  One regex per phrase, the slot an alternation; a slot
                  that starts a phrase is expanded into one phrase per value, so the
                  phrase is still found from its first word.

Three strengths, because a word can name a person's circumstances or only a service:
``terms`` always count; ``personal`` count only when the same sentence speaks of a
person (``jeg``, ``min søn``, ``hun``...); ``weak`` count only when a context word of
the category stands near (Presidio's lemma context enhancer raises them).

``exclusions.yaml`` lists phrases that only name an institution or a service
(``Sundhedshuset``, ``Kræftens Bekæmpelse``); a hit inside one is dropped (issue 3).
Its ``only`` lists phrases that drop the hits of one category only ("Dansk Psykolog
Forening" is a union, not a psychologist).  Its ``heads`` name, per category, the last
parts of compounds that make a word a job, a service or an event rather than a person's
circumstances ("diabetessygeplejerske", "demenscaféen", "ordblind-lærer"): a hit on
such a word is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import yaml

from classifiers.lemmas import lemma as danish_lemma

STRONG = "terms"
PERSONAL = "personal"
WEAK = "weak"
STRENGTHS = (STRONG, PERSONAL, WEAK)

# Regular Danish noun, adjective and verb endings, longest first.  A token that is a
# term plus one of these is that term (simplemma does not know every compound).
ENDINGS = (
    "ernes", "enes", "erne", "ende", "ene", "ens", "ets", "ers", "ede", "ede",
    "en", "et", "er", "es", "ne", "de", "te", "e", "s", "r", "t", "n", "",
)
# Terms shorter than this take no regular endings (``tro`` + ``ne`` is ``trone``).
_MIN_INFLECT = 5
# Compound parts must leave at least this much of the word to the other part.
_MIN_OTHER_PART = 3
# Longer tokens are no words (the longest Danish compounds have some 50 letters) but
# base64, URLs or hostile input; prefix and suffix lookups cost the square of the length
# (a 100,000-character token took 7 s; issue 9, hostile input).
MAX_TOKEN = 100
_ENDING_SET = frozenset(ENDINGS)
# A compound written as two words: each part at least this long.
_SPLIT_PART = 3
# Words that are often the first part of an entry but in running text are words of
# their own: "for sørger" is no "forsørger", and an ordinal is written apart by rule
# ("tredje generation i familien", unlike "tredjegenerationsindvandrer").
_NO_FIRST_PART = frozenset({
    "alle", "andre", "den", "der", "det", "din", "dit", "efter", "for", "fra", "han",
    "har", "hele", "hun", "ikke", "kan", "man", "med", "men", "mig", "min", "mit",
    "mod", "når", "over", "selv", "sin", "sit", "skal", "som", "til", "ude", "uden",
    "under", "var", "ved", "vil", "bag", "foran", "inden", "langs", "mellem", "omkring",
    "rundt", "trods",
    "første", "anden", "andet", "tredje", "fjerde", "femte", "sjette", "halv", "hel",
})


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Lower-case simplemma lemma of a Danish word (offline; cached here too: it is
    asked for every token of every mail, and the checks before the inner cache cost as
    much as the lookup)."""
    return _lemma(word.lower())


def _lemma(word: str) -> str:
    if not word or not any(c.isalpha() for c in word):
        return word
    return danish_lemma(word)


@dataclass(frozen=True)
class Hit:
    """A lexicon hit on one token or phrase (character offsets)."""

    category: str
    strength: str
    start: int
    end: int


@dataclass
class _Index:
    exact: dict[str, str] = field(default_factory=dict)  # form -> strength
    prefix: dict[str, str] = field(default_factory=dict)  # stem -> strength
    suffix: dict[str, str] = field(default_factory=dict)  # inflected stem -> strength
    contains: dict[str, str] = field(default_factory=dict)
    # (entry, regex, strength, the regex of its first words: see _GUARD_WORDS)
    phrases: list[tuple[str, str, str, str]] = field(default_factory=list)


_RANK = {STRONG: 3, PERSONAL: 2, WEAK: 1}


def _better(old: str | None, new: str) -> str:
    return new if old is None or _RANK[new] > _RANK[old] else old


Slots = Mapping[str, Sequence[str]]
_SLOT_RE = re.compile(r"\{(\w+)\}")
# Words of a phrase are apart by spaces or hyphens; a comma or a quotation mark may
# stand between them ("en kæreste, som er en dreng", kaldt "abe"), and so may a short
# remark in brackets ("naboens hus (nr. 9) er til salg").
#
# Curly quotation marks (“ ” „) are read as '"': phrases are matched on a copy of the
# text with them translated (_QUOTES, length kept, so offsets hold). A class that
# holds a character above U+00FF costs Python's regex compiler a 64 K table, and the
# separator stands ~300,000 times in the phrase patterns: with them in the class,
# compiling the lexicon took twice as long (session 12).
_QUOTES = str.maketrans("\u201c\u201d\u201e", '"""')
_CURLY = tuple(chr(c) for c in _QUOTES)


# Round 27: an en or em dash between words ("min kæreste og jeg – to mænd") is read as
# a hyphen, on the same copy and for the same reason as the curly quotes (length kept,
# no character above U+00FF in the separator class).
_DASHES = ("\u2013", "\u2014")


# Session 19: curly apostrophes as the straight one ("we’re", "I’m", "HK’s"): Outlook
# and phones write them by default, every phrase with an apostrophe is written with the
# straight one, and no corpus mail had a curly one, so none was ever matched.
_APOSTROPHE_MARKS = ("\u2019", "\u2018")


def _straight_quotes(text: str) -> str:
    """``text.translate(_QUOTES)``: a few ``str.replace`` calls (~1 µs on a 5 KB mail)
    instead of ``translate``, which looks every character up in the table (~0.25 ms).
    En and em dashes become hyphens the same way (round 27), curly apostrophes straight
    ones (session 19)."""
    for c in _CURLY:
        if c in text:
            text = text.replace(c, '"')
    for c in _DASHES:
        if c in text:
            text = text.replace(c, "-")
    for c in _APOSTROPHE_MARKS:
        if c in text:
            text = text.replace(c, "'")
    return text


_SEP_CHARS = r"[\s\-,\"\u00ab\u00bb]"
_SEP = _SEP_CHARS + r"+(?:\([^()\n]{1,30}\)" + _SEP_CHARS + r"+)?"


# A word of its own that is only ``*`` stands for any one word, and that word may be a
# number written with Danish separators ("lever for 12.000 kr", "byder 1.950.000 kr.")
# or an abbreviation of an amount with its full stop ("2,1 mio. kr."): a plain ``\w*``
# stopped at the first dot.
_ANY_WORD = r"(?:\w*(?:[.,]\d+)*|(?:mio|mia|mill|kr|ca|tkr)\.)"


def _word_regex(word: str) -> str:
    if word == "*":
        return _ANY_WORD
    body = re.escape(word.strip("*"))
    if word.startswith("*"):
        body = r"\w*" + body
    if word.endswith("*"):
        body += r"\w*"
    return body


def _slot_values(name: str, slots: Slots) -> Sequence[str]:
    if name not in slots:
        raise ValueError(f"lexicon: unknown slot {{{name}}}")
    return slots[name]


# Round 7: a slot may take a trailing ``*`` ("skadet {krop}*" for "skadet knæ",
# "skadede hofter"): every value then goes on as a word with ``*`` does.  (Before, such
# a word was read as the literal text "{krop}" and the phrase never matched.)
_SLOT_STAR_RE = re.compile(r"\{(\w+)\}(\*?)")


def _star(value: str) -> str:
    return value if value.endswith("*") else value + "*"


def _phrase_regex(entry: str, slots: Slots | None = None, words: int | None = None) -> str:
    """The regex of a phrase; with ``words``, of its first ``words`` words only, open at
    the end: it matches wherever the whole phrase does (and elsewhere too)."""
    parts = []
    for word in entry.split()[:words]:
        m = _SLOT_STAR_RE.fullmatch(word)
        if m is None:
            parts.append(_word_regex(word))
            continue
        values = sorted(
            {(_star(v) if m.group(2) else v).strip().lower()
             for v in _slot_values(m.group(1), slots or {}) if v.strip()},
            key=len, reverse=True,
        )
        parts.append(
            "(?:" + "|".join(_SEP.join(_word_regex(w) for w in v.split()) for v in values) + ")"
        )
    return r"(?<!\w)" + _SEP.join(parts) + ("" if words else r"(?!\w)")


def expand_leading_slot(entry: str, slots: Slots | None = None) -> list[str]:
    """``entry`` with a slot in first place replaced by each of its values, so that
    every phrase starts with a literal word (phrases are found from their first word)."""
    words = entry.split()
    if not words:
        return []
    # The slot may be glued to the rest of the word ("{timer}-timersreglen").
    m = _SLOT_STAR_RE.match(words[0])
    if m is None:
        return [entry]
    glued = words[0][m.end():]
    out: list[str] = []
    for value in _slot_values(m.group(1), slots or {}):
        value = value.strip().lower()
        if value and m.group(2) and not glued:
            value = _star(value)
        if value:
            out.extend(expand_leading_slot(" ".join([value + glued, *words[1:]]), slots))
    return out


_KEY_RE = re.compile(r"\w+")
# A letter or digit (str.isalnum): \w without the underscore.
_ALNUM_RE = re.compile(r"[^\W_]")


def _first_key(entry: str) -> tuple[str, str]:
    """How a phrase is found from a token: ("exact"|"prefix"|"suffix", key)."""
    first = entry.split()[0]
    m = _KEY_RE.search(first.strip("*"))
    key = m.group(0) if m else first.strip("*")
    if first.startswith("*"):
        return "suffix", key
    if first.endswith("*") or not first.strip("*").isalnum():
        return "prefix", key
    return "exact", key


# A group's guard holds only the first words of its phrases, each such beginning once:
# a superset that fails at almost every token as the exact one did, and compiles in a
# fraction of the time. The exact guards of all groups were ~24 MB of pattern and took
# ~40 s to compile at start-up: the "min" group alone (~1,450 phrases, each with its
# slots spelled out) ~9 s. The chunk guards below stay exact: they choose the chunk.
_GUARD_WORDS = 2
# A phrase group this large gets a guard (one alternation of its phrases' beginnings): most
# groups fail at most tokens, and one failed match is cheaper than two.
_GUARD_MIN = 2
# A group larger than this is tried in chunks of this size, each with a guard of its
# own: when "min"'s guard matches, ~50 chunk guards and one chunk's phrases are tried,
# not its ~1,100 phrases (a guard says only that some phrase matches, not which).
_CHUNK = 24
_Phrases = list[tuple["_LazyPattern", str, str]]
# What ``_phrase_matches`` tries: a phrase as (regex, category, strength, its routing
# keys or None: see _phrase_keys, its place in its group).
_Routed = tuple[tuple["_LazyPattern", str, str, frozenset[str] | None, int], ...]
# A chunk: its guard (or None), its phrases, and the union of their routing keys (None:
# try the chunk whatever comes next).
_Chunk = tuple[re.Pattern[str] | None, _Routed, frozenset[str] | None]
# A group: its guard (or None), its chunks, and the length of the literal first word
# all its phrases share (0: the group is not routed by its second word).
_Candidates = tuple[re.Pattern[str] | None, tuple[_Chunk, ...], int]
# The run of separators between a phrase's first and second word (_SEP without the
# bracketed remark; a "(" after the run sends a group to all its chunks).
_SEP_RUN = re.compile(_SEP_CHARS + "*")


def _second_word_starts(entry: str, slots: Slots | None = None) -> frozenset[str] | None:
    """How the second word of phrase ``entry`` must begin, as its regex
    (``_phrase_regex``) spells it: the literal letters of each form it may take, up to
    the first character that is no word character and at most _START_MAX long ("søn"
    for "søn", "s" for "s*", "hiv" for "hiv-positiv"); None when it may start with
    anything (``*``, ``*word``, a separator character) or the phrase has one word.

    Speed only.  The second word starts after the run of separators that follows the
    first word (a word that starts with no separator character cannot start inside
    that run), so a phrase can match only where one of these is a prefix of the word
    found there (``_route_keys``).  Session 13 routed by the first two letters: "min
    sø" still sent "min søn" to every chunk holding "søster", "søskende" or "søvn"."""
    words = entry.split()
    if len(words) < 2:
        return None
    m = _SLOT_STAR_RE.fullmatch(words[1])
    if m is None:
        firsts = [words[1]]
    else:
        values = {(_star(v) if m.group(2) else v).strip().lower()
                  for v in _slot_values(m.group(1), slots or {}) if v.strip()}
        firsts = [v.split()[0] for v in values]
    out: set[str] = set()
    for word in firsts:
        # The literal part: _word_regex escapes the word, less a trailing "*" (\w*).
        start = _WORD_RUN.match(word.rstrip("*"))
        if start is None or word.startswith("*"):
            return None  # "*", "*søn", "-søn", "(…": anything may stand there
        out.add(start.group(0)[:_START_MAX])
    return frozenset(out)


def _phrase_keys(entry: str, slots: Slots | None = None) -> frozenset[str] | None:
    """The keys that route phrase ``entry`` (None: tried whatever follows its first
    word). A phrase may match only where one of its keys is among the text's keys
    (``_route_keys``).

    A second word written out whole ("jeg er syg": "er", no "*", no slot) must be the
    whole word in the text (a separator or the phrase's end follows it, and neither is a
    word character), so its key also holds the third word's beginning: "er\0syg".
    Session 19: "jeg er" starts ~650 phrases, "er der" and "jeg har" hundreds more, and
    routed by the second word alone a 5 KB mail still tried ~250 chunk guards, most of
    them at those three."""
    seconds = _second_word_starts(entry, slots)
    words = entry.split()
    if seconds is None or len(seconds) != 1 or "{" in words[1] or "*" in words[1]:
        return seconds
    (second,) = seconds
    if second != words[1][:_START_MAX]:
        return seconds  # not a plain word ("a-kasse", "3f's"): its beginning only
    thirds = _second_word_starts(" ".join(words[1:]), slots)
    if thirds is None:
        return frozenset({second + _THEN})
    return frozenset(second + _THEN + t for t in thirds)


# A second word's literal beginning is cut to this length, and so are the prefixes of
# the word in the text it is compared with (a prefix test either way).
_START_MAX = 16
_WORD_RUN = re.compile(r"\w+")
# Between a whole second word and the third word's beginning in a key (no word has it).
_THEN = "\0"


@lru_cache(maxsize=65_536)
def _keys_of(second: str, third: str | None) -> frozenset[str]:
    keys = {second[:k] for k in range(1, len(second) + 1)}
    if second:
        keys.add(second + _THEN)
        if third:
            keys.update(second + _THEN + third[:k] for k in range(1, len(third) + 1))
    return frozenset(keys)


def _route_keys(text: str, i: int) -> frozenset[str] | None:
    """The keys of the words at ``text[i:]`` (``_phrase_keys``): the prefixes of the
    second word, and that word whole followed by each prefix of the third; None when a
    bracketed remark stands before the third word (_SEP allows one; try everything)."""
    m = _WORD_RUN.match(text, i)
    if m is None:
        return frozenset()
    second = m.group(0)
    j = _SEP_RUN.match(text, m.end()).end()  # type: ignore[union-attr]
    if text.startswith("(", j):
        return None
    n = _WORD_RUN.match(text, j) if j > m.end() else None
    return _keys_of(second[:_START_MAX], n.group(0)[:_START_MAX] if n is not None else None)


class _TokenPlan(NamedTuple):
    """What ``Lexicon.hits`` does at one distinct token, worked out once (``_plan``)."""

    # (category, strength, start, end) of the word's own hits, offsets from the token's
    # start: the token, its hyphenated parts, its stem before an apostrophe.
    fixed: tuple[tuple[str, str, int, int], ...]
    # (category, strength) of a cased word ("=SF"); weak at a sentence start when
    # ``first_if_start`` (only the first letter is a capital).
    cased: tuple[tuple[str, str], ...]
    first_if_start: bool
    cased_candidates: tuple[_Candidates, ...]
    # Categories whose hits on this token are dropped: the token is a compound whose
    # head makes it a job, a service or an event of the category (``_is_head``).
    blocked: frozenset[str]
    phrases: tuple[_Candidates, ...]
    exclusions: tuple[_Candidates, ...]


class _LazyPattern:
    """A phrase's regex, compiled when first tried. Most phrases are never tried in a
    given mail, and compiling all ~6,000 at start-up took most of the 10 s a detector
    took to build (every CLI command, every daemon start, every test process)."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def source(self) -> str:
        return self._source

    def compile(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source)
        return compiled


def _guard_source(phrases: Iterable[tuple[str, str]]) -> str:
    """One alternation matching where any of ``phrases`` ((first word, regex) pairs)
    matches. Phrases that begin the same way share that beginning: each branch then
    starts with its second word's first letter, which the regex engine checks before
    it enters the branch (a branch that starts with a look-behind is always entered).
    The common word "i" starts ~300 phrases: the factored guard fails at a token in
    a few steps instead of ~300 look-behinds and separator runs. It may only say
    whether some phrase matches, not which (the phrases' own regexes say that)."""
    factored: dict[str, list[str]] = {}
    whole: list[str] = []
    for first, source in phrases:
        lead = r"(?<!\w)" + _word_regex(first) + _SEP
        if source.startswith(lead):
            # What follows the lead has no "|" outside a group: _phrase_regex wraps
            # every alternation it makes.
            factored.setdefault(lead, []).append(source[len(lead):])
        else:
            whole.append(f"(?:{source})")
    branches = [lead + "(?:" + "|".join(rests) + ")" for lead, rests in factored.items()]
    return "|".join(branches + whole)


class _PhraseIndex:
    """Phrases found from their first word: a token's key selects the candidates,
    whose regex is then tried at the token's offset (one pass over the tokens instead
    of one scan of the text per phrase)."""

    def __init__(self) -> None:
        self._by: dict[str, dict[str, list[tuple[_LazyPattern, str, str]]]] = {
            "exact": {}, "prefix": {}, "suffix": {},
        }
        self._guards: dict[tuple[str, str], _LazyPattern] = {}
        self._first_words: dict[tuple[str, str], list[str]] = {}
        self._beginnings: dict[tuple[str, str], list[str]] = {}
        self._chunk_guards: dict[tuple[str, str],
                                 tuple[list[_LazyPattern], list[list[int]]]] = {}
        # Per phrase, in the order of _by: the letters its second word may start with
        # (None: any), for an exact group only (see _phrase_keys).
        self._seconds: dict[str, list[frozenset[str] | None]] = {}
        self.candidates = lru_cache(maxsize=100_000)(self._candidates)

    def add(self, entry: str, regex: str, category: str, strength: str,
            beginning: str | None = None, slots: Slots | None = None,
            routed: bool = False) -> None:
        """``beginning``: a regex that matches wherever ``regex`` does, for the group's
        guard (the phrase's first words); None uses ``regex`` itself. ``routed``:
        ``regex`` is ``_phrase_regex(entry, slots)``, so the phrase's second word may
        choose whether it is tried (``_phrase_keys``); otherwise it always is."""
        kind, key = _first_key(entry)
        second = None
        if routed and kind == "exact" and regex.startswith(
                r"(?<!\w)" + re.escape(key) + _SEP):
            second = _phrase_keys(entry, slots)
        if kind == "exact":
            self._seconds.setdefault(key, []).append(second)
        self._by[kind].setdefault(key, []).append((_LazyPattern(regex), category, strength))
        self._first_words.setdefault((kind, key), []).append(entry.split()[0])
        self._beginnings.setdefault((kind, key), []).append(beginning or regex)
        self._guards.pop((kind, key), None)
        self._chunk_guards.pop((kind, key), None)

    def _guard(self, kind: str, key: str) -> _LazyPattern | None:
        """One alternation of a group's phrases' beginnings ("min" starts ~1,450
        phrases): one failed match in C replaces hundreds of calls from Python, and the
        group's own phrases are compiled and tried only when it matches."""
        found = self._by[kind][key]
        if len(found) < _GUARD_MIN:
            return None
        guard = self._guards.get((kind, key))
        if guard is None:
            pairs = zip(self._first_words[(kind, key)], self._beginnings[(kind, key)],
                        strict=True)
            guard = self._guards[(kind, key)] = _LazyPattern(
                _guard_source(dict.fromkeys(pairs))
            )
        return guard

    def _chunks(self, kind: str, key: str
                ) -> list[tuple[_LazyPattern | None, _Phrases, list[int]]]:
        """A group's phrases in chunks of _CHUNK, each with its guard (None for a group
        of one chunk: its own guard has just matched) and the phrases' places in the
        group (``_phrase_matches`` gives the hits in that order).

        An exact group's phrases are chunked in the order of their second words'
        beginnings (session 17): a chunk then holds phrases whose second words start
        alike, and the routing by those beginnings (``_phrase_keys``) skips most
        chunks. In the order of the yaml files each chunk of "min" held words in most
        letters: when the group's guard matched at "min søn", ~850 chunk guards per
        5 KB mail were tried and ~11 matched, over half the time of phrase matching."""
        found = self._by[kind][key]
        if len(found) <= _CHUNK:
            return [(None, found, list(range(len(found))))]
        cached = self._chunk_guards.get((kind, key))
        if cached is None:
            order = list(range(len(found)))
            if kind == "exact":
                seconds = self._seconds[key]
                order.sort(key=lambda i: (seconds[i] is None, min(seconds[i] or {""}), i))
            firsts = self._first_words[(kind, key)]
            parts = [order[i:i + _CHUNK] for i in range(0, len(order), _CHUNK)]
            guards = [
                _LazyPattern(_guard_source((firsts[i], found[i][0].source) for i in part))
                for part in parts
            ]
            cached = self._chunk_guards[(kind, key)] = (guards, parts)
        guards, parts = cached
        return [(g, [found[i] for i in part], part)
                for g, part in zip(guards, parts, strict=True)]

    def _candidates(self, token: str) -> tuple[_Candidates, ...]:
        """The phrase groups that may start at ``token``: each a compiled guard (or
        None) and its chunks of phrases, each with its compiled guard or None (cached
        per token, so the hot loop calls the regexes themselves, not a wrapper)."""
        m = _KEY_RE.match(token)
        key = m.group(0) if m else token
        keys = [("exact", key)]
        keys += [("prefix", key[:i]) for i in range(1, len(key) + 1)]
        keys += [("suffix", key[i:]) for i in range(len(key))]
        out: list[_Candidates] = []
        for kind, k in keys:
            found = self._by[kind].get(k)
            if found:
                guard = self._guard(kind, k)
                seconds = self._seconds[k] if kind == "exact" else [None] * len(found)
                chunks: list[_Chunk] = []
                for g, phrases, places in self._chunks(kind, k):
                    own = [seconds[i] for i in places]
                    routed = tuple((p, c, s, chars, i) for (p, c, s), chars, i
                                   in zip(phrases, own, places, strict=True))
                    sets = [c for c in own if c is not None]
                    union = frozenset().union(*sets) if len(sets) == len(own) else None
                    chunks.append((None if g is None else g.compile(), routed, union))
                lead = len(k) if kind == "exact" and any(c is not None for c in seconds) else 0
                out.append((None if guard is None else guard.compile(), tuple(chunks), lead))
        return tuple(out)

    def __bool__(self) -> bool:
        return any(self._by.values())

    def patterns(self) -> Iterator[_LazyPattern]:
        """Every pattern: each phrase's own, each group's guard and chunk guards."""
        for kind, by_key in self._by.items():
            for key, found in by_key.items():
                for pattern, _category, _strength in found:
                    yield pattern
                guard = self._guard(kind, key)
                if guard is not None:
                    yield guard
                yield from (g for g, _p, _i in self._chunks(kind, key) if g is not None)


def _add(index: _Index, entry: str, strength: str, slots: Slots | None = None) -> None:
    # The phrase text has straight apostrophes only (_straight_quotes).
    entry = " ".join(entry.strip().lower().replace("\u2019", "'").split())
    if not entry:
        return
    if "{" in entry:
        expanded = expand_leading_slot(entry, slots)
        if expanded != [entry]:
            for e in expanded:
                _add(index, e, strength, slots)
            return
    if " " in entry:
        index.phrases.append((entry, _phrase_regex(entry, slots), strength,
                              _phrase_regex(entry, slots, _GUARD_WORDS)))
        return
    word = entry.strip("*")
    lead, trail = entry.startswith("*"), entry.endswith("*")
    forms = {word} | ({word + e for e in ENDINGS} if len(word) >= _MIN_INFLECT else set())
    if lead and trail:
        index.contains[word] = _better(index.contains.get(word), strength)
    elif lead:
        for form in forms:
            index.suffix[form] = _better(index.suffix.get(form), strength)
    elif trail:
        index.prefix[word] = _better(index.prefix.get(word), strength)
    for form in forms:
        index.exact[form] = _better(index.exact.get(form), strength)


class Lexicon:
    """All categories' entries, compiled for fast token look-up."""

    def __init__(
        self,
        entries: Mapping[str, Mapping[str, Iterable[str]]],
        exclusions: Iterable[str],
        slots: Mapping[str, Slots] | None = None,
        workplaces: Iterable[str] = (),
        heads: Mapping[str, Iterable[str]] | None = None,
        category_exclusions: Mapping[str, Iterable[str]] | None = None,
        exclusion_slots: Slots | None = None,
    ) -> None:
        self._index: dict[str, _Index] = {}
        self.context: dict[str, tuple[str, ...]] = {}
        self._cased: dict[str, list[tuple[str, str]]] = {}
        self._cased_phrases = _PhraseIndex()
        for category, sections in entries.items():
            index = _Index()
            for strength in STRENGTHS:
                for entry in sections.get(strength, ()):
                    if entry.startswith("=") and "'" in entry:
                        raw = entry[1:].strip()
                        self._cased_phrases.add(
                            raw.lower(), _abbreviation_regex(raw), category, strength
                        )
                        continue
                    if entry.startswith("=") and " " in entry.strip():
                        # A case-sensitive phrase ("=Dansk Metal"; "dansk metal" is music).
                        raw = " ".join(entry[1:].split())
                        self._cased_phrases.add(
                            raw.lower(), _phrase_regex(raw), category, strength
                        )
                        continue
                    if entry.startswith("="):
                        word = entry[1:].strip()
                        for form in (word, word + "s"):
                            self._cased.setdefault(form, []).append((category, strength))
                        continue
                    _add(index, entry, strength, (slots or {}).get(category))
            self._index[category] = index
            self.context[category] = tuple(
                w.strip().lower() for w in sections.get("context", ()) if w.strip()
            )
        self._phrases = _PhraseIndex()
        for category, ix in self._index.items():
            for entry, rx, strength, beginning in ix.phrases:
                self._phrases.add(entry, rx, category, strength, beginning,
                                  (slots or {}).get(category), routed=True)
        self._contains_re: dict[str, re.Pattern[str] | None] = {
            c: re.compile("|".join(sorted(map(re.escape, ix.contains), key=len, reverse=True)))
            if ix.contains
            else None
            for c, ix in self._index.items()
        }
        self._exclusions = _PhraseIndex()
        for only, phrases in (("", exclusions), *(category_exclusions or {}).items()):
            for raw in phrases:
                for e in expand_leading_slot(raw.strip().lower().replace("\u2019", "'"),
                                             exclusion_slots):
                    self._exclusions.add(e, _phrase_regex(e, exclusion_slots), only, "",
                                         _phrase_regex(e, exclusion_slots, _GUARD_WORDS),
                                         exclusion_slots, routed=True)
        self._workplaces = tuple(w.strip().lower() for w in workplaces if w.strip())
        self._heads: dict[str, re.Pattern[str]] = {
            c: re.compile(
                "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"
                + _HEAD_ENDINGS + "$"
            )
            for c, ws in (heads or {}).items()
            if (words := [w.strip().lower() for w in ws if w.strip()])
        }
        self._max_prefix = max(
            (len(p) for ix in self._index.values() for p in ix.prefix), default=0
        )
        # Session 13: the first parts of the one-word entries, for a compound written
        # as two words ("hjemme hjælp", "førtids pension", "ryg skade": særskrivning,
        # common in citizens' mail). A suffix entry ("*kræft") needs none: its last
        # part is a word of its own.
        self._first_parts = frozenset(
            w[:i]
            for ix in self._index.values()
            for w in (*ix.exact, *ix.prefix)
            if w.isalpha()
            for i in range(_SPLIT_PART, len(w) - _SPLIT_PART + 1)
        ) - _NO_FIRST_PART
        self.classify = lru_cache(maxsize=100_000)(self._classify)
        self.plan = lru_cache(maxsize=100_000)(self._plan)
        self.joined = lru_cache(maxsize=100_000)(self._joined)

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(self._index)

    def _classify(self, token: str) -> tuple[tuple[str, str], ...]:
        """(category, strength) pairs that one lower-case token hits."""
        lem = _lemma(token)
        out: list[tuple[str, str]] = []
        for category, ix in self._index.items():
            best: str | None = None
            for form in (token, lem):
                if form in ix.exact:
                    best = _better(best, ix.exact[form])
            if ix.prefix:
                for i in range(2, min(len(token), self._max_prefix) + 1):
                    s = ix.prefix.get(token[:i])
                    if s is not None:
                        best = _better(best, s)
            if ix.suffix:
                for i in range(_MIN_OTHER_PART, len(token) - 2):
                    s = ix.suffix.get(token[i:])
                    if s is not None:
                        best = _better(best, s)
                        break
            rx = self._contains_re[category]
            if rx is not None:
                m = rx.search(token)
                if m is not None:
                    best = _better(best, ix.contains[m.group(0)])
            if best is not None:
                out.append((category, best))
        return tuple(out)

    def compile_all(self) -> int:
        """Compile every pattern now: guards, chunk guards and every phrase.  A daemon
        pays this once before its first mail (``Detector.warm``); one-shot commands and
        tests compile on first use.  Session 18: compiling only the guards and the small
        groups left 20,312 of 28,161 patterns to first use, one mail at a time, and those
        compiles made the benchmark's tail (2 KB p95 33-38 ms with them, 12-14 ms
        without; 5 KB 23-28 against 21-22 ms).  All of them cost ~24 s and ~146 MB more
        at start (2-core VM).  Returns the number of patterns compiled."""
        count = 0
        for index in (self._phrases, self._cased_phrases, self._exclusions):
            for pattern in index.patterns():
                pattern.compile()
                count += 1
        return count

    def _plan(self, tok: str) -> _TokenPlan | None:
        """Everything ``hits`` does with a token that depends on the token alone, worked
        out once per distinct token (cached: ``self.plan``). A 5 KB mail has ~1,000
        tokens, most of them common words seen in every mail; the per-token work (a
        lower case, three look-ups, the apostrophe and hyphen tests, the head test) was
        about a sixth of ``hits`` (~0.8 ms per 5 KB mail). None: the token is skipped
        (too long, no letter or digit).
        """
        if len(tok) > MAX_TOKEN or not (tok.isalnum() or _ALNUM_RE.search(tok)):
            return None
        low = tok.lower()
        fixed: list[tuple[str, str, int, int]] = []
        cased: tuple[tuple[str, str], ...] = ()
        first_if_start = False
        cased_candidates: tuple[_Candidates, ...] = ()
        blocked: frozenset[str] = frozenset()
        if len(low) >= 2:
            n = len(tok)
            fixed.extend((c, s, 0, n) for c, s in self.classify(low))
            if "-" in low.strip("-"):
                fixed.extend((h.category, h.strength, h.start, h.end)
                             for h in self._part_hits(tok, 0))
            quoted = "'" in low or "\u2019" in low
            stem = _apostrophe_stem(low) if quoted else None
            if stem is not None:
                fixed.extend((c, s, 0, n) for c, s in self.classify(stem))
            if self._cased and low != tok:  # only a word with a capital letter
                raw = (_apostrophe_stem(tok) if quoted else None) or tok
                cased = tuple(self._cased.get(raw, ()))
                first_if_start = raw[1:].islower()
                cased_candidates = self._cased_phrases.candidates(low)
            # The head test reads only the category and the token: done here once.
            blocked = frozenset(c for c in self._heads if self._is_head(c, low))
            if blocked:
                fixed = [f for f in fixed if f[0] not in blocked]
                cased = tuple(c for c in cased if c[0] not in blocked)
        return _TokenPlan(
            tuple(fixed), cased, first_if_start, cased_candidates, blocked,
            self._phrases.candidates(low), self._exclusions.candidates(low),
        )

    def hits(self, text: str, tokens: Iterable[tuple[int, str]]) -> list[Hit]:
        """Lexicon hits in ``text``; ``tokens`` are (offset, token text) pairs."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer: keep offsets
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        # What the phrase patterns read: curly quotes as '"' (see _QUOTES).
        phrase_text = _straight_quotes(lowered)
        cased_text = _straight_quotes(text)
        found: list[Hit] = []
        excluded: list[tuple[int, int, str]] = []
        plan_of = self.plan
        before: tuple[int, str, _TokenPlan] | None = None
        for start, tok in tokens:
            plan = plan_of(tok)
            if plan is None:
                before = None
                continue
            if before is not None and before[1].lower() in self._first_parts:
                found.extend(self._split_hits(text, before, start, tok, plan))
            before = (start, tok, plan)
            # The order of the hits is the order the token-by-token rules gave them.
            for category, strength, s, e in plan.fixed:
                found.append(Hit(category, strength, start + s, start + e))
            if plan.cased:
                # A capital at the start of a sentence says nothing ("Lederne i
                # fodboldklubben"): there a name that is also a word needs context.
                first = plan.first_if_start and _sentence_start(text, start)
                end = start + len(tok)
                for category, strength in plan.cased:
                    found.append(Hit(category, WEAK if first else strength, start, end))
            if plan.cased_candidates:
                for m, category, strength in _phrase_matches(
                        plan.cased_candidates, cased_text, start):
                    if category not in plan.blocked:
                        found.append(Hit(category, strength, m.start(), m.end()))
            if plan.phrases:
                for m, category, strength in _phrase_matches(plan.phrases, phrase_text, start):
                    found.append(Hit(category, strength, m.start(), m.end()))
            if plan.exclusions:
                for m, only, _s in _phrase_matches(plan.exclusions, phrase_text, start):
                    excluded.append((m.start(), m.end(), only))
        if excluded and found:
            found = [
                h
                for h in found
                if not any(
                    s <= h.start and h.end <= e and only in ("", h.category)
                    for s, e, only in excluded
                )
            ]
        if self._workplaces and found:
            found = [h for h in found if not self._is_workplace(lowered, h)]
        return found

    def _split_hits(self, text: str, before: tuple[int, str, _TokenPlan], start: int,
                    tok: str, plan: _TokenPlan) -> list[Hit]:
        """Hits on two words read as one ("hjemme hjælp" as "hjemmehjælp"), where the
        joined word hits a category more strongly than either word alone."""
        b_start, b_tok, b_plan = before
        if (b_start + len(b_tok) + 1 != start or text[start - 1] != " "
                or len(tok) < _SPLIT_PART or not tok.isalpha() or not tok.islower()
                or not b_tok.isalpha() or not b_tok[1:].islower()):
            return []
        joined = self.joined(b_tok.lower(), tok)
        if not joined:
            return []
        rank: dict[str, int] = {}
        for category, strength, _s, _e in (*b_plan.fixed, *plan.fixed):
            rank[category] = max(rank.get(category, 0), _RANK[strength])
        end = start + len(tok)
        return [Hit(category, strength, b_start, end) for category, strength in joined
                if _RANK[strength] > rank.get(category, 0)]

    def _joined(self, first: str, second: str) -> tuple[tuple[str, str], ...]:
        """(category, strength) pairs of ``first + second`` read as one word, by whole
        entries only: an exact form, or a prefix entry whose stem runs into ``second``
        and leaves only an inflection ("tvangs auktionen": "tvangsauktion*" + "en").
        Not a stem inside the first word ("kørestolsbruger efter"), not a stem ending
        inside the second ("pleje morgen" is no "plejemor*"), no suffix or infix
        entry (those match the second word alone), not a job or service head."""
        word = first + second
        lem = _lemma(word)
        # The lemma of an unknown compound may be a word inside the first part
        # ("misbruger sin" -> "misbrugersin" -> "misbruger"): then it is no compound.
        forms = (word, lem) if len(lem) >= len(first) + _SPLIT_PART else (word,)
        out: list[tuple[str, str]] = []
        for category, ix in self._index.items():
            best: str | None = None
            for form in forms:
                if form in ix.exact:
                    best = _better(best, ix.exact[form])
            for i in range(len(first) + 1, min(len(word), self._max_prefix) + 1):
                s = ix.prefix.get(word[:i])
                if s is not None and word[i:] in _ENDING_SET:
                    best = _better(best, s)
            if best is not None and not self._is_head(category, word):
                out.append((category, best))
        return tuple(out)

    def _part_hits(self, tok: str, start: int) -> list[Hit]:
        """Hits on the parts of a hyphenated word ("hiv-positiv", "type 1-diabetes",
        "SF-vælger", "IDA-medlem"): the whole word is often no entry, its parts are."""
        out: list[Hit] = []
        parts = tok.split("-")
        if all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts):
            return out  # a double name ("Jean-Baptiste", "Hans-Christian")
        pos = 0
        for raw in parts:
            part = raw.lower()
            if len(part) >= 2 and len(raw) != len(tok) and any(c.isalpha() for c in part):
                # The span is the part as written: a lower case may be longer ("İ").
                for category, strength in self.classify(part):
                    out.append(Hit(category, strength, start + pos, start + pos + len(raw)))
                for category, strength in self._cased.get(raw, ()):
                    out.append(Hit(category, strength, start + pos, start + pos + len(raw)))
            pos += len(raw) + 1
        return out

    def _is_head(self, category: str, low: str) -> bool:
        """True when ``low`` is a compound whose last part makes it a job, a service or
        an event of ``category`` ("diabetessygeplejerske", "demenscaféen")."""
        rx = self._heads.get(category)
        if rx is None:
            return False
        m = rx.search(low)
        return m is not None and m.start() > 0 and not low.endswith(_NOT_HEADS, 0, m.start())

    def _is_workplace(self, lowered: str, hit: Hit) -> bool:
        """A care or health service named as someone's workplace ("ansat i
        hjemmeplejen": the word holds a workplace stem and a word of work stands just
        before it) or as the services in general ("rengøringen på plejecentrene")."""
        word = lowered[hit.start : hit.end]
        if not any(w in word for w in self._workplaces):
            return False
        if word.endswith(_PLURAL_DEFINITE):
            return True  # "plejecentrene", "hospitalerne": the services in general
        lo = max(0, hit.start - _WORKPLACE_REACH)
        if _ONE_OF.search(lowered, lo, hit.start) is not None:
            return True  # "et af jeres plejecentre": one of the services, no one's home
        cue = _WORKPLACE_CUE.search(lowered, lo, hit.start)
        if cue is not None:
            # Round 13: the staff of the place named as a group that acts on the
            # writer's relative ("personalet på plejehjemmet spørger min mor"): the
            # relative's home, not the writer's workplace.
            return not (cue.group(0).startswith(_STAFF_OF_PLACE)
                        and _RESIDENT_AFTER.search(lowered, hit.end,
                                                   hit.end + _WORKPLACE_REACH) is not None)
        return "bolig" not in word and _STAFF_WE.search(lowered, lo, hit.start) is not None


# Endings a compound's head may take ("-sygeplejersken", "-caféerne", "-lærers").
_HEAD_ENDINGS = r"(?:ernes|erne|ens|ers|ene|en|er|et|es|ne|e|s|n|r)?"
# Round 7: a head that is only the tail of a longer word is no head: "-forløb" (a
# course of treatment: "raskmeldingsforløb", "behandlingsforløbet") ends in "løb" (a
# race, "kræftløbet").  The word before the head must not end in these.  Round 10:
# "-indsats" (an effort or a scheme: "nytteindsats", the kontanthjælp activation
# scheme) ends in "sats" (a rate, "boligstøttesatsen").
_NOT_HEADS = ("for", "ind")

# Endings written after an apostrophe on a name or an abbreviation: "HK'er" (a member
# of HK), "SF'ere", "Lederne's a-kasse", "3F'erne".
_APOSTROPHES = ("'", "\u2019")
_APOSTROPHE_ENDINGS = frozenset({"s", "er", "ere", "erne", "ers", "en", "ens", "e", "es"})


# Words before a one-letter abbreviation that make it a letter being counted ("to S'er
# i navnet", "2 K'er"): fixed-width look-behinds, one per word.
_COUNTING = ("to", "tre", "fire", "fem", "seks", "flere", "mange", "nogle", "dobbelt",
             "store", "små", "med")


def _phrase_matches(candidates: tuple[_Candidates, ...], text: str,
                    start: int) -> list[tuple[re.Match[str], str, str]]:
    """(match, category, strength) of every phrase of ``candidates`` that matches at
    ``start``: a group's guard first, then each chunk's guard, then the chunk's own
    phrases (compiled on first use)."""
    out: list[tuple[re.Match[str], str, str]] = []
    for guard, chunks, lead in candidates:
        if guard is not None and guard.match(text, start) is None:
            continue
        # The routing keys of the next words, after the first word and the run of
        # separators ("min søn er": "s", "sø", "søn", "søn\0e", "søn\0er"); None tries
        # everything (a bracketed remark may stand between the words, or the group is
        # not routed).
        second: frozenset[str] | None = None
        if lead:
            i = _SEP_RUN.match(text, start + lead).end()  # type: ignore[union-attr]
            if not text.startswith("(", i):
                second = _route_keys(text, i)
        got: list[tuple[int, re.Match[str], str, str]] = []
        for cguard, group, chars in chunks:
            if second is not None and chars is not None and chars.isdisjoint(second):
                continue
            if cguard is not None and cguard.match(text, start) is None:
                continue
            for rx, category, strength, pchars, place in group:
                if second is not None and pchars is not None and pchars.isdisjoint(second):
                    continue
                m = rx.compile().match(text, start)
                if m is not None:
                    got.append((place, m, category, strength))
        if got:
            # The group's order, not the chunks' (see _PhraseIndex._chunks).
            got.sort(key=_first)
            out.extend((m, category, strength) for _p, m, category, strength in got)
    return out


def _first(item: tuple[int, re.Match[str], str, str]) -> int:
    return item[0]


def _abbreviation_regex(raw: str) -> str:
    """Regex for a cased "ABBR'ending" entry: either apostrophe or a hyphen, and the
    plural and genitive of the ending ("SF'er" -> SF'er, SF’ere, SF-erne, SF'ers)."""
    stem, _, ending = raw.partition("'")
    guard = ""
    if len(stem) == 1:
        guard = "".join(
            f"(?<!\\b(?i:{w}) )" for w in _COUNTING
        ) + r"(?<!\d )(?<!\d)"
    return (
        guard + r"(?<![\w'\u2019-])" + re.escape(stem) + r"['\u2019-]" + re.escape(ending)
        + r"(?:e|ne|s|es|nes)?(?![\w'\u2019])"
    )


def _sentence_start(text: str, start: int) -> bool:
    """True when ``text[start]`` opens a sentence, a line or the text."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in ".!?:\n\r"


def _apostrophe_stem(low: str) -> str | None:
    """The word before an apostrophe ending ("hk'er" -> "hk"), or None."""
    for ap in _APOSTROPHES:
        stem, sep, ending = low.rpartition(ap)
        if sep and len(stem) >= 2 and ending in _APOSTROPHE_ENDINGS:
            return stem
    return None


# A word of work, then at most a few words (no sentence end, no comma), then "i", "på",
# "ved" or "hos", and at most one more word ("på Hvidovre Hospital", "i den nye"),
# right before a workplace: "ansat i hjemmeplejen", "min kollega i hjemmeplejen".
_WORKPLACE_CUE = re.compile(
    r"(?<!\w)(?:ansat|ansatte|ansættelse\w*|arbejder|arbejdede|arbejdet|arbejde|job|jobbet|"
    r"stilling\w*|vikar\w*|vikarierer|medarbejder\w*|personale\w*|kolleg\w*|leder|"
    r"elev|praktik\w*|studiejob|vagt\w*|sygeplejersk\w*|social- og sundheds\w*|sosu\w*|"
    r"hjælper\w*|assistent\w*|pædagog\w*|terapeut\w*|portør\w*|arbejdsgiver\w*|"
    r"arbejdsplads\w*|chef\w*|tillidsrepræsentant\w*|frivillig\w*|"
    # Lifting or moving a resident is care work ("løftede en borger alene på
    # plejecentret"): the place is the writer's workplace (corpus4).
    r"løft\w*|forflyt\w*|"
    # Round 11: dismissed from a workplace ("afskediget fra hjemmesygeplejen") and
    # heading one ("leder af et botilbud"): the place is a workplace.
    r"afskedig\w*|fyret|opsagt|"
    # Round 12: kitchen, cleaning and service staff ("kok på Ishøj Plejecenter",
    # "rengøringsassistent i hjemmeplejen").
    r"kok|kokke\w*|køkkenmedarbejder\w*|køkkenleder\w*|ernæringsassistent\w*|"
    r"rengøring\w*|servicemedarbejder\w*|pedel\w*|chauffør\w*|"
    # Round 13: an injury at work ("fået en arbejdsskade i ryggen på plejecentret").
    r"arbejdsskade\w*|arbejdsulykke\w*)"
    r"(?:\s+[^\s.!?,;:]+){0,3}?(?:\s+(?:i|på|ved|hos|fra|til|af)|,)\s+(?:[^\s.!?,;:]+\s+)?$"
)
# Round 12: staff as "we" ("kæmpede for os i hjemmeplejen", "vi på plejecentret har for
# travlt"): the service is the writers' workplace.  Not a home ("besøg af os i
# plejeboligen"): checked only for words without "bolig".
_STAFF_WE = re.compile(r"(?<!\w)(?:vi|os)\s+(?:i|på)\s+(?:[^\s.!?,;:]+\s+)?$")
_WORKPLACE_REACH = 80
# Round 13: the staff of a care place as a group (not "jeg er ansat"), and the
# writer's own relative after the place ("... spørger min mor", "taler grimt til min
# far"): the staff act on a resident.
_STAFF_OF_PLACE = ("personalet", "medarbejderne", "ansatte")
# Round 22: or a third person as the object the staff act on ("personalet på
# plejecentret taler grimt til ham", "... har glemt at give hende medicin"): a
# resident, where a workplace would be "mig"/"os" or a colleague by name.
_RESIDENT_AFTER = re.compile(
    r"(?<!\w)(?:(?:min|mit|mine|vores)\s+(?:mor|far|mormor|morfar|farmor|farfar|bedstemor|"
    r"bedstefar|søn|datter|mand|kone|forældre|svigermor|svigerfar|bror|søster)|ham|hende)(?!\w)"
)
# "et af kommunens plejecentre", "på alle plejehjem": the services as such.
_ONE_OF = re.compile(
    r"(?<!\w)(?:(?:et|en|ét|to|tre|fire|flere|nogle|mange|alle)\s+af|alle|flere|nogle|"
    r"mange|andre|nye)"
    r"(?:\s+(?:jeres|kommunens|de|vores|disse|ishøjs))?\s+$"
)
_PLURAL_DEFINITE = ("ene", "erne", "enes", "ernes")


def _read_yaml(name: str) -> dict[str, Any]:
    data = yaml.safe_load(
        resources.files("classifiers.sensitive").joinpath("lexicons", name).read_text("utf-8")
    )
    if not isinstance(data, dict):
        raise ValueError(f"lexicon {name}: not a mapping")
    return data


LEXICON_FILES = {
    "health": "health.yaml",
    "economy_social": "economy_social.yaml",
    "property_trade": "property_trade.yaml",
    "ethnicity": "ethnicity.yaml",
    "sexual_orientation": "sexual_orientation.yaml",
    "belief": "belief.yaml",
    "union": "union.yaml",
}


def load_lexicon(
    extra_terms: Mapping[str, Iterable[str]] | None = None,
    exclude_phrases: Iterable[str] = (),
) -> Lexicon:
    """Build the lexicon from the packaged data files plus ``rules.yaml`` additions."""
    entries: dict[str, dict[str, list[str]]] = {}
    slots: dict[str, dict[str, list[str]]] = {}
    for category, name in LEXICON_FILES.items():
        data = _read_yaml(name)
        if data.get("category") != category:
            raise ValueError(f"lexicon {name}: category is not {category!r}")
        entries[category] = {
            key: [str(x) for x in data.get(key) or ()] for key in (*STRENGTHS, "context")
        }
        raw_slots = data.get("slots") or {}
        if not isinstance(raw_slots, dict):
            raise ValueError(f"lexicon {name}: slots is not a mapping")
        slots[category] = {str(k): [str(x) for x in v or ()] for k, v in raw_slots.items()}
    for category, words in (extra_terms or {}).items():
        if category not in entries:
            raise ValueError(f"extra_terms: unknown category {category!r}")
        entries[category][STRONG].extend(words)
    excl = _read_yaml("exclusions.yaml")
    exclusions = [str(x) for x in excl.get("exclusions") or ()]
    exclusions.extend(exclude_phrases)
    workplaces = [str(x) for x in excl.get("workplaces") or ()]
    raw_heads = excl.get("heads") or {}
    if not isinstance(raw_heads, dict):
        raise ValueError("exclusions.yaml: heads is not a mapping")
    heads = {str(k): [str(x) for x in v or ()] for k, v in raw_heads.items()}
    raw_only = excl.get("only") or {}
    if not isinstance(raw_only, dict):
        raise ValueError("exclusions.yaml: only is not a mapping")
    only = {str(k): [str(x) for x in v or ()] for k, v in raw_only.items()}
    unknown = sorted((set(heads) | set(only)) - set(entries))
    if unknown:
        raise ValueError(f"exclusions.yaml: unknown categories {unknown}")
    raw_slots = excl.get("slots") or {}
    if not isinstance(raw_slots, dict):
        raise ValueError("exclusions.yaml: slots is not a mapping")
    excl_slots = {str(k): [str(x) for x in v or ()] for k, v in raw_slots.items()}
    return Lexicon(entries, exclusions, slots, workplaces, heads, only, excl_slots)
