"""Shared detector for the sensitive-data tests (building one takes about a second)."""

from __future__ import annotations

import pytest

from classifiers.sensitive import Detector, build_detector


@pytest.fixture(scope="session")
def detector() -> Detector:
    return build_detector()
