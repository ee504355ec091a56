"""daemon.transports.smtp against aiosmtpd (tests/servers/smtp.py), delivering into
Dovecot (tests/servers/dovecot.py), with the Sent folder on Dovecot."""

from __future__ import annotations

import itertools
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from daemon.config.schema import MailboxCfg
from daemon.errors import PermanentFailure, TemporaryFailure
from daemon.transports.base import Outgoing
from daemon.transports.smtp import RateCap, SmtpTransport
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.integration

CITIZEN = "borger@example.dk"
CHIEF = "centerchef.cvv@ishoj.dk"
DIRECTOR = "direktoer.social@ishoj.dk"
MAILBOX = "borgmester@ishoj.dk"
_ids = itertools.count(1)


def outgoing(to: tuple[str, ...] = (CITIZEN,), kind: str = "receipt") -> Outgoing:
    n = next(_ids)
    message_id = f"<bp.BH-2026-{n:05d}.{kind}@ishoj.dk>"
    raw = (f"From: Borgmesterens kontor <{MAILBOX}>\r\nTo: {', '.join(to)}\r\n"
           f"Subject: Kvittering [BH-2026-{n:05d}]\r\nMessage-ID: {message_id}\r\n"
           "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
           "\r\nTak for din henvendelse. Du får svar senest den 7. december 2026.\r\n"
           ).encode()
    return Outgoing(message_id, MAILBOX, to, raw)


def mailbox_cfg(dovecot: Dovecot, server: SmtpServer, *, sent_folder: str | None = "Sent",
                **send: Any) -> MailboxCfg:
    values: dict[str, Any] = {"kind": "smtp", "host": server.host, "port": server.port,
                              "security": "none", "auth": "none", "timeout_seconds": 10}
    values.update(send)
    source = dovecot.imap_cfg(MAILBOX, sent_folder=sent_folder).model_dump(mode="python")
    source["password"] = PASSWORD
    return MailboxCfg.model_validate({"id": "borgmester-pa", "role": "mayor_pa",
                                      "address": MAILBOX, "source": source, "send": values})


@pytest.fixture
def transport_for(dovecot: Dovecot) -> Iterator[Callable[..., SmtpTransport]]:
    made: list[SmtpTransport] = []

    def make(server: SmtpServer, **kwargs: Any) -> SmtpTransport:
        transport_kwargs = {k: kwargs.pop(k) for k in ("clock", "sleep", "tokens")
                            if k in kwargs}
        cfg = mailbox_cfg(dovecot, server, **kwargs)
        assert cfg.send.kind == "smtp"
        transport = SmtpTransport(cfg, cfg.send, **transport_kwargs)
        made.append(transport)
        return transport

    yield make
    for transport in made:
        transport.close()


def test_receipt_reaches_the_citizen_and_forward_the_chief(
        dovecot: Dovecot, smtp_server: SmtpServer,
        transport_for: Callable[..., SmtpTransport]) -> None:
    transport = transport_for(smtp_server)
    receipt = outgoing()
    forward = outgoing((CHIEF, DIRECTOR), kind="forward")
    transport.send(receipt)
    transport.send(forward)   # the second send reuses the session
    [got] = dovecot.find(CITIZEN, receipt.message_id)
    assert got.endswith(receipt.raw)
    assert b"Return-Path: <borgmester@ishoj.dk>" in got
    assert dovecot.find(CHIEF, forward.message_id)
    assert dovecot.find(DIRECTOR, forward.message_id)
    assert not dovecot.find(CHIEF, receipt.message_id)
    assert [r.mail_from for r in smtp_server.received] == [MAILBOX, MAILBOX]


def test_unknown_recipients_go_to_the_catch_all(smtp_server: SmtpServer,
                                                transport_for: Callable[..., SmtpTransport]
                                                ) -> None:
    transport_for(smtp_server).send(outgoing(("ukendt@example.net",)))
    assert [r.rcpt_tos for r in smtp_server.catch_all] == [["ukendt@example.net"]]


def test_envelope_sender_from_config(smtp_server: SmtpServer,
                                     transport_for: Callable[..., SmtpTransport]) -> None:
    transport_for(smtp_server, envelope_from="bounces@ishoj.dk").send(outgoing())
    assert smtp_server.received[-1].mail_from == "bounces@ishoj.dk"


