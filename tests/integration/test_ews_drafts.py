"""Issue 4, point 4 on on-premises Exchange: a council member's Drafts and Sent Items
through EwsSource's FolderAccess (exchangelib), against tests/fakes/ews_server.py.

The fake is built from Microsoft's documented EWS wire format (FindItem with
item:LastModifiedTime and item:DateTimeSent, GetItem with item:IsDraft and an
ExtendedFieldURI in AdditionalProperties, UpdateItem with SetItemField of item:Body and
of a t:ExtendedFieldURI, a new ChangeKey on every update, ErrorIrresolvableConflict for
a stale ChangeKey under ConflictResolution="NeverOverwrite"), checked against the XML
exchangelib sends; it was not recorded from a real Exchange server. What cannot be shown
here: how Exchange renders a draft's MIME after its Body was updated (the fake keeps one
text or HTML part under the old header fields), whether that rendering is byte for byte
the same on every GetItem, and what Outlook's autosave, or Outlook desktop with the
draft open, does when the draft is rewritten underneath it.

What is shown: Drafts are listed by their last save (LastModifiedTime) and Sent Items by
DateTimeSent; a draft is rewritten in place by one UpdateItem guarded by the ChangeKey
its bytes were read at, so a save by the member in between is never overwritten; and
DraftWatcher sanitizes, warns and audits end to end over EWS.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from daemon.config import load_config
from daemon.config.schema import Config, MailboxCfg
from daemon.core import drafts as core
from daemon.drafts import folders, sanitized_draft
from daemon.errors import PermanentFailure
from daemon.mail.parse import parse
from daemon.mailboxes.base import MessageRef
from daemon.mailboxes.ews import EwsSource
from daemon.mailboxes.folders import (
    MARKER_PROPERTY_SET,
    SANITIZED_HEADER,
    FolderAccess,
    folder_access,
)
from daemon.runner import Runner
from daemon.store.db import Store
from daemon.store.models import Event
from daemon.transports.ews import EwsTransport
from tests.conftest import RULES, without_digest
from tests.fakes.ews_helpers import source_cfg
from tests.fakes.ews_server import NS, FakeEws
from tests.integration.test_graph_drafts import (
    ADDRESS,
    CPR,
    NEW_TEXT,
    QUOTE,
    QUOTED_CATEGORIES,
    QUOTED_LABELS,
    mail,
    sha,
)

T0 = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
MEMBER = "byraad-mette-larsen"
MARKER_KEY = (MARKER_PROPERTY_SET, SANITIZED_HEADER, "String")


def marker_of(ews: FakeEws, uid: str) -> str | None:
    return ews.items[uid].extended.get(MARKER_KEY)


def text_of(raw: bytes) -> str:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    part = message.get_body(("html", "plain"))
    assert part is not None
    return str(part.get_content())


def updates(ews: FakeEws) -> int:
    return ews.operations.count("UpdateItem")


@pytest.fixture
def ews() -> Iterator[FakeEws]:
    with FakeEws(address=ADDRESS) as fake:
        yield fake


def member_source(ews: FakeEws) -> EwsSource:
    source = EwsSource(MEMBER, source_cfg(ews), sleep=lambda _: None)
    ews.cleanups.append(source.close)
    return source


def copy_of(raw: bytes, marker: str) -> bytes:
    """Borgerpost's sanitized copy of the draft `raw`, as daemon.drafts makes it."""
    return sanitized_draft(raw, parse(raw), core.sanitized_body("Kære Karen\n\nTak."), marker)


# -- the FolderAccess contract on EWS ---------------------------------------------------

