"""daemon.mail.build writes the same mail the email package's modern API would.

The builder uses the compat32 classes for speed (the modern API re-parses every header);
the oracle here is the modern API itself (EmailMessage with the SMTP policy), as
daemon/mail/build.py used it before. Both outputs are parsed with policy.default and
compared header by header and part by part.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
from email.message import EmailMessage

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daemon.mail.build import new_message, with_attached_original
from daemon.mail.parse import clean_header

ORACLE_POLICY = email.policy.SMTP.clone(max_line_length=78)
DATE = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
HEADERS = ("From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
           "Auto-Submitted", "X-Auto-Response-Suppress", "MIME-Version")


def oracle(*, sender_name: str, subject: str, cc: tuple[str, ...], text: str,
           html: str | None) -> bytes:
    msg = EmailMessage(policy=ORACLE_POLICY)
    msg["From"] = email.utils.formataddr((clean_header(sender_name), "borgmester@ishoj.dk"))
    msg["To"] = "karen.j@example.dk"
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Subject"] = clean_header(subject)
    msg["Date"] = email.utils.format_datetime(DATE)
    msg["Message-ID"] = "<bp.BH-2026-00001.receipt@ishoj.dk>"
    msg["In-Reply-To"] = "<a1@mail.example.dk>"
    msg["References"] = "<r0@mail.example.dk> <a1@mail.example.dk>"
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["MIME-Version"] = "1.0"
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes(policy=ORACLE_POLICY)


def ours(*, sender_name: str, subject: str, cc: tuple[str, ...], text: str,
         html: str | None) -> bytes:
    msg = new_message(sender="borgmester@ishoj.dk", sender_name=sender_name,
                      to=("karen.j@example.dk",), cc=cc, subject=subject,
                      msgid="<bp.BH-2026-00001.receipt@ishoj.dk>",
                      in_reply_to="<a1@mail.example.dk>",
                      references=("<r0@mail.example.dk>",), auto_submitted="auto-replied",
                      date=DATE)
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def _header(msg: EmailMessage, name: str, lenient: bool) -> str | None:
    try:
        value = msg[name]
    except (AttributeError, IndexError):
        # The modern API cannot read back some display names it wrote itself (for
        # ". Å" it writes `. =?utf-8?q?=C3=85?=` and its parser fails on that); ours
        # encodes the whole name. Only the oracle's From is read leniently.
        if not lenient:
            raise
        return "(unreadable)"
    return str(value) if value is not None else None


def _parts(raw: bytes, lenient_from: bool = False
           ) -> tuple[dict[str, str | None], list[tuple[str, str]]]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert not msg.defects
    headers = {name: _header(msg, name, lenient_from and name == "From")  # type: ignore[arg-type]
               for name in HEADERS}
    parts = [(p.get_content_type(), p.get_content().replace("\r\n", "\n"))
             for p in msg.walk() if not p.is_multipart()]
    return headers, parts


def _lines(raw: bytes) -> list[bytes]:
    return raw.split(b"\r\n")


DANISH = st.text(alphabet=st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzæøåÆØÅ ,.;:'\"()-–!?=@<>[]0123456789é€")), max_size=120)
# Names as rules.yaml writes them. (With ":" or "<" the modern API itself writes a
# malformed From; ours quotes or encodes: test_display_names_with_specials_read_back.)
NAME = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzæøåÆØÅ ,.'-é")),
               max_size=60)
BODY = st.text(alphabet=st.sampled_from(list("abcæøå Ø\n.,-=?€x")), min_size=1, max_size=400)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(sender_name=NAME, subject=DANISH, text=BODY,
       html=st.none() | BODY.map(lambda t: f"<p>{t}</p>"),
       cc=st.sampled_from([(), ("direktoer.social@ishoj.dk",),
                           ("a@ishoj.dk", "b@ishoj.dk")]))
def test_same_mail_as_the_modern_api(sender_name: str, subject: str, text: str,
                                     html: str | None, cc: tuple[str, ...]) -> None:
    kwargs = {"sender_name": sender_name, "subject": subject, "cc": cc, "text": text,
              "html": html}
    want_headers, want_parts = _parts(oracle(**kwargs), lenient_from=True)
    got_headers, got_parts = _parts(ours(**kwargs))
    # Folding white space may differ; what a reader sees may not. From is compared with
    # what was asked instead: the modern API drops a leading comma from a display name,
    # and some names it writes it cannot read back.
    got_from, want_from = got_headers.pop("From"), want_headers.pop("From")
    assert got_from is not None and want_from is not None
    assert email.utils.parseaddr(got_from) == ((clean_header(sender_name)),
                                               "borgmester@ishoj.dk")
    assert {k: v and " ".join(v.split()) for k, v in got_headers.items()} == \
           {k: v and " ".join(v.split()) for k, v in want_headers.items()}
    assert got_parts == want_parts


def test_a_display_name_the_modern_api_cannot_read_back() -> None:
    # Found by Hypothesis: the oracle's From for ". Å" breaks its own parser.
    kwargs = {"sender_name": ". Å", "subject": "", "cc": (), "text": "=", "html": None}
    got_headers, _ = _parts(ours(**kwargs))
    assert email.utils.parseaddr(got_headers["From"] or "") == (". Å", "borgmester@ishoj.dk")
    assert _parts(oracle(**kwargs), lenient_from=True)[0]["From"] == "(unreadable)"


@given(text=BODY, subject=DANISH)
@settings(max_examples=80, deadline=None)
def test_lines_stay_within_the_limit_and_crlf(text: str, subject: str) -> None:
    raw = ours(sender_name="Ishøj Kommune", subject=subject, cc=(), text=text, html=None)
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 998 for line in _lines(raw))   # RFC 5322 2.1.1


def test_danish_text_goes_8bit_and_long_lines_quoted_printable() -> None:
    short = ours(sender_name="Ishøj Kommune", subject="Kvittering", cc=(),
                 text="Kære Søren\n\nVi har modtaget din henvendelse.\n", html=None)
    assert b"Content-Transfer-Encoding: 8bit" in short and "Kære".encode() in short
    long_line = ours(sender_name="Ishøj Kommune", subject="Kvittering", cc=(),
                     text="æ" * 200, html=None)
    assert b"Content-Transfer-Encoding: quoted-printable" in long_line
    assert max(len(line) for line in _lines(long_line)) <= 78


@pytest.mark.parametrize("bad", ["Emne\r\nBcc: x@evil.example", "Emne\nX: y"])
def test_a_line_break_in_a_header_value_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        new_message(sender="borgmester@ishoj.dk", sender_name="Ishøj", to=("a@b.dk",),
                    subject="ok", msgid=f"<{bad}>", in_reply_to=None,
                    auto_submitted="auto-replied", date=DATE)
    with pytest.raises(ValueError):
        new_message(sender="borgmester@ishoj.dk", sender_name="Ishøj", to=(bad,),
                    subject="ok", msgid="<m@ishoj.dk>", in_reply_to=None,
                    auto_submitted="auto-replied", date=DATE)


def test_text_that_looks_like_an_encoded_word_reads_as_written() -> None:
    subject = "Se =?utf-8?q?Bcc=3A_x=0D=0A?= her"
    raw = ours(sender_name="Ishøj", subject=subject, cc=(), text="x", html=None)
    assert str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"]) == subject


def test_attached_original_is_verbatim() -> None:
    original = (b"From: =?utf-8?b?S2FyZW4NCkJjYzogeEBldmlsLmV4YW1wbGU=?= <k@example.dk>\r\n"
                b"Subject: Hj\xc3\xa6lp\r\n\r\nTekst med \xc3\xa6\xc3\xb8\xc3\xa5\r\n")
    msg = new_message(sender="borgmester@ishoj.dk", sender_name="Borgerpost, Ishøj",
                      to=("centerchef@ishoj.dk",), subject="[BH-1] Borgerhenvendelse",
                      msgid="<bp.BH-1.forward@ishoj.dk>", in_reply_to=None,
                      auto_submitted="auto-generated", date=DATE)
    msg.set_content("Følgebrev")
    raw = with_attached_original(msg, original, "henvendelse-BH-1.eml")
    assert original in raw
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed.get_content_type() == "multipart/mixed"
    kinds = [p.get_content_type() for p in parsed.iter_parts()]
    assert kinds == ["text/plain", "message/rfc822"]
    assert parsed.get_body(("plain",)).get_content().strip() == "Følgebrev"
    assert parsed["Bcc"] is None


@given(name=DANISH)
@settings(max_examples=100, deadline=None)
def test_display_names_with_specials_read_back(name: str) -> None:
    raw = ours(sender_name=name, subject="x", cc=(), text="x", html=None)
    sender = email.message_from_bytes(raw, policy=email.policy.default)["From"]
    assert sender.addresses[0].addr_spec == "borgmester@ishoj.dk"
    assert sender.addresses[0].display_name == clean_header(name)
