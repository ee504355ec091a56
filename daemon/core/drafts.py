"""A council member's drafts and sent mail: what to do with each (issue 4, point 4).

Seed 000: a member's municipal mailbox is not a secure channel to citizens; when the
member answers by mail, "sørger for at slette teksten fra borgerens mail" if it holds
confidential data, and writes nothing confidential themselves. Borgerpost helps where
the member's reply sits:

* a **draft** to an external address whose quoted part holds sensitive data is, once
  the member has left it alone, rewritten without the quote and with a short note at
  the top (`sanitize`), or marked and the member told (`warn`);
* a **sent** mail to an external address with sensitive content gives the member a
  notice and the PA's digest an entry (`sent_audit`).

Pure: frozen data in, a decision out; no I/O, no clock (`now` is an argument).

Never touching a draft being edited is the first rule, and it is decided here, before
anything else is looked at (`idle_reason`): a draft is only touched when an earlier
pass saw it with the same content hash and the same last-change time (IMAP
INTERNALDATE, the Maildir file's mtime), and that time is at least `idle` ago. Saving
a draft gives it a new time and (IMAP) a new uid, so a draft that is being worked on
never meets all three conditions.

Failing closed: when the quote cannot be told apart with confidence (`Reply.uncertain`)
or sensitive data sits in what a rewrite would keep (the member's own text, the
subject, attached originals), the draft is not rewritten: it is marked and the member
told. Borgerpost never sends a draft, and never silently leaves sensitive text in one.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass
from typing import Literal

from classifiers.inquiry import is_internal, own_message_id
from classifiers.quotes import Reply

from .message import Message

DraftMode = Literal["sanitize", "warn", "off"]

# The note at the top of a sanitized draft. It names no category on purpose: the note
# goes out with the reply if the member does not delete it, and the category would tell
# the external recipient (or a third party) what kind of data the citizen's mail held;
# the categories are on the member's notice and on the draft's Outlook category instead.
NOTE = ("[Borgerpost har fjernet den citerede tekst fra borgerens mail, fordi den indeholdt "
        "følsomme oplysninger. Send ikke følsomme oplysninger med almindelig e-mail.]")
NOTE_PREFIX = "[Borgerpost har fjernet"

# Why a draft is left alone (codes for the trace, the audit log and the tests).
OFF = "off"
FIRST_SIGHT = "first_sight"        # not seen in an earlier pass: maybe being written now
CHANGED = "changed"                # content or time differs from the earlier pass
NOT_IDLE = "not_idle"              # unchanged, but saved less than `idle` ago
NO_EXTERNAL = "no_external"        # every recipient is internal (seed 000: safe)
NO_SENSITIVE = "no_sensitive"
LEAVE_REASONS = (OFF, FIRST_SIGHT, CHANGED, NOT_IDLE, NO_EXTERNAL, NO_SENSITIVE)

# Why a draft is marked and the member told instead of rewritten.
MODE_WARN = "mode_warn"            # drafts: warn
UNCERTAIN = "uncertain_quote"      # Reply.uncertain: where the quote starts is unclear
KEPT_SENSITIVE = "kept_sensitive"  # the member's text, subject or attached original
ATTACHMENTS = "attachments"        # a rewrite would drop the member's attachments
WARN_REASONS = (MODE_WARN, UNCERTAIN, KEPT_SENSITIVE, ATTACHMENTS)

SANITIZED = "quote_removed"


@dataclass(frozen=True)
class Sighting:
    """What an earlier pass saw of a draft: its content hash and last-change time."""

    content_hash: str
    last_change: dt.datetime


@dataclass(frozen=True)
class DraftDecision:
    """leave | sanitize (with the replacement body) | warn (with the categories)."""

    kind: Literal["leave", "sanitize", "warn"]
    reason: str
    categories: tuple[str, ...] = ()
    body: str | None = None         # sanitize: NOTE + the member's new text

    def __post_init__(self) -> None:
        if self.kind == "leave":
            if self.reason not in LEAVE_REASONS or self.categories or self.body is not None:
                raise ValueError("leave takes a leave reason and nothing else")
        elif self.kind == "warn":
            if self.reason not in WARN_REASONS or not self.categories or self.body is not None:
                raise ValueError("warn takes a warn reason and categories")
        elif self.kind == "sanitize":
            if self.reason != SANITIZED or not self.categories or self.body is None:
                raise ValueError("sanitize takes categories and the new body")
            if not self.body.startswith(NOTE):
                raise ValueError("a sanitized draft starts with the note")
        else:
            raise ValueError(f"unknown kind {self.kind!r}")


@dataclass(frozen=True)
class SentAudit:
    """A sent mail to an external address with sensitive content: codes only."""

    categories: tuple[str, ...]
    external_count: int

    def __post_init__(self) -> None:
        if not self.categories or self.external_count < 1:
            raise ValueError("an audit finding needs categories and an external recipient")


def idle_reason(seen: Sighting | None, content_hash: str, last_change: dt.datetime,
                now: dt.datetime, idle: dt.timedelta) -> str | None:
    """Why the draft may be in use (a leave reason), or None when it has been idle.

    Cheap, and asked first: the daemon classifies only drafts that pass it.
    """
    if seen is None:
        return FIRST_SIGHT
    if seen.content_hash != content_hash or seen.last_change != last_change:
        return CHANGED
    # A last change in the future (a skewed client clock) is never idle.
    if last_change > now or now - last_change < idle:
        return NOT_IDLE
    return None


def recipients(message: Message) -> tuple[str, ...]:
    """To, Cc and Bcc (a draft keeps its Bcc header), lower-cased, in order, once each."""
    found = [a.addr for a in (*message.to, *message.cc)]
    for _name, addr in email.utils.getaddresses(list(message.header_all("bcc"))):
        if "@" in addr:
            found.append(addr.lower())
    return tuple(dict.fromkeys(found))


def external_recipients(message: Message, internal_domains: tuple[str, ...]
                        ) -> tuple[str, ...]:
    """The recipients outside internal_domains: the "unsafe" addresses of seed 000."""
    return tuple(a for a in recipients(message)
                 if not is_internal(a.rpartition("@")[2], internal_domains))


def strip_note(text: str) -> str:
    """`text` without Borgerpost's own note, so that a scan never flags our wording."""
    return "\n".join(line for line in text.splitlines()
                     if not line.strip().lstrip("> ").startswith(NOTE_PREFIX))


