"""EwsSource as FolderAccess (daemon.mailboxes.folders) against tests/fakes/ews_server.py:
the decision folders under Borgerpost/ that a person moves a case's mail into in Outlook.

The fake is built from Microsoft's documented EWS SOAP wire format (FindFolder by
DisplayName, FindItem with IndexedPageItemView paging, GetItem with MimeContent,
UpdateItem on item:Categories) and checked against what exchangelib sends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from daemon.config import load_config
from daemon.config.schema import Config
from daemon.errors import PermanentFailure
from daemon.mailboxes.base import MessageRef
from daemon.mailboxes.folders import FolderAccess, folder_access
from daemon.runner import Runner
from daemon.store.db import Store
from daemon.store.models import Case, Event
from tests.conftest import RULES, eml, without_digest
from tests.fakes.ews_helpers import mailbox_cfg, make_source, make_transport
from tests.fakes.ews_server import FakeEws

T0 = dt.datetime(2026, 11, 2, 8, 0, tzinfo=dt.UTC)
AFSLUTTET = "Borgerpost/Afsluttet"


@pytest.fixture
def ews() -> Iterator[FakeEws]:
    with FakeEws() as fake:
        yield fake


def decision_folder(ews: FakeEws, name: str = "Afsluttet") -> str:
    """Borgerpost/<name> as a person creates it in Outlook: below the mailbox root."""
    root = next((f.id for f in ews.folders.values() if f.name == "Borgerpost"), None)
    return ews.add_folder(name, root or ews.add_folder("Borgerpost", "msgfolderroot"))


def fill(ews: FakeEws, folder: str, n: int) -> list[str]:
    """n items in `folder`, delivered out of arrival order; ids in arrival order."""
    ids = {}
    for i in (*range(1, n, 2), *range(0, n, 2)):
        new = ews.deliver(eml(message_id=f"<f{i}@gmail.com>"), T0 + dt.timedelta(minutes=i))
        ids[i] = ews.move(new, folder) if folder != "inbox" else new
    return [ids[i] for i in range(n)]


def test_ews_source_keeps_the_folder_access_contract(ews: FakeEws) -> None:
    source = make_source(ews)
    assert isinstance(source, FolderAccess) and folder_access(source) is source


def test_a_nested_folder_is_listed_over_every_page_in_arrival_order(ews: FakeEws) -> None:
    ids = fill(ews, decision_folder(ews), 7)
    fill(ews, "inbox", 2)                                       # not in the folder
    source = make_source(ews)
    source.list_page = 3
    got = list(source.list_folder(AFSLUTTET))
    assert [f.ref for f in got] == [MessageRef("hovedpostkasse", AFSLUTTET, i) for i in ids]
    assert [f.arrived for f in got] == [T0 + dt.timedelta(minutes=i) for i in range(7)]
    assert got[0].raw == eml(message_id="<f0@gmail.com>")
    assert all(f.cursor is None for f in got)
    assert ews.operations.count("FindItem") == 3                # 3 + 3 + 1
    assert 'Offset="6"' in ews.last_request["FindItem"]


def test_skip_and_since_are_not_downloaded(ews: FakeEws) -> None:
    ids = fill(ews, decision_folder(ews), 4)
    source = make_source(ews)
    skip = frozenset({(AFSLUTTET, ids[0]), ("Borgerpost/Udvalg", ids[1])})
    got = list(source.list_folder(AFSLUTTET, skip=skip, since=T0 + dt.timedelta(minutes=1)))
    assert [f.ref.uid for f in got] == ids[1:]        # ids[1]'s skip row is another folder
    assert ids[0] not in ews.last_request["GetItem"]
    got = list(source.list_folder(AFSLUTTET, since=T0 + dt.timedelta(minutes=2)))
    assert [f.ref.uid for f in got] == ids[2:]


def test_a_missing_folder_is_empty_and_is_not_created(ews: FakeEws) -> None:
    source = make_source(ews)
    before = set(ews.folders)
    assert list(source.list_folder(AFSLUTTET)) == []            # no Borgerpost at all
    ews.add_folder("Borgerpost", "msgfolderroot")
    assert list(source.list_folder(AFSLUTTET)) == []            # Borgerpost, no Afsluttet
    assert len(set(ews.folders) - before) == 1
    assert "CreateFolder" not in ews.operations and "FindItem" not in ews.operations


def test_well_known_names_are_accepted(ews: FakeEws) -> None:
    ids = fill(ews, "inbox", 2)
    got = list(make_source(ews).list_folder("inbox"))
    assert [f.ref.uid for f in got] == ids and {f.ref.folder for f in got} == {"inbox"}


def test_listing_marks_nothing_read_and_changes_nothing(ews: FakeEws) -> None:
    fill(ews, decision_folder(ews), 3)
    before = {i.id: (i.folder, i.is_read, i.categories[:], i.change_key)
              for i in ews.items.values()}
    assert len(list(make_source(ews).list_folder(AFSLUTTET))) == 3
    assert ews.is_read_changes == []
    assert {i.id: (i.folder, i.is_read, i.categories, i.change_key)
            for i in ews.items.values()} == before
    assert not {"UpdateItem", "MoveItem", "CreateItem"} & set(ews.operations)


def test_categories_on_a_folder_ref_are_merged(ews: FakeEws) -> None:
    [uid] = fill(ews, decision_folder(ews), 1)
    ews.items[uid].categories = ["Rød kategori"]               # a person's own category
    source = make_source(ews)
    [fetched] = source.list_folder(AFSLUTTET)
    source.set_folder_categories(fetched.ref, ["Borgerpost: Afsluttet"])
    source.set_folder_categories(fetched.ref, ["Borgerpost: Afsluttet"])   # idempotent
    assert ews.items[uid].categories == ["Rød kategori", "Borgerpost: Afsluttet"]
    assert ews.operations.count("UpdateItem") == 1
    assert ews.is_read_changes == []


def test_replacing_a_message_of_a_decision_folder_is_refused(ews: FakeEws) -> None:
    """replace_draft rewrites only drafts listed from Drafts (tests/integration/
    test_ews_drafts.py); a message in a decision folder is not one."""
    folder = decision_folder(ews)
    uid = ews.move(ews.deliver(eml(message_id="<r1@gmail.com>"), T0), folder)
    source = make_source(ews)
    [fetched] = source.list_folder(AFSLUTTET)
    copy = eml(message_id="<r1@gmail.com>", extra=f"X-Borgerpost-Sanitized: {'ab' * 16}\r\n")
    with pytest.raises(PermanentFailure, match="ews:draft-gone"):       # not a draft
        source.replace_draft(fetched.ref, copy)
    assert "UpdateItem" not in ews.operations and ews.items[uid].raw == fetched.raw


# -- end to end: a decision made in Outlook closes the case ---------------------------------

def ews_config(ews: FakeEws, tmp_path: Path) -> Config:
    """The project's rules.yaml with one watched mailbox: the fake's, on EWS."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(without_digest(RULES.read_text("utf-8")).replace(
        "# cutoff: 2026-11-01T00:00:00+01:00", "cutoff: 2026-11-01T00:00:00+01:00"), "utf-8")
    config = load_config(rules, env={})
    return config.model_copy(update={"mailboxes": [mailbox_cfg(ews)]})


