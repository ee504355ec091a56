"""Maildir source: the embedded default (demo, tests, a local delivery agent).

Reads new/ and cur/ without moving or renaming anything: moving a file from new/ to
cur/ or adding the S flag would change what a user's mail client shows (DESIGN.md).
Borgerpost's categories are kept beside the mail in .borgerpost/categories/, one file
per message, since Maildir itself has no free-form keywords.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from daemon.errors import PermanentFailure

from .base import Fetched, MessageRef
from .folders import SANITIZED_HEADER, sanitized_marker


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

    # -- FolderAccess (daemon.mailboxes.folders; issue 4) ------------------------------

    def _folder_path(self, folder: str) -> Path:
        # Maildir++: a folder is the directory ".Name" beside cur/new/tmp. The config
        # validates the name; this check keeps a bad ref from leaving the Maildir.
        if not folder.startswith(".") or "/" in folder or ".." in folder:
            raise PermanentFailure("maildir:bad-folder")
        return self.path / folder

    def list_folder(self, folder: str, skip: frozenset[tuple[str, str]] = frozenset(),
                    since: dt.datetime | None = None) -> Iterator[Fetched]:
        """See FolderAccess. A missing folder is empty; it is never created (a new
        Maildir++ directory would show as a folder in the member's client)."""
        base = self._folder_path(folder)
        entries = []
        for sub in ("new", "cur"):
            try:
                with os.scandir(base / sub) as it:
                    for entry in it:
                        if entry.is_file() and not entry.name.startswith("."):
                            entries.append((entry.stat().st_mtime, _key(entry.name),
                                            Path(entry.path)))
            except FileNotFoundError:
                continue
        entries.sort()
        for mtime, key, path in entries:
            arrived = dt.datetime.fromtimestamp(mtime, tz=dt.UTC)
            if (folder, key) in skip or (since is not None and arrived < since):
                continue
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                continue   # saved again by the member's client meanwhile
            yield Fetched(MessageRef(self.mailbox_id, folder, key), raw, arrived, None)

    def _find(self, base: Path, key: str) -> Path | None:
        for sub in ("cur", "new"):
            try:
                names = os.listdir(base / sub)
            except FileNotFoundError:
                continue
            for name in names:
                if _key(name) == key:
                    return base / sub / name
        return None

    def replace_draft(self, ref: MessageRef, raw: bytes, *,
                      expect_sha256: str | None = None) -> MessageRef:
        """See FolderAccess. The copy is written under a name derived from the
        SANITIZED_HEADER (tmp/, then a hard link into cur/, which fails if it exists),
        so a retry after a crash finds it; then the old file, and only it, is unlinked."""
        if ref.mailbox_id != self.mailbox_id:
            raise ValueError("ref belongs to another mailbox")
        base = self._folder_path(ref.folder)
        marker = sanitized_marker(raw)
        if marker is None:
            raise ValueError(f"a replacement draft carries {SANITIZED_HEADER}")
        new_key = "bp-draft-" + marker
        old = self._find(base, ref.uid)
        existing = self._find(base, new_key)
        if old is None:
            if existing is not None:
                return MessageRef(self.mailbox_id, ref.folder, new_key)   # done before
            raise PermanentFailure("maildir:draft-gone")
        if expect_sha256 is not None:
            try:
                current = hashlib.sha256(old.read_bytes()).hexdigest()
            except FileNotFoundError:
                raise PermanentFailure("maildir:draft-gone") from None
            if current != expect_sha256:
                raise PermanentFailure("maildir:draft-changed")
        if existing is None:
            # Keep the old draft's flags (Maildir "D" = draft, "S" = seen).
            flags = old.name.split(":2,", 1)[1] if ":2," in old.name else ""
            flags = "".join(sorted(set(flags + "DS") - {"T"}))
            tmp = base / "tmp" / f"{new_key}.{os.getpid()}"
            (base / "tmp").mkdir(exist_ok=True)
            tmp.write_bytes(raw)
            try:
                os.link(tmp, base / "cur" / f"{new_key}:2,{flags}")
            except FileExistsError:
                pass
            finally:
                tmp.unlink(missing_ok=True)
        # The one removal Borgerpost ever makes (daemon/drafts.py): this old draft only.
        old.unlink(missing_ok=True)
        return MessageRef(self.mailbox_id, ref.folder, new_key)

    def set_folder_categories(self, ref: MessageRef, categories: Sequence[str]) -> None:
        """See FolderAccess: kept in the folder's own .borgerpost/categories/."""
        directory = self._folder_path(ref.folder) / ".borgerpost" / "categories"
        directory.mkdir(parents=True, exist_ok=True)
        target = directory / ref.uid
        existing = target.read_text("utf-8").splitlines() if target.exists() else []
        merged = list(dict.fromkeys([*existing, *categories]))
        tmp = directory / f".{ref.uid}.tmp"
        tmp.write_text("\n".join(merged) + "\n", "utf-8")
        os.replace(tmp, target)

    def folder_categories(self, folder: str, uid: str) -> list[str]:
        target = self._folder_path(folder) / ".borgerpost" / "categories" / uid
        return target.read_text("utf-8").splitlines() if target.exists() else []

    def wait(self, timeout: float) -> None:
        time.sleep(timeout)

    def close(self) -> None:
        pass
