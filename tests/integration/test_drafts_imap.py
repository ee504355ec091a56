"""Issue 4, point 4 against a real Dovecot: a council member's Drafts and Sent over IMAP.

What only the server can show: that a draft re-saved by a client (a new uid) is never
touched, that the old draft is removed with UID EXPUNGE and nothing else is (not even a
message the member's client marked \\Deleted), that reading Drafts and Sent changes no
flag, and that the sent-audit notice reaches the member's INBOX once, through SMTP.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from daemon.config import load_config
from daemon.core import drafts as core
from daemon.drafts import DraftWatcher
from daemon.errors import PermanentFailure
from daemon.mailboxes.folders import sanitized_marker
from daemon.mailboxes.imap import ImapSource
from daemon.runner import Runner
from daemon.store.db import Store
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.smtp import SmtpServer

pytestmark = pytest.mark.integration

# In the past of the real clock: Dovecot replaces an INTERNALDATE in the future by the
# time of the APPEND, and the tests need the dates they set.
T0 = (dt.datetime.now(dt.UTC) - dt.timedelta(days=3)).replace(second=0, microsecond=0)
CPR = "120437-1234"
NEW_TEXT = "Kære Karen\r\n\r\nTak for din mail. Jeg tager sagen op i udvalget.\r\n\r\nMvh Mette"
QUOTE = ("Den 23. nov. 2026 kl. 09.12 skrev Karen Jensen <borger@example.dk>:\r\n"
         f"> Min mor har demens og får ikke sin medicin. Hendes CPR er {CPR}.\r\n"
         "> Mvh Karen")


def mail(member: str, *, message_id: str, body: str | None = None,
         to: str = "Karen Jensen <borger@example.dk>") -> bytes:
    body = body if body is not None else f"{NEW_TEXT}\r\n\r\n{QUOTE}"
    return (f"From: Mette Larsen <{member}>\r\nTo: {to}\r\n"
            "Subject: Re: Parkering ved skolen\r\n"
            f"Message-ID: {message_id}\r\nIn-Reply-To: <a1@example.dk>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n").encode("utf-8")


class Member:
    def __init__(self, dovecot: Dovecot, smtp: SmtpServer, tmp_path: Path,
                 mode: str = "sanitize") -> None:
        self.dovecot = dovecot
        self.user = dovecot.new_user()
        rules = tmp_path / "rules.yaml"
        rules.write_text(f"""\
municipality: Ishøj Kommune
internal_domains: [ishoj.dk]
database: sqlite:///{tmp_path}/borgerpost.db
centres:
  - {{id: voksne-velfaerd, name: Center for Voksne og Velfærd,
     chief: centerchef.cvv@ishoj.dk}}
mailboxes:
  - id: byraad-test
    role: council_member
    address: {self.user}
    source: {{kind: imap, host: {dovecot.host}, port: {dovecot.port}, security: none,
             username: {self.user}, password: {PASSWORD}, sent_folder: Sent,
             idle: false, timeout_seconds: 10}}
    send: {{kind: smtp, host: {smtp.host}, port: {smtp.port}, security: none, auth: none}}
    drafts: {mode}
    drafts_idle_minutes: 10
    sent_audit: on