def test_sent_copy_is_appended_seen_and_found_by_already_sent(
        dovecot: Dovecot, smtp_server: SmtpServer,
        transport_for: Callable[..., SmtpTransport]) -> None:
    transport = transport_for(smtp_server)
    mail = outgoing()
    assert transport.already_sent(mail.message_id) is False
    transport.send(mail)
    assert transport.already_sent(mail.message_id) is True
    # Without angle brackets too, and a restarted transport finds it as well.
    assert transport_for(smtp_server).already_sent(mail.message_id.strip("<>")) is True
    copies = [d for d in dovecot.messages(MAILBOX, "Sent").values()
              if d[b"BODY[]"] == mail.raw]
    assert len(copies) == 1 and b"\\Seen" in copies[0][b"FLAGS"]


def test_already_sent_matches_the_whole_message_id(
        dovecot: Dovecot, smtp_server: SmtpServer,
        transport_for: Callable[..., SmtpTransport]) -> None:
    # SEARCH HEADER is a substring match: <bp.X.receipt@d> must not match
    # <bp.X.receipt2@d> or <xbp.X.receipt@d>.
    transport = transport_for(smtp_server)
    mail = outgoing()
    longer = Outgoing(mail.message_id.replace("receipt", "receipt2"), MAILBOX,
                      mail.recipients, mail.raw.replace(b"receipt@", b"receipt2@"))
    transport.send(longer)
    assert transport.already_sent(longer.message_id)
    assert not transport.already_sent(mail.message_id)
    assert not transport.already_sent(mail.message_id.replace("receipt@", "rec@"))


def test_without_sent_folder_already_sent_is_false(
        dovecot: Dovecot, smtp_server: SmtpServer,
        transport_for: Callable[..., SmtpTransport]) -> None:
    transport = transport_for(smtp_server, sent_folder=None)
    mail = outgoing()
    transport.send(mail)
    assert transport.already_sent(mail.message_id) is False


def test_append_to_sent_can_be_turned_off(
        dovecot: Dovecot, smtp_server: SmtpServer,
        transport_for: Callable[..., SmtpTransport]) -> None:
    transport = transport_for(smtp_server, append_to_sent=False)
    mail = outgoing()
    transport.send(mail)
    assert not dovecot.find(MAILBOX, mail.message_id, "Sent")
    assert transport.already_sent(mail.message_id) is False


@pytest.mark.parametrize(("stage", "reply", "error", "code"), [
    ("MAIL", "451 4.3.0 Try again later", TemporaryFailure, "smtp:mail:451:4.3.0"),
    ("RCPT", "450 4.2.1 Mailbox busy", TemporaryFailure, "smtp:rcpt:450:4.2.1"),
    ("DATA", "452 4.3.1 Insufficient storage", TemporaryFailure, "smtp:data:452:4.3.1"),
    ("MAIL", "550 5.7.60 SendAsDenied", PermanentFailure, "smtp:mail:550:5.7.60"),
    ("RCPT", "550 5.1.1 <borger@example.dk> unknown", PermanentFailure,
     "smtp:rcpt:550:5.1.1"),
    ("DATA", "554 5.6.0 Message rejected", PermanentFailure, "smtp:data:554:5.6.0"),
])
def test_reply_codes_map_to_failures(dovecot: Dovecot, smtp_server: SmtpServer,
                                     transport_for: Callable[..., SmtpTransport],
                                     stage: str, reply: str, error: type[Exception],
                                     code: str) -> None:
    transport = transport_for(smtp_server)
    mail = outgoing()
    smtp_server.fail(stage, reply)
    with pytest.raises(error) as failure:
        transport.send(mail)
    assert str(failure.value) == code
    assert CITIZEN not in str(failure.value)
    assert not dovecot.find(CITIZEN, mail.message_id)
    assert not transport.already_sent(mail.message_id)
    transport.send(mail)   # the session is usable again; the retry goes through
    assert dovecot.find(CITIZEN, mail.message_id)


def test_partial_refusal_is_sent_and_held(dovecot: Dovecot, smtp_server: SmtpServer,
                                          transport_for: Callable[..., SmtpTransport]
                                          ) -> None:
    smtp_server.refuse(DIRECTOR, "550 5.1.1 No such user")
    transport = transport_for(smtp_server)
    mail = outgoing((CHIEF, DIRECTOR), kind="forward")
    with pytest.raises(PermanentFailure) as failure:
        transport.send(mail)
    assert str(failure.value) == "smtp:partial:550:5.1.1"
    assert dovecot.find(CHIEF, mail.message_id)
    assert transport.already_sent(mail.message_id)   # so a retry does not send twice