def sanitized_body(new: str) -> str:
    """The note at the top, then what the member wrote (the quote is gone)."""
    kept = strip_note(new).strip("\n")
    return f"{NOTE}\n\n{kept}\n" if kept.strip() else f"{NOTE}\n"


def _union(*groups: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c for group in groups for c in group))


def decide_draft(draft: Message, reply: Reply, sensitive_quoted: tuple[str, ...],
                 external_recipients: tuple[str, ...], last_change: dt.datetime,
                 now: dt.datetime, idle: dt.timedelta, mode: DraftMode, *,
                 seen: Sighting | None, content_hash: str,
                 sensitive_kept: tuple[str, ...] = ()) -> DraftDecision:
    """What to do with one draft.

    `reply`: the draft split by classifiers.quotes.split_reply. `sensitive_quoted`:
    categories found in `reply.quoted`; `sensitive_kept`: categories found in what a
    rewrite would keep (subject, `reply.new` without our note, attached originals).
    `seen`: the earlier pass's sighting of this draft (None: never seen).
    """
    if mode == "off":
        return DraftDecision("leave", OFF)
    waiting = idle_reason(seen, content_hash, last_change, now, idle)
    if waiting is not None:
        return DraftDecision("leave", waiting)
    if not external_recipients:
        return DraftDecision("leave", NO_EXTERNAL)
    categories = _union(sensitive_quoted, sensitive_kept)
    if not categories:
        return DraftDecision("leave", NO_SENSITIVE)
    if mode == "warn":
        return DraftDecision("warn", MODE_WARN, categories)
    if reply.uncertain:
        return DraftDecision("warn", UNCERTAIN, categories)
    if sensitive_kept:
        return DraftDecision("warn", KEPT_SENSITIVE, categories)
    if draft.attachments or draft.forwarded:
        return DraftDecision("warn", ATTACHMENTS, categories)
    return DraftDecision("sanitize", SANITIZED, categories, sanitized_body(reply.new))


def audit_sent(sent: Message, sensitive: tuple[str, ...],
               external_recipients: tuple[str, ...], id_domain: str) -> SentAudit | None:
    """A finding for the member and the PA's digest, or None.

    `sensitive`: categories in everything the recipients read (subject, new and quoted
    text, attached originals). Our own mail (notices) is never audited.
    """
    if own_message_id(sent.message_id, id_domain):
        return None
    if not external_recipients or not sensitive:
        return None
    return SentAudit(_union(sensitive), len(external_recipients))
