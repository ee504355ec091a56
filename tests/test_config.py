"""rules.yaml: strict validation with file:line:key, ${NAME} from env/.env, no secret shown."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from daemon.config import load_config
from daemon.errors import ConfigError

from .conftest import RULES


def test_shipped_rules_are_valid(env_clean: None) -> None:
    config = load_config(RULES)
    assert config.municipality == "Ishøj Kommune"
    assert {c.name for c in config.centres} == {
        "Center for Børn og Forebyggelse", "Center for Beskæftigelse og Erhverv",
        "Center for Borger, Økonomi og IT", "Center for Byudvikling og Natur",
        "Center for Voksne og Velfærd"}
    assert {m.role for m in config.mailboxes} == {
        "council_member", "mayor_pa", "director_assistant", "committee_secretary",
        "main_mailbox", "citizen_advisor"}
    # `receipt: off` is the word off, not YAML 1.1's boolean false.
    member = next(m for m in config.mailboxes if m.role == "council_member")
    assert member.receipt_mode == "off" and member.forward_mode == "off"
    assert config.database.startswith("sqlite:///")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _errors(path: Path, env: dict[str, str | None] | None = None) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(path, env=env or {})
    return info.value.problems


def test_bad_role_names_file_line_and_key(tmp_path: Path) -> None:
    text = RULES.read_text("utf-8").replace("role: mayor_pa", "role: mayor_pax", 1)
    path = _write(tmp_path, text)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "mayor_pax" in row)
    problems = _errors(path)
    assert any(p.startswith(f"{path}:{line}: mailboxes[0].role: 'mayor_pax' is not one of")
               for p in problems), problems


def test_unknown_key_is_rejected(tmp_path: Path) -> None:
    text = RULES.read_text("utf-8").replace("digest: {weekday: monday",
                                            "digest: {weekdy: monday", 1)
    problems = _errors(_write(tmp_path, text))
    assert any(re.search(r":\d+: digest\.weekdy: unknown key$", p) for p in problems), problems


def test_bad_value_in_union_points_at_the_written_key(tmp_path: Path) -> None:
    text = """
municipality: X
internal_domains: [x.dk]
centres:
  - {id: a, name: A, chief: a@x.dk}
mailboxes:
  - id: m
    role: mayor_pa
    address: m@x.dk
    source: {kind: imap, host: h, port: 99999, username: u, password: ${P}}
    send: {kind: maildir, path: out}
"""
    problems = _errors(_write(tmp_path, text), env={"P": "hunter2-secret"})
    assert any(p.endswith(":10: mailboxes[0].source.port: 99999: Input should be less than "
                          "or equal to 65535") for p in problems), problems


def test_secret_never_printed(tmp_path: Path) -> None:
    text = """
municipality: X
internal_domains: [x.dk]
centres:
  - {id: a, name: A, chief: a@x.dk}
mailboxes:
  - id: m
    role: mayor_pa
    address: m@x.dk
    source: {kind: imap, host: h, username: u, password: [hunter2-secret]}
    send: {kind: smtp, host: h, username: u, password: ${SMTP_PW}, rate_per_minute: ${SMTP_PW}}
