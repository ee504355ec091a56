"""Bytes in, a frozen Message out (daemon.core.message). Hostile input is normal input.

Every failure becomes a MessageError with a reason code and no message content, so the
runner can quarantine the message with one log line and go on (DESIGN.md).
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import hashlib
import re
from email.message import EmailMessage
from email.message import Message as StdMessage
from typing import Any

from daemon.core.message import Address, Attachment, Forwarded, Message
from daemon.errors import MessageError

from .html_text import html_to_text

MAX_BYTES = 40 * 1024 * 1024        # larger mail is quarantined, not parsed
MAX_PARTS = 500                     # MIME parts walked per message
MAX_DEPTH = 12                      # nesting of multiparts and attached messages
# Characters of body text kept for classification. The classifiers' cost grows with it
# (2 MB of text took minutes); 128 K characters are some 40 pages (issue 9).
MAX_TEXT = 128 * 1024
MAX_HEADER = 64 * 1024              # characters kept of one header value
# Counted in the raw bytes before the stdlib parser runs: its cost grows with the number
# of parts (50,000 empty parts took 14-29 s, past the 10 s), so MAX_PARTS, which
# the walker checks afterwards, bounds nothing. A delimiter line starts with "--"
# (RFC 2046 section 5.1.1); every part may carry one Content-Type line. Both limits
# leave room for "--" signatures and dividers in ordinary text.
MAX_DELIMITER_LINES = 4 * MAX_PARTS
MAX_CONTENT_TYPE_LINES = 2 * MAX_PARTS
# The stdlib's address-list parser is superlinear and runs on every access: a Cc of 7,000
# addresses (100 KB) took 6 s. 16 KB is about a thousand addresses, far beyond real mail.
MAX_ADDRESS_HEADER = 16 * 1024
_ADDRESS_FIELDS = frozenset({b"from", b"to", b"cc", b"bcc", b"reply-to", b"sender",
                             b"resent-from", b"resent-to", b"resent-cc", b"resent-bcc",
                             b"resent-sender"})

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MSGID = re.compile(r"<[^<>\s]{1,900}>")
_CONTENT_TYPE_LINE = re.compile(rb"\ncontent-type[ \t]*:", re.IGNORECASE)
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FIELD_START = re.compile(rb"\r?\n(?=[^ \t])")


def clean_header(value: str) -> str:
    """One line, no control characters: a decoded encoded-word may hold CR/LF (RFC 2047
    forbids it, attackers use it); it must never become a header of ours."""
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", value.replace("\r", " ").replace("\n", " ")))[
        :MAX_HEADER].strip()


def _header_str(msg: StdMessage, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:
        raw = msg.get_all(name, failobj=[]) if hasattr(msg, "get_all") else []
        value = raw[0] if raw else None
    if value is None:
        return None
    try:
        return clean_header(str(value))
    except Exception:
        return None


def _addresses(msg: StdMessage, name: str) -> tuple[Address, ...]:
    try:
        values = [str(v) for v in msg.get_all(name, failobj=[])]
    except Exception:
        return ()
    out: list[Address] = []
    for display, addr in email.utils.getaddresses([clean_header(v) for v in values]):
        addr = addr.strip().lower()
        if addr.count("@") == 1 and "." in addr.rpartition("@")[2] and len(addr) <= 254 \
                and not any(c in addr for c in " \t<>,;\"'\\"):
            out.append(Address(addr, clean_header(display)[:200]))
    return tuple(out)


def _ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(_MSGID.findall(value))[:100]


def _decode_part(part: StdMessage) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:   # an unknown charset: read it as UTF-8, then Latin-1
        try:
            return payload.decode("utf-8")
        except UnicodeDecodeError:
            return payload.decode("latin-1")


class _Walker:
    def __init__(self) -> None:
        self.parts = 0

    def walk(self, part: StdMessage, depth: int) -> dict[str, Any]:
        """Collect text, html, attachments and attached messages of one (sub)message."""
        found: dict[str, Any] = {"plain": [], "html": [], "attachments": [], "forwarded": []}
        self._walk(part, depth, found)
        return found

    def _walk(self, part: StdMessage, depth: int, found: dict[str, Any]) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            raise MessageError("too_many_parts")
        if depth > MAX_DEPTH:
            raise MessageError("nesting_too_deep")
        ctype = part.get_content_type()
        if part.is_multipart() and ctype != "message/rfc822":
            payload = part.get_payload()
            if isinstance(payload, list):
                for sub in payload:
                    if isinstance(sub, StdMessage):
                        self._walk(sub, depth + 1, found)
            return
        filename = None
        try:
            filename = part.get_filename()
        except Exception:
            filename = "unnamed"
        disposition = (part.get_content_disposition() or "").lower()
        if ctype == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], StdMessage):
                found["forwarded"].append(self._attached(inner[0], depth + 1))
            found["attachments"].append(Attachment(clean_header(filename or "message.eml"),
                                                   ctype, 0))
            return
        if ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename:
            found["plain" if ctype == "text/plain" else "html"].append(_decode_part(part))
            return
        raw = part.get_payload(decode=True)
        size = len(raw) if isinstance(raw, bytes) else 0
        name = clean_header(filename or "unnamed")[:200]
        found["attachments"].append(Attachment(name, ctype, size))
        if isinstance(raw, bytes) and (name.lower().endswith(".msg")
                                       or ctype == "application/vnd.ms-outlook"):
            forwarded = _outlook_msg(raw)
            if forwarded is not None:
                found["forwarded"].append(forwarded)

    def _attached(self, inner: StdMessage, depth: int) -> Forwarded:
        parts = self.walk(inner, depth)
        senders = _addresses(inner, "from")
        return Forwarded(
            sender=senders[0] if senders else None,
            date_text=_header_str(inner, "date"),
            subject=_header_str(inner, "subject"),
            text=_body_text(parts),
            how="attached:rfc822",
        )


def _outlook_msg(data: bytes) -> Forwarded | None:
    try:
        from .outlook_msg import read_msg
    except ImportError:
        return None
    try:
        original = read_msg(data)
    except Exception:
        return None
    if original is None:
        return None
    sender = (Address(original.sender_address, original.sender_name or "")
              if original.sender_address else None)
    return Forwarded(sender, original.date_text, original.subject, original.text,
                     "attached:msg")


def _body_text(parts: dict[str, Any]) -> str:
    if parts["plain"]:
        text = "\n\n".join(parts["plain"])
    elif parts["html"]:
        text = html_to_text("\n".join(parts["html"]))
    else:
        text = ""
    return text.replace("\r\n", "\n").replace("\x00", "")[:MAX_TEXT]


def message_id_hash(message_id: str) -> str:
    return hashlib.sha256(message_id.strip().lower().encode("utf-8", "replace")).hexdigest()


def _prescan(raw: bytes) -> None:
    """Refuse, before the stdlib parser sees it, what would make it slow (issue 9)."""
    if (raw.count(b"\n--") > MAX_DELIMITER_LINES
            or len(_CONTENT_TYPE_LINE.findall(raw)) > MAX_CONTENT_TYPE_LINES):
        raise MessageError("too_many_parts")
    end = _HEADER_END.search(raw)
    for field in _FIELD_START.split(raw[:end.start() if end else len(raw)]):
        name, colon, _value = field.partition(b":")
        if colon and len(field) > MAX_ADDRESS_HEADER \
                and name.strip().lower() in _ADDRESS_FIELDS:
            raise MessageError("header_too_long")


def parse(raw: bytes) -> Message:
    """Parse RFC 5322 bytes. Raises MessageError (with a reason code) on hostile input."""
    if len(raw) > MAX_BYTES:
        raise MessageError("too_large")
    _prescan(raw)
    try:
        return _parse(raw)
    except MessageError:
        raise
    except RecursionError:
        raise MessageError("nesting_too_deep") from None
    except MemoryError:
        raise MessageError("too_large") from None
    except Exception as exc:
        raise MessageError(f"unparseable:{type(exc).__name__}") from None


def _parse(raw: bytes) -> Message:
    msg = email.message_from_bytes(raw, _class=EmailMessage, policy=email.policy.default)
    if not isinstance(msg, EmailMessage):
        raise MessageError("unparseable")
    if not any(k for k in msg):
        raise MessageError("no_headers")
    walker = _Walker()
    parts = walker.walk(msg, 0)
    # Each header name is decoded once (the first occurrence, as msg.get gives it):
    # decoding through the header registry was the parser's main cost, and a name was
    # decoded again for every repeated header (each Received) and every lookup below.
    first: dict[str, str | None] = {}
    for key in list(msg.keys())[:500]:
        name = key.lower()
        if name in first:
            continue
        try:
            decoded = str(msg.get(key, ""))
        except Exception:  # undecodable headers are cleaned below
            first[name] = _header_str(msg, key)
            continue
        if "\r" in decoded or "\n" in decoded:
            # An encoded word that decodes to CR/LF (RFC 2047 forbids it) is an attempt at
            # header injection: quarantine the message (DESIGN.md "Hostile input").
            raise MessageError("header_injection")
        try:
            first[name] = clean_header(decoded)
        except Exception:
            first[name] = None

    def header(name: str) -> str | None:
        return first.get(name)

    message_id = (_ids(header("message-id")) or ("",))[0]
    if not message_id:
        # Without a Message-ID, dedupe and threading need a stable stand-in.
        message_id = f"<missing.{hashlib.sha256(raw).hexdigest()[:40]}@borgerpost.invalid>"
    date = None
    date_text = header("date")
    if date_text:
        try:
            date = email.utils.parsedate_to_datetime(date_text)
        except (TypeError, ValueError, IndexError):
            date = None
    headers: list[tuple[str, str]] = []
    for key in list(msg.keys())[:500]:
        value = first.get(key.lower())
        if value is not None:
            headers.append((key.lower(), value))
    return_path = header("return-path")
    if return_path is not None:
        stripped = return_path.strip()
        return_path = "" if stripped in ("<>", "") else stripped.strip("<>").lower()
    senders = _addresses(msg, "from")
    html_parts = parts["html"]
    defects = tuple(type(d).__name__ for d in getattr(msg, "defects", ()))[:20]
    return Message(
        message_id=message_id,
        subject=header("subject") or "",
        sender=senders[0] if senders else None,
        to=_addresses(msg, "to"),
        cc=_addresses(msg, "cc"),
        reply_to=_addresses(msg, "reply-to"),
        date=date,
        headers=tuple(headers),
        text=_body_text(parts),
        html="\n".join(html_parts)[:MAX_TEXT] if html_parts else None,
        attachments=tuple(parts["attachments"]),
        forwarded=tuple(parts["forwarded"]),
        in_reply_to=_ids(header("in-reply-to")),
        references=_ids(header("references")),
        return_path=return_path,
        defects=defects,
    )
