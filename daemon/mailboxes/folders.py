"""The contract for a mailbox's other folders: Drafts and Sent (issue 4, point 4).

A council member's replies to citizens leave from the member's own client, not from
Borgerpost's outbox, so the guideline (seed 000: delete the citizen's quoted text when
it holds confidential data) can only be supported where those replies sit: in Drafts
while they are written, in Sent once they are gone. `daemon.drafts.DraftWatcher` uses
this contract; adapters that keep it: maildir, imap, graph and ews.

These methods are an addition to `MailSource`, not a change of it: `MailSource`
adapters still never delete anything. `replace_draft` is the one exception in the
whole of Borgerpost: it replaces a draft the member has left idle by a sanitized copy,
and removes exactly that one old draft (see daemon/drafts.py for when).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Literal, Protocol, runtime_checkable

from .base import Fetched, MessageRef

# The header a sanitized draft carries: the hash of the draft it replaces. It makes
# `replace_draft` idempotent (a crash between writing the copy and removing the old
# draft must not leave two copies after the retry) and tells a later pass that the
# draft is Borgerpost's own rewrite.
SANITIZED_HEADER = "X-Borgerpost-Sanitized"
_MARKER = re.compile(rb"(?im)^x-borgerpost-sanitized:[ \t]*([0-9a-f]{16,64})[ \t]*\r?$")
# Where an adapter rewrites a draft in place (graph, ews) instead of storing `raw`, the
# header cannot be written; the same value goes into a named MAPI property in
# Borgerpost's own property set instead, with SANITIZED_HEADER as its name (Graph id
# "String {GUID} Name X-Borgerpost-Sanitized"; EWS ExtendedFieldURI PropertySetId,
# PropertyName, PropertyType="String"). One GUID, so that either adapter reads the mark
# the other wrote on the same Exchange mailbox.
MARKER_PROPERTY_SET = "f06cc24b-788e-4da5-8636-98562296cb06"


def sanitized_marker(raw: bytes) -> str | None:
    """The SANITIZED_HEADER value in the header block of `raw`, or None."""
    head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0]
    match = _MARKER.search(head)
    return match.group(1).decode("ascii") if match else None


def draft_body(raw: bytes) -> tuple[Literal["html", "text"], str]:
    """The replacement draft's body for an in-place rewrite (graph, ews): its HTML part
    when it has one (daemon.drafts.sanitized_draft adds one exactly when the old draft
    had HTML), else its text, as (kind, content)."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    part = message.get_body(("html", "plain")) if isinstance(message, EmailMessage) else None
    if part is None:
        raise ValueError("a replacement draft needs a text or HTML body")
    kind: Literal["html", "text"] = "html" if part.get_content_type() == "text/html" else "text"
    return kind, str(part.get_content())


@runtime_checkable
class FolderAccess(Protocol):
    """A mailbox adapter that can read Drafts/Sent and replace one draft.

    `folder` is the configured folder name (Maildir++ ".Drafts", IMAP "Drafts"); the
    refs returned carry the adapter's qualified folder (IMAP: `Drafts;UIDVALIDITY=7`),
    and `skip` is compared with (ref.folder, ref.uid) so that a changed UIDVALIDITY
    never skips a message that merely reuses an old uid.
    """

    mailbox_id: str

    def list_folder(self, folder: str, skip: frozenset[tuple[str, str]] = frozenset(),
                    since: dt.datetime | None = None) -> Iterator[Fetched]:
        """Every message in `folder` (a missing folder has none), read without changing
        anything a user sees: no \\Seen, no rename, no move. `Fetched.arrived` is the
        server's INTERNALDATE or the file's mtime: for a draft, the time of its last
        save. Messages whose (ref.folder, ref.uid) is in `skip`, or that arrived before
        `since`, are not yielded (and, where the server allows, not read)."""
        ...

    def replace_draft(self, ref: MessageRef, raw: bytes, *,
                      expect_sha256: str | None = None) -> MessageRef:
        """Store `raw` as a draft in ref's folder, then remove the draft at `ref`, and
        return the new draft's ref. Idempotent by the `SANITIZED_HEADER` in `raw`.

        `expect_sha256`: the old draft must still hold exactly these bytes (Maildir files
        can be rewritten in place; an IMAP uid's content never changes). Raises
        PermanentFailure when the old draft changed, is gone, or the server cannot
        remove exactly one message (IMAP without UIDPLUS), and TemporaryFailure when the
        server failed."""
        ...

    def set_folder_categories(self, ref: MessageRef, categories: Sequence[str]) -> None:
        """Add Borgerpost's categories to a message in one of these folders. Idempotent."""
        ...


def folder_access(source: object) -> FolderAccess | None:
    """The source as FolderAccess, or None for an adapter that does not offer it yet."""
    return source if isinstance(source, FolderAccess) else None


@dataclass(frozen=True)
class ListedDraft:
    """A draft as a listing read it: the server's version tag its bytes were read at
    (Graph's etag, EWS's ChangeKey), their hash and the bytes."""

    version: str
    sha256: str
    raw: bytes


class ListedDrafts:
    """The drafts of the last Drafts listing, by id, for adapters that rewrite a draft
    in place (graph, ews): `replace_draft` is guarded by the version a draft was listed
    at, and a listing need not read again a draft whose version has not moved. That
    keeps a draft's hash stable between passes even where the server renders MIME
    afresh on every read."""

    def __init__(self) -> None:
        self._by_id: dict[str, ListedDraft] = {}

    def get(self, uid: str) -> ListedDraft | None:
        return self._by_id.get(uid)

    def raw_at(self, uid: str, version: str | None) -> bytes | None:
        """The listed bytes when the draft is still at `version`, else None."""
        known = self._by_id.get(uid)
        return known.raw if known is not None and known.version == version else None

    def remember(self, uid: str, version: str, raw: bytes) -> None:
        self._by_id[uid] = ListedDraft(version, hashlib.sha256(raw).hexdigest(), raw)

    def keep_only(self, listed: Iterable[str]) -> None:
        """Forget the drafts a complete listing no longer has (sent or deleted)."""
        for gone in set(self._by_id) - set(listed):
            del self._by_id[gone]

    def own_change(self, uid: str, guard: str, after: str | None) -> None:
        """Borgerpost changed only the draft's categories, guarded by version `guard`,
        and the server answered with version `after`: when the guard was the listed
        version, the listed bytes still hold (the next listing neither reads the draft
        again nor sees a save by the member); otherwise forget it."""
        known = self._by_id.get(uid)
        if known is None:
            return
        if guard == known.version and after is not None:
            self._by_id[uid] = dataclasses.replace(known, version=after)
        else:
            del self._by_id[uid]

    def forget(self, uid: str) -> None:
        self._by_id.pop(uid, None)

