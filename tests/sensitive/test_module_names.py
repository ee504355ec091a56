"""No module of the detector binds a top-level name twice.

Two helpers extended one module (person.py, now the context/ package) side by side
each round; twice in session 6 one of them defined a regex under a name the other
already used (``_SERVED_GROUP_RE``, ``_COUNT_BEFORE_RE``), which silently replaced
the first rule for every caller.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "classifiers" / "sensitive"


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


# rglob: the context checks live in a package of their own (``context/``).
@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    counts = Counter(_top_level_names(ast.parse(path.read_text("utf-8"))))
    assert [name for name, n in counts.items() if n > 1] == []


def test_no_context_module_defines_a_name_another_defines() -> None:
    # Split from person.py so that each rule has one place; a copy in a second module
    # would drift from the first.
    owners: dict[str, list[str]] = {}
    for path in sorted((PACKAGE / "context").glob("*.py")):
        for name in _top_level_names(ast.parse(path.read_text("utf-8"))):
            owners.setdefault(name, []).append(path.name)
    assert {name: mods for name, mods in owners.items() if len(mods) > 1} == {}


def test_the_check_sees_a_rebinding() -> None:
    tree = ast.parse("_RE = 1\ndef f(): pass\n_RE = 2\n")
    assert Counter(_top_level_names(tree))["_RE"] == 2
