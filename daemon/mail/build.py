"""Outgoing mail: receipts, forwards and notices as RFC 5322 bytes.

Every message carries our deterministic Message-ID (<bp.{case}.{key}@{domain}>), the
case tag in the subject, In-Reply-To/References to the inquiry, and Auto-Submitted
(RFC 3834 section 5). Values from inbound mail pass clean_header, and the email
package's SMTP policy refuses CR/LF in headers, so no inbound value can add a header.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import hashlib
from email.message import EmailMessage

from daemon.mail.parse import clean_header

POLICY = email.policy.SMTP.clone(max_line_length=78)


def message_id(case_number: str, key: str, domain: str) -> str:
    return f"<bp.{case_number}.{key}@{domain}>"


def _references(inquiry_id: str, references: tuple[str, ...]) -> str:
    # RFC 5322 3.6.4: the parent's References plus the parent's Message-ID; keep it short.
    chain = [*references[-8:], inquiry_id]
    return " ".join(dict.fromkeys(chain))


def new_message(*, sender: str, sender_name: str, to: tuple[str, ...], cc: tuple[str, ...] = (),
                subject: str, msgid: str, in_reply_to: str | None,
                references: tuple[str, ...] = (), auto_submitted: str,
                date: dt.datetime) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    msg["From"] = email.utils.formataddr((clean_header(sender_name), sender))
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = clean_header(subject)
    msg["Date"] = email.utils.format_datetime(date)
    msg["Message-ID"] = msgid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = _references(in_reply_to, references)
    msg["Auto-Submitted"] = auto_submitted
    # Exchange: ask the receiving side not to send out-of-office replies to us (loops).
    msg["X-Auto-Response-Suppress"] = "All"
    msg["MIME-Version"] = "1.0"
    return msg


def with_attached_original(msg: EmailMessage, raw: bytes, filename: str) -> bytes:
    """The message as bytes with `raw` attached verbatim as message/rfc822 (RFC 2046 5.2.1).

    Verbatim, because re-serialising a parsed message would decode its encoded words and
    could turn an attacker's encoded CR/LF into real header lines, and would alter what
    the centre journalises. The email package cannot attach bytes unchanged, so a token
    part is generated and replaced by the original bytes.
    """
    token = "BORGERPOST-ORIGINAL-" + hashlib.sha256(raw).hexdigest()
    part = EmailMessage(policy=POLICY)
    part["Content-Type"] = "message/rfc822"
    part["Content-Disposition"] = f'attachment; filename="{clean_header(filename)}"'
    part["Content-Transfer-Encoding"] = "8bit" if any(b > 127 for b in raw) else "7bit"
    part.set_payload(token)
    msg.make_mixed()
    msg.attach(part)
    out = msg.as_bytes(policy=POLICY)
    boundary = msg.get_boundary() or ""
    body = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if boundary and boundary.encode() in body:
        raise ValueError("boundary collision")   # 2**63 odds; the caller retries
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return out.replace(token.encode() + b"\r\n", body, 1)
