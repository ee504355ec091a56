"""Helpers shared by the sensitive-data tests: categories found on a fixed day."""

from __future__ import annotations

from datetime import date

from classifiers.sensitive import Detector, categories

# CPR numbers are only valid up to "today": the tests fix it.
TODAY = date(2026, 11, 23)


def cats(d: Detector, text: str) -> tuple[str, ...]:
    return categories(d.detect(text, today=TODAY))


def check(d: Detector, text: str, category: str, want: bool) -> None:
    assert (category in cats(d, text)) is want, text
