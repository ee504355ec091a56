"""The detector's fast paths give the same answers as the slow checks they spare.

A pre-check in front of a regex is only safe while it lets through everything the
regex can match; these tests fail when a branch is added to the regex that the
pre-check does not know of.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.sensitive.context import core

# Every literal word of the policy regex, so that random text hits its branches, and
# some ordinary words so that it also misses them.
_POLICY_WORDS = sorted(
    set(re.findall(r"[a-zæøå]{2,}", core._POLICY_BEFORE_RE.pattern))
    | {"hjemmehjælp", "min", "mor", "jeg", "får", "X-ray", "boligstøtte", "2024"}
)
_SEPARATORS = st.sampled_from([" ", "  ", "\n", ", ", " \t", "-"])


def _slow(text: str, start: int) -> bool:
    return core._POLICY_BEFORE_RE.search(
        text, max(0, start - core._POLICY_REACH), start) is not None


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_POLICY_WORDS), _SEPARATORS),
                min_size=1, max_size=8))
def test_policy_precheck_agrees_with_the_regex(parts: list[tuple[str, str]]) -> None:
    before = "".join(w + sep for w, sep in parts)
    text = before + "kontanthjælp"
    assert core.after_policy_words(text, len(before)) == _slow(text, len(before))


def test_policy_precheck_lets_each_branch_through() -> None:
    # One phrase per branch of _POLICY_BEFORE_RE, each with the hit right after it.
    for before in [
        "jeres løfte om flere ",
        "et skoleprojekt om ",
        "erfaring i sygedagpengesager, jobafklaring og ",
        "kendskab til ",
        "hvor mange borgere i Ishøj der modtager ",
        "bøger om regnbuefamilier, ",
        "bekæmpe den ",
        "åbne et nyt ",
        "hvornår udbetales ",
    ]:
        text = before + "kontanthjælp"
        assert _slow(text, len(before)), before
        assert core.after_policy_words(text, len(before)), before
