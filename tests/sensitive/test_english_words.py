"""English words of a person's benefits, care, job loss, prison and illness (session 12,
from no corpus mail: economy_social.yaml v24, health.yaml v21).  Mixed and English
mails reach the municipality; the Danish words and the English nouns were in the
lexicons, these were not.  Each positive was missed before; the negatives are guards
(a job at a nursing home, a statistic, a visitor's question).
"""

from __future__ import annotations

from datetime import date

from classifiers.sensitive import categories, detect

TODAY = date(2026, 11, 24)


def _cats(text: str) -> set[str]:
    return set(categories(detect(text, today=TODAY)))


def test_benefits_care_job_loss_and_prison_in_english() -> None:
    assert "economy_social" in _cats(
        "Dear Mayor\n\nMy mother moved into a nursing home in Ishøj last year and the "
        "staff change every week.\n\nRegards\nPeter Hall")
    assert "economy_social" in _cats(
        "Hello, I was fired from my job at the warehouse in September and I am now on "
        "welfare. Can the municipality help with my rent this month? Kind regards, Jamal")
    assert "economy_social" in _cats(
        "Hi\n\nMy brother is in prison until May and his daughter lives with us. Can we "
        "get any support for her?\n\nThanks\nLeila")
    assert "economy_social" in _cats(
        "To the job centre\n\nI took early retirement last year after 40 years as a "
        "nurse, and now my pension has been cut. Why?\n\nBest regards\nMargaret")


def test_illness_said_with_an_english_phrase() -> None:
    assert "health" in _cats(
        "Hello, I have been on the sick list since August and my employer wants me to "
        "come back. What are my rights? /Chris")


def test_the_same_words_about_no_one_stay_unflagged() -> None:
    assert _cats("Hello, I work as a nurse at a nursing home in Ishøj and would like "
                 "to know when the parking lot will be repaired. Regards, Emma") == set()
    assert _cats("Dear council, how many people in Ishøj are on early retirement? I am "
                 "a student writing a report. Thanks, Jonas") == set()
    assert _cats("Hi, is the new care home on Vejlebrovej open for visitors on "
                 "Sundays? Best, Mette") == set()
