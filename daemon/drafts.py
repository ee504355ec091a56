"""Council members' drafts and sent mail (issue 4, point 4; seed 000).

`DraftWatcher.run(now)` looks, for every `council_member` mailbox with `drafts:` or
`sent_audit:` on, at the member's Drafts and Sent folders through the adapter's
`FolderAccess` (daemon.mailboxes.folders). What to do with each message is decided by
the pure core (daemon.core.drafts); this module reads, classifies, records and acts.

**The one place where Borgerpost removes a message.** Everywhere else adapters never
delete (DESIGN.md step 1). `drafts: sanitize` replaces an idle draft whose quoted part
holds sensitive data: the sanitized copy is stored first (IMAP APPEND with \\Draft;
Maildir: a new file), then exactly the old draft is removed (IMAP `UID STORE \\Deleted`
+ `UID EXPUNGE` of that uid, RFC 4315; Maildir: unlink of that file). Inbox mail is
never touched: only the configured drafts folder is ever rewritten, and only a draft
that an earlier pass saw unchanged and that has not been saved for
`drafts_idle_minutes` (daemon.core.drafts.idle_reason), so nobody's typing is lost.

State lives in the `processed` table, without a schema change (rows told apart by
`outcome`, which starts with `draft:` or `sent:`):

* a draft: `folder` is the adapter's qualified drafts folder, `uid` its uid,
  `message_id_hash` the SHA-256 of the draft's bytes (the content hash of the
  sighting), `arrived_at` its last-change time (INTERNALDATE/mtime). `draft:seen`
  rows of drafts that are gone are deleted (each IMAP save is a new uid).
* a sent mail: `folder`/`uid` as above, `message_id_hash` the SHA-256 of
  "sent:" + Message-ID. The prefix keeps these hashes apart from the runner's, which
  deduplicates inbound mail by Message-ID hash per mailbox: a sent mail the member
  also received (a cc to self) must not make the runner skip that copy, nor the
  reverse.

Notices go through the outbox (kind `notice`, deterministic Message-ID, from the
member's own address to the member, Auto-Submitted: auto-generated), so each is sent
exactly once; they never hold the sensitive values, the subject or any address.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from classifiers.quotes import split_reply
from daemon import logs
from daemon.classify import Classifier
from daemon.compose import Composed
from daemon.config.schema import Config, MailboxCfg
from daemon.core import categories as cat
from daemon.core import drafts as core
from daemon.core.categories import SENSITIVE_LABELS
from daemon.core.message import Message
from daemon.errors import MessageError, PermanentFailure, TemporaryFailure
from daemon.mail.build import POLICY, message_id, new_message
from daemon.mail.parse import parse
from daemon.mailboxes.base import Fetched
from daemon.mailboxes.folders import SANITIZED_HEADER, FolderAccess, folder_access
from daemon.render import render
from daemon.store.db import Store
from daemon.store.models import Outbox, Processed

DRAFT_SEEN = "draft:seen"
DRAFT_CLEAN = "draft:clean"            # nothing to do for this content
DRAFT_SANITIZED = "draft:sanitized"
DRAFT_WARNED = "draft:warned"
DRAFT_SHADOW = "draft:shadow"          # mode: shadow; decided, nothing changed
DRAFT_UNPARSEABLE = "draft:unparseable"
DRAFT_DONE = frozenset({DRAFT_CLEAN, DRAFT_SANITIZED, DRAFT_WARNED, DRAFT_SHADOW,
                        DRAFT_UNPARSEABLE})
SENT_CLEAN = "sent:clean"
SENT_FLAGGED = "sent:flagged"
SENT_DUPLICATE = "sent:duplicate"
SENT_UNPARSEABLE = "sent:unparseable"
SENT_ERROR = "sent:error"

# A draft that could not be rewritten on the server is warned about instead.
CANNOT_REWRITE = "cannot_rewrite"

REASONS_DA = {
    core.MODE_WARN: "",
    core.UNCERTAIN: ("Borgerpost kunne ikke med sikkerhed se, hvor borgerens citerede tekst "
                     "begynder, og har derfor ikke ændret kladden."),
    core.KEPT_SENSITIVE: ("De følsomme oplysninger står i din egen tekst, i emnefeltet eller i "
                          "en vedhæftet mail, så Borgerpost kan ikke fjerne dem for dig."),
    core.ATTACHMENTS: ("Kladden har vedhæftede filer, som ville gå tabt, hvis Borgerpost "
                       "skrev den om; derfor er den ikke ændret."),
    CANNOT_REWRITE: "Borgerpost kunne ikke skrive kladden om på mailserveren.",
}


@dataclass
class DraftStats:
    drafts_seen: int = 0
    sanitized: int = 0
    warned: int = 0
    sent_checked: int = 0
    sent_flagged: int = 0
    errors: int = 0
    skipped_mailboxes: list[str] = field(default_factory=list)


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _labels(categories: Iterable[str]) -> list[str]:
    return [SENSITIVE_LABELS.get(c, c) for c in categories]


# -- the sanitized draft ----------------------------------------------------------------

_DROP = re.compile(rb"^(content-[a-z0-9-]*|mime-version|" + SANITIZED_HEADER.lower().encode()
                   + rb")\s*:", re.IGNORECASE)


def _header_fields(head: bytes) -> list[bytes]:
    """The header block as whole fields (a field and its folded continuation lines)."""
    fields: list[bytes] = []
    for line in re.split(rb"\r?\n", head):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b"\n" + line
        elif line:
            fields.append(line)
    return fields


def sanitized_draft(raw: bytes, draft: Message, body: str, marker: str) -> bytes:
    """The replacement draft: every header of the old draft kept verbatim (To, Cc, Bcc,
    Subject, In-Reply-To, References, Message-ID and the client's own X- headers), but
    a new body: `body` as text/plain, plus a simple text/html version when the old draft
    had HTML. The old HTML is not edited: telling the quote apart in HTML is exactly what
    split_reply already did, and re-rendering its `new` text is the safe way to drop the
    quote with all its hidden copies (alt texts, conditional comments, MSO parts).
    Attachments: a draft with attachments is never sanitized (daemon.core.drafts).
    """
    head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0]
    crlf = b"\r\n" in head or b"\n" not in head
    kept = [f for f in _header_fields(head) if not _DROP.match(f)]
    part = EmailMessage(policy=POLICY)
    part.set_content(body, charset="utf-8")
    if draft.html is not None:
        paragraphs = "".join(
            "<p>" + "<br>".join(html.escape(line) for line in block.split("\n")) + "</p>"
            for block in body.strip("\n").split("\n\n"))
        part.add_alternative(f"<html><body>{paragraphs}</body></html>", subtype="html",
                             charset="utf-8")
    mime = part.as_bytes(policy=POLICY)     # MIME-Version, Content-*, blank line, body
    lines = [*kept, f"{SANITIZED_HEADER}: {marker}".encode("ascii")]
    out = b"\r\n".join(b"\r\n".join(f.split(b"\n")) for f in lines) + b"\r\n" + mime
    out = out.replace(b"\r\n", b"\n")
    return out.replace(b"\n", b"\r\n") if crlf else out


def folders(mailbox: MailboxCfg) -> tuple[str | None, str | None]:
    """The configured (drafts, sent) folder names of the mailbox's source. Graph: the
    well-known folder names, the same in every mailbox language (daemon.mailboxes.graph)."""
    source = mailbox.source
    if source.kind == "graph":
        return ("drafts", "sentitems")
    return (getattr(source, "drafts_folder", None), getattr(source, "sent_folder", None))


# -- the watcher ------------------------------------------------------------------------

class DraftWatcher:
    """See this module's docstring. One instance per daemon, beside the Runner."""

    def __init__(self, config: Config, store: Store, sources: Mapping[str, object],
                 classifier: Classifier) -> None:
        self.config = config
        self.store = store
        self.sources = sources
        self.classifier = classifier
        self.shadow = config.mode == "shadow"
        self._warned_unsupported: set[str] = set()

    def mailboxes(self) -> list[MailboxCfg]:
        return [m for m in self.config.mailboxes if m.role == "council_member"
                and (m.drafts != "off" or m.sent_audit == "on")]

    def run(self, now: dt.datetime,
            holds: Callable[[str], bool] = lambda _mailbox_id: True) -> DraftStats:
        """One pass over every watched member's Drafts and Sent. One mailbox failing never
        stops the others; the failed work is simply tried again on the next pass.

        `holds`: whether this instance works the mailbox now (the runner's leases), so
        that two instances never rewrite the same draft.
        """
        stats = DraftStats()
        for mailbox in self.mailboxes():
            if not holds(mailbox.id):
                continue
            access = folder_access(self.sources.get(mailbox.id))
            if access is None:
                stats.skipped_mailboxes.append(mailbox.id)
                if mailbox.id not in self._warned_unsupported:
                    self._warned_unsupported.add(mailbox.id)
                    logs.warning("drafts.unsupported", mailbox=mailbox.id,
                                 kind=mailbox.source.kind)
                continue
            for part, enabled in ((self.drafts, mailbox.drafts != "off"),
                                  (self.sent, mailbox.sent_audit == "on")):
                if not enabled:
                    continue
                try:
                    part(mailbox, access, now, stats)
                except TemporaryFailure as exc:
                    stats.errors += 1
                    logs.warning("drafts.unavailable", mailbox=mailbox.id,
                                 error=str(exc)[:120])
                except Exception as exc:
                    stats.errors += 1
                    logs.error("drafts.error", mailbox=mailbox.id, error=type(exc).__name__)
        return stats

    # -- helpers ----------------------------------------------------------------------

    def _today(self, now: dt.datetime) -> dt.date:
        return now.astimezone(ZoneInfo(self.config.calendar.timezone)).date()

    def _rows(self, mailbox_id: str, folder: str, prefix: str) -> list[Processed]:
        with self.store.sessions() as s:
            rows = s.scalars(select(Processed).where(
                Processed.mailbox_id == mailbox_id,
                (Processed.folder == folder)
                | Processed.folder.startswith(folder + ";", autoescape=True),
                Processed.outcome.startswith(prefix, autoescape=True))).all()
            for row in rows:
                s.expunge(row)
            return list(rows)

    @staticmethod
    def _record(s: Session, fetched: Fetched, content_key: str, outcome: str,
                now: dt.datetime) -> None:
        ref = fetched.ref
        row = s.scalar(select(Processed).where(Processed.mailbox_id == ref.mailbox_id,
                                               Processed.folder == ref.folder,
                                               Processed.uid == ref.uid))
        if row is None:
            s.add(Processed(mailbox_id=ref.mailbox_id, folder=ref.folder, uid=ref.uid,
                            message_id_hash=content_key, arrived_at=fetched.arrived,
                            processed_at=now, outcome=outcome))
        else:
            row.message_id_hash = content_key
            row.arrived_at = fetched.arrived
            row.processed_at = now
            row.outcome = outcome

    def _notice(self, s: Session, mailbox: MailboxCfg, key: str, template: str,
                subject: str, now: dt.datetime, **context: Any) -> None:
        """The notice to the member, once: its outbox key and Message-ID come from `key`."""
        idempotency = f"{template.split('.')[0]}:{mailbox.id}:{key}"
        if s.scalar(select(Outbox.id).where(Outbox.idempotency_key == idempotency)):
            return
        msgid = message_id(key, template.split(".")[0].replace("_", "-"), self.config.id_domain)
        msg = new_message(sender=mailbox.address,
                          sender_name=f"Borgerpost, {self.config.municipality}",
                          to=(mailbox.address,), subject=subject, msgid=msgid,
                          in_reply_to=None, auto_submitted="auto-generated", date=now)
        msg.set_content(render(template, municipality=self.config.municipality, **context))
        composed = Composed("notice", msgid, (mailbox.address,),
                            msg.as_bytes())
        s.add(Outbox(mailbox_id=mailbox.id, kind="notice", idempotency_key=idempotency,
                     message_id=composed.message_id, recipients=list(composed.recipients),
                     external=False, raw=composed.raw, state="pending", created_at=now,
                     payload={}))

    def _when(self, at: dt.datetime) -> dict[str, Any]:
        local = at.astimezone(ZoneInfo(self.config.calendar.timezone))
        return {"when_date": local.date(), "when_time": local.strftime("%H.%M")}

    # -- drafts -----------------------------------------------------------------------

    def drafts(self, mailbox: MailboxCfg, access: FolderAccess, now: dt.datetime,
               stats: DraftStats) -> None:
        folder = folders(mailbox)[0]
        assert folder, "every source kind the config allows drafts: for names its drafts folder"
        idle = dt.timedelta(minutes=mailbox.drafts_idle_minutes)
        rows = {(r.folder, r.uid): r for r in self._rows(mailbox.id, folder, "draft:")}
        listed: set[tuple[str, str]] = set()
        for fetched in access.list_folder(folder):
            ref = fetched.ref
            listed.add((ref.folder, ref.uid))
            stats.drafts_seen += 1
            content_hash = sha256(fetched.raw)
            row = rows.get((ref.folder, ref.uid))
            if row is not None and row.message_id_hash == content_hash \
                    and row.outcome in DRAFT_DONE:
                continue
            seen = (core.Sighting(row.message_id_hash, row.arrived_at)
                    if row is not None else None)
            waiting = core.idle_reason(seen, content_hash, fetched.arrived, now, idle)
            if waiting in (core.FIRST_SIGHT, core.CHANGED):
                with self.store.transaction() as s:
                    self._record(s, fetched, content_hash, DRAFT_SEEN, now)
                continue
            if waiting is not None:
                continue   # not idle yet: look again next pass
            try:
                self._draft(mailbox, access, fetched, content_hash, seen, now, idle, stats)
            except TemporaryFailure:
                raise
            except Exception as exc:
                # One draft never stops the others (STYLE.md, after Mailman's runner); it
                # is tried again next pass, and nothing was changed for it.
                stats.errors += 1
                logs.error("draft.error", mailbox=mailbox.id, uid=ref.uid,
                           error=type(exc).__name__)
        gone = [r.id for key, r in rows.items()
                if key not in listed and r.outcome in (DRAFT_SEEN, DRAFT_CLEAN)]
        if gone:
            with self.store.transaction() as s:
                s.execute(delete(Processed).where(Processed.id.in_(gone)))

    def _draft(self, mailbox: MailboxCfg, access: FolderAccess, fetched: Fetched,
               content_hash: str, seen: core.Sighting | None, now: dt.datetime,
               idle: dt.timedelta, stats: DraftStats) -> None:
        ref = fetched.ref
        try:
            draft = parse(fetched.raw)
        except MessageError as exc:
            with self.store.transaction() as s:
                self._record(s, fetched, content_hash, DRAFT_UNPARSEABLE, now)
                self.store.event(s, now, "draft.unparseable", mailbox_id=mailbox.id,
                                 folder=ref.folder, uid=ref.uid, reason=str(exc))
            return
        reply = (split_reply(draft.html, html=True) if draft.html is not None
                 else split_reply(draft.text))
        external = core.external_recipients(draft, self.config.internal_domains)
        quoted: tuple[str, ...] = ()
        kept: tuple[str, ...] = ()
        if external:
            # Only a draft to an unsafe address is worth the classifier's time.
            today = self._today(now)
            quoted = self.classifier.sensitive(core.strip_note(reply.quoted), today)
            kept = self.classifier.sensitive("\n".join(
                [draft.subject, core.strip_note(reply.new),
                 *(f.text for f in draft.forwarded)]), today)
        decision = core.decide_draft(
            draft, reply, quoted, external, fetched.arrived, now, idle,
            mailbox.drafts, seen=seen, content_hash=content_hash, sensitive_kept=kept)
        if decision.kind == "leave":
            with self.store.transaction() as s:
                self._record(s, fetched, content_hash, DRAFT_CLEAN, now)
            return
        if decision.kind == "sanitize":
            if self.shadow:
                with self.store.transaction() as s:
                    self._record(s, fetched, content_hash, DRAFT_SHADOW, now)
                    self.store.event(s, now, "draft.sanitized", mailbox_id=mailbox.id,
                                     folder=ref.folder, uid=ref.uid, shadow=True,
                                     categories=list(decision.categories))
                return
            assert decision.body is not None
            replacement = sanitized_draft(fetched.raw, draft, decision.body, content_hash[:32])
            try:
                new_ref = access.replace_draft(ref, replacement, expect_sha256=content_hash)
            except PermanentFailure as exc:
                code = str(exc)
                if code.endswith(("draft-gone", "draft-changed")):
                    # The member saved it meanwhile: it is being worked on after all.
                    logs.info("draft.left", mailbox=mailbox.id, uid=ref.uid, reason=code)
                    return
                logs.warning("draft.not_rewritten", mailbox=mailbox.id, uid=ref.uid,
                             reason=code[:120])
                self._warn(mailbox, access, fetched, content_hash, decision.categories,
                           CANNOT_REWRITE, now, stats)
                return
            with self.store.transaction() as s:
                self._record(s, fetched, content_hash, DRAFT_SANITIZED, now)
                self.store.event(s, now, "draft.sanitized", mailbox_id=mailbox.id,
                                 folder=ref.folder, uid=ref.uid, new_uid=new_ref.uid,
                                 categories=list(decision.categories))
            stats.sanitized += 1
            logs.info("draft.sanitized", mailbox=mailbox.id, uid=ref.uid, new_uid=new_ref.uid,
                      sensitive=",".join(decision.categories))
            return
        self._warn(mailbox, access, fetched, content_hash, decision.categories,
                   decision.reason, now, stats)

    def _warn(self, mailbox: MailboxCfg, access: FolderAccess, fetched: Fetched,
              content_hash: str, categories: tuple[str, ...], reason: str,
              now: dt.datetime, stats: DraftStats) -> None:
        ref = fetched.ref
        # The category first: if the server fails, nothing is recorded and the next pass
        # tries again; the notice is written with the record, in one transaction.
        access.set_folder_categories(ref, [cat.sensitive_category(c) for c in categories])
        with self.store.transaction() as s:
            self._notice(s, mailbox, f"draft-{content_hash[:16]}", "draft_warning.txt.j2",
                         "Borgerpost: En kladde indeholder følsomme oplysninger", now,
                         labels=_labels(categories), reason_da=REASONS_DA[reason],
                         **self._when(fetched.arrived))
            self._record(s, fetched, content_hash, DRAFT_WARNED, now)
            self.store.event(s, now, "draft.warned", mailbox_id=mailbox.id,
                             folder=ref.folder, uid=ref.uid, reason=reason,
                             categories=list(categories))
        stats.warned += 1
        logs.info("draft.warned", mailbox=mailbox.id, uid=ref.uid, reason=reason,
                  sensitive=",".join(categories))

    # -- sent mail --------------------------------------------------------------------

    def sent(self, mailbox: MailboxCfg, access: FolderAccess, now: dt.datetime,
             stats: DraftStats) -> None:
        folder = folders(mailbox)[1]
        assert folder, "the config requires a sent folder for sent_audit: on"
        # First start is quiet (DESIGN.md): only mail sent after the audit first ran (or
        # after `cutoff:`, if later) is audited, so turning the audit on does not flood
        # the member with notices about years of sent mail.
        state = self.store.mailbox_state(mailbox.id, f"sent-audit:{folder}", now)
        since = state.first_start
        if self.config.cutoff is not None and self.config.cutoff > since:
            since = self.config.cutoff
        rows = self._rows(mailbox.id, folder, "sent:")
        skip = frozenset((r.folder, r.uid) for r in rows)
        known = {r.message_id_hash for r in rows}
        today = self._today(now)
        for fetched in access.list_folder(folder, skip=skip, since=since):
            stats.sent_checked += 1
            try:
                self._sent_one(mailbox, fetched, known, today, now, stats)
            except TemporaryFailure:
                raise
            except Exception as exc:
                # The audit is a safety net, not a gate: a mail it cannot read is recorded
                # (so it cannot stop every later pass) and logged by code.
                stats.errors += 1
                logs.error("sent_audit.error", mailbox=mailbox.id, uid=fetched.ref.uid,
                           error=type(exc).__name__)
                with self.store.transaction() as s:
                    self._record(s, fetched, "", SENT_ERROR, now)
        self.store.touch(mailbox.id, f"sent-audit:{folder}", now)

    def _sent_one(self, mailbox: MailboxCfg, fetched: Fetched, known: set[str],
                  today: dt.date, now: dt.datetime, stats: DraftStats) -> None:
        ref = fetched.ref
        try:
            message = parse(fetched.raw)
        except MessageError:
            with self.store.transaction() as s:
                self._record(s, fetched, "", SENT_UNPARSEABLE, now)
            return
        key = hashlib.sha256(("sent:" + message.message_id.strip().lower())
                             .encode("utf-8", "replace")).hexdigest()
        if key in known:
            # The same mail under a new uid (a UIDVALIDITY reset, a copy).
            with self.store.transaction() as s:
                self._record(s, fetched, key, SENT_DUPLICATE, now)
            return
        known.add(key)
        external = core.external_recipients(message, self.config.internal_domains)
        sensitive: tuple[str, ...] = ()
        if external:
            sensitive = self.classifier.sensitive("\n".join(
                [message.subject, core.strip_note(message.text),
                 *(f.text for f in message.forwarded)]), today)
        audit = core.audit_sent(message, sensitive, external, self.config.id_domain)
        with self.store.transaction() as s:
            if audit is None:
                self._record(s, fetched, key, SENT_CLEAN, now)
                return
            self._notice(s, mailbox, f"sent-{key[:16]}", "sent_audit.txt.j2",
                         "Borgerpost: Sendt mail med følsomme oplysninger", now,
                         labels=_labels(audit.categories),
                         external_count=audit.external_count,
                         **self._when(fetched.arrived))
            self._record(s, fetched, key, SENT_FLAGGED, now)
            # For the PA's weekly digest: codes and counts only.
            self.store.event(s, now, "sent_audit.flagged", mailbox_id=mailbox.id,
                             folder=ref.folder, uid=ref.uid,
                             categories=list(audit.categories),
                             external_count=audit.external_count)
        stats.sent_flagged += 1
        logs.info("sent_audit.flagged", mailbox=mailbox.id, uid=ref.uid,
                  sensitive=",".join(audit.categories))