def test_drafts_are_listed_by_last_save_and_sent_items_by_sent_time(ews: FakeEws) -> None:
    source = member_source(ews)
    assert folder_access(source) is source and isinstance(source, FolderAccess)
    draft = ews.add_draft(mail(), modified=T0)
    ews.items[draft].received = T0 - dt.timedelta(days=1)      # created the day before
    sent = ews.deliver(mail(message_id="<s1@ishoj.dk>"), folder="sentitems",
                       received=T0 + dt.timedelta(minutes=9),
                       sent=T0 + dt.timedelta(minutes=2))
    [listed] = source.list_folder("drafts")
    assert listed.ref == MessageRef(MEMBER, "drafts", draft)
    assert listed.arrived == T0 and listed.raw == mail()
    [audited] = source.list_folder("sentitems")
    assert audited.ref == MessageRef(MEMBER, "sentitems", sent)
    assert audited.arrived == T0 + dt.timedelta(minutes=2)
    assert list(source.list_folder("sentitems", since=T0 + dt.timedelta(minutes=3))) == []

    # The member saves again: a new LastModifiedTime (the idle clock restarts).
    edited = mail(body=f"{NEW_TEXT}\nEt ekstra afsnit.\n\n{QUOTE}")
    ews.save_draft(draft, edited, modified=T0 + dt.timedelta(minutes=4))
    [again] = source.list_folder("drafts")
    assert (again.raw, again.arrived) == (edited, T0 + dt.timedelta(minutes=4))

    # An unchanged draft (same ChangeKey) is not read again, and yields the same bytes.
    ews.operations.clear()
    [same] = source.list_folder("drafts")
    assert same.raw == edited
    assert "GetItem" not in ews.operations and "UpdateItem" not in ews.operations
    assert ews.is_read_changes == []

    # A draft no longer listed (sent or deleted) is forgotten, bytes and all.
    del ews.items[draft]
    assert list(source.list_folder("drafts")) == [] and source._drafts.get(draft) is None


def test_replace_draft_updates_the_body_in_place_guarded_by_the_listed_changekey(
        ews: FakeEws) -> None:
    source = member_source(ews)
    uid = ews.add_draft(mail(html=True), modified=T0)
    listed_key = ews.items[uid].change_key
    [listed] = source.list_folder("drafts")
    copy = copy_of(listed.raw, "ab" * 16)
    ews.operations.clear()

    ref = source.replace_draft(listed.ref, copy, expect_sha256=sha(listed.raw))

    assert ref == listed.ref                               # rewritten in place
    request = ET.fromstring(ews.last_request["UpdateItem"])
    update = request.find(".//m:UpdateItem", NS)
    assert update is not None and update.get("ConflictResolution") == "NeverOverwrite"
    [item_id] = request.iter(f"{{{NS['t']}}}ItemId")
    assert (item_id.get("Id"), item_id.get("ChangeKey")) == (uid, listed_key)
    after = ews.items[uid]
    assert marker_of(ews, uid) == "ab" * 16
    assert after.is_draft and ews.folder_name(uid) == "Drafts" and not after.is_read
    assert list(ews.items) == [uid]                        # nothing created or deleted
    assert email.message_from_bytes(after.raw)["Content-Type"].startswith("text/html")
    assert email.message_from_bytes(after.raw)["To"] == "Karen Jensen <karen.j@gmail.com>"
    html = text_of(after.raw)
    assert "Borgerpost har fjernet" in html and "Tak." in html
    assert CPR not in html and "demens" not in html
    assert ews.operations == ["GetItem", "UpdateItem"]

    # A retry (the answer was lost, or the database commit failed) changes nothing.
    assert source.replace_draft(listed.ref, copy) == ref
    assert updates(ews) == 1
    with pytest.raises(ValueError, match="X-Borgerpost-Sanitized"):
        source.replace_draft(listed.ref, mail())            # not Borgerpost's copy


def test_replace_draft_of_a_text_draft_sets_a_text_body(ews: FakeEws) -> None:
    source = member_source(ews)
    uid = ews.add_draft(mail(), modified=T0)
    [listed] = source.list_folder("drafts")
    source.replace_draft(listed.ref, copy_of(listed.raw, "cd" * 16),
                         expect_sha256=sha(listed.raw))
    assert 'BodyType="Text"' in ews.last_request["UpdateItem"]
    assert email.message_from_bytes(ews.items[uid].raw)["Content-Type"].startswith(
        "text/plain")
    assert CPR not in text_of(ews.items[uid].raw)


