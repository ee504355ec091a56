"""Send transports, registered explicitly by `send.kind`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Outgoing, Transport

if TYPE_CHECKING:
    from daemon.config.schema import MailboxCfg


def open_transport(mailbox: MailboxCfg) -> Transport:
    send = mailbox.send
    if send.kind == "maildir":
        from .maildir import MaildirTransport
        return MaildirTransport(send.path)
    if send.kind == "smtp":
        from .smtp import SmtpTransport  # type: ignore[import-not-found,unused-ignore]
        return SmtpTransport(mailbox, send)  # type: ignore[no-any-return,unused-ignore]
    if send.kind == "graph":
        from .graph import GraphTransport  # type: ignore[import-not-found,unused-ignore]
        return GraphTransport(mailbox, send)  # type: ignore[no-any-return,unused-ignore]
    if send.kind == "ews":
        from .ews import EwsTransport  # type: ignore[import-not-found,unused-ignore]
        return EwsTransport(mailbox, send)  # type: ignore[no-any-return,unused-ignore]
    raise ValueError(f"unknown send kind {send.kind!r}")


__all__ = ["Outgoing", "Transport", "open_transport"]
