"""Microsoft Graph source (Exchange Online): per-folder delta query, raw MIME via $value.

See daemon.mailboxes.base for the contract. How the Graph API is used, and why:

* **Delta query** (`/mailFolders/{folder}/messages/delta`). Every page is followed
  (`@odata.nextLink`) before anything is yielded; the `@odata.deltaLink` of a complete
  round is the cursor, and it rides on the last message of the round, so it is stored
  only once the whole round is processed. A crash mid-round repeats the round from the
  old deltaLink; the runner's `skip` set and Message-ID hash catch the repeats.
* **Expired state** (410 Gone, or the `syncStateNotFound`/`resyncRequired` codes) means a
  full resync from no deltaLink. The round is collected before yielding, so a resync
  never yields a message twice in one round.
* **Immutable ids** (`Prefer: IdType="ImmutableId"`), so a move by a person or by us
  does not change `MessageRef.uid` (Graph: "Get immutable identifiers for Outlook
  resources").
* **Never mark read.** `/messages/{id}/$value` returns the MIME without touching
  `isRead`. This module PATCHes only `categories`, and (FolderAccess.replace_draft, a
  council member's idle draft) a draft's `body` with Borgerpost's marker property.
* **Throttling.** 429/503/504 are retried after `Retry-After` (bounded), and at most
  `max_concurrency` (≤ 4, Outlook's per-app per-mailbox limit) requests run at once per
  mailbox; the limit is shared with the Graph transport of the same mailbox.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import logging
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from daemon.errors import ConfigError, PermanentFailure, TemporaryFailure

from .base import Fetched, MessageRef
from .folders import (
    MARKER_PROPERTY_SET,
    SANITIZED_HEADER,
    ListedDrafts,
    draft_body,
    sanitized_marker,
)

if TYPE_CHECKING:
    from daemon.config.schema import GraphSource as GraphSourceCfg
    from daemon.config.schema import OAuth2

log = logging.getLogger(__name__)

Check = tuple[str, bool, str]          # (check name, ok, message in Danish / English)
TokenSource = Callable[[], str]

RETRY_STATUSES = frozenset({429, 502, 503, 504})
MAX_ATTEMPTS = 6                       # per request; then TemporaryFailure
MAX_RETRY_AFTER = 120.0                # seconds; a longer Retry-After becomes a failure
RESYNC_CODES = frozenset({"syncstatenotfound", "syncstateinvalid", "resyncrequired"})
WELL_KNOWN_FOLDERS = frozenset({"inbox", "drafts", "sentitems", "deleteditems", "archive",
                                "junkemail", "outbox", "msgfolderroot"})
IMMUTABLE = 'IdType="ImmutableId"'
DRAFTS, SENT_ITEMS = "drafts", "sentitems"
# Borgerpost's mark on a draft it sanitized (FolderAccess's SANITIZED_HEADER, which a
# PATCH cannot write: internetMessageHeaders is not among the properties "Update
# message" can change).
# A named string property in Borgerpost's own property set (Graph: "Outlook extended
# properties overview", id format "String {GUID} Name name"; "Create single-value
# extended property" in an existing message by PATCH). It is written in the same PATCH
# as the body, so the rewrite and its mark land together or not at all; it is invisible
# in Outlook, so a member cannot remove it by accident, as they could a category.
MARKER_PROPERTY = f"String {{{MARKER_PROPERTY_SET}}} Name {SANITIZED_HEADER}"

_semaphores: dict[tuple[str, str], threading.BoundedSemaphore] = {}
_semaphores_lock = threading.Lock()


def mailbox_semaphore(base_url: str, user: str, limit: int) -> threading.BoundedSemaphore:
    """One semaphore per mailbox per process, shared by its source and its transport:
    Outlook counts concurrent requests per app and mailbox, not per connection."""
    key = (base_url.rstrip("/").lower(), user.lower())
    with _semaphores_lock:
        if key not in _semaphores:
            _semaphores[key] = threading.BoundedSemaphore(limit)
        return _semaphores[key]


def token_source(cfg: OAuth2 | None) -> TokenSource:
    if cfg is None:
        raise ConfigError(["graph: an oauth2: block is needed (tenant_id, client_id, secret)"])
    from daemon.auth import GRAPH_SCOPE, TokenProvider

    return TokenProvider(cfg, GRAPH_SCOPE).token


def odata_quote(value: str) -> str:
    """An OData string literal: single quotes doubled (OData ABNF, SQUOTE-in-string)."""
    return "'" + value.replace("'", "''") + "'"


def token_roles(token: str) -> list[str] | None:
    """The `roles` claim (application permissions) of an app-only access token, or None
    when the token is not a readable JWT. Read without verifying: it is only shown."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError, binascii.Error):
        return None
    roles = claims.get("roles") if isinstance(claims, dict) else None
    return [str(r) for r in roles] if isinstance(roles, list) else None


