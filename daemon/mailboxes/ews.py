"""Exchange Web Services source (on-premises Exchange), on exchangelib.

See daemon.mailboxes.base for the contract. How EWS is used, and why:

* **SyncFolderItems** (`folder.sync_items`) lists the folder's changes since a sync
  state; exchangelib follows every page (IncludesLastItemInRange) before it hands out
  the new state. The state of a complete round is the cursor and rides on its last
  message, as with Graph's deltaLink. An invalid state (ErrorInvalidSyncStateData)
  means a full resync; the round is collected before yielding, so nothing is yielded
  twice in one round.
* **GetItem with MimeContent** returns the raw message and does not set IsRead; this
  module never sends an IsRead change. Categories are written with UpdateItem on the
  `item:Categories` field only, with the item's ChangeKey and NeverOverwrite, so a
  category a person sets meanwhile is merged, not overwritten. The one other UpdateItem
  is FolderAccess.replace_draft's (a council member's idle draft, issue 4): `item:Body`
  and Borgerpost's marker property, guarded the same way.
* **Errors** are translated by `translate` into TemporaryFailure (server busy,
  timeouts, connection), PermanentFailure (access denied, no such mailbox, invalid
  recipients) or MessageError (one item Exchange cannot convert).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from daemon.errors import ConfigError, MessageError, PermanentFailure, TemporaryFailure

from .base import Fetched, MessageRef
from .folders import (
    MARKER_PROPERTY_SET,
    SANITIZED_HEADER,
    ListedDrafts,
    draft_body,
    sanitized_marker,
)

if TYPE_CHECKING:
    from pydantic import SecretStr

    from daemon.config.schema import EwsSource as EwsSourceCfg
    from daemon.config.schema import OAuth2

log = logging.getLogger(__name__)

Check = tuple[str, bool, str]          # (check name, ok, message in Danish / English)
DOWNLOAD_BATCH = 10                    # MIME per GetItem: bounded memory per response
SYNC_PAGE = 100                        # MaxChangesReturned (EWS allows 1..512)
LIST_PAGE = 100                        # FindItem IndexedPageItemView MaxEntriesReturned

# Folders we address by their distinguished id (EWS DistinguishedFolderIdNameType).
DISTINGUISHED = {"inbox": "Inbox", "sentitems": "SentItems", "drafts": "Drafts",
                 "outbox": "Outbox", "deleteditems": "DeletedItems", "junkemail": "JunkEmail",
                 "msgfolderroot": "MsgFolderRoot", "archive": "Inbox"}

# Borgerpost's mark on a draft it rewrote (FolderAccess's SANITIZED_HEADER, which an
# UpdateItem cannot write into a draft's MIME): a named string MAPI property in
# Borgerpost's own property set, the one daemon.mailboxes.graph writes (EWS reference:
# "ExtendedFieldURI", PropertySetId + PropertyName + PropertyType="String"). It is set in
# the same UpdateItem as the body, so the rewrite and its mark land together or not at
# all, and Outlook does not show it, so a member cannot remove it by accident.
MARKER_FIELD = "borgerpost_sanitized"
_marker_lock = threading.Lock()


def register_marker() -> None:
    """Register MARKER_FIELD on exchangelib's Message once per process (exchangelib keeps
    extended properties on the item class). Lazy, because exchangelib is an optional
    extra; nothing is ever deregistered."""
    from exchangelib import ExtendedProperty, Message
    from exchangelib.fields import InvalidField

    with _marker_lock:
        try:
            Message.get_field_by_fieldname(MARKER_FIELD)
            return
        except InvalidField:
            pass

        class SanitizedMarker(ExtendedProperty):  # type: ignore[misc]  # untyped base
            property_set_id = MARKER_PROPERTY_SET
            property_name = SANITIZED_HEADER
            property_type = "String"

        Message.register(MARKER_FIELD, SanitizedMarker)



def connect(*, primary_smtp_address: str, server: str | None, username: str | None,
            password: SecretStr | None, auth_type: str, oauth2: OAuth2 | None,
            verify_tls: bool, version: str | None, max_connections: int = 4) -> Any:
    """An exchangelib Account, configured explicitly when `server` is given (a host name
    or the full EWS URL) and by autodiscover otherwise. Nothing is sent yet."""
    try:
        from exchangelib import (
            BASIC,
            DELEGATE,
            IMPERSONATION,
            NTLM,
            OAUTH2,
            Account,
            Build,
            Configuration,
            Credentials,
            Identity,
            OAuth2Credentials,
            Version,
        )
        from exchangelib.protocol import BaseProtocol, NoVerifyHTTPAdapter
    except ImportError:
        raise ConfigError(["ews: install the exchange extra (pip install "
                           "'borgerpost[exchange]')"]) from None
    credentials: Any
    access_type = DELEGATE
    if auth_type == "oauth2":
        if oauth2 is None or oauth2.client_secret is None:
            raise ConfigError(["ews: auth_type oauth2 needs oauth2.client_secret (exchangelib "
                               "does not take a certificate)"])
        credentials = OAuth2Credentials(
            client_id=oauth2.client_id, client_secret=oauth2.client_secret.get_secret_value(),
            tenant_id=oauth2.tenant_id,
            identity=Identity(primary_smtp_address=primary_smtp_address))
        access_type = IMPERSONATION     # app-only tokens act on a mailbox by impersonation
    else:
        if username is None or password is None:
            raise ConfigError([f"ews: auth_type {auth_type} needs username and password"])
        credentials = Credentials(username, password.get_secret_value())
    if not verify_tls:
        # exchangelib keeps the HTTP adapter per process, not per account.
        log.warning("ews: TLS certificates are not verified (verify_tls: false)")
        BaseProtocol.HTTP_ADAPTER_CLS = NoVerifyHTTPAdapter
    build = None
    if version:
        parts = [int(p) for p in version.split(".")]
        build = Version(build=Build(*parts))
    if server is None:
        return Account(primary_smtp_address, credentials=credentials, autodiscover=True,
                       access_type=access_type)
    endpoint = server if "://" in server else f"https://{server}/EWS/Exchange.asmx"
    config = Configuration(service_endpoint=endpoint, credentials=credentials,
                           auth_type={"ntlm": NTLM, "basic": BASIC, "oauth2": OAUTH2}[auth_type],
                           version=build, max_connections=max_connections)
    return Account(primary_smtp_address, config=config, autodiscover=False,
                   access_type=access_type)


def translate(err: BaseException) -> Exception:
    """Whose fault (errors.py) an exchangelib or network error is. Messages carry the
    exception's class name only: EWS message texts may echo addresses."""
    import requests
    from exchangelib import errors as e

    name = f"ews:{type(err).__name__}"
    temporary = (e.ErrorServerBusy, e.ErrorTimeoutExpired, e.ErrorInternalServerTransientError,
                 e.ErrorMailboxStoreUnavailable, e.ErrorMailboxMoveInProgress,
                 e.ErrorConnectionFailed, e.ErrorTooManyObjectsOpened,
                 e.ErrorInternalServerError, e.TransportError, e.RateLimitError,
                 e.ErrorIrresolvableConflict, requests.exceptions.RequestException,
                 ConnectionError, TimeoutError)
    permanent = (e.UnauthorizedError, e.ErrorAccessDenied, e.ErrorNonExistentMailbox,
                 e.ErrorInvalidRecipients, e.ErrorSendAsDenied, e.ErrorImpersonateUserDenied,
                 e.ErrorItemNotFound, e.ErrorQuotaExceeded, e.ErrorMessageSizeExceeded,
                 e.ErrorFolderNotFound, e.CASError, e.AutoDiscoverFailed)
    if isinstance(err, e.ErrorMimeContentConversionFailed):
        return MessageError(name)
    # Order matters: several permanent errors subclass TransportError.
    if isinstance(err, permanent):
        return PermanentFailure(name)
    if isinstance(err, temporary):
        return TemporaryFailure(name)
    if isinstance(err, e.EWSError):
        return PermanentFailure(name)
    return TemporaryFailure(name)


