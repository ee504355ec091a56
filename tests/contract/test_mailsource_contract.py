"""The MailSource contract (daemon.mailboxes.base), the same tests for every adapter.

Each adapter is reached through a `Harness`: how to open the adapter on a fresh, empty
mailbox, how to deliver a message as a mail server would, how to read what a user's
mail client would show, and how to read Borgerpost's categories back. To add an
adapter (Graph, EWS), write a harness factory and add it to HARNESSES; every test here
then runs against it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from daemon.mailboxes.base import Fetched, MailSource, MessageRef
from daemon.mailboxes.imap import KEYWORD_PREFIX, ImapSource, keyword
from daemon.mailboxes.maildir import MaildirSource
from tests.fakes.contract_factories import ews_harness, graph_harness

MAILBOX = "contract"
T0 = dt.datetime(2026, 11, 2, 8, 0, tzinfo=dt.UTC)


@dataclass
class Harness:
    name: str
    open: Callable[[], MailSource]                  # a new adapter on the same mailbox
    deliver: Callable[[bytes], None]                # as the mail server would
    user_view: Callable[[], object]                 # what a mail client shows (no categories)
    categories: Callable[[MessageRef], set[str]]    # Borgerpost's categories, as stored
    encode: Callable[[str], str]                    # a category as the adapter stores it
    opened: list[MailSource] = field(default_factory=list)

    def source(self) -> MailSource:
        source = self.open()
        self.opened.append(source)
        return source

    def close(self) -> None:
        for source in self.opened:
            with contextlib.suppress(Exception):
                source.close()


def maildir_harness(request: pytest.FixtureRequest, tmp_path: Path) -> Harness:
    path = tmp_path / "maildir"
    counter = iter(range(1, 10_000))

    def deliver(raw: bytes) -> None:
        # An MDA writes into tmp/ and renames into new/; the mtime is the arrival time
        # (set explicitly so that order never depends on the file system's resolution).
        n = next(counter)
        for sub in ("tmp", "new", "cur"):
            (path / sub).mkdir(parents=True, exist_ok=True)
        tmp = path / "tmp" / f"{1_800_000_000 + n}.M{n}P1.contract"
        tmp.write_bytes(raw)
        when = (T0 + dt.timedelta(minutes=n)).timestamp()
        os.utime(tmp, (when, when))
        os.rename(tmp, path / "new" / tmp.name)

    def user_view() -> object:
        return sorted(str(p.relative_to(path)) for sub in ("new", "cur", "tmp")
                      for p in (path / sub).glob("*")) if path.exists() else []

    def categories(ref: MessageRef) -> set[str]:
        return set(MaildirSource(MAILBOX, path).categories(ref.uid))

    return Harness("maildir", lambda: MaildirSource(MAILBOX, path), deliver, user_view,
                   categories, lambda c: c)


def imap_harness(request: pytest.FixtureRequest, tmp_path: Path) -> Harness:
    server = request.getfixturevalue("dovecot")
    user = server.new_user()
    cfg = server.imap_cfg(user)

    def user_view() -> object:
        # Everything but Borgerpost's keywords and \Recent (a session artefact).
        return {uid: sorted(f for f in flags if f != b"\\Recent"
                            and not f.decode().startswith(KEYWORD_PREFIX))
                for uid, flags in server.flags(user).items()}

    def categories(ref: MessageRef) -> set[str]:
        flags = server.flags(user)[int(ref.uid)]
        return {f.decode() for f in flags if f.decode().startswith(KEYWORD_PREFIX)}

    return Harness("imap", lambda: ImapSource(MAILBOX, cfg),
                   lambda raw: server.deliver(user, raw), user_view, categories, keyword)


# Add Graph and EWS here: name → factory(request, tmp_path) → Harness.
HARNESSES: dict[str, Callable[[pytest.FixtureRequest, Path], Harness]] = {
    "maildir": maildir_harness,
    "imap": imap_harness,
    # Graph and EWS run against the fakes in tests/fakes, built from Microsoft's
    # documented wire format (no tenant or Exchange server can run here).
    "graph": lambda r, p: graph_harness(r, p, Harness),
    "ews": lambda r, p: ews_harness(r, p, Harness),
}


@pytest.fixture(params=sorted(HARNESSES))
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Harness]:
    made = HARNESSES[request.param](request, tmp_path)
    yield made
    made.close()


def mail(n: int) -> bytes:
    return (f"From: Borger {n} <borger{n}@example.dk>\r\nTo: borgmester@ishoj.dk\r\n"
            f"Subject: Henvendelse {n}\r\nDate: Mon, 02 Nov 2026 09:0{n % 10}:00 +0100\r\n"
            f"Message-ID: <contract-{n}@example.dk>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Hej, dette er henvendelse nummer {n}.\r\n").encode()


def message_id(fetched: Fetched) -> str:
    match = re.search(rb"(?im)^message-id:\s*(<[^>]+>)", fetched.raw)
    assert match, "no Message-ID in the fetched message"
    return match.group(1).decode()


def ids(items: list[Fetched]) -> list[str]:
    return [message_id(f) for f in items]


def last_cursor(items: list[Fetched], before: str | None = None) -> str | None:
    cursors = [f.cursor for f in items if f.cursor is not None]
    return cursors[-1] if cursors else before


def test_empty_mailbox_fetches_nothing(harness: Harness) -> None:
    assert list(harness.source().fetch(None)) == []


def test_new_mail_in_arrival_order_with_raw_bytes_and_aware_arrival(harness: Harness) -> None:
    for n in (1, 2, 3):
        harness.deliver(mail(n))
    fetched = list(harness.source().fetch(None))
    assert ids(fetched) == ["<contract-1@example.dk>", "<contract-2@example.dk>",
                            "<contract-3@example.dk>"]
    assert [f.raw for f in fetched] == [mail(1), mail(2), mail(3)]
    for item in fetched:
        assert item.ref.mailbox_id == MAILBOX
        assert item.arrived.tzinfo is not None and item.arrived.utcoffset() is not None
    assert len({f.ref for f in fetched}) == 3


def test_refs_are_stable_across_fetches_and_restarts(harness: Harness) -> None:
    harness.deliver(mail(1))
    first = [f.ref for f in harness.source().fetch(None)]
    again = [f.ref for f in harness.source().fetch(None)]
    assert first == again


def test_nothing_is_marked_read_moved_or_deleted(harness: Harness) -> None:
    for n in (1, 2):
        harness.deliver(mail(n))
    before = harness.user_view()
    source = harness.source()
    fetched = list(source.fetch(None))
    source.set_categories(fetched[0].ref, ["Borgerhenvendelse", "Følsomt: Helbred"])
    list(source.fetch(None))
    source.close()
    assert harness.user_view() == before


def test_categories_are_added_idempotently(harness: Harness) -> None:
    harness.deliver(mail(1))
    harness.deliver(mail(2))
    source = harness.source()
    first, second = list(source.fetch(None))
    source.set_categories(first.ref, ["Borgerhenvendelse", "Følsomt: Helbred"])
    source.set_categories(first.ref, ["Følsomt: Helbred", "Borgerhenvendelse"])
    source.set_categories(first.ref, ["Følsomt: CPR"])
    source.set_categories(first.ref, [])
    expected = {harness.encode(c) for c in
                ("Borgerhenvendelse", "Følsomt: Helbred", "Følsomt: CPR")}
    assert harness.categories(first.ref) == expected
    assert harness.categories(second.ref) == set()
    # A new adapter instance (a restart) sees and keeps the same categories.
    restarted = harness.source()
    restarted.set_categories(first.ref, ["Borgerhenvendelse"])
    assert harness.categories(first.ref) == expected


def test_no_duplicates_after_a_restart_when_the_cursor_is_kept(harness: Harness) -> None:
    for n in (1, 2):
        harness.deliver(mail(n))
    source = harness.source()
    # The runner: process each message, remember its uid and the adapter's cursor.
    processed: set[str] = set()
    cursor: str | None = None
    for item in source.fetch(None):
        processed.add(item.ref.uid)
        cursor = item.cursor if item.cursor is not None else cursor
    source.close()

    restarted = harness.source()
    assert list(restarted.fetch(cursor, frozenset(processed))) == []
    harness.deliver(mail(3))
    new = list(restarted.fetch(cursor, frozenset(processed)))
    assert ids(new) == ["<contract-3@example.dk>"]
    processed |= {f.ref.uid for f in new}
    cursor = last_cursor(new, cursor)
    assert list(harness.source().fetch(cursor, frozenset(processed))) == []


def test_fetch_with_skip_leaves_out_those_uids(harness: Harness) -> None:
    for n in (1, 2, 3):
        harness.deliver(mail(n))
    source = harness.source()
    everything = list(source.fetch(None))
    skip = frozenset({everything[1].ref.uid})
    assert ids(list(source.fetch(None, skip))) == ["<contract-1@example.dk>",
                                                   "<contract-3@example.dk>"]
    all_uids = frozenset(f.ref.uid for f in everything)
    assert list(source.fetch(None, all_uids)) == []


def test_wait_returns_within_its_timeout_when_nothing_arrives(harness: Harness) -> None:
    # Not a timing test: wait(0) must simply return (no mail, no exception).
    harness.source().wait(0)


def test_fetch_is_lazy_and_can_be_abandoned(harness: Harness) -> None:
    for n in (1, 2, 3):
        harness.deliver(mail(n))
    source = harness.source()
    iterator = iter(source.fetch(None))
    first = next(iterator)
    source.set_categories(first.ref, ["Borgerhenvendelse"])   # between two items
    del iterator
    assert ids(list(source.fetch(None))) == [f"<contract-{n}@example.dk>" for n in (1, 2, 3)]
