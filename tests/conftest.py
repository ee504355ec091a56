"""Shared fixtures: the project's rules.yaml, written to temp dirs with Maildir paths."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules.yaml"


DIGEST_LINE = 'digest: {weekday: monday, time: "07:00"}'


def without_digest(text: str) -> str:
    """rules.yaml text with the weekly digest off: tests that count the mail a pass sends
    would otherwise also count the digests that the first pass of a week sends."""
    assert DIGEST_LINE in text
    return text.replace(DIGEST_LINE, "digest: {enabled: false}")


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    """rules.yaml copied into tmp_path (its relative Maildir paths and database land
    there), without the weekly digest."""
    target = tmp_path / "rules.yaml"
    target.write_text(without_digest(RULES.read_text("utf-8")), "utf-8")
    return target


@pytest.fixture
def env_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BORGERPOST_DATABASE_URL", raising=False)


def eml(*, sender: str = "Karen Jensen <karen.j@gmail.com>", to: str = "borgmester@ishoj.dk",
        subject: str = "Hjemmeplejen kommer ikke", body: str = "Hej\n\nMin mor får ikke "
        "hjemmehjælp af hjemmeplejen.\n\nMvh Karen", message_id: str = "<a1@mail.gmail.com>",
        date: str = "Mon, 23 Nov 2026 09:12:00 +0100", extra: str = "") -> bytes:
    text = (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\n"
            f"Message-ID: {message_id}\r\nMIME-Version: 1.0\r\n{extra}"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            f"{body}\r\n")
    return text.encode("utf-8")


@pytest.fixture
def make_eml() -> Callable[..., bytes]:
    return eml


def deliver(maildir: Path, name: str, raw: bytes, when: dt.datetime) -> Path:
    """Deliver like an MDA: write to tmp/, rename into new/, mtime = arrival."""
    for sub in ("tmp", "new", "cur"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    tmp = maildir / "tmp" / name
    tmp.write_bytes(raw)
    import os
    os.utime(tmp, (when.timestamp(), when.timestamp()))
    final = maildir / "new" / name
    tmp.rename(final)
    return final