def test_moving_the_inquiry_into_afsluttet_in_outlook_closes_the_case(
        ews: FakeEws, tmp_path: Path) -> None:
    config = ews_config(ews, tmp_path)
    store = Store.open(config.database)
    source, transport = make_source(ews), make_transport(ews)
    now = T0 + dt.timedelta(hours=1)

    def runner() -> Runner:
        return Runner(config, store, clock=lambda: now, sources={"hovedpostkasse": source},
                      transports={"hovedpostkasse": transport})

    inquiry = ews.deliver(eml(to=ews.address, subject="Hjemmepleje",
                              message_id="<z@gmail.com>"), T0)
    runner().run_once()
    with store.sessions() as s:
        case = s.scalars(select(Case)).one()
        assert case.state != "closed" and case.inquiry_message_id == "<z@gmail.com>"
    moved = ews.move(inquiry, decision_folder(ews))             # the PA, in Outlook
    now += dt.timedelta(hours=1)
    runner().run_once()
    now += dt.timedelta(hours=1)
    runner().run_once()                                         # applies nothing twice
    with store.sessions() as s:
        assert s.scalars(select(Case.state)).one() == "closed"
        transitions = s.scalars(select(Event).where(Event.kind == "case.transition")).all()
    assert sum(1 for e in transitions if e.detail.get("via") == "folder") == 1
    assert ews.is_read_changes == []
    assert ews.folder_name(moved) == "Afsluttet"                # left where the PA put it