def test_server_down_is_a_temporary_failure(dovecot: Dovecot, smtp_server: SmtpServer,
                                            transport_for: Callable[..., SmtpTransport]
                                            ) -> None:
    transport = transport_for(smtp_server)
    smtp_server.stop()
    with pytest.raises(TemporaryFailure) as failure:
        transport.send(outgoing())
    assert str(failure.value).startswith("smtp:connect:")


def drop(transport: SmtpTransport) -> None:
    """End the TCP connection as a server's idle timeout would. (Closing the socket
    object is not enough: smtplib's reply file keeps the descriptor open, and the
    session goes on working.)"""
    assert transport._smtp is not None and transport._smtp.sock is not None
    transport._smtp.sock.shutdown(socket.SHUT_RDWR)


def test_session_survives_a_server_that_dropped_it(
        dovecot: Dovecot, smtp_factory: Callable[..., SmtpServer],
        transport_for: Callable[..., SmtpTransport]) -> None:
    server = smtp_factory()
    transport = transport_for(server)
    transport.send(outgoing())
    assert transport._smtp is not None
    drop(transport)
    mail = outgoing()
    transport.send(mail)
    assert dovecot.find(CITIZEN, mail.message_id)


def test_a_burst_reuses_the_session_without_a_noop_per_mail(
        dovecot: Dovecot, smtp_server: SmtpServer,
        transport_for: Callable[..., SmtpTransport]) -> None:
    transport = transport_for(smtp_server)
    mails = [outgoing() for _ in range(3)]
    for mail in mails:
        transport.send(mail)
    assert smtp_server.noops == 0
    assert [m.raw for m in smtp_server.received] == [m.raw for m in mails]


def test_an_idle_session_is_probed_and_replaced_when_dropped(
        dovecot: Dovecot, smtp_factory: Callable[..., SmtpServer],
        transport_for: Callable[..., SmtpTransport]) -> None:
    now = [1000.0]
    server = smtp_factory()
    transport = transport_for(server, clock=lambda: now[0])
    transport.send(outgoing())
    now[0] += 60                      # idle for a minute: probe before use
    transport.send(outgoing())
    assert server.noops == 1
    assert transport._smtp is not None
    drop(transport)
    now[0] += 60
    mail = outgoing()
    transport.send(mail)
    assert server.noops == 1          # the probe on the closed socket never arrived
    assert dovecot.find(CITIZEN, mail.message_id)


def test_a_connection_lost_after_data_is_not_sent_again_blindly(
        dovecot: Dovecot, smtp_server: SmtpServer,
        transport_for: Callable[..., SmtpTransport]) -> None:
    # The server may have taken the message: only the Sent-folder check may decide to
    # send again, so the transport reports a temporary failure and does not retry.
    transport = transport_for(smtp_server)
    transport.send(outgoing())        # the session is now reused without a probe
    smtp_server.drop_after_data()
    mail = outgoing()
    with pytest.raises(TemporaryFailure) as failure:
        transport.send(mail)
    assert str(failure.value).startswith("smtp:connection:")
    assert [m.raw for m in smtp_server.received].count(mail.raw) == 1
    assert transport.already_sent(mail.message_id) is False   # append_to_sent: its own copy


# -- AUTH ----------------------------------------------------------------------------

def test_auth_login_and_plain(dovecot: Dovecot, smtp_factory: Callable[..., SmtpServer],
                              transport_for: Callable[..., SmtpTransport]) -> None:
    server = smtp_factory(auth={"borgmester@ishoj.dk": "smtp-kode"})
    transport = transport_for(server, auth="login", username="borgmester@ishoj.dk",
                              password="smtp-kode")
    mail = outgoing()
    transport.send(mail)
    assert server.received[-1].authenticated_as == "borgmester@ishoj.dk"
    assert dovecot.find(CITIZEN, mail.message_id)


def test_auth_none_against_a_server_that_requires_auth(
        smtp_factory: Callable[..., SmtpServer],
        transport_for: Callable[..., SmtpTransport]) -> None:
    server = smtp_factory(auth={"borgmester@ishoj.dk": "smtp-kode"})
    # The operator's to fix (a password, not the message): retry, do not hold.
    with pytest.raises(TemporaryFailure) as failure:
        transport_for(server).send(outgoing())
    assert str(failure.value) == "smtp:mail:530:5.7.0"