def test_replace_draft_never_overwrites_a_save_or_a_sent_draft(ews: FakeEws) -> None:
    source = member_source(ews)
    a, b, c, d = (ews.add_draft(mail(message_id=f"<{n}@ishoj.dk>"), T0) for n in "abcd")
    listed = {f.ref.uid: f for f in source.list_folder("drafts")}
    copy = copy_of(listed[a].raw, "cd" * 16)
    saved = mail(message_id="<b@ishoj.dk>", body=f"{NEW_TEXT}\nMere tekst.\n\n{QUOTE}")

    # Other bytes than the watcher decided on.
    with pytest.raises(PermanentFailure, match="ews:draft-changed"):
        source.replace_draft(listed[a].ref, copy, expect_sha256="0" * 64)
    # Saved by the member after the listing.
    ews.save_draft(b, saved, T0 + dt.timedelta(minutes=30))
    with pytest.raises(PermanentFailure, match="ews:draft-changed"):
        source.replace_draft(listed[b].ref, copy, expect_sha256=sha(listed[b].raw))
    # Sent meanwhile (no longer a draft, still at its id), or deleted.
    ews.items[c].is_draft = False
    with pytest.raises(PermanentFailure, match="ews:draft-gone"):
        source.replace_draft(listed[c].ref, copy, expect_sha256=sha(listed[c].raw))
    del ews.items[d]
    with pytest.raises(PermanentFailure, match="ews:draft-gone"):
        source.replace_draft(listed[d].ref, copy, expect_sha256=sha(listed[d].raw))
    # Never listed by this process: there is no ChangeKey to guard an UpdateItem with.
    with pytest.raises(PermanentFailure, match="ews:draft-changed"):
        member_source(ews).replace_draft(listed[a].ref, copy)

    assert updates(ews) == 0
    assert ews.items[b].raw == saved
    assert ews.items[a].raw == mail(message_id="<a@ishoj.dk>")


def test_replace_draft_saved_between_the_check_and_the_update_is_refused(ews: FakeEws
                                                                          ) -> None:
    source = member_source(ews)
    uid = ews.add_draft(mail(), T0)
    [listed] = source.list_folder("drafts")
    saved = mail(body=f"{NEW_TEXT}\nMere tekst.\n\n{QUOTE}")
    ews.before["UpdateItem"] = lambda: ews.save_draft(uid, saved,
                                                      T0 + dt.timedelta(minutes=30))
    with pytest.raises(PermanentFailure, match="ews:draft-changed"):
        source.replace_draft(listed.ref, copy_of(listed.raw, "ef" * 16),
                             expect_sha256=sha(listed.raw))
    assert updates(ews) == 1                               # sent, and refused
    assert ews.items[uid].raw == saved and marker_of(ews, uid) is None


def test_categories_on_a_draft_are_merged_and_do_not_look_like_a_save(ews: FakeEws
                                                                      ) -> None:
    source = member_source(ews)
    uid = ews.add_draft(mail(), T0)
    ews.items[uid].categories = ["Rød kategori"]
    [listed] = source.list_folder("drafts")
    source.set_folder_categories(listed.ref, ["Følsomt: CPR", "Følsomt: Helbred"])
    source.set_folder_categories(listed.ref, ["Følsomt: CPR"])             # idempotent
    assert ews.items[uid].categories == ["Rød kategori", "Følsomt: CPR", "Følsomt: Helbred"]
    assert 'ConflictResolution="NeverOverwrite"' in ews.last_request["UpdateItem"]
    ews.operations.clear()
    [again] = source.list_folder("drafts")
    assert again.raw == listed.raw and "GetItem" not in ews.operations
    # And the draft can still be rewritten: the remembered ChangeKey is the current one.
    source.replace_draft(again.ref, copy_of(again.raw, "aa" * 16),
                         expect_sha256=sha(again.raw))
    assert marker_of(ews, uid) == "aa" * 16
    assert ews.is_read_changes == []


