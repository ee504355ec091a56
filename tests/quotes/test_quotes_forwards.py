"""Forwarded inquiries: classifiers.forwards and daemon.mail.outlook_msg (issue 4, part 2)."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.forwards import find_inline_forward, valid_address
from daemon.mail.outlook_msg import read_msg

CITIZEN = "Hej, min mor er dement og får for lidt hjælp.\nJens"


@pytest.mark.parametrize(
    ("forward", "client", "date"),
    [
        ("---------- Videresendt meddelelse ---------\nFra: Jens Jensen <Jens.Jensen@Gmail.com>"
         "\nDate: man. 3. mar. 2025 kl. 10.12\nSubject: Hjemmepleje\nTo: Anne <a@ishoj.dk>\n\n",
         "gmail", "man. 3. mar. 2025 kl. 10.12"),
        ("-----Oprindelig meddelelse-----\nFra: Jens Jensen [mailto:jens.jensen@gmail.com]\n"
         "Sendt: 3. marts 2025 10:12\nTil: Anne Holm\nEmne: Hjemmepleje\n\n",
         "outlook_da", "3. marts 2025 10:12"),
        ("________________________________\nFrom: Jens Jensen <jens.jensen@gmail.com>\n"
         "Sent: Monday, March 3, 2025 10:12 AM\nTo: Anne Holm\nSubject: Hjemmepleje\n\n",
         "outlook_en", "Monday, March 3, 2025 10:12 AM"),
        ("________________________________\nFra: Jens Jensen <jens.jensen@gmail.com>\n"
         "Sendt: 3. marts 2025 10:12\nTil: Anne Holm\nEmne: Hjemmepleje\n\n",
         "outlook_da", "3. marts 2025 10:12"),
        ("Start på videresendt besked:\n\nFra: Jens Jensen <jens.jensen@gmail.com>\n"
         "Emne: Hjemmepleje\nDato: 3. marts 2025 kl. 10.12.34 CET\nTil: Anne <a@ishoj.dk>\n\n",
         "apple", "3. marts 2025 kl. 10.12.34 CET"),
        ("-------- Videresendt meddelelse --------\nEmne: Hjemmepleje\n"
         "Dato: Mon, 3 Mar 2025 10:12:00 +0100\nFra: Jens Jensen <jens.jensen@gmail.com>\n"
         "Til: a@ishoj.dk\n\n", "thunderbird", "Mon, 3 Mar 2025 10:12:00 +0100"),
        ("-------- Oprindelig besked --------\nFra: Jens Jensen <jens.jensen@gmail.com>\n"
         "Dato: 03-03-2025 10:12 (GMT+01:00)\nTil: Anne <a@ishoj.dk>\nEmne: Hjemmepleje\n\n",
         "samsung", "03-03-2025 10:12 (GMT+01:00)"),
    ],
)
def test_inline_forward_text(forward: str, client: str, date: str) -> None:
    found = find_inline_forward("Til orientering.\n\nAnne\n\n" + forward + CITIZEN)
    assert found is not None
    assert found.client == client
    assert found.sender_name == "Jens Jensen"
    assert found.sender_address in ("jens.jensen@gmail.com",)
    assert found.date_text == date
    assert found.subject == "Hjemmepleje"
    assert found.text == CITIZEN
    assert found.note == "Til orientering.\n\nAnne"


def test_apple_forward_quoted_with_prefix() -> None:
    body = ("Se her\n\n> Start på videresendt besked:\n>\n> Fra: Karin <karin@icloud.com>\n"
            "> Emne: Affald\n> Dato: 3. marts 2025 kl. 10.12\n> Til: t@ishoj.dk\n>\n"
            "> Affaldet er ikke hentet.\n")
    found = find_inline_forward(body)
    assert found is not None
    assert found.sender_address == "karin@icloud.com"
    assert found.text == "Affaldet er ikke hentet."


def test_html_gmail_forward() -> None:
    html = (
        '<div dir="ltr">Til orientering.<br><div class="gmail_quote"><div class="gmail_attr">'
        "---------- Videresendt meddelelse ---------<br>Fra: <strong>Camilla Juhl</strong> "
        '<span>&lt;<a href="mailto:camilla.juhl@gmail.com">camilla.juhl@gmail.com</a>&gt;'
        "</span><br>Date: tir. 4. mar. 2025 kl. 09.15<br>Subject: Dagpleje<br>To: "
        "a@ishoj.dk<br></div><br><div>Vi har ikke fået dagplejeplads.</div></div></div>"
    )
    found = find_inline_forward("", html)
    assert found is not None
    assert (found.sender_name, found.sender_address) == ("Camilla Juhl", "camilla.juhl@gmail.com")
    assert found.subject == "Dagpleje"
    assert found.text == "Vi har ikke fået dagplejeplads."
    assert found.client == "gmail"


def test_forward_of_forward_without_note_reaches_the_citizen() -> None:
    body = (
        "Kan I svare borgeren?\n\n-----Oprindelig meddelelse-----\nFra: Anne Holm <a@ishoj.dk>\n"
        "Sendt: 3. marts 2025 11:00\nTil: Bo\nEmne: VS: Hjemmepleje\n\n"
        "-----Oprindelig meddelelse-----\nFra: Jens Jensen <jens.jensen@gmail.com>\n"
        "Sendt: 3. marts 2025 10:12\nTil: Anne Holm\nEmne: Hjemmepleje\n\n" + CITIZEN
    )
    found = find_inline_forward(body)
    assert found is not None
    assert found.sender_address == "jens.jensen@gmail.com"
    assert found.note == "Kan I svare borgeren?"
    assert found.text == CITIZEN


@pytest.mark.parametrize(
    "body",
    [
        "Hej\n\nJeg har et spørgsmål om affald.",
        "Til: Ishøj Kommune\nFra: Jens Hansen\nDato: 3. marts 2025\nEmne: Klage\n\nTekst",
        "Den 3. marts 2025 kl. 10.12 skrev Jens <jj@x.dk>:\n> hej",
        "",
    ],
)
def test_no_forward(body: str) -> None:
    assert find_inline_forward(body) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jens.Jensen@Gmail.COM", "jens.jensen@gmail.com"),
        ("mailto:a@b.dk", "a@b.dk"),
        ("not an address", None),
        ("a@b", None),
        ("a b@c.dk", None),
        (None, None),
        ("x" * 300 + "@b.dk", None),
    ],
)
def test_valid_address(raw: str | None, expected: str | None) -> None:
    assert valid_address(raw) == expected


def test_sender_without_address_keeps_the_name() -> None:
    body = ("-----Oprindelig meddelelse-----\nFra: Holm, Anne\nSendt: 3. marts 2025 10:12\n"
            "Til: Bo\nEmne: X\n\nTekst")
    found = find_inline_forward(body)
    assert found is not None
    assert (found.sender_name, found.sender_address) == ("Holm, Anne", None)


@settings(max_examples=150, deadline=None)
@given(st.text(), st.one_of(st.none(), st.text()))
def test_find_inline_forward_never_raises(text: str, html: str | None) -> None:
    find_inline_forward(text, html)


# -- Outlook .msg ------------------------------------------------------------------------

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize(
    "data", [b"", b"garbage", OLE, OLE + b"\x00" * 4096, OLE + bytes(range(256)) * 20]
)
def test_read_msg_garbage_is_none(data: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    assert read_msg(data) is None
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""


class _FakeMsg:
    sender = "Jens Jensen <Jens.Jensen@Gmail.com>"
    senderEmail = "jens.jensen@gmail.com"
    date = "2025-03-03 10:12:00+01:00"
    subject = "Hjemmepleje"
    body = "Hej\r\nMin mor er dement.\r\n"
    closed = False

    def close(self) -> None:
        self.closed = True


def test_read_msg_maps_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("extract_msg")
    opened: list[Any] = []

    def open_msg(data: bytes, **kwargs: Any) -> _FakeMsg:
        print("extract-msg chatter that must not leak")
        msg = _FakeMsg()
        opened.append(msg)
        return msg

    fake.openMsg = open_msg  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "extract_msg", fake)
    found = read_msg(OLE + b"\x00" * 512)
    assert found is not None
    assert found.sender_name == "Jens Jensen"
    assert found.sender_address == "jens.jensen@gmail.com"
    assert found.subject == "Hjemmepleje"
    assert found.text == "Hej\nMin mor er dement."
    assert found.client == "outlook_msg"
    assert opened[0].closed


def test_read_msg_without_extract_msg(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "extract_msg", None)
    assert read_msg(OLE + b"\x00" * 512) is None


OUTLOOK = Path(__file__).parent / "fixtures" / "outlook"


def test_read_msg_on_a_real_outlook_file() -> None:
    """A .msg saved by Outlook itself (fixtures/outlook/README.md), through extract-msg."""
    found = read_msg((OUTLOOK / "bounce.msg").read_bytes())
    assert found is not None and found.client == "outlook_msg"
    assert found.sender_name == "Mail Delivery Subsystem"
    assert found.sender_address == "mailer-daemon@tjdpf.org.cn"
    assert found.subject == "投递状态通知 (Failure Notice)"
    assert found.date_text is not None and found.date_text.startswith("2017-11-27 09:44:30")
    assert found.text.startswith("Hi. This is an automatically generated Delivery Status")
    assert "\r" not in found.text


def test_read_msg_on_a_real_file_without_a_sender() -> None:
    found = read_msg((OUTLOOK / "embedded.msg").read_bytes())
    assert found is not None
    assert (found.sender_address, found.subject, found.text) == (None, "outer subject",
                                                                 "Outer body")
