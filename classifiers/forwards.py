"""Recover the original of an inline forward (issue 4, part 2).

Inquiries reach the main mailbox as forwards from council members; the receipt must
go to the citizen who wrote, not to the member who forwarded. This module reads the
forward header that the member's client wrote above the original (Outlook DA/EN,
Gmail, Apple Mail, Thunderbird, Samsung) and returns the original's sender, date,
subject and text, plus the note the forwarder wrote above it.

Whether a message *is* a forward is the caller's question (subject prefix VS:/Fwd:/
WG:, mailbox role): Outlook writes the same header block for replies. Pure: no I/O,
no logging.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import getaddresses

from classifiers._html_text import html_to_text

__all__ = ["ForwardedOriginal", "find_inline_forward", "valid_address"]


@dataclass(frozen=True)
class ForwardedOriginal:
    """The forwarded message as the forward header describes it."""

    sender_name: str | None
    sender_address: str | None      # lower-case, validated address or None
    date_text: str | None           # the date as written in the forward header
    subject: str | None
    text: str                       # the original's body text
    note: str                       # what the forwarder wrote above the forward
    client: str                     # "outlook_da", "outlook_en", "gmail", "apple", ...


_LIMIT = 2_000_000
_PEEK = 300
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\xad"), None)

# Named forward separators and the client that writes each (lower-case, dashes and
# surrounding "*" removed). Gmail writes ten dashes, Thunderbird and Samsung eight.
_NAMED: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^-{3,}(oprindelig meddelelse)-{3,}$"), "outlook_da"),
    (re.compile(r"^-{3,}(original message)-{3,}$"), "outlook_en"),
    (re.compile(r"^-{9,}\s*(videresendt meddelelse|forwarded message)\s*-{5,}$"), "gmail"),
    (re.compile(r"^-{5,}\s*(videresendt (?:besked|meddelelse)|forwarded message"
                r"|weitergeleitete nachricht)\s*-{5,}$"), "thunderbird"),
    (re.compile(r"^-{6,}\s+(oprindelig besked|original message)\s+-{6,}$"), "samsung"),
    (re.compile(r"^-{3,}\s*(oprindelig (?:besked|meddelelse)|original message)\s*-{3,}$"),
     "other"),
    (re.compile(r"^(start på videresendt (besked|meddelelse)|begin forwarded message)\s*:$"),
     "apple"),
)
_RULE = re.compile(r"^[_\-]{10,}$")

_KEYS: dict[str, str] = {}
for _kind, _names in {
    "from": "fra from afsender von",
    "date": "sendt sent dato date gesendet datum",
    "to": "til to an",
    "cc": "cc kopi bcc",
    "subject": "emne subject betreff",
    "reply": "svar til reply-to",
}.items():
    for _name in _names.split(","):
        for _one in _name.split():
            _KEYS[_one] = _kind
_KEYS["svar til"] = "reply"

_ADDRESS = re.compile(
    r"^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[a-z0-9æøåäöü](?:[a-z0-9æøåäöü-]{0,61}"
    r"[a-z0-9æøåäöü])?\.)+[a-z]{2,24}$"
)
_MAILTO = re.compile(r"\[mailto:([^\]\s]{3,254})\]|<mailto:([^>\s]{3,254})>", re.IGNORECASE)
_ANGLE = re.compile(r"<\s*([^<>\s]{3,254}@[^<>\s]{1,254})\s*>")
_BARE = re.compile(r"[^\s<>()\[\]\"',;:]{1,64}@[^\s<>()\[\]\"',;:]{1,190}")


def find_inline_forward(text: str, html: str | None = None) -> ForwardedOriginal | None:
    """The original of the first inline forward in ``text`` (or ``html``), or None.

    A forward of a forward whose inner layer has no note of its own is followed to
    the inner original. Never raises.
    """
    try:
        found = _find(text if isinstance(text, str) else "")
        if found is None and html:
            found = _find(html_to_text(html))
        return found
    except Exception:  # A hostile body must not crash the daemon; the caller holds it.
        return None


def _find(text: str) -> ForwardedOriginal | None:
    lines = text[:_LIMIT].replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [line.translate(_INVISIBLE).rstrip() for line in lines]
    start = _marker(lines, 0)
    if start is None:
        return None
    outer = _parse_at(lines, *start)
    if outer is None:
        return None
    # Follow nested forwards that add nothing (Outlook forwarding a forward).
    current = outer
    for _ in range(5):
        inner_lines = current.text.split("\n")
        first = next((k for k, line in enumerate(inner_lines) if line.strip()), None)
        if first is None:
            break
        inner_start = _marker(inner_lines, first, only_at=first)
        if inner_start is None:
            break
        inner = _parse_at(inner_lines, *inner_start)
        if inner is None:
            break
        current = inner
    if current is outer:
        return outer
    return ForwardedOriginal(
        sender_name=current.sender_name,
        sender_address=current.sender_address,
        date_text=current.date_text,
        subject=current.subject,
        text=current.text,
        note=outer.note,
        client=outer.client,
    )


def _strip_quote(line: str) -> str:
    return line.lstrip(" \t>")


def _marker(
    lines: list[str], begin: int, only_at: int | None = None
) -> tuple[int, int, str] | None:
    """(marker line, first header line, client) of the first forward marker."""
    end = len(lines) if only_at is None else only_at + 1
    for i in range(begin, end):
        line = _strip_quote(lines[i])[:_PEEK].strip().strip("*").strip().lower()
        if not line:
            continue
        for pattern, client in _NAMED:
            if pattern.match(line):
                return i, i + 1, client
        key = _header_key(line)
        if key == "from" and _has_header_block(lines, i):
            return i, i, ""
        if _RULE.match(line) and i + 1 < len(lines) and _header_key(
            _strip_quote(lines[i + 1]).lower()
        ) == "from":
            return i, i + 1, ""
    return None


def _header_key(line: str) -> str | None:
    colon = line.find(":", 0, 25)
    if colon <= 0:
        return None
    return _KEYS.get(line[:colon].strip("*> \t").lower())


_TIME = re.compile(r"(?<![\d.])\d{1,2}[:.]\d{2}(?!\d|\.\d)")


def _has_header_block(lines: list[str], i: int) -> bool:
    """A From line that starts a real header block, not typed "Fra:"/"Til:" lines.

    Clients always write a time in Sendt:/Date: or an address in Fra:; people
    typing a letter head rarely do both keys and a time.
    """
    kinds = set()
    evidence = False
    for line in lines[i : i + 8]:
        stripped = _strip_quote(line)
        key = _header_key(stripped.lower())
        if key:
            kinds.add(key)
            value = stripped[stripped.find(":") + 1 :]
            if (key == "date" and _TIME.search(value)) or (key == "from" and "@" in value):
                evidence = True
    return "from" in kinds and "date" in kinds and len(kinds) >= 3 and evidence


def _parse_at(lines: list[str], marker: int, first: int, client: str) -> ForwardedOriginal | None:
    headers: dict[str, str] = {}
    k = first
    while k < len(lines) and not _strip_quote(lines[k]).strip():
        k += 1  # Apple and Gmail leave a blank line after the marker
    last: str | None = None
    raw_from = ""
    while k < len(lines) and k < first + 40:
        line = _strip_quote(lines[k]).strip()
        if not line:
            if headers:
                break
            k += 1
            continue
        key = _header_key(line)
        if key is None:
            if last is not None and (lines[k][:1] in " \t" or last in ("subject", "to", "cc")):
                # Wrapped header value (Gmail wraps long subjects, Outlook long Til:).
                headers[last] += " " + line.strip("* ")
                k += 1
                continue
            break
        value = line[line.find(":") + 1 :].strip().strip("*").strip()
        if key == "from" and key not in headers:
            raw_from = line[: line.find(":")].strip("*> \t").lower()
        if key not in headers:
            headers[key] = value
        last = key
        k += 1
    if "from" not in headers:
        return None
    quoted_depth = lines[marker].lstrip().startswith(">")
    body = [(_strip_quote(line) if quoted_depth else line) for line in lines[k:]]
    note = "\n".join(lines[:marker]).strip()
    name, address = _sender(headers["from"])
    return ForwardedOriginal(
        sender_name=name,
        sender_address=address,
        date_text=headers.get("date") or None,
        subject=headers.get("subject") or None,
        text="\n".join(body).strip("\n"),
        note=_drop_trailing_rule(note),
        client=client or ("outlook_da" if raw_from in ("fra", "afsender") else "outlook_en"),
    )


def _drop_trailing_rule(note: str) -> str:
    lines = note.split("\n")
    while lines and (not lines[-1].strip() or _RULE.match(lines[-1].strip())):
        lines.pop()
    return "\n".join(lines).strip()


def _sender(value: str) -> tuple[str | None, str | None]:
    """Name and validated lower-case address from a From: value as clients write it."""
    value = value[:_PEEK]
    address: str | None = None
    match = _MAILTO.search(value)
    if match:
        address = match.group(1) or match.group(2)
        value = _MAILTO.sub("", value)
    if address is None:
        match = _ANGLE.search(value)
        if match:
            address = match.group(1)
    if address is None:
        parsed = getaddresses([value])
        if parsed and "@" in parsed[0][1]:
            address = parsed[0][1]
    if address is None:
        match = _BARE.search(value)
        if match:
            address = match.group(0)
    name = _ANGLE.sub("", value)
    name = _BARE.sub("", name) if address else name
    name = name.replace("<", "").replace(">", "").strip().strip('"').strip("'").strip()
    return " ".join(name.split()) or None, valid_address(address)


def valid_address(address: str | None) -> str | None:
    """``address`` lower-cased if it is a plausible mail address, else None."""
    if address is None:
        return None
    candidate = address.strip().strip("<>").lower()
    if candidate.startswith("mailto:"):
        candidate = candidate[len("mailto:") :]
    if len(candidate) > 254 or not _ADDRESS.match(candidate):
        return None
    return candidate
