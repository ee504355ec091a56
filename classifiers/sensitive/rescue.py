"""A learned rescue: a category the hand rules did not find in a mail (issue 3).

Twenty-seven rounds of hand rules lift the corpora they are tuned on to ~.99 recall, but
on mail no one has read yet economy_social stays at .84-.93: a new writer tells of their
money, their job centre case or their landlord in words no rule has met.  A logistic
regression on the whole mail's words, trained on the independent corpora's labels,
reads such a mail as a whole; where it is confident and the rules (and the veto) left
the category out, it adds one finding.  It only ever adds; it never removes a finding
and never touches CPR numbers.

Why it may be trusted, and how far: the threshold was fixed on six batches the rules
had not been tuned on (corpus51-68) and then tried once on three batches no one had
read (corpus69-71): economy_social .968/.838 -> .960/.888
(benchmarks/sensitive_rescue/README.md).  Only economy_social: a model that reads
first names as <navn> cannot see whose partner is of which sex, so it is not trusted
with sexual_orientation.  Its reasons are partly the style of a personal story ("jeg
har", "min", "fordi"), not only money words; ``Rescue.explain`` lists them.  A false
addition costs a flag; a miss can cost a leak.

The finding's span is the sentence that carries most of the evidence (a reviewer sees
where to look); its score is the model's probability.  The model file
(``models/rescue.json``) is written by ``benchmarks/sensitive_rescue/train.py`` with
scikit-learn; scoring needs only the standard library and ``veto.py``'s tokenisation,
shared with the trainer, so a score here equals scikit-learn's.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from typing import Any

from classifiers.sensitive import veto as vm

# A finding's category must be one the Finding type accepts; the caller builds it.
Addition = tuple[str, int, int, float]
# The model reads a whole mail.  Under 20 words its l2-normed vector is two or three
# words' coefficients ("Jeg har hyperbolsygen." scored .985 for economy_social), and the
# rules alone decide.  On the unseen batches 51-68 (C=1, t=.80) it kept all 70 true additions and
# dropped one false; none of the additions on corpus69-71 was that short.
MIN_WORDS = 20


class _Model:
    """One category's word model as trained: the block's settings, intercept, threshold."""

    def __init__(self, d: dict[str, Any]) -> None:
        (block,) = d["blocks"]
        if (block["kind"], block["field"], block.get("sublinear_tf"), block.get("l2", True)) != (
                "words", "whole", True, True):
            raise ValueError("a rescue model reads the whole mail's words (sublinear tf, l2)")
        self.block = block
        self.intercept = float(d["intercept"])
        self.threshold = float(d["threshold"])


class Rescue:
    """The per-category models of one model file; ``categories`` limits which are used."""

    def __init__(self, data: dict[str, Any], categories: Iterable[str] | None = None) -> None:
        self.meta = {k: v for k, v in data.items() if k != "categories"}
        wanted = set(data["categories"]) if categories is None else set(categories)
        unknown = wanted - set(data["categories"])
        if unknown:
            raise ValueError(f"the rescue model has no category {sorted(unknown)}")
        self.models = {c: _Model(m) for c, m in data["categories"].items() if c in wanted}
        blocks = [m.block for m in self.models.values()]
        # All categories read the same tokens (one tokenisation per mail).
        settings = {(b.get("lemmatise", False), b.get("n_max", 2), tuple(b.get("names", ())))
                    for b in blocks}
        if len(settings) > 1:
            raise ValueError("the rescue models must share their tokenisation")
        self._block = blocks[0] if blocks else None
        self._names = vm.block_names(self._block) if self._block else frozenset()
        # One row per feature: its idf and each category's coefficient.  The models are
        # fitted on the same features (one vectoriser), so a mail is tokenised, looked
        # up and l2-normed once for all categories (speed: ~1 ms per 5 KB mail).
        self._order = list(self.models)
        vocabs = [self.models[c].block["vocab"] for c in self._order]
        if any(v.keys() != vocabs[0].keys() or any(v[f][0] != vocabs[0][f][0] for f in v)
               for v in vocabs[1:]):
            raise ValueError("the rescue models must share their vocabulary and idf")
        self._table: dict[str, tuple[float, ...]] = {
            f: (row[0], *(v[f][1] for v in vocabs)) for f, row in
            (vocabs[0].items() if vocabs else ())}
        # The table holds the vocabularies now; JSON's ~80,000 [idf, coef] lists would
        # stay tracked by the garbage collector and slow every full collection.
        for model in self.models.values():
            model.block = {k: v for k, v in model.block.items() if k != "vocab"}
        self._block = self.models[self._order[0]].block if self._order else None

    @classmethod
    def load(cls, categories: Iterable[str] | None = None, path: str | None = None) -> Rescue:
        """The shipped model (``models/rescue.json``) or the file at ``path``."""
        if path is None:
            raw = resources.files("classifiers.sensitive").joinpath(
                "models", "rescue.json").read_text("utf-8")
        else:
            with open(path, encoding="utf-8") as fh:
                raw = fh.read()
        return cls(json.loads(raw), categories)

    def _counts(self, text: str) -> Counter[str]:
        assert self._block is not None
        return vm.counts(self._block, text)

    def _evidence(self, text: str) -> tuple[list[tuple[str, float, tuple[float, ...]]], float]:
        """Each known feature of the mail with its tf-idf (sublinear tf) and its table row,
        and the l2 norm of those values: the vector scikit-learn scores."""
        vals: list[tuple[str, float, tuple[float, ...]]] = []
        sq = 0.0
        for f, n in self._counts(text).items():
            row = self._table.get(f)
            if row is not None:
                v = (1.0 if n == 1 else 1.0 + math.log(n)) * row[0]
                sq += v * v
                vals.append((f, v, row))
        return vals, math.sqrt(sq)

    def _probabilities(self, text: str, wanted: list[str]
                       ) -> tuple[dict[str, float], list[tuple[str, float, tuple[float, ...]]],
                                  float]:
        vals, norm = self._evidence(text)
        out = {}
        for c in wanted:
            k = self._order.index(c) + 1
            dot = sum(v * row[k] for _, v, row in vals) / norm if norm else 0.0
            out[c] = vm._sigmoid(self.models[c].intercept + dot)
        return out, vals, norm

    def _weights(self, category: str, vals: list[tuple[str, float, tuple[float, ...]]],
                 norm: float) -> dict[str, float]:
        """Each present feature's term in the category's log-odds."""
        k = self._order.index(category) + 1
        return {f: v / norm * row[k] for f, v, row in vals} if norm else {}

    def scores(self, text: str) -> dict[str, float]:
        """Each category's probability for the whole mail (for benchmarks and review)."""
        if self._block is None:
            return {}
        return self._probabilities(text, self._order)[0]

    def additions(self, text: str, found: Iterable[str]) -> list[Addition]:
        """(category, start, end, score) for each category the rules left out of
        ``found`` (the categories already found) and the model reads at or above its
        threshold.  The span is the sentence with the most evidence."""
        missing = [c for c in self.models if c not in set(found)]
        if not missing or not text.strip():
            return []
        if _word_count(self._counts(text)) < MIN_WORDS:
            return []
        probabilities, vals, norm = self._probabilities(text, missing)
        out: list[Addition] = []
        for c, p in probabilities.items():
            if p >= self.models[c].threshold:
                start, end = self._best_sentence(text, self._weights(c, vals, norm))
                out.append((c, start, end, round(p, 4)))
        return out

    def _best_sentence(self, text: str, weights: dict[str, float]) -> tuple[int, int]:
        """The sentence whose words (unigrams) carry the most positive weight; the whole
        text when no sentence has any."""
        assert self._block is not None
        best, span = 0.0, (0, len(text))
        for s, e in vm.sentences(text):
            w = sum(max(0.0, weights.get(t, 0.0)) for t in vm.words(
                text[s:e], self._block.get("lemmatise", False), self._names))
            if w > best:
                best, span = w, (s, e)
        s, e = span
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return s, e

    def explain(self, category: str, text: str, k: int = 5) -> list[tuple[str, float]]:
        """The k features that pushed the category's score up most, with their terms in
        the log-odds.  For a reviewer, never for a log line: the features are words of
        the mail."""
        if category not in self.models:
            return []
        vals, norm = self._evidence(text)
        weights = self._weights(category, vals, norm)
        top = sorted(weights.items(), key=lambda fw: -fw[1])[:k]
        return [(f, round(w, 4)) for f, w in top if w > 0]


def _word_count(counts: Counter[str]) -> int:
    """The words of a mail: its unigram features (n-grams hold a space), counted."""
    return sum(c for f, c in counts.items() if " " not in f)
