"""IMAP source (RFC 3501), on imapclient. See daemon.mailboxes.base.MailSource.

What it promises, and how:

* **Nothing a user sees changes.** Bodies are read with `BODY.PEEK[]`, which never sets
  \\Seen (RFC 3501 6.4.5); nothing is deleted, moved or expunged. The only writes are
  Borgerpost's own keywords (`STORE +FLAGS.SILENT`). The folder is SELECTed read-write
  because keywords need it; that may clear \\Recent for other sessions, which no
  mail client shows.
* **UIDs never alias.** A UID means something only together with the folder's
  UIDVALIDITY (RFC 3501 2.3.1.1), so `MessageRef.folder` is `INBOX;UIDVALIDITY=42` and
  the cursor is `"{uidvalidity}:{uid}"`. When UIDVALIDITY changes (a restore, a
  migration), the whole folder is fetched again under new refs; the runner recognises
  the messages it has handled by their Message-ID hash.
* **`skip`** holds uids under the UIDVALIDITY of the cursor (the current one when the
  cursor is None); it is ignored when the cursor names another UIDVALIDITY.
* **Bounded memory.** UIDs are fetched in batches of `BATCH` (and at most
  `BATCH_BYTES` of bodies per FETCH, by RFC822.SIZE); the generator holds one batch.
* **Arrival** is INTERNALDATE (RFC 3501 2.3.3), as an aware UTC datetime.
* **New mail** is noticed with IDLE (RFC 2177) where the server offers it and the
  configuration allows; the IDLE is re-issued every `IDLE_RENEW` seconds, under the
  29 minutes after which a server may drop the connection. Otherwise `wait` sleeps.
  UIDNEXT from each SELECT makes an empty poll a single round trip; CONDSTORE is not
  needed for that and is left alone.
* **Categories as keywords.** IMAP keywords are atoms: no spaces, no 8-bit
  (RFC 3501 9, `flag-keyword = atom`). `keyword()` maps a category to a stable atom:
  `Borgerpost_` + the category with æ/ø/å written ae/oe/aa, other accents dropped,
  and every run of other characters replaced by one `_`:
  "Følsomt: Helbred" → `Borgerpost_Foelsomt_Helbred`,
  "Følsomt: Økonomi/sociale forhold" → `Borgerpost_Foelsomt_Oekonomi_sociale_forhold`.
  Keywords are set only where PERMANENTFLAGS contains `\\*` (or the keyword itself);
  elsewhere `set_categories` logs once and does nothing.
* **Failures.** Connection errors reconnect, with a backoff that grows while they
  last (1, 2, 4 … `MAX_BACKOFF` seconds); what still fails raises TemporaryFailure
  whose text is a code (`imap:connect`, `imap:refused:select`, …), never server text,
  which can echo addresses.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import logging
import re
import socket
import ssl
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from daemon.auth import OUTLOOK_SCOPE, TokenProvider
from daemon.config.schema import ImapSource as ImapSourceCfg
from daemon.errors import PermanentFailure, TemporaryFailure

from .base import Fetched, MessageRef
from .folders import SANITIZED_HEADER, sanitized_marker

log = logging.getLogger(__name__)

BATCH = 50                       # UIDs per FETCH
BATCH_BYTES = 32 * 1024 * 1024   # and at most this much body per FETCH
IDLE_RENEW = 25 * 60             # RFC 2177: re-issue IDLE at least every 29 minutes
MAX_BACKOFF = 60.0
KEYWORD_PREFIX = "Borgerpost_"

T = TypeVar("T")

# Errors that mean "the connection is gone": reconnect and try again.
CONNECTION_ERRORS = (imaplib.IMAP4.abort, OSError, ssl.SSLError, socket.timeout, EOFError)

class _NewsBuffered(Exception):
    """Responses arrived with IDLE's continuation; see ImapSource._idle."""


def _buffered(client: IMAPClient) -> bool:
    """True if imaplib holds unread server data in its buffer, or the socket has some.
    Never blocks: the socket is non-blocking while we look."""
    sock = client.socket()
    try:
        sock.setblocking(False)
        try:
            return bool(client._imap.file.peek(1))
        except (BlockingIOError, ssl.SSLWantReadError, InterruptedError):
            return False
    except OSError:
        return True   # a broken connection: let wait() return and the fetch reconnect
    finally:
        try:
            sock.setblocking(True)
            client._set_read_timeout()
        except OSError:
            pass