def test_the_config_allows_drafts_and_sent_audit_for_ews(ews: FakeEws) -> None:
    mailbox = MailboxCfg.model_validate({
        "id": MEMBER, "role": "council_member", "address": ADDRESS,
        "source": source_cfg(ews).model_dump(mode="json") | {"password": ews.password},
        "send": {"kind": "ews"}, "drafts": "sanitize", "sent_audit": "on"})
    assert folders(mailbox) == ("drafts", "sentitems")


# -- DraftWatcher end to end over EWS --------------------------------------------------

class Member:
    """A council member on on-premises Exchange, watched by a Runner's DraftWatcher and
    mailed through the EWS transport."""

    def __init__(self, ews: FakeEws, tmp_path: Path, mode: str = "sanitize") -> None:
        self.ews = ews
        rules = tmp_path / "rules.yaml"
        rules.write_text(without_digest(RULES.read_text("utf-8")).replace(
            "# cutoff: 2026-11-01T00:00:00+01:00", "cutoff: 2026-11-01T00:00:00+01:00"),
            "utf-8")
        mailbox = MailboxCfg.model_validate({
            "id": MEMBER, "role": "council_member", "address": ADDRESS,
            "source": source_cfg(ews).model_dump(mode="json") | {"password": ews.password},
            "send": {"kind": "ews"},
            "drafts": mode, "drafts_idle_minutes": 10, "sent_audit": "on"})
        self.config: Config = load_config(rules, env={}).model_copy(
            update={"mailboxes": [mailbox]})
        self.store = Store.open(self.config.database)
        self.source = member_source(ews)
        assert mailbox.send.kind == "ews"
        transport = EwsTransport(mailbox, mailbox.send)
        ews.cleanups.append(transport.close)
        self.now = T0
        self.runner = Runner(self.config, self.store, clock=lambda: self.now,
                             sources={MEMBER: self.source},
                             transports={MEMBER: transport})

    def run(self, minutes: float) -> Any:
        self.now = T0 + dt.timedelta(minutes=minutes)
        self.ews.now = self.now
        stats = self.runner.drafts.run(self.now)
        self.runner.executor.run(self.now)
        return stats

    def events(self, kind: str) -> list[Event]:
        with self.store.sessions() as s:
            return list(s.scalars(select(Event).where(Event.kind == kind)).all())


@pytest.mark.parametrize("html", [False, True], ids=["text", "html"])
def test_an_idle_external_draft_quoting_cpr_and_health_is_sanitized(
        ews: FakeEws, tmp_path: Path, html: bool) -> None:
    member = Member(ews, tmp_path)
    inbox = ews.deliver(mail(message_id="<a1@mail.gmail.com>"), T0)
    uid = ews.add_draft(mail(html=html), modified=T0)
    assert member.run(1).sanitized == 0                    # first sight: maybe being typed
    assert member.run(9).sanitized == 0                    # seen, but saved 9 minutes ago
    assert ews.items[uid].raw == mail(html=html)

    stats = member.run(11)

    assert stats.sanitized == 1 and stats.errors == 0
    draft = ews.items[uid]
    body = text_of(draft.raw)
    assert body.lstrip().startswith(("[Borgerpost har fjernet", "<html><body><p>[Borgerpost"))
    assert "Jeg tager sagen op i udvalget." in body
    assert CPR not in body and "demens" not in body and "skrev Karen" not in body
    assert draft.is_draft and list(ews.items) == [inbox, uid]
    parsed = email.message_from_bytes(draft.raw)
    assert parsed["In-Reply-To"] == "<a1@mail.gmail.com>"
    assert parsed["To"] == "Karen Jensen <karen.j@gmail.com>"
    assert marker_of(ews, uid) is not None
    [event] = member.events("draft.sanitized")
    assert event.detail["categories"] == QUOTED_CATEGORIES
    assert CPR not in str(event.detail) and "karen" not in str(event.detail).lower()

    # Later passes see Borgerpost's own rewrite as clean; nothing else was touched.
    for minutes in (12, 30, 60):
        later = member.run(minutes)
        assert later.sanitized == 0 and later.warned == 0 and later.errors == 0
    assert updates(ews) == 1
    assert ews.items[inbox].raw == mail(message_id="<a1@mail.gmail.com>")
    assert ews.outbox == [] and ews.is_read_changes == []


