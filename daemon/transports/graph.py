"""Microsoft Graph transport: create a draft from our MIME, then send that draft.

See daemon.transports.base.Transport. Exactly once, in two steps:

1. `POST /users/{u}/messages` with `Content-Type: text/plain` and the base64 MIME creates
   a draft in Drafts whose `internetMessageId` is our deterministic Message-ID (Graph:
   "Create message in MIME format").
2. `POST /users/{u}/messages/{id}/send` sends it; a sent draft is saved to Sent Items.

Before either step we look the Message-ID up (`$filter=internetMessageId eq '…'`): a
non-draft copy means it was sent; a draft means we crashed (or lost the answer) between
the two steps, and we send that draft instead of creating another. Neither step is
repeated blindly after a lost connection: the next attempt looks first.
"""

from __future__ import annotations

import base64
import logging
import time
import urllib.parse
from collections.abc import Callable
from email import message_from_bytes
from email import policy as email_policy
from typing import TYPE_CHECKING, Any

import httpx

from daemon.errors import ConfigError, PermanentFailure, TemporaryFailure
from daemon.mailboxes.graph import (
    Check,
    GraphClient,
    GraphHTTPError,
    TokenSource,
    explain,
    odata_quote,
    token_roles,
    token_source,
    translate,
)

from .base import Outgoing, probe_message

if TYPE_CHECKING:
    from daemon.config.schema import GraphSend, MailboxCfg

log = logging.getLogger(__name__)

# Graph refuses request bodies over 4 MB; base64 grows the MIME by a third. A larger
# forward is held for a person rather than half-sent (see docs/exchange-online.md).
MAX_REQUEST_BYTES = 4 * 1024 * 1024


