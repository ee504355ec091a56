"""The learned rescue (classifiers/sensitive/rescue.py): its arithmetic on a hand-made
model, and the shipped model's contract with detect(): it only adds a category the
rules left out, on its own threshold, with a span inside the mail, never CPR."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path

import pytest

from classifiers.sensitive import (
    DEFAULT_RESCUE,
    RESCUE_CATEGORIES,
    Detector,
    SensitiveSettings,
    categories,
)
from classifiers.sensitive.rescue import Rescue
from classifiers.sensitive.veto import NAME_TOKEN
from tests.sensitive.checks import TODAY

ROOT = Path(__file__).resolve().parents[2]


def hand_model(threshold: float = 0.5) -> dict:
    """'penge' and 'min' pull toward economy_social, 'åbent' away from it."""
    vocab = {"penge": [2.0, 3.0], "min": [1.0, 1.0], "åbent": [1.5, -4.0],
             NAME_TOKEN: [1.0, 0.0]}
    return {"format": 1, "categories": {"economy_social": {
        "threshold": threshold, "intercept": -1.0,
        "blocks": [{"name": "mail", "field": "whole", "kind": "words", "lemmatise": False,
                    "n_max": 2, "sublinear_tf": True, "l2": True, "names": ["lone"],
                    "vocab": vocab}]}}}


def test_score_is_the_logistic_of_the_l2_normed_tfidf_dot_product() -> None:
    rescue = Rescue(hand_model())
    text = "Mine penge, penge. Min hilsen Lone"
    # "penge" twice: (1 + ln 2) * 2.0; "min" once: 1.0; "lone" is <navn>, weight 0.
    pv, mv, nv = (1 + math.log(2)) * 2.0, 1.0, 1.0
    norm = math.sqrt(pv * pv + mv * mv + nv * nv)
    z = -1.0 + (pv * 3.0 + mv * 1.0) / norm
    assert rescue.scores(text)["economy_social"] == pytest.approx(1 / (1 + math.exp(-z)),
                                                                  abs=1e-12)


LONG = ("Hej med jer alle sammen.\nJeg har ingen penge til min husleje i denne måned, og "
        "jeg ved ikke hvad jeg skal stille op med det.\nHilsen Lone")


def test_an_addition_needs_the_threshold_and_a_category_the_rules_left_out() -> None:
    text = LONG
    p = Rescue(hand_model()).scores(text)["economy_social"]
    assert Rescue(hand_model(threshold=p)).additions(text, set())
    assert not Rescue(hand_model(threshold=p + 1e-9)).additions(text, set())
    assert not Rescue(hand_model()).additions(text, {"economy_social"})


def test_the_span_is_the_sentence_with_the_most_evidence() -> None:
    text = LONG + "\nHvornår har I åbent på rådhuset i næste uge?"
    ((cat, start, end, score),) = Rescue(hand_model(threshold=0.0)).additions(text, set())
    assert cat == "economy_social"
    assert text[start:end].startswith("Jeg har ingen penge til min husleje")
    assert 0.0 < score < 1.0


def test_explain_names_the_words_behind_an_addition() -> None:
    text = "Jeg har ingen penge. Hvornår har I åbent?"
    words = [f for f, _ in Rescue(hand_model()).explain("economy_social", text)]
    assert words == ["penge"]          # "åbent" pulls the other way and is not listed


def test_unknown_categories_are_refused() -> None:
    with pytest.raises(ValueError, match="no category"):
        Rescue(hand_model(), ["health"])
    for category in ("cpr", "sexual_orientation"):
        with pytest.raises(ValueError, match="no rescue for"):
            SensitiveSettings(rescue=(category,))


# -- the shipped model ---------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> Detector:
    return Detector(SensitiveSettings())


@pytest.fixture(scope="module")
def rules_only() -> Detector:
    return Detector(SensitiveSettings(rescue=()))


def test_the_shipped_model_was_trained_on_tuning_corpora_only() -> None:
    spec = importlib.util.spec_from_file_location(
        "run", ROOT / "benchmarks" / "sensitive_independent" / "run.py")
    assert spec is not None and spec.loader is not None
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    meta = Rescue.load().meta
    assert meta["training_corpora"]
    assert set(meta["training_corpora"]) <= set(run.TUNING)
    assert set(Rescue.load().models) == set(RESCUE_CATEGORIES) == set(DEFAULT_RESCUE)


def test_no_first_name_is_a_feature_of_the_shipped_model() -> None:
    data = json.loads((ROOT / "classifiers" / "sensitive" / "models" / "rescue.json")
                      .read_text("utf-8"))
    for model in data["categories"].values():
        (block,) = model["blocks"]
        names = set(block["names"])
        assert {"mette", "ahmed", "lars"} <= names
        assert not any(w in names for f in block["vocab"] for w in f.split())


# A father who cannot manage alone and waits for the visitation: his social
# circumstances by the corpora's labels, in words no lexicon entry holds.
FATHER = ("Jeg har skrevet til jer tre gange nu. Min far bor alene og kan ikke klare sig "
          "selv mere, han har ikke fået nogen svar fra visitationen og jeg er bange for at "
          "han falder igen. Hilsen Kim")


def test_the_rescue_adds_what_the_rules_miss(shipped: Detector, rules_only: Detector) -> None:
    assert "economy_social" not in categories(rules_only.detect(FATHER, today=TODAY))
    added = [f for f in shipped.detect(FATHER, today=TODAY) if f.category == "economy_social"]
    assert len(added) == 1
    (f,) = added
    assert 0 <= f.start < f.end <= len(FATHER) and f.score >= 0.8
    assert FATHER[f.start:f.end] == ("Min far bor alene og kan ikke klare sig selv mere, han "
                                     "har ikke fået nogen svar fra visitationen og jeg er "
                                     "bange for at han falder igen.")


def test_a_short_mail_is_left_to_the_rules(shipped: Detector) -> None:
    """Under 20 words the model's vector is a few words' coefficients: "Jeg har
    hyperbolsygen." alone scores .985 for economy_social."""
    text = "Jeg har hyperbolsygen."
    assert Rescue.load().scores(text)["economy_social"] >= 0.8
    assert "economy_social" not in categories(shipped.detect(text, today=TODAY))


def test_min_score_bounds_the_rescue_too() -> None:
    strict = Detector(SensitiveSettings(min_score=0.999))
    assert "economy_social" not in categories(strict.detect(FATHER, today=TODAY))


def test_the_rescue_only_adds(shipped: Detector, rules_only: Detector) -> None:
    """Every rules finding stays, exactly; CPR numbers are the rules' alone; a plain
    question about a service gets nothing."""
    texts = [
        FATHER + " Hans cpr er 120437-1234.",
        "Min kone har kræft og vi har fået afslag på hjælp. Cpr 010190-1234.",
        "Hvornår har borgerservice åbent i julen?",
    ]
    for text in texts:
        base = rules_only.detect(text, today=TODAY)
        full = shipped.detect(text, today=TODAY)
        assert set(base) <= set(full)
        extra = [f for f in full if f not in base]
        assert all(f.category in RESCUE_CATEGORIES for f in extra)
        assert {f.category for f in extra}.isdisjoint({f.category for f in base})
    assert shipped.detect(texts[2], today=TODAY) == []
