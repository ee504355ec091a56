"""SMTP transport (RFC 5321), on smtplib. See daemon.transports.base.Transport.

* **Security**: `tls` (implicit TLS, port 465), `starttls` (RFC 3207; refused if the
  server does not offer it), `none` (loopback and tests only).
* **Auth**: `login` lets smtplib pick PLAIN or LOGIN from what the server offers;
  `oauth2` sends SASL XOAUTH2 with a token from daemon.auth (Exchange Online);
  `none` sends no AUTH.
* **Replies**: about the message (MAIL, RCPT, DATA) 4xx → TemporaryFailure,
  5xx → PermanentFailure. About the session (greeting, EHLO, STARTTLS, AUTH) every
  failure is a TemporaryFailure: the message is fine and the operator fixes the
  server or the password, so holding every receipt for a person would be wrong.
  530 (authentication required, RFC 4954) counts as a session failure wherever it
  comes. Exception texts carry the reply code and the enhanced status code
  (`smtp:550:5.1.1`) only: server text echoes addresses.
* **Partial delivery**: when some recipients were accepted and others refused, the
  message *was* sent; it is recorded in the Sent folder and PermanentFailure
  (`smtp:partial:...`) tells the executor to hold it for a person instead of retrying.
* **Session reuse**: one session serves many mails. One used in the last few seconds
  is reused without a NOOP; if the server dropped it, sendmail fails at MAIL or RCPT,
  before DATA, and the mail goes out once more on a new session. A connection lost at
  DATA or after is a TemporaryFailure: the server may have the message, and only the
  executor's Sent-folder check may decide to send again.
* **Envelope sender**: `send.envelope_from` if configured, else `Outgoing.envelope_from`,
  else the mailbox address.
* **Rate cap**: at most `rate_per_minute` messages in any 60 seconds per transport,
  waiting (not failing) when the cap is reached. A sliding window rather than a
  token bucket with a burst: Exchange Online counts messages per rolling minute, and a
  bucket that allows a burst can exceed that count.
* **Exactly once** (DESIGN.md step 6): when the mailbox's source is IMAP and has a
  `sent_folder`, `send` APPENDs the sent message there with \\Seen (our own copy), and
  `already_sent` searches that folder for the Message-ID (`UID SEARCH HEADER
  Message-ID`, then the header is compared exactly, because SEARCH matches
  substrings). Set `append_to_sent: false` where the server keeps a copy of SMTP
  submissions itself; the search still works. Without a Sent folder `already_sent`
  returns False and the outbox table is the only guard. One window stays open with
  any SMTP server: a crash (or a lost connection) after the server accepted DATA and
  before the APPEND; the retry then sends a second copy. SMTP offers no way to close it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import smtplib
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from daemon.auth import OUTLOOK_SCOPE, TokenProvider, xoauth2_string
from daemon.config.schema import ImapSource, MailboxCfg, SmtpSend
from daemon.errors import PermanentFailure, TemporaryFailure
from daemon.mailboxes import imap as imap_source

from .base import Outgoing

log = logging.getLogger(__name__)

_ENHANCED = re.compile(rb"^\s*([245]\.\d{1,3}\.\d{1,3})\b")
_CONNECTION_ERRORS = (smtplib.SMTPServerDisconnected, OSError, ssl.SSLError, TimeoutError)

# A session used this recently is reused without a NOOP first (one round trip less per
# mail in a burst). If the server dropped it meanwhile, the failure comes at MAIL or
# RCPT, before DATA, so nothing was sent and the mail goes out on a new session.
REUSE_WITHOUT_PROBE_S = 5.0


class _Stages:
    """Remembers the last transaction command smtplib's sendmail issued, so that a lost
    connection can be placed before or after DATA."""

    stage = ""

    def mail(self, *args: Any, **kwargs: Any) -> Any:
        self.stage = "mail"
        return super().mail(*args, **kwargs)  # type: ignore[misc]

    def rcpt(self, *args: Any, **kwargs: Any) -> Any:
        self.stage = "rcpt"
        return super().rcpt(*args, **kwargs)  # type: ignore[misc]

    def data(self, *args: Any, **kwargs: Any) -> Any:
        self.stage = "data"
        return super().data(*args, **kwargs)  # type: ignore[misc]


class _Smtp(_Stages, smtplib.SMTP):
    pass


class _SmtpSsl(_Stages, smtplib.SMTP_SSL):
    pass


def _code(code: int, message: bytes | str | None) -> str:
    """`550` or `550:5.1.1`: the reply code and the enhanced status code, nothing else."""
    raw = message.encode("ascii", "replace") if isinstance(message, str) else (message or b"")
    match = _ENHANCED.match(raw)
    return f"{code}:{match.group(1).decode()}" if match else str(code)


def _fail(stage: str, code: int, message: bytes | str | None) -> Exception:
    text = f"smtp:{stage}:{_code(code, message)}"
    # 530 "authentication required" (RFC 4954 6) is about the session, not the message.
    if 400 <= code < 500 or code == 530:
        return TemporaryFailure(text)
    return PermanentFailure(text)


def normalise_message_id(message_id: str) -> str:
    value = message_id.strip()
    if not value.startswith("<"):
        value = f"<{value}>"
    return value


class RateCap:
    """At most `per_minute` acquisitions in any 60 seconds; `acquire` sleeps until one is
    allowed. Clock and sleep are injectable so that tests need no real time."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self.sleep = sleep
        self._sent: deque[float] = deque()
        self._lock = threading.Lock()

    def acquire(self) -> None:
        with self._lock:
            while True:
                now = self.clock()
                while self._sent and self._sent[0] <= now - 60.0:
                    self._sent.popleft()
                if len(self._sent) < self.per_minute:
                    self._sent.append(now)
                    return
                self.sleep(self._sent[0] + 60.0 - now)


