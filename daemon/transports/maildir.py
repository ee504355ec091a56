"""Maildir "transport": outgoing mail is delivered into a Maildir (the demo's outbox).

The file name is derived from the Message-ID, and delivery is a hard link from tmp/ to
new/, which fails if the file exists: sending twice is impossible by construction.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .base import Outgoing


def _name(message_id: str) -> str:
    return "bp-" + hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:40]


class MaildirTransport:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        for sub in ("new", "cur", "tmp"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)

    def already_sent(self, message_id: str) -> bool:
        name = _name(message_id)
        return any((self.path / sub / name).exists() for sub in ("new", "cur")) or any(
            entry.startswith(name + ":") for entry in os.listdir(self.path / "cur"))

    def send(self, mail: Outgoing) -> None:
        name = _name(mail.message_id)
        tmp = self.path / "tmp" / f"{name}.{os.getpid()}"
        envelope = ("X-Borgerpost-Envelope-From: " + mail.envelope_from + "\r\n"
                    "X-Borgerpost-Envelope-To: " + ", ".join(mail.recipients) + "\r\n")
        tmp.write_bytes(envelope.encode("ascii", "replace") + mail.raw)
        try:
            os.link(tmp, self.path / "new" / name)
        except FileExistsError:
            pass   # sent before a crash; the link is the send, so nothing more to do
        finally:
            tmp.unlink(missing_ok=True)

    def close(self) -> None:
        pass
