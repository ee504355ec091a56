"""GraphSource as FolderAccess (daemon.mailboxes.folders) against tests/fakes/graph_server.py:
the decision folders under Borgerpost/ that a person moves a case's mail into in Outlook.

The fake is built from Microsoft's documented Graph wire format ("List childFolders" with
$filter on displayName, "List messages" with $select/$top and @odata.nextLink paging,
$value), not from a real tenant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from daemon.config import load_config
from daemon.config.schema import Config
from daemon.mailboxes.base import MessageRef
from daemon.mailboxes.folders import FolderAccess, folder_access
from daemon.runner import Runner
from daemon.store.db import Store
from daemon.store.models import Case, Event
from tests.conftest import RULES, eml, without_digest
from tests.fakes.graph_helpers import USER, mailbox_cfg, make_source, make_transport
from tests.fakes.graph_server import FakeGraph

T0 = dt.datetime(2026, 11, 2, 8, 0, tzinfo=dt.UTC)
AFSLUTTET = "Borgerpost/Afsluttet"


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as fake:
        fake.add_mailbox(USER)
        yield fake


def decision_folder(graph: FakeGraph, name: str = "Afsluttet") -> str:
    """Borgerpost/<name> as a person creates it in Outlook: a top-level folder."""
    box = graph.mailboxes[USER]
    root = next((f.id for f in box.folders.values() if f.name == "Borgerpost"), None)
    return graph.add_folder(USER, name, root or graph.add_folder(USER, "Borgerpost"))


def fill(graph: FakeGraph, folder: str, n: int) -> list[str]:
    """n messages in `folder`, delivered out of arrival order; ids in arrival order."""
    ids = {i: graph.deliver(USER, eml(message_id=f"<f{i}@gmail.com>"),
                            T0 + dt.timedelta(minutes=i), folder=folder)
           for i in (*range(1, n, 2), *range(0, n, 2))}
    return [ids[i] for i in range(n)]


def test_graph_source_keeps_the_folder_access_contract(graph: FakeGraph) -> None:
    source = make_source(graph)
    assert isinstance(source, FolderAccess) and folder_access(source) is source


def test_a_nested_folder_is_listed_over_every_page_in_arrival_order(graph: FakeGraph
                                                                   ) -> None:
    ids = fill(graph, decision_folder(graph), 7)
    fill(graph, "inbox", 2)                                   # not in the folder
    source = make_source(graph, page_size=3)
    got = list(source.list_folder(AFSLUTTET))
    assert [f.ref for f in got] == [MessageRef("hovedpostkasse", AFSLUTTET, i) for i in ids]
    assert [f.arrived for f in got] == [T0 + dt.timedelta(minutes=i) for i in range(7)]
    assert got[0].raw == eml(message_id="<f0@gmail.com>")
    assert all(f.cursor is None for f in got)
    listings = [p for m, p in graph.requests if m == "GET" and p.split("?")[0].endswith(
        "/messages") and "/mailFolders/" in p]
    assert len(listings) == 3                                  # 3 + 3 + 1
    assert all("%24select=id%2CreceivedDateTime" in p or "$select=id,receivedDateTime" in p
               for p in listings)


def test_skip_and_since_are_not_downloaded(graph: FakeGraph) -> None:
    ids = fill(graph, decision_folder(graph), 4)
    source = make_source(graph)
    graph.requests.clear()
    skip = frozenset({(AFSLUTTET, ids[0]), ("Borgerpost/Udvalg", ids[1])})
    got = list(source.list_folder(AFSLUTTET, skip=skip, since=T0 + dt.timedelta(minutes=1)))
    assert [f.ref.uid for f in got] == ids[1:]      # ids[1]'s skip row is another folder
    downloaded = [p for _, p in graph.requests if p.endswith("/$value")]
    assert len(downloaded) == 3 and not any(ids[0] in p for p in downloaded)
    got = list(source.list_folder(AFSLUTTET, since=T0 + dt.timedelta(minutes=2)))
    assert [f.ref.uid for f in got] == ids[2:]


def test_a_missing_folder_is_empty_and_is_not_created(graph: FakeGraph) -> None:
    source = make_source(graph)
    before = dict(graph.mailboxes[USER].folders)
    assert list(source.list_folder(AFSLUTTET)) == []          # no Borgerpost at all
    graph.add_folder(USER, "Borgerpost")
    assert list(source.list_folder(AFSLUTTET)) == []          # Borgerpost, no Afsluttet
    assert set(graph.mailboxes[USER].folders) - set(before) == {
        f.id for f in graph.mailboxes[USER].folders.values() if f.name == "Borgerpost"}
    assert not any(m != "GET" for m, _ in graph.requests)


def test_well_known_names_are_accepted(graph: FakeGraph) -> None:
    ids = fill(graph, "inbox", 2)
    got = list(make_source(graph).list_folder("inbox"))
    assert [f.ref.uid for f in got] == ids and {f.ref.folder for f in got} == {"inbox"}


def test_listing_marks_nothing_read_and_changes_nothing(graph: FakeGraph) -> None:
    ids = fill(graph, decision_folder(graph), 3)
    before = {i: (m.folder, m.is_read, m.categories[:], m.change_key)
              for i, m in graph.mailboxes[USER].messages.items()}
    assert len(list(make_source(graph).list_folder(AFSLUTTET))) == 3
    assert graph.is_read_changes == []
    assert not any(graph.message(USER, i).is_read for i in ids)
    assert {i: (m.folder, m.is_read, m.categories, m.change_key)
            for i, m in graph.mailboxes[USER].messages.items()} == before
    assert {m for m, _ in graph.requests} == {"GET"}


def test_categories_on_a_folder_ref_are_merged(graph: FakeGraph) -> None:
    [uid] = fill(graph, decision_folder(graph), 1)
    graph.message(USER, uid).categories = ["Rød kategori"]     # a person's own category
    source = make_source(graph)
    [fetched] = source.list_folder(AFSLUTTET)
    source.set_folder_categories(fetched.ref, ["Borgerpost: Afsluttet"])
    source.set_folder_categories(fetched.ref, ["Borgerpost: Afsluttet"])   # idempotent
    assert graph.message(USER, uid).categories == ["Rød kategori", "Borgerpost: Afsluttet"]
    assert graph.is_read_changes == []


def test_replacing_a_draft_without_the_sanitized_marker_is_refused(graph: FakeGraph
                                                                   ) -> None:
    # replace_draft itself is tested in test_graph_drafts.py; a copy that is not
    # Borgerpost's (no X-Borgerpost-Sanitized) is refused before any request.
    source = make_source(graph)
    with pytest.raises(ValueError, match="X-Borgerpost-Sanitized"):
        source.replace_draft(MessageRef("hovedpostkasse", "drafts", "x"), b"")
    assert graph.requests == []


# -- end to end: a decision made in Outlook closes the case ---------------------------------

def graph_config(graph: FakeGraph, tmp_path: Path) -> Config:
    """The project's rules.yaml with one watched mailbox: the fake's, on Graph."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(without_digest(RULES.read_text("utf-8")).replace(
        "# cutoff: 2026-11-01T00:00:00+01:00", "cutoff: 2026-11-01T00:00:00+01:00"), "utf-8")
    config = load_config(rules, env={})
    return config.model_copy(update={"mailboxes": [mailbox_cfg(graph)]})


