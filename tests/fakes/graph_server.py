"""A local Microsoft Graph (mail) server for tests: the subset Borgerpost uses.

Built from Microsoft's documented wire format (Graph v1.0 reference: "message: delta",
"Get MIME content of a message" (`/$value`), "Update message", "message: move",
"Create message" with a base64 MIME body (Content-Type: text/plain), "message: send",
"List messages" with `$filter=internetMessageId eq '...'` and `$top`/`$skip` paging,
"List childFolders" with `$filter=displayName eq '...'`, "Microsoft Graph throttling
guidance" (429 + Retry-After; Outlook allows 4 concurrent requests per app and mailbox),
"Use delta query" (@odata.nextLink / @odata.deltaLink, 410 Gone for an expired state),
"Get immutable identifiers for Outlook resources" (Prefer: IdType="ImmutableId")). It
was not recorded from a real tenant; where the reference is silent the fake picks the
stricter reading (e.g. a regular id changes on move).

A council member's Drafts and Sent Items (issue 4, point 4; daemon.drafts over
GraphSource's FolderAccess): `lastModifiedDateTime`, `sentDateTime` and `changeKey` on
"List messages" (outlookItem: "every time the item is changed, changeKey changes as
well"; `@odata.etag` is W/"<changeKey>"); "Update message" of `body` ("updatable only
if isDraft = true") and of `singleValueExtendedProperties` ("Create single-value
extended property" in an existing message, id "String {GUID} Name name"); reading one
back with `$expand=singleValueExtendedProperties($filter=id eq '...')` ("Get
singleValueLegacyExtendedProperty"). A PATCH whose `If-Match` is not the item's current
etag is refused with 412 ErrorIrresolvableConflict, the answer Exchange gives for a
stale change key (reported in microsoftgraph/microsoft-graph-docs#2256 and
msgraph-sdk-dotnet#1195; the Update message page itself lists no If-Match header). The
fake keeps a PATCHed body as a single text/plain or text/html part under the draft's
old header fields; Exchange renders its own MIME, which no test here can reproduce.

Knobs for tests: `throttle`, `expire_delta_links`, `lose_response`, `forbid`, `delay`,
`before` (run an action just before a request: a member saving a draft), `now` (the
clock for lastModifiedDateTime/sentDateTime; default the real one).
Test API for drafts: `add_draft`, `save_draft` (what Outlook does when the member saves).
Observations: `requests`, `is_read_changes`, `outbox`, `max_in_flight`, `if_match`.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import email
import email.message
import email.policy
import email.utils
import itertools
import json
import re
import secrets
import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

WELL_KNOWN = ("msgfolderroot", "inbox", "drafts", "sentitems", "deleteditems", "archive",
              "junkemail", "outbox")
MAX_REQUEST_BYTES = 4 * 1024 * 1024      # Graph rejects larger request bodies (413)
MAILBOX_CONCURRENCY = 4                  # Outlook: 4 concurrent requests per app+mailbox
DEFAULT_PAGE_SIZE = 10                   # Graph's default page size for message delta


def make_token(roles: tuple[str, ...] = ("Mail.ReadWrite", "Mail.Send")) -> str:
    """An unsigned JWT shaped like an app-only Entra token (its `roles` claim)."""
    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()
    return ".".join([part({"typ": "JWT", "alg": "none"}),
                     part({"aud": "https://graph.microsoft.com", "roles": list(roles),
                           "jti": secrets.token_hex(4)}), "sig"])


@dataclass
class Folder:
    id: str
    name: str
    well_known: str | None
    parent: str | None


@dataclass
class Msg:
    immutable_id: str
    regular_id: str
    folder: str
    raw: bytes
    received: dt.datetime
    internet_message_id: str
    is_draft: bool = False
    is_read: bool = False
    categories: list[str] = field(default_factory=list)
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    bcc: list[str] = field(default_factory=list)
    changed: int = 0
    change_key: str = ""
    modified: dt.datetime | None = None      # lastModifiedDateTime
    sent: dt.datetime | None = None          # sentDateTime (None for a draft)
    extended: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (id, value)


@dataclass
class Mailbox:
    user: str
    folders: dict[str, Folder] = field(default_factory=dict)
    messages: dict[str, Msg] = field(default_factory=dict)        # by immutable id
    removed: list[tuple[int, str, str]] = field(default_factory=list)  # (counter, folder, id)


class GraphError(Exception):
    def __init__(self, status: int, code: str, message: str = "",
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(code)
        self.status, self.code, self.message = status, code, message or code
        self.headers = headers or {}


def _addresses(values: list[str]) -> list[str]:
    return [addr.lower() for _, addr in email.utils.getaddresses(values) if addr]


def _recipients(addresses: list[str]) -> list[dict[str, Any]]:
    return [{"emailAddress": {"name": a, "address": a}} for a in addresses]


def _stamp(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_PROPERTY_ID = re.compile(r"(\w+) \{([0-9A-Fa-f-]{36})\} Name (\S.*)")


def _property_key(ident: str) -> str:
    """An extended property id as Exchange matches it: type and GUID without regard to
    case, the name with ("Filtering the string name (Name) ... is case-sensitive")."""
    match = _PROPERTY_ID.fullmatch(ident.strip())
    if match is None:
        raise GraphError(400, "ErrorInvalidExtendedProperty",
                         "fake: only the 'Type {GUID} Name name' id form is supported")
    return f"{match.group(1).lower()} {{{match.group(2).lower()}}} {match.group(3)}"


def _with_body(raw: bytes, content_type: str, content: str) -> bytes:
    """`raw`'s header fields (Content-* and MIME-Version dropped) over a new body."""
    head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0]
    fields: list[bytes] = []
    for line in re.split(rb"\r?\n", head):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b"\r\n" + line
        elif line:
            fields.append(line)
    kept = [f for f in fields
            if not re.match(rb"(?i)(content-[a-z0-9-]*|mime-version)\s*:", f)]
    part = email.message.EmailMessage(policy=email.policy.SMTP)
    part.set_content(content, subtype="html" if content_type == "html" else "plain",
                     charset="utf-8")
    return b"\r\n".join(kept) + b"\r\n" + part.as_bytes()


