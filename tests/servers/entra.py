"""A local OAuth2 token service for the XOAUTH2 tests: a stand-in for Microsoft Entra ID.

It is not Entra ID and was not recorded from a tenant. It speaks only documented wire
formats, the parts that msal and Dovecot use:

* **Authority** (for msal's ConfidentialClientApplication, over HTTPS, because msal
  takes only https authorities; the certificate is from a throw-away CA,
  tests/servers/tls.py `write_ca_and_server`):
  `GET /{tenant}/v2.0/.well-known/openid-configuration` (OpenID Connect Discovery 1.0,
  section 4: `issuer`, `authorization_endpoint`, `token_endpoint`, ...) and
  `POST /{tenant}/oauth2/v2.0/token` with `grant_type=client_credentials`, `client_id`,
  `client_secret`, `scope` (RFC 6749 4.4; Microsoft identity platform "OAuth 2.0 client
  credentials flow": the scope is `{resource}/.default`). Success is
  `{"token_type": "Bearer", "expires_in": N, "ext_expires_in": N, "access_token": ...}`;
  a wrong secret is 401 `invalid_client`, a scope other than the app's resource 400
  `invalid_scope` (RFC 6749 5.2); an unknown tenant's OpenID configuration is a 400.
* **Introspection** (for Dovecot's oauth2 passdb, plain HTTP on loopback):
  `POST /introspect` with `token=...` (RFC 7662 2.1), answered
  `{"active": true, "username": mailbox, "client_id": ..., "scope": roles, "exp": ...}`
  for a live token this service issued and `{"active": false}` for anything else
  (RFC 7662 2.2: an inactive token gets nothing but `active`).

App-only model: Exchange Online accepts an app-only token for a mailbox when the app's
service principal was given access to that mailbox (`Add-MailboxPermission`) and holds
`IMAP.AccessAsApp` / `SMTP.SendAsApp`. Dovecot's oauth2 passdb instead compares the
login name with one attribute of the token, so here each registered app is granted one
mailbox, which introspection returns as `username`, and its roles go out as `scope`.

Tokens are opaque random strings (Entra's are signed JWTs; Dovecot in introspection
mode treats them as opaque, so nothing here depends on their shape). Lifetimes are per
app (`expires_in`), short where a test needs a token to age.

Knobs: `register(mailbox, ...)`, `revoke(token)` and `expire(token)` (the token stops
being active: what a server sees when it was revoked, or when its clock runs ahead),
`accepts(token, mailbox, role)` (the same decision, for the SMTP test server),
`tokens_for(app)` (every token issued to it, in order), `active(token)`, `requests`
(method and path, nothing else),
`introspected` (the tokens a server found active, in order).

Fixtures (registered under the names in quotes; a test module imports the
`*_fixture` functions): "token_service" (module scope), "msal_authority",
"oauth2_dovecot" (module scope), "private_oauth2_dovecot".
"""

from __future__ import annotations

import contextlib
import functools
import json
import secrets
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from .dovecot import CITIZENS, Dovecot, dovecot_version, find_dovecot, require_or_skip
from .tls import server_context, write_ca_and_server

OUTLOOK_RESOURCE = "https://outlook.office365.com"
IMAP_ROLES = ("IMAP.AccessAsApp", "SMTP.SendAsApp")


@dataclass(frozen=True)
class App:
    """A registered client application (an app registration with a client secret)."""

    client_id: str
    client_secret: str
    mailbox: str
    expires_in: int
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Issued:
    token: str
    client_id: str
    scope: str
    expires_at: float   # time.time() of expiry


