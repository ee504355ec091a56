"""daemon/core and classifiers import no network, database, clock or config (STYLE.md)."""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

FORBIDDEN = {"socket", "sqlalchemy", "imapclient", "smtplib", "httpx", "requests", "urllib",
             "exchangelib", "msal", "time", "subprocess", "daemon.store", "daemon.config",
             "daemon.mailboxes", "daemon.transports", "logging", "pydantic", "os"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _violations(directory: Path) -> list[str]:
    bad = []
    for path in sorted(directory.rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    return bad


def test_core_is_pure() -> None:
    assert _violations(ROOT / "daemon" / "core") == []


def test_classifiers_are_pure() -> None:
    # classifiers.sensitive may log nothing but counts; presidio itself uses logging, which
    # is configured, not imported, by us. The check covers our own modules.
    assert [v for v in _violations(ROOT / "classifiers") if "logging" not in v] == []


def test_the_check_itself_catches_an_import(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text("import socket\nfrom sqlalchemy import select\n")
    global ROOT
    saved = ROOT
    try:
        ROOT = tmp_path
        assert len(_violations(tmp_path)) == 2
    finally:
        ROOT = saved