def explain(err: BaseException) -> str:
    """A Danish / English line for check-config --connect, with no secret in it."""
    from exchangelib import errors as e

    name = type(err).__name__
    if isinstance(err, e.UnauthorizedError):
        return (f"Login afvist ({name}). Tjek brugernavn, adgangskode og auth_type / "
                f"Login refused. Check username, password and auth_type")
    if isinstance(err, e.ErrorAccessDenied | e.ErrorImpersonateUserDenied):
        return (f"Ingen adgang til postkassen ({name}). Tjek FullAccess eller "
                f"ApplicationImpersonation / No access to the mailbox. Check FullAccess or "
                f"ApplicationImpersonation")
    if isinstance(err, e.ErrorNonExistentMailbox | e.ErrorFolderNotFound):
        return f"Postkasse eller mappe findes ikke ({name}) / Mailbox or folder not found"
    if isinstance(err, e.AutoDiscoverFailed):
        return (f"Autodiscover fandt ingen server ({name}). Angiv server: / Autodiscover "
                f"found no server. Set server:")
    if isinstance(err, ConfigError):
        return f"Konfigurationsfejl ({err}) / Configuration error"
    if isinstance(translate(err), TemporaryFailure):
        return f"Server eller netværk svarer ikke ({name}) / Server or network not answering"
    return f"Fejl ({name}) / Error"


