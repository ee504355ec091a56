"""Mailbox roles and their default handling of a citizen inquiry (DOMAIN.md, seeds 000, 004)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Role = Literal["council_member", "mayor_pa", "director_assistant", "committee_secretary",
               "main_mailbox", "citizen_advisor"]
ROLES: tuple[Role, ...] = ("council_member", "mayor_pa", "director_assistant",
                           "committee_secretary", "main_mailbox", "citizen_advisor")


@dataclass(frozen=True)
class RoleDefaults:
    receipt: Literal["auto", "off"]
    forward: Literal["auto", "on_decision", "off"]
    why: str


ROLE_DEFAULTS: dict[Role, RoleDefaults] = {
    # Seed 000: the member decides between a personal answer and the administration;
    # members may not process cases, so Borgerpost only flags sensitive data.
    "council_member": RoleDefaults("off", "off", "the member decides (seed 000)"),
    # Seed 004: the PA sends the receipt and passes the inquiry to the centre chief,
    # the director in cc.
    "mayor_pa": RoleDefaults("auto", "auto", "the PA receipts and forwards (seed 004)"),
    "director_assistant": RoleDefaults("auto", "on_decision",
                                       "receipt; the director decides on forwarding (seed 004)"),
    "committee_secretary": RoleDefaults("auto", "auto",
                                        "as the mayor's PA, for a committee chair (seed 004)"),
    # Seed 000/004: the main mailbox sends inquiries on to the centre chief; the receipt
    # goes to the citizen, also when a member forwarded.
    "main_mailbox": RoleDefaults("auto", "auto", "receipt to the citizen, on to the centre"),
    # Seeds 001-003: the advisor is independent of the administration: never forwarded.
    "citizen_advisor": RoleDefaults("auto", "off", "the advisor is independent (seed 001)"),
}
