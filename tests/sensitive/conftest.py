"""Shared detector for the sensitive-data tests (building one takes about a second)."""

from __future__ import annotations

import pytest

from classifiers.sensitive import Detector, SensitiveSettings, build_detector


@pytest.fixture(scope="session")
def detector() -> Detector:
    # The rules alone: each test here states a class of wording the hand rules must
    # get right. The learned veto and rescue on top (the product default) are tested
    # in test_veto.py and test_rescue.py and, through the whole pipeline, in tests/golden.
    return build_detector(SensitiveSettings(veto=(), rescue=()))
