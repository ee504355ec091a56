"""The EWS source and transport (exchangelib) against tests/fakes/ews_server.py.

The fake is built from Microsoft's documented EWS SOAP wire format and checked against
the requests exchangelib sends; it is not a real Exchange server.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from exchangelib import errors as ews_errors

from daemon.errors import MessageError, PermanentFailure, TemporaryFailure
from daemon.mailboxes.ews import translate
from daemon.transports.base import Outgoing
from tests.conftest import eml
from tests.fakes.ews_helpers import make_source, make_transport
from tests.fakes.ews_server import FakeEws

T0 = dt.datetime(2026, 11, 2, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def ews() -> Iterator[FakeEws]:
    with FakeEws() as fake:
        yield fake


def fill(ews: FakeEws, n: int) -> list[str]:
    ids = [ews.deliver(eml(message_id=f"<m{i}@gmail.com>"), T0 + dt.timedelta(minutes=i))
           for i in reversed(range(n))]
    return ids[::-1]


def outgoing(ews: FakeEws, to: str = "karen.j@gmail.com") -> Outgoing:
    mid = "<bp.BH-2026-00001.receipt@ishoj.dk>"
    raw = eml(sender=ews.address, to=to, message_id=mid, subject="Kvittering",
              extra="Auto-Submitted: auto-replied\r\n")
    return Outgoing(mid, ews.address, (to,), raw)


def test_sync_follows_every_page_and_the_state_rides_on_the_last(ews: FakeEws) -> None:
    ids = fill(ews, 8)
    source = make_source(ews)
    source.sync_page = 3
    got = list(source.fetch(None))
    assert [f.ref.uid for f in got] == ids                     # arrival order
    assert [f.arrived for f in got] == [T0 + dt.timedelta(minutes=i) for i in range(8)]
    assert got[0].raw == eml(message_id="<m0@gmail.com>")
    assert all(f.cursor is None for f in got[:-1]) and got[-1].cursor
    assert ews.operations.count("SyncFolderItems") == 3


def test_restart_with_the_stored_state_yields_only_new_mail(ews: FakeEws) -> None:
    fill(ews, 3)
    first = list(make_source(ews).fetch(None))
    done = frozenset(f.ref.uid for f in first)
    new = ews.deliver(eml(message_id="<new@gmail.com>"), T0 + dt.timedelta(hours=1))
    restarted = make_source(ews)
    second = list(restarted.fetch(first[-1].cursor, done))
    assert [f.ref.uid for f in second] == [new]
    restarted.set_categories(second[0].ref, ["Borgerpost: Kvitteret"])   # an Update
    assert list(restarted.fetch(second[0].cursor, done | {new})) == []


def test_an_invalid_sync_state_resyncs_without_a_duplicate(ews: FakeEws) -> None:
    fill(ews, 4)
    source = make_source(ews)
    first = list(source.fetch(None))
    ews.invalidate_sync_states()
    new = ews.deliver(eml(message_id="<late@gmail.com>"), T0 + dt.timedelta(hours=2))
    again = list(source.fetch(first[-1].cursor, frozenset(f.ref.uid for f in first)))
    assert [f.ref.uid for f in again] == [new]
    ews.invalidate_sync_states()
    everything = list(make_source(ews).fetch(again[-1].cursor))
    assert len(everything) == len({f.ref.uid for f in everything}) == 5


def test_server_busy_is_a_temporary_failure_and_the_retry_works(ews: FakeEws) -> None:
    fill(ews, 2)
    source = make_source(ews)
    list(source.fetch(None))          # connect first, so that the fault hits the sync
    ews.busy(1, backoff_ms=500)
    with pytest.raises(TemporaryFailure):
        list(source.fetch(None))
    assert len(list(source.fetch(None))) == 2


def test_reading_and_categorising_never_touch_the_read_state(ews: FakeEws) -> None:
    ids = fill(ews, 2)
    source = make_source(ews)
    for item in source.fetch(None):
        source.set_categories(item.ref, ["Borgerhenvendelse"])
    assert ews.is_read_changes == []
    assert not any(ews.items[i].is_read for i in ids)
    update = ews.last_request["UpdateItem"]
    assert 'ConflictResolution="NeverOverwrite"' in update and "IsRead" not in update
    assert "item:MimeContent" in ews.last_request["GetItem"] or \
        "item:Categories" in ews.last_request["GetItem"]


def test_categories_merge_with_one_a_person_sets_meanwhile(ews: FakeEws) -> None:
    [ident] = fill(ews, 1)
    ews.items[ident].categories = ["Rød kategori"]
    source = make_source(ews)
    [item] = source.fetch(None)

    def person_edits() -> None:
        ews.items[ident].categories.append("Sagsbehandler")
        ews.items[ident].change_key = "changed-in-outlook"
    ews.before["UpdateItem"] = person_edits
    source.set_categories(item.ref, ["Borgerpost: Modtaget"])
    assert ews.items[ident].categories == ["Rød kategori", "Sagsbehandler",
                                           "Borgerpost: Modtaget"]
    source.set_categories(item.ref, ["Borgerpost: Modtaget"])
    assert ews.operations.count("UpdateItem") == 2              # the conflict + the retry


def test_move_to_a_subfolder_by_path(ews: FakeEws) -> None:
    fill(ews, 1)
    ews.add_folder("Borgerpost", parent="inbox")
    source = make_source(ews)
    [item] = source.fetch(None)
    moved = source.move(item.ref, "inbox/Borgerpost")
    assert ews.folder_name(moved.uid) == "Borgerpost"
    assert moved.folder == "inbox/Borgerpost"
    assert list(source.fetch(item.cursor)) == []                # reported as a Delete


def test_send_saves_a_copy_with_our_message_id_and_is_found_again(ews: FakeEws) -> None:
    transport = make_transport(ews)
    mail = outgoing(ews)
    assert not transport.already_sent(mail.message_id)
    transport.send(mail)
    assert transport.already_sent(mail.message_id)
    assert 'MessageDisposition="SendAndSaveCopy"' in ews.last_request["CreateItem"]
    [copy] = [i for i in ews.items.values() if i.message_id == mail.message_id]
    assert ews.folder_name(copy.id) == "Sent Items" and copy.raw == mail.raw
    assert len(ews.outbox) == 1


def test_a_lost_answer_to_the_send_is_not_sent_again(ews: FakeEws) -> None:
    transport = make_transport(ews)
    mail = outgoing(ews)
    ews.lose_response("CreateItem")
    with pytest.raises(TemporaryFailure):
        transport.send(mail)
    # The executor asks before it retries: the copy in Sent Items says it went.
    assert make_transport(ews).already_sent(mail.message_id)
    assert len(ews.outbox) == 1


def test_envelope_recipients_missing_from_the_headers_become_bcc(ews: FakeEws) -> None:
    mail = outgoing(ews)
    make_transport(ews).send(Outgoing(mail.message_id, mail.envelope_from,
                                      (*mail.recipients, "arkiv@ishoj.dk"), mail.raw))
    assert sorted(ews.outbox[0][1]) == ["arkiv@ishoj.dk", "karen.j@gmail.com"]


def test_access_denied_is_permanent(ews: FakeEws) -> None:
    ews.deny()
    with pytest.raises(PermanentFailure):
        list(make_source(ews).fetch(None))
    with pytest.raises(PermanentFailure):
        make_transport(ews).send(outgoing(ews))


@pytest.mark.parametrize(("error", "kind"), [
    (ews_errors.ErrorServerBusy("busy"), TemporaryFailure),
    (ews_errors.ErrorTimeoutExpired("t"), TemporaryFailure),
    (ews_errors.TransportError("t"), TemporaryFailure),
    (ConnectionError("reset"), TemporaryFailure),
    (ews_errors.ErrorMailboxStoreUnavailable("x"), TemporaryFailure),
    (ews_errors.ErrorAccessDenied("x"), PermanentFailure),
    (ews_errors.UnauthorizedError("x"), PermanentFailure),
    (ews_errors.ErrorInvalidRecipients("x"), PermanentFailure),
    (ews_errors.ErrorNonExistentMailbox("x"), PermanentFailure),
    (ews_errors.ErrorMimeContentConversionFailed("x"), MessageError),
])
def test_ews_errors_say_whose_fault(error: Exception, kind: type[Exception]) -> None:
    mapped = translate(error)
    assert isinstance(mapped, kind)
    assert str(mapped) == f"ews:{type(error).__name__}"      # no server text in logs


def test_probe_reports_each_check_without_secrets(ews: FakeEws) -> None:
    source, transport = make_source(ews), make_transport(ews)
    assert [n for n, ok, _ in source.probe() if ok] == ["login", "folder"]
    checks = transport.probe(dry_run=True)
    assert [(n, ok) for n, ok, _ in checks] == [("login", True), ("sent-folder", True),
                                                ("send", True)]
    assert ews.outbox == []
    ews.deny()
    denied = {n: (ok, text) for n, ok, text in make_source(ews).probe()}
    assert denied["login"][0] is False or denied["folder"][0] is False
    text = " ".join(t for _, t in denied.values())
    assert "Ingen adgang" in text and "No access" in text
    assert ews.password not in repr(denied) + repr(checks)


def test_probe_reports_a_wrong_password(ews: FakeEws) -> None:
    checks = make_source(ews, password="wrong-password").probe()
    assert checks[0][:2] == ("login", False)
    assert "Login afvist" in checks[0][2] and "wrong-password" not in checks[0][2]


def test_probe_can_send_a_real_test_message_to_the_mailbox_itself(ews: FakeEws) -> None:
    assert make_transport(ews).probe(dry_run=False)[-1][:2] == ("send", True)
    assert ews.outbox[0][1] == [ews.address]
