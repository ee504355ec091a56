"""Config objects and adapters wired to a FakeGraph (shared by integration and contract
tests). The token comes from the fake (`token_provider`), not from msal: there is no
Entra tenant in a test."""

from __future__ import annotations

from typing import Any

import httpx

from daemon.config.schema import GraphSource, MailboxCfg
from daemon.mailboxes.graph import GraphSource as GraphSourceAdapter
from daemon.transports.graph import GraphTransport

from .graph_server import FakeGraph

USER = "borgerpost.test@ishoj.dk"
OAUTH = {"tenant_id": "00000000-0000-0000-0000-000000000000",
         "client_id": "11111111-1111-1111-1111-111111111111",
         "client_secret": "not-a-real-secret"}


def source_cfg(graph: FakeGraph, user: str = USER, **extra: Any) -> GraphSource:
    return GraphSource(kind="graph", user=user, oauth2=OAUTH,  # type: ignore[arg-type]
                       base_url=graph.base_url, **extra)


def mailbox_cfg(graph: FakeGraph, user: str = USER, **extra: Any) -> MailboxCfg:
    return MailboxCfg.model_validate({
        "id": "hovedpostkasse", "role": "main_mailbox", "address": user,
        "source": source_cfg(graph, user).model_dump(),
        "send": {"kind": "graph", "base_url": graph.base_url, **extra}})


def make_source(graph: FakeGraph, user: str = USER, sleeps: list[float] | None = None,
                http: httpx.Client | None = None, token: str | None = None,
                **extra: Any) -> GraphSourceAdapter:
    log = sleeps if sleeps is not None else []
    tok = token or graph.token
    source = GraphSourceAdapter("hovedpostkasse", source_cfg(graph, user, **extra),
                                token_provider=lambda: tok, sleep=log.append, http=http)
    graph.cleanups.append(source.close)
    return source


def make_transport(graph: FakeGraph, user: str = USER, sleeps: list[float] | None = None,
                   token: str | None = None) -> GraphTransport:
    log = sleeps if sleeps is not None else []
    mailbox = mailbox_cfg(graph, user)
    assert mailbox.send.kind == "graph"
    tok = token or graph.token
    transport = GraphTransport(mailbox, mailbox.send, token_provider=lambda: tok,
                               sleep=log.append)
    graph.cleanups.append(transport.close)
    return transport
