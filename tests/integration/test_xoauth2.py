"""Exchange Online's OAuth2 path (issue 5) against real servers: SASL XOAUTH2 with app-only
tokens that daemon.auth.TokenProvider gets through msal (client credentials).

What runs against what:

* msal (ConfidentialClientApplication, as TokenProvider builds it from the `oauth2:`
  block) talks HTTPS to tests/servers/entra.py, a local stand-in for Entra ID named in
  `oauth2.authority`: OpenID configuration, then the token endpoint.
* ImapSource logs in to a real Dovecot 2.3 (tests/servers/dovecot.py, oauth2 mode):
  `auth_mechanisms = ... xoauth2 oauthbearer`, `passdb { driver = oauth2 }` with RFC
  7662 introspection (`introspection_mode = post`) at the same stand-in, which answers
  active + username for the tokens it issued.
* SmtpTransport authenticates to aiosmtpd (tests/servers/smtp.py) whose `auth_XOAUTH2`
  asks the stand-in about the token; the message is delivered into Dovecot.

The one seam: TokenProvider builds msal's ConfidentialClientApplication without
`instance_discovery=False`, so msal would ask login.microsoftonline.com whether
127.0.0.1 is an authority of Microsoft's. The `msal_authority` fixture passes that
argument (by wrapping the class); everything else (config → TokenProvider → msal →
HTTPS) is the production path, and the stand-in's CA is trusted via REQUESTS_CA_BUNDLE.
"""

from __future__ import annotations

import base64
import gc
import itertools
import logging
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from daemon.auth import REFRESH_MARGIN, xoauth2_string
from daemon.config.schema import MailboxCfg
from daemon.errors import PermanentFailure, TemporaryFailure
from daemon.mailboxes.imap import ImapSource
from daemon.transports.base import Outgoing
from daemon.transports.smtp import SmtpTransport
from tests.servers.dovecot import PASSWORD, Dovecot, free_port
from tests.servers.entra import (  # noqa: F401  (fixtures, registered by their names)
    App,
    TokenService,
    msal_authority_fixture,
    oauth2_dovecot_fixture,
    private_oauth2_dovecot_fixture,
    token_service_fixture,
)
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.integration

MAILBOX = "borgmester@ishoj.dk"
CITIZEN = "borger@example.dk"
_ids = itertools.count(1)


def inquiry(n: int) -> bytes:
    return (f"From: borger{n}@example.dk\r\nTo: {MAILBOX}\r\nSubject: Henvendelse {n}\r\n"
            f"Message-ID: <xoauth2-{n}@example.dk>\r\n\r\nHej {n}\r\n").encode()


def secrets_of(service: TokenService, app: App, user: str) -> list[str]:
    """Everything that must never reach an error text or a log line: the client secret,
    every token issued to the app, and each token's SASL XOAUTH2 string in base64."""
    found = [app.client_secret]
    for token in service.tokens_for(app):
        found += [token, base64.b64encode(xoauth2_string(user, token).encode()).decode()]
    return found


