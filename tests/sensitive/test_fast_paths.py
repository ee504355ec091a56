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
    set(re.findall(r"[a-zæøå]{2,}", core._POLICY_BEFORE_RE.pattern
                   + core._POLICY_STEM_BEFORE_RE.pattern))
    | {"hjemmehjælp", "min", "mor", "jeg", "får", "X-ray", "boligstøtte", "2024"}
)
_SEPARATORS = st.sampled_from([" ", "  ", "\n", ", ", " \t", "-"])


# The policy words as one regex searched at every position of the window, as it was
# before its branches were anchored at word starts (the stem branches unanchored).
_ALL_POLICY = re.compile(
    core._POLICY_BEFORE_RE.pattern + "|"
    + core._POLICY_STEM_BEFORE_RE.pattern.removeprefix(r"(?<!\w)"),
    re.IGNORECASE,
)


def _slow(text: str, start: int) -> bool:
    return _ALL_POLICY.search(text, max(0, start - core._POLICY_REACH), start) is not None


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_POLICY_WORDS), _SEPARATORS),
                min_size=1, max_size=8))
def test_policy_precheck_agrees_with_the_regex(parts: list[tuple[str, str]]) -> None:
    before = "".join(w + sep for w, sep in parts)
    text = before + "kontanthjælp"
    assert core.after_policy_words(text, len(before)) == _slow(text, len(before))


def test_a_policy_compound_cut_by_the_window_is_still_found() -> None:
    # The stem branches are searched from the start of the word the 50-character
    # window cuts: a long compound ending in "projekt om " (or "bøger om ") is found
    # wherever the window begins inside it.
    for stem in ("skoleprojekt om ", "billedbøger om "):
        for n in range(0, 60):
            before = "Hej " + "x" * n + stem
            text = before + "kontanthjælp"
            assert core.after_policy_words(text, len(before)), (n, stem)
            assert _slow(text, len(before)), (n, stem)


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
