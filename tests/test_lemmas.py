"""classifiers.lemmas (simplemma's low-memory dictionary) gives simplemma's lemmas."""

from __future__ import annotations

import json
import re
from pathlib import Path

import simplemma

from classifiers.lemmas import lemma

ROOT = Path(__file__).resolve().parents[1]


def _words() -> list[str]:
    text = "\n".join(p.read_text("utf-8") for p in
                     (ROOT / "classifiers/sensitive/lexicons").glob("*.yaml"))
    text += (ROOT / "rules.yaml").read_text("utf-8")
    corpus = ROOT / "benchmarks/sensitive_independent/corpus2.jsonl"
    text += "\n".join(json.loads(line)["text"] for line in
                      corpus.read_text("utf-8").splitlines() if line.strip())
    return sorted({w.lower() for w in re.findall(r"[^\W\d_]{2,}", text)})


def test_same_lemmas_as_simplemma_with_its_default_dictionary() -> None:
    words = _words()
    assert len(words) > 3000
    differ = [w for w in words if lemma(w) != str(simplemma.lemmatize(w, lang="da")).lower()]
    assert differ == []


def test_odd_input_gives_the_word_back() -> None:
    assert lemma("") == ""
    assert lemma("1234") == "1234"
    assert lemma("Børnene") == "barn"
    assert lemma("x" * 10_000) == "x" * 10_000