def test_wrong_smtp_password_is_temporary_and_secret_free(
        smtp_factory: Callable[..., SmtpServer],
        transport_for: Callable[..., SmtpTransport]) -> None:
    server = smtp_factory(auth={"borgmester@ishoj.dk": "smtp-kode"})
    transport = transport_for(server, auth="login", username="borgmester@ishoj.dk",
                              password="Forkert-kode-9")
    with pytest.raises(TemporaryFailure) as failure:
        transport.send(outgoing())
    assert str(failure.value).startswith("smtp:auth:535")
    assert "Forkert" not in repr(failure.value) and "borgmester" not in repr(failure.value)


class FakeTokens:
    def __init__(self, token: str) -> None:
        self.value = token
        self.invalidated = 0

    def token(self) -> str:
        return self.value

    def invalidate(self) -> None:
        self.invalidated += 1


def _oauth2_block() -> dict[str, str]:
    return {"tenant_id": "t", "client_id": "c", "client_secret": "s"}


def test_xoauth2(dovecot: Dovecot, smtp_factory: Callable[..., SmtpServer],
                 transport_for: Callable[..., SmtpTransport]) -> None:
    server = smtp_factory(xoauth2_tokens={"borgmester@ishoj.dk": "tok-123"})
    transport = transport_for(server, auth="oauth2", username="borgmester@ishoj.dk",
                              oauth2=_oauth2_block(), tokens=FakeTokens("tok-123"))
    mail = outgoing()
    transport.send(mail)
    assert server.received[-1].authenticated_as == "borgmester@ishoj.dk"
    refused = FakeTokens("expired")
    bad = transport_for(server, auth="oauth2", username="borgmester@ishoj.dk",
                        oauth2=_oauth2_block(), tokens=refused)
    with pytest.raises(TemporaryFailure) as failure:
        bad.send(outgoing())
    assert str(failure.value).startswith("smtp:auth:")
    assert "expired" not in str(failure.value)
    assert refused.invalidated == 1   # the refused token is not offered again


# -- rate cap ------------------------------------------------------------------------

class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_rate_cap_allows_n_per_minute_then_waits() -> None:
    clock = FakeClock()
    cap = RateCap(3, clock, clock.sleep)
    for _ in range(3):
        cap.acquire()
    assert clock.slept == []
    cap.acquire()                      # the 4th waits until the 1st is a minute old
    assert clock.slept == [60.0]
    clock.now += 30
    cap.acquire()                      # 2nd and 3rd are 60 s old now: free
    assert clock.slept == [60.0]


def test_rate_cap_never_exceeds_n_in_any_minute() -> None:
    clock = FakeClock()
    cap = RateCap(5, clock, clock.sleep)
    times = []
    for i in range(40):
        clock.now += (i % 7) * 1.5     # irregular arrivals
        cap.acquire()
        times.append(clock.now)
    for start in times:
        assert sum(1 for t in times if start <= t < start + 60) <= 5


def test_transport_uses_the_rate_cap(dovecot: Dovecot, smtp_server: SmtpServer,
                                     transport_for: Callable[..., SmtpTransport]) -> None:
    clock = FakeClock()
    transport = transport_for(smtp_server, rate_per_minute=2, clock=clock,
                              sleep=clock.sleep)
    for _ in range(3):
        transport.send(outgoing())
    assert clock.slept == [60.0]
    assert len(smtp_server.received) == 3


# -- transport security --------------------------------------------------------------

@pytest.mark.parametrize(("server_tls", "security"), [("starttls", "starttls"),
                                                      ("implicit", "tls")])
def test_starttls_and_implicit_tls(dovecot: Dovecot, smtp_factory: Callable[..., SmtpServer],
                                   transport_for: Callable[..., SmtpTransport],
                                   server_tls: str, security: str) -> None:
    server = smtp_factory(tls=server_tls)
    transport = transport_for(server, security=security, verify_tls=False)
    mail = outgoing()
    transport.send(mail)
    assert transport._smtp is not None and transport._smtp.sock.version() is not None
    assert dovecot.find(CITIZEN, mail.message_id)


def test_untrusted_certificate_and_missing_starttls_are_refused(
        smtp_factory: Callable[..., SmtpServer],
        transport_for: Callable[..., SmtpTransport]) -> None:
    with pytest.raises(TemporaryFailure) as untrusted:
        transport_for(smtp_factory(tls="starttls"), security="starttls").send(outgoing())
    assert str(untrusted.value).startswith("smtp:connect:")
    # A server that does not offer STARTTLS: never fall back to plain text.
    with pytest.raises(TemporaryFailure) as plain:
        transport_for(smtp_factory(), security="starttls").send(outgoing())
    assert str(plain.value) == "smtp:starttls-not-offered"
