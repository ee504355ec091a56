"""The signature rule of benchmarks/quotes/run.py must not hide quoted history."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

RUN = Path(__file__).resolve().parents[2] / "benchmarks" / "quotes" / "run.py"


def _run_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quotes_benchmark_run", RUN)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


run = _run_module()


def test_signature_block_stops_where_quoted_history_may_begin() -> None:
    body = (
        "Svar.\n\n--\nAnne Holm\nIshøj Kommune\n\n"
        "Den 3. marts 2025 kl. 10.12 skrev Jens <jj@x.dk>:\n> Min mor er syg.\n"
    )
    unscored = run.signature_lines(body)
    assert {"--", "Anne Holm", "Ishøj Kommune"} <= unscored
    assert not any("skrev" in line or "syg" in line for line in unscored)


def test_header_lines_are_never_signatures() -> None:
    body = (
        "Svar.\n\n--\nAnne\n________________________________\nFra: Jens <jj@x.dk>\n"
        "Sendt: 3. marts 2025 10:12\nTil: Anne\nEmne: Hjælp\n\nMin mor er syg.\n"
        "Sent: Monday, March 3, 2025 10:12 AM\n*Sent:* 2016-01-27\n"
    )
    unscored = run.signature_lines(body)
    assert not any(":" in line or "syg" in line for line in unscored)


def test_device_signatures_are_unscored_but_not_when_quoted() -> None:
    body = (
        "Tak\n\nSent from my iPhone\nSendt fra min iPad\n從我的 iPhone 傳送\n"
        "> Sent from my Mac\n"
    )
    unscored = run.signature_lines(body)
    assert unscored == {"Sent from my iPhone", "Sendt fra min iPad", "從我的 iPhone 傳送"}


def test_unscored_lines_are_allowed_not_required_and_other_lines_leak() -> None:
    case = run.Case("discourse", "x", "", False, ["Tak"], None,
                    unscored=frozenset({"Sent from my iPhone"}))
    assert run.score(case, "Tak\nSent from my iPhone") == (False, False)
    assert run.score(case, "Tak\nJens <jj@x.dk> wrote:") == (True, False)
    assert run.score(case, "") == (False, True)
