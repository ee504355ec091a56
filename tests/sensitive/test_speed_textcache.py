"""The word keys of ``context/textcache.py`` may only ever spare a search that would
fail: wherever a key's regex matches in a window, the key must say it may.

Each key is checked three ways: on every string its regex can match (branch by
branch, in three letter cases), on many windows of real mails, and on a mail with a
character whose case-blind form ``str.lower`` does not give (always searched).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from re import _parser as P  # type: ignore[attr-defined]

import pytest

from classifiers.sensitive.context import (
    belief_ethnicity_orientation,
    care_and_money,
    core,
    groups,
    property_trade,
    textcache,
)
from tests.sensitive.test_speed_keys import _random_sample, _samples

_KEYS = {
    "DENIED_HINT": (textcache.DENIED_HINT, groups._DENIED_HINT_RE),
    "OM": (textcache.OM, groups._OM_RE),
    "POLICY_BEFORE": (textcache.POLICY_BEFORE, core._POLICY_BEFORE_RE),
    "ANIMAL": (textcache.ANIMAL, core._ANIMAL_RE),
    "GENERIC": (textcache.GENERIC, core._GENERIC_RE),
    "CHARGE_BEFORE": (textcache.CHARGE_BEFORE, property_trade._CHARGE_BEFORE_RE),
    "NO_ONES_BEFORE": (textcache.NO_ONES_BEFORE, property_trade._NO_ONES_BEFORE_RE),
    "DISTANT": (textcache.DISTANT, property_trade._DISTANT_RE),
    "MUNICIPALITY_TRADES": (textcache.MUNICIPALITY_TRADES,
                            property_trade._MUNICIPALITY_TRADES_RE),
    "WORKPLACE": (textcache.WORKPLACE, care_and_money._WORKPLACE_RE),
    "FOLK_ON": (textcache.FOLK_ON, care_and_money._FOLK_ON_RE),
    "CASE_COUNT_BEFORE": (textcache.CASE_COUNT_BEFORE, care_and_money._CASE_COUNT_BEFORE_RE),
    "RULES_BEFORE": (textcache.RULES_BEFORE, care_and_money._RULES_BEFORE_RE),
    "COUNTED_GROUP": (textcache.COUNTED_GROUP, belief_ethnicity_orientation._COUNTED_GROUP_RE),
    "WORK_SETTING": (textcache.WORK_SETTING, belief_ethnicity_orientation._WORK_SETTING_RE),
}
# Keys whose regex matches too rarely in the first mails of the corpus to ask for
# five matches there (the sampled strings above still cover every branch).
_RARE = {"DENIED_HINT", "CHARGE_BEFORE", "NO_ONES_BEFORE", "DISTANT", "MUNICIPALITY_TRADES",
         "WORKPLACE", "FOLK_ON", "CASE_COUNT_BEFORE", "RULES_BEFORE", "COUNTED_GROUP",
         "WORK_SETTING"}
# Matches the sampler cannot build (a gap of any characters before the end), by hand;
# each must match its regex.
_EXTRA = {
    "WORKPLACE": ["jeg arbejder hos ", "ansat i Ishøj ", "TR i ", "teamleder ved ",
                  "praktik på Rigshospitalet ", "mit job som ", "BESTYRELSEN I ",
                  "vikar i Hjemmeplejen "],
    "WORK_SETTING": ["romanen foregår i ", "filmen handler om ", "serien udspiller sig "
                     "blandt ", "Bogen jeg læser HANDLER OM "],
}
_CORPUS = Path(__file__).resolve().parents[2] / "benchmarks/sensitive/corpus.jsonl"


def _mails(n: int = 120) -> list[str]:
    lines = _CORPUS.read_text("utf-8").splitlines()[:n]
    return [json.loads(line)["text"] for line in lines if line.strip()]


@pytest.mark.parametrize("name", sorted(_KEYS))
def test_key_is_in_every_match(name: str) -> None:
    """Every string the regex matches (from its parsed branches) holds a key word
    inside the match, whatever stands around it."""
    key, rx = _KEYS[name]
    matched = 0
    extra = _EXTRA.get(name, [])
    assert all(rx.search(x) is not None for x in extra)
    parsed = P.parse(rx.pattern, rx.flags).data
    rnd = random.Random(name)
    drawn = [_random_sample(parsed, rnd) for _ in range(4000)]
    for sample in _samples(parsed) + drawn + extra:
        for body in (sample, sample.upper(), sample.capitalize()):
            for text in (body, "Hej. " + body, "Hej. " + body + " mvh", "x" + body):
                for m in rx.finditer(text):
                    if m.end() > m.start():
                        matched += 1
                        assert key.may_match(text, m.start(), m.end()), (name, text)
    assert matched >= 3, matched


@pytest.mark.parametrize("name", sorted(_KEYS))
def test_key_keeps_every_window_of_real_mails(name: str) -> None:
    """Random windows and windows that end at each word of real mails: the key says
    "may" wherever the direct search finds a match, and spares many searches."""
    key, rx = _KEYS[name]
    rnd = random.Random(7)
    spared = asked = found = 0
    for text in _mails():
        ends = [m.start() for m in re.finditer(r"(?<!\w)\w", text)] + [len(text)]
        windows = [(max(0, e - rnd.choice((12, 30, 50, 80, 200))), e) for e in ends]
        windows += [(rnd.randrange(len(text) + 1), rnd.randrange(len(text) + 1))
                    for _ in range(50)]
        for pos, endpos in windows:
            hit = rx.search(text, pos, endpos) is not None
            may = key.may_match(text, pos, endpos)
            assert may or not hit, (name, text[max(0, pos - 20):endpos + 20], pos, endpos)
            asked += 1
            spared += not may
            found += hit
    assert found >= 5 or name in _RARE, found
    assert spared >= asked // 5, (spared, asked)


@pytest.mark.parametrize("name", sorted(_KEYS))
def test_odd_case_form_is_always_searched(name: str) -> None:
    key, _rx = _KEYS[name]
    text = "Det handler \u017fkam om noget helt andet end det."
    assert all(key.may_match(text, 0, e) for e in range(len(text) + 1))


def test_search_is_the_direct_search() -> None:
    text = "Vi har hørt, at kommunen vil sælge grunden. Ejendomsskat for grunden."
    for key, rx in _KEYS.values():
        for e in range(len(text) + 1):
            for pos in (0, max(0, e - 60)):
                got = textcache.search(key, rx, text, pos, e)
                want = rx.search(text, pos, e)
                assert (got and got.span()) == (want and want.span())


def test_key_words_and_window_edges() -> None:
    key = textcache.Key("om", word_start=True, space_after=True)
    text = "Spørgsmål OM boligstøtte, som kommer"
    i = text.index("OM")
    assert key.may_match(text, i, i + 3)
    assert not key.may_match(text, i, i + 2)  # the \s is cut off
    assert not key.may_match(text, i + 1, len(text))
    assert not key.may_match(text, text.index("som"), len(text))  # inside a word
    assert not key.may_match(text, 5, 2)
    inner = textcache.Key("tal", word_start=True, inner=("pligt",))
    assert inner.may_match("arbejdspligt", 0, 12)
    assert not inner.may_match("betale", 0, 6)
    with pytest.raises(ValueError):
        textcache.Key("Om")
