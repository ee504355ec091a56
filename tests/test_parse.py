"""Parsing: real-world shapes decode right, hostile input only ever raises MessageError."""

from __future__ import annotations

import base64
import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daemon.errors import MessageError
from daemon.mail.parse import clean_header, parse

from .conftest import eml


def test_plain_mail() -> None:
    m = parse(eml())
    assert m.sender is not None and m.sender.addr == "karen.j@gmail.com"
    assert m.sender.name == "Karen Jensen"
    assert m.message_id == "<a1@mail.gmail.com>"
    assert "hjemmehjælp" in m.text
    assert m.date is not None and m.date.utcoffset() is not None


def test_latin1_quoted_printable() -> None:
    raw = (b"From: =?iso-8859-1?q?S=F8ren_=C6bel=F8?= <soren@mail.dk>\r\nSubject: =?iso-8859-1?q?"
           b"Sp=F8rgsm=E5l_om_ejendomsskat?=\r\nMessage-ID: <x@y>\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=iso-8859-1\r\n"
           b"Content-Transfer-Encoding: quoted-printable\r\n\r\nK=E6re kommune, hvorn=E5r?\r\n")
    m = parse(raw)
    assert m.subject == "Spørgsmål om ejendomsskat"
    assert m.sender is not None and m.sender.name == "Søren Æbelø"
    assert "Kære kommune, hvornår?" in m.text


def test_html_only_becomes_text() -> None:
    raw = (b"From: a@b.dk\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: text/html; "
           b"charset=utf-8\r\n\r\n<html><head><style>p{}</style></head><body><p class=MsoNormal>"
           b"Hej&nbsp;med dig</p><p>Linje 2<br>Linje 3</p><script>x()</script></body></html>")
    m = parse(raw)
    assert m.text == "Hej med dig\n\nLinje 2\nLinje 3"
    assert m.html is not None


def test_attached_message_is_a_forwarded_original() -> None:
    inner = eml(sender="Ole <ole@gmail.com>", subject="Skolebus", body="Bussen kommer ikke.")
    raw = (b"From: mette.larsen@ishoj.dk\r\nSubject: VS: Skolebus\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain"
           b"\r\n\r\nTil jer.\r\n--XX\r\nContent-Type: message/rfc822\r\n\r\n" + inner +
           b"\r\n--XX--\r\n")
    m = parse(raw)
    assert len(m.forwarded) == 1
    original = m.forwarded[0]
    assert original.sender is not None and original.sender.addr == "ole@gmail.com"
    assert original.subject == "Skolebus" and "Bussen kommer ikke." in original.text
    assert original.how == "attached:rfc822"


def test_encoded_crlf_is_header_injection() -> None:
    evil = base64.b64encode(b"Hej\r\nBcc: evil@example.com").decode()
    with pytest.raises(MessageError, match="header_injection"):
        parse(eml(subject=f"=?utf-8?b?{evil}?="))
    lone_lf = "=?utf-8?q?a=0Ab?="
    with pytest.raises(MessageError, match="header_injection"):
        parse(eml(extra=f"X-Note: {lone_lf}\r\n"))
    # Folded headers are not injection.
    assert parse(eml(subject="Et langt emne\r\n om hjemmepleje")).subject == \
        "Et langt emne om hjemmepleje"
    assert clean_header("a\r\nb\x00c") == "a b c"


def test_null_return_path_and_missing_message_id() -> None:
    raw = b"Return-Path: <>\r\nFrom: MAILER-DAEMON@x.dk\r\nSubject: fejl\r\n\r\nbody"
    m = parse(raw)
    assert m.return_path == ""
    assert m.message_id.startswith("<missing.") and m.message_id == parse(raw).message_id


@pytest.mark.parametrize("raw", [
    b"",
    b"\x00\x00\x00",
    b"Content-Type: multipart/mixed; boundary=b\r\n\r\n" + b"--b\r\nContent-Type: multipart/"
    b"mixed; boundary=b\r\n\r\n" * 3000,
    b"From: a@b.dk\r\nContent-Type: text/plain; charset=x-unknown-42\r\n\r\n\xff\xfe\xfd",
    b"From: a@b.dk\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    b"!!!not base64@@@",
    b"From: a@b.dk\r\nContent-Type: multipart/mixed\r\n\r\nno boundary at all",
    b"From: a@b.dk\r\nSubject: " + b"A" * 200_000 + b"\r\n\r\nx",
    b"From: " + b"<" * 10000 + b"\r\n\r\n",
    b"From: a@b.dk\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n" + b"--q\r\n\r\nx\r\n"
    * 5000,
])
def test_hostile_input_parses_or_raises_message_error(raw: bytes) -> None:
    try:
        m = parse(raw)
    except MessageError:
        return
    assert isinstance(m.text, str)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_escape(raw: bytes) -> None:
    # Either a Message or MessageError; any other exception fails the test.
    with contextlib.suppress(MessageError):
        parse(raw)


HEADERS = st.sampled_from([b"From", b"To", b"Subject", b"Content-Type", b"Message-ID",
                           b"Content-Transfer-Encoding", b"Return-Path", b"References",
                           b"Date", b"Auto-Submitted"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(HEADERS, st.binary(max_size=200)), max_size=12),
       st.binary(max_size=2000))
def test_arbitrary_headers_never_escape(headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    raw = b"".join(name + b": " + value + b"\r\n" for name, value in headers) + b"\r\n" + body
    with contextlib.suppress(MessageError):
        parse(raw)
