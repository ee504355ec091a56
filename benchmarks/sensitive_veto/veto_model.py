"""Learned veto for ``health`` / ``economy_social`` findings: pure-Python inference.

No numpy, no scikit-learn: the model is a JSON file written by ``train.py``
(TF-IDF blocks + logistic regression).  ``train.py`` imports the tokenisation and
example-building functions from this module, so training and inference share them.

    m = VetoModel.load("veto_model.json")
    findings = detect(text)
    m.veto(text, finding, findings)   # True: drop this finding
    m.explain(text, finding, findings, k=5)
    m.filter(text, findings)          # findings with vetoed ones removed

A veto is decided per (mail, category): the features are built from every finding of
the finding's category in the mail (as in training).  Without ``findings`` only the
one finding's span is used.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import pairwise

CATS = ("health", "economy_social")
WORD_RE = re.compile(r"\w+")
SENT_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.M)


# --------------------------------------------------------------------- text -> example
def sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in SENT_RE.finditer(text)]


def context(text: str, spans, k: int = 1, sents=None) -> str:
    """The sentences overlapping ``spans`` plus ``k`` sentences either side."""
    if sents is None:
        sents = sentences(text)
    ends = [b for _, b in sents]
    keep: set[int] = set()
    for s, e in spans:
        i = bisect_right(ends, s)  # first sentence ending after s
        while i < len(sents) and sents[i][0] < e:
            keep.update(range(max(0, i - k), min(len(sents), i + k + 1)))
            i += 1
    return " … ".join(text[sents[i][0] : sents[i][1]].strip() for i in sorted(keep))


def norm_term(s: str) -> str:
    return " ".join(s.lower().split())


def example(text: str, spans) -> dict:
    """The texts a model reads for one (mail, category): spans = [(start, end), ...]."""
    spans = sorted(spans)
    sents = sentences(text)
    return {
        "ctx0": context(text, spans, 0, sents),
        "ctx1": context(text, spans, 1, sents),
        "terms": sorted({norm_term(text[s:e]) for s, e in spans}),
        "whole": text,
    }


# --------------------------------------------------------------------- tokenisation
@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    import simplemma  # only when a model asks for lemmas

    return simplemma.lemmatize(word, lang="da").lower()


def words(text: str, lemmatise: bool = False) -> list[str]:
    """Lowercased word tokens of >= 2 characters; all-digit tokens become '0'."""
    toks = [
        "0" if w.isdigit() else w
        for w in WORD_RE.findall(text.lower())
        if len(w) > 1 or w.isdigit()
    ]
    if lemmatise:
        toks = [w if w == "0" else lemma(w) for w in toks]
    return toks


def word_ngrams(text: str, lemmatise: bool = False, n_max: int = 2) -> list[str]:
    toks = words(text, lemmatise)
    feats = list(toks)
    if n_max >= 2:
        feats.extend([a + " " + b for a, b in pairwise(toks)])
    for n in range(3, n_max + 1):
        feats.extend(" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1))
    return feats


def analyze(block: dict, value) -> list[str]:
    """Features of one block (``block`` = its settings dict from the model JSON)."""
    kind = block["kind"]
    if kind == "words":
        return word_ngrams(value, block.get("lemmatise", False), block.get("n_max", 2))
    if kind == "terms":
        return list(value)
    raise ValueError(f"unknown block kind {kind!r}")


# --------------------------------------------------------------------- model
def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class CategoryModel:
    def __init__(self, d: dict):
        self.d = d
        # list of {"name", "field", "kind", ..., "vocab": {feature: [idf, coef]}}
        self.blocks = d["blocks"]
        self.intercept = float(d["intercept"])
        self.threshold = float(d["threshold"])
        self.rules = d.get("rules", {})

    def contributions(self, ex: dict) -> list[tuple[str, float]]:
        """(feature, x * coef) for every feature present; x = tf-idf as in training."""
        out = []
        for b in self.blocks:
            vocab = b["vocab"]
            counts = Counter(f for f in analyze(b, ex[b["field"]]) if f in vocab)
            vals = {}
            for f, c in counts.items():
                tf = 1.0 + math.log(c) if b.get("sublinear_tf") else float(c)
                vals[f] = tf * vocab[f][0]
            norm = math.sqrt(sum(v * v for v in vals.values())) if b.get("l2", True) else 1.0
            if norm == 0.0:
                continue
            for f, v in vals.items():
                out.append((f"{b['name']}:{f}", v / norm * vocab[f][1]))
        return out

    def score(self, ex: dict) -> float:
        """P(the category is really in the mail) — same as sklearn's predict_proba."""
        z = self.intercept
        for b in self.blocks:
            vocab = b["vocab"]
            sublinear = b.get("sublinear_tf")
            sq = 0.0
            dot = 0.0
            for f, c in Counter(analyze(b, ex[b["field"]])).items():
                ic = vocab.get(f)
                if ic is None:
                    continue
                idf, coef = ic
                tf = 1.0 + math.log(c) if sublinear else float(c)
                v = tf * idf
                sq += v * v
                dot += v * coef
            if sq > 0.0:
                z += dot / math.sqrt(sq) if b.get("l2", True) else dot
        return _sigmoid(z)

    def protected(self, text: str, spans, scores) -> bool:
        """Rules that forbid a veto whatever the model says."""
        top = self.rules.get("protect_score_at_least")
        if top is not None and scores and max(scores) >= top:
            return True
        return bool(
            self.rules.get("protect_independent_hits")
            and len({norm_term(text[s:e]) for s, e in spans}) >= 2
        )


class VetoModel:
    def __init__(self, d: dict):
        self.meta = {k: v for k, v in d.items() if k != "categories"}
        self.cats = {c: CategoryModel(m) for c, m in d["categories"].items()}

    @classmethod
    def load(cls, path) -> VetoModel:
        with open(path, encoding="utf-8") as fh:
            return cls(json.load(fh))

    @staticmethod
    def _spans(finding, findings):
        cat = finding.category
        same = [f for f in (findings or [finding]) if f.category == cat] or [finding]
        return [(f.start, f.end) for f in same], [f.score for f in same]

    def score(self, text: str, finding, findings=None) -> float | None:
        m = self.cats.get(finding.category)
        if m is None:
            return None
        spans, _ = self._spans(finding, findings)
        return m.score(example(text, spans))

    def veto(self, text: str, finding, findings=None) -> bool:
        """True if ``finding`` should be dropped (only health / economy_social)."""
        m = self.cats.get(finding.category)
        if m is None:
            return False
        spans, scores = self._spans(finding, findings)
        if m.protected(text, spans, scores):
            return False
        return m.score(example(text, spans)) < m.threshold

    def explain(self, text: str, finding, findings=None, k: int = 5) -> list[tuple[str, float]]:
        """The k features that pushed the score most toward a veto (most negative
        contribution to the log-odds), with their contributions."""
        m = self.cats.get(finding.category)
        if m is None:
            return []
        spans, _ = self._spans(finding, findings)
        contrib = m.contributions(example(text, spans))
        contrib.sort(key=lambda fc: fc[1])
        return [(f, round(c, 4)) for f, c in contrib[:k] if c < 0]

    def filter(self, text: str, findings):
        """``findings`` minus the vetoed ones (one decision per category)."""
        drop = set()
        for c in self.cats:
            same = [f for f in findings if f.category == c]
            if same and self.veto(text, same[0], findings):
                drop.add(c)
        return [f for f in findings if f.category not in drop]