class GraphTransport:
    """See daemon.transports.base.Transport. `token_provider`, `sleep` and `http` are
    for tests, as in daemon.mailboxes.graph.GraphSource."""

    def __init__(self, mailbox: MailboxCfg, cfg: GraphSend, *,
                 token_provider: TokenSource | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 http: httpx.Client | None = None) -> None:
        source = mailbox.source
        user = cfg.user or (source.user if source.kind == "graph" else mailbox.address)
        if token_provider is None:
            oauth2 = cfg.oauth2 or (source.oauth2 if source.kind == "graph" else None)
            if oauth2 is None:
                raise ConfigError([f"mailboxes.{mailbox.id}.send.oauth2: needed when the "
                                   f"source is not Graph"])
            token_provider = token_source(oauth2)
        base_url = cfg.base_url
        if source.kind == "graph" and "base_url" not in cfg.model_fields_set:
            base_url = source.base_url
        self.mailbox_id = mailbox.id
        self.address = mailbox.address
        self.client = GraphClient(base_url, user, token_provider,
                                  max_concurrency=cfg.max_concurrency, sleep=sleep,
                                  timeout=cfg.timeout_seconds, http=http)

    # -- lookups -----------------------------------------------------------------------

    def _copies(self, message_id: str) -> list[dict[str, Any]]:
        """Every item in the mailbox (all folders) with this internetMessageId."""
        try:
            found = self.client.json(
                "GET", self.client.url("/messages"),
                params={"$filter": f"internetMessageId eq {odata_quote(message_id)}",
                        "$select": "id,isDraft,parentFolderId", "$top": "10"})
        except GraphHTTPError as err:
            raise translate(err) from None
        return [m for m in found.get("value", []) if isinstance(m, dict)]

    def _send_draft(self, draft_id: str) -> None:
        try:
            self.client.request(
                "POST", self.client.url(f"/messages/{urllib.parse.quote(draft_id)}/send"),
                idempotent=False, content=b"")
        except GraphHTTPError as err:
            raise translate(err) from None

    def _finish(self, message_id: str) -> bool:
        """True if sent (now or before). Sends a draft left by an interrupted send."""
        copies = self._copies(message_id)
        if any(not m.get("isDraft") for m in copies):
            return True
        if copies:
            log.warning("graph: finishing a draft left by an interrupted send",
                        extra={"mailbox": self.mailbox_id})
            self._send_draft(str(copies[0]["id"]))
            return True
        return False

    def already_sent(self, message_id: str) -> bool:
        return self._finish(message_id)

    # -- sending -----------------------------------------------------------------------

    def _create_draft(self, mail: Outgoing) -> str:
        body = base64.b64encode(mail.raw)
        if len(body) > MAX_REQUEST_BYTES:
            raise PermanentFailure(f"graph:message too large for one request "
                                   f"({len(mail.raw)} bytes)")
        try:
            draft = self.client.json("POST", self.client.url("/messages"), idempotent=False,
                                     content=body, headers={"Content-Type": "text/plain"})
        except GraphHTTPError as err:
            raise translate(err) from None
        if draft.get("internetMessageId") != mail.message_id:
            # Our exactly-once lookup depends on it; never send what we cannot find again.
            raise PermanentFailure("graph:draft lost our Message-ID")
        self._add_envelope_recipients(draft, mail)
        return str(draft["id"])

    def _add_envelope_recipients(self, draft: dict[str, Any], mail: Outgoing) -> None:
        """Envelope recipients absent from the headers become Bcc, as in SMTP: Graph
        sends to the draft's recipients, not to an envelope."""
        listed = {r["emailAddress"]["address"].lower()
                  for key in ("toRecipients", "ccRecipients", "bccRecipients")
                  for r in draft.get(key, []) if r.get("emailAddress", {}).get("address")}
        missing = [a for a in mail.recipients if a.lower() not in listed]
        if not missing:
            return
        bcc = [*draft.get("bccRecipients", []),
               *({"emailAddress": {"address": a}} for a in missing)]
        try:
            self.client.request(
                "PATCH", self.client.url(f"/messages/{urllib.parse.quote(str(draft['id']))}"),
                json={"bccRecipients": bcc})
        except GraphHTTPError as err:
            raise translate(err) from None

    def send(self, mail: Outgoing) -> None:
        self._check(mail)
        if self._finish(mail.message_id):
            return
        draft_id = self._create_draft(mail)
        self._send_draft(draft_id)

    @staticmethod
    def _check(mail: Outgoing) -> None:
        parsed = message_from_bytes(mail.raw, policy=email_policy.compat32)
        if str(parsed.get("Message-ID", "")).strip() != mail.message_id:
            raise PermanentFailure("graph:Message-ID header differs from the outbox row")
        if not mail.recipients:
            raise PermanentFailure("graph:no recipients")

    def close(self) -> None:
        self.client.close()

    # -- check-config --connect --------------------------------------------------------

    def probe(self, dry_run: bool = True) -> list[Check]:
        """Can we log in, find sent mail and send? `dry_run` sends nothing: Graph has no
        dry send, so it checks the Mail.Send permission in the token and that Sent Items
        is searchable (what exactly-once needs). Without it, a test message goes to the
        mailbox itself."""
        checks: list[Check] = []
        try:
            token = self.client.token()
        except Exception as err:   # any failure is a report line, never a traceback
            return [("login", False, explain(err))]
        checks.append(("login", True, "Token hentet / Token obtained"))
        roles = token_roles(token)
        if roles is not None:
            ok = "Mail.Send" in roles
            checks.append(("permission", ok,
                           "Applikationen har Mail.Send / The application has Mail.Send" if ok
                           else "Applikationen mangler Mail.Send / The application lacks the "
                                "Mail.Send application permission"))
        try:
            self.client.json("GET", self.client.url("/mailFolders/sentitems/messages"),
                             params={"$top": "1", "$select": "id"})
            checks.append(("sent-folder", True,
                           "Sendt post kan søges / Sent Items searchable"))
        except Exception as err:
            checks.append(("sent-folder", False, explain(err)))
        if dry_run:
            checks.append(("send", True, "Tør kørsel: intet sendt / Dry run: nothing sent"))
            return checks
        message_id, raw = probe_message(self.address)
        try:
            self.send(Outgoing(message_id, self.address, (self.address,), raw))
            checks.append(("send", True, "Testbesked sendt til postkassen selv / Test "
                                         "message sent to the mailbox itself"))
        except (PermanentFailure, TemporaryFailure, ConfigError) as err:
            checks.append(("send", False, explain(err)))
        return checks