@dataclass
class _State:
    tenant: str
    apps: dict[str, App] = field(default_factory=dict)
    tokens: dict[str, Issued] = field(default_factory=dict)
    revoked: set[str] = field(default_factory=set)
    issued: list[Issued] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    introspected: list[str] = field(default_factory=list)   # active answers, in order
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    server_version = "entra-stand-in/1"
    state: _State
    base_url: str   # the HTTPS authority's scheme://host:port

    def log_message(self, format: str, *args: Any) -> None:
        # One line per request on stderr would drown the test output; `requests` has them.
        return

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8", "replace")
        return {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}

    def _record(self) -> None:
        with self.state.lock:
            self.state.requests.append((self.command, urllib.parse.urlsplit(self.path).path))

    def do_GET(self) -> None:
        self._record()
        path = urllib.parse.urlsplit(self.path).path
        tenant = self.state.tenant
        if path == f"/{tenant}/v2.0/.well-known/openid-configuration":
            base = f"{self.base_url}/{tenant}"
            self._reply(200, {
                "issuer": f"{base}/v2.0",
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "jwks_uri": f"{base}/discovery/v2.0/keys",
                "response_types_supported": ["code", "id_token", "code id_token"],
                "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "token_endpoint_auth_methods_supported": [
                    "client_secret_post", "private_key_jwt", "client_secret_basic"],
                "tenant_region_scope": "EU",
            })
            return
        if path.endswith("/.well-known/openid-configuration"):
            self._reply(400, {"error": "invalid_tenant",
                              "error_description": "Tenant not found."})
            return
        self._reply(404, {"error": "not_found"})

    def do_POST(self) -> None:
        self._record()
        path = urllib.parse.urlsplit(self.path).path
        form = self._form()
        if path == "/introspect":
            self._introspect(form)
        elif path.endswith("/oauth2/v2.0/token"):
            self._token(path, form)
        else:
            self._reply(404, {"error": "not_found"})

    def _token(self, path: str, form: dict[str, str]) -> None:
        state = self.state
        if path != f"/{state.tenant}/oauth2/v2.0/token":
            self._reply(400, {"error": "invalid_request",
                              "error_description": "Tenant not found."})
            return
        if form.get("grant_type") != "client_credentials":
            self._reply(400, {"error": "unsupported_grant_type"})
            return
        with state.lock:
            app = state.apps.get(form.get("client_id", ""))
        if app is None or not secrets.compare_digest(form.get("client_secret", ""),
                                                     app.client_secret):
            self._reply(401, {"error": "invalid_client",
                              "error_description": "Invalid client secret provided."})
            return
        scope = form.get("scope", "")
        if scope.split() != [f"{OUTLOOK_RESOURCE}/.default"]:
            self._reply(400, {"error": "invalid_scope",
                              "error_description": "The provided scope is not valid."})
            return
        issued = Issued(secrets.token_urlsafe(32), app.client_id, scope,
                        time.time() + app.expires_in)
        with state.lock:
            state.tokens[issued.token] = issued
            state.issued.append(issued)
        self._reply(200, {"token_type": "Bearer", "expires_in": app.expires_in,
                          "ext_expires_in": app.expires_in,
                          "access_token": issued.token})

    def _introspect(self, form: dict[str, str]) -> None:
        state = self.state
        token = form.get("token", "")
        with state.lock:
            issued = state.tokens.get(token)
            app = None
            if issued is not None and token not in state.revoked and (
                    time.time() < issued.expires_at):
                app = state.apps.get(issued.client_id)
            if app is not None:
                state.introspected.append(token)
        if issued is None or app is None:
            self._reply(200, {"active": False})
            return
        self._reply(200, {"active": True, "username": app.mailbox,
                          "client_id": app.client_id, "scope": " ".join(app.roles),
                          "token_type": "Bearer", "exp": int(issued.expires_at)})


class TokenService:
    """The stand-in authority (HTTPS) and introspection endpoint (HTTP), on loopback."""

    host = "127.0.0.1"

    def __init__(self, ca: Path, cert: Path, key: Path,
                 tenant: str = "ishoj-test-tenant") -> None:
        self.ca = ca   # what msal must trust (requests' `verify=`)
        self.state = _State(tenant=tenant)

        class Handler(_Handler):
            pass

        Handler.state = self.state
        self._https = ThreadingHTTPServer((self.host, 0), Handler)
        self._https.socket = server_context(cert, key).wrap_socket(self._https.socket,
                                                                   server_side=True)
        self._http = ThreadingHTTPServer((self.host, 0), Handler)
        Handler.base_url = self.authority_base
        self._threads: list[threading.Thread] = []

    # -- addresses ------------------------------------------------------------------

    @property
    def tenant(self) -> str:
        return self.state.tenant

    @property
    def authority_base(self) -> str:
        return f"https://{self.host}:{self._https.server_address[1]}"

    @property
    def authority(self) -> str:
        """What goes into `oauth2.authority` (msal's `authority=`)."""
        return f"{self.authority_base}/{self.tenant}"

    @property
    def introspection_url(self) -> str:
        return f"http://{self.host}:{self._http.server_address[1]}/introspect"

    # -- apps and tokens ------------------------------------------------------------

    def register(self, mailbox: str, *, expires_in: int = 3599,
                 roles: tuple[str, ...] = IMAP_ROLES) -> App:
        """A new app registration with a client secret, granted `mailbox` only."""
        app = App(client_id=f"app-{secrets.token_hex(8)}",
                  client_secret=f"secret-{secrets.token_urlsafe(24)}",
                  mailbox=mailbox.lower(), expires_in=expires_in, roles=roles)
        with self.state.lock:
            self.state.apps[app.client_id] = app
        return app

    def oauth2_block(self, app: App, **overrides: Any) -> dict[str, Any]:
        """The `oauth2:` block of rules.yaml for `app`, pointing msal at this service."""
        values: dict[str, Any] = {"tenant_id": self.tenant, "client_id": app.client_id,
                                  "client_secret": app.client_secret,
                                  "authority": self.authority}
        values.update(overrides)
        return values

    def tokens_for(self, app: App) -> list[str]:
        with self.state.lock:
            return [i.token for i in self.state.issued if i.client_id == app.client_id]

    def revoke(self, token: str) -> None:
        """From now on introspection answers `active: false` for `token`."""
        with self.state.lock:
            self.state.revoked.add(token)

    def expire(self, token: str) -> None:
        """`token` expires now by this service's clock (`exp` in the past): what a
        server sees when its clock runs ahead of the client's."""
        with self.state.lock:
            issued = self.state.tokens[token]
            self.state.tokens[token] = Issued(issued.token, issued.client_id, issued.scope,
                                              time.time() - 1)

    def accepts(self, token: str, mailbox: str, role: str) -> bool:
        """What a resource server decides from introspection: live, issued to an app
        granted `mailbox`, holding `role`. The SMTP test server asks this."""
        with self.state.lock:
            app = self._live_app(token)
            ok = app is not None and app.mailbox == mailbox.lower() and role in app.roles
            if ok:
                self.state.introspected.append(token)
            return ok

    def active(self, token: str) -> bool:
        with self.state.lock:
            return self._live_app(token) is not None

    def _live_app(self, token: str) -> App | None:
        issued = self.state.tokens.get(token)
        if issued is None or token in self.state.revoked or time.time() >= issued.expires_at:
            return None
        return self.state.apps.get(issued.client_id)

    @property
    def requests(self) -> list[tuple[str, str]]:
        with self.state.lock:
            return list(self.state.requests)

    @property
    def introspected(self) -> list[str]:
        """The tokens found active by introspection (Dovecot) or `accepts` (SMTP), in
        order: which token a server actually took."""
        with self.state.lock:
            return list(self.state.introspected)

    # -- process --------------------------------------------------------------------

    def start(self) -> None:
        for server in (self._https, self._http):
            thread = threading.Thread(target=server.serve_forever, daemon=True,
                                      kwargs={"poll_interval": 0.1})
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        for server in (self._https, self._http):
            with contextlib.suppress(Exception):
                server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)


