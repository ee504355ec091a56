"""Config objects and adapters wired to a FakeEws (shared by integration and contract
tests): an explicit endpoint, a pinned server build (no autodiscover, no version probe)
and Basic authentication, as docs/exchange-onprem.md describes for a test setup."""

from __future__ import annotations

from typing import Any

from daemon.config.schema import EwsSource, MailboxCfg
from daemon.mailboxes.ews import EwsSource as EwsSourceAdapter
from daemon.transports.ews import EwsTransport

from .ews_server import FakeEws

BUILD = "15.1.2507.6"       # Exchange 2016 CU; pinned so that exchangelib does not probe


def source_cfg(ews: FakeEws, **extra: Any) -> EwsSource:
    return EwsSource.model_validate({
        "kind": "ews", "primary_smtp_address": ews.address, "server": ews.url,
        "username": ews.username, "password": ews.password, "auth_type": "basic",
        "version": BUILD, **extra})


def mailbox_cfg(ews: FakeEws, **send: Any) -> MailboxCfg:
    return MailboxCfg.model_validate({
        "id": "hovedpostkasse", "role": "main_mailbox", "address": ews.address,
        "source": source_cfg(ews).model_dump(mode="json")
        | {"password": ews.password}, "send": {"kind": "ews", **send}})


def make_source(ews: FakeEws, sleeps: list[float] | None = None, **extra: Any
                ) -> EwsSourceAdapter:
    log = sleeps if sleeps is not None else []
    source = EwsSourceAdapter("hovedpostkasse", source_cfg(ews, **extra), sleep=log.append)
    ews.cleanups.append(source.close)
    return source


def make_transport(ews: FakeEws, **send: Any) -> EwsTransport:
    mailbox = mailbox_cfg(ews, **send)
    assert mailbox.send.kind == "ews"
    transport = EwsTransport(mailbox, mailbox.send)
    ews.cleanups.append(transport.close)
    return transport
