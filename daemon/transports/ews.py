"""Exchange Web Services transport: CreateItem from our MIME with SendAndSaveCopy.

See daemon.transports.base.Transport. One CreateItem both sends and saves the copy in
Sent Items, keeping our Message-ID as the item's InternetMessageId. `already_sent` looks
for that Message-ID in Sent Items and in the Outbox (a message Exchange has accepted but
not yet moved on): after a crash between the send and our commit, nothing is sent twice.
"""

from __future__ import annotations

import email.utils
import logging
from email import message_from_bytes
from email import policy as email_policy
from typing import TYPE_CHECKING, Any

from daemon.errors import ConfigError, PermanentFailure, TemporaryFailure
from daemon.mailboxes.ews import Check, connect, explain, translate

from .base import Outgoing, probe_message

if TYPE_CHECKING:
    from daemon.config.schema import EwsSend, MailboxCfg

log = logging.getLogger(__name__)


def _header_recipients(raw: bytes) -> set[str]:
    parsed = message_from_bytes(raw, policy=email_policy.compat32)
    values = [str(v) for key in ("To", "Cc", "Bcc") for v in parsed.get_all(key, [])]
    return {addr.lower() for _, addr in email.utils.getaddresses(values) if addr}


class EwsTransport:
    """See daemon.transports.base.Transport. Connection keys default to the mailbox's
    EWS source. `account` (tests) replaces the connection built from the config."""

    def __init__(self, mailbox: MailboxCfg, cfg: EwsSend, *, account: Any = None) -> None:
        self.mailbox_id = mailbox.id
        self.address = mailbox.address
        source = mailbox.source if mailbox.source.kind == "ews" else None

        def pick(name: str, default: Any = None) -> Any:
            value = getattr(cfg, name)
            if value is None and source is not None:
                value = getattr(source, name)
            return default if value is None else value

        self._settings = {
            "primary_smtp_address": pick("primary_smtp_address", mailbox.address),
            "server": pick("server"), "username": pick("username"),
            "password": pick("password"), "auth_type": pick("auth_type", "ntlm"),
            "oauth2": pick("oauth2"), "verify_tls": pick("verify_tls", True),
            "version": pick("version")}
        if account is None and self._settings["auth_type"] != "oauth2" and (
                self._settings["username"] is None or self._settings["password"] is None):
            raise ConfigError([f"mailboxes.{mailbox.id}.send: ews needs username and "
                               f"password (or an EWS source to take them from)"])
        self._account = account
        self._sent_folders: list[Any] | None = None

    @property
    def account(self) -> Any:
        if self._account is None:
            self._account = connect(**self._settings)
        return self._account

    def _folders(self) -> list[Any]:
        """Sent Items (where SendAndSaveCopy puts the copy) and the Outbox."""
        if self._sent_folders is None:
            from exchangelib.folders import Outbox, SentItems

            self._sent_folders = [self.account.root.get_default_folder(SentItems),
                                  self.account.root.get_default_folder(Outbox)]
        return self._sent_folders

    def already_sent(self, message_id: str) -> bool:
        try:
            return any(folder.filter(message_id=message_id).exists()
                       for folder in self._folders())
        except Exception as err:
            raise translate(err) from None

    def send(self, mail: Outgoing) -> None:
        from exchangelib import Message

        parsed = message_from_bytes(mail.raw, policy=email_policy.compat32)
        if str(parsed.get("Message-ID", "")).strip() != mail.message_id:
            raise PermanentFailure("ews:Message-ID header differs from the outbox row")
        if not mail.recipients:
            raise PermanentFailure("ews:no recipients")
        missing = [a for a in mail.recipients if a.lower() not in _header_recipients(mail.raw)]
        try:
            message = Message(account=self.account, folder=self._folders()[0],
                              mime_content=mail.raw)
            # exchangelib always writes IsRead; our own copy in Sent Items is read, as
            # Outlook's own sent mail is, rather than showing as unread there.
            message.is_read = True
            if missing:
                # Envelope recipients the headers do not name are Bcc, as in SMTP.
                message.bcc_recipients = missing
            message.send_and_save()
        except Exception as err:
            raise translate(err) from None

    def close(self) -> None:
        if self._account is not None:
            self._account.protocol.close()

    def probe(self, dry_run: bool = True) -> list[Check]:
        """Can we log in, find sent mail and send? EWS has no dry send: `dry_run` checks
        that Sent Items and the Outbox are searchable (what exactly-once needs). Without
        it, a test message goes to the mailbox itself."""
        try:
            root = self.account.root
            checks: list[Check] = [("login", True, f"Logget ind ({root.name}) / Logged in")]
        except Exception as err:   # any failure is a report line, never a traceback
            return [("login", False, explain(err))]
        try:
            for folder in self._folders():
                folder.filter(message_id="<bp.probe@invalid>").exists()
            checks.append(("sent-folder", True, "Sendt post kan søges / Sent Items searchable"))
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
        except (PermanentFailure, TemporaryFailure) as err:
            checks.append(("send", False, f"Afsendelse fejlede ({err}) / Sending failed"))
        return checks