def assert_clean(text: str, service: TokenService, app: App, user: str) -> None:
    for secret in secrets_of(service, app, user):
        assert secret not in text


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every logger at DEBUG (ours, msal, imapclient, smtplib has none): the strictest
    setting an operator could choose."""
    caplog.set_level(logging.DEBUG)
    return caplog


@pytest.fixture
def open_source() -> Iterator[Callable[[Dovecot, str, dict[str, Any]], ImapSource]]:
    made: list[ImapSource] = []

    def make(server: Dovecot, user: str, oauth2: dict[str, Any]) -> ImapSource:
        cfg = server.imap_cfg(user, auth="oauth2", password=None, oauth2=oauth2)
        source = ImapSource("borgmester-pa", cfg)
        made.append(source)
        return source

    yield make
    for source in made:
        source.close()


def fetch_all(source: ImapSource) -> list[bytes]:
    return [item.raw for item in source.fetch(None)]


def xoauth2_logins(server: Dovecot, user: str, at_least: int = 0) -> int:
    """Dovecot's count of XOAUTH2 logins for `user`. Its log is written by another
    process a moment after the login: with `at_least`, wait (up to 10 s) for that many."""
    deadline = time.monotonic() + 10
    while True:
        count = server.log().count(f"Login: user=<{user}>, method=XOAUTH2")
        if count >= at_least or time.monotonic() > deadline:
            return count
        time.sleep(0.05)


# -- IMAP --------------------------------------------------------------------------------

def test_imap_source_logs_in_with_xoauth2_and_fetches(
        oauth2_dovecot: Dovecot, msal_authority: TokenService,
        open_source: Callable[..., ImapSource], debug_logs: pytest.LogCaptureFixture) -> None:
    user = oauth2_dovecot.new_user()
    app = msal_authority.register(user)
    oauth2_dovecot.deliver(user, inquiry(1))
    source = open_source(oauth2_dovecot, user, msal_authority.oauth2_block(app))

    assert fetch_all(source) == [inquiry(1)]

    # One token, from the token endpoint of the configured authority (after its OpenID
    # configuration); Dovecot took exactly that token, by introspection, for this user.
    [token] = msal_authority.tokens_for(app)
    tenant = msal_authority.tenant
    assert ("GET", f"/{tenant}/v2.0/.well-known/openid-configuration") in (
        msal_authority.requests)
    assert ("POST", f"/{tenant}/oauth2/v2.0/token") in msal_authority.requests
    assert token in msal_authority.introspected
    assert xoauth2_logins(oauth2_dovecot, user, at_least=1) == 1
    assert_clean(debug_logs.text, msal_authority, app, user)


def test_a_token_for_another_mailbox_is_refused_by_dovecot(
        private_oauth2_dovecot: Dovecot, msal_authority: TokenService,
        open_source: Callable[..., ImapSource], debug_logs: pytest.LogCaptureFixture) -> None:
    # The app is granted borger@example.dk; the source logs in as anden.borger@...:
    # a good token, but not for this mailbox.
    app = msal_authority.register("borger@example.dk")
    source = open_source(private_oauth2_dovecot, "anden.borger@example.org",
                         msal_authority.oauth2_block(app))
    with pytest.raises(TemporaryFailure) as failed:
        fetch_all(source)
    assert str(failed.value) == "imap:login"
    assert len(msal_authority.tokens_for(app)) == 1   # a token was got, and refused
    assert xoauth2_logins(private_oauth2_dovecot, "anden.borger@example.org") == 0
    assert_clean(str(failed.value) + debug_logs.text, msal_authority, app,
                 "anden.borger@example.org")


def test_a_token_dovecot_holds_expired_is_a_clean_login_failure(
        private_oauth2_dovecot: Dovecot, msal_authority: TokenService,
        open_source: Callable[..., ImapSource], debug_logs: pytest.LogCaptureFixture) -> None:
    server = private_oauth2_dovecot
    user = "borger@example.dk"
    app = msal_authority.register(user)
    server.deliver(user, inquiry(2))
    source = open_source(server, user, msal_authority.oauth2_block(app))
    assert fetch_all(source) == [inquiry(2)]
    [token] = msal_authority.tokens_for(app)

    # The server's clock says the token has expired (ours says it has most of an hour).
    msal_authority.expire(token)
    source.close()
    with pytest.raises(TemporaryFailure) as failed:
        fetch_all(source)

    assert str(failed.value) == "imap:login"
    assert failed.value.__cause__ is None and failed.value.__suppress_context__
    assert xoauth2_logins(server, user, at_least=1) == 1   # the first login only
    assert_clean(str(failed.value) + debug_logs.text, msal_authority, app, user)


def test_a_refused_token_is_not_offered_again(
        private_oauth2_dovecot: Dovecot, msal_authority: TokenService,
        open_source: Callable[..., ImapSource]) -> None:
    """The server refused a token our clock still thinks good (revoked, or expired by
    the server's clock): the next connect gets a new token instead of offering the
    refused one again until it nears expiry."""
    server = private_oauth2_dovecot
    user = "borger@example.dk"
    app = msal_authority.register(user)
    server.deliver(user, inquiry(3))
    source = open_source(server, user, msal_authority.oauth2_block(app))
    assert fetch_all(source) == [inquiry(3)]
    [first] = msal_authority.tokens_for(app)
    msal_authority.revoke(first)
    source.close()
    with pytest.raises(TemporaryFailure):
        fetch_all(source)
    assert fetch_all(source) == [inquiry(3)]
    tokens = msal_authority.tokens_for(app)
    assert len(tokens) == 2 and tokens[0] == first


def failure(call: Callable[[], object]) -> tuple[type[BaseException], str, list[str]]:
    """Run `call`, which must fail with one of our errors: (its type, its text, the
    ResourceWarnings its garbage gives). The exception is dropped before the garbage is
    collected: its traceback holds the frames, and so the connections, of the failure."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        try:
            call()
        except (TemporaryFailure, PermanentFailure) as exc:
            kind, text = type(exc), str(exc)
        else:
            raise AssertionError("no failure")
        gc.collect()
    return kind, text, [str(w.message) for w in caught
                        if issubclass(w.category, ResourceWarning)]


def test_a_wrong_client_secret_is_a_clean_permanent_failure(
        oauth2_dovecot: Dovecot, msal_authority: TokenService,
        open_source: Callable[..., ImapSource], debug_logs: pytest.LogCaptureFixture) -> None:
    user = oauth2_dovecot.new_user()
    app = msal_authority.register(user)
    wrong = msal_authority.oauth2_block(app, client_secret="secret-not-the-right-one")
    source = open_source(oauth2_dovecot, user, wrong)
    kind, text, _ = failure(lambda: fetch_all(source))
    assert (kind, text) == (PermanentFailure, "oauth2:invalid_client")
    assert msal_authority.tokens_for(app) == []
    assert "secret-not-the-right-one" not in text + debug_logs.text
    assert_clean(text + debug_logs.text, msal_authority, app, user)


def test_a_wrong_tenant_is_a_clean_permanent_failure(
        oauth2_dovecot: Dovecot, msal_authority: TokenService,
        open_source: Callable[..., ImapSource]) -> None:
    # The tenant's OpenID configuration answers 400; msal raises a ValueError whose text
    # names the authority. It used to escape TokenProvider as it was.
    user = oauth2_dovecot.new_user()
    app = msal_authority.register(user)
    wrong = msal_authority.oauth2_block(
        app, tenant_id="no-such-tenant",
        authority=f"{msal_authority.authority_base}/no-such-tenant")
    source = open_source(oauth2_dovecot, user, wrong)
    kind, text, _ = failure(lambda: fetch_all(source))
    assert (kind, text) == (PermanentFailure, "oauth2:configuration")
    assert msal_authority.tokens_for(app) == []


def test_an_unreachable_authority_is_a_temporary_failure(
        oauth2_dovecot: Dovecot, msal_authority: TokenService,
        open_source: Callable[..., ImapSource]) -> None:
    # Nothing listens there. requests' ConnectionError is an OSError, and used to come
    # out as "imap:connect:ConnectionError", blaming the IMAP server.
    user = oauth2_dovecot.new_user()
    app = msal_authority.register(user)
    nowhere = f"https://127.0.0.1:{free_port()}/{msal_authority.tenant}"
    source = open_source(oauth2_dovecot, user, msal_authority.oauth2_block(
        app, authority=nowhere))
    kind, text, _ = failure(lambda: fetch_all(source))
    assert (kind, text) == (TemporaryFailure, "oauth2:unreachable:ConnectionError")


def test_no_imap_connection_is_left_open_when_no_token_can_be_had(
        oauth2_dovecot: Dovecot, msal_authority: TokenService,
        open_source: Callable[..., ImapSource]) -> None:
    user = oauth2_dovecot.new_user()
    app = msal_authority.register(user)
    source = open_source(oauth2_dovecot, user,
                         msal_authority.oauth2_block(app, client_secret="secret-wrong"))
    _, _, leaks = failure(lambda: fetch_all(source))
    assert leaks == []


def test_the_token_is_reused_and_refreshed_before_it_expires(
        oauth2_dovecot: Dovecot, msal_authority: TokenService,
        open_source: Callable[..., ImapSource]) -> None:
    # A token that lives 8 s past the refresh margin: fresh for 8 s, then due for
    # renewal while the server would still take it. msal's own cache refuses tokens
    # with under 5 minutes left, the same margin, so the renewal is a real new token.
    user = oauth2_dovecot.new_user()
    app = msal_authority.register(user, expires_in=REFRESH_MARGIN + 8)
    oauth2_dovecot.deliver(user, inquiry(3))
    source = open_source(oauth2_dovecot, user, msal_authority.oauth2_block(app))
    started = time.monotonic()
    assert fetch_all(source) == [inquiry(3)]
    source.close()
    assert fetch_all(source) == [inquiry(3)]          # a new connection, the same token
    [first] = msal_authority.tokens_for(app)
    assert msal_authority.introspected.count(first) == 2

    time.sleep(max(0.0, started + 8.5 - time.monotonic()))
    source.close()
    assert fetch_all(source) == [inquiry(3)]
    first_again, second = msal_authority.tokens_for(app)
    assert first_again == first and second != first
    assert msal_authority.active(first)               # renewed before it expired
    assert msal_authority.introspected[-1] == second  # and Dovecot took the new one
    assert xoauth2_logins(oauth2_dovecot, user, at_least=3) == 3


def test_after_expiry_a_new_connection_gets_a_new_token(
        oauth2_dovecot: Dovecot, msal_authority: TokenService,
        open_source: Callable[..., ImapSource]) -> None:
    user = oauth2_dovecot.new_user()
    app = msal_authority.register(user, expires_in=1)
    oauth2_dovecot.deliver(user, inquiry(4))
    source = open_source(oauth2_dovecot, user, msal_authority.oauth2_block(app))
    assert fetch_all(source) == [inquiry(4)]
    [first] = msal_authority.tokens_for(app)
    time.sleep(1.2)
    assert not msal_authority.active(first)
    source.close()
    assert fetch_all(source) == [inquiry(4)]
    assert msal_authority.tokens_for(app)[1:] == [msal_authority.introspected[-1]]
    assert xoauth2_logins(oauth2_dovecot, user, at_least=2) == 2


# -- SMTP --------------------------------------------------------------------------------

def outgoing() -> Outgoing:
    n = next(_ids)
    message_id = f"<bp.BH-2026-{n:05d}.receipt-xoauth2@ishoj.dk>"
    raw = (f"From: Borgmesterens kontor <{MAILBOX}>\r\nTo: {CITIZEN}\r\n"
           f"Subject: Kvittering [BH-2026-{n:05d}]\r\nMessage-ID: {message_id}\r\n"
           "Auto-Submitted: auto-replied\r\n\r\nTak for din henvendelse.\r\n").encode()
    return Outgoing(message_id, MAILBOX, (CITIZEN,), raw)


def smtp_transport(dovecot: Dovecot, server: SmtpServer, oauth2: dict[str, Any]
                   ) -> SmtpTransport:
    source = dovecot.imap_cfg(MAILBOX).model_dump(mode="python")
    source["password"] = PASSWORD
    cfg = MailboxCfg.model_validate({
        "id": "borgmester-pa", "role": "mayor_pa", "address": MAILBOX, "source": source,
        "send": {"kind": "smtp", "host": server.host, "port": server.port,
                 "security": "none", "auth": "oauth2", "username": MAILBOX,
                 "oauth2": oauth2, "timeout_seconds": 10}})
    assert cfg.send.kind == "smtp"
    return SmtpTransport(cfg, cfg.send)


@pytest.fixture
def xoauth2_smtp(smtp_factory: Callable[..., SmtpServer], msal_authority: TokenService
                 ) -> SmtpServer:
    return smtp_factory(xoauth2_verify=lambda user, token: msal_authority.accepts(
        token, user, "SMTP.SendAsApp"))


def test_smtp_transport_sends_with_xoauth2(
        dovecot: Dovecot, xoauth2_smtp: SmtpServer, msal_authority: TokenService,
        debug_logs: pytest.LogCaptureFixture) -> None:
    app = msal_authority.register(MAILBOX)
    transport = smtp_transport(dovecot, xoauth2_smtp, msal_authority.oauth2_block(app))
    try:
        mail = outgoing()
        transport.send(mail)
    finally:
        transport.close()
    assert dovecot.find(CITIZEN, mail.message_id)
    assert xoauth2_smtp.received[-1].authenticated_as == MAILBOX
    [token] = msal_authority.tokens_for(app)
    assert token in msal_authority.introspected
    assert_clean(debug_logs.text, msal_authority, app, MAILBOX)


def test_smtp_refused_token_is_a_clean_temporary_failure(
        dovecot: Dovecot, xoauth2_smtp: SmtpServer, msal_authority: TokenService,
        debug_logs: pytest.LogCaptureFixture) -> None:
    # The app has IMAP but not SMTP.SendAsApp: the server refuses AUTH (535).
    app = msal_authority.register(MAILBOX, roles=("IMAP.AccessAsApp",))
    transport = smtp_transport(dovecot, xoauth2_smtp, msal_authority.oauth2_block(app))
    try:
        with pytest.raises(TemporaryFailure) as failed:
            transport.send(outgoing())
    finally:
        transport.close()
    assert str(failed.value).startswith("smtp:auth:535")
    assert xoauth2_smtp.received == []
    assert len(msal_authority.tokens_for(app)) == 1
    assert_clean(str(failed.value) + debug_logs.text, msal_authority, app, MAILBOX)


def test_smtp_wrong_client_secret_is_a_clean_permanent_failure(
        dovecot: Dovecot, xoauth2_smtp: SmtpServer, msal_authority: TokenService,
        debug_logs: pytest.LogCaptureFixture) -> None:
    app = msal_authority.register(MAILBOX)
    transport = smtp_transport(dovecot, xoauth2_smtp, msal_authority.oauth2_block(
        app, client_secret="secret-not-the-right-one"))
    try:
        kind, text, _ = failure(lambda: transport.send(outgoing()))
    finally:
        transport.close()
    assert (kind, text) == (PermanentFailure, "oauth2:invalid_client")
    assert "secret-not-the-right-one" not in text + debug_logs.text
    assert xoauth2_smtp.received == []


def test_no_smtp_session_is_left_open_when_no_token_can_be_had(
        dovecot: Dovecot, xoauth2_smtp: SmtpServer, msal_authority: TokenService) -> None:
    app = msal_authority.register(MAILBOX)
    transport = smtp_transport(dovecot, xoauth2_smtp, msal_authority.oauth2_block(
        app, client_secret="secret-wrong"))
    try:
        _, _, leaks = failure(lambda: transport.send(outgoing()))
    finally:
        transport.close()
    assert leaks == []
