"""Configuration: rules.yaml validated strictly, secrets from the environment or .env."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .loader import load_config
from .schema import CentreCfg, Config, MailboxCfg

if TYPE_CHECKING:
    from daemon.core.policy import MailboxPolicy, Policy

__all__ = ["CentreCfg", "Config", "MailboxCfg", "load_config", "mailbox_policy",
           "policy_from_config"]


def policy_from_config(config: Config) -> Policy:
    """The frozen view of the config that the pure core decides on."""
    from daemon.core.policy import CentrePolicy, Policy
    from daemon.core.workdays import WorkCalendar

    return Policy(
        municipality=config.municipality,
        internal_domains=config.internal_domains,
        authority_domains=config.authority_domains,
        id_domain=config.id_domain,
        calendar=WorkCalendar(config.calendar.country, config.calendar.closed_days,
                              config.calendar.timezone),
        receipt_days=config.deadlines.receipt_days,
        draft_days=config.deadlines.draft_days,
        advisor_callback_days=config.deadlines.advisor_callback_days,
        receipts_per_sender_per_day=config.limits.receipts_per_sender_per_day,
        centres=tuple(CentrePolicy(c.id, c.name, c.chief, c.director, c.words)
                      for c in config.centres),
        cutoff=config.cutoff,
        journal=config.journal,
        authserv_ids=config.trust.authserv_ids,
        exchange_internal=config.trust.exchange_internal,
    )


def mailbox_policy(mailbox: MailboxCfg) -> MailboxPolicy:
    from daemon.core.policy import MailboxPolicy

    return MailboxPolicy(mailbox.id, mailbox.role, mailbox.address, mailbox.receipt_mode,
                         mailbox.forward_mode, mailbox.pa)
