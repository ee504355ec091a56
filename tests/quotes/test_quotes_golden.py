"""Golden Danish cases (benchmarks/quotes/danish): no leak, no lost new line (issue 4)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from classifiers.quotes import split_reply

CASES = Path(__file__).resolve().parents[2] / "benchmarks" / "quotes" / "danish"
_SECTION = re.compile(r"^=== (\w+)\s*$")


def _load(path: Path) -> tuple[str, bool, list[str], list[str]]:
    meta: dict[str, str] = {}
    sections: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        match = _SECTION.match(line)
        if match:
            sections.append((match.group(1), []))
        elif sections:
            sections[-1][1].append(line)
        elif ":" in line:
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    body = "\n".join(next(lines for name, lines in sections if name == "body"))
    new = [" ".join(x.split()) for x in next(lines for n, lines in sections if n == "new")]
    history = ["\n".join(lines) for name, lines in sections if name == "history"]
    return body, meta.get("format") == "html", [x for x in new if x], history


def _lines(text: str) -> list[str]:
    return [n for n in (" ".join(x.split()) for x in text.splitlines()) if n]


def test_there_are_at_least_sixty_danish_cases() -> None:
    assert len(list(CASES.glob("*.case"))) >= 60


@pytest.mark.parametrize("path", sorted(CASES.glob("*.case")), ids=lambda p: p.stem)
def test_danish_case(path: Path) -> None:
    body, html, expected_new, history = _load(path)
    reply = split_reply(body, html, history=history)
    got = _lines(reply.new)
    leaked = [line for line in got if line not in expected_new]
    lost = [line for line in expected_new if line not in got]
    assert not leaked, f"quoted text left in new: {leaked}"
    assert not lost, f"new text lost: {lost}"
    if len(got) < len(_lines(body if not html else reply.new + "\n" + reply.quoted)):
        assert reply.reasons, "a cut must name its marker"
