"""`borgerpost demo`: the real daemon, once, over bundled Danish sample mail.

The samples are copied into fresh Maildirs (one per mailbox in rules.yaml), each file
dated by its Date header as a delivery agent would, and the daemon runs one pass with
Maildir + SQLite in a work directory. Nothing leaves the machine: receipts and forwards
land in the work directory's outbox Maildir.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import os
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import select

from daemon import logs
from daemon.config import load_config
from daemon.config.schema import Config, MaildirSend, MaildirSource
from daemon.mail.parse import parse
from daemon.store.db import Store
from daemon.store.models import Case, Outbox, Processed

SAMPLES = Path(__file__).parent / "samples"


def mask_address(addr: str | None) -> str:
    if not addr or "@" not in addr:
        return "—"
    local, _, domain = addr.partition("@")
    return f"{local[:1]}***@{domain}"


def demo_config(config: Config, workdir: Path, cutoff: dt.datetime) -> Config:
    mailboxes = tuple(
        m.model_copy(update={
            "source": MaildirSource(kind="maildir", path=str(workdir / "mail" / m.id)),
            "send": MaildirSend(kind="maildir", path=str(workdir / "outbox")),
        }) for m in config.mailboxes)
    return config.model_copy(update={
        "mailboxes": mailboxes, "database": f"sqlite:///{workdir / 'borgerpost.db'}",
        "cutoff": cutoff, "mode": "live"})


def install_samples(config: Config, workdir: Path) -> list[tuple[str, Path, dt.datetime]]:
    installed = []
    known = {m.id for m in config.mailboxes}
    for directory in sorted(p for p in SAMPLES.iterdir() if p.is_dir()):
        if directory.name not in known:
            continue
        target = workdir / "mail" / directory.name / "new"
        target.mkdir(parents=True, exist_ok=True)
        for sample in sorted(directory.glob("*.eml")):
            dest = target / f"{sample.stem}.demo"
            shutil.copyfile(sample, dest)
            date = _date(sample.read_bytes())
            os.utime(dest, (date.timestamp(), date.timestamp()))
            installed.append((directory.name, dest, date))
    return installed


def _date(raw: bytes) -> dt.datetime:
    for line in raw.split(b"\n"):
        if line.lower().startswith(b"date:"):
            try:
                parsed = email.utils.parsedate_to_datetime(line[5:].decode("ascii", "replace"))
                if parsed.tzinfo is not None:
                    return parsed
            except (TypeError, ValueError):
                pass
        if not line.strip():
            break
    return dt.datetime.now(dt.UTC)


def demo(config_path: Path, now: dt.datetime | None, workdir: Path | None) -> int:
    from daemon.runner import Runner

    config = load_config(config_path)
    workdir = workdir or Path(tempfile.mkdtemp(prefix="borgerpost-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if (workdir / "borgerpost.db").exists():
        print(f"{workdir} holds an earlier demo; give an empty --dir.")
        return 1
    installed = install_samples(config, workdir)
    if not installed:
        print("No demo samples found.")
        return 1
    first = min(date for _, _, date in installed)
    cfg = demo_config(config, workdir, first - dt.timedelta(days=1))
    log_path = workdir / "borgerpost.log"
    with log_path.open("w", encoding="utf-8") as log_stream:
        logs.setup("INFO", "json", stream=log_stream)
        store = Store.open(cfg.database)
        fixed = now
        runner = Runner(cfg, store, clock=(lambda: fixed) if fixed else
                        (lambda: dt.datetime.now(dt.UTC)))
        stats = runner.run_once()
        runner.close()

    senders = {}
    for mailbox_id, path, _ in installed:
        try:
            message = parse(path.read_bytes())
            senders[(mailbox_id, path.name.split(":")[0].split("!")[0])] = message.sender
        except Exception:
            senders[(mailbox_id, path.name)] = None
    with store.sessions() as s:
        rows = s.execute(select(Processed, Case).outerjoin(Case, Processed.case_id == Case.id)
                         .order_by(Processed.mailbox_id, Processed.uid)).all()
        out_rows = s.scalars(select(Outbox).where(Outbox.case_id.is_not(None))).all()
        sent = {(o.case_id, o.kind): o.state for o in out_rows}
    print(f"Borgerpost demo — {cfg.municipality}: {len(installed)} prøvemails i "
          f"{len(cfg.mailboxes)} postkasser\n")
    header = f"{'Postkasse':22} {'Afsender':26} {'Afgørelse':18} {'Sag':14} {'Center':22} " \
             f"{'Svarfrist':10}  Sendt"
    print(header)
    print("-" * len(header))
    for processed, case in rows:
        sender = senders.get((processed.mailbox_id, processed.uid))
        shown = mask_address(case.citizen_addr if case and case.citizen_addr else
                             (sender.addr if sender else None))
        actions = []
        if processed.outcome == "case_reply":
            actions.append("lagt på sagen")
        elif case is not None:
            for kind in ("receipt", "forward"):
                if sent.get((case.id, kind)) == "sent":
                    actions.append("kvittering" if kind == "receipt" else "videresendt")
                elif (case.id, kind) in sent:
                    actions.append(f"{kind}:{sent[(case.id, kind)]}")
        print(f"{processed.mailbox_id:22} {shown:26} {processed.outcome:18} "
              f"{(case.number if case else '—'):14} {((case.centre if case else None) or '—'):22} "
              f"{(case.answer_deadline.isoformat() if case and case.answer_deadline else '—'):10}"
              f"  {', '.join(actions) or '—'}")
    outbox = workdir / "outbox" / "new"
    count = len(list(outbox.iterdir())) if outbox.exists() else 0
    print(f"\n{stats.decided} afgjort, {stats.quarantined} i karantæne, {stats.outbox.sent} "
          f"sendt, {stats.outbox.held} tilbageholdt.")
    print(f"Udgående post ({count} mails): {outbox}")
    print(f"Database: {workdir / 'borgerpost.db'}   Log: {log_path}")
    print(f"Se en afgørelse: borgerpost explain {SAMPLES}/<postkasse>/<fil>.eml "
          "--mailbox <postkasse>")
    return 0
