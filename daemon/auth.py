"""OAuth2 app-only tokens (client credentials) from Microsoft Entra ID, via msal.

Used by IMAP/SMTP XOAUTH2 (scope https://outlook.office365.com/.default) and by Graph
(scope https://graph.microsoft.com/.default). msal caches the token; we ask again a few
minutes before it expires so that a long IDLE never runs on a stale token.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from daemon.config.schema import OAuth2
from daemon.errors import ConfigError, PermanentFailure, TemporaryFailure

OUTLOOK_SCOPE = "https://outlook.office365.com/.default"
GRAPH_SCOPE = "https://graph.microsoft.com/.default"
REFRESH_MARGIN = 300   # seconds before expiry


class TokenProvider:
    def __init__(self, cfg: OAuth2, default_scope: str,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.cfg = cfg
        self.scope = cfg.scope or default_scope
        self.clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires = 0.0
        self._app: Any = None

    def _application(self) -> Any:
        if self._app is None:
            import msal

            credential: Any
            if self.cfg.client_secret is not None:
                credential = self.cfg.client_secret.get_secret_value()
            else:
                path = self.cfg.certificate_path or ""
                try:
                    with open(path, encoding="utf-8") as handle:
                        key = handle.read()
                except OSError:
                    raise ConfigError([f"oauth2.certificate_path: cannot read {path}"]) from None
                credential = {"private_key": key,
                              "thumbprint": self.cfg.certificate_thumbprint or ""}
            authority = (self.cfg.authority
                         or f"https://login.microsoftonline.com/{self.cfg.tenant_id}")
            try:
                # msal fetches the tenant's OpenID configuration here.
                # A configured authority is known to the operator: msal must not ask
                # login.microsoftonline.com about it (its documented pattern for known
                # authorities); the default authority is looked up as before.
                self._app = msal.ConfidentialClientApplication(
                    self.cfg.client_id, client_credential=credential, authority=authority,
                    instance_discovery=False if self.cfg.authority else None)
            except ValueError:
                # msal refused the configuration: an authority that is no https URL or
                # has no OpenID configuration (an unknown tenant), or a certificate key
                # it cannot read. The operator's to fix; msal's text names the tenant.
                raise PermanentFailure("oauth2:configuration") from None
            except OSError as exc:   # requests' errors are OSErrors
                raise TemporaryFailure(f"oauth2:unreachable:{type(exc).__name__}") from None
        return self._app

    def invalidate(self) -> None:
        """Forget the token (and msal's cache with the app): the server refused it — a
        revoked grant, or a permission granted after it was issued. Without this the
        refused token would be offered again until it nears expiry (up to an hour)."""
        with self._lock:
            self._token = None
            self._expires = 0.0
            self._app = None

    def token(self) -> str:
        """A valid access token; PermanentFailure or TemporaryFailure with a code (never
        msal's description, nor a secret) when none can be had."""
        with self._lock:
            if self._token is not None and self.clock() < self._expires - REFRESH_MARGIN:
                return self._token
            try:
                result = self._application().acquire_token_for_client(scopes=[self.scope])
            except OSError as exc:   # the token endpoint did not answer
                raise TemporaryFailure(f"oauth2:unreachable:{type(exc).__name__}") from None
            if "access_token" not in result:
                # msal's error codes are safe to log; its descriptions may echo ids.
                code = str(result.get("error", "unknown"))
                if code in {"invalid_client", "unauthorized_client", "invalid_scope"}:
                    raise PermanentFailure(f"oauth2:{code}")
                raise TemporaryFailure(f"oauth2:{code}")
            self._token = str(result["access_token"])
            self._expires = self.clock() + float(result.get("expires_in", 3600))
            return self._token


def xoauth2_string(username: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (Microsoft, Google): user=...^Aauth=Bearer ...^A^A."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01"