@pytest.fixture(scope="module", name="token_service")
def token_service_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TokenService]:
    service = TokenService(*write_ca_and_server(tmp_path_factory.mktemp("entra")))
    service.start()
    try:
        yield service
    finally:
        service.stop()


@pytest.fixture(name="msal_authority")
def msal_authority_fixture(token_service: TokenService, monkeypatch: pytest.MonkeyPatch
                   ) -> TokenService:
    """The token service, with msal (as daemon.auth.TokenProvider builds it) able to use
    it as `oauth2.authority`:

    * msal trusts the service's CA through REQUESTS_CA_BUNDLE, which requests prefers
      over a session's own `verify` (and which this machine sets to the system bundle):
      what an operator does for an internal CA;
    * msal.ConfidentialClientApplication gets `instance_discovery=False`, msal's
      documented switch for an authority the application knows. Without it msal asks
      login.microsoftonline.com whether 127.0.0.1 is an authority of Microsoft's before
      anything else (and again, for aliases, after an error answer), which fails
      offline and is refused online. TokenProvider does not pass it; this is the one
      seam, and the production change that would make it unnecessary is to pass it
      whenever `oauth2.authority` is configured.
    """
    import msal

    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(token_service.ca))
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    monkeypatch.setattr(msal, "ConfidentialClientApplication", functools.partial(
        msal.ConfidentialClientApplication, instance_discovery=False))
    return token_service


def _oauth2_dovecot(service: TokenService) -> Dovecot:
    binary = find_dovecot()
    if binary is None:
        require_or_skip("dovecot", "apt-get install dovecot-imapd")
        raise AssertionError("unreachable")
    if dovecot_version(binary) >= (2, 4):
        pytest.skip("the Dovecot oauth2 mode (tests/servers/dovecot.py) is written for 2.3")
    server = Dovecot(binary, CITIZENS, oauth2_introspection_url=service.introspection_url)
    try:
        server.start()
    except Exception:
        server.cleanup()
        raise
    return server


@pytest.fixture(scope="module", name="oauth2_dovecot")
def oauth2_dovecot_fixture(token_service: TokenService) -> Iterator[Dovecot]:
    """A Dovecot whose XOAUTH2/OAUTHBEARER logins are checked by `token_service`
    (tests that log in successfully; PLAIN/LOGIN with the test password still work)."""
    server = _oauth2_dovecot(token_service)
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture(name="private_oauth2_dovecot")
def private_oauth2_dovecot_fixture(token_service: TokenService) -> Iterator[Dovecot]:
    """The same, of the test's own: for tests whose logins fail on purpose (Dovecot's
    per-IP auth penalty would slow every later login on a shared one)."""
    server = _oauth2_dovecot(token_service)
    try:
        yield server
    finally:
        server.cleanup()
