"""Is a message a citizen inquiry? One small named check each, in one visible table.

Each check answers with a short detail string when it hits (for the decision trace) or
None. The detail never contains message text or addresses: it names headers and rules.
The order of CHECKS is the order `decide` applies them (DESIGN.md "Never loop").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from daemon.core.message import Message

_ROBOT_LOCALS = re.compile(
    r"^(mailer-daemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|bounces?|"
    r"auto[-_.]?(reply|svar)|ikke[-_.]?svar|ingen[-_.]?svar|noreply[-_.].*)$")


def auto_generated(message: Message) -> str | None:
    """Mail that must never get an automatic answer (RFC 3834 section 2, RFC 2369, RFC 5230).

    * `Auto-Submitted` other than `no`: auto-replied, auto-generated, auto-notified (RFC 3834 5).
    * `Precedence: bulk | list | junk`: mass mail, by long convention (RFC 3834 2).
    * any `List-*` header: mailing-list traffic (RFC 2369, RFC 2919).
    * `X-Auto-Response-Suppress`: Exchange's own marker of mail that wants no auto-reply.
    * a null Return-Path `<>`: a bounce or other delivery notification (RFC 5321 4.5.5).
    * MAILER-DAEMON, postmaster, noreply-type senders, and delivery/disposition reports.
    """
    auto = (message.header("auto-submitted") or "").strip().lower()
    if auto and auto.split(";")[0].strip() != "no":
        return "Auto-Submitted: " + auto.split(";")[0].strip()[:40]
    precedence = (message.header("precedence") or "").strip().lower()
    if precedence in {"bulk", "list", "junk"}:
        return "Precedence: " + precedence
    if message.has_header_prefix("list-"):
        return "List-* header"
    if message.header("x-auto-response-suppress") is not None:
        return "X-Auto-Response-Suppress"
    if message.return_path == "":
        return "null Return-Path"
    if message.sender is not None and _ROBOT_LOCALS.match(message.sender.local):
        return "robot sender (mailer-daemon/postmaster/noreply)"
    content_type = (message.header("content-type") or "").lower()
    if "report-type=delivery-status" in content_type or "disposition-notification" in content_type:
        return "delivery or read report"
    if message.header("x-autoreply") is not None or message.header("x-autorespond") is not None:
        return "X-Autoreply"
    return None


def _domain_in(domain: str, domains: Sequence[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in domains)


def is_authority(address_domain: str, authority_domains: Sequence[str]) -> bool:
    """Another public authority (seed 004: "Gælder ikke henvendelser fra andre myndigheder")."""
    return _domain_in(address_domain, authority_domains)


def is_internal(address_domain: str, internal_domains: Sequence[str]) -> bool:
    """A municipal ("safe") address (seed 000)."""
    return _domain_in(address_domain, internal_domains)


_OWN_ID = re.compile(r"^<?bp\.[A-Za-z0-9.-]+@(?P<domain>[A-Za-z0-9.-]+)>?$")


def own_message_id(message_id: str, id_domain: str) -> bool:
    """One of our deterministic Message-IDs, <bp.{case}.{action}@{domain}> (DESIGN.md)."""
    match = _OWN_ID.match(message_id.strip())
    return bool(match and match.group("domain").lower() == id_domain.lower())


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Message], str | None]
    description: str


CHECKS: tuple[Check, ...] = (
    Check("auto_generated", auto_generated, auto_generated.__doc__ or ""),
)