class GraphHTTPError(Exception):
    def __init__(self, status: int, code: str) -> None:
        super().__init__(f"graph:{status}:{code}")
        self.status, self.code = status, code


def _error_code(response: httpx.Response) -> str:
    try:
        return str(response.json()["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return "unknown"


class GraphClient:
    """HTTP to Graph for one mailbox: auth, retries, throttling, error translation.

    Error messages carry the HTTP status and Graph's error code only; Graph's error
    messages may echo addresses or subjects and never reach a log.
    """

    def __init__(self, base_url: str, user: str, token: TokenSource, *,
                 max_concurrency: int = 4, sleep: Callable[[float], None] = time.sleep,
                 timeout: float = 60.0, http: httpx.Client | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.user = user
        self.token = token
        self.sleep = sleep
        self.semaphore = mailbox_semaphore(self.base_url, user, max_concurrency)
        self.http = http or httpx.Client(timeout=timeout)

    def url(self, path: str) -> str:
        return f"{self.base_url}/users/{urllib.parse.quote(self.user, safe='@.')}{path}"

    def request(self, method: str, url: str, *, idempotent: bool = True,
                prefer: Sequence[str] = (), not_found_ok: bool = False,
                headers: dict[str, str] | None = None,
                **kwargs: Any) -> httpx.Response | None:
        """Send one request; retry what may pass; raise GraphHTTPError for the rest.

        A request that is not idempotent (creating a draft, sending it) is not repeated
        after a lost connection: the server may have done it. The caller finds out by
        looking (GraphTransport.already_sent) instead.
        """
        unauthorised = 0
        for attempt in range(1, MAX_ATTEMPTS + 1):
            sent_headers = {"Authorization": f"Bearer {self.token()}",
                            "Prefer": ", ".join([IMMUTABLE, *prefer]), **(headers or {})}
            try:
                with self.semaphore:
                    response = self.http.request(method, url, headers=sent_headers, **kwargs)
            except httpx.TransportError as err:
                if not idempotent or attempt == MAX_ATTEMPTS:
                    raise TemporaryFailure(f"graph:{type(err).__name__}") from None
                self.sleep(min(2.0 ** attempt, 60.0))
                continue
            if response.status_code < 300:
                return response
            code = _error_code(response)
            if response.status_code == 404 and not_found_ok:
                return None
            if response.status_code in RETRY_STATUSES and attempt < MAX_ATTEMPTS:
                delay = self._retry_after(response, attempt)
                log.info("graph throttled", extra={"status": response.status_code,
                                                   "code": code, "retry_after": delay})
                self.sleep(delay)
            elif response.status_code == 401 and unauthorised == 0:
                unauthorised += 1      # a token revoked early: ask msal once more
            else:
                raise GraphHTTPError(response.status_code, code)
        raise TemporaryFailure(f"graph:gave up after {MAX_ATTEMPTS} attempts")

    @staticmethod
    def _retry_after(response: httpx.Response, attempt: int) -> float:
        value = response.headers.get("Retry-After")
        if value is not None:
            try:
                delay = float(value)
            except ValueError:
                delay = 2.0 ** attempt
        else:
            delay = 2.0 ** attempt
        if delay > MAX_RETRY_AFTER:
            raise TemporaryFailure(f"graph:{response.status_code}:retry-after {delay:.0f}s")
        return max(delay, 0.0)

    def json(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
        response = self.request(method, url, **kwargs)
        assert response is not None
        result: dict[str, Any] = response.json()
        return result

    def resolve_folder(self, folder: str) -> str:
        """A well-known name ("inbox") or a folder id as is; a path of display names
        ("inbox/Borgerpost", "Arkiv/2026") from the root of the mailbox otherwise."""
        found = self.find_folder(folder)
        if found is None:
            raise PermanentFailure("graph:folder not found")
        return found

    def find_folder(self, folder: str) -> str | None:
        """As resolve_folder, but None when a folder on the path does not exist."""
        if folder.lower() in WELL_KNOWN_FOLDERS:
            return folder.lower()
        if "/" not in folder and len(folder) > 60:
            return folder          # Graph folder ids are long base64; names are short
        parent = "msgfolderroot"
        for name in (part for part in folder.split("/") if part):
            if parent == "msgfolderroot" and name.lower() in WELL_KNOWN_FOLDERS:
                parent = name.lower()
                continue
            try:
                found = self.json("GET", self.url(f"/mailFolders/{parent}/childFolders"),
                                  params={"$filter": f"displayName eq {odata_quote(name)}",
                                          "$select": "id,displayName"})["value"]
            except GraphHTTPError as err:
                raise translate(err) from None
            if not found:
                return None
            parent = str(found[0]["id"])
        return parent

    def close(self) -> None:
        self.http.close()


def translate(err: GraphHTTPError) -> Exception:
    """Whose fault (errors.py): 4xx other than throttling is a refusal for good."""
    if err.status >= 500 or err.status in RETRY_STATUSES:
        return TemporaryFailure(str(err))
    return PermanentFailure(str(err))


def explain(err: BaseException) -> str:
    """A Danish / English line for check-config --connect, with no secret in it."""
    text = str(err)
    if isinstance(err, GraphHTTPError):
        if err.status == 401:
            return (f"Adgang nægtet: token afvist ({text}). Tjek tenant, klient-id og "
                    f"hemmelighed / Access denied: token rejected. Check tenant, client id "
                    f"and secret")
        if err.status == 403:
            return (f"Ingen adgang til postkassen ({text}). Tjek applikationstilladelser og "
                    f"Exchange RBAC-scope / No access to the mailbox. Check the application "
                    f"permissions and the Exchange RBAC scope")
        if err.status == 404:
            return (f"Postkasse eller mappe findes ikke ({text}) / Mailbox or folder not "
                    f"found")
    if isinstance(err, TemporaryFailure):
        return f"Midlertidig fejl, prøv igen ({text}) / Temporary failure, try again"
    if isinstance(err, ConfigError):
        return f"Konfigurationsfejl ({text}) / Configuration error"
    return f"Fejl ({text}) / Error"


@dataclass(frozen=True)
class _Item:
    """A listed message. `received` is the time it is sorted and filtered by: its
    receivedDateTime, or in Drafts and Sent Items the time list_folder says."""

    id: str
    received: dt.datetime
    etag: str | None = None


def _etag(entry: dict[str, Any]) -> str | None:
    """The item's version as Graph tags it: @odata.etag, which for Outlook items is
    W/"<changeKey>" (outlookItem.changeKey: "every time the item is changed, changeKey
    changes as well")."""
    etag = entry.get("@odata.etag")
    if isinstance(etag, str) and etag:
        return etag
    key = entry.get("changeKey")
    return f'W/"{key}"' if isinstance(key, str) and key else None


def _parse_time(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


class _Resync(Exception):
    pass


class GraphSource:
    """See daemon.mailboxes.base.MailSource.

    `token_provider` (tests) replaces the msal token source; `sleep` replaces time.sleep
    for Retry-After and `wait`; `http` replaces the httpx client.
    """

    def __init__(self, mailbox_id: str, cfg: GraphSourceCfg, *,
                 token_provider: TokenSource | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 http: httpx.Client | None = None) -> None:
        self.mailbox_id = mailbox_id
        self.cfg = cfg
        self.folder = cfg.folder
        self.sleep = sleep
        self.page_size = cfg.page_size
        self.client = GraphClient(cfg.base_url, cfg.user,
                                  token_provider or token_source(cfg.oauth2),
                                  max_concurrency=cfg.max_concurrency, sleep=sleep,
                                  timeout=cfg.timeout_seconds, http=http)
        self._folder_id: str | None = None
        # A round that yielded nothing (all skipped, or empty) has no message to carry its
        # deltaLink; remember it here so the next poll does not repeat a full sync.
        self._advanced: dict[str | None, str] = {}
        # Drafts as last listed, by id (see list_folder and replace_draft).
        self._drafts = ListedDrafts()

    # -- reading -----------------------------------------------------------------------

    def _folder_ref(self) -> str:
        if self._folder_id is None:
            self._folder_id = self.client.resolve_folder(self.cfg.folder)
        return self._folder_id

    def _initial_url(self) -> str:
        return self.client.url(f"/mailFolders/{self._folder_ref()}/messages/delta")

    def _collect(self, url: str, initial: bool) -> tuple[dict[str, _Item], str]:
        """Follow every page of one delta round. Returns (items by id, deltaLink)."""
        items: dict[str, _Item] = {}
        params: dict[str, str] | None = (
            {"$select": "id,receivedDateTime,isDraft"} if initial else None)
        next_url: str | None = url
        while next_url is not None:
            try:
                page = self.client.json("GET", next_url, params=params,
                                        prefer=[f"odata.maxpagesize={self.page_size}"])
            except GraphHTTPError as err:
                if err.status == 410 or err.code.lower() in RESYNC_CODES:
                    raise _Resync(err.code) from None
                raise translate(err) from None
            params = None      # nextLink and deltaLink carry the query; do not add to it
            for entry in page.get("value", []):
                if "@removed" in entry or entry.get("isDraft"):
                    items.pop(str(entry.get("id")), None)
                    continue
                ident = str(entry["id"])
                items[ident] = _Item(ident, _parse_time(str(entry["receivedDateTime"])))
            delta = page.get("@odata.deltaLink")
            next_url = page.get("@odata.nextLink")
            if next_url is None:
                if not isinstance(delta, str):
                    raise TemporaryFailure("graph:delta round ended without a deltaLink")
                return items, delta
        raise AssertionError("unreachable")

    def _round(self, start: str | None) -> tuple[list[_Item], str]:
        url, initial = (start, False) if start else (self._initial_url(), True)
        for _ in range(3):
            try:
                items, delta = self._collect(url, initial)
            except _Resync as why:
                log.warning("graph delta state expired; full resync",
                            extra={"mailbox": self.mailbox_id, "code": str(why)})
                url, initial = self._initial_url(), True
                continue
            return sorted(items.values(), key=lambda i: (i.received, i.id)), delta
        raise TemporaryFailure("graph:delta resync did not complete")

    def _raw(self, ident: str) -> bytes | None:
        try:
            response = self.client.request(
                "GET", self.client.url(f"/messages/{urllib.parse.quote(ident)}/$value"),
                not_found_ok=True)
        except GraphHTTPError as err:
            raise translate(err) from None
        return None if response is None else response.content

    def fetch(self, cursor: str | None, skip: frozenset[str] = frozenset()
              ) -> Iterator[Fetched]:
        start = self._advanced.get(cursor, cursor)
        items, delta = self._round(start)
        pending = [i for i in items if i.id not in skip]
        yielded: set[str] = set()
        held: Fetched | None = None
        workers = max(1, self.cfg.max_concurrency)
        # Download ahead in windows of `workers`: the semaphore keeps the mailbox limit,
        # the window keeps memory bounded (a raw message can be tens of megabytes).
        with ThreadPoolExecutor(max_workers=workers,
                                thread_name_prefix=f"graph-{self.mailbox_id}") as pool:
            try:
                futures: list[tuple[_Item, Future[bytes | None]]] = []
                index = 0
                while index < len(pending) or futures:
                    while index < len(pending) and len(futures) < workers:
                        futures.append((pending[index], pool.submit(self._raw,
                                                                    pending[index].id)))
                        index += 1
                    item, future = futures.pop(0)
                    raw = future.result()
                    if raw is None or item.id in yielded:
                        continue   # deleted or moved between the delta and the download
                    yielded.add(item.id)
                    if held is not None:
                        yield held
                    held = Fetched(MessageRef(self.mailbox_id, self.folder, item.id), raw,
                                   item.received, start)
            finally:
                for _, future in futures:
                    future.cancel()
        if held is None:
            self._advanced = {cursor: delta}
            return
        yield Fetched(held.ref, held.raw, held.arrived, delta)

    # -- changing what Borgerpost owns -------------------------------------------------

    def set_categories(self, ref: MessageRef, categories: Sequence[str]) -> None:
        self._merge_categories(ref.uid, categories)

    def _merge_categories(self, uid: str, categories: Sequence[str]
                          ) -> tuple[str, str | None] | None:
        """Add `categories` to the message's own. Returns (the etag the PATCH was guarded
        by, the etag after it), or None when nothing had to change."""
        url = self.client.url(f"/messages/{urllib.parse.quote(uid)}")
        for _ in range(5):
            try:
                current = self.client.json("GET", url, params={"$select": "categories"})
                existing = [str(c) for c in current.get("categories", [])]
                merged = list(dict.fromkeys([*existing, *categories]))
                if merged == existing:
                    return None
                # If-Match: a person may be setting a category in Outlook right now; a
                # lost update would remove theirs (412 → read again and merge again).
                guard = str(current.get("@odata.etag", "*"))
                response = self.client.request("PATCH", url, json={"categories": merged},
                                               headers={"If-Match": guard})
                try:
                    after = _etag(response.json()) if response is not None else None
                except ValueError:
                    after = None       # an empty answer: the next listing downloads again
                return guard, after
            except GraphHTTPError as err:
                if err.status != 412:
                    raise translate(err) from None
        raise TemporaryFailure("graph:412 categories kept changing")

    def move(self, ref: MessageRef, folder: str) -> MessageRef:
        """Move to `folder` (well-known name, id or display-name path). With immutable
        ids the uid stays the same; the returned ref says where the message now is."""
        try:
            target = self.client.resolve_folder(folder)
            moved = self.client.json(
                "POST", self.client.url(f"/messages/{urllib.parse.quote(ref.uid)}/move"),
                json={"destinationId": target})
        except GraphHTTPError as err:
            raise translate(err) from None
        return MessageRef(self.mailbox_id, folder, str(moved["id"]))

    def categories(self, uid: str) -> list[str]:
        """The message's current categories (tests, check-config)."""
        try:
            current = self.client.json(
                "GET", self.client.url(f"/messages/{urllib.parse.quote(uid)}"),
                params={"$select": "categories"})
        except GraphHTTPError as err:
            raise translate(err) from None
        return [str(c) for c in current.get("categories", [])]

    # -- FolderAccess (daemon.mailboxes.folders) -----------------------------------------
    #
    # Used by the runner for the decision folders a person moves a case's mail into in
    # Outlook ("Borgerpost/Afsluttet", issue 7), and by daemon.drafts for a council
    # member's Drafts and Sent Items (issue 4, point 4). Decisions:
    #
    # * `folder` is a path of display names from the mailbox root as Outlook shows it
    #   (msgfolderroot: "Borgerpost" is a top-level folder, not one under the Inbox), or
    #   a well-known name ("drafts", "sentitems": the same in every mailbox language);
    #   resolved on every call (two small GETs), so a folder a person creates, renames
    #   or deletes is seen on the next pass. A missing one is empty.
    # * `ref.folder` is the path as given, without the folder id: with immutable ids a
    #   message's id is unique in the mailbox and survives moves, so (path, id) never
    #   aliases another message; the runner matches skip rows on the path (or
    #   "path;..."), and Processed.folder has room for 255 characters, which a path plus
    #   a Graph folder id (~150) would not reliably leave.
    # * `arrived` (and `since`) is, in Drafts, lastModifiedDateTime: the contract's "for
    #   a draft, the time of its last save", which daemon.core.drafts.idle_reason needs
    #   (receivedDateTime of a draft is when it was created, and does not move when the
    #   member saves). In Sent Items it is sentDateTime, when the member sent it. In any
    #   other folder it is receivedDateTime, as for fetch: a move keeps it, as IMAP keeps
    #   INTERNALDATE on MOVE (RFC 6851) and Maildir keeps the mtime on rename, so all
    #   adapters agree; there lastModifiedDateTime is not "when it was moved": every
    #   category (ours included), flag or read change moves it too.
    # * The listing is $select of the id, that time (and, in Drafts, changeKey) with
    #   $top and @odata.nextLink ($skip); a message moved out between two pages may be
    #   missed in this pass and is listed on the next one (list_folder keeps no cursor;
    #   `skip` is what makes a repeat cheap). Nothing is downloaded for skipped or too
    #   old messages, nor for a draft whose etag is the one of the last listing: its
    #   bytes are the ones yielded then. That also keeps a draft's content hash (which
    #   daemon.drafts compares between passes) stable even if Exchange, which renders
    #   the MIME of $value from the item on every request, did not render it byte for
    #   byte the same twice.

    def _list(self, folder_id: str, field: str = "receivedDateTime") -> list[_Item]:
        url: str | None = self.client.url(
            f"/mailFolders/{urllib.parse.quote(folder_id, safe='')}/messages")
        select = {"receivedDateTime": "id,receivedDateTime",
                  "lastModifiedDateTime": "id,lastModifiedDateTime,changeKey",
                  "sentDateTime": "id,sentDateTime,receivedDateTime"}[field]
        params: dict[str, str] | None = {"$select": select, "$top": str(self.page_size)}
        items: dict[str, _Item] = {}
        while url is not None:
            try:
                page = self.client.json("GET", url, params=params)
            except GraphHTTPError as err:
                if err.status == 404:
                    return []      # deleted between resolving its path and listing it
                raise translate(err) from None
            params = None          # the nextLink carries the query
            for entry in page.get("value", []):
                ident = str(entry["id"])
                # A draft never sent has no sentDateTime; an item without a value keeps
                # its receivedDateTime rather than being dropped.
                when = entry.get(field) or entry["receivedDateTime"]
                items[ident] = _Item(ident, _parse_time(str(when)), _etag(entry))
            next_link = page.get("@odata.nextLink")
            url = next_link if isinstance(next_link, str) else None
        return sorted(items.values(), key=lambda i: (i.received, i.id))

    def list_folder(self, folder: str, skip: frozenset[tuple[str, str]] = frozenset(),
                    since: dt.datetime | None = None) -> Iterator[Fetched]:
        """See FolderAccess.list_folder. Read with /$value, which leaves isRead alone."""
        folder_id = self.client.find_folder(folder)
        if folder_id is None:
            return
        field = {DRAFTS: "lastModifiedDateTime", SENT_ITEMS: "sentDateTime"}.get(
            folder_id, "receivedDateTime")
        drafts = folder_id == DRAFTS
        listed: set[str] = set()
        for item in self._list(folder_id, field):
            listed.add(item.id)
            if (folder, item.id) in skip or (since is not None and item.received < since):
                continue
            raw = self._drafts.raw_at(item.id, item.etag) if drafts else None
            if raw is None:
                raw = self._raw(item.id)
            if raw is None:
                continue           # moved or deleted since the listing
            if drafts and item.etag is not None:
                self._drafts.remember(item.id, item.etag, raw)
            yield Fetched(MessageRef(self.mailbox_id, folder, item.id), raw, item.received)
        if drafts:
            self._drafts.keep_only(listed)

    def set_folder_categories(self, ref: MessageRef, categories: Sequence[str]) -> None:
        """See FolderAccess: an immutable id addresses the message in any folder. For a
        draft whose version was the listed one, the new etag is remembered with the
        listed bytes: only the categories changed, so the next listing neither downloads
        it again nor sees it as saved by the member."""
        changed = self._merge_categories(ref.uid, categories)
        if changed is not None:
            self._drafts.own_change(ref.uid, *changed)

    def _marker(self, uid: str) -> tuple[dict[str, Any] | None, str | None]:
        """The message's changeKey/isDraft and Borgerpost's marker value ("Get
        singleValueLegacyExtendedProperty": $expand with a $filter on the property id),
        or (None, None) when it is gone."""
        try:
            current = self.client.json(
                "GET", self.client.url(f"/messages/{urllib.parse.quote(uid)}"),
                params={"$select": "id,changeKey,isDraft",
                        "$expand": "singleValueExtendedProperties($filter=id eq "
                                   f"{odata_quote(MARKER_PROPERTY)})"})
        except GraphHTTPError as err:
            if err.status == 404:
                return None, None
            raise translate(err) from None
        props = current.get("singleValueExtendedProperties") or []
        value = next((str(p.get("value")) for p in props if isinstance(p, dict)), None)
        return current, value

    def replace_draft(self, ref: MessageRef, raw: bytes, *,
                      expect_sha256: str | None = None) -> MessageRef:
        """See FolderAccess. On Graph the draft is rewritten in place, not replaced: one
        `PATCH /messages/{id}` of its `body` (Graph: "Update message", body "updatable
        only if isDraft = true") and of Borgerpost's marker property (MARKER_PROPERTY,
        carrying the value of the SANITIZED_HEADER in `raw`). The id, the recipients,
        the subject, the conversation and the draft's place stay as they are, and
        nothing is created or deleted. Returns `ref` itself.

        Never over a save by the member: the draft must be one this adapter listed, with
        the bytes `expect_sha256` names, and it must still have the etag it had then:
        checked by a GET just before, and sent as If-Match on the PATCH, which Exchange
        refuses with 412 ErrorIrresolvableConflict when the change key moved on. Either
        way PermanentFailure("graph:draft-changed") (daemon.drafts: "being worked on
        after all"); a draft that is gone or no longer a draft (sent meanwhile) is
        "graph:draft-gone". Idempotent: a draft that already carries this marker value
        was rewritten by an earlier attempt (a lost answer) and is left as it is."""
        if ref.mailbox_id != self.mailbox_id:
            raise ValueError("ref belongs to another mailbox")
        marker = sanitized_marker(raw)
        if marker is None:
            raise ValueError(f"a replacement draft carries {SANITIZED_HEADER}")
        kind, content = draft_body(raw)
        body = {"contentType": kind, "content": content}
        current, mark = self._marker(ref.uid)
        if current is None:
            raise PermanentFailure("graph:draft-gone")
        if mark == marker:
            self._drafts.forget(ref.uid)
            return ref                       # done before
        known = self._drafts.get(ref.uid)
        if current.get("isDraft") is not True:
            raise PermanentFailure("graph:draft-gone")
        if known is None or _etag(current) != known.version or (
                expect_sha256 is not None and known.sha256 != expect_sha256):
            raise PermanentFailure("graph:draft-changed")
        try:
            self.client.request(
                "PATCH", self.client.url(f"/messages/{urllib.parse.quote(ref.uid)}"),
                json={"body": body, "singleValueExtendedProperties": [
                    {"id": MARKER_PROPERTY, "value": marker}]},
                headers={"If-Match": known.version})
        except GraphHTTPError as err:
            if err.status == 404:
                raise PermanentFailure("graph:draft-gone") from None
            if err.status != 412:
                raise translate(err) from None
            # The change key moved on: the member saved, or our own PATCH landed and its
            # answer was lost (the client repeats a PATCH after a dropped connection).
            if self._marker(ref.uid)[1] != marker:
                raise PermanentFailure("graph:draft-changed") from None
        finally:
            self._drafts.forget(ref.uid)
        return ref

    def wait(self, timeout: float) -> None:
        # Graph pushes only to a public webhook, which a municipal server behind a
        # firewall does not have; polling the delta is cheap.
        self.sleep(timeout)

    def close(self) -> None:
        self.client.close()

    # -- check-config --connect --------------------------------------------------------

    def probe(self) -> list[Check]:
        """Can we log in and read the folder? Each check: (name, ok, Danish / English)."""
        checks: list[Check] = []
        try:
            token = self.client.token()
        except Exception as err:   # any failure is a report line, never a traceback
            return [("login", False, explain(err))]
        roles = token_roles(token)
        checks.append(("login", True, "Token hentet / Token obtained"
                       + (f" (roles: {', '.join(sorted(roles))})" if roles else "")))
        if roles is not None and not {"Mail.ReadWrite"} & set(roles):
            checks.append(("permission", False,
                           "Applikationen mangler Mail.ReadWrite / The application lacks "
                           "the Mail.ReadWrite application permission"))
        try:
            folder = self.client.json("GET", self.client.url(f"/mailFolders/"
                                                              f"{self._folder_ref()}"),
                                      params={"$select": "displayName,totalItemCount"})
            checks.append(("folder", True,
                           f"Mappen kan læses ({folder.get('totalItemCount', '?')} beskeder) "
                           f"/ Folder readable ({folder.get('totalItemCount', '?')} messages)"))
        except Exception as err:
            checks.append(("folder", False, explain(err)))
        return checks
