"""Which centre should answer: keyword routing over Danish word forms, explainable.

Keywords match a token exactly, with a Danish inflection (`vej` → `vejen`), as the head
or the tail of a compound when the keyword is long enough to be unambiguous
(`plejehjem` → `plejehjemsplads`, `skole` → `specialskolen`), or by lemma (simplemma:
`børnene` → `barn`). A hit in the subject weighs double. A centre wins only when it
scores at least twice the runner-up; otherwise nobody is confident and a person routes.

Before any keyword counts, the municipality's ordered routing rules (rules.yaml
`routing:`) are tried: the first rule whose conditions all hold decides (by mailbox,
sender, sender domain, a keyword, or a KLE number written in the mail, e.g. "KLE
27.36.04"). A centre's own `kle:` prefixes also count, strongly, in the scoring.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from classifiers.lemmas import lemma

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
# Danish noun and verb endings: definite, plural, genitive (-s) and linking -s/-e.
_INFLECTIONS = ("", "e", "n", "r", "s", "t", "en", "et", "er", "es", "ne", "ns", "ts",
                "ene", "ens", "ets", "ers", "erne", "ernes", "ede", "ende", "ning")
_MIN_COMPOUND = 5   # shorter keywords (pas, vej, sfo) match only whole words
# Routing reads the start of the text: the centre is named early, and matching costs
# keywords x distinct words, so a 1 MB body took over a minute (issue 9, hostile input).
MAX_ROUTING_TEXT = 20_000


@dataclass(frozen=True)
class CentreKeywords:
    id: str
    keywords: tuple[str, ...]
    weights: tuple[tuple[str, float], ...] = ()    # keyword -> weight (default 1)
    kle: tuple[str, ...] = ()                      # KLE number prefixes ("27", "32.18")


@dataclass(frozen=True)
class RoutingRule:
    centre: str
    mailbox: str | None = None
    sender: str | None = None
    sender_domain: str | None = None
    keyword: str | None = None
    kle: str | None = None


KLE_WEIGHT = 5.0
_KLE = re.compile(r"\bKLE[- ]?(?:nr\.?|nummer)?[: ]*(\d{2}(?:\.\d{2}){0,2})\b", re.I)


def kle_numbers(text: str) -> tuple[str, ...]:
    """KLE numbers written with their name ("KLE 27.36.04"); bare numbers could be dates."""
    return tuple(dict.fromkeys(_KLE.findall(text)))


def _kle_match(number: str, prefix: str) -> bool:
    return number == prefix or number.startswith(prefix + ".")


@dataclass(frozen=True)
class Routing:
    centre: str | None
    scores: tuple[tuple[str, float, tuple[str, ...]], ...]  # (centre, score, keywords hit)
    explanation: str


def _lemma(token: str) -> str:
    return lemma(token)


@lru_cache(maxsize=4096)
def _phrase(keyword: str) -> re.Pattern[str]:
    """A multi-word keyword with a short inflection on its last word ("grønne områder")."""
    return re.compile(r"(?<!\w)" + re.escape(keyword) + r"\w{0,4}(?!\w)")


def _word_matches(token: str, keyword: str) -> bool:
    if token == keyword:
        return True
    if token.startswith(keyword) and token[len(keyword):] in _INFLECTIONS:
        return True
    if len(keyword) < _MIN_COMPOUND:
        return False
    if token.startswith(keyword):
        return True   # compound head: plejehjemsplads
    for ending in _INFLECTIONS:
        stem = token[: len(token) - len(ending)] if ending else token
        if ending and not token.endswith(ending):
            continue
        if stem.endswith(keyword) and len(stem) > len(keyword):
            return True   # compound tail: specialskolen
    return False


class _KeywordIndex:
    """One keyword list prepared for matching: which of its words a token matches.

    A token's matches are computed once (keywords x distinct words was a third of the
    CPU per message) and kept; the table is bounded so hostile text can't grow it.
    """

    _MAX_TOKENS = 200_000

    def __init__(self, keywords: tuple[str, ...]) -> None:
        cleaned = [k.lower().strip() for k in keywords]
        self.phrases = tuple(k for k in dict.fromkeys(cleaned) if k and " " in k)
        self.words = tuple(k for k in dict.fromkeys(cleaned) if k and " " not in k)
        self.word_set = frozenset(self.words)
        self._by_token: dict[str, frozenset[str]] = {}

    def matches(self, token: str) -> frozenset[str]:
        found = self._by_token.get(token)
        if found is None:
            found = frozenset(k for k in self.words if _word_matches(token, k))
            if len(self._by_token) >= self._MAX_TOKENS:
                self._by_token.clear()
            self._by_token[token] = found
        return found


@lru_cache(maxsize=256)
def _index(keywords: tuple[str, ...]) -> _KeywordIndex:
    return _KeywordIndex(keywords)


def _hits(tokens: Sequence[str], lemmas: set[str], text: str,
          keywords: Sequence[str]) -> set[str]:
    index = _index(tuple(keywords))
    found: set[str] = set(index.word_set & lemmas)
    for token in tokens:
        found |= index.matches(token)
    found.update(kw for kw in index.phrases if _phrase(kw).search(text))
    return found


def _rule_holds(rule: RoutingRule, mailbox: str | None, sender: str | None,
                tokens: Sequence[str], lemmas: set[str], text: str,
                kles: tuple[str, ...]) -> bool:
    sender = (sender or "").lower()
    domain = sender.rpartition("@")[2]
    checks = [
        rule.mailbox is None or rule.mailbox == mailbox,
        rule.sender is None or rule.sender.lower() == sender,
        rule.sender_domain is None or domain == rule.sender_domain.lower()
        or domain.endswith("." + rule.sender_domain.lower()),
        rule.keyword is None or bool(_hits(tokens, lemmas, text, (rule.keyword,))),
        rule.kle is None or any(_kle_match(k, rule.kle) for k in kles),
    ]
    return all(checks)


def route(subject: str, text: str, centres: Sequence[CentreKeywords],
          rules: Sequence[RoutingRule] = (), *, mailbox: str | None = None,
          sender: str | None = None) -> Routing:
    subject_l, text_l = subject[:MAX_ROUTING_TEXT].lower(), text[:MAX_ROUTING_TEXT].lower()
    parts: list[tuple[list[str], set[str], str]] = []
    for part in (subject_l, text_l):
        # Each distinct word once: a keyword either occurs or not (_hits is any()).
        tokens: list[str] = list(dict.fromkeys(_TOKEN.findall(part)))
        parts.append((tokens, {_lemma(t) for t in tokens}, part))
    kles = kle_numbers(f"{subject}\n{text}")
    all_tokens = parts[0][0] + parts[1][0]
    all_lemmas = parts[0][1] | parts[1][1]
    for position, rule in enumerate(rules, 1):
        if _rule_holds(rule, mailbox, sender, all_tokens, all_lemmas,
                       f"{subject_l}\n{text_l}", kles):
            return Routing(rule.centre, (), f"routing: rule {position} holds -> {rule.centre}")
    scored: list[tuple[str, float, tuple[str, ...]]] = []
    for centre in centres:
        weights = dict(centre.weights)
        in_subject = _hits(*parts[0], centre.keywords)
        in_text = _hits(*parts[1], centre.keywords)
        score = sum(2 * weights.get(k, 1.0) for k in in_subject) + sum(
            weights.get(k, 1.0) for k in in_text - in_subject)
        words = sorted(in_subject | in_text)
        for kle_no in kles:
            if any(_kle_match(kle_no, prefix) for prefix in centre.kle):
                score += KLE_WEIGHT
                words.append(f"KLE {kle_no}")
        scored.append((centre.id, score, tuple(words)))
    scored.sort(key=lambda item: -item[1])
    ranked = [s for s in scored if s[1] > 0]
    shown = ", ".join(f"{cid} {score:g} ({', '.join(words)})" for cid, score, words in ranked)
    if not ranked:
        return Routing(None, tuple(scored), "routing: no centre keyword found")
    best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best[1] >= 2 * runner_up and best[1] > runner_up:
        return Routing(best[0], tuple(scored), f"routing: {shown} -> {best[0]}")
    return Routing(None, tuple(scored), f"routing: {shown} -> not confident, needs a person")
