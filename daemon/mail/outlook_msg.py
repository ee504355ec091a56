"""Outlook ``.msg`` attachments as forwarded originals (issue 4, part 2).

When a council member forwards a citizen's mail "as attachment" from Outlook, the
original arrives as an ``application/vnd.ms-outlook`` ``.msg`` file. This adapter
reads it with extract-msg (the optional ``outlook`` extra) and returns the same
``ForwardedOriginal`` as ``classifiers.forwards`` does for inline forwards.

extract-msg is imported inside the function so that the daemon imports without it;
without it, or on any input it cannot read, the answer is None (the caller logs and
holds the message). extract-msg prints and logs about broken files; none of that may
reach our logs, because its messages can quote the file (subjects, names).
"""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
from collections.abc import Iterator
from email.utils import getaddresses

from classifiers.forwards import ForwardedOriginal, valid_address

__all__ = ["read_msg"]

# A .msg is an OLE compound file; anything else is refused before parsing.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_BYTES = 50 * 1024 * 1024
_QUIET_LOGGERS = ("extract_msg", "olefile", "RTFDE", "compressed_rtf")


def read_msg(data: bytes) -> ForwardedOriginal | None:
    """The message inside an Outlook ``.msg`` file, or None. Never raises."""
    if not isinstance(data, bytes | bytearray) or len(data) > _MAX_BYTES:
        return None
    if bytes(data[:8]) != _OLE_MAGIC:
        return None
    try:
        return _read(bytes(data))
    except Exception:  # Garbage in, None out: the caller quarantines with one log line.
        return None


def _read(data: bytes) -> ForwardedOriginal | None:
    try:
        import extract_msg
    except ImportError:
        return None
    sink = io.StringIO()
    with _quiet_loggers(), warnings.catch_warnings(), contextlib.redirect_stdout(
        sink
    ), contextlib.redirect_stderr(sink):
        warnings.simplefilter("ignore")
        msg = extract_msg.openMsg(data, delayAttachments=True)
        try:
            sender = _text(getattr(msg, "sender", None))
            sender_email = _text(getattr(msg, "senderEmail", None))
            date = getattr(msg, "date", None)
            subject = _text(getattr(msg, "subject", None))
            body = _text(getattr(msg, "body", None))
        finally:
            with contextlib.suppress(Exception):
                msg.close()
    name, address = _split_sender(sender, sender_email)
    return ForwardedOriginal(
        sender_name=name,
        sender_address=address,
        date_text=str(date) if date is not None else None,
        subject=subject or None,
        text=(body or "").replace("\r\n", "\n").strip("\n"),
        note="",
        client="outlook_msg",
    )


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _split_sender(sender: str | None, sender_email: str | None) -> tuple[str | None, str | None]:
    name: str | None = None
    address: str | None = None
    if sender:
        parsed = getaddresses([sender])
        if parsed:
            name = parsed[0][0].strip() or None
            if "@" in parsed[0][1]:
                address = parsed[0][1]
        if name is None and "@" not in sender:
            name = sender.strip() or None
    if address is None and sender_email and "@" in sender_email:
        address = sender_email
    return name, valid_address(address)


@contextlib.contextmanager
def _quiet_loggers() -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in _QUIET_LOGGERS]
    saved = [(lg.disabled, lg.propagate) for lg in loggers]
    for lg in loggers:
        lg.disabled = True
        lg.propagate = False
    try:
        yield None
    finally:
        for lg, (disabled, propagate) in zip(loggers, saved, strict=True):
            lg.disabled = disabled
            lg.propagate = propagate