class SentFolder:
    """The Sent folder of an IMAP mailbox: search by Message-ID, append a copy."""

    def __init__(self, cfg: ImapSource, folder: str) -> None:
        self.cfg = cfg
        self.folder = folder
        self._tokens = (TokenProvider(cfg.oauth2, OUTLOOK_SCOPE)
                        if cfg.auth == "oauth2" and cfg.oauth2 is not None else None)
        self._client: IMAPClient | None = None

    def _run(self, what: str, operation: Callable[[IMAPClient], Any]) -> Any:
        for attempt in (1, 2):
            if self._client is None:
                self._client = imap_source.connect(self.cfg, self._tokens)
            try:
                return operation(self._client)
            except imap_source.CONNECTION_ERRORS as exc:   # a stale connection
                self.close()
                if attempt == 2:
                    raise TemporaryFailure(f"imap:{what}:{type(exc).__name__}") from None
            except IMAPClientError:
                raise TemporaryFailure(f"imap:refused:{what}") from None
        raise AssertionError("unreachable")

    def contains(self, message_id: str) -> bool:
        wanted = normalise_message_id(message_id)

        def search(client: IMAPClient) -> bool:
            # EXAMINE: read-only, so nothing in Sent changes (not even \Recent).
            client.select_folder(self.folder, readonly=True)
            uids = client.search(["HEADER", "Message-ID", wanted])
            if not uids:
                return False
            # SEARCH HEADER matches substrings (RFC 3501 6.4.4): compare exactly.
            fetched = client.fetch(uids, [b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
            for data in fetched.values():
                header = data.get(b"BODY[HEADER.FIELDS (MESSAGE-ID)]", b"")
                value = re.sub(rb"\s+", b" ", header.partition(b":")[2]).strip()
                if value.decode("ascii", "replace") == wanted:
                    return True
            return False

        return bool(self._run("sent-search", search))

    def append(self, raw: bytes) -> None:
        self._run("sent-append", lambda client: client.append(
            self.folder, raw, flags=(b"\\Seen",), msg_time=dt.datetime.now(dt.UTC)))

    def close(self) -> None:
        client, self._client = self._client, None
        imap_source.close_client(client)


class SmtpTransport:
    """See daemon.transports.base.Transport and this module's docstring."""

    def __init__(self, mailbox: MailboxCfg, cfg: SmtpSend, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep,
                 tokens: TokenProvider | None = None) -> None:
        self.mailbox = mailbox
        self.cfg = cfg
        self.rate = RateCap(cfg.rate_per_minute, clock, sleep)
        if tokens is None and cfg.auth == "oauth2" and cfg.oauth2 is not None:
            tokens = TokenProvider(cfg.oauth2, OUTLOOK_SCOPE)
        self._tokens = tokens
        source = mailbox.source
        self.sent: SentFolder | None = None
        if isinstance(source, ImapSource) and source.sent_folder:
            self.sent = SentFolder(source, source.sent_folder)
        self._smtp: _Smtp | _SmtpSsl | None = None
        self._clock = clock
        self._used_at = float("-inf")   # when the session last completed a command

    # -- Transport ------------------------------------------------------------------

    def already_sent(self, message_id: str) -> bool:
        if self.sent is None:
            return False   # no Sent folder: the outbox table is the only guard
        return self.sent.contains(message_id)

    def send(self, mail: Outgoing) -> None:
        sender = self.cfg.envelope_from or mail.envelope_from or self.mailbox.address
        if not mail.recipients:
            raise PermanentFailure("smtp:no-recipients")
        self.rate.acquire()
        smtp, probed = self._session()
        try:
            try:
                refused = smtp.sendmail(sender, list(mail.recipients), mail.raw)
            except _CONNECTION_ERRORS:
                if probed or smtp.stage not in ("mail", "rcpt"):
                    raise
                # The reused session had been dropped by the server; the mail was
                # refused before DATA, so nothing went out: once more on a new session.
                self._drop()
                smtp, _ = self._session()
                refused = smtp.sendmail(sender, list(mail.recipients), mail.raw)
        except smtplib.SMTPRecipientsRefused as exc:
            # Every recipient refused: nothing was sent.
            codes = sorted({_code(c, m) for c, m in exc.recipients.values()})
            temporary = all(400 <= c < 500 for c, _ in exc.recipients.values())
            self._reset(smtp)
            text = "smtp:rcpt:" + ",".join(codes)
            raise (TemporaryFailure(text) if temporary else PermanentFailure(text)) from None
        except smtplib.SMTPSenderRefused as exc:
            self._reset(smtp)
            raise _fail("mail", exc.smtp_code, exc.smtp_error) from None
        except smtplib.SMTPDataError as exc:
            self._reset(smtp)
            raise _fail("data", exc.smtp_code, exc.smtp_error) from None
        except smtplib.SMTPResponseException as exc:
            self._drop()
            raise _fail("session", exc.smtp_code, exc.smtp_error) from None
        except _CONNECTION_ERRORS as exc:
            # Unknown whether the server took the message; already_sent decides on retry.
            self._drop()
            raise TemporaryFailure(f"smtp:connection:{type(exc).__name__}") from None
        except smtplib.SMTPException as exc:
            self._drop()
            raise TemporaryFailure(f"smtp:{type(exc).__name__}") from None
        self._used_at = self._clock()
        self._keep_copy(mail)
        if refused:
            codes = sorted({_code(c, m) for c, m in refused.values()})
            raise PermanentFailure("smtp:partial:" + ",".join(codes))

    def close(self) -> None:
        self._drop()
        if self.sent is not None:
            self.sent.close()

    # -- internals ------------------------------------------------------------------

    def _keep_copy(self, mail: Outgoing) -> None:
        if self.sent is None or not self.cfg.append_to_sent:
            return
        try:
            self.sent.append(mail.raw)
        except TemporaryFailure as exc:
            # The mail is sent; raising would make the executor send it again.
            log.warning("smtp: sent, but the copy in Sent failed (%s)", exc)

    def _session(self) -> tuple[_Smtp | _SmtpSsl, bool]:
        """A connected, authenticated session, and whether it is known to answer: an old
        one is reused as it is if it was used in the last REUSE_WITHOUT_PROBE_S seconds
        (send places a failure before DATA), else if it still answers a NOOP."""
        if self._smtp is not None:
            if self._clock() - self._used_at < REUSE_WITHOUT_PROBE_S:
                return self._smtp, False
            try:
                if self._smtp.noop()[0] == 250:
                    return self._smtp, True
            except (*_CONNECTION_ERRORS, smtplib.SMTPException):
                pass
            self._drop()
        self._smtp = self._connect()
        return self._smtp, True

    def _connect(self) -> _Smtp | _SmtpSsl:
        cfg = self.cfg
        context = imap_source.tls_context(cfg.verify_tls)
        smtp: _Smtp | _SmtpSsl | None = None
        try:
            if cfg.security == "tls":
                smtp = _SmtpSsl(cfg.host, cfg.port, timeout=cfg.timeout_seconds,
                                context=context)
            else:
                smtp = _Smtp(cfg.host, cfg.port, timeout=cfg.timeout_seconds)
            smtp.ehlo()
            if cfg.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise TemporaryFailure("smtp:starttls-not-offered")
                smtp.starttls(context=context)
                smtp.ehlo()
            self._authenticate(smtp)
            return smtp
        except (TemporaryFailure, PermanentFailure):   # also: no token (daemon.auth)
            _quit(smtp)
            raise
        except smtplib.SMTPAuthenticationError as exc:
            _quit(smtp)
            if self._tokens is not None:
                self._tokens.invalidate()   # a refused token is not offered again
            raise TemporaryFailure(f"smtp:auth:{_code(exc.smtp_code, exc.smtp_error)}"
                                   ) from None
        except smtplib.SMTPResponseException as exc:
            _quit(smtp)
            raise TemporaryFailure(f"smtp:session:{_code(exc.smtp_code, exc.smtp_error)}"
                                   ) from None
        except smtplib.SMTPNotSupportedError:
            _quit(smtp)
            raise TemporaryFailure("smtp:auth-not-offered") from None
        except smtplib.SMTPException as exc:
            _quit(smtp)
            raise TemporaryFailure(f"smtp:session:{type(exc).__name__}") from None
        except _CONNECTION_ERRORS as exc:
            _quit(smtp)
            raise TemporaryFailure(f"smtp:connect:{type(exc).__name__}") from None

    def _authenticate(self, smtp: smtplib.SMTP) -> None:
        cfg = self.cfg
        if cfg.auth == "none":
            return
        if cfg.auth == "oauth2":
            assert self._tokens is not None
            user = cfg.username or self.mailbox.address
            response = xoauth2_string(user, self._tokens.token())

            def xoauth2(challenge: bytes | None = None) -> str:
                # On failure the server sends a JSON challenge; an empty answer ends
                # the exchange so that the real error code arrives.
                return response if challenge is None else ""

            smtp.auth("XOAUTH2", xoauth2, initial_response_ok=True)
            return
        assert cfg.username is not None and cfg.password is not None
        smtp.login(cfg.username, cfg.password.get_secret_value())

    def _reset(self, smtp: smtplib.SMTP) -> None:
        try:
            smtp.rset()
        except (*_CONNECTION_ERRORS, smtplib.SMTPException):
            self._drop()

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        _quit(smtp)


def _quit(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    try:
        smtp.quit()
    except (*_CONNECTION_ERRORS, smtplib.SMTPException):
        smtp.close()
