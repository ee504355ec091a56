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


def check_class(d: Detector, category: str, yes: list[str], no: list[str]) -> None:
    """Every sentence of ``yes`` raises ``category``; none of ``no`` does."""
    for text in yes:
        check(d, text, category, True)
    for text in no:
        check(d, text, category, False)
