"""Maildir source: the embedded default (demo, tests, a local delivery agent).

Reads new/ and cur/ without moving or renaming anything: moving a file from new/ to
cur/ or adding the S flag would change what a user's mail client shows (DESIGN.md).
Borgerpost's categories are kept beside the mail in .borgerpost/categories/, one file
per message, since Maildir itself has no free-form keywords.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from .base import Fetched, MessageRef


def _key(filename: str) -> str:
    # Maildir file names are "unique:2,FLAGS"; the unique part is stable across flag changes.
    return filename.split(":", 1)[0].split("!", 1)[0]


class MaildirSource:
    def __init__(self, mailbox_id: str, path: str | os.PathLike[str]) -> None:
        self.mailbox_id = mailbox_id
        self.path = Path(path)
        self.folder = "maildir"
        for sub in ("new", "cur", "tmp"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)

    def _entries(self) -> list[tuple[float, str, Path]]:
        entries = []
        for sub in ("new", "cur"):
            with os.scandir(self.path / sub) as it:
                for entry in it:
                    if entry.is_file() and not entry.name.startswith("."):
                        entries.append((entry.stat().st_mtime, _key(entry.name),
                                        Path(entry.path)))
        entries.sort()
        return entries

    def fetch(self, cursor: str | None, skip: frozenset[str] = frozenset()
              ) -> Iterator[Fetched]:
        for mtime, key, path in self._entries():
            if key in skip:
                continue
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                continue   # moved by the user's client meanwhile; seen again under cur/
            arrived = dt.datetime.fromtimestamp(mtime, tz=dt.UTC)
            yield Fetched(MessageRef(self.mailbox_id, self.folder, key), raw, arrived, None)

    def set_categories(self, ref: MessageRef, categories: Sequence[str]) -> None:
        directory = self.path / ".borgerpost" / "categories"
        directory.mkdir(parents=True, exist_ok=True)
        target = directory / ref.uid
        existing = target.read_text("utf-8").splitlines() if target.exists() else []
        merged = list(dict.fromkeys([*existing, *categories]))
        tmp = directory / f".{ref.uid}.tmp"
        tmp.write_text("\n".join(merged) + "\n", "utf-8")
        os.replace(tmp, target)

    def categories(self, uid: str) -> list[str]:
        target = self.path / ".borgerpost" / "categories" / uid
        return target.read_text("utf-8").splitlines() if target.exists() else []

    def wait(self, timeout: float) -> None:
        time.sleep(timeout)

    def close(self) -> None:
        pass
