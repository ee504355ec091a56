"""A learned veto on the lexicon's findings of some categories (issue 3).

The hand rules in ``lexicon.py`` and ``context/`` find a category from its words and
then ask, with rules, whether the words are about a person.  Where those rules run out
(a health word in a mail about a course, a newsletter, a question in general), a small
logistic regression, trained on the independent corpora's labels, reads the mail and
the hit sentences and may drop the category's findings.  It only ever removes
findings; it never adds one, and it never touches CPR numbers.

Why a linear model on words: a municipality must be able to read why a finding was
dropped.  ``Veto.explain`` lists the words that pushed the score toward "not about a
person", with their weights.  First names are read as ``<navn>`` so that no one's
name is a reason.

The model is a JSON file (``models/veto.json``) written by
``benchmarks/sensitive_veto/train.py`` with scikit-learn; reading it needs only the
standard library.  The tokenisation below is shared with the training script, so a
score here equals scikit-learn's ``predict_proba`` there (``parity.py`` checks it to
1e-9).  Where the figures and the training corpora are: the model file's ``trained``
block and ``benchmarks/sensitive_veto/README.md``.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any, Protocol

WORD_RE = re.compile(r"\w+")
SENT_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.M)
NAME_TOKEN = "<navn>"


class _Finding(Protocol):
    @property
    def category(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def score(self) -> float: ...


# -- text -> example -------------------------------------------------------------------

# A dot after one of these ends no sentence when a lower-case word or a digit follows
# ("kl. 9", "14.880 kr. til huslejen", "bor i afd. 12", "f.eks. min søn").
_ABBREVIATIONS = frozenset({
    "afd", "ang", "att", "bl", "ca", "d", "dvs", "eks", "ekskl", "evt", "f", "hhv", "ift",
    "iht", "inkl", "jf", "kl", "kr", "max", "mht", "min", "mio", "mia", "ml", "mv", "nr",
    "osv", "pga", "pkt", "ref", "sal", "st", "stk", "str", "th", "tlf", "tv", "vedr", "vejl",
})
_LAST_WORD_RE = re.compile(r"(\w+)\.$")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: ``SENT_RE``'s pieces, joined again where a dot ends no sentence
    (inside a number or a word, or after an abbreviation or an ordinal)."""
    out: list[tuple[int, int]] = []
    for m in SENT_RE.finditer(text):
        s, e = m.start(), m.end()
        if out and text[s - 1] == "." and _dot_goes_on(text, out[-1][0], s):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _dot_goes_on(text: str, piece_start: int, s: int) -> bool:
    """Whether the dot just before ``s`` is inside a sentence: "14.880", "f.eks", or an
    abbreviation or a short ordinal ("den 5. maj") before a lower-case word or, for an
    abbreviation, a digit."""
    if text[s:s + 1].isalnum():
        return True
    last = _LAST_WORD_RE.search(text, max(piece_start, s - 8), s)
    if last is None:
        return False
    rest = text[s:s + 12].lstrip(" \t")
    if not rest:
        return False
    word = last.group(1)
    if word.isdigit():
        return len(word) <= 2 and rest[0].islower()
    return word.lower() in _ABBREVIATIONS and (rest[0].islower() or rest[0].isdigit())


def context(text: str, spans: Iterable[tuple[int, int]], k: int = 1,
            sents: list[tuple[int, int]] | None = None) -> str:
    """The sentences overlapping ``spans`` plus ``k`` sentences either side."""
    if sents is None:
        sents = sentences(text)
    ends = [b for _, b in sents]
    keep: set[int] = set()
    for s, e in spans:
        i = bisect_right(ends, s)  # the first sentence ending after s
        while i < len(sents) and sents[i][0] < e:
            keep.update(range(max(0, i - k), min(len(sents), i + k + 1)))
            i += 1
    return " … ".join(text[sents[i][0]:sents[i][1]].strip() for i in sorted(keep))


def norm_term(s: str) -> str:
    return " ".join(s.lower().split())