"""
    problems = _errors(_write(tmp_path, text), env={"SMTP_PW": "s3cr3t-from-env"})
    joined = "\n".join(problems)
    assert "hunter2-secret" not in joined and "s3cr3t-from-env" not in joined
    assert "mailboxes[0].source.password" in joined
    assert "mailboxes[0].send.rate_per_minute" in joined


def test_env_and_dotenv_substitution(tmp_path: Path) -> None:
    text = RULES.read_text("utf-8")
    path = _write(tmp_path, text)
    (tmp_path / ".env").write_text("BORGERPOST_DATABASE_URL=sqlite:///from-dotenv.db\n")
    from daemon.config.loader import read_env

    config = load_config(path, env=read_env(path))
    # A relative SQLite path is taken relative to rules.yaml.
    assert config.database == f"sqlite:///{tmp_path.resolve()}/from-dotenv.db"
    config = load_config(path, env={})
    assert config.database == f"sqlite:///{tmp_path.resolve()}/var/borgerpost.db"


def test_missing_variable_is_named(tmp_path: Path) -> None:
    text = RULES.read_text("utf-8").replace("municipality: Ishøj Kommune",
                                            "municipality: ${MUNI}")
    problems = _errors(_write(tmp_path, text))
    assert any("municipality: environment variable MUNI is not set" in p for p in problems)


def test_cross_checks_forward_targets_must_be_internal(tmp_path: Path) -> None:
    text = RULES.read_text("utf-8").replace("chief: centerchef.cbn@ishoj.dk",
                                            "chief: chef@gmail.com")
    problems = _errors(_write(tmp_path, text))
    assert any(re.search(r":\d+: centres\[3\]\.chief: must be an address in internal_domains",
                         p) for p in problems), problems


def test_duplicate_key_is_an_error(tmp_path: Path) -> None:
    text = RULES.read_text("utf-8").replace("mode: live", "mode: live\nmode: shadow")
    problems = _errors(_write(tmp_path, text))
    assert any("mode: duplicate key" in p for p in problems)


def test_check_config_cli(tmp_path: Path) -> None:
    text = RULES.read_text("utf-8").replace("role: mayor_pa", "role: mayor_pax", 1)
    path = _write(tmp_path, text)
    run = subprocess.run([sys.executable, "-m", "daemon.cli", "check-config", "--config",
                          str(path)], capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert "mailboxes[0].role: 'mayor_pax' is not one of" in run.stderr
    ok = subprocess.run([sys.executable, "-m", "daemon.cli", "check-config", "--config",
                         str(RULES)], capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    assert "OK" in ok.stdout


def test_smtp_without_sent_folder_is_warned(tmp_path: Path) -> None:
    from daemon.config.schema import warnings

    text = RULES.read_text("utf-8").replace(
        "send: {kind: maildir, path: var/outbox}",
        "send: {kind: smtp, host: 127.0.0.1, port: 25, security: none, auth: none}", 1)
    config = load_config(_write(tmp_path, text), env={})
    found = warnings(config)
    assert len(found) == 1 and "borgmester-pa" in found[0] and "twice" in found[0]
    assert warnings(load_config(RULES, env={})) == []


def test_sensitive_veto_is_chosen_per_category(tmp_path: Path, env_clean: None) -> None:
    from daemon.classify import Classifier

    def veto_of(setting: str) -> Any:
        text = RULES.read_text("utf-8").replace("# sensitive: {veto: []}", setting, 1)
        return Classifier(load_config(_write(tmp_path, text))).detector.veto

    assert set(veto_of("sensitive: {veto: [health]}").models) == {"health"}
    assert veto_of("sensitive: {veto: []}") is None                      # off
    default = Classifier(load_config(RULES)).detector.veto                 # on by default
    assert default is not None and set(default.models) == {"health", "economy_social"}


def test_sensitive_rescue_is_chosen_per_category(tmp_path: Path, env_clean: None) -> None:
    from daemon.classify import Classifier

    def rescue_of(setting: str) -> Any:
        text = RULES.read_text("utf-8").replace("# sensitive: {veto: []}", setting, 1)
        return Classifier(load_config(_write(tmp_path, text))).detector.rescue

    assert set(rescue_of("sensitive: {rescue: [economy_social]}").models) == {
        "economy_social"}
    assert rescue_of("sensitive: {rescue: []}") is None                  # off
    default = Classifier(load_config(RULES)).detector.rescue               # on by default
    assert default is not None and set(default.models) == {"economy_social"}
    problems = _errors(_write(tmp_path, RULES.read_text("utf-8").replace(
        "# sensitive: {veto: []}", "sensitive: {rescue: [sexual_orientation]}", 1)))
    assert any(re.search(r":\d+: sensitive\.rescue\[0\]: .sexual_orientation. is not "
                         r"one of", p) for p in problems), problems


def test_sensitive_veto_for_a_category_without_a_model_is_an_error(tmp_path: Path) -> None:
    text = RULES.read_text("utf-8").replace("# sensitive: {veto: []}",
                                            "sensitive: {veto: [cpr]}", 1)
    problems = _errors(_write(tmp_path, text))
    assert any(re.search(r":\d+: sensitive\.veto\[0\]: .cpr. is not one of", p)
               for p in problems), problems