""", "utf-8")
        self.config = load_config(rules, env={})
        self.store = Store.open(self.config.database)
        self.runner = Runner(self.config, self.store, clock=lambda: T0)
        self.watcher = DraftWatcher(self.config, self.store, self.runner.sources,
                                    self.runner.classifier)

    def run(self, minutes: float) -> Any:
        now = T0 + dt.timedelta(minutes=minutes)
        stats = self.watcher.run(now)
        self.runner.executor.run(now)
        return stats

    def put(self, raw: bytes, folder: str = "Drafts", minutes: float = 0,
            flags: tuple[bytes, ...] = (b"\\Draft", b"\\Seen")) -> int:
        uid = self.dovecot.deliver(self.user, raw, folder=folder, flags=flags,
                                   internaldate=T0 + dt.timedelta(minutes=minutes))
        assert uid is not None
        return uid

    def remove(self, uid: int, folder: str = "Drafts") -> None:
        """What a mail client does with the old copy when it saves a draft again."""
        with self.dovecot.client(self.user, folder, readonly=False) as client:
            client.add_flags([uid], [b"\\Deleted"])
            client.uid_expunge([uid])

    def folder(self, name: str = "Drafts") -> dict[int, dict[bytes, Any]]:
        return self.dovecot.messages(self.user, name)

    def close(self) -> None:
        self.runner.close()


@pytest.fixture
def member(dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> Iterator[Member]:
    opened = Member(dovecot, smtp_server, tmp_path)
    yield opened
    opened.close()


def test_idle_draft_is_sanitized_on_the_second_pass_and_the_old_one_removed(
        member: Member) -> None:
    assert isinstance(member.runner.sources["byraad-test"], ImapSource)
    inbox_uid = member.put(mail(member.user, message_id="<inquiry@example.dk>"),
                           folder="INBOX", flags=())
    inbox_before = member.folder("INBOX")
    # A message the member's client marked \Deleted but did not expunge (Thunderbird's
    # "mark as deleted"): UID EXPUNGE of our uid must leave it alone.
    marked = member.put(mail(member.user, message_id="<marked@ishoj.dk>", body="x",
                             to="kollega@ishoj.dk"), flags=(b"\\Draft", b"\\Deleted"))
    old = member.put(mail(member.user, message_id="<draft1@ishoj.dk>"))

    assert member.run(1).sanitized == 0
    assert set(member.folder()) == {marked, old}
    stats = member.run(11)
    assert stats.sanitized == 1 and stats.errors == 0

    drafts = member.folder()
    assert old not in drafts and marked in drafts and len(drafts) == 2
    [new_uid] = [uid for uid in drafts if uid not in (marked, old)]
    raw = bytes(drafts[new_uid][b"BODY[]"])
    assert sanitized_marker(raw) is not None
    assert b"\\Draft" in drafts[new_uid][b"FLAGS"]
    out = email.message_from_bytes(raw, policy=email.policy.default)
    assert out["Message-ID"] == "<draft1@ishoj.dk>" and "borger@example.dk" in out["To"]
    text = out.get_body(("plain",)).get_content()
    assert text.startswith(core.NOTE) and "Jeg tager sagen op i udvalget." in text
    assert CPR not in raw.decode() and "demens" not in raw.decode()

    # Nothing else changed: the inbox (content and flags) and no further rewrite.
    assert member.run(30).sanitized == 0
    assert set(member.folder()) == {marked, new_uid}
    assert member.folder("INBOX") == inbox_before and inbox_uid in inbox_before


def test_a_draft_saved_again_between_passes_is_untouched(member: Member) -> None:
    first = member.put(mail(member.user, message_id="<draft1@ishoj.dk>"))
    member.run(1)
    # The member keeps typing: the client APPENDs the new version and expunges the old.
    edited = mail(member.user, message_id="<draft1@ishoj.dk>",
                  body=f"{NEW_TEXT}\r\nEt ekstra afsnit.\r\n\r\n{QUOTE}")
    second = member.put(edited, minutes=5)
    member.remove(first)
    assert member.run(20).sanitized == 0
    drafts = member.folder()
    assert list(drafts) == [second]
    assert bytes(drafts[second][b"BODY[]"]) == edited
    # A client that keeps the old INTERNALDATE on the new copy: still a new uid, so
    # still never seen before, so still untouched.
    third = member.put(edited.replace(b"ekstra", b"andet"), minutes=0)
    member.remove(second)
    assert member.run(40).sanitized == 0
    assert list(member.folder()) == [third]
    # Left alone from now on, it is sanitized after the pass that saw it unchanged.
    assert member.run(41).sanitized == 1
    assert third not in member.folder()


def test_warn_mode_sets_keywords_on_the_draft_and_mails_the_member_once(
        dovecot: Dovecot, smtp_server: SmtpServer, tmp_path: Path) -> None:
    member = Member(dovecot, smtp_server, tmp_path, mode="warn")
    try:
        raw = mail(member.user, message_id="<draft1@ishoj.dk>")
        uid = member.put(raw)
        member.run(1)
        assert member.run(11).warned == 1
        assert member.run(30).warned == 0
        drafts = member.folder()
        assert list(drafts) == [uid] and bytes(drafts[uid][b"BODY[]"]) == raw
        assert {b"Borgerpost_Foelsomt_CPR", b"Borgerpost_Foelsomt_Helbred"} <= set(
            drafts[uid][b"FLAGS"])
        notices = [bytes(d[b"BODY[]"]) for d in member.folder("INBOX").values()]
        assert len(notices) == 1 and b"Auto-Submitted: auto-generated" in notices[0]
        assert CPR.encode() not in notices[0] and b"borger@example.dk" not in notices[0]
    finally:
        member.close()


def test_sent_audit_notice_is_delivered_once(member: Member,
                                             smtp_server: SmtpServer) -> None:
    # Mail sent before the audit first ran is not audited.
    member.put(mail(member.user, message_id="<before@ishoj.dk>"), folder="Sent",
               minutes=-60, flags=(b"\\Seen",))
    assert member.run(0).sent_flagged == 0
    sent_uid = member.put(mail(member.user, message_id="<sent1@ishoj.dk>"), folder="Sent",
                          minutes=2, flags=(b"\\Seen",))
    sent_flags = member.dovecot.flags(member.user, "Sent")[sent_uid]
    assert member.run(3).sent_flagged == 1
    for minutes in (4, 5):
        # Later passes also read the notice's own copy in Sent: ours, internal, clean.
        assert member.run(minutes).sent_flagged == 0
    inbox = [bytes(d[b"BODY[]"]) for d in member.folder("INBOX").values()]
    assert len(inbox) == 1
    notice = email.message_from_bytes(inbox[0], policy=email.policy.default)
    assert notice["Auto-Submitted"] == "auto-generated"
    assert notice["Message-ID"].startswith("<bp.sent-")
    text = notice.get_content()
    assert "CPR" in text and "Helbred" in text
    assert CPR not in inbox[0].decode() and "borger@example.dk" not in inbox[0].decode()
    assert [r.rcpt_tos for r in smtp_server.received] == [[member.user]]
    # Reading Sent changed no flag.
    assert member.dovecot.flags(member.user, "Sent")[sent_uid] == sent_flags


def test_replace_draft_is_idempotent_and_keeps_no_old_keywords(member: Member) -> None:
    source = member.runner.sources["byraad-test"]
    assert isinstance(source, ImapSource)
    old = member.put(mail(member.user, message_id="<draft1@ishoj.dk>"),
                     flags=(b"\\Draft", b"\\Seen", b"Borgerpost_Foelsomt_CPR"))
    [fetched] = source.list_folder("Drafts")
    assert fetched.ref.uid == str(old) and ";UIDVALIDITY=" in fetched.ref.folder
    copy = mail(member.user, message_id="<draft1@ishoj.dk>", body="ny tekst").replace(
        b"MIME-Version", b"X-Borgerpost-Sanitized: " + b"ab" * 16 + b"\r\nMIME-Version")
    ref = source.replace_draft(fetched.ref, copy)
    # A retry after a crash between the APPEND and the database commit: no second copy.
    assert source.replace_draft(fetched.ref, copy) == ref
    drafts = member.folder()
    assert list(drafts) == [int(ref.uid)]
    assert set(drafts[int(ref.uid)][b"FLAGS"]) == {b"\\Draft", b"\\Seen"}
    # A ref of an old UIDVALIDITY is refused, never applied to whatever has that uid now.
    member.dovecot.reset_uidvalidity(member.user, "Drafts")
    with pytest.raises(PermanentFailure, match="stale-ref"):
        source.set_folder_categories(ref, ["Følsomt: CPR"])
    with pytest.raises(PermanentFailure, match="stale-ref"):
        source.replace_draft(ref, copy)
