"""`borgerpost status`: open cases, deadlines and backlog, without personal data."""

from __future__ import annotations

import datetime as dt
from collections import Counter as Tally
from zoneinfo import ZoneInfo

from sqlalchemy import select

from daemon.config.schema import Config
from daemon.core import lifecycle
from daemon.store.db import Store
from daemon.store.models import Case, MailboxState, Outbox


def status(config: Config, now: dt.datetime) -> str:
    store = Store.open(config.database)
    today = now.astimezone(ZoneInfo(config.calendar.timezone)).date()
    lines: list[str] = []
    with store.sessions() as s:
        cases = s.scalars(select(Case).where(Case.state.in_(lifecycle.OPEN_STATES))
                          .order_by(Case.answer_deadline, Case.number)).all()
        outbox = Tally(s.scalars(select(Outbox.state)).all())
        syncs = s.scalars(select(MailboxState)).all()
    lines.append(f"Åbne sager: {len(cases)}   (i dag {today.isoformat()})")
    if cases:
        lines.append(f"{'Sag':15} {'Postkasse':24} {'Tilstand':11} {'Center':22} {'Svarfrist':11}")
        for case in cases:
            overdue = case.answer_deadline is not None and case.answer_deadline < today
            deadline = case.answer_deadline.isoformat() if case.answer_deadline else "—"
            lines.append(f"{case.number:15} {case.mailbox_id:24} {case.state:11} "
                         f"{(case.centre or 'mangler fordeling'):22} {deadline:11}"
                         + ("  OVERSKREDET" if overdue else ""))
    lines.append("Udbakke: " + (", ".join(f"{k} {v}" for k, v in sorted(outbox.items()))
                                or "tom"))
    if outbox.get("held"):
        lines.append("Tilbageholdt post venter på en person (følsomme data til ekstern "
                     "adresse eller afvist af serveren).")
    for sync in syncs:
        last = sync.last_sync.isoformat(timespec="seconds") if sync.last_sync else "aldrig"
        lines.append(f"Postkasse {sync.mailbox_id}: sidst synkroniseret {last}")
    return "\n".join(lines)
