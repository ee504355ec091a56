"""Mailbox adapters, registered explicitly by `source.kind` (STYLE.md: no discovery)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Fetched, MailSource, MessageRef

if TYPE_CHECKING:
    from daemon.config.schema import MailboxCfg


def open_source(mailbox: MailboxCfg) -> MailSource:
    source = mailbox.source
    if source.kind == "maildir":
        from .maildir import MaildirSource
        return MaildirSource(mailbox.id, source.path)
    if source.kind == "imap":
        from .imap import ImapSource  # type: ignore[import-not-found,unused-ignore]
        return ImapSource(mailbox.id, source)  # type: ignore[no-any-return,unused-ignore]
    if source.kind == "graph":
        from .graph import GraphSource  # type: ignore[import-not-found,unused-ignore]
        return GraphSource(mailbox.id, source)  # type: ignore[no-any-return,unused-ignore]
    if source.kind == "ews":
        from .ews import EwsSource  # type: ignore[import-not-found,unused-ignore]
        return EwsSource(mailbox.id, source)  # type: ignore[no-any-return,unused-ignore]
    raise ValueError(f"unknown source kind {source.kind!r}")


__all__ = ["Fetched", "MailSource", "MessageRef", "open_source"]
