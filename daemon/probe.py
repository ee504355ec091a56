"""`borgerpost check-config --connect`: can each mailbox log in, list its folder, send?

Each check is (name, ok, text in Danish / English). The texts come from error codes,
never from a server's reply (which may echo a user name) and never hold a secret.
"""

from __future__ import annotations

import os
import smtplib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from daemon.config.schema import Config, MailboxCfg
from daemon.errors import BorgerpostError

Check = tuple[str, bool, str]

_HINTS = {
    "imap:login": "login afvist: tjek brugernavn og adgangskode / login refused: check the "
                  "user name and password",
    "imap:starttls": "STARTTLS fejlede / STARTTLS failed",
    "smtp:auth": "SMTP-login afvist / SMTP login refused",
}


def _explain(exc: BaseException) -> str:
    code = str(exc)
    for prefix, hint in _HINTS.items():
        if code.startswith(prefix):
            return hint
    if code.startswith(("imap:connect", "smtp:connect", "smtp:connection")):
        return f"kan ikke forbinde til serveren / cannot connect to the server ({code})"
    if code.startswith("oauth2:"):
        return f"OAuth2-token kunne ikke hentes / could not get an OAuth2 token ({code})"
    if isinstance(exc, BorgerpostError):
        return f"fejl / error ({code[:80]})"
    return f"fejl / error ({type(exc).__name__})"


def _guard(name: str, action: Callable[[], str]) -> Check:
    try:
        return (name, True, action())
    except Exception as exc:  # a failed check is a report line
        return (name, False, _explain(exc))


def probe_source(mailbox: MailboxCfg) -> list[Check]:
    from daemon.mailboxes import open_source

    source = mailbox.source
    if source.kind == "maildir":
        path = Path(source.path)

        def maildir() -> str:
            if not (path / "new").is_dir() or not os.access(path / "new", os.R_OK):
                raise FileNotFoundError(path)
            count = sum(1 for _ in (path / "new").iterdir()) + sum(
                1 for _ in (path / "cur").iterdir())
            return f"Maildir kan læses ({count} beskeder) / Maildir readable ({count} messages)"
        return [_guard("folder", maildir)]
    if source.kind == "imap":
        from daemon.mailboxes.imap import close_client, connect

        client: Any = None

        def login() -> str:
            nonlocal client
            client = connect(source, None if source.auth != "oauth2" else _tokens(source))
            return "login OK"

        checks = [_guard("login", login)]
        if client is not None:
            def folder() -> str:
                info = client.select_folder(source.folder, readonly=True)
                count = int(info.get(b"EXISTS", 0))
                return f"mappen kan læses ({count} beskeder) / folder readable ({count} messages)"
            checks.append(_guard("folder", folder))
            close_client(client)
        return checks
    opened = open_source(mailbox)
    try:
        return list(opened.probe())  # type: ignore[attr-defined]
    finally:
        opened.close()


def _tokens(source: Any) -> Any:
    from daemon.auth import OUTLOOK_SCOPE, TokenProvider

    return TokenProvider(source.oauth2, OUTLOOK_SCOPE)


def probe_send(mailbox: MailboxCfg) -> list[Check]:
    from daemon.transports import open_transport

    send = mailbox.send
    if send.kind == "maildir":
        path = Path(send.path)

        def writable() -> str:
            path.mkdir(parents=True, exist_ok=True)
            if not os.access(path, os.W_OK):
                raise PermissionError(path)
            return "udbakken kan skrives (tørkørsel) / outbox writable (dry run)"
        return [_guard("send", writable)]
    transport: Any = open_transport(mailbox)
    try:
        if send.kind == "smtp":
            def session() -> str:
                try:
                    smtp: smtplib.SMTP = transport._connect()
                except smtplib.SMTPAuthenticationError:
                    raise BorgerpostError("smtp:auth") from None
                smtp.quit()
                return ("forbindelse og login OK, intet sendt (tørkørsel) / connection and "
                        "login OK, nothing sent (dry run)")
            return [_guard("send", session)]
        return list(transport.probe(dry_run=True))
    finally:
        transport.close()


def probe_all(config: Config) -> tuple[list[str], bool]:
    lines: list[str] = []
    all_ok = True
    for mailbox in config.mailboxes:
        checks = [*probe_source(mailbox), *probe_send(mailbox)]
        for name, ok, text in checks:
            all_ok &= ok
            lines.append(f"{mailbox.id:24} {name:10} {'OK  ' if ok else 'FEJL'}  {text}")
    return lines, all_ok
