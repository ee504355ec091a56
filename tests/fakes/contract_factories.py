"""Harness factories that put the Graph and EWS adapters under the MailSource contract
(tests/contract/test_mailsource_contract.py), against the local fakes in this package.

The contract module owns its `Harness` class, so the factories take it as an argument;
plug them in there with:

    from tests.fakes.contract_factories import ews_harness, graph_harness
    HARNESSES = {..., "graph": lambda r, p: graph_harness(r, p, Harness),
                      "ews": lambda r, p: ews_harness(r, p, Harness)}

Each factory starts its fake server and registers its shutdown with `request`.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest

from daemon.mailboxes.base import MessageRef
from daemon.mailboxes.ews import EwsSource
from daemon.mailboxes.graph import GraphSource

from . import ews_helpers, graph_helpers
from .ews_server import FakeEws
from .graph_server import FakeGraph

MAILBOX = "contract"
T0 = dt.datetime(2026, 11, 2, 8, 0, tzinfo=dt.UTC)


def graph_harness(request: pytest.FixtureRequest, tmp_path: Path, harness_cls: Any) -> Any:
    graph = FakeGraph().__enter__()
    request.addfinalizer(graph.close)
    user = graph_helpers.USER
    graph.add_mailbox(user)
    counter = itertools.count(1)

    def open_source() -> GraphSource:
        return GraphSource(MAILBOX, graph_helpers.source_cfg(graph),
                           token_provider=lambda: graph.token, sleep=lambda _: None)

    def deliver(raw: bytes) -> None:
        graph.deliver(user, raw, T0 + dt.timedelta(minutes=next(counter)))

    def user_view() -> object:
        # What Outlook shows, categories aside: folder, read state, draft state, content.
        box = graph.mailboxes[user]
        return {m.immutable_id: (m.folder, m.is_read, m.is_draft, m.raw)
                for m in box.messages.values()}

    def categories(ref: MessageRef) -> set[str]:
        return set(graph.message(user, ref.uid).categories)

    return harness_cls("graph", open_source, deliver, user_view, categories, lambda c: c)


def ews_harness(request: pytest.FixtureRequest, tmp_path: Path, harness_cls: Any) -> Any:
    ews = FakeEws().__enter__()
    request.addfinalizer(lambda: ews.__exit__(None, None, None))
    counter = itertools.count(1)

    def open_source() -> EwsSource:
        return EwsSource(MAILBOX, ews_helpers.source_cfg(ews), sleep=lambda _: None)

    def deliver(raw: bytes) -> None:
        ews.deliver(raw, T0 + dt.timedelta(minutes=next(counter)))

    def user_view() -> object:
        return {i.id: (i.folder, i.is_read, i.raw) for i in ews.items.values()}

    def categories(ref: MessageRef) -> set[str]:
        return set(ews.items[ref.uid].categories)

    return harness_cls("ews", open_source, deliver, user_view, categories, lambda c: c)