_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def keyword(category: str) -> str:
    """The IMAP keyword (an atom) for a Borgerpost category. Stable: the same category
    gives the same keyword in every version, so keywords set earlier still match."""
    text = unicodedata.normalize("NFKD", category.translate(_DANISH))
    text = text.encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")
    return KEYWORD_PREFIX + (text or "_")


def parse_cursor(cursor: str | None) -> tuple[int, int] | None:
    """`"{uidvalidity}:{uid}"` → (uidvalidity, uid); None or a foreign cursor → None."""
    if not cursor:
        return None
    validity, sep, uid = cursor.partition(":")
    if not sep or not validity.isdigit() or not uid.isdigit():
        return None
    return int(validity), int(uid)


def tls_context(verify: bool) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if not verify:
        # Operator's explicit choice (verify_tls: false), e.g. an internal CA not installed.
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def connect(cfg: ImapSourceCfg, tokens: TokenProvider | None) -> IMAPClient:
    """A logged-in IMAPClient for `cfg` (TLS, STARTTLS or plain; LOGIN or XOAUTH2).

    Raises TemporaryFailure with a code; shared by the source and the SMTP transport's
    Sent-folder check.
    """
    try:
        client = IMAPClient(cfg.host, cfg.port, ssl=cfg.security == "tls",
                            ssl_context=tls_context(cfg.verify_tls) if cfg.security == "tls"
                            else None, timeout=cfg.timeout_seconds)
    except CONNECTION_ERRORS as exc:
        raise TemporaryFailure(f"imap:connect:{type(exc).__name__}") from None
    try:
        # Aware datetimes from INTERNALDATE; the default converts to naive local time.
        client.normalise_times = False
        if cfg.security == "starttls":
            client.starttls(tls_context(cfg.verify_tls))
        if cfg.auth == "oauth2":
            assert tokens is not None
            client.oauth2_login(cfg.username, tokens.token())
        else:
            assert cfg.password is not None
            client.login(cfg.username, cfg.password.get_secret_value())
    except LoginError:
        close_client(client)
        if tokens is not None:
            tokens.invalidate()   # a refused token is not offered again
        # The operator's to fix; retrying later is right (a password may be renewed).
        raise TemporaryFailure("imap:login") from None
    except CONNECTION_ERRORS as exc:
        close_client(client)
        raise TemporaryFailure(f"imap:connect:{type(exc).__name__}") from None
    except IMAPClientError:
        close_client(client)
        raise TemporaryFailure("imap:starttls") from None
    except (TemporaryFailure, PermanentFailure):
        # No token (daemon.auth): nothing to log in with, and nothing to leave open.
        close_client(client)
        raise
    return client


def close_client(client: IMAPClient | None) -> None:
    if client is None:
        return
    try:
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception:
            log.debug("imap: shutdown failed", exc_info=True)


