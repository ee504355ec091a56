"""A local Exchange Web Services endpoint for tests: the SOAP operations Borgerpost uses.

Built from Microsoft's documented EWS wire format (Exchange Web Services reference:
GetFolder, FindFolder, SyncFolderItems, GetItem with item:MimeContent, UpdateItem with
ConflictResolution, CreateItem with MessageDisposition="SendAndSaveCopy", FindItem with
an IsEqualTo restriction on message:InternetMessageId or with IndexedPageItemView paging,
FindFolder by DisplayName, MoveItem; ErrorServerBusy as a
SOAP fault with BackOffMilliseconds; ErrorInvalidSyncStateData), and checked against the
requests exchangelib actually sends. It was not recorded from a real Exchange server.
HTTP Basic authentication only (NTLM is exchangelib's and requests_ntlm's business).

A council member's Drafts and Sent Items (issue 4, point 4; daemon.drafts over
EwsSource's FolderAccess): item:LastModifiedTime, item:DateTimeSent, item:IsDraft and
item:Body on GetItem/FindItem, and an extended property asked for by t:ExtendedFieldURI
(PropertySetId, PropertyName, PropertyType) in AdditionalProperties, answered as
t:ExtendedProperty with its t:Value ("ExtendedProperty", "ExtendedFieldURI" in the EWS
reference); UpdateItem with SetItemField of item:Body and of a t:ExtendedFieldURI. Every
UpdateItem gives the item a new ChangeKey and LastModifiedTime; under
ConflictResolution="NeverOverwrite" a ChangeKey other than the current one is refused
with ErrorIrresolvableConflict ("UpdateItem operation", "ConflictResolution"). An
UpdateItem applies all of its changes or none. The fake keeps an updated body as a
single text/plain or text/html part under the item's old header fields; Exchange
renders a draft's MIME from the item itself, which no test here can reproduce.

Knobs: `busy`, `invalidate_sync_states`, `lose_response`, `deny`, `before` (run an
action just before the next request of an operation: a member saving a draft), `now`
(the clock for LastModifiedTime, DateTimeSent and new items; default the real one).
Test API for drafts: `add_draft`, `save_draft` (what Outlook does when the member saves).
Observations: `operations`, `last_request`, `is_read_changes`, `outbox`.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import email.utils
import itertools
import secrets
import socket
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from xml.sax.saxutils import escape, quoteattr

from .graph_server import _with_body

S = "http://schemas.xmlsoap.org/soap/envelope/"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
NS = {"s": S, "m": M, "t": T}

DISTINGUISHED = {"root": "Root", "msgfolderroot": "Top of Information Store",
                 "inbox": "Inbox", "sentitems": "Sent Items", "drafts": "Drafts",
                 "outbox": "Outbox", "deleteditems": "Deleted Items", "junkemail": "Junk Email"}


class EwsFault(Exception):
    def __init__(self, code: str, text: str = "") -> None:
        super().__init__(code)
        self.code, self.text = code, text or code


@dataclass
class Item:
    id: str
    change_key: str
    folder: str
    raw: bytes
    received: dt.datetime
    message_id: str
    entered: int = 0                 # counter when it entered its folder
    changed: int = 0
    is_read: bool = False
    categories: list[str] = field(default_factory=list)
    is_draft: bool = False
    modified: dt.datetime | None = None      # LastModifiedTime; None: `received`
    sent: dt.datetime | None = None          # DateTimeSent; None: never sent
    # Extended properties by (PropertySetId lower-cased, PropertyName, PropertyType).
    extended: dict[tuple[str, str, str], str] = field(default_factory=dict)


@dataclass
class EFolder:
    id: str
    name: str
    parent: str | None
    distinguished: str | None


def _ts(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class FakeEws:
    """One mailbox behind `url` (…/EWS/Exchange.asmx), Basic auth `username`/`password`."""

    def __init__(self, address: str = "borgerpost.test@ishoj.dk", username: str = "svc-bp",
                 password: str = "not-a-real-password") -> None:
        self.address, self.username, self.password = address.lower(), username, password
        self._lock = threading.RLock()
        self._counter = itertools.count(1)
        self.folders: dict[str, EFolder] = {}
        for key, name in DISTINGUISHED.items():
            parent = None if key == "root" else (
                self._dist("root") if key == "msgfolderroot" else self._dist("msgfolderroot"))
            fid = "AAMkFolder-" + key + "-" + secrets.token_hex(4)
            self.folders[fid] = EFolder(fid, name, parent, key)
        self.items: dict[str, Item] = {}
        self.removed: list[tuple[int, str, str]] = []
        self._states: dict[str, dict[str, Any]] = {}
        self._busy: list[int] = [0, 0]
        self._lost: set[str] = set()
        self.denied = False
        self.operations: list[str] = []
        self.last_request: dict[str, str] = {}
        self.before: dict[str, Any] = {}       # op -> callable, run once before the next op
        self.now: dt.datetime | None = None
        self.is_read_changes: list[tuple[str, str]] = []
        self.outbox: list[tuple[bytes, list[str]]] = []
        self.cleanups: list[Any] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        daemon=True)

    # -- lifecycle and test API --------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/EWS/Exchange.asmx"

    def __enter__(self) -> FakeEws:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for cleanup in reversed(self.cleanups):
            cleanup()
        self._server.shutdown()
        self._server.server_close()

    def _dist(self, key: str) -> str:
        return next(f.id for f in self.folders.values() if f.distinguished == key)

    def add_folder(self, name: str, parent: str = "inbox") -> str:
        """A user folder below `parent` (a distinguished key or a folder id)."""
        with self._lock:
            fid = "AAMkFolder-" + secrets.token_hex(6)
            parent_id = parent if parent in self.folders else self._dist(parent)
            self.folders[fid] = EFolder(fid, name, parent_id, None)
            return fid

    def move(self, item_id: str, folder: str) -> str:
        """A person moving an item in Outlook (`folder`: a distinguished key or a folder
        id). Returns the item's new id: EWS ids change on a move."""
        with self._lock:
            target = folder if folder in self.folders else self._dist(folder)
            item = self.items.pop(item_id)
            self.removed.append((next(self._counter), item.folder, item.id))
            item.id, item.folder = "AAMkItem-" + secrets.token_hex(10), target
            item.entered = item.changed = next(self._counter)
            self.items[item.id] = item
            return item.id

    def _clock(self) -> dt.datetime:
        return self.now or dt.datetime.now(dt.UTC).replace(microsecond=0)

    def _new_item(self, raw: bytes, folder: str, received: dt.datetime | None) -> Item:
        parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
        counter = next(self._counter)
        return Item(id="AAMkItem-" + secrets.token_hex(10), change_key=secrets.token_hex(6),
                    folder=folder, raw=raw, received=received or self._clock(),
                    message_id=str(parsed.get("Message-ID", "")).strip(),
                    entered=counter, changed=counter)

    def _touch(self, item: Item) -> None:
        """What every change of an item does: a new ChangeKey and LastModifiedTime."""
        item.change_key = secrets.token_hex(6)
        item.changed = next(self._counter)
        item.modified = self._clock()

    def deliver(self, raw: bytes, received: dt.datetime | None = None, folder: str = "inbox",
                sent: dt.datetime | None = None) -> str:
        """A message in `folder`; in Sent Items, `sent` is its DateTimeSent (default:
        `received`)."""
        with self._lock:
            item = self._new_item(raw, self._dist(folder), received)
            if folder == "sentitems":
                item.sent = sent or item.received
            self.items[item.id] = item
            return item.id

    def add_draft(self, raw: bytes, modified: dt.datetime) -> str:
        """A draft the member saved in Outlook at `modified`. Returns its id."""
        with self._lock:
            item = self._new_item(raw, self._dist("drafts"), modified)
            item.is_draft, item.modified = True, modified
            self.items[item.id] = item
            return item.id

    def save_draft(self, item_id: str, raw: bytes, modified: dt.datetime) -> None:
        """The member saving the draft again in Outlook: new content, ChangeKey and
        LastModifiedTime."""
        with self._lock:
            item = self.items[item_id]
            item.raw = raw
            self._touch(item)
            item.modified = modified

    def folder_name(self, item_id: str) -> str:
        return self.folders[self.items[item_id].folder].name

    def busy(self, count: int = 1, backoff_ms: int = 2000) -> None:
        """Answer the next `count` requests with the ErrorServerBusy SOAP fault."""
        self._busy = [count, backoff_ms]

    def invalidate_sync_states(self) -> None:
        with self._lock:
            for state in self._states.values():
                state["invalid"] = True

    def lose_response(self, operation: str) -> None:
        """Perform the next `operation`, then drop the connection without an answer."""
        self._lost.add(operation)

    def deny(self) -> None:
        """As a service account without rights on the mailbox: ErrorAccessDenied."""
        self.denied = True

    # -- XML ---------------------------------------------------------------------------

    def _folder_ref(self, elem: ET.Element | None) -> EFolder:
        if elem is None:
            raise EwsFault("ErrorInvalidRequest", "no folder id")
        dist = elem.find("t:DistinguishedFolderId", NS)
        if dist is not None:
            key = dist.get("Id", "")
            mailbox = dist.find("t:Mailbox/t:EmailAddress", NS)
            if mailbox is not None and (mailbox.text or "").lower() != self.address:
                raise EwsFault("ErrorNonExistentMailbox", "No mailbox with such guid.")
            if key not in DISTINGUISHED:
                raise EwsFault("ErrorFolderNotFound", "The specified folder could not be found.")
            return self.folders[self._dist(key)]
        fid = elem.find("t:FolderId", NS)
        if fid is None or fid.get("Id") not in self.folders:
            raise EwsFault("ErrorFolderNotFound", "The specified folder could not be found.")
        return self.folders[fid.get("Id", "")]

    def _folder_xml(self, f: EFolder) -> str:
        total = sum(1 for i in self.items.values() if i.folder == f.id)
        children = sum(1 for c in self.folders.values() if c.parent == f.id)
        parent = f'<t:ParentFolderId Id="{f.parent}" ChangeKey="AQ"/>' if f.parent else ""
        return (f'<t:Folder><t:FolderId Id="{f.id}" ChangeKey="AQ"/>{parent}'
                f"<t:FolderClass>IPF.Note</t:FolderClass>"
                f"<t:DisplayName>{escape(f.name)}</t:DisplayName>"
                f"<t:TotalCount>{total}</t:TotalCount>"
                f"<t:ChildFolderCount>{children}</t:ChildFolderCount>"
                f"<t:UnreadCount>0</t:UnreadCount></t:Folder>")

    @staticmethod
    def _requested(shape: ET.Element | None) -> set[str]:
        """The FieldURIs asked for, and extended properties as "ext:<set>|<name>|<type>"."""
        if shape is None:
            return set()
        return ({f.get("FieldURI", "") for f in shape.iter(f"{{{T}}}FieldURI")}
                | {"ext:" + "|".join(FakeEws._ext_key(e))
                   for e in shape.iter(f"{{{T}}}ExtendedFieldURI")})

    @staticmethod
    def _ext_key(uri: ET.Element) -> tuple[str, str, str]:
        if uri.get("PropertySetId") is None or uri.get("PropertyName") is None:
            raise EwsFault("ErrorInvalidRequest", "fake: only PropertySetId + PropertyName")
        return (uri.get("PropertySetId", "").lower(), uri.get("PropertyName", ""),
                uri.get("PropertyType", ""))

    @staticmethod
    def _body(raw: bytes) -> tuple[str, str]:
        """(BodyType, text) of a message: its HTML part when it has one, else its text."""
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(parsed, email.message.EmailMessage)
        part = parsed.get_body(("html", "plain"))
        if part is None:
            return "Text", ""
        return ("HTML" if part.get_content_type() == "text/html" else "Text",
                str(part.get_content()))

    def _item_xml(self, item: Item, fields: set[str]) -> str:
        parts = [f'<t:ItemId Id="{item.id}" ChangeKey="{item.change_key}"/>']
        if "item:MimeContent" in fields:
            parts.append('<t:MimeContent CharacterSet="UTF-8">'
                         + base64.b64encode(item.raw).decode() + "</t:MimeContent>")
        if "item:Body" in fields:
            kind, text = self._body(item.raw)
            parts.append(f'<t:Body BodyType="{kind}">{escape(text)}</t:Body>')
        if "item:Categories" in fields and item.categories:
            parts.append("<t:Categories>" + "".join(
                f"<t:String>{escape(c)}</t:String>" for c in item.categories)
                + "</t:Categories>")
        if "item:DateTimeReceived" in fields:
            parts.append(f"<t:DateTimeReceived>{_ts(item.received)}</t:DateTimeReceived>")
        if "item:DateTimeSent" in fields and item.sent is not None:
            parts.append(f"<t:DateTimeSent>{_ts(item.sent)}</t:DateTimeSent>")
        if "item:IsDraft" in fields:
            parts.append(f"<t:IsDraft>{str(item.is_draft).lower()}</t:IsDraft>")
        for key, value in item.extended.items():
            if "ext:" + "|".join(key) in fields:
                parts.append(f"<t:ExtendedProperty><t:ExtendedFieldURI PropertySetId="
                             f"{quoteattr(key[0])} PropertyName={quoteattr(key[1])} "
                             f"PropertyType={quoteattr(key[2])}/>"
                             f"<t:Value>{escape(value)}</t:Value></t:ExtendedProperty>")
        if "item:LastModifiedTime" in fields:
            parts.append(f"<t:LastModifiedTime>{_ts(item.modified or item.received)}"
                         "</t:LastModifiedTime>")
        if "message:InternetMessageId" in fields:
            parts.append(f"<t:InternetMessageId>{escape(item.message_id)}"
                         "</t:InternetMessageId>")
        if "message:IsRead" in fields:
            parts.append(f"<t:IsRead>{str(item.is_read).lower()}</t:IsRead>")
        return "<t:Message>" + "".join(parts) + "</t:Message>"

    @staticmethod
    def _ok(op: str, inner: str = "") -> str:
        return (f'<m:{op}ResponseMessage ResponseClass="Success">'
                f"<m:ResponseCode>NoError</m:ResponseCode>{inner}</m:{op}ResponseMessage>")

    @staticmethod
    def _error(op: str, code: str, text: str, tail: str = "") -> str:
        return (f'<m:{op}ResponseMessage ResponseClass="Error">'
                f"<m:MessageText>{escape(text)}</m:MessageText>"
                f"<m:ResponseCode>{code}</m:ResponseCode>"
                f"<m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>{tail}"
                f"</m:{op}ResponseMessage>")

    # -- operations --------------------------------------------------------------------

    def _get_folder(self, req: ET.Element) -> str:
        out = []
        ids = req.find("m:FolderIds", NS)
        for ref in list(ids) if ids is not None else []:
            wrapper = ET.Element("x")
            wrapper.append(ref)
            try:
                f = self._folder_ref(wrapper)
                out.append(self._ok("GetFolder", f"<m:Folders>{self._folder_xml(f)}</m:Folders>"))
            except EwsFault as fault:
                out.append(self._error("GetFolder", fault.code, fault.text))
        return "".join(out)

    def _find_folder(self, req: ET.Element) -> str:
        parent = self._folder_ref(req.find("m:ParentFolderIds", NS))
        if req.get("Traversal", "Shallow") != "Shallow":
            raise EwsFault("ErrorInvalidRequest", "fake: only Shallow traversal")
        uri = req.find("m:Restriction/t:IsEqualTo/t:FieldURI", NS)
        if req.find("m:Restriction", NS) is not None and (
                uri is None or uri.get("FieldURI") != "folder:DisplayName"):
            raise EwsFault("ErrorInvalidRequest", "fake: only IsEqualTo on DisplayName")
        constant = req.find(".//t:Constant", NS)
        wanted = constant.get("Value") if constant is not None else None
        found = [f for f in self.folders.values()
                 if f.parent == parent.id and (wanted is None or f.name == wanted)]
        return self._ok("FindFolder",
                        f'<m:RootFolder IndexedPagingOffset="{len(found)}" '
                        f'TotalItemsInView="{len(found)}" IncludesLastItemInRange="true">'
                        f"<t:Folders>{''.join(self._folder_xml(f) for f in found)}</t:Folders>"
                        "</m:RootFolder>")

    def _sync(self, req: ET.Element) -> str:
        folder = self._folder_ref(req.find("m:SyncFolderId", NS))
        fields = self._requested(req.find("m:ItemShape", NS))
        token_elem = req.find("m:SyncState", NS)
        token = (token_elem.text or "") if token_elem is not None else ""
        max_changes = int(req.findtext("m:MaxChangesReturned", "100", NS))
        state: dict[str, Any] = {}
        if token:
            state = self._states.get(token) or {"invalid": True}
            if state["invalid"] or state["folder"] != folder.id:
                # As in the reference's error example: empty SyncState and
                # IncludesLastItemInRange follow the error code.
                return self._error("SyncFolderItems", "ErrorInvalidSyncStateData",
                                   "Synchronization state data is corrupt or otherwise "
                                   "invalid.", "<m:SyncState/><m:IncludesLastItemInRange>"
                                   "true</m:IncludesLastItemInRange>")
        if state.get("pending"):
            # The rest of a round that did not fit in MaxChangesReturned.
            changes, upto = state["pending"], state["upto"]
        else:
            since = state.get("since", 0)
            upto = next(self._counter)
            changes = []
            for item in sorted(self.items.values(), key=lambda i: i.changed):
                if item.folder != folder.id or not since < item.changed <= upto:
                    continue
                kind = "Create" if item.entered > since else "Update"
                changes.append(f"<t:{kind}>{self._item_xml(item, fields)}</t:{kind}>")
            for counter, fid, ident in self.removed:
                if fid == folder.id and since < counter <= upto and (
                        ident not in self.items or self.items[ident].folder != folder.id):
                    changes.append(f'<t:Delete><t:ItemId Id="{ident}" ChangeKey="AQ"/>'
                                   "</t:Delete>")
        page, rest = changes[:max_changes], changes[max_changes:]
        new_token = base64.b64encode(secrets.token_bytes(24)).decode()
        self._states[new_token] = {"folder": folder.id, "since": upto, "invalid": False,
                                   "pending": rest or None, "upto": upto}
        return self._ok("SyncFolderItems",
                        f"<m:SyncState>{new_token}</m:SyncState>"
                        f"<m:IncludesLastItemInRange>{str(not rest).lower()}"
                        f"</m:IncludesLastItemInRange><m:Changes>{''.join(page)}</m:Changes>")

    def _item_ids(self, req: ET.Element, tag: str = "m:ItemIds") -> list[ET.Element]:
        ids = req.find(tag, NS)
        return list(ids.iter(f"{{{T}}}ItemId")) if ids is not None else []

    def _get_item(self, req: ET.Element) -> str:
        fields = self._requested(req.find("m:ItemShape", NS))
        out = []
        for ref in self._item_ids(req):
            item = self.items.get(ref.get("Id", ""))
            if item is None:
                out.append(self._error("GetItem", "ErrorItemNotFound",
                                       "The specified object was not found in the store.",
                                       "<m:Items/>"))
            else:
                out.append(self._ok("GetItem", f"<m:Items>{self._item_xml(item, fields)}"
                                               "</m:Items>"))
        return "".join(out)

    def _update_item(self, req: ET.Element) -> str:
        resolution = req.get("ConflictResolution", "AutoResolve")
        out = []
        for change in req.iter(f"{{{T}}}ItemChange"):
            ref = change.find("t:ItemId", NS)
            item = self.items.get(ref.get("Id", "")) if ref is not None else None
            if item is None or ref is None:
                out.append(self._error("UpdateItem", "ErrorItemNotFound",
                                       "The specified object was not found in the store."))
                continue
            key = ref.get("ChangeKey")
            if resolution == "NeverOverwrite" and key and key != item.change_key:
                out.append(self._error("UpdateItem", "ErrorIrresolvableConflict",
                                       "The send or update operation could not be performed "
                                       "because the change key passed in the request does "
                                       "not match the current change key for the item."))
                continue
            # All of an ItemChange's updates, or none of them.
            actions: list[Any] = []
            unsupported = ""
            for update in change.find("t:Updates", NS) or []:
                actions.append(self._update_action(item, update))
                if actions[-1] is None:
                    unsupported = "fake: unsupported update"
                    break
            if unsupported:
                out.append(self._error("UpdateItem", "ErrorInvalidPropertySet", unsupported))
                continue
            if "body" in {a[0] for a in actions} and not item.is_draft:
                out.append(self._error("UpdateItem", "ErrorInvalidPropertyUpdateSentMessage",
                                       "The property can't be updated because the "
                                       "message has already been sent."))
                continue
            for _, apply in actions:
                apply()
            self._touch(item)
            out.append(self._ok("UpdateItem",
                                f'<m:Items><t:Message><t:ItemId Id="{item.id}" '
                                f'ChangeKey="{item.change_key}"/></t:Message></m:Items>'
                                "<m:ConflictResults><t:Count>0</t:Count>"
                                "</m:ConflictResults>"))
        return "".join(out)

    def _update_action(self, item: Item, update: ET.Element) -> tuple[str, Any] | None:
        """(what, a function that applies it) for one SetItemField/DeleteItemField, or
        None when the fake does not know the field."""
        delete = update.tag == f"{{{T}}}DeleteItemField"
        uri = update.find("t:FieldURI", NS)
        ext = update.find("t:ExtendedFieldURI", NS)
        name = uri.get("FieldURI", "") if uri is not None else ""
        if name == "message:IsRead":
            return "isread", lambda: self.is_read_changes.append(
                (item.id, ET.tostring(update, "unicode")))
        if name == "item:Categories":
            values = [] if delete else [s.text or "" for s in update.iter(f"{{{T}}}String")]
            return "categories", lambda: setattr(item, "categories", values)
        if name == "item:Body" and not delete:
            body = update.find("t:Message/t:Body", NS)
            if body is None:
                return None
            kind = "html" if body.get("BodyType", "").lower() == "html" else "text"
            text = body.text or ""
            return "body", lambda: setattr(item, "raw", _with_body(item.raw, kind, text))
        if ext is not None:
            key = self._ext_key(ext)
            if delete:
                return "extended", lambda: item.extended.pop(key, None)
            value = update.findtext("t:Message/t:ExtendedProperty/t:Value", None, NS)
            if value is None:
                return None
            return "extended", lambda: item.extended.__setitem__(key, value)
        return None

    def _create_item(self, req: ET.Element) -> str:
        if req.get("MessageDisposition") != "SendAndSaveCopy":
            raise EwsFault("ErrorInvalidRequest", "fake: only SendAndSaveCopy")
        saved = self._folder_ref(req.find("m:SavedItemFolderId", NS))
        out = []
        for message in req.findall("m:Items/t:Message", NS):
            mime = message.findtext("t:MimeContent", None, NS)
            if mime is None:
                raise EwsFault("ErrorInvalidRequest", "fake: only MIME content")
            raw = base64.b64decode(mime)
            parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
            values = [str(v) for k in ("To", "Cc", "Bcc") for v in parsed.get_all(k, [])]
            recipients = [a.lower() for _, a in email.utils.getaddresses(values) if a]
            recipients += [(e.text or "").lower() for e in
                           message.findall("t:BccRecipients/t:Mailbox/t:EmailAddress", NS)]
            if not recipients:
                out.append(self._error("CreateItem", "ErrorInvalidRecipients",
                                       "At least one recipient isn't valid."))
                continue
            copy = self._new_item(raw, saved.id, None)
            copy.is_read, copy.sent = True, copy.received
            self.items[copy.id] = copy
            self.outbox.append((raw, recipients))
            out.append(self._ok("CreateItem", "<m:Items/>"))
        return "".join(out)

    def _find_item(self, req: ET.Element) -> str:
        """FindItem, Shallow, with at most an IsEqualTo on message:InternetMessageId and an
        IndexedPageItemView from the beginning. The page's IndexedPagingOffset is the
        offset of the next page (EWS reference: "Paging search results")."""
        folder = self._folder_ref(req.find("m:ParentFolderIds", NS))
        if req.get("Traversal", "Shallow") != "Shallow":
            raise EwsFault("ErrorInvalidRequest", "fake: only Shallow traversal")
        if req.find("m:SortOrder", NS) is not None:
            raise EwsFault("ErrorInvalidRequest", "fake: no SortOrder")
        restriction = req.find("m:Restriction", NS)
        if restriction is not None and (len(restriction) != 1 or restriction[0].tag
                                        != f"{{{T}}}IsEqualTo"):
            raise EwsFault("ErrorInvalidRequest", "fake: only an IsEqualTo restriction")
        uri = req.find(".//t:IsEqualTo/t:FieldURI", NS)
        constant = req.find(".//t:IsEqualTo/t:FieldURIOrConstant/t:Constant", NS)
        if uri is not None and uri.get("FieldURI") != "message:InternetMessageId":
            raise EwsFault("ErrorInvalidRequest", "fake: only InternetMessageId restrictions")
        fields = self._requested(req.find("m:ItemShape", NS))
        found = [i for i in self.items.values() if i.folder == folder.id
                 and (constant is None or i.message_id == constant.get("Value"))]
        found.sort(key=lambda i: i.received, reverse=True)   # Exchange's default view
        view = req.find("m:IndexedPageItemView", NS)
        if view is not None and view.get("BasePoint", "Beginning") != "Beginning":
            raise EwsFault("ErrorInvalidRequest", "fake: only BasePoint Beginning")
        limit = int(view.get("MaxEntriesReturned", "1000")) if view is not None else 1000
        offset = int(view.get("Offset", "0")) if view is not None else 0
        page = found[offset:offset + limit]
        last = offset + len(page) >= len(found)
        return self._ok("FindItem",
                        f'<m:RootFolder IndexedPagingOffset="{offset + len(page)}" '
                        f'TotalItemsInView="{len(found)}" '
                        f'IncludesLastItemInRange="{str(last).lower()}">'
                        f"<t:Items>{''.join(self._item_xml(i, fields) for i in page)}"
                        "</t:Items></m:RootFolder>")

    def _move_item(self, req: ET.Element) -> str:
        target = self._folder_ref(req.find("m:ToFolderId", NS))
        out = []
        for ref in self._item_ids(req):
            item = self.items.pop(ref.get("Id", ""), None)
            if item is None:
                out.append(self._error("MoveItem", "ErrorItemNotFound",
                                       "The specified object was not found in the store."))
                continue
            self.removed.append((next(self._counter), item.folder, item.id))
            # EWS gives a moved item a new id in its new folder.
            item.id, item.folder = "AAMkItem-" + secrets.token_hex(10), target.id
            item.entered = item.changed = next(self._counter)
            self.items[item.id] = item
            out.append(self._ok("MoveItem", f'<m:Items><t:Message><t:ItemId Id="{item.id}" '
                                            f'ChangeKey="{item.change_key}"/></t:Message>'
                                            "</m:Items>"))
        return "".join(out)

    OPERATIONS: ClassVar[dict[str, Any]] = {"GetFolder": _get_folder, "FindFolder": _find_folder,
                  "SyncFolderItems": _sync, "GetItem": _get_item, "UpdateItem": _update_item,
                  "CreateItem": _create_item, "FindItem": _find_item, "MoveItem": _move_item}

    def _dispatch(self, body: bytes) -> tuple[int, str, str]:
        envelope = ET.fromstring(body)
        request = envelope.find("s:Body", NS)
        if request is None or len(request) == 0:
            raise EwsFault("ErrorInvalidRequest", "empty body")
        op_elem = request[0]
        op = op_elem.tag.removeprefix(f"{{{M}}}")
        self.operations.append(op)
        self.last_request[op] = body.decode("utf-8")
        if op in self.before:
            self.before.pop(op)()
        if op not in self.OPERATIONS:
            raise EwsFault("ErrorInvalidOperation", f"fake: {op} is not implemented")
        if self.denied:
            return 200, op, self._error(op, "ErrorAccessDenied",
                                        "Access is denied. Check credentials and try again.")
        return 200, op, self.OPERATIONS[op](self, op_elem)

    @staticmethod
    def _envelope(op: str, messages: str) -> bytes:
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                f'<s:Envelope xmlns:s="{S}"><s:Header>'
                f'<h:ServerVersionInfo xmlns:h="{T}" MajorVersion="15" MinorVersion="1" '
                'MajorBuildNumber="2507" MinorBuildNumber="6" Version="V2017_07_11"/>'
                f'</s:Header><s:Body><m:{op}Response xmlns:m="{M}" xmlns:t="{T}">'
                f"<m:ResponseMessages>{messages}</m:ResponseMessages>"
                f"</m:{op}Response></s:Body></s:Envelope>").encode()

    @staticmethod
    def _fault(code: str, text: str, backoff: int | None = None) -> bytes:
        detail = ""
        if backoff is not None:
            detail = (f'<t:MessageXml xmlns:t="{T}"><t:Value Name="BackOffMilliseconds">'
                      f"{backoff}</t:Value></t:MessageXml>")
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                f'<s:Envelope xmlns:s="{S}"><s:Body><s:Fault>'
                f"<faultcode xmlns:a=\"{T}\">a:{code}</faultcode>"
                f"<faultstring xml:lang=\"en-US\">{escape(text)}</faultstring>"
                f'<detail><e:ResponseCode xmlns:e="{T}">{code}</e:ResponseCode>'
                f'<e:Message xmlns:e="{T}">{escape(text)}</e:Message>{detail}</detail>'
                "</s:Fault></s:Body></s:Envelope>").encode()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _answer(self, status: int, body: bytes, extra: dict[str, str] | None = None
                        ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "text/xml; charset=utf-8")
                for k, v in (extra or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                expected = "Basic " + base64.b64encode(
                    f"{fake.username}:{fake.password}".encode()).decode()
                if self.headers.get("Authorization") != expected:
                    self._answer(401, b"", {"WWW-Authenticate": 'Basic realm="fake"'})
                    return
                with fake._lock:
                    if fake._busy[0] > 0:
                        fake._busy[0] -= 1
                        fake.operations.append("busy")
                        self._answer(500, fake._fault(
                            "ErrorServerBusy", "The server cannot service this request right "
                            "now. Try again later.", fake._busy[1]))
                        return
                    try:
                        status, op, messages = fake._dispatch(body)
                        out = fake._envelope(op, messages)
                    except EwsFault as fault:
                        op, status = "", 500
                        out = fake._fault(fault.code, fault.text)
                    if op in fake._lost:
                        fake._lost.discard(op)
                        self.close_connection = True
                        return
                self._answer(status, out)

            def do_GET(self) -> None:
                self._answer(405, b"")

        return Handler