def resolve_folder(account: Any, folder: str) -> Any:
    """A distinguished name ("inbox", "sentitems") or a path of display names below one
    ("inbox/Borgerpost"), or below the mailbox root ("Arkiv/2026")."""
    from exchangelib.folders import (
        DeletedItems,
        Drafts,
        Inbox,
        JunkEmail,
        MsgFolderRoot,
        Outbox,
        SentItems,
    )

    classes = {"inbox": Inbox, "sentitems": SentItems, "drafts": Drafts, "outbox": Outbox,
               "deleteditems": DeletedItems, "junkemail": JunkEmail,
               "msgfolderroot": MsgFolderRoot}
    parts = [p for p in folder.split("/") if p]
    head = parts[0].lower() if parts else "inbox"
    if head in classes:
        current = account.root.get_default_folder(classes[head])
        parts = parts[1:]
    else:
        current = account.root.get_default_folder(MsgFolderRoot)
    for name in parts:
        current = current // name     # a shallow FindFolder; no walk of the whole tree
    return current


def _utc(value: Any) -> dt.datetime:
    """exchangelib's EWSDateTime as a plain aware datetime (DESIGN.md: arrival is the
    server's time). An item without DateTimeReceived sorts first."""
    if value is None:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    return dt.datetime.fromtimestamp(value.timestamp(), tz=dt.UTC)