def test_a_draft_saved_between_listing_and_replacing_is_not_touched(
        ews: FakeEws, tmp_path: Path) -> None:
    member = Member(ews, tmp_path)
    uid = ews.add_draft(mail(), modified=T0)
    member.run(1)
    saved = mail(body=f"{NEW_TEXT}\nJeg ringer dig op i morgen.\n\n{QUOTE}")
    # The member starts typing again while the pass is deciding: Outlook saves the draft
    # after Borgerpost listed it, just before its UpdateItem arrives.
    ews.before["UpdateItem"] = lambda: ews.save_draft(uid, saved,
                                                      T0 + dt.timedelta(minutes=11))
    stats = member.run(11)
    assert stats.sanitized == 0 and stats.errors == 0 and stats.warned == 0
    assert ews.items[uid].raw == saved                     # the member's save stands
    assert marker_of(ews, uid) is None and member.events("draft.sanitized") == []
    assert updates(ews) == 1                               # the one UpdateItem was refused
    # The save restarts the idle clock: not touched until left alone for 10 minutes.
    assert member.run(15).sanitized == 0
    assert member.run(20).sanitized == 0
    assert ews.items[uid].raw == saved
    assert member.run(22).sanitized == 1
    assert "Jeg ringer dig op i morgen." in text_of(ews.items[uid].raw)


def test_warn_mode_sets_the_categories_and_mails_the_member_once(
        ews: FakeEws, tmp_path: Path) -> None:
    member = Member(ews, tmp_path, mode="warn")
    original = mail()
    uid = ews.add_draft(original, modified=T0)
    member.run(1)
    assert member.run(11).warned == 1
    for minutes in (12, 30, 60):
        assert member.run(minutes).warned == 0
    draft = ews.items[uid]
    assert draft.raw == original and marker_of(ews, uid) is None
    assert draft.categories == QUOTED_LABELS
    [(raw, recipients)] = ews.outbox
    assert recipients == [ADDRESS]
    notice = email.message_from_bytes(raw, policy=email.policy.default)
    assert notice["Auto-Submitted"] == "auto-generated"
    assert str(notice["Message-ID"]).startswith("<bp.draft-")
    text = text_of(raw)
    assert "CPR" in text and "Helbred" in text
    assert CPR not in raw.decode() and "karen" not in raw.decode().lower()


def test_sent_audit_gives_the_member_a_notice_and_records_the_finding(
        ews: FakeEws, tmp_path: Path) -> None:
    member = Member(ews, tmp_path)
    # Sent before the audit first ran: not audited (first start is quiet).
    ews.deliver(mail(message_id="<old@ishoj.dk>"), folder="sentitems",
                received=T0 - dt.timedelta(hours=1))
    assert member.run(0).sent_flagged == 0
    ews.deliver(mail(message_id="<s1@ishoj.dk>"), folder="sentitems",
                received=T0 + dt.timedelta(minutes=2))
    ews.deliver(mail(message_id="<s2@ishoj.dk>", to="kollega@ishoj.dk"),
                folder="sentitems", received=T0 + dt.timedelta(minutes=2))
    stats = member.run(3)
    assert stats.sent_checked == 2 and stats.sent_flagged == 1
    for minutes in (4, 5):
        # Later passes also read the notice's own copy in Sent Items: ours, not flagged.
        assert member.run(minutes).sent_flagged == 0
    [(raw, recipients)] = ews.outbox
    assert recipients == [ADDRESS]
    notice = email.message_from_bytes(raw, policy=email.policy.default)
    assert str(notice["Message-ID"]).startswith("<bp.sent-")
    text = text_of(raw)
    assert "CPR" in text and "Helbred" in text
    assert CPR not in raw.decode() and "karen" not in raw.decode().lower()
    [event] = member.events("sent_audit.flagged")
    assert event.mailbox_id == MEMBER and event.detail["categories"] == ["cpr", "health"]
    assert event.detail["external_count"] == 1 and "@" not in str(event.detail)
    assert ews.is_read_changes == []
