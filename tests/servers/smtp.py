"""An aiosmtpd SMTP server for the tests, delivering into the Dovecot mailboxes.

`smtp_server` (function scope) listens on a free loopback port and delivers every
accepted message into the Dovecot INBOX of each recipient that is a Dovecot user (IMAP
APPEND as that user, with Return-Path and Delivered-To added as an MTA would), so a
test reads the receipt in the citizen's mailbox and the forward in the centre chief's.
Recipients Dovecot does not know go to `catch_all`. Every accepted envelope is also in
`received`.

Faults on demand: `server.fail("RCPT", "450 4.2.1 Mailbox busy")` answers the next RCPT
(or MAIL, DATA) with that reply; `server.refuse("someone@x", "550 5.1.1 No such user")`
refuses one recipient for good. `smtp_factory(auth={"user": "pw"})` starts a server
that offers AUTH PLAIN/LOGIN (and XOAUTH2 with `xoauth2_tokens`) without TLS (loopback
only) and refuses MAIL from a client that has not authenticated.
`smtp_factory(xoauth2_verify=check)` offers XOAUTH2 and asks `check(user, token)`
whether the token is good for that mailbox (tests/servers/entra.py's token service).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from .dovecot import Dovecot, free_port
from .tls import server_context


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    authenticated_as: str | None = None


@dataclass
class _Handler:
    dovecot: Dovecot | None
    auth: dict[str, str] | None
    xoauth2_tokens: dict[str, str] | None
    xoauth2_verify: Callable[[str, str], bool] | None = None
    received: list[Received] = field(default_factory=list)
    catch_all: list[Received] = field(default_factory=list)
    failures: dict[str, list[str]] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    noops: int = 0
    drops_after_data: int = 0

    async def handle_NOOP(self, server: SMTP, session: Session, envelope: Envelope,
                          arg: str) -> str:
        with self.lock:
            self.noops += 1
        return "250 OK"

    def _injected(self, stage: str) -> str | None:
        with self.lock:
            queue = self.failures.get(stage)
            return queue.pop(0) if queue else None

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, mail_options: list[str]) -> str:
        if (self.auth is not None or self.xoauth2_tokens is not None
                or self.xoauth2_verify is not None) and not session.authenticated:
            return "530 5.7.0 Authentication required"
        reply = self._injected("MAIL")
        if reply:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        reply = self._injected("RCPT") or self.refused.get(address.lower())
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        reply = self._injected("DATA")
        if reply:
            return reply
        raw = envelope.original_content or b""
        login = getattr(session, "login_data", None)
        message = Received(str(envelope.mail_from), list(envelope.rcpt_tos), raw,
                           login.decode() if isinstance(login, bytes) else login)
        known = set(self.dovecot.users) if self.dovecot is not None else set()
        try:
            for rcpt in envelope.rcpt_tos:
                if rcpt.lower() in known and self.dovecot is not None:
                    trace = (f"Return-Path: <{envelope.mail_from}>\r\n"
                             f"Delivered-To: {rcpt.lower()}\r\n").encode()
                    self.dovecot.deliver(rcpt.lower(), trace + raw)
                else:
                    with self.lock:
                        self.catch_all.append(Received(message.mail_from, [rcpt], raw))
        except Exception:
            return "451 4.3.0 Local delivery failed"
        with self.lock:
            self.received.append(message)
            drop, self.drops_after_data = self.drops_after_data > 0, max(
                0, self.drops_after_data - 1)
        if drop:
            # Taken, but the connection is lost before the client reads the 250.
            server.transport.close()
        return "250 OK"

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        # SASL XOAUTH2 (Microsoft/Google): base64("user=U^Aauth=Bearer T^A^A").
        import base64

        if self.xoauth2_tokens is None and self.xoauth2_verify is None:
            return AuthResult(success=False, handled=False)
        if len(args) > 1:
            blob: Any = base64.b64decode(args[1])
        else:
            blob = await server.challenge_auth("")
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=False)
        match = re.match(rb"user=([^\x01]*)\x01auth=Bearer ([^\x01]*)\x01\x01$", blob)
        if match is None:
            return AuthResult(success=False, handled=False)
        user, token = match.group(1).decode(), match.group(2).decode()
        if self.xoauth2_verify is not None:
            # Asked in a thread: the check may be slow, the event loop serves others.
            good = await asyncio.to_thread(self.xoauth2_verify, user, token)
        else:
            good = (self.xoauth2_tokens or {}).get(user) == token
        if good:
            return AuthResult(success=True, auth_data=LoginPassword(match.group(1), b""))
        return AuthResult(success=False, handled=False)


class SmtpServer:
    host = "127.0.0.1"

    def __init__(self, dovecot: Dovecot | None, auth: dict[str, str] | None = None,
                 xoauth2_tokens: dict[str, str] | None = None,
                 tls: str = "none",
                 xoauth2_verify: Callable[[str, str], bool] | None = None) -> None:
        """tls: "none", "starttls" (offered, not required) or "implicit" (port 465 style);
        both with the Dovecot fixture's self-signed certificate. xoauth2_verify: a
        check(user, token) for XOAUTH2, instead of the fixed `xoauth2_tokens`."""
        self.handler = _Handler(dovecot, auth, xoauth2_tokens, xoauth2_verify)
        self.port = free_port()
        kwargs: dict[str, Any] = {}
        if auth is not None or xoauth2_tokens is not None or xoauth2_verify is not None:
            kwargs.update(authenticator=self._authenticate, auth_require_tls=False)
        if tls != "none":
            assert dovecot is not None
            context = server_context(dovecot.cert, dovecot.key)
            if tls == "starttls":
                kwargs.update(tls_context=context, require_starttls=False)
            else:
                kwargs.update(ssl_context=context)
        self.controller = Controller(self.handler, hostname=self.host, port=self.port,
                                     **kwargs)

    def _authenticate(self, server: SMTP, session: Session, envelope: Envelope,
                      mechanism: str, auth_data: Any) -> AuthResult:
        auth = self.handler.auth or {}
        if isinstance(auth_data, LoginPassword):
            user, password = auth_data.login.decode(), auth_data.password.decode()
            if auth.get(user) == password:
                return AuthResult(success=True, auth_data=auth_data)
        return AuthResult(success=False, handled=False)

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    @property
    def catch_all(self) -> list[Received]:
        return self.handler.catch_all

    def fail(self, stage: str, reply: str, times: int = 1) -> None:
        """Answer the next `times` MAIL/RCPT/DATA commands with `reply`."""
        assert stage in {"MAIL", "RCPT", "DATA"}
        with self.handler.lock:
            self.handler.failures.setdefault(stage, []).extend([reply] * times)

    def drop_after_data(self, times: int = 1) -> None:
        """Take the next `times` messages, then close the connection before the 250."""
        with self.handler.lock:
            self.handler.drops_after_data += times

    @property
    def noops(self) -> int:
        return self.handler.noops

    def refuse(self, address: str, reply: str = "550 5.1.1 No such user") -> None:
        self.handler.refused[address.lower()] = reply

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.controller.stop()


@pytest.fixture
def smtp_factory(dovecot: Dovecot) -> Iterator[Callable[..., SmtpServer]]:
    servers: list[SmtpServer] = []

    def make(**kwargs: Any) -> SmtpServer:
        server = SmtpServer(dovecot, **kwargs)
        server.start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def smtp_server(smtp_factory: Callable[..., SmtpServer]) -> SmtpServer:
    return smtp_factory()
