"""The advisor's case through the daemon: folder corrections, deadlines, no forwards."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from pathlib import Path

from sqlalchemy import select

from daemon.config import load_config
from daemon.runner import Runner
from daemon.store.advisor_models import AdvisorRegistration
from daemon.store.db import Store
from daemon.store.models import Case
from tests.conftest import ROOT, deliver, eml, without_digest

CET = dt.timezone(dt.timedelta(hours=1))
BOX = "borgerraadgiver"


def _world(tmp_path: Path) -> tuple[Path, object]:
    text = (ROOT / "rules.yaml").read_text("utf-8").replace(
        "# cutoff: 2026-11-01T00:00:00+01:00", "cutoff: 2026-11-01T00:00:00+01:00")
    (tmp_path / "rules.yaml").write_text(without_digest(text), "utf-8")
    return tmp_path, load_config(tmp_path / "rules.yaml", env={})


def _sent(root: Path) -> list[email.message.EmailMessage]:
    new = root / "var/outbox/new"
    return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for p in sorted(new.iterdir())] if new.exists() else []


def _move(root: Path, name: str, folder: str) -> None:
    target = root / "var/mail" / BOX / f".Borgerpost.{folder}"
    for sub in ("new", "cur", "tmp"):
        (target / sub).mkdir(parents=True, exist_ok=True)
    (root / "var/mail" / BOX / "new" / name).rename(target / "cur" / f"{name}:2,S")


def test_folder_corrections_reminders_and_never_a_forward(tmp_path: Path) -> None:
    root, config = _world(tmp_path)
    store = Store.open(config.database)
    arrived = dt.datetime(2026, 11, 23, 9, tzinfo=CET)
    deliver(root / "var/mail" / BOX, "m1",
            eml(to="borgerraadgiver@ishoj.dk", subject="Spørgsmål",
                body="Hvor skal jeg henvende mig om min hjemmehjælp?",
                message_id="<adv1@gmail.com>"), arrived)

    def run(now: dt.datetime) -> None:
        Runner(config, store, clock=lambda: now).run_once()

    run(arrived + dt.timedelta(minutes=5))
    # The advisor moves the mail to Borgerpost/Klage: the registration becomes a complaint.
    _move(root, "m1", "Klage")
    run(arrived + dt.timedelta(minutes=10))
    with store.sessions() as s:
        reg = s.scalars(select(AdvisorRegistration)).one()
        assert reg.category == "klage" and reg.corrected_by_person
        callback = reg.callback_deadline
    assert callback == dt.date(2026, 11, 24)
    # Tuesday 08:30: the call-back is due; the advisor (not the citizen) is reminded once.
    run(dt.datetime(2026, 11, 24, 8, 30, tzinfo=CET))
    run(dt.datetime(2026, 11, 24, 9, 30, tzinfo=CET))
    reminders = [m for m in _sent(root) if ".advisor-callback-" in m["Message-ID"]]
    assert len(reminders) == 1 and reminders[0]["To"] == "borgerraadgiver@ishoj.dk"
    assert "hjemmehjælp" not in reminders[0].get_content()
    # "Videresend" from the advisor's own (authenticated) address never forwards.
    deliver(root / "var/mail" / BOX, "m2",
            eml(sender="borgerraadgiver@ishoj.dk", to="borgerraadgiver@ishoj.dk",
                subject="SV: [BH-2026-00001]", body="Videresend Voksne og Velfærd",
                message_id="<adv2@ishoj.dk>",
                extra="In-Reply-To: <bp.BH-2026-00001.receipt@ishoj.dk>\r\n"
                      "X-MS-Exchange-Organization-AuthAs: Internal\r\n"),
            dt.datetime(2026, 11, 24, 10, tzinfo=CET))
    run(dt.datetime(2026, 11, 24, 10, 5, tzinfo=CET))
    assert not [m for m in _sent(root) if "forward" in m["Message-ID"]]
    with store.sessions() as s:
        assert s.scalars(select(Case.state)).one() != "forwarded"
    store.close()
