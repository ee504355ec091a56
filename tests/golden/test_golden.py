"""Golden tests: real-looking .eml + the shipped rules.yaml -> the expected decision.

Each case is NAME.eml with NAME.expected.json beside it (format: tests/golden/README.md),
from the bundled demo samples and from tests/golden/cases. The expectations were written
from DOMAIN.md and the seeds, not from the code's output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from daemon.config import load_config
from daemon.errors import MessageError
from daemon.explain import explain

from ..conftest import ROOT, RULES

CASES = sorted([*(ROOT / "daemon" / "demo" / "samples").glob("*/*.eml"),
                *(ROOT / "tests" / "golden" / "cases").glob("*.eml")])
CONFIG = load_config(RULES, env={})


def _expected(path: Path) -> dict[str, Any]:
    return json.loads(path.with_suffix(".expected.json").read_text("utf-8"))


def _ids() -> list[str]:
    return [f"{p.parent.name}/{p.stem}" for p in CASES]


def _sent(actions: list[dict[str, Any]]) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((a["type"], tuple(sorted(a.get("to", []))), tuple(sorted(a.get("cc", []))))
                  for a in actions if a["type"] in ("receipt", "forward"))


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 40
    assert all(p.with_suffix(".expected.json").exists() for p in CASES)


@pytest.mark.parametrize("path", CASES, ids=_ids())
def test_decision(path: Path) -> None:
    want = _expected(path)
    if "quarantine" in want:
        with pytest.raises(MessageError) as info:
            explain(CONFIG, path.read_bytes(), want["mailbox"], None)
        assert str(info.value) == want["quarantine"]
        return
    got = explain(CONFIG, path.read_bytes(), want["mailbox"], None)
    assert (got["citizen_inquiry"], got["reason"]) == (want["citizen_inquiry"], want["reason"]), \
        got["trace"]
    assert got["centre"] == want["centre"], got["trace"]
    assert _sent(got["actions"]) == _sent(want["actions"]), got["trace"]


CLASSIFIED = [p for p in CASES if "quarantine" not in _expected(p)]


@pytest.mark.parametrize("path", CLASSIFIED, ids=[f"{p.parent.name}/{p.stem}" for p in CLASSIFIED])
def test_sensitive(path: Path) -> None:
    want = _expected(path)
    got = explain(CONFIG, path.read_bytes(), want["mailbox"], None)
    assert sorted(got["sensitive"]) == sorted(want["sensitive"])