class FakeGraph:
    """Start with `with FakeGraph() as graph:`; `graph.base_url` ends in /v1.0."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._counter = itertools.count(1)
        self.mailboxes: dict[str, Mailbox] = {}
        self.tokens: set[str] = set()
        self.token = self.issue_token()
        # Knobs
        self._throttle: list[tuple[int, str | None, int]] = []  # (count, path part, after)
        self._lost: list[tuple[str, str]] = []
        self.forbidden: set[str] = set()
        self.delay = 0.0
        self.now: dt.datetime | None = None
        self._before: list[tuple[str, str, Any]] = []
        # Delta state tokens: token -> state; expired ones answer 410.
        self._states: dict[str, dict[str, Any]] = {}
        # Observations
        self.requests: list[tuple[str, str]] = []
        self.is_read_changes: list[tuple[str, Any]] = []
        self.outbox: list[tuple[str, bytes, list[str]]] = []
        self.if_match: list[tuple[str, str | None]] = []      # (PATCHed id, If-Match)
        self.throttled = 0
        self.in_flight: dict[str, int] = {}
        self.max_in_flight: dict[str, int] = {}
        self.cleanups: list[Any] = []          # adapters' close(), run before shutdown
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        daemon=True)

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1.0"

    def __enter__(self) -> FakeGraph:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for cleanup in reversed(self.cleanups):
            cleanup()
        self._server.shutdown()
        self._server.server_close()

    # -- test API ----------------------------------------------------------------------

    def issue_token(self, roles: tuple[str, ...] = ("Mail.ReadWrite", "Mail.Send")) -> str:
        token = make_token(roles)
        self.tokens.add(token)
        return token

    def add_mailbox(self, user: str) -> Mailbox:
        with self._lock:
            box = Mailbox(user.lower())
            for name in WELL_KNOWN:
                parent = None if name == "msgfolderroot" else "msgfolderroot"
                fid = "AAMk-" + name + "-" + secrets.token_hex(6)
                box.folders[fid] = Folder(fid, name.capitalize(), name, parent)
            for f in box.folders.values():
                if f.parent:
                    f.parent = self._folder(box, f.parent).id
            self.mailboxes[box.user] = box
            return box

    def add_folder(self, user: str, name: str, parent: str = "msgfolderroot") -> str:
        with self._lock:
            box = self.mailboxes[user.lower()]
            fid = "AAMk-f-" + secrets.token_hex(6)
            box.folders[fid] = Folder(fid, name, None, self._folder(box, parent).id)
            return fid

    def deliver(self, user: str, raw: bytes, received: dt.datetime | None = None,
                folder: str = "inbox", sent: dt.datetime | None = None) -> str:
        """Put a message in a folder, as transport delivery would. Returns its immutable id.
        `sent` is its sentDateTime (default: `received`): for Sent Items, when the member
        sent it."""
        with self._lock:
            box = self.mailboxes[user.lower()]
            parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
            mid = str(parsed.get("Message-ID", "")).strip() or email.utils.make_msgid()
            msg = Msg(immutable_id="AAkALg-imm-" + secrets.token_hex(8),
                      regular_id="AAMkAG-" + secrets.token_hex(8),
                      folder=self._folder(box, folder).id, raw=raw,
                      received=received or self._clock(),
                      internet_message_id=mid)
            self._touch(msg)
            msg.modified = msg.received
            msg.sent = sent or msg.received
            box.messages[msg.immutable_id] = msg
            return msg.immutable_id

    def add_draft(self, user: str, raw: bytes, modified: dt.datetime) -> str:
        """A draft the member saved in Outlook at `modified`. Returns its immutable id."""
        with self._lock:
            box = self.mailboxes[user.lower()]
            m = self._create(box, raw, "drafts")
            m.received = m.modified = modified
            return m.immutable_id

    def save_draft(self, user: str, immutable_id: str, raw: bytes,
                   modified: dt.datetime) -> None:
        """The member saving the draft again: new content, new changeKey, new
        lastModifiedDateTime; the id stays (an Exchange item is updated in place)."""
        with self._lock:
            m = self.mailboxes[user.lower()].messages[immutable_id]
            m.raw = raw
            self._touch(m)
            m.modified = modified

    def before(self, method: str, path_part: str, action: Any) -> None:
        """Run `action()` once, just before the next `method` request whose path contains
        `path_part` is handled (as if a person acted in Outlook at that moment)."""
        with self._lock:
            self._before.append((method, path_part, action))

    def move(self, user: str, immutable_id: str, folder: str) -> None:
        """A person moving a message in Outlook (`folder`: a folder id or well-known name).
        The immutable id stays, the regular id changes, the delta sees it leave."""
        with self._lock:
            box = self.mailboxes[user.lower()]
            self._move(box, box.messages[immutable_id], folder)

    def message(self, user: str, immutable_id: str) -> Msg:
        return self.mailboxes[user.lower()].messages[immutable_id]

    def folder_of(self, user: str, immutable_id: str) -> str:
        box = self.mailboxes[user.lower()]
        folder = box.folders[box.messages[immutable_id].folder]
        return folder.well_known or folder.name

    def throttle(self, count: int = 1, path_part: str | None = None, retry_after: int = 1
                 ) -> None:
        """Answer the next `count` requests (whose path contains `path_part`) with 429."""
        with self._lock:
            self._throttle.append((count, path_part, retry_after))

    def expire_delta_links(self) -> None:
        """Forget every delta and skip token issued so far: they now answer 410 Gone."""
        with self._lock:
            for state in self._states.values():
                state["expired"] = True

    def lose_response(self, method: str, path_suffix: str) -> None:
        """Do the next matching request, then drop the connection without an answer."""
        with self._lock:
            self._lost.append((method, path_suffix))

    def forbid(self, user: str) -> None:
        """As an Exchange RBAC scope that leaves this mailbox out: 403 for everything."""
        self.forbidden.add(user.lower())

    # -- internals ---------------------------------------------------------------------

    def _clock(self) -> dt.datetime:
        return self.now or dt.datetime.now(dt.UTC).replace(microsecond=0)

    def _touch(self, msg: Msg) -> None:
        msg.changed = next(self._counter)
        msg.change_key = "CQAAABYAAA" + secrets.token_hex(6)
        msg.modified = self._clock()

    def _folder(self, box: Mailbox, ref: str) -> Folder:
        ref_l = ref.lower()
        for f in box.folders.values():
            if f.id == ref or (f.well_known and f.well_known == ref_l):
                return f
        raise GraphError(404, "ErrorInvalidIdMalformed" if "-" not in ref else
                         "ErrorItemNotFound", "The specified folder could not be found.")

    def _find(self, box: Mailbox, ident: str) -> Msg:
        for m in box.messages.values():
            if ident in (m.immutable_id, m.regular_id):
                return m
        raise GraphError(404, "ErrorItemNotFound",
                         "The specified object was not found in the store.")

    def _json(self, box: Mailbox, m: Msg, immutable: bool,
              select: list[str] | None = None, expand: str | None = None
              ) -> dict[str, Any]:
        parsed = email.message_from_bytes(m.raw, policy=email.policy.compat32)
        full: dict[str, Any] = {
            "@odata.etag": f'W/"{m.change_key}"',
            "id": m.immutable_id if immutable else m.regular_id,
            "changeKey": m.change_key,
            "receivedDateTime": _stamp(m.received),
            "lastModifiedDateTime": _stamp(m.modified),
            "sentDateTime": _stamp(m.sent),
            "subject": str(parsed.get("Subject", "")),
            "internetMessageId": m.internet_message_id,
            "isRead": m.is_read,
            "isDraft": m.is_draft,
            "parentFolderId": box.folders[m.folder].id,
            "categories": list(m.categories),
            "toRecipients": _recipients(m.to),
            "ccRecipients": _recipients(m.cc),
            "bccRecipients": _recipients(m.bcc),
        }
        if select is not None:
            full = {k: v for k, v in full.items() if k in {"@odata.etag", "id", *select}}
        if expand is not None:
            match = re.fullmatch(r"singleValueExtendedProperties\(\$filter=id eq "
                                 r"'((?:[^']|'')*)'\)", expand)
            if match is None:
                raise GraphError(400, "BadRequest", "fake: unsupported $expand")
            found = m.extended.get(_property_key(match.group(1).replace("''", "'")))
            if found is not None:     # absent, not empty, when the item lacks it
                full["singleValueExtendedProperties"] = [{"id": found[0], "value": found[1]}]
        return full

    def _page(self, box: Mailbox, state: dict[str, Any], immutable: bool
              ) -> dict[str, Any]:
        ids: list[str] = state["ids"]
        size: int = state["size"]
        chunk, rest = ids[:size], ids[size:]
        value: list[dict[str, Any]] = []
        for ident in chunk:
            if ident.startswith("removed:"):
                value.append({"@odata.type": "#microsoft.graph.message",
                              "id": ident.removeprefix("removed:"),
                              "@removed": {"reason": "deleted"}})
                continue
            m = box.messages.get(ident)
            if m is None or m.folder != state["folder"]:
                continue
            value.append({"@odata.type": "#microsoft.graph.message",
                          **self._json(box, m, immutable, state["select"])})
        base = f"{self.base_url}/users/{box.user}/mailFolders('{state['folder_ref']}')" \
               "/messages/delta"
        body: dict[str, Any] = {"@odata.context": f"{self.base_url}/$metadata#Collection"
                                                  "(message)", "value": value}
        token = secrets.token_urlsafe(12)
        if rest:
            self._states[token] = {**state, "ids": rest, "expired": False}
            body["@odata.nextLink"] = f"{base}?$skiptoken={token}"
        else:
            self._states[token] = {"folder": state["folder"], "folder_ref": state["folder_ref"],
                                   "since": state["upto"], "select": state["select"],
                                   "expired": False, "delta": True}
            body["@odata.deltaLink"] = f"{base}?$deltatoken={token}"
        return body

    def _delta(self, box: Mailbox, folder_ref: str, query: dict[str, str], size: int,
               immutable: bool) -> dict[str, Any]:
        token = query.get("$skiptoken") or query.get("$deltatoken")
        if token is not None:
            state = self._states.get(token)
            if state is None or state["expired"]:
                raise GraphError(410, "SyncStateNotFound",
                                 "The sync state has expired; start a full synchronization.")
            if "$skiptoken" in query:
                return self._page(box, state, immutable)
            folder_id, since, select = state["folder"], state["since"], state["select"]
        else:
            folder_id = self._folder(box, folder_ref).id
            since = 0
            select = query["$select"].split(",") if "$select" in query else None
        upto = next(self._counter)
        changed = sorted((m for m in box.messages.values()
                          if m.folder == folder_id and since < m.changed <= upto),
                         key=lambda m: m.changed, reverse=True)
        ids = [m.immutable_id for m in changed]
        if since:
            ids += [f"removed:{ident}" for c, f, ident in box.removed
                    if f == folder_id and since < c <= upto
                    and (ident not in box.messages or box.messages[ident].folder != folder_id)]
        state = {"folder": folder_id, "folder_ref": folder_ref, "ids": ids, "size": size,
                 "upto": upto, "select": select}
        return self._page(box, state, immutable)

    def _move(self, box: Mailbox, m: Msg, destination: str) -> None:
        target = self._folder(box, destination)
        if target.id == m.folder:
            return
        box.removed.append((next(self._counter), m.folder, m.immutable_id))
        m.folder = target.id
        m.regular_id = "AAMkAG-" + secrets.token_hex(8)   # regular ids change on a move
        self._touch(m)

    def _create_from_mime(self, box: Mailbox, body: bytes, folder: str) -> Msg:
        try:
            raw = base64.b64decode(body, validate=True)
        except binascii.Error:
            raise GraphError(400, "ErrorMimeContentInvalidBase64String",
                             "Invalid base64 string for MIME content.") from None
        return self._create(box, raw, folder)

    def _create(self, box: Mailbox, raw: bytes, folder: str) -> Msg:
        parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
        mid = str(parsed.get("Message-ID", "")).strip() or email.utils.make_msgid()
        m = Msg(immutable_id="AAkALg-imm-" + secrets.token_hex(8),
                regular_id="AAMkAG-" + secrets.token_hex(8),
                folder=self._folder(box, folder).id, raw=raw,
                received=self._clock(), internet_message_id=mid, is_draft=True, is_read=True,
                to=_addresses(parsed.get_all("To", [])), cc=_addresses(parsed.get_all("Cc", [])),
                bcc=_addresses(parsed.get_all("Bcc", [])))
        self._touch(m)
        box.messages[m.immutable_id] = m
        return m

    def _patch(self, box: Mailbox, m: Msg, patch: dict[str, Any], if_match: str | None
               ) -> None:
        if if_match is not None and if_match not in ("*", f'W/"{m.change_key}"'):
            raise GraphError(412, "ErrorIrresolvableConflict",
                             "The send or update operation could not be performed because "
                             "the change key passed in the request does not match the "
                             "current change key for the item.")
        for key, value in patch.items():
            if key == "categories":
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise GraphError(400, "ErrorInvalidRequest", "categories: strings")
                m.categories = list(value)
            elif key == "isRead":
                self.is_read_changes.append((m.immutable_id, value))
                m.is_read = bool(value)
            elif key == "body":
                if not m.is_draft:
                    raise GraphError(400, "ErrorInvalidPropertyUpdateSentMessage",
                                     "Property can't be updated because the message has "
                                     "already been sent.")
                kind = str(value.get("contentType", "text")).lower()
                if kind not in ("text", "html") or not isinstance(value.get("content"), str):
                    raise GraphError(400, "ErrorInvalidRequest", "body: contentType, content")
                m.raw = _with_body(m.raw, kind, value["content"])
            elif key == "singleValueExtendedProperties":
                for prop in value:
                    ident, prop_value = str(prop["id"]), prop["value"]
                    if not isinstance(prop_value, str):
                        raise GraphError(400, "ErrorInvalidRequest", "value: a string")
                    m.extended[_property_key(ident)] = (ident, prop_value)
            elif key in ("toRecipients", "ccRecipients", "bccRecipients"):
                addrs = [r["emailAddress"]["address"].lower() for r in value]
                setattr(m, {"toRecipients": "to", "ccRecipients": "cc",
                            "bccRecipients": "bcc"}[key], addrs)
            else:
                raise GraphError(400, "ErrorInvalidProperty", f"unsupported property {key}")
        self._touch(m)

    def _list(self, box: Mailbox, folder: str | None, query: dict[str, str], immutable: bool,
              path: str) -> dict[str, Any]:
        """The "List messages" answer: newest first (receivedDateTime desc, Graph's default order),
        `$top` (default 10, at most 1000) items a page, and an @odata.nextLink with
        `$skip` while more remain, as the reference's paging examples show."""
        unknown = {k for k in query if k.startswith("$")} - {"$filter", "$select", "$top",
                                                              "$skip"}
        if unknown:
            raise GraphError(400, "BadRequest", f"fake: unsupported query option {unknown}")
        flt = query.get("$filter")
        msgs = [m for m in box.messages.values()
                if folder is None or m.folder == self._folder(box, folder).id]
        msgs.sort(key=lambda m: (m.received, m.changed), reverse=True)
        if flt is not None:
            match = re.fullmatch(r"internetMessageId eq '((?:[^']|'')*)'", flt)
            if match is None:
                raise GraphError(400, "ErrorInvalidUrlQueryFilter", "unsupported $filter")
            wanted = match.group(1).replace("''", "'")
            msgs = [m for m in msgs if m.internet_message_id == wanted]
        select = query["$select"].split(",") if "$select" in query else None
        try:
            top, skip = int(query.get("$top", "10")), int(query.get("$skip", "0"))
        except ValueError:
            raise GraphError(400, "BadRequest", "$top and $skip take integers") from None
        if not 1 <= top <= 1000 or skip < 0:
            raise GraphError(400, "ErrorInvalidParameter", "$top: 1..1000, $skip: >= 0")
        body: dict[str, Any] = {"value": [self._json(box, m, immutable, select)
                                          for m in msgs[skip:skip + top]]}
        if skip + top < len(msgs):
            following = {**query, "$top": str(top), "$skip": str(skip + top)}
            body["@odata.nextLink"] = (f"{self.base_url.removesuffix('/v1.0')}{path}?"
                                       + urllib.parse.urlencode(following))
        return body

    def _route(self, method: str, path: str, query: dict[str, str], headers: dict[str, str],
               body: bytes) -> tuple[int, dict[str, str], bytes]:
        auth = headers.get("authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.tokens:
            raise GraphError(401, "InvalidAuthenticationToken", "Access token is empty.")
        prefer = headers.get("prefer", "")
        immutable = 'IdType="ImmutableId"' in prefer
        size_match = re.search(r"odata\.maxpagesize=(\d+)", prefer)
        size = int(size_match.group(1)) if size_match else DEFAULT_PAGE_SIZE
        match = re.fullmatch(r"/v1\.0/users/([^/]+)(/.*)?", path)
        if match is None:
            raise GraphError(400, "BadRequest", "Unsupported path")
        user = urllib.parse.unquote(match.group(1)).lower()
        rest = match.group(2) or ""
        if user in self.forbidden:
            raise GraphError(403, "ErrorAccessDenied",
                             "Access is denied. Check credentials and try again.")
        box = self.mailboxes.get(user)
        if box is None:
            raise GraphError(404, "ErrorInvalidUser",
                             "The requested user is invalid.")
        applied: dict[str, str] = {}
        if size_match:
            applied["Preference-Applied"] = f"odata.maxpagesize={size}"

        def ok(obj: Any, status: int = 200) -> tuple[int, dict[str, str], bytes]:
            return status, {"Content-Type": "application/json", **applied}, \
                json.dumps(obj).encode()

        if method == "GET" and (m := re.fullmatch(
                r"/mailFolders(?:/|\(')([^/']+)'?\)?/messages/delta", rest)):
            return ok(self._delta(box, urllib.parse.unquote(m.group(1)), query, size,
                                  immutable))
        if method == "GET" and (m := re.fullmatch(r"/mailFolders/([^/]+)", rest)):
            f = self._folder(box, urllib.parse.unquote(m.group(1)))
            count = sum(1 for x in box.messages.values() if x.folder == f.id)
            return ok({"id": f.id, "displayName": f.name, "totalItemCount": count,
                       "parentFolderId": f.parent})
        if method == "GET" and (m := re.fullmatch(r"/mailFolders/([^/]+)/childFolders", rest)):
            parent = self._folder(box, urllib.parse.unquote(m.group(1)))
            flt = query.get("$filter", "")
            want = re.fullmatch(r"displayName eq '((?:[^']|'')*)'", flt)
            if flt and want is None:
                raise GraphError(400, "ErrorInvalidUrlQueryFilter", "unsupported $filter")
            children = [f for f in box.folders.values() if f.parent == parent.id
                        and (want is None or f.name == want.group(1).replace("''", "'"))]
            return ok({"value": [{"id": f.id, "displayName": f.name} for f in children]})
        if method == "GET" and (m := re.fullmatch(r"/mailFolders/([^/]+)/messages", rest)):
            return ok(self._list(box, urllib.parse.unquote(m.group(1)), query, immutable,
                                 path))
        if method == "GET" and rest == "/messages":
            return ok(self._list(box, None, query, immutable, path))
        if method == "POST" and rest in ("/messages", "/mailFolders/drafts/messages"):
            if not headers.get("content-type", "").startswith("text/plain"):
                raise GraphError(400, "ErrorInvalidRequest",
                                 "this fake only creates drafts from MIME (text/plain)")
            return ok(self._json(box, self._create_from_mime(box, body, "drafts"), immutable),
                      201)
        if (m := re.fullmatch(r"/messages/([^/]+)(/.*)?", rest)) is None:
            raise GraphError(400, "BadRequest", "Unsupported path")
        msg = self._find(box, urllib.parse.unquote(m.group(1)))
        tail = m.group(2) or ""
        if method == "GET" and tail == "/$value":
            return 200, {"Content-Type": "text/plain"}, msg.raw
        if method == "GET" and tail == "":
            select = query["$select"].split(",") if "$select" in query else None
            return ok(self._json(box, msg, immutable, select, query.get("$expand")))
        if method == "PATCH" and tail == "":
            self.if_match.append((msg.immutable_id, headers.get("if-match")))
            self._patch(box, msg, json.loads(body), headers.get("if-match"))
            return ok(self._json(box, msg, immutable))
        if method == "POST" and tail == "/move":
            self._move(box, msg, json.loads(body)["destinationId"])
            return ok(self._json(box, msg, immutable), 201)
        if method == "POST" and tail == "/send":
            if headers.get("content-length") is None:
                raise GraphError(411, "LengthRequired", "Content-Length required")
            if not msg.is_draft:
                raise GraphError(400, "ErrorInvalidOperation", "Only drafts can be sent.")
            msg.is_draft = False
            msg.sent = self._clock()
            self._move(box, msg, "sentitems")
            self.outbox.append((box.user, msg.raw, [*msg.to, *msg.cc, *msg.bcc]))
            return 202, {}, b""
        raise GraphError(405, "MethodNotAllowed", "Unsupported request")

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes; without this, delayed ACKs
                # make every keep-alive request wait ~40 ms.
                self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _do(self) -> None:
                url = urllib.parse.urlsplit(self.path)
                query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
                headers = {k.lower(): v for k, v in self.headers.items()}
                length = int(headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                user = url.path.split("/")[3].lower() if url.path.count("/") >= 3 else ""
                with fake._lock:
                    fake.requests.append((self.command, self.path))
                    fake.in_flight[user] = fake.in_flight.get(user, 0) + 1
                    fake.max_in_flight[user] = max(fake.max_in_flight.get(user, 0),
                                                   fake.in_flight[user])
                    too_many = fake.in_flight[user] > MAILBOX_CONCURRENCY
                    throttled = None
                    for i, (count, part, after) in enumerate(fake._throttle):
                        if part is None or part in url.path:
                            throttled = after
                            if count > 1:
                                fake._throttle[i] = (count - 1, part, after)
                            else:
                                del fake._throttle[i]
                            break
                if fake.delay:
                    time.sleep(fake.delay)
                try:
                    if length > MAX_REQUEST_BYTES:
                        raise GraphError(413, "RequestEntityTooLarge", "Request too large")
                    if too_many:
                        raise GraphError(429, "ApplicationThrottled",
                                         "Application is over its MailboxConcurrency limit.",
                                         {"Retry-After": "1"})
                    if throttled is not None:
                        raise GraphError(429, "ApplicationThrottled",
                                         "Application is over its IncomingBytes limit.",
                                         {"Retry-After": str(throttled)})
                    with fake._lock:
                        hook = next((h for h in fake._before if h[0] == self.command
                                     and h[1] in url.path), None)
                        if hook is not None:
                            fake._before.remove(hook)
                            hook[2]()
                        status, out_headers, out = fake._route(
                            self.command, url.path, query, headers, body)
                        lost = next((x for x in fake._lost if x[0] == self.command
                                     and url.path.endswith(x[1])), None)
                        if lost is not None:
                            fake._lost.remove(lost)
                except GraphError as err:
                    if err.status == 429:
                        fake.throttled += 1
                    lost = None
                    status = err.status
                    out_headers = {"Content-Type": "application/json", **err.headers}
                    out = json.dumps({"error": {"code": err.code, "message": err.message,
                                                "innerError": {"request-id": "fake"}}}).encode()
                finally:
                    with fake._lock:
                        fake.in_flight[user] -= 1
                if lost is not None:
                    self.close_connection = True
                    return
                self._answer(status, out_headers, out)

            do_GET = do_POST = do_PATCH = do_DELETE = _do

        return Handler
