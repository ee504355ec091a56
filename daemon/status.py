"""`borgerpost status`: the weekly digest's overview in the terminal (issue 7 point 7).

The same numbers as the digest (daemon.digest.build_digest), over all mailboxes, plus
the outbox and the mailboxes' last sync. No personal data: case numbers, mailbox and
centre ids, states, dates and counts only.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter as Tally

from sqlalchemy import select

from daemon.config.schema import Config
from daemon.digest import Digest, build_digest, recipients, state_da
from daemon.store.db import Store
from daemon.store.models import Case, MailboxState, Outbox


def _dots(items: list[str]) -> str:
    return " · ".join(items) if items else "—"


def _table(digest: Digest) -> list[str]:
    lines = [f"{'Sag':15} {'Postkasse':22} {'Tilstand':17} {'Center':22} {'Svarfrist':11} "
             f"{'Tilbage':16} Bemærkning"]
    for row in digest.rows:
        deadline = row.answer_deadline.isoformat() if row.answer_deadline else "—"
        notes = row.notes_da.replace("overskredet", "OVERSKREDET", 1)
        lines.append(f"{row.number:15} {row.mailbox_id:22} {row.state_da:17} "
                     f"{(row.centre_id or '—'):22} {deadline:11} {row.days_left_da:16} "
                     f"{notes}".rstrip())
    return lines


def _summary(digest: Digest) -> list[str]:
    return [
        f"Åbne sager: {len(digest.rows)}   overskredet {len(digest.overdue)} · "
        f"frist inden for 5 hverdage {len(digest.due_this_week)} · "
        f"mangler fordeling {len(digest.needs_routing)} · tilbageholdt {digest.held}",
        "Efter tilstand: " + _dots([f"{state_da(s)} {n}" for s, n in digest.state_counts]),
        f"Sidste uge ({digest.last_week[0].isoformat()} – {digest.last_week[1].isoformat()}): "
        f"modtaget {digest.received_last_week} · besvaret {digest.answered_last_week}, heraf "
        f"{digest.answered_on_time} inden for svarfristen ({digest.on_time_da})",
        "Følsomme oplysninger i åbne sager (antal sager): "
        + _dots([f"{label} {n}" for label, n in digest.sensitive_counts]),
    ]


def status(config: Config, now: dt.datetime) -> str:
    store = Store.open(config.database)
    with store.sessions() as s:
        # Every mailbox with cases, also one since removed from rules.yaml.
        ids = list(dict.fromkeys([*(m.id for m in config.mailboxes),
                                  *s.scalars(select(Case.mailbox_id).distinct()).all()]))
        overview = build_digest(s, config, None, ids, now)
        per_pa = [(pa, build_digest(s, config, pa, pa_ids, now))
                  for pa, pa_ids in recipients(config).items()]
        outbox = Tally(s.scalars(select(Outbox.state)).all())
        syncs = s.scalars(select(MailboxState)).all()
    lines = [f"Borgerpost — {config.municipality}, i dag {overview.today.isoformat()} "
             f"(uge {overview.iso_week})", *_summary(overview), ""]
    if overview.rows:
        lines.extend(_table(overview))
        lines.append("")
    if per_pa:
        lines.append("Pr. modtager af ugeoversigten:")
        for pa, digest in per_pa:
            lines.append(f"  {pa:34} åbne {len(digest.rows)}, overskredet "
                         f"{len(digest.overdue)}, denne uge {len(digest.due_this_week)}, "
                         f"mangler fordeling {len(digest.needs_routing)}, "
                         f"tilbageholdt {digest.held}")
    lines.append("Udbakke: " + (", ".join(f"{k} {v}" for k, v in sorted(outbox.items()))
                                or "tom"))
    if outbox.get("held"):
        lines.append("Tilbageholdt post venter på en person (følsomme data til ekstern "
                     "adresse eller afvist af serveren).")
    for sync in syncs:
        last = sync.last_sync.isoformat(timespec="seconds") if sync.last_sync else "aldrig"
        lines.append(f"Postkasse {sync.mailbox_id}: sidst synkroniseret {last}")
    return "\n".join(lines)
