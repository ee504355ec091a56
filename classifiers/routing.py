"""Which centre should answer: keyword routing over Danish word forms, explainable.

Keywords match a token exactly, with a Danish inflection (`vej` → `vejen`), as the head
or the tail of a compound when the keyword is long enough to be unambiguous
(`plejehjem` → `plejehjemsplads`, `skole` → `specialskolen`), or by lemma (simplemma:
`børnene` → `barn`). A hit in the subject weighs double. A centre wins only when it
scores at least twice the runner-up; otherwise nobody is confident and a person routes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import simplemma

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
# Danish noun and verb endings: definite, plural, genitive (-s) and linking -s/-e.
_INFLECTIONS = ("", "e", "n", "r", "s", "t", "en", "et", "er", "es", "ne", "ns", "ts",
                "ene", "ens", "ets", "ers", "erne", "ernes", "ede", "ende", "ning")
_MIN_COMPOUND = 5   # shorter keywords (pas, vej, sfo) match only whole words


@dataclass(frozen=True)
class CentreKeywords:
    id: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Routing:
    centre: str | None
    scores: tuple[tuple[str, int, tuple[str, ...]], ...]   # (centre, score, keywords hit)
    explanation: str


@lru_cache(maxsize=65536)
def _lemma(token: str) -> str:
    return str(simplemma.lemmatize(token, lang="da")).lower()


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


def _hits(tokens: Sequence[str], lemmas: set[str], text: str,
          keywords: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for keyword in keywords:
        kw = keyword.lower().strip()
        if not kw:
            continue
        if " " in kw:
            if re.search(r"(?<!\w)" + re.escape(kw) + r"\w{0,4}(?!\w)", text):
                found.add(kw)
            continue
        if any(_word_matches(t, kw) for t in tokens) or kw in lemmas:
            found.add(kw)
    return found


def route(subject: str, text: str, centres: Sequence[CentreKeywords]) -> Routing:
    subject_l, text_l = subject.lower(), text.lower()
    parts: list[tuple[list[str], set[str], str]] = []
    for part in (subject_l, text_l):
        tokens: list[str] = _TOKEN.findall(part)
        parts.append((tokens, {_lemma(t) for t in tokens}, part))
    scored: list[tuple[str, int, tuple[str, ...]]] = []
    for centre in centres:
        in_subject = _hits(*parts[0], centre.keywords)
        in_text = _hits(*parts[1], centre.keywords)
        score = 2 * len(in_subject) + len(in_text - in_subject)
        scored.append((centre.id, score, tuple(sorted(in_subject | in_text))))
    scored.sort(key=lambda item: -item[1])
    ranked = [s for s in scored if s[1] > 0]
    shown = ", ".join(f"{cid} {score} ({', '.join(words)})" for cid, score, words in ranked)
    if not ranked:
        return Routing(None, tuple(scored), "routing: no centre keyword found")
    best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best[1] >= 2 * runner_up and best[1] > runner_up:
        return Routing(best[0], tuple(scored), f"routing: {shown} -> {best[0]}")
    return Routing(None, tuple(scored), f"routing: {shown} -> not confident, needs a person")