class EwsSource:
    """See daemon.mailboxes.base.MailSource. `account` (tests) replaces the connection
    built from the config; `sleep` replaces time.sleep in `wait`."""

    def __init__(self, mailbox_id: str, cfg: EwsSourceCfg, *, account: Any = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.mailbox_id = mailbox_id
        self.cfg = cfg
        self.folder = cfg.folder
        self.sleep = sleep
        self._account = account
        self._folder_obj: Any = None
        self._advanced: dict[str | None, str] = {}
        self.sync_page = SYNC_PAGE
        self.list_page = LIST_PAGE
        # Drafts as last listed, by item id (see list_folder and replace_draft).
        self._drafts = ListedDrafts()

    @property
    def account(self) -> Any:
        if self._account is None:
            self._account = connect(
                primary_smtp_address=self.cfg.primary_smtp_address, server=self.cfg.server,
                username=self.cfg.username, password=self.cfg.password,
                auth_type=self.cfg.auth_type, oauth2=self.cfg.oauth2,
                verify_tls=self.cfg.verify_tls, version=self.cfg.version,
                max_connections=self.cfg.max_connections)
        return self._account

    def _folder(self) -> Any:
        if self._folder_obj is None:
            self._folder_obj = resolve_folder(self.account, self.cfg.folder)
        return self._folder_obj

    def _round(self, start: str | None) -> tuple[list[Any], str]:
        from exchangelib import errors as e

        for state in (start, None):
            try:
                folder = self._folder()
            except Exception as err:
                raise translate(err) from None
            folder.item_sync_state = state   # exchangelib falls back to the folder's own
            items: dict[str, Any] = {}
            try:
                for change, item in folder.sync_items(
                        sync_state=state, only_fields=["datetime_received"],
                        max_changes_returned=self.sync_page):
                    if change in ("create", "update"):
                        items[item.id] = item
                    elif change == "delete":
                        items.pop(item.id, None)
                    # read_flag_change: a person read it; nothing for us.
            except (e.ErrorInvalidSyncStateData, AttributeError):
                # AttributeError: exchangelib 5.6 reads SyncState before the response
                # code, so an error answer without <m:SyncState/> fails that way.
                if state is None:
                    raise TemporaryFailure("ews:ErrorInvalidSyncStateData") from None
                log.warning("ews sync state invalid; full resync",
                            extra={"mailbox": self.mailbox_id})
                continue
            except Exception as err:
                raise translate(err) from None
            new_state = folder.item_sync_state
            if not new_state:
                raise TemporaryFailure("ews:sync round ended without a sync state")
            ordered = sorted(items.values(),
                             key=lambda i: (_utc(i.datetime_received), i.id))
            return ordered, str(new_state)
        raise AssertionError("unreachable")

    def _download(self, items: Sequence[Any]) -> list[tuple[Any, bytes | None]]:
        return [(item, raw) for item, raw, _ in self._mime(items)]

    def _mime(self, items: Sequence[Any]) -> list[tuple[Any, bytes | None, str | None]]:
        """(item, MIME or None when it cannot be had, the ChangeKey the MIME was read at)."""
        try:
            fetched = list(self.account.fetch(ids=[(i.id, None) for i in items],
                                              only_fields=["mime_content"]))
        except Exception as err:
            raise translate(err) from None
        out: list[tuple[Any, bytes | None, str | None]] = []
        for item, got in zip(items, fetched, strict=True):
            if isinstance(got, Exception):
                mapped = translate(got)
                if isinstance(mapped, TemporaryFailure):
                    raise mapped
                # Gone since the sync (a person moved it) or not convertible: it has no
                # MIME to give; log the id and go on with the rest of the round.
                log.warning("ews item skipped", extra={"mailbox": self.mailbox_id,
                                                       "error": type(got).__name__})
                out.append((item, None, None))
            else:
                out.append((item, bytes(got.mime_content or b""),
                            str(got.changekey) if got.changekey else None))
        return out

    def fetch(self, cursor: str | None, skip: frozenset[str] = frozenset()
              ) -> Iterator[Fetched]:
        start = self._advanced.get(cursor, cursor)
        items, state = self._round(start)
        pending = [i for i in items if i.id not in skip]
        held: Fetched | None = None
        yielded: set[str] = set()
        for offset in range(0, len(pending), DOWNLOAD_BATCH):
            for item, raw in self._download(pending[offset:offset + DOWNLOAD_BATCH]):
                if raw is None or item.id in yielded:
                    continue
                yielded.add(item.id)
                if held is not None:
                    yield held
                held = Fetched(MessageRef(self.mailbox_id, self.folder, item.id), raw,
                               _utc(item.datetime_received), start)
        if held is None:
            self._advanced = {cursor: state}
            return
        yield Fetched(held.ref, held.raw, held.arrived, state)

    def set_categories(self, ref: MessageRef, categories: Sequence[str]) -> None:
        self._merge_categories(ref.uid, categories)

    def _merge_categories(self, uid: str, categories: Sequence[str]
                          ) -> tuple[str, str | None] | None:
        """Add `categories` to the item's own. Returns (the ChangeKey the UpdateItem was
        guarded by, the ChangeKey in its answer), or None when nothing had to change."""
        from exchangelib import errors as e

        for _ in range(5):
            try:
                [item] = list(self.account.fetch(ids=[(uid, None)],
                                                 only_fields=["categories"]))
                if isinstance(item, Exception):
                    raise item
                existing = list(item.categories or [])
                merged = list(dict.fromkeys([*existing, *categories]))
                if merged == existing:
                    return None
                guard = str(item.changekey)
                item.categories = merged
                item.save(update_fields=["categories"], conflict_resolution="NeverOverwrite")
                return guard, (str(item.changekey) if item.changekey else None)
            except e.ErrorIrresolvableConflict:
                continue        # a person changed it meanwhile: read again, merge again
            except Exception as err:
                raise translate(err) from None
        raise TemporaryFailure("ews:ErrorIrresolvableConflict kept happening")

    def categories(self, uid: str) -> list[str]:
        try:
            [item] = list(self.account.fetch(ids=[(uid, None)], only_fields=["categories"]))
        except Exception as err:
            raise translate(err) from None
        if isinstance(item, Exception):
            raise translate(item)
        return list(item.categories or [])

    def move(self, ref: MessageRef, folder: str) -> MessageRef:
        """Move to `folder`; EWS gives the item a new id there, which is returned."""
        try:
            target = resolve_folder(self.account, folder)
            [result] = self.account.bulk_move(ids=[(ref.uid, None)], to_folder=target)
        except Exception as err:
            raise translate(err) from None
        if isinstance(result, Exception):
            raise translate(result)
        new_id = result[0] if isinstance(result, tuple) else ref.uid
        return MessageRef(self.mailbox_id, folder, str(new_id))

    # -- FolderAccess (daemon.mailboxes.folders) -----------------------------------------
    #
    # Used by the runner for the decision folders a person moves a case's mail into in
    # Outlook ("Borgerpost/Afsluttet", issue 7), and by daemon.drafts for a council
    # member's Drafts and Sent Items (issue 4, point 4). Decisions:
    #
    # * `folder` is a path of display names below MsgFolderRoot ("Top of Information
    #   Store", what Outlook shows as the mailbox), or below a distinguished folder when
    #   the path starts with one ("inbox/Borgerpost"; "drafts", "sentitems": the same in
    #   every mailbox language): resolve_folder, with a shallow FindFolder per level, on
    #   every call, so a folder a person creates, renames or deletes is seen on the next
    #   pass. A missing folder is empty.
    # * `ref.folder` is the path as given. EWS item ids are unique in the mailbox, so
    #   (path, id) never aliases another message; the runner matches skip rows on the
    #   path (or "path;..."). On-premises EWS has no immutable ids: a move gives the
    #   item a new id, so a message a person moves out of a decision folder and back in
    #   is listed again as a new one.
    # * `arrived` (and `since`) is, in the drafts folder (source.drafts_folder),
    #   LastModifiedTime: the contract's "for a draft, the time of its last save", which
    #   daemon.core.drafts.idle_reason needs (DateTimeReceived of a draft is when it was
    #   created). In the sent folder (source.sent_folder) it is DateTimeSent, when the
    #   member sent it. Elsewhere it is DateTimeReceived, as for fetch: a move keeps it
    #   (as IMAP keeps INTERNALDATE on MOVE, RFC 6851); LastModifiedTime is not "when it
    #   was moved": every category (ours included), flag or read change moves it too.
    #   The decision's time is the runner's clock.
    # * The listing is FindItem (IdOnly + that time) with IndexedPageItemView paging;
    #   MIME is read with GetItem in batches (IsRead untouched), only for what is not
    #   skipped, and in Drafts not for a draft still at the ChangeKey its bytes were read
    #   at: those bytes are yielded again. That keeps a draft's content hash (which
    #   daemon.drafts compares between passes) stable even if Exchange, which renders
    #   MIME from the item on every GetItem, did not render it byte for byte the same.

    def _role(self, folder: str) -> str:
        """"drafts", "sent" or "" for `folder` as the config names it."""
        name = folder.strip("/").lower()
        if folder == self.cfg.drafts_folder or name == "drafts":
            return "drafts"
        if folder == self.cfg.sent_folder or name == "sentitems":
            return "sent"
        return ""

    def list_folder(self, folder: str, skip: frozenset[tuple[str, str]] = frozenset(),
                    since: dt.datetime | None = None) -> Iterator[Fetched]:
        """See FolderAccess.list_folder."""
        from exchangelib import errors as e

        role = self._role(folder)
        field = {"drafts": "last_modified_time", "sent": "datetime_sent"}.get(
            role, "datetime_received")
        drafts = role == "drafts"

        def when(item: Any) -> dt.datetime:
            # A draft never sent has no DateTimeSent; an item without the value keeps
            # its DateTimeReceived rather than being dropped.
            return _utc(getattr(item, field, None) or item.datetime_received)

        try:
            target = resolve_folder(self.account, folder)
            query = target.all().only(*dict.fromkeys(["datetime_received", field]))
            query.page_size = self.list_page
            listed = list(query)
        except e.ErrorFolderNotFound:
            return             # not created (yet), or deleted: nothing was decided there
        except Exception as err:
            raise translate(err) from None
        items: dict[str, Any] = {}
        for item in listed:
            if isinstance(item, Exception):
                raise translate(item)
            items[item.id] = item
        pending = [i for i in sorted(items.values(), key=lambda i: (when(i), i.id))
                   if (folder, i.id) not in skip and (since is None or when(i) >= since)]
        for offset in range(0, len(pending), DOWNLOAD_BATCH):
            batch = pending[offset:offset + DOWNLOAD_BATCH]
            cached = {i.id: raw for i in batch if drafts
                      and (raw := self._drafts.raw_at(i.id, i.changekey)) is not None}
            to_read = [i for i in batch if i.id not in cached]
            read = ({item.id: (raw, key) for item, raw, key in self._mime(to_read)}
                    if to_read else {})
            for item in batch:
                if item.id in cached:
                    raw: bytes | None = cached[item.id]
                else:
                    raw, key = read[item.id]
                    if raw is not None and drafts and key is not None:
                        self._drafts.remember(item.id, key, raw)
                if raw is None:
                    continue   # moved or deleted since the listing
                yield Fetched(MessageRef(self.mailbox_id, folder, item.id), raw, when(item))
        if drafts:
            self._drafts.keep_only(items)

    def set_folder_categories(self, ref: MessageRef, categories: Sequence[str]) -> None:
        """See FolderAccess: an item id addresses the item in any folder. For a draft
        whose ChangeKey was the listed one, the ChangeKey in the UpdateItem's answer is
        remembered with the listed bytes: only the categories changed, so the next
        listing neither reads it again nor sees it as saved by the member."""
        changed = self._merge_categories(ref.uid, categories)
        if changed is not None:
            self._drafts.own_change(ref.uid, *changed)

    def _marker(self, uid: str) -> tuple[Any, str | None]:
        """The item (its ChangeKey and IsDraft) and Borgerpost's marker value, read with
        GetItem (the marker in AdditionalProperties as an ExtendedFieldURI), or (None,
        None) when it is gone."""
        from exchangelib import errors as e

        register_marker()
        try:
            [item] = list(self.account.fetch(ids=[(uid, None)],
                                             only_fields=["is_draft", MARKER_FIELD]))
            if isinstance(item, Exception):
                raise item
        except e.ErrorItemNotFound:
            return None, None
        except Exception as err:
            raise translate(err) from None
        value = getattr(item, MARKER_FIELD, None)
        return item, (None if value is None else str(value))

    def replace_draft(self, ref: MessageRef, raw: bytes, *,
                      expect_sha256: str | None = None) -> MessageRef:
        """See FolderAccess. On EWS the draft is rewritten in place, not replaced: one
        UpdateItem with a SetItemField of `item:Body` (HTML when `raw` has an HTML part,
        else text) and one of Borgerpost's marker property (MARKER_FIELD, carrying the
        value of the SANITIZED_HEADER in `raw`). The id, the recipients, the subject, the
        conversation and the draft's place stay as they are, and nothing is created or
        deleted. Returns `ref` itself.

        Never over a save by the member: the draft must be one this adapter listed, with
        the bytes `expect_sha256` names, still a draft (IsDraft) and still at the
        ChangeKey its bytes were read at: checked by a GetItem just before, and sent as
        the ItemId's ChangeKey of the UpdateItem with ConflictResolution="NeverOverwrite",
        which Exchange refuses with ErrorIrresolvableConflict when the ChangeKey moved on.
        Either way PermanentFailure("ews:draft-changed") (daemon.drafts: "being worked
        on after all"); a draft that is gone or no longer a draft (sent meanwhile) is
        "ews:draft-gone". Idempotent: a draft that already carries this marker value was
        rewritten by an earlier attempt (a lost answer) and is left as it is."""
        from exchangelib import errors as e

        if ref.mailbox_id != self.mailbox_id:
            raise ValueError("ref belongs to another mailbox")
        marker = sanitized_marker(raw)
        if marker is None:
            raise ValueError(f"a replacement draft carries {SANITIZED_HEADER}")
        kind, content = draft_body(raw)
        current, mark = self._marker(ref.uid)
        if current is None:
            raise PermanentFailure("ews:draft-gone")
        if mark == marker:
            self._drafts.forget(ref.uid)
            return ref                       # done before
        known = self._drafts.get(ref.uid)
        if current.is_draft is not True:
            raise PermanentFailure("ews:draft-gone")
        if known is None or current.changekey != known.version or (
                expect_sha256 is not None and known.sha256 != expect_sha256):
            raise PermanentFailure("ews:draft-changed")
        try:
            self._rewrite(ref.uid, known.version, kind, content, marker)
        except e.ErrorItemNotFound:
            raise PermanentFailure("ews:draft-gone") from None
        except e.ErrorIrresolvableConflict:
            # The ChangeKey moved on: the member saved, or our own UpdateItem landed and
            # its answer was lost.
            if self._marker(ref.uid)[1] != marker:
                raise PermanentFailure("ews:draft-changed") from None
        except Exception as err:
            raise translate(err) from None
        finally:
            self._drafts.forget(ref.uid)
        return ref

    def _rewrite(self, uid: str, changekey: str, kind: str, content: str,
                 marker: str) -> None:
        """One UpdateItem (SaveOnly, NeverOverwrite) at `changekey`: the body and the
        marker, nothing else."""
        from exchangelib import Body, HTMLBody, Message

        register_marker()
        message = Message(account=self.account, id=uid, changekey=changekey)
        message.body = HTMLBody(content) if kind == "html" else Body(content)
        setattr(message, MARKER_FIELD, marker)
        message.save(update_fields=["body", MARKER_FIELD],
                     conflict_resolution="NeverOverwrite")

    def wait(self, timeout: float) -> None:
        self.sleep(timeout)

    def close(self) -> None:
        if self._account is not None:
            self._account.protocol.close()

    def probe(self) -> list[Check]:
        """Can we log in and read the folder? Each check: (name, ok, Danish / English)."""
        try:
            root = self.account.root
            checks: list[Check] = [("login", True, f"Logget ind ({root.name}) / Logged in")]
        except Exception as err:   # any failure is a report line, never a traceback
            return [("login", False, explain(err))]
        try:
            folder = self._folder()
            folder.refresh()
            checks.append(("folder", True,
                           f"Mappen kan læses ({folder.total_count} beskeder) / Folder "
                           f"readable ({folder.total_count} messages)"))
        except Exception as err:
            checks.append(("folder", False, explain(err)))
        return checks
