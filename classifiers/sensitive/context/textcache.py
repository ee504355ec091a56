"""Per-mail word indexes that let a context check skip a windowed regex search (speed
only; no finding changes).

Most context checks run a compiled case-blind regex on a window around each hit
(``pattern.search(text, pos, endpos)``) and almost every such search fails.  A ``Key``
names literal words, at least one of which every match of its regex consumes; the
mail's places of those words are found once per mail (``str.find`` on the lower-cased
mail) and a window is then asked with one bisect.  ``Key.may_match`` is False only
when no such word lies inside ``[pos, endpos)``: then no match can lie there either,
and the search is skipped.  When it is True the real search still decides, so a key
can only ever spare work, never change an answer, as long as its words are right.
Each key's comment says why every match of its regex consumes one of its words;
tests/sensitive/test_speed_textcache.py checks keys against the direct search.

Why only a lower-case literal scan and not the regex over the whole mail: a case-blind
regex over a 5 KB mail costs 60-200 us (no fast prefix scan under re.IGNORECASE),
about as much as the window searches it would spare; ``str.lower`` once and
``str.find`` per word cost a few microseconds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzæøå")


@lru_cache(maxsize=8)
def _lower(text: str) -> str | None:
    """``text.lower()`` when its places line up with ``text``'s and every case-blind
    match of a key letter is that letter in it; else None.  A mail holding one of
    core._FOLD_EXCEPTIONS (the characters a case-blind regex reads as a letter of
    a-z, æ, ø or å that ``str.lower`` does not turn into that letter) gets no index:
    every window may match."""
    # Imported here: core imports this module (once per mail: the result is cached).
    from classifiers.sensitive.context.core import _FOLD_EXCEPTIONS

    if any(c in text for c in _FOLD_EXCEPTIONS):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def _is_word(c: str) -> bool:
    # re's \w on str: alphanumeric as str.isalnum() says, or "_" (re documentation).
    return c.isalnum() or c == "_"


@lru_cache(maxsize=256)
def _index(text: str, words: tuple[str, ...], word_start: bool, space_after: bool,
           inner: tuple[str, ...]) -> list[int] | None:
    """Sorted places in ``text`` of ``words`` (case-blind; at a word's start when
    ``word_start``, before a space when ``space_after``) and of ``inner`` words
    (anywhere), None when unknown."""
    low = _lower(text)
    if low is None:
        return None
    found = []
    for w in inner:
        i = low.find(w)
        while i >= 0:
            found.append(i)
            i = low.find(w, i + 1)
    for w in words:
        n = len(w)
        i = low.find(w)
        while i >= 0:
            # (?<!\w) sees the character before the window too, as here; \s is
            # str.isspace() (re documentation).
            if ((not word_start or i == 0 or not _is_word(text[i - 1]))
                    and (not space_after or text[i + n:i + n + 1].isspace())):
                found.append(i)
            i = low.find(w, i + 1)
    found.sort()
    return found


class Key:
    """Words every match of one case-blind regex consumes.

    ``word_start``: the regex has ``(?<!\\w)`` right before each of ``words``.
    ``space_after``: the regex consumes a ``\\s`` right after each of ``words``.
    ``inner``: more words, with neither condition (a word the regex may find inside
    a longer word, as ``\\w*pligt``).
    """

    __slots__ = ("_last", "_reach", "inner", "space_after", "word_start", "words")

    def __init__(self, *words: str, word_start: bool = False,
                 space_after: bool = False, inner: tuple[str, ...] = ()) -> None:
        every = words + inner
        if not every or any(not w or not set(w) <= _LETTERS for w in every):
            raise ValueError(f"key words must be lower-case letters: {every!r}")
        self.words = tuple(words)
        self.word_start = word_start
        self.space_after = space_after
        self.inner = tuple(inner)
        # A word starting at i lies in the window only when i + _reach <= endpos.
        self._reach = min(map(len, every)) + (1 if space_after and not inner else 0)
        # The last mail asked and its index (one tuple: one assignment per mail).
        self._last: tuple[str, list[int] | None] = ("", [])

    def _places(self, text: str) -> list[int] | None:
        last = self._last
        if last[0] is text:
            return last[1]
        places = _index(text, self.words, self.word_start, self.space_after,
                        self.inner)
        self._last = (text, places)
        return places

    def may_match(self, text: str, pos: int, endpos: int) -> bool:
        """False only when none of the words lies inside ``text[pos:endpos]``."""
        places = self._places(text)
        if places is None:
            return True
        i = bisect_left(places, max(pos, 0))
        return i < len(places) and places[i] <= min(endpos, len(text)) - self._reach


# The keys.  Each comment says why every match of its regex consumes one of the words
# (with the conditions the key sets); a word covering several of the regex's words is
# a prefix of each ("regl" for "regler" and "reglerne").

# groups._DENIED_HINT_RE, r"ingen|hverken": its whole match is one of the two.
DENIED_HINT = Key("ingen", "hverken")

# groups._OM_RE, r"(?<!\w)om\s+" + a look-ahead: "om" after (?<!\w), then a \s it
# consumes.
OM = Key("om", word_start=True, space_after=True)

# core._POLICY_BEFORE_RE: every branch starts with (?<!\w) and a word of its list
# (the words below are those words or their shared beginnings), except "\w*grænse\w*"
# and "\w*pligt\w*", whose "grænse"/"pligt" may sit inside a word (``inner``).
POLICY_BEFORE = Key(
    # Branch 1: a noun of policy.
    "løfte", "forslag", "besparelse", "nedskæring", "budget", "regl", "regel", "politik",
    "prioritering", "udbud", "sats", "takst", "loft", "reform", "forebygge", "bekæmpe",
    "kapacitet", "statistik", "tal", "antal", "serviceniveau", "åbningstid", "kampagne",
    "udbetalingsdag", "udbetalingsdato", "dagsorden",
    # Branch 2: a skill ("erfaring i", "kendskab til", "viden om").
    "erfaring", "kendskab", "viden",
    # Branch 3: "hvor mange"; branch 7: "hvornår".
    "hvor",
    # Branch 4: a verb of policy ("bekæmpe", "forebygge" above).
    "mindske", "reducere", "afskaffe", "nedbringe", "udrydde",
    # Branch 5: opening or closing a place; branch 6 the same as a noun.
    "åbne", "bygge", "oprette", "lukke", "nedlæg", "nedlagt", "planl", "arrangere",
    "organisere", "uddel", "lukning", "sammenlægning",
    word_start=True,
    inner=("grænse", "pligt"),
)

# core._ANIMAL_RE: (?<!\w) and then one of its words; "dog" also needs a look-behind
# at the same place, after the (?<!\w).
ANIMAL = Key(
    "hund", "hvalp", "kat", "killing", "hest", "kanin", "marsvin", "undulat", "dyrlæge",
    "kæledyr", "dog", "puppy", "cat", "kitten", "horse", "pet", "vet",
    word_start=True,
)

# core._GENERIC_RE: (?<!\w) and then one of its words.  For the words of two:
# "hvor\s+mange", "de\s+fleste", "en\s+pensionist", "en\s+borger", "en\s+person",
# the second word follows a \s the match consumes, so it too starts a word.
GENERIC = Key(
    "man", "folk", "borger", "mange", "antallet", "andelen", "fleste", "alle", "dem",
    "person", "modtagere", "familier", "ældre", "unge", "pensionist", "statistik",
    "gennemsnit",
    word_start=True,
)

# property_trade._CHARGE_BEFORE_RE: (?<!\w)\w*, then one of these words, inside a word.
CHARGE_BEFORE = Key(inner=("gebyr", "skat", "grundskyld", "afgift", "bidrag",
                           "renovation", "opkrævning", "forsikring"))

# property_trade._NO_ONES_BEFORE_RE: (?<!\w) and then one of its words ("stemme",
# "stemmer", "stemt", "stemte", "stem"; "planen", "planerne"; "åbne", "åbner", "åbnes",
# "åbnet", "åbnede" share a beginning).
NO_ONES_BEFORE = Key(
    "stem", "forslag", "beslutning", "plane", "vedtagelsen", "indstillingen",
    "aktindsigt", "åbne",
    word_start=True,
)

# property_trade._DISTANT_RE: each branch consumes a word after a \s or right after
# its (?<!\w): "... år", "... sigt", "engang", "en dag", "i fremtiden", "på et
# tidspunkt", "når ...".
DISTANT = Key("år", "sigt", "engang", "dag", "fremtiden", "tidspunkt", "når",
              word_start=True)

# property_trade._MUNICIPALITY_TRADES_RE (case-sensitive; a case-blind key is wider):
# "kommunen" or "[Kk]ommune" after a name, or one of the other three after (?<!\w).
MUNICIPALITY_TRADES = Key("byrådet", "regionen", "staten", word_start=True,
                          inner=("kommune",))

# care_and_money._WORKPLACE_RE: (?<!\w) and then one of its words ("arbejder",
# "arbejdede" share "arbejde").
WORKPLACE = Key(
    "arbejde", "ansat", "ansættelse", "stilling", "praktik", "vikar", "job",
    "pårørenderåd", "brugerråd", "beboerråd", "bestyrelse", "tillidsrepræsentant", "tr",
    "teamleder", "afdelingsleder", "områdeleder",
    word_start=True,
)

# care_and_money._FOLK_ON_RE: look-behinds, then one of its words after (?<!\w).
FOLK_ON = Key("folk", "personer", "borgere", "mennesker", "familier", "dem", "alle",
              word_start=True)

# care_and_money._CASE_COUNT_BEFORE_RE: (?<!\w) and then "antal(let)", "hvor mange",
# "statistik", "tal"/"tallene" or "opgørelse".
CASE_COUNT_BEFORE = Key("antal", "hvor", "statistik", "tal", "opgørelse", word_start=True)

# care_and_money._RULES_BEFORE_RE: (?<!\w) and then one of its words.
RULES_BEFORE = Key("retningslinje", "vejledning", "procedure", "praksis", "oversigt",
                   word_start=True)

# belief_ethnicity_orientation._COUNTED_GROUP_RE: (?<!\w) and then one of its words;
# "fleste" ("de fleste") and "del" ("en del") follow a \s the match consumes.
COUNTED_GROUP = Key("mange", "flere", "nogle", "halvdelen", "fleste", "del", "fordelt",
                    "opdelt", "opgjort", word_start=True)

# belief_ethnicity_orientation._WORK_SETTING_RE: every match consumes "foregår",
# "udspiller" or "handler" (perhaps inside a longer run of letters).
WORK_SETTING = Key(inner=("foregår", "udspiller", "handler"))


def search(key: Key, rx: re.Pattern[str], text: str, pos: int,
           endpos: int) -> re.Match[str] | None:
    """``rx.search(text, pos, endpos)``, skipped (None) when ``key`` says no match can
    lie in the window."""
    return rx.search(text, pos, endpos) if key.may_match(text, pos, endpos) else None
