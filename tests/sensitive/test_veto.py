"""The learned veto (classifiers/sensitive/veto.py): its arithmetic on a hand-made model,
its rules, and the shipped model's contract with detect()."""

from __future__ import annotations

import importlib.util
import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest

from classifiers.sensitive import (
    DEFAULT_VETO,
    VETO_CATEGORIES,
    Detector,
    SensitiveSettings,
)
from classifiers.sensitive.veto import NAME_TOKEN, Veto, example, sentences, words
from tests.sensitive.checks import TODAY


@dataclass(frozen=True)
class F:
    category: str
    start: int
    end: int
    score: float = 0.7


def _block(name: str, field: str, vocab: dict[str, list[float]], **kw: object) -> dict:
    return {"name": name, "field": field, "kind": kw.pop("kind", "words"), "n_max": 2,
            "sublinear_tf": True, "l2": True, "vocab": vocab, **kw}


def hand_model(threshold: float = 0.5, **rules: object) -> dict:
    """One health model: 'kursus' pulls toward a veto, 'min' toward keeping."""
    return {"format": 1, "categories": {"health": {
        "threshold": threshold, "intercept": 0.2, "rules": rules,
        "blocks": [
            _block("ctx", "ctx0", {"kursus": [2.0, -3.0], "min": [1.5, 2.0],
                                   NAME_TOKEN: [1.0, -0.5]}, names=["grethe"]),
            _block("term", "terms", {"demens": [1.0, 0.5]}, kind="terms"),
        ]}}}


TEXT = "Vi holder et kursus om demens. Grethe underviser."


def test_score_is_the_logistic_of_the_tfidf_dot_product() -> None:
    veto = Veto(hand_model())
    start = TEXT.index("demens")
    ex = example(TEXT, [(start, start + 6)])
    # ctx0 is the hit sentence only: "kursus" once (tf 1, idf 2.0) and no other known
    # word; l2 norm leaves 1.0 * -3.0. terms: "demens" alone, 1.0 * 0.5.
    z = 0.2 + (-3.0) + 0.5
    assert veto.models["health"].score(ex) == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-12)
    assert veto.vetoes("health", TEXT, [F("health", start, start + 6)])


def test_a_word_that_says_it_is_about_the_writer_keeps_the_finding() -> None:
    text = "Min mor har demens."
    start = text.index("demens")
    veto = Veto(hand_model())
    assert not veto.vetoes("health", text, [F("health", start, start + 6)])


def test_first_names_are_one_token_and_common_words_stay_words() -> None:
    assert words("Grethe og hans bo", names=frozenset({"grethe"})) == [
        NAME_TOKEN, "og", "hans", "bo"]
    assert words("tlf 12345678") == ["tlf", "0"]


def test_two_different_terms_protect_the_category() -> None:
    text = "Kursus om demens og kræft."
    hits = [F("health", text.index("demens"), text.index("demens") + 6),
            F("health", text.index("kræft"), text.index("kræft") + 5)]
    assert Veto(hand_model()).vetoes("health", text, hits[:1])
    assert not Veto(hand_model(protect_independent_hits=True)).vetoes("health", text, hits)


def test_filter_drops_only_the_vetoed_category_and_never_cpr() -> None:
    start = TEXT.index("demens")
    findings = [F("cpr", 0, 2, 0.9), F("health", start, start + 6), F("belief", 3, 9)]
    kept = Veto(hand_model()).filter(TEXT, findings)
    assert [f.category for f in kept] == ["cpr", "belief"]


def test_explain_names_the_words_behind_a_veto() -> None:
    start = TEXT.index("demens")
    reasons = Veto(hand_model()).explain("health", TEXT, [F("health", start, start + 6)])
    assert reasons[0][0] == "ctx:kursus" and reasons[0][1] < 0
    assert all(c < 0 for _, c in reasons)


def test_unknown_categories_are_refused() -> None:
    with pytest.raises(ValueError, match="no category"):
        Veto(hand_model(), ["belief"])
    with pytest.raises(ValueError, match=r"sensitive\.veto"):
        SensitiveSettings(veto=("cpr",))


# -- the shipped model ---------------------------------------------------------------

def shipped() -> dict:
    raw = resources.files("classifiers.sensitive").joinpath("models", "veto.json")
    return json.loads(raw.read_text("utf-8"))


def _tuning_corpora() -> frozenset[str]:
    path = Path(__file__).resolve().parents[2] / "benchmarks/sensitive_independent/run.py"
    spec = importlib.util.spec_from_file_location("independent_run", path)
    assert spec is not None and spec.loader is not None
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    assert "corpus87.jsonl" not in run.TUNING
    return frozenset(run.TUNING)


def test_the_shipped_model_was_trained_on_tuning_corpora_only() -> None:
    data = shipped()
    corpora = set(data["training_corpora"])
    assert "corpus2.jsonl" in corpora and "corpus.jsonl[0::2]" in corpora
    # The measurement sets are never in it: every corpus is one that the benchmark
    # (benchmarks/sensitive_independent/run.py) lists as tuning, or corpus1's tune half.
    assert corpora - {"corpus.jsonl[0::2]"} <= _tuning_corpora()
    assert set(data["categories"]) <= set(VETO_CATEGORIES)
    assert set(DEFAULT_VETO) <= set(data["categories"])


def test_no_first_name_is_a_feature_of_the_shipped_model() -> None:
    for model in shipped()["categories"].values():
        for block in model["blocks"]:
            names = set(block.get("names", ()))
            for feature in block["vocab"]:
                assert not set(feature.split()) & names, feature


MAILS = [
    "Jeg har kræft og er sygemeldt. Kan jeg få hjælp til transport?",
    "Sundhedshuset holder foredrag om demens for pårørende på torsdag.",
    "Min mor har fået hjemmepleje efter sin blodprop, cpr 010190-1234.",
    "Hvor mange borgere er på sygedagpenge i Ishøj?",
    "Vi er jøder og holder sabbat. Min mand er på kontanthjælp.",
]


def test_the_veto_only_ever_removes_findings_of_its_categories() -> None:
    plain = Detector(SensitiveSettings(veto=(), rescue=()))
    vetoed = Detector(SensitiveSettings(veto=VETO_CATEGORIES))
    for text in MAILS:
        before = plain.detect(text, today=TODAY)
        after = vetoed.detect(text, today=TODAY)
        assert set(after) <= set(before)
        assert {f.category for f in set(before) - set(after)} <= set(VETO_CATEGORIES)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Jeg skylder 14.880 kr. til boligselskabet. Hjælp!",
         ["Jeg skylder 14.880 kr. til boligselskabet.", "Hjælp!"]),
        ("Mødet er kl. 9 i afd. 12. Kommer du?", ["Mødet er kl. 9 i afd. 12.", "Kommer du?"]),
        ("Har f.eks. min søn ret? Ja.", ["Har f.eks. min søn ret?", "Ja."]),
        ("Den 5. maj er jeg syg. Tak.", ["Den 5. maj er jeg syg.", "Tak."]),
        # A sentence that ends in a number or an abbreviation before a capital ends there.
        ("Vi bor i nr. 12. Min mor er syg.", ["Vi bor i nr. 12.", "Min mor er syg."]),
        ("Det koster 200 kr. Min søn betaler.", ["Det koster 200 kr.", "Min søn betaler."]),
        ("hej. jeg er syg", ["hej.", "jeg er syg"]),
    ],
)
def test_sentences_do_not_end_inside_numbers_or_after_abbreviations(
    text: str, want: list[str]
) -> None:
    assert [text[a:b].strip() for a, b in sentences(text)] == want