def test_moving_the_inquiry_into_afsluttet_in_outlook_closes_the_case(
        graph: FakeGraph, tmp_path: Path) -> None:
    config = graph_config(graph, tmp_path)
    store = Store.open(config.database)
    source, transport = make_source(graph), make_transport(graph)
    now = T0 + dt.timedelta(hours=1)

    def runner() -> Runner:
        return Runner(config, store, clock=lambda: now, sources={"hovedpostkasse": source},
                      transports={"hovedpostkasse": transport})

    inquiry = graph.deliver(USER, eml(to=USER, subject="Hjemmepleje",
                                      message_id="<z@gmail.com>"), T0)
    runner().run_once()
    with store.sessions() as s:
        case = s.scalars(select(Case)).one()
        assert case.state != "closed" and case.inquiry_message_id == "<z@gmail.com>"
    afsluttet = decision_folder(graph)
    graph.move(USER, inquiry, afsluttet)                      # the PA, in Outlook
    now += dt.timedelta(hours=1)
    runner().run_once()
    now += dt.timedelta(hours=1)
    runner().run_once()                                       # applies nothing twice
    with store.sessions() as s:
        assert s.scalars(select(Case.state)).one() == "closed"
        transitions = s.scalars(select(Event).where(Event.kind == "case.transition")).all()
    assert sum(1 for e in transitions if e.detail.get("via") == "folder") == 1
    assert graph.is_read_changes == []
    assert graph.folder_of(USER, inquiry) == "Afsluttet"      # left where the PA put it
