"""The Graph source and transport against tests/fakes/graph_server.py.

The fake is built from Microsoft's documented Graph wire format (delta paging, 410 for an
expired state, 429 + Retry-After, $value, MIME drafts, send), not from a real tenant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import httpx
import pytest

from daemon.errors import PermanentFailure, TemporaryFailure
from daemon.mailboxes.graph import MAX_ATTEMPTS
from daemon.transports.base import Outgoing
from tests.conftest import eml
from tests.fakes.graph_helpers import USER, make_source, make_transport
from tests.fakes.graph_server import FakeGraph

T0 = dt.datetime(2026, 11, 2, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as fake:
        fake.add_mailbox(USER)
        yield fake


def fill(graph: FakeGraph, n: int, start: int = 0) -> list[str]:
    # Delivered out of order on purpose: fetch must sort by receivedDateTime.
    ids = []
    for i in reversed(range(start, start + n)):
        ids.append(graph.deliver(USER, eml(message_id=f"<m{i}@gmail.com>"),
                                 T0 + dt.timedelta(minutes=i)))
    return ids


def outgoing(n: int = 1, to: str = "karen.j@gmail.com") -> Outgoing:
    mid = f"<bp.BH-2026-0000{n}.receipt@ishoj.dk>"
    raw = eml(sender=USER, to=to, message_id=mid, subject="Kvittering [BH-2026-00001]",
              extra="Auto-Submitted: auto-replied\r\n")
    return Outgoing(mid, USER, (to,), raw)


def test_every_delta_page_is_followed_and_the_deltalink_rides_on_the_last(graph: FakeGraph
                                                                         ) -> None:
    fill(graph, 23)
    source = make_source(graph, page_size=7)
    got = list(source.fetch(None))
    assert [f.arrived for f in got] == [T0 + dt.timedelta(minutes=i) for i in range(23)]
    assert len({f.ref.uid for f in got}) == 23
    assert all(f.cursor is None for f in got[:-1])
    assert got[-1].cursor is not None and "$deltatoken=" in got[-1].cursor
    assert sum("/messages/delta" in path for _, path in graph.requests) == 4   # 7+7+7+2


def test_next_round_yields_only_new_mail_and_a_restart_yields_nothing_twice(
        graph: FakeGraph) -> None:
    fill(graph, 5)
    first = list(make_source(graph).fetch(None))
    cursor, done = first[-1].cursor, frozenset(f.ref.uid for f in first)
    new = graph.deliver(USER, eml(message_id="<new@gmail.com>"), T0 + dt.timedelta(hours=1))
    restarted = make_source(graph)                     # a new process, same stored cursor
    second = list(restarted.fetch(cursor, done))
    assert [f.ref.uid for f in second] == [new]
    # Our own category change makes the message reappear in the delta; skip covers it.
    restarted.set_categories(second[0].ref, ["Borgerpost: Kvitteret"])
    assert list(restarted.fetch(second[0].cursor, done | {new})) == []


def test_an_empty_round_still_advances_the_delta(graph: FakeGraph) -> None:
    ids = fill(graph, 3)
    source = make_source(graph)
    assert list(source.fetch(None, frozenset(ids))) == []
    graph.requests.clear()
    assert list(source.fetch(None, frozenset(ids))) == []
    assert any("$deltatoken=" in path for _, path in graph.requests)


def test_throttling_is_survived_with_retry_after(graph: FakeGraph) -> None:
    fill(graph, 4)
    sleeps: list[float] = []
    graph.throttle(2, "/delta", retry_after=7)
    graph.throttle(1, "/$value", retry_after=3)
    got = list(make_source(graph, sleeps=sleeps).fetch(None))
    assert len(got) == 4
    assert sorted(sleeps) == [3.0, 7.0, 7.0]
    assert graph.throttled == 3


def test_endless_throttling_becomes_a_temporary_failure(graph: FakeGraph) -> None:
    fill(graph, 1)
    graph.throttle(MAX_ATTEMPTS, retry_after=1)
    with pytest.raises(TemporaryFailure):
        list(make_source(graph).fetch(None))


def test_expired_delta_link_resyncs_without_a_duplicate(graph: FakeGraph) -> None:
    fill(graph, 6)
    source = make_source(graph, page_size=4)
    first = list(source.fetch(None))
    done = frozenset(f.ref.uid for f in first)
    graph.expire_delta_links()
    new = graph.deliver(USER, eml(message_id="<late@gmail.com>"), T0 + dt.timedelta(hours=2))
    again = list(source.fetch(first[-1].cursor, done))
    assert [f.ref.uid for f in again] == [new]
    assert again[-1].cursor is not None and again[-1].cursor != first[-1].cursor
    # Without the skip set the resync returns the folder once, each message once.
    graph.expire_delta_links()
    everything = list(make_source(graph, page_size=4).fetch(again[-1].cursor))
    assert len(everything) == len({f.ref.uid for f in everything}) == 7


def test_state_expiring_in_the_middle_of_a_round_restarts_it_once(graph: FakeGraph) -> None:
    fill(graph, 9)
    pages = []

    def expire_after_first_page(response: httpx.Response) -> None:
        if "/delta" in response.request.url.path:
            pages.append(response.status_code)
            if len(pages) == 1:
                graph.expire_delta_links()

    http = httpx.Client(event_hooks={"response": [expire_after_first_page]})
    got = list(make_source(graph, page_size=4, http=http).fetch(None))
    assert 410 in pages
    assert len(got) == len({f.ref.uid for f in got}) == 9


def test_reading_never_marks_read_and_never_changes_anything_else(graph: FakeGraph) -> None:
    ids = fill(graph, 3)
    source = make_source(graph)
    fetched = list(source.fetch(None))
    source.set_categories(fetched[0].ref, ["Borgerpost: Modtaget"])
    assert graph.is_read_changes == []
    assert not any(graph.message(USER, i).is_read for i in ids)
    assert all(method == "GET" for method, path in graph.requests if "/$value" in path)
    patches = [p for m, p in graph.requests if m not in ("GET",)]
    assert len(patches) == 1


def test_categories_are_merged_with_a_persons_and_idempotent(graph: FakeGraph) -> None:
    [ident] = fill(graph, 1)
    graph.message(USER, ident).categories = ["Rød kategori"]
    source = make_source(graph)
    [fetched] = source.fetch(None)
    source.set_categories(fetched.ref, ["Borgerpost: Modtaget"])
    source.set_categories(fetched.ref, ["Borgerpost: Modtaget"])
    assert source.categories(ident) == ["Rød kategori", "Borgerpost: Modtaget"]
    assert sum(m == "PATCH" for m, _ in graph.requests) == 1


def test_a_category_set_in_outlook_meanwhile_is_not_lost(graph: FakeGraph) -> None:
    [ident] = fill(graph, 1)

    def person_edits(response: httpx.Response) -> None:
        if response.request.method == "GET" and "categories" in str(response.request.url) \
                and not person_edits.done:             # type: ignore[attr-defined]
            person_edits.done = True                   # type: ignore[attr-defined]
            msg = graph.message(USER, ident)
            msg.categories = [*msg.categories, "Sagsbehandler"]
            msg.change_key = "changed-by-outlook"
    person_edits.done = False                          # type: ignore[attr-defined]
    source = make_source(graph, http=httpx.Client(event_hooks={"response": [person_edits]}))
    [fetched] = source.fetch(None)
    source.set_categories(fetched.ref, ["Borgerpost: Modtaget"])
    assert graph.message(USER, ident).categories == ["Sagsbehandler", "Borgerpost: Modtaget"]


def test_move_keeps_the_immutable_id(graph: FakeGraph) -> None:
    [ident] = fill(graph, 1)
    graph.add_folder(USER, "Borgerpost", parent="inbox")
    source = make_source(graph)
    [fetched] = source.fetch(None)
    moved = source.move(fetched.ref, "inbox/Borgerpost")
    assert moved.uid == ident
    assert graph.folder_of(USER, ident) == "Borgerpost"
    # The delta now reports it removed from the inbox; nothing is yielded for it.
    assert list(source.fetch(fetched.cursor)) == []


def test_send_creates_a_draft_with_our_message_id_and_sends_it_once(graph: FakeGraph) -> None:
    transport = make_transport(graph)
    mail = outgoing()
    assert not transport.already_sent(mail.message_id)
    transport.send(mail)
    assert transport.already_sent(mail.message_id)
    transport.send(mail)                               # an executor retry after a crash
    assert len(graph.outbox) == 1
    [sent] = [m for m in graph.mailboxes[USER].messages.values()
              if m.internet_message_id == mail.message_id]
    assert not sent.is_draft
    assert graph.folder_of(USER, sent.immutable_id) == "sentitems"


def test_a_crash_between_draft_and_send_is_finished_not_repeated(graph: FakeGraph) -> None:
    mail = outgoing()
    make_transport(graph)._create_draft(mail)          # ... and the process dies here
    assert graph.outbox == []
    restarted = make_transport(graph)
    assert restarted.already_sent(mail.message_id)     # finds the draft and sends it
    assert restarted.already_sent(mail.message_id)
    restarted.send(mail)
    assert len(graph.outbox) == 1
    assert len([m for m in graph.mailboxes[USER].messages.values()
                if m.internet_message_id == mail.message_id]) == 1


@pytest.mark.parametrize("step", ["/send", "/messages"])
def test_a_lost_answer_is_never_repeated_blindly(graph: FakeGraph, step: str) -> None:
    transport = make_transport(graph)
    mail = outgoing()
    graph.lose_response("POST", step)
    with pytest.raises(TemporaryFailure):
        transport.send(mail)
    transport.send(mail)                               # the executor's retry
    assert len(graph.outbox) == 1


def test_envelope_recipients_missing_from_the_headers_become_bcc(graph: FakeGraph) -> None:
    mail = outgoing()
    mail = Outgoing(mail.message_id, mail.envelope_from,
                    (*mail.recipients, "arkiv@ishoj.dk"), mail.raw)
    make_transport(graph).send(mail)
    assert sorted(graph.outbox[0][2]) == ["arkiv@ishoj.dk", "karen.j@gmail.com"]


def test_at_most_four_requests_at_once_per_mailbox(graph: FakeGraph) -> None:
    fill(graph, 16)
    graph.delay = 0.02
    source = make_source(graph)
    transport = make_transport(graph)
    assert source.client.semaphore is transport.client.semaphore
    assert len(list(source.fetch(None))) == 16
    assert graph.max_in_flight[USER] <= 4
    assert graph.throttled == 0


def test_a_mailbox_outside_the_rbac_scope_is_a_permanent_failure(graph: FakeGraph) -> None:
    graph.forbid(USER)
    with pytest.raises(PermanentFailure):
        list(make_source(graph).fetch(None))


def test_probe_reports_each_check_in_danish_and_english_without_secrets(graph: FakeGraph
                                                                       ) -> None:
    source, transport = make_source(graph), make_transport(graph)
    assert all(ok for _, ok, _ in source.probe())
    checks = transport.probe(dry_run=True)
    assert [name for name, _, _ in checks] == ["login", "permission", "sent-folder", "send"]
    assert all(ok for _, ok, _ in checks) and graph.outbox == []

    graph.forbid(USER)
    failed = dict((name, (ok, text)) for name, ok, text in source.probe())
    assert failed["folder"][0] is False
    assert "Ingen adgang" in failed["folder"][1] and "No access" in failed["folder"][1]
    reader_only = graph.issue_token(roles=("Mail.ReadWrite",))
    perms = {n: ok for n, ok, _ in make_transport(graph, token=reader_only).probe()}
    assert perms["permission"] is False
    everything = repr(source.probe()) + repr(transport.probe())
    assert "not-a-real-secret" not in everything and graph.token not in everything


def test_probe_can_send_a_real_test_message_to_the_mailbox_itself(graph: FakeGraph) -> None:
    checks = make_transport(graph).probe(dry_run=False)
    assert checks[-1][:2] == ("send", True)
    assert graph.outbox[0][2] == [USER]


def test_without_an_injected_token_the_msal_provider_is_used_lazily(graph: FakeGraph) -> None:
    from daemon.auth import GRAPH_SCOPE, TokenProvider
    from daemon.mailboxes.graph import GraphSource
    from tests.fakes.graph_helpers import source_cfg

    source = GraphSource("hovedpostkasse", source_cfg(graph))   # no request is made here
    provider = source.client.token.__self__                      # type: ignore[attr-defined]
    assert isinstance(provider, TokenProvider) and provider.scope == GRAPH_SCOPE
    source.close()


def test_a_graph_transport_without_credentials_is_a_config_error() -> None:
    from daemon.config.schema import MailboxCfg
    from daemon.errors import ConfigError
    from daemon.transports.graph import GraphTransport

    mailbox = MailboxCfg.model_validate({
        "id": "hovedpostkasse", "role": "main_mailbox", "address": USER,
        "source": {"kind": "maildir", "path": "/tmp/unused"}, "send": {"kind": "graph"}})
    assert mailbox.send.kind == "graph"
    with pytest.raises(ConfigError):
        GraphTransport(mailbox, mailbox.send)
