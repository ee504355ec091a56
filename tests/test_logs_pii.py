"""No personal data in logs (issue 9 point 6; DESIGN.md "No personal data in logs").

1,000 CPR numbers, written the ways citizens write them, go through the daemon with the
citizens' names, street addresses, mail addresses, phone numbers and subjects, in every
mailbox role. Nothing of it may appear in the daemon's output: the JSON log of an
in-process pass (with the formatter's scrub switched off, so the call sites alone are
tested, as tests/test_demo.py does), the root logger, and stdout/stderr of a real
`borgerpost run --once` process (with the scrub, as in production).

Runtime: the 1,000 CPR numbers travel four to an inquiry (250 inquiries in one pass,
about half a minute); the subprocess gets 100 more inquiries of its own.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
import random
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from daemon import logs
from daemon.config import load_config
from daemon.runner import Runner
from daemon.store.db import Store

from .conftest import ROOT, deliver

ARRIVED = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)     # Monday
NOW = ARRIVED + dt.timedelta(hours=2)

FIRST = ["Ingeborg", "Henrik", "Mette", "Søren", "Fatima", "Jørgen", "Birthe", "Ahmed",
         "Karoline", "Preben", "Åse", "Niels", "Yasmin", "Torben", "Lærke", "Mikkel",
         "Dorthe", "Emil", "Gitte", "Rasmus", "Zainab", "Poul", "Vibeke", "Kasper"]
LAST = ["Skovgaard", "Thygesen", "Østergaard", "Bækgaard", "Kjærsgaard", "Abdullahi",
        "Frederiksen", "Lindholm", "Mørch", "Vestergaard", "Halvorsen", "Yilmaz",
        "Juhl-Madsen", "Brøndum", "Overgaard", "Damgaard", "Sejersen", "Kristiansen"]
STREETS = ["Solhøjvej", "Vejlebrovej", "Ishøj Strandvej", "Torslunde Bygade",
           "Vildtbanevej", "Gadekærvej", "Ishøj Søvej", "Tranegilde Strandvej",
           "Pilemøllevej", "Baldersbækvej", "Jægerstien", "Kirkebjerg Allé"]
TOWNS = ["2635 Ishøj", "2640 Hedehusene", "2620 Albertslund", "2670 Greve"]
TOPICS = [("Hjemmeplejen kommer ikke", "Hjemmeplejen er ikke kommet til min mor i tre dage."),
          ("Skolebus", "Skolebussen til folkeskolen kører ikke, og mit barn kommer for sent."),
          ("Parkering og fortov", "Der holder biler på fortovet ved vejen hver dag."),
          ("Kontanthjælp", "Jeg har ikke fået min kontanthjælp fra jobcentret."),
          ("Affald", "Renovationen har ikke tømt min skraldespand i to uger."),
          ("Klage over sagsbehandlingen", "Jeg vil klage over min sagsbehandler, der "
                                          "ikke svarer på mine henvendelser.")]
BOXES = {"borgmester-pa": "borgmester@ishoj.dk", "hovedpostkasse": "ishoj@ishoj.dk",
         "borgerraadgiver": "borgerraadgiver@ishoj.dk",
         "direktion-social": "direktion.social@ishoj.dk",
         "udvalg-social-sundhed": "udvalg.socialsundhed@ishoj.dk",
         "byraad-mette-larsen": "mette.larsen@ishoj.dk"}


@dataclass
class Inquiry:
    box: str
    uid: str
    raw: bytes
    cprs: list[str] = field(default_factory=list)       # as written
    secrets: list[str] = field(default_factory=list)    # names, addresses, subject, ...


def _cpr(rng: random.Random) -> tuple[str, str]:
    """(DDMMYYSSSS, the same number written one of the ways citizens write it)."""
    digits = (f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}"
              f"{rng.randint(0, 9999):04d}")
    d, s = digits[:6], digits[6:]
    written = rng.choice([f"{d}-{s}", f"{d}{s}", f"{d} {s}", f"{d}\u2013{s}",
                          f"{d[:2]}.{d[2:4]}.{d[4:]}-{s}", f"{d}-{s[:2]} {s[2:]}"])
    return digits, written


def inquiries(n: int, seed: int, prefix: str = "m") -> list[Inquiry]:
    """n inquiries, four CPR numbers each, full of personal data, over all mailboxes."""
    rng = random.Random(seed)
    out = []
    boxes = list(BOXES)
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        relative = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        name = f"{first} {last}"
        domain = rng.choice(["gmail.com", "hotmail.dk", "mail.dk"])
        addr = f"{first.lower()}.{last.lower()}{i}@{domain}"
        addr = addr.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        street = f"{rng.choice(STREETS)} {rng.randint(1, 240)}, {rng.randint(1, 4)}. tv."
        town = rng.choice(TOWNS)
        phone = f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} " \
                f"{rng.randint(10, 99)}"
        topic, text = rng.choice(TOPICS)
        subject = f"{topic} – {name}, {street.split(',')[0]}"
        cprs = [_cpr(rng) for _ in range(4)]
        display = name if i % 25 else f"{name} {cprs[0][1]}"   # now and then in the name
        body = (f"Kære kommune\n\n{text}\n\nMit CPR-nummer er {cprs[0][1]}, min mors "
                f"({relative}) er {cprs[1][1]}.\nBørnenes cpr: {cprs[2][1]} og "
                f"{cprs[3][1]}.\n\nJeg bor på {street}, {town}. Ring på tlf. {phone} "
                f"eller skriv til {addr}.\n\nMed venlig hilsen\n{name}\n{street}\n{town}\n")
        box = boxes[i % len(boxes)]
        raw = (f"From: {display} <{addr}>\r\nTo: {BOXES[box]}\r\nSubject: {subject}\r\n"
               f"Date: Mon, 23 Nov 2026 08:{i % 60:02d}:00 +0100\r\n"
               f"Message-ID: <{prefix}{i}.{seed}@mail.example.net>\r\nMIME-Version: 1.0\r\n"
               "Content-Type: text/plain; charset=utf-8\r\n"
               "Content-Transfer-Encoding: 8bit\r\n\r\n" + body.replace("\n", "\r\n"))
        secrets = [name, relative, addr, street, street.split(",")[0], phone, subject]
        out.append(Inquiry(box, f"{prefix}{i:04d}", raw.encode("utf-8"),
                           [c for c, _ in cprs] + [w for _, w in cprs], secrets))
    return out


def leaks(output: str, items: list[Inquiry]) -> list[str]:
    """Every CPR number (written or as ten digits, with or without the hyphen), name,
    address, phone number and subject of `items` that occurs in `output`."""
    lowered = output.lower()
    found = []
    for item in items:
        for cpr in item.cprs:
            forms = {cpr}
            if re.fullmatch(r"\d{10}", cpr):
                forms.add(f"{cpr[:6]}-{cpr[6:]}")
            found.extend(f for f in forms if f in output)
        found.extend(s for s in item.secrets if s.lower() in lowered)
    return found


def _world(root: Path) -> Path:
    rules = (ROOT / "rules.yaml").read_text("utf-8").replace(
        "# cutoff: 2026-11-01T00:00:00+01:00", "cutoff: 2026-11-01T00:00:00+01:00")
    (root / "rules.yaml").write_text(rules, "utf-8")
    return root / "rules.yaml"


def _deliver_all(root: Path, items: list[Inquiry]) -> None:
    for n, item in enumerate(items):
        deliver(root / "var/mail" / item.box, item.uid, item.raw,
                ARRIVED + dt.timedelta(seconds=n))


def test_thousand_cpr_numbers_leave_no_trace_in_the_log(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capfd: pytest.CaptureFixture[str]) -> None:
    # The call sites alone: the formatter's mask for addresses and CPR numbers is off.
    monkeypatch.setattr(logs, "scrub", lambda text: text)
    items = inquiries(250, seed=9)
    assert sum(len(i.cprs) for i in items) // 2 == 1000
    # The search finds what it looks for: every needle is in the mail itself.
    for item in items[:20]:
        written = item.cprs[4:]
        assert set(written) | set(item.secrets) <= set(leaks(item.raw.decode(), [item]))
    rules = _world(tmp_path)
    _deliver_all(tmp_path, items)
    config = load_config(rules, env={})
    stream = io.StringIO()
    logs.setup("DEBUG", "json", stream=stream)
    root_stream = io.StringIO()
    root_handler = logging.StreamHandler(root_stream)
    root_handler.setLevel(logging.DEBUG)
    logging.getLogger().addHandler(root_handler)
    try:
        stats = Runner(config, Store.open(config.database), clock=lambda: NOW).run_once()
    finally:
        logging.getLogger().removeHandler(root_handler)
        logs.setup("INFO", "json")
    out = capfd.readouterr()
    log = stream.getvalue()
    lines = [json.loads(line) for line in log.splitlines()]
    assert stats.decided == len(items) and stats.quarantined == 0
    # The daemon did its work and said so: a decision line per inquiry, mail sent, held.
    assert sum(1 for e in lines if e["event"] == "message.decided") == len(items)
    assert stats.outbox.sent > len(items) and stats.outbox.held >= 1
    assert {e["event"] for e in lines} >= {"message.decided", "outbox.sent", "outbox.held"}
    # The data really went through: it is in the store (the purge test's business).
    everything = "\n".join([log, root_stream.getvalue(), out.out, out.err])
    assert leaks(everything, items) == []


def test_borgerpost_run_once_prints_no_personal_data(tmp_path: Path) -> None:
    items = inquiries(100, seed=10, prefix="s")
    rules = _world(tmp_path)
    _deliver_all(tmp_path, items)
    env = {k: v for k, v in os.environ.items() if k != "BORGERPOST_DATABASE_URL"}
    done = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "run", "--once", "--config", str(rules),
         "--now", NOW.isoformat()],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    output = done.stdout + done.stderr
    events = [json.loads(line)["event"] for line in done.stderr.splitlines()
              if line.startswith("{")]
    assert events.count("message.decided") == len(items)
    assert leaks(output, items) == []