class ImapSource:
    """See daemon.mailboxes.base.MailSource and this module's docstring."""

    def __init__(self, mailbox_id: str, cfg: ImapSourceCfg, *,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.mailbox_id = mailbox_id
        self.cfg = cfg
        # The configured folder name: a stable key for the runner's cursor. Refs carry
        # the UIDVALIDITY as well (ref_folder).
        self.folder = cfg.folder
        self._sleep = sleep
        self._clock = clock
        self._tokens = (TokenProvider(cfg.oauth2, OUTLOOK_SCOPE)
                        if cfg.auth == "oauth2" and cfg.oauth2 is not None else None)
        self._client: IMAPClient | None = None
        self._uidvalidity: int | None = None
        self._uidnext: int | None = None
        self._keywords_ok: bool = False
        self._permanent: frozenset[bytes] = frozenset()
        self._failures = 0
        self._warned_keywords = False
        self._selected: str | None = None   # the folder the connection has SELECTed
        self._fetch_uidnext: int | None = None   # UIDNEXT when the last fetch looked

    # -- connection -----------------------------------------------------------------

    def _connected(self) -> IMAPClient:
        if self._client is None:
            if self._failures:
                self._sleep(min(MAX_BACKOFF, 2.0 ** (self._failures - 1)))
            try:
                self._client = connect(self.cfg, self._tokens)
            except TemporaryFailure:
                self._failures += 1
                raise
            self._failures = 0
        return self._client

    def _drop(self) -> None:
        client, self._client = self._client, None
        self._selected = None
        close_client(client)

    def _select(self) -> IMAPClient:
        """(Re-)SELECT the folder: refreshes UIDVALIDITY, UIDNEXT and PERMANENTFLAGS."""
        client = self._connected()
        info = client.select_folder(self.cfg.folder, readonly=False)
        self._uidvalidity = int(info[b"UIDVALIDITY"])
        self._uidnext = int(info[b"UIDNEXT"]) if b"UIDNEXT" in info else None
        self._permanent = frozenset(f.lower() for f in info.get(b"PERMANENTFLAGS", ()))
        self._keywords_ok = b"\\*" in self._permanent
        self._selected = self.cfg.folder
        return client

    def _selected_client(self) -> IMAPClient:
        """The connection with our folder selected, SELECTing only when it is not: a
        SELECT per stored keyword was a tenth of the service's time. UIDVALIDITY can't
        change under a live selection (RFC 3501 2.3.1.1), so the one we hold is good."""
        if self._client is not None and self._selected == self.cfg.folder:
            return self._client
        return self._select()

    def _call(self, what: str, operation: Callable[[], T]) -> T:
        """Run `operation`; on a lost connection reconnect once at once, then give up with
        TemporaryFailure (the runner retries with its own backoff)."""
        for attempt in (1, 2):
            try:
                return operation()
            except CONNECTION_ERRORS as exc:
                self._drop()
                if attempt == 2:
                    self._failures += 1
                    raise TemporaryFailure(f"imap:{what}:{type(exc).__name__}") from None
            except IMAPClientError:
                # A tagged NO/BAD: the server's answer, not the connection. Its text may
                # echo names, so only what we asked goes into the message.
                raise TemporaryFailure(f"imap:refused:{what}") from None
        raise AssertionError("unreachable")

    def ref_folder(self) -> str:
        return f"{self.cfg.folder};UIDVALIDITY={self._uidvalidity}"

    # -- MailSource -----------------------------------------------------------------

    def fetch(self, cursor: str | None, skip: frozenset[str] = frozenset()
              ) -> Iterator[Fetched]:
        self._call("select", self._select)
        # What this fetch's SEARCH can see; `_idle` compares (later SELECTs may see more).
        self._fetch_uidnext = self._uidnext
        validity = self._uidvalidity
        assert validity is not None
        position = parse_cursor(cursor)
        last = position[1] if position is not None and position[0] == validity else 0
        if position is not None and position[0] != validity:
            log.warning("imap: UIDVALIDITY changed, refetching folder",
                        extra={"mailbox": self.mailbox_id})
            skip = frozenset()
        if last and self._uidnext is not None and self._uidnext <= last + 1:
            return
        criteria: list[Any] = ["UID", f"{last + 1}:*"] if last else ["ALL"]
        no_uids: list[int] = []
        found: list[int] = self._call("search", self._reselected(
            validity, lambda: list(self._connected().search(criteria)), no_uids))
        uids = sorted(u for u in found if u > last and str(u) not in skip)
        folder = self.ref_folder()
        for start in range(0, len(uids), BATCH):
            yield from self._fetch_chunk(uids[start:start + BATCH], validity, folder)

    def _fetch_chunk(self, uids: list[int], validity: int, folder: str) -> Iterator[Fetched]:
        def meta() -> dict[int, dict[bytes, Any]]:
            return dict(self._connected().fetch(uids, [b"RFC822.SIZE", b"INTERNALDATE"]))

        nothing: dict[int, dict[bytes, Any]] = {}
        sizes = self._call("fetch", self._reselected(validity, meta, nothing))
        groups: list[list[int]] = [[]]
        total = 0
        for uid in uids:
            if uid not in sizes:
                continue   # expunged by someone else meanwhile
            size = int(sizes[uid].get(b"RFC822.SIZE", 0))
            if groups[-1] and total + size > BATCH_BYTES:
                groups.append([])
                total = 0
            groups[-1].append(uid)
            total += size
        for group in groups:
            if not group:
                continue
            def bodies_of(g: list[int] = group) -> dict[int, dict[bytes, Any]]:
                return dict(self._connected().fetch(g, [b"BODY.PEEK[]"]))

            bodies = self._call("fetch", self._reselected(validity, bodies_of, nothing))
            for uid in group:
                data = bodies.get(uid)
                if data is None or b"BODY[]" not in data:
                    continue
                arrived = _aware_utc(sizes[uid].get(b"INTERNALDATE"))
                yield Fetched(MessageRef(self.mailbox_id, folder, str(uid)),
                              bytes(data[b"BODY[]"]), arrived, f"{validity}:{uid}")

    def _reselected(self, validity: int, operation: Callable[[], T], empty: T
                    ) -> Callable[[], T]:
        """`operation` after making sure the folder is selected (a reconnect loses the
        selection); returns nothing if the UIDVALIDITY changed meanwhile: those UIDs
        mean other messages now, and the next fetch starts over."""
        def run() -> T:
            if self._client is None:
                self._select()
            if self._uidvalidity != validity:
                return empty
            return operation()
        return run

    def set_categories(self, ref: MessageRef, categories: Sequence[str]) -> None:
        if ref.mailbox_id != self.mailbox_id:
            raise ValueError("ref belongs to another mailbox")
        if not categories:
            return
        [refused] = self.set_categories_many([(ref, categories)])
        if refused is not None:
            raise refused

    def set_categories_many(self, items: Sequence[tuple[MessageRef, Sequence[str]]]
                            ) -> list[PermanentFailure | None]:
        """set_categories for many messages of this mailbox: one STORE per distinct set
        of keywords instead of one per message. On servers that keep keywords in file
        names (Dovecot's maildir) every STORE renames files and makes the next command
        rescan the folder, so a pass's keywords go in one. Returns, per item, None or
        the PermanentFailure that set_categories would have raised (a stale ref); a
        TemporaryFailure is for all of them."""
        for ref, _ in items:
            if ref.mailbox_id != self.mailbox_id:
                raise ValueError("ref belongs to another mailbox")

        def store() -> list[PermanentFailure | None]:
            client = self._selected_client()
            current = self.ref_folder()
            outcomes: list[PermanentFailure | None] = []
            groups: dict[tuple[bytes, ...], list[int]] = {}
            for ref, categories in items:
                if ref.folder != current:
                    # The UIDVALIDITY changed: this uid may be another message now.
                    outcomes.append(PermanentFailure("imap:stale-ref"))
                    continue
                outcomes.append(None)
                allowed = self._allowed_keywords(categories, self._keywords_ok,
                                                 self._permanent)
                if allowed:
                    groups.setdefault(allowed, []).append(int(ref.uid))
            for flags, uids in groups.items():
                client.add_flags(uids, list(flags), silent=True)
            return outcomes

        return self._call("store", store)

    def wait(self, timeout: float) -> None:
        deadline = self._clock() + max(0.0, timeout)
        if self._client is None and self._failures:
            # The server failed recently; fetch reconnects (with its backoff).
            self._sleep(max(0.0, timeout))
            return
        try:
            client = self._select()
            use_idle = self.cfg.idle and b"IDLE" in client.capabilities()
        except (TemporaryFailure, *CONNECTION_ERRORS, IMAPClientError):
            self._drop()
            self._sleep(max(0.0, deadline - self._clock()))
            return
        if not use_idle:
            self._sleep(max(0.0, deadline - self._clock()))
            return
        try:
            self._idle(client, deadline)
        except (*CONNECTION_ERRORS, IMAPClientError):
            # The connection died while idling: say "maybe new mail"; fetch reconnects.
            self._drop()

    def _idle(self, client: IMAPClient, deadline: float) -> None:
        """IDLE until news or the deadline, without two lost wake-ups:

        * IDLE reports only what arrives after the SELECT that precedes it (RFC 2177),
          and `wait` SELECTs again: mail that came after the fetch's SELECT and before
          this one would wait for the next poll. So no IDLE when UIDNEXT has moved since
          the fetch looked; the caller fetches at once.
        * A server may answer IDLE with news in the same packet ("+ idling" then
          "* 8 EXISTS"): imaplib has then read it into its buffer, and idle_check polls
          only the socket, so it would sleep the whole timeout. Such news ends the wait.
        """
        seen = self._fetch_uidnext
        if seen is not None and self._uidnext is not None and self._uidnext > seen:
            self._fetch_uidnext = None
            return
        while True:
            remaining = deadline - self._clock()
            if remaining <= 0:
                return
            chunk = min(remaining, IDLE_RENEW)
            started = self._clock()
            client.idle()
            try:
                if _buffered(client):
                    raise _NewsBuffered
                responses = client.idle_check(timeout=chunk)
                news = any(len(r) >= 2 and r[1] in (b"EXISTS", b"RECENT") for r in responses)
                # Woken without any response: the socket reported EOF (a dead
                # connection makes poll() return at once); idle_done below tells.
                woke_early = not responses and self._clock() - started < chunk * 0.5
            except _NewsBuffered:
                news = woke_early = True
            finally:
                client.idle_done()   # DONE; buffered news is consumed with it
            if news or woke_early:
                return

    def interrupt(self) -> None:
        """Wake a `wait()` blocked in IDLE, from another thread (the service's stop).

        IDLE blocks in poll() on the socket; shutting the socket down wakes it at once,
        and `wait` then drops the dead connection (`_drop` closes it). Only a shutdown:
        closing or logging out here would race the waiting thread's own use of the
        client. Safe to call when nothing waits, or from a signal handler."""
        client = self._client
        if client is None:
            return
        with contextlib.suppress(Exception):
            client.socket().shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._drop()

    # -- FolderAccess (daemon.mailboxes.folders; issue 4) --------------------------------
    #
    # These SELECT/EXAMINE other folders on the shared connection. Every MailSource
    # method above SELECTs its own folder first, so the two may be mixed freely, only not
    # while a fetch() generator is open (the runner drains it before anything else).

    def _open_folder(self, client: IMAPClient, name: str, *, readonly: bool
                     ) -> tuple[int, frozenset[bytes]]:
        self._selected = None
        info = client.select_folder(name, readonly=readonly)
        self._selected = name if name != self.cfg.folder else None
        permanent = frozenset(f.lower() for f in info.get(b"PERMANENTFLAGS", ()))
        return int(info[b"UIDVALIDITY"]), permanent

    def list_folder(self, folder: str, skip: frozenset[tuple[str, str]] = frozenset(),
                    since: dt.datetime | None = None) -> Iterator[Fetched]:
        """See FolderAccess. EXAMINE (read-only) and BODY.PEEK[]: no flag changes, not
        even \\Recent. `since`: only messages whose INTERNALDATE is at or after it."""
        def listing() -> tuple[int, list[int]]:
            client = self._connected()
            if not client.folder_exists(folder):
                return 0, []
            validity, _ = self._open_folder(client, folder, readonly=True)
            # SEARCH SINCE has day granularity (RFC 3501 6.4.4); a day early, then exact.
            criteria: list[Any] = (["SINCE", (since - dt.timedelta(days=1)).date()]
                                   if since is not None else ["ALL"])
            return validity, sorted(client.search(criteria))

        validity, uids = self._call("list", listing)
        qualified = f"{folder};UIDVALIDITY={validity}"
        wanted = [u for u in uids if (qualified, str(u)) not in skip]
        for start in range(0, len(wanted), BATCH):
            chunk = wanted[start:start + BATCH]

            def read(group: list[int] = chunk) -> dict[int, dict[bytes, Any]]:
                client = self._connected()
                current, _ = self._open_folder(client, folder, readonly=True)
                if current != validity:
                    return {}   # the folder was reset meanwhile; the next pass starts over
                return dict(client.fetch(group, [b"INTERNALDATE", b"BODY.PEEK[]"]))

            data = self._call("fetch", read)
            for uid in chunk:
                item = data.get(uid)
                if item is None or b"BODY[]" not in item:
                    continue   # expunged meanwhile (a draft saved again)
                arrived = _aware_utc(item.get(b"INTERNALDATE"))
                if since is not None and arrived < since:
                    continue
                yield Fetched(MessageRef(self.mailbox_id, qualified, str(uid)),
                              bytes(item[b"BODY[]"]), arrived, None)

    @staticmethod
    def _split_ref(ref: MessageRef) -> tuple[str, int]:
        name, sep, validity = ref.folder.rpartition(";UIDVALIDITY=")
        if not sep or not validity.isdigit() or not ref.uid.isdigit():
            raise PermanentFailure("imap:bad-ref")
        return name, int(validity)

    def replace_draft(self, ref: MessageRef, raw: bytes, *,
                      expect_sha256: str | None = None) -> MessageRef:
        """See FolderAccess. APPEND the copy (\\Draft, the old draft's flags), then
        `UID STORE +FLAGS.SILENT (\\Deleted)` and `UID EXPUNGE` of the old uid only
        (RFC 4315). Without UIDPLUS a plain EXPUNGE would also remove every message the
        member's client marked \\Deleted, so the draft is not replaced at all.
        `expect_sha256` is not needed: an IMAP uid's content never changes (RFC 3501
        2.3.1.1); an edited draft is a new uid."""
        if ref.mailbox_id != self.mailbox_id:
            raise ValueError("ref belongs to another mailbox")
        marker = sanitized_marker(raw)
        if marker is None:
            raise ValueError(f"a replacement draft carries {SANITIZED_HEADER}")
        name, validity = self._split_ref(ref)
        old = int(ref.uid)

        def ours(client: IMAPClient) -> int | None:
            found = client.search(["HEADER", SANITIZED_HEADER, marker])
            return min(found) if found else None

        def replace() -> int:
            client = self._connected()
            if b"UIDPLUS" not in client.capabilities():
                raise PermanentFailure("imap:no-uidplus")
            current, _ = self._open_folder(client, name, readonly=False)
            if current != validity:
                raise PermanentFailure("imap:stale-ref")
            flags_of = client.fetch([old], [b"FLAGS"])
            existing = ours(client)       # a retry after a crash: the copy is there
            if old not in flags_of:
                if existing is not None:
                    return existing
                raise PermanentFailure("imap:draft-gone")
            new = existing
            if new is None:
                # The old draft's flags, but not \\Recent (the server's), not \\Deleted,
                # and not our own "Følsomt" keywords: the copy no longer holds the quote.
                keep = [f for f in flags_of[old].get(b"FLAGS", ())
                        if f.lower() not in (b"\\recent", b"\\deleted")
                        and not f.startswith(KEYWORD_PREFIX.encode())]
                if b"\\draft" not in {f.lower() for f in keep}:
                    keep.append(b"\\Draft")
                response = client.append(name, raw, flags=tuple(keep))
                match = re.search(rb"APPENDUID \d+ (\d+)", response or b"")
                new = int(match.group(1)) if match else ours(client)
                if new is None:
                    raise TemporaryFailure("imap:append-lost")
            # The one removal Borgerpost ever makes (daemon/drafts.py): this uid only.
            client.add_flags([old], [b"\\Deleted"], silent=True)
            client.uid_expunge([old])
            return new

        new_uid = self._call("replace-draft", replace)
        return MessageRef(self.mailbox_id, ref.folder, str(new_uid))

    def _add_keywords(self, client: IMAPClient, uid: int, categories: Sequence[str],
                      any_keyword: bool, permanent: frozenset[bytes]) -> None:
        """Store the categories' keywords on `uid` in the selected folder, those the
        server keeps (PERMANENTFLAGS: `\\*` allows new ones); warn once if it keeps none."""
        allowed = self._allowed_keywords(categories, any_keyword, permanent)
        if allowed:
            client.add_flags([uid], list(allowed), silent=True)

    def _allowed_keywords(self, categories: Sequence[str], any_keyword: bool,
                          permanent: frozenset[bytes]) -> tuple[bytes, ...]:
        """The categories' keywords that the server keeps; warns once if some are not."""
        wanted = [keyword(c).encode("ascii") for c in dict.fromkeys(categories)]
        allowed = tuple(k for k in wanted if any_keyword or k.lower() in permanent)
        if len(allowed) < len(wanted) and not self._warned_keywords:
            self._warned_keywords = True
            log.warning("imap: server does not allow new keywords; categories not set",
                        extra={"mailbox": self.mailbox_id})
        return allowed

    def set_folder_categories(self, ref: MessageRef, categories: Sequence[str]) -> None:
        """See FolderAccess; keywords as in set_categories, in the ref's own folder."""
        if not categories:
            return
        if ref.mailbox_id != self.mailbox_id:
            raise ValueError("ref belongs to another mailbox")
        name, validity = self._split_ref(ref)

        def store() -> None:
            client = self._connected()
            current, permanent = self._open_folder(client, name, readonly=False)
            if current != validity:
                raise PermanentFailure("imap:stale-ref")
            self._add_keywords(client, int(ref.uid), categories,
                               b"\\*" in permanent, permanent)

        self._call("store", store)


def _aware_utc(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:   # a server without a zone: RFC 3501 says it is there
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)
    return dt.datetime.now(dt.UTC)
