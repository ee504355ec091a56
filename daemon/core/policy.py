"""The parts of rules.yaml that `decide` needs, as frozen plain data.

The core does not import the config package (pydantic, files, environment); the daemon
builds a Policy from the validated config (daemon.config.policy_from_config).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .roles import Role
from .workdays import WorkCalendar


@dataclass(frozen=True)
class CentrePolicy:
    id: str
    name: str
    chief: str
    director: str | None
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class MailboxPolicy:
    id: str
    role: Role
    address: str
    receipt: str        # auto | off
    forward: str        # auto | on_decision | off
    pa: str | None = None


@dataclass(frozen=True)
class Policy:
    municipality: str
    internal_domains: tuple[str, ...]
    authority_domains: tuple[str, ...]
    id_domain: str
    calendar: WorkCalendar
    receipt_days: int
    draft_days: int
    advisor_callback_days: int
    receipts_per_sender_per_day: int
    centres: tuple[CentrePolicy, ...]
    cutoff: dt.datetime | None = None
    journal: str | None = None              # where copies for journalising go
    authserv_ids: tuple[str, ...] = ()      # our own Authentication-Results ids
    exchange_internal: bool = False         # trust X-MS-Exchange-Organization-AuthAs

    def centre(self, centre_id: str) -> CentrePolicy:
        for centre in self.centres:
            if centre.id == centre_id:
                return centre
        raise KeyError(centre_id)
