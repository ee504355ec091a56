"""The parsed inbound message: frozen, plain data, no I/O (built by daemon.mail.parse)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Address:
    """A mail address. `addr` is lower-cased; the display name is kept for templates only."""

    addr: str
    name: str = ""

    @property
    def domain(self) -> str:
        return self.addr.rpartition("@")[2]

    @property
    def local(self) -> str:
        return self.addr.rpartition("@")[0]


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class Forwarded:
    """The original of a forwarded inquiry: inline, attached message/rfc822, or Outlook .msg."""

    sender: Address | None
    date_text: str | None
    subject: str | None
    text: str
    how: str            # "inline:outlook_da", "attached:rfc822", "attached:msg", ...


@dataclass(frozen=True)
class Message:
    """One inbound mail, decoded. Header names are lower-case; values are unfolded text."""

    message_id: str
    subject: str
    sender: Address | None                 # From (first address)
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    date: dt.datetime | None = None        # the sender's Date header (not trusted for deadlines)
    headers: tuple[tuple[str, str], ...] = ()
    text: str = ""                         # text/plain, or the HTML part rendered as text
    html: str | None = None
    attachments: tuple[Attachment, ...] = ()
    forwarded: tuple[Forwarded, ...] = ()  # attached originals (message/rfc822, .msg)
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    return_path: str | None = None         # None: no Return-Path header; "": null (<>)
    defects: tuple[str, ...] = field(default=())

    def header(self, name: str) -> str | None:
        name = name.lower()
        for key, value in self.headers:
            if key == name:
                return value
        return None

    def header_all(self, name: str) -> tuple[str, ...]:
        name = name.lower()
        return tuple(value for key, value in self.headers if key == name)

    def has_header_prefix(self, prefix: str) -> bool:
        prefix = prefix.lower()
        return any(key.startswith(prefix) for key, _ in self.headers)

    @property
    def thread_ids(self) -> tuple[str, ...]:
        return self.in_reply_to + self.references
