"""daemon.mailboxes.imap against a real Dovecot (tests/servers/dovecot.py)."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from daemon.errors import PermanentFailure, TemporaryFailure
from daemon.mailboxes import imap as imap_module
from daemon.mailboxes.base import MessageRef
from daemon.mailboxes.imap import ImapSource, keyword, parse_cursor
from tests.servers.dovecot import Dovecot, free_port

pytestmark = pytest.mark.integration

CPH = dt.timezone(dt.timedelta(hours=1))


def mail(n: int, body: str = "") -> bytes:
    return (f"From: borger{n}@example.dk\r\nTo: borgmester@ishoj.dk\r\n"
            f"Subject: Henvendelse {n}\r\nMessage-ID: <imap-{n}@example.dk>\r\n\r\n"
            f"Hej {n}\r\n{body}").encode()


@pytest.fixture
def user(dovecot: Dovecot) -> str:
    return dovecot.new_user()


@pytest.fixture
def source(dovecot: Dovecot, user: str) -> Iterator[ImapSource]:
    opened = ImapSource("borgmester-pa", dovecot.imap_cfg(user))
    yield opened
    opened.close()


def mids(items: list) -> list[str]:
    return [f.raw.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode() for f in items]


# -- keywords ------------------------------------------------------------------------

def test_keyword_examples() -> None:
    assert keyword("Følsomt: Helbred") == "Borgerpost_Foelsomt_Helbred"
    assert keyword("Følsomt: Økonomi/sociale forhold") == (
        "Borgerpost_Foelsomt_Oekonomi_sociale_forhold")
    assert keyword("Borgerhenvendelse") == "Borgerpost_Borgerhenvendelse"
    assert keyword("Mangler fordeling") == "Borgerpost_Mangler_fordeling"
    assert keyword("Ældre på Året") == "Borgerpost_Aeldre_paa_Aaret"
    assert keyword("Café") == "Borgerpost_Cafe"


@given(st.text(max_size=60))
def test_keyword_is_always_an_atom(category: str) -> None:
    # RFC 3501 9: flag-keyword = atom; atom-specials are ( ) { SP CTL % * " \\ ]
    atom = keyword(category)
    assert atom.isascii() and atom.startswith("Borgerpost_")
    assert all(c.isalnum() or c == "_" for c in atom)
    assert keyword(category) == atom


def test_parse_cursor() -> None:
    assert parse_cursor("42:17") == (42, 17)
    assert parse_cursor(None) is None
    assert parse_cursor("") is None
    assert parse_cursor("graph-delta-token") is None


# -- fetching ------------------------------------------------------------------------

def test_fetch_in_uid_order_with_internaldate_as_aware_utc(dovecot: Dovecot, user: str,
                                                           source: ImapSource) -> None:
    # INTERNALDATE is what the server says, not the Date header, and not append order.
    dovecot.deliver(user, mail(1), internaldate=dt.datetime(2026, 11, 2, 9, 15, tzinfo=CPH))
    dovecot.deliver(user, mail(2), internaldate=dt.datetime(2026, 11, 2, 8, 0, tzinfo=CPH))
    fetched = list(source.fetch(None))
    assert mids(fetched) == ["<imap-1@example.dk>", "<imap-2@example.dk>"]
    assert fetched[0].arrived == dt.datetime(2026, 11, 2, 8, 15, tzinfo=dt.UTC)
    assert fetched[0].arrived.tzinfo == dt.UTC
    assert fetched[1].arrived == dt.datetime(2026, 11, 2, 7, 0, tzinfo=dt.UTC)
    validity = dovecot.uidvalidity(user)
    assert fetched[0].ref == MessageRef("borgmester-pa", f"INBOX;UIDVALIDITY={validity}", "1")
    assert [f.cursor for f in fetched] == [f"{validity}:1", f"{validity}:2"]


def test_body_peek_never_sets_seen_and_nothing_is_deleted(dovecot: Dovecot, user: str,
                                                          source: ImapSource) -> None:
    for n in (1, 2, 3):
        dovecot.deliver(user, mail(n))
    dovecot.deliver(user, mail(4), flags=[b"\\Seen"])   # already read by a person
    list(source.fetch(None))
    fetched = list(source.fetch(None))
    source.set_categories(fetched[0].ref, ["Borgerhenvendelse"])
    # Looked at through a second, independent connection (EXAMINE).
    flags = dovecot.flags(user)
    assert sorted(flags) == [1, 2, 3, 4]
    for uid in (1, 2, 3):
        assert b"\\Seen" not in flags[uid]
        assert b"\\Deleted" not in flags[uid]
    assert b"\\Seen" in flags[4]
    assert [d[b"BODY[]"] for d in dovecot.messages(user).values()] == [
        mail(1), mail(2), mail(3), mail(4)]


def test_cursor_fetches_only_newer_uids(dovecot: Dovecot, user: str,
                                        source: ImapSource) -> None:
    for n in (1, 2):
        dovecot.deliver(user, mail(n))
    first = list(source.fetch(None))
    cursor = first[-1].cursor
    assert list(source.fetch(cursor)) == []
    dovecot.deliver(user, mail(3))
    assert mids(list(source.fetch(cursor))) == ["<imap-3@example.dk>"]
    # A cursor from another adapter or an older format reads from the beginning.
    assert len(list(source.fetch("not-a-cursor"))) == 3


def test_batches_bound_what_one_fetch_holds(dovecot: Dovecot, user: str, source: ImapSource,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(1, 8):
        dovecot.deliver(user, mail(n, body="x" * 500))
    monkeypatch.setattr(imap_module, "BATCH", 3)
    monkeypatch.setattr(imap_module, "BATCH_BYTES", 1200)   # about two bodies per FETCH
    calls: list[int] = []
    client = source._select()
    original = client.fetch

    def counting(uids, items, *args, **kwargs):   # type: ignore[no-untyped-def]
        if b"BODY.PEEK[]" in items:
            calls.append(len(uids))
        return original(uids, items, *args, **kwargs)

    monkeypatch.setattr(client, "fetch", counting)
    assert mids(list(source.fetch(None))) == [f"<imap-{n}@example.dk>" for n in range(1, 8)]
    assert max(calls) <= 2 and sum(calls) == 7


def test_uidvalidity_change_gives_new_refs_and_the_same_message_ids(
        dovecot: Dovecot, user: str, source: ImapSource) -> None:
    for n in (1, 2):
        dovecot.deliver(user, mail(n))
    before = list(source.fetch(None))
    cursor = before[-1].cursor
    new_validity = dovecot.reset_uidvalidity(user)
    after = list(source.fetch(cursor, frozenset(f.ref.uid for f in before)))
    # Everything again (skip named uids of the old UIDVALIDITY), under new refs.
    assert mids(after) == mids(before)
    assert {f.ref.folder for f in after} == {f"INBOX;UIDVALIDITY={new_validity}"}
    assert not {f.ref for f in after} & {f.ref for f in before}
    assert after[-1].cursor == f"{new_validity}:{after[-1].ref.uid}"
    # A ref from before the change is stale: setting categories on it would hit
    # whatever message has that uid now.
    with pytest.raises(PermanentFailure):
        source.set_categories(before[0].ref, ["Borgerhenvendelse"])


# -- categories ----------------------------------------------------------------------

def test_categories_become_keywords(dovecot: Dovecot, user: str, source: ImapSource) -> None:
    dovecot.deliver(user, mail(1))
    [item] = list(source.fetch(None))
    source.set_categories(item.ref, ["Borgerhenvendelse", "Følsomt: Helbred",
                                     "Følsomt: Økonomi/sociale forhold"])
    source.set_categories(item.ref, ["Borgerhenvendelse"])
    flags = set(dovecot.flags(user)[1])
    assert {b"Borgerpost_Borgerhenvendelse", b"Borgerpost_Foelsomt_Helbred",
            b"Borgerpost_Foelsomt_Oekonomi_sociale_forhold"} <= flags
    assert b"\\Seen" not in flags


class _StoreSpy:
    """Counts STORE commands (imapclient's add_flags) on a real connection."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[list[int]] = []
        real = imap_module.IMAPClient.add_flags

        def add_flags(client, messages, flags, silent=False):  # type: ignore[no-untyped-def]
            self.calls.append(sorted(int(m) for m in messages))
            return real(client, messages, flags, silent=silent)

        monkeypatch.setattr(imap_module.IMAPClient, "add_flags", add_flags)


def test_many_messages_categories_in_one_store_per_keyword_set(
        dovecot: Dovecot, user: str, source: ImapSource,
        monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(1, 5):
        dovecot.deliver(user, mail(n))
    items = list(source.fetch(None))
    spy = _StoreSpy(monkeypatch)
    stale = MessageRef("borgmester-pa", "INBOX;UIDVALIDITY=1", items[0].ref.uid)
    outcomes = source.set_categories_many(
        [(items[0].ref, ["Borgerhenvendelse"]), (items[1].ref, ["Borgerhenvendelse"]),
         (items[2].ref, ["Borgerhenvendelse"]), (items[3].ref, ["Følsomt: Helbred"]),
         (stale, ["Følsomt: CPR"])])
    assert outcomes[:4] == [None] * 4
    assert isinstance(outcomes[4], PermanentFailure)
    assert len(spy.calls) == 2        # one STORE per distinct set of keywords
    flags = dovecot.flags(user)
    uids = [int(i.ref.uid) for i in items]
    for uid in uids[:3]:
        assert b"Borgerpost_Borgerhenvendelse" in flags[uid]
    assert b"Borgerpost_Foelsomt_Helbred" in flags[uids[3]]
    assert not any(b"Borgerpost_Foelsomt_CPR" in f for f in flags.values())
    assert not any(b"\\Seen" in f for f in flags.values())


def test_the_executor_stores_a_passs_categories_together(
        dovecot: Dovecot, user: str, source: ImapSource, tmp_path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from daemon.outbox import Executor
    from daemon.store.db import Store
    from daemon.store.models import Outbox

    for n in range(1, 4):
        dovecot.deliver(user, mail(n))
    items = list(source.fetch(None))
    store = Store.open(f"sqlite:///{tmp_path / 'bp.db'}")
    now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    with store.transaction() as s:
        for item in items:
            s.add(Outbox(mailbox_id="borgmester-pa", kind="categories",
                         idempotency_key=f"categories:{item.ref.uid}",
                         payload={"folder": item.ref.folder, "uid": item.ref.uid,
                                  "categories": ["Borgerhenvendelse"]},
                         state="pending", created_at=now, recipients=[]))
    spy = _StoreSpy(monkeypatch)
    executor = Executor(store, {}, {"borgmester-pa": source}, lambda text: (), {})
    stats = executor.run(now)
    assert stats.done == 3
    assert len(spy.calls) == 1
    with store.sessions() as s:
        assert {o.state for o in s.query(Outbox).all()} == {"done"}
    assert all(b"Borgerpost_Borgerhenvendelse" in f for f in dovecot.flags(user).values())
    store.engine.dispose()


def test_categories_for_another_mailbox_are_refused(source: ImapSource) -> None:
    with pytest.raises(ValueError):
        source.set_categories(MessageRef("other", "INBOX;UIDVALIDITY=1", "1"), ["X"])


# -- waiting -------------------------------------------------------------------------

def test_idle_wakes_wait_when_mail_is_appended_elsewhere(dovecot: Dovecot, user: str,
                                                         source: ImapSource) -> None:
    list(source.fetch(None))
    client = source._client
    assert client is not None and b"IDLE" in client.capabilities()
    idling = threading.Event()
    seen: list[list] = []
    idle, idle_check = client.idle, client.idle_check

    def spy_idle():   # type: ignore[no-untyped-def]
        result = idle()
        idling.set()
        return result

    def spy_check(timeout=None):   # type: ignore[no-untyped-def]
        responses = idle_check(timeout=timeout)
        seen.append(responses)
        return responses

    client.idle, client.idle_check = spy_idle, spy_check   # type: ignore[method-assign]
    done = threading.Event()
    # A long timeout: if IDLE did not work, wait would not return before the join below
    # gives up, and the assertion fails instead of the test hanging.
    waiter = threading.Thread(target=lambda: (source.wait(600), done.set()), daemon=True)
    waiter.start()
    assert idling.wait(60)
    dovecot.deliver(user, mail(1))
    waiter.join(120)
    assert done.is_set(), "wait() did not return on new mail"
    assert any(r[1:2] == (b"EXISTS",) for batch in seen for r in batch)
    assert mids(list(source.fetch(None))) == ["<imap-1@example.dk>"]


def test_interrupt_wakes_a_wait_blocked_in_idle(dovecot: Dovecot, user: str,
                                                source: ImapSource) -> None:
    # The service's stop calls interrupt() from another thread; no mail arrives, so
    # only the interrupt can end this wait before the join gives up.
    list(source.fetch(None))
    client = source._client
    assert client is not None and b"IDLE" in client.capabilities()
    idling = threading.Event()
    idle = client.idle

    def spy_idle():   # type: ignore[no-untyped-def]
        result = idle()
        idling.set()
        return result

    client.idle = spy_idle   # type: ignore[method-assign]
    done = threading.Event()
    waiter = threading.Thread(target=lambda: (source.wait(600), done.set()), daemon=True)
    waiter.start()
    assert idling.wait(60)
    source.interrupt()
    waiter.join(120)
    assert done.is_set(), "interrupt() did not wake the IDLE"
    assert source._client is None   # the woken wait dropped the dead connection
    dovecot.deliver(user, mail(2))   # and the next fetch reconnects
    assert mids(list(source.fetch(None))) == ["<imap-2@example.dk>"]


def test_interrupt_without_a_connection_is_harmless(dovecot: Dovecot, user: str) -> None:
    source = ImapSource("mb", dovecot.imap_cfg(user))
    source.interrupt()   # nothing connected: nothing to wake, no error
    assert source._client is None


def test_wait_without_idle_sleeps_the_timeout(dovecot: Dovecot, user: str) -> None:
    slept: list[float] = []
    source = ImapSource("mb", dovecot.imap_cfg(user, idle=False), sleep=slept.append)
    try:
        source.wait(42)
    finally:
        source.close()
    assert len(slept) == 1 and 41 < slept[0] <= 42


def test_idle_is_renewed_before_29_minutes(dovecot: Dovecot, user: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # A fake clock makes "25 minutes" pass at once: each idle_check advances it.
    now = [0.0]
    source = ImapSource("mb", dovecot.imap_cfg(user), clock=lambda: now[0])
    try:
        client = source._select()
        timeouts: list[float] = []
        idles: list[int] = []
        idle = client.idle

        def fake_idle():   # type: ignore[no-untyped-def]
            idles.append(1)
            return idle()

        def fake_check(timeout=None):   # type: ignore[no-untyped-def]
            timeouts.append(timeout)
            now[0] += timeout
            return [(b"OK", b"Still here")]

        monkeypatch.setattr(client, "idle", fake_idle)
        monkeypatch.setattr(client, "idle_check", fake_check)
        source.wait(3600)
    finally:
        source.close()
    assert all(t <= 29 * 60 for t in timeouts)
    assert sum(timeouts) == 3600 and len(idles) == len(timeouts) >= 3


# -- failures ------------------------------------------------------------------------

def test_reconnects_after_the_server_restarts(dovecot: Dovecot, user: str,
                                              source: ImapSource) -> None:
    dovecot.deliver(user, mail(1))
    first = list(source.fetch(None))
    dovecot.restart()
    dovecot.deliver(user, mail(2))
    assert mids(list(source.fetch(first[-1].cursor))) == ["<imap-2@example.dk>"]
    dovecot.restart()
    source.wait(0)   # a dead connection during wait is not an error
    dovecot.deliver(user, mail(3))
    [item] = list(source.fetch(first[-1].cursor, frozenset({"2"})))
    source.set_categories(item.ref, ["Borgerhenvendelse"])
    assert b"Borgerpost_Borgerhenvendelse" in dovecot.flags(user)[3]


def test_unreachable_server_is_a_temporary_failure_with_a_code(dovecot: Dovecot,
                                                               user: str) -> None:
    port = free_port()   # nothing listens here
    slept: list[float] = []
    source = ImapSource("mb", dovecot.imap_cfg(user, port=port), sleep=slept.append)
    with pytest.raises(TemporaryFailure) as first:
        list(source.fetch(None))
    with pytest.raises(TemporaryFailure):
        list(source.fetch(None))
    with pytest.raises(TemporaryFailure):
        list(source.fetch(None))
    assert str(first.value).startswith("imap:connect:")
    assert user not in str(first.value)
    assert slept == [1.0, 2.0]   # backoff grows while the failures last
    source.wait(5)   # never raises; sleeps instead
    assert slept[-1] == 5.0


def test_wrong_password_is_a_temporary_failure_without_secrets(
        private_dovecot: Dovecot) -> None:
    user = private_dovecot.new_user()
    source = ImapSource("mb", private_dovecot.imap_cfg(user, password="Hemmeligt-kodeord-1"))
    with pytest.raises(TemporaryFailure) as failure:
        list(source.fetch(None))
    assert str(failure.value) == "imap:login"
    assert "Hemmeligt" not in repr(failure.value) and user not in repr(failure.value)


def test_missing_folder_is_a_temporary_failure(dovecot: Dovecot, user: str) -> None:
    source = ImapSource("mb", dovecot.imap_cfg(user, folder="Findes ikke"))
    with pytest.raises(TemporaryFailure) as failure:
        list(source.fetch(None))
    assert str(failure.value) == "imap:refused:select"
    source.close()


def test_server_closing_the_connection_mid_fetch_reconnects(dovecot: Dovecot, user: str,
                                                            source: ImapSource) -> None:
    for n in (1, 2):
        dovecot.deliver(user, mail(n))
    list(source.fetch(None))
    assert source._client is not None
    # Cut the TCP connection under the client, as a NAT timeout would.
    source._client.socket().shutdown(socket.SHUT_RDWR)
    assert mids(list(source.fetch(None))) == ["<imap-1@example.dk>", "<imap-2@example.dk>"]


# -- transport security --------------------------------------------------------------

@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_and_starttls(dovecot: Dovecot, user: str, security: str) -> None:
    port = dovecot.tls_port if security == "tls" else dovecot.port
    dovecot.deliver(user, mail(1))
    source = ImapSource("mb", dovecot.imap_cfg(user, port=port, security=security,
                                               verify_tls=False))
    try:
        assert source._select().socket().version() is not None   # TLS is up
        assert mids(list(source.fetch(None))) == ["<imap-1@example.dk>"]
    finally:
        source.close()


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_an_untrusted_certificate_is_refused(dovecot: Dovecot, user: str,
                                             security: str) -> None:
    port = dovecot.tls_port if security == "tls" else dovecot.port
    source = ImapSource("mb", dovecot.imap_cfg(user, port=port, security=security))
    with pytest.raises(TemporaryFailure) as failure:
        list(source.fetch(None))
    assert "imap:" in str(failure.value)


def test_mail_between_the_fetch_and_the_idle_is_not_left_waiting(
        dovecot: Dovecot, user: str, source: ImapSource) -> None:
    """IDLE reports only what arrives after the SELECT before it (RFC 2177), and wait()
    SELECTs again: mail delivered after the fetch's SELECT and before that one would
    wait for the next poll. wait() sees UIDNEXT moved and returns without idling."""
    list(source.fetch(None))
    dovecot.deliver(user, mail(1))     # after the fetch looked, before wait() SELECTs
    client = source._client
    assert client is not None
    idled: list[bool] = []
    idle = client.idle

    def spy_idle():   # type: ignore[no-untyped-def]
        idled.append(True)
        return idle()

    client.idle = spy_idle   # type: ignore[method-assign]
    done = threading.Event()
    waiter = threading.Thread(target=lambda: (source.wait(600), done.set()), daemon=True)
    waiter.start()
    waiter.join(120)
    assert done.is_set(), "wait() idled although mail had come"
    assert idled == []
    assert mids(list(source.fetch(None))) == ["<imap-1@example.dk>"]
