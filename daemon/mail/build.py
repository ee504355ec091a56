"""Outgoing mail: receipts, forwards and notices as RFC 5322 bytes.

Every message carries our deterministic Message-ID (<bp.{case}.{key}@{domain}>), the
case tag in the subject, In-Reply-To/References to the inquiry, and Auto-Submitted
(RFC 3834 section 5). Values from inbound mail pass clean_header, and a header value
with CR or LF is refused here, so no inbound value can add a header.

Built on the email package's compat32 classes, not EmailMessage: the modern API parses
every header through its registry when it is set and again when it is written, which
was a fifth of the daemon's time per message (benchmarks/imap). The output is the same
mail (tests/test_build.py parses both and compares every header and part).
"""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import hashlib
import quopri
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from io import BytesIO

from daemon.mail.parse import clean_header

MAX_LINE = 78
POLICY = email.policy.SMTP.clone(max_line_length=MAX_LINE)   # for readers of our mail
_WRITE = email.policy.compat32.clone(linesep="\r\n", max_line_length=MAX_LINE)


def message_id(case_number: str, key: str, domain: str) -> str:
    return f"<bp.{case_number}.{key}@{domain}>"


def _references(inquiry_id: str, references: tuple[str, ...]) -> str:
    # RFC 5322 3.6.4: the parent's References plus the parent's Message-ID; keep it short.
    chain = [*references[-8:], inquiry_id]
    return " ".join(dict.fromkeys(chain))


def _checked(name: str, value: str) -> str:
    if "\r" in value or "\n" in value:
        raise ValueError(f"header {name} contains a line break")
    return value


def _text_part(text: str, subtype: str) -> MIMENonMultipart:
    """A UTF-8 text part: 7bit when it is plain ASCII, 8bit when every line is short,
    else quoted-printable (the choices EmailMessage.set_content makes)."""
    part = MIMENonMultipart("text", subtype, charset="utf-8")
    data = text.encode("utf-8")
    if not data.endswith(b"\n"):
        data += b"\n"
    lines = data.splitlines()
    if max((len(line) for line in lines), default=0) <= MAX_LINE:
        cte = "7bit" if data.isascii() else "8bit"
        body = b"\r\n".join(lines) + b"\r\n"
        part.set_payload(body.decode("ascii", "surrogateescape"))
    else:
        cte = "quoted-printable"
        encoded = quopri.encodestring(b"\n".join(lines) + b"\n")
        part.set_payload(encoded.decode("ascii"))
    part["Content-Transfer-Encoding"] = cte
    return part


class Mail:
    """An outgoing message being built: headers, a text body, optionally an HTML one."""

    def __init__(self, headers: list[tuple[str, str]]) -> None:
        self.headers = headers
        self.text: str | None = None
        self.html: str | None = None

    def set_content(self, text: str) -> None:
        self.text = text

    def add_alternative(self, html: str, subtype: str = "html") -> None:
        if subtype != "html" or self.text is None:
            raise ValueError("an HTML alternative follows the text")
        self.html = html

    def _body(self) -> Message:
        if self.text is None:
            raise ValueError("no content")
        if self.html is None:
            return _text_part(self.text, "plain")
        alternative = MIMEMultipart("alternative")
        alternative.attach(_text_part(self.text, "plain"))
        alternative.attach(_text_part(self.html, "html"))
        return alternative

    def message(self, attachment: Message | None = None) -> Message:
        """The whole message: our headers first, then the body's Content-* headers."""
        body = self._body()
        if attachment is not None:
            mixed = MIMEMultipart("mixed")
            mixed.attach(body)
            mixed.attach(attachment)
            body = mixed
        for part in body.walk():
            del part["MIME-Version"]   # the top carries ours; parts need none
        content = body.items()
        for name, _ in content:
            del body[name]
        for name, value in self.headers:
            body[name] = value
        for name, value in content:
            body[name] = value
        return body

    def as_bytes(self) -> bytes:
        return _flatten(self.message())


def _flatten(msg: Message) -> bytes:
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=_WRITE).flatten(msg)
    return out.getvalue()


def _encoded(name: str, value: str) -> str | Header:
    """Plain ASCII as it is; anything else, and text that merely looks like an encoded
    word ("=?"), as RFC 2047 encoded words, so a reader shows exactly `value`."""
    _checked(name, value)
    if value.isascii() and "=?" not in value:
        return value
    return Header(value, "utf-8", header_name=name)


def new_message(*, sender: str, sender_name: str, to: tuple[str, ...], cc: tuple[str, ...] = (),
                subject: str, msgid: str, in_reply_to: str | None,
                references: tuple[str, ...] = (), auto_submitted: str,
                date: dt.datetime) -> Mail:
    headers: list[tuple[str, str]] = [
        ("From", _checked("From", email.utils.formataddr((clean_header(sender_name), sender),
                                                          charset="utf-8"))),
        ("To", _checked("To", ", ".join(to)))]
    if cc:
        headers.append(("Cc", _checked("Cc", ", ".join(cc))))
    headers += [("Subject", _encoded("Subject", clean_header(subject))),  # type: ignore[list-item]
                ("Date", email.utils.format_datetime(date)),
                ("Message-ID", _checked("Message-ID", msgid))]
    if in_reply_to:
        headers += [("In-Reply-To", _checked("In-Reply-To", in_reply_to)),
                    ("References", _checked("References", _references(in_reply_to,
                                                                      references)))]
    headers += [("Auto-Submitted", auto_submitted),
                # Exchange: ask the receiving side not to send out-of-office replies to
                # us (loops).
                ("X-Auto-Response-Suppress", "All"),
                ("MIME-Version", "1.0")]
    return Mail(headers)


def with_attached_original(msg: Mail, raw: bytes, filename: str) -> bytes:
    """The message as bytes with `raw` attached verbatim as message/rfc822 (RFC 2046 5.2.1).

    Verbatim, because re-serialising a parsed message would decode its encoded words and
    could turn an attacker's encoded CR/LF into real header lines, and would alter what
    the centre journalises. The email package cannot attach bytes unchanged, so a token
    part is generated and replaced by the original bytes.
    """
    token = "BORGERPOST-ORIGINAL-" + hashlib.sha256(raw).hexdigest()
    part = Message()
    part["Content-Type"] = "message/rfc822"
    part["Content-Disposition"] = _checked(
        "Content-Disposition", f'attachment; filename="{clean_header(filename)}"')
    part["Content-Transfer-Encoding"] = "8bit" if any(b > 127 for b in raw) else "7bit"
    part.set_payload(token)
    whole = msg.message(attachment=part)
    out = _flatten(whole)
    boundary = whole.get_boundary() or ""
    body = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if boundary and boundary.encode() in body:
        raise ValueError("boundary collision")   # 2**63 odds; the caller retries
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return out.replace(token.encode() + b"\r\n", body, 1)