def example(text: str, spans: Sequence[tuple[int, int]]) -> dict[str, Any]:
    """What a model reads for one (mail, category): its hit spans' sentences (ctx0, or
    ±1 sentence: ctx1), the matched terms and the whole mail."""
    spans = sorted(spans)
    sents = sentences(text)
    return {
        "ctx0": context(text, spans, 0, sents),
        "ctx1": context(text, spans, 1, sents),
        "terms": sorted({norm_term(text[s:e]) for s, e in spans}),
        "whole": text,
    }


# -- tokenisation ------------------------------------------------------------------------

@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    import simplemma  # only when a model asks for lemmas

    return str(simplemma.lemmatize(word, lang="da")).lower()


def words(text: str, lemmatise: bool = False,
          names: frozenset[str] = frozenset()) -> list[str]:
    """Lower-cased word tokens of two characters or more; an all-digit token is '0' and
    a first name in ``names`` is NAME_TOKEN."""
    toks = [
        "0" if w.isdigit() else (NAME_TOKEN if w in names else w)
        for w in WORD_RE.findall(text.lower())
        if len(w) > 1 or w.isdigit()
    ]
    if lemmatise:
        toks = [w if w in ("0", NAME_TOKEN) else lemma(w) for w in toks]
    return toks


def word_ngrams(text: str, lemmatise: bool = False, n_max: int = 2,
                names: frozenset[str] = frozenset()) -> list[str]:
    toks = words(text, lemmatise, names)
    feats = list(toks)
    if n_max >= 2:
        feats.extend([a + " " + b for a, b in pairwise(toks)])
    for n in range(3, n_max + 1):
        feats.extend(" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1))
    return feats


@lru_cache(maxsize=8)
def ngram_counts(text: str, lemmatise: bool, n_max: int,
                 names: frozenset[str]) -> Counter[str]:
    """``word_ngrams`` counted, cached (speed only): the veto's whole-mail blocks of two
    categories and the rescue read the same mail with the same settings.  Callers must
    not change the Counter they get."""
    return Counter(word_ngrams(text, lemmatise, n_max, names))


def counts(block: dict[str, Any], value: Any) -> Counter[str]:
    """The features of one block, counted."""
    if block["kind"] == "words":
        return ngram_counts(value, block.get("lemmatise", False), block.get("n_max", 2),
                            block_names(block))
    return Counter(analyze(block, value))


def block_names(block: dict[str, Any]) -> frozenset[str]:
    """The block's first names as a set, built once per block dict."""
    cached = block.get("_names")
    if cached is None:
        cached = block["_names"] = frozenset(block.get("names", ()))
    return cached


def analyze(block: dict[str, Any], value: Any) -> list[str]:
    """The features of one block (``block``: its settings in the model file)."""
    kind = block["kind"]
    if kind == "words":
        return word_ngrams(value, block.get("lemmatise", False), block.get("n_max", 2),
                           block_names(block))
    if kind == "terms":
        return list(value)
    raise ValueError(f"unknown block kind {kind!r}")


# -- the model ---------------------------------------------------------------------------

def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class CategoryModel:
    """TF-IDF blocks and a logistic regression for one category, as trained."""

    def __init__(self, d: dict[str, Any]) -> None:
        # Each feature's (idf, coefficient) as a tuple, not JSON's list: a tuple of
        # floats is not tracked by the garbage collector, ~100,000 lists are, and every
        # full collection walked them (speed only: ~1 ms of a 5 KB mail's p50).
        self.blocks: list[dict[str, Any]] = [
            {**b, "vocab": {f: tuple(v) for f, v in b["vocab"].items()}} for b in d["blocks"]]
        self.intercept = float(d["intercept"])
        self.threshold = float(d["threshold"])
        self.rules: dict[str, Any] = d.get("rules", {})

    def _values(self, block: dict[str, Any], ex: dict[str, Any]) -> dict[str, float]:
        vocab = block["vocab"]
        sublinear = block.get("sublinear_tf")
        out: dict[str, float] = {}
        for f, c in counts(block, ex[block["field"]]).items():
            ic = vocab.get(f)
            if ic is not None:
                out[f] = (1.0 + math.log(c) if sublinear else float(c)) * ic[0]
        return out

    def contributions(self, ex: dict[str, Any]) -> list[tuple[str, float]]:
        """(block:feature, its term in the log-odds) for every feature present."""
        out = []
        for b in self.blocks:
            vals = self._values(b, ex)
            norm = math.sqrt(sum(v * v for v in vals.values())) if b.get("l2", True) else 1.0
            if norm == 0.0:
                continue
            for f, v in vals.items():
                out.append((f"{b['name']}:{f}", v / norm * b["vocab"][f][1]))
        return out

    def score(self, ex: dict[str, Any]) -> float:
        """P(the category is really in the mail): scikit-learn's predict_proba."""
        z = self.intercept
        for b in self.blocks:
            vals = self._values(b, ex)
            sq = sum(v * v for v in vals.values())
            if sq > 0.0:
                dot = sum(v * b["vocab"][f][1] for f, v in vals.items())
                z += dot / math.sqrt(sq) if b.get("l2", True) else dot
        return _sigmoid(z)

    def protected(self, text: str, spans: Sequence[tuple[int, int]],
                  scores: Sequence[float]) -> bool:
        """Rules that forbid a veto whatever the model says: two or more different
        terms of the category in the mail are almost always right (99 % on the tuning
        corpora), and a top score may be protected too."""
        top = self.rules.get("protect_score_at_least")
        if top is not None and scores and max(scores) >= top:
            return True
        return bool(self.rules.get("protect_independent_hits")
                    and len({norm_term(text[s:e]) for s, e in spans}) >= 2)


class Veto:
    """The per-category models of one model file; ``categories`` limits which are used."""

    def __init__(self, data: dict[str, Any], categories: Iterable[str] | None = None) -> None:
        self.meta = {k: v for k, v in data.items() if k != "categories"}
        wanted = set(data["categories"]) if categories is None else set(categories)
        unknown = wanted - set(data["categories"])
        if unknown:
            raise ValueError(f"the veto model has no category {sorted(unknown)}")
        self.models = {c: CategoryModel(m) for c, m in data["categories"].items()
                       if c in wanted}

    @classmethod
    def load(cls, categories: Iterable[str] | None = None, path: str | None = None) -> Veto:
        """The shipped model (``models/veto.json``) or the file at ``path``."""
        if path is None:
            raw = resources.files("classifiers.sensitive").joinpath(
                "models", "veto.json").read_text("utf-8")
        else:
            with open(path, encoding="utf-8") as fh:
                raw = fh.read()
        return cls(json.loads(raw), categories)

    def _of(self, category: str, text: str, findings: Sequence[_Finding]
            ) -> tuple[CategoryModel, list[tuple[int, int]], list[float]] | None:
        model = self.models.get(category)
        same = [f for f in findings if f.category == category]
        if model is None or not same:
            return None
        return model, [(f.start, f.end) for f in same], [f.score for f in same]

    def vetoes(self, category: str, text: str, findings: Sequence[_Finding]) -> bool:
        """True when the category's findings in ``text`` should all be dropped."""
        got = self._of(category, text, findings)
        if got is None:
            return False
        model, spans, scores = got
        if model.protected(text, spans, scores):
            return False
        return model.score(example(text, spans)) < model.threshold

    def filter(self, text: str, findings: Sequence[_Finding]) -> list[Any]:
        """``findings`` without the vetoed categories' (one decision per category)."""
        drop = {c for c in self.models if self.vetoes(c, text, findings)}
        return [f for f in findings if f.category not in drop]

    def explain(self, category: str, text: str, findings: Sequence[_Finding],
                k: int = 5) -> list[tuple[str, float]]:
        """The k features that pushed the score most toward a veto, with their terms in
        the log-odds (negative: toward the veto). For a reviewer, never for a log line:
        the features are words of the mail."""
        got = self._of(category, text, findings)
        if got is None:
            return []
        model, spans, _ = got
        contrib = sorted(model.contributions(example(text, spans)), key=lambda fc: fc[1])
        return [(f, round(c, 4)) for f, c in contrib[:k] if c < 0]
