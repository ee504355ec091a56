"""Quote-detection benchmark (issue 4): ours vs talon vs mail-parser-reply.

Usage (from the project root)::

    .venv/bin/python benchmarks/quotes/run.py [--details] [--no-compare]

Sets:

* ``discourse`` / ``talon-text`` / ``talon-html``: the public fixtures, read in place
  from ``../shared/benchmarks/quotes`` (not copied; see their README and LICENSE).
* ``danish-tuning`` / ``danish-heldout``: our Danish cases in ``danish/*.case``.
  The held-out half was written before tuning and not looked at while tuning.

Per case and detector: *leak* = a quoted line shows up in ``new``; *lost* = a line
the author wrote is missing from ``new``; *fully right* = neither. Lines are compared
after collapsing white space. The others run in ``.venv-compare`` (benchmark only).
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from classifiers._html_text import html_to_text  # noqa: E402
from classifiers.quotes import split_reply  # noqa: E402

PUBLIC = ROOT.parent / "shared" / "benchmarks" / "quotes"
COMPARE_PY = HERE / ".venv-compare" / "bin" / "python"


@dataclass
class Case:
    set: str
    name: str
    body: str
    html: bool
    expected_new: list[str]
    # Lines that must not appear in new. None: everything not in expected_new.
    expected_quoted: list[str] | None = None
    history: list[str] = field(default_factory=list)


def norm(line: str) -> str:
    return " ".join(line.replace("\xa0", " ").split())


def lines_of(text: str) -> list[str]:
    return [n for n in (norm(x) for x in text.splitlines()) if n]


def score(case: Case, new: str) -> tuple[bool, bool]:
    """(leak, lost) for one output."""
    got = Counter(lines_of(new))
    want = Counter(n for n in (norm(x) for x in case.expected_new) if n)
    lost = any(got[line] < count for line, count in want.items())
    if case.expected_quoted is None:
        leak = any(count > want[line] for line, count in got.items())
    else:
        bad = Counter(n for n in (norm(x) for x in case.expected_quoted) if n)
        leak = any(got[line] > want[line] for line in bad)
    return leak, lost


# -- loading ----------------------------------------------------------------------------


_MOBILE_SIGNATURE = re.compile(
    r"^\W*(sent|sendt|envoyé|von meinem|diese nachricht wurde|get outlook|hent outlook"
    r"|verzonden|enviado|inviato|from my|<<sent|\(sent)\b",
    re.IGNORECASE,
)


def signature_lines(body: str) -> set[str]:
    """Signature lines of a discourse case, which are not scored.

    email_reply_trimmer elides signatures; talon keeps them (its sparrow_reply_text)
    and so do we (the author wrote them now), so a detector cannot satisfy both.
    Signature: the RFC 3676 delimiter "-- " (or "--") and up to ten lines after it,
    and one-line mobile signatures ("Sent from my iPhone").
    """
    out: set[str] = set()
    lines = body.splitlines()
    for i, line in enumerate(lines):
        if line.rstrip() in ("--", "-- "):
            for follow in lines[i : i + 11]:
                if follow.startswith(">"):
                    break
                out.add(norm(follow))
        elif len(line) < 90 and _MOBILE_SIGNATURE.match(line):
            out.add(norm(line))
    out.discard("")
    return out


def load_discourse() -> list[Case]:
    base = PUBLIC / "discourse_email_reply_trimmer"
    cases = []
    for path in sorted((base / "emails").glob("*.txt")):
        trimmed = (base / "trimmed" / path.name).read_text(encoding="utf-8")
        elided = (base / "elided" / path.name).read_text(encoding="utf-8")
        body = path.read_text(encoding="utf-8")
        unscored = signature_lines(body)
        cases.append(
            Case("discourse", path.stem, body, False, trimmed.splitlines(),
                 [x for x in elided.splitlines() if norm(x) not in unscored])
        )
    return cases


def _text_part(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


def load_talon() -> list[Case]:
    base = PUBLIC / "talon"
    cases = []
    for path in sorted((base / "standard_replies").glob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        reply_text = path.with_name(path.stem + "_reply_text")
        expected = reply_text.read_text(encoding="utf-8") if reply_text.exists() else "Hello"
        cases.append(Case("talon-text", path.stem, _text_part(msg), False,
                          expected.splitlines()))
    for path in sorted((base / "html_replies").glob("*.html")):
        cases.append(Case("talon-html", path.stem, path.read_text(encoding="utf-8"), True,
                          ["Hi. I am fine.", "Thanks,", "Alex"]))
    return cases


_SECTION = re.compile(r"^=== (\w+)\s*$")


def parse_case_file(path: Path) -> Case:
    """``danish/*.case``: "key: value" lines, then sections "=== body", "=== new",
    optionally "=== history" (repeatable)."""
    meta: dict[str, str] = {}
    sections: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        match = _SECTION.match(line)
        if match:
            sections.append((match.group(1), []))
        elif sections:
            sections[-1][1].append(line)
        elif ":" in line:
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    body = "\n".join(next(lines for name, lines in sections if name == "body"))
    new = next(lines for name, lines in sections if name == "new")
    history = ["\n".join(lines) for name, lines in sections if name == "history"]
    return Case("danish-" + meta.get("set", "tuning"), path.stem, body,
                meta.get("format", "text") == "html", new, None, history)


def load_danish() -> list[Case]:
    return [parse_case_file(p) for p in sorted((HERE / "danish").glob("*.case"))]


# -- running ----------------------------------------------------------------------------


def run_others(cases: list[Case]) -> dict[str, list[str | None]]:
    if not COMPARE_PY.exists():
        return {}
    payload = [
        {"body": c.body, "html": c.html,
         "text_rendering": html_to_text(c.body) if c.html else ""}
        for c in cases
    ]
    done = subprocess.run(
        [str(COMPARE_PY), str(HERE / "_others.py")], input=json.dumps(payload),
        capture_output=True, text=True, timeout=900, check=False,
    )
    if done.returncode != 0:
        print("comparison failed:", done.stderr[-2000:], file=sys.stderr)
        return {}
    result: dict[str, list[str | None]] = json.loads(done.stdout)
    # talon answers HTML with HTML; render it the same way as ours.
    result["talon"] = [
        html_to_text(out) if (out is not None and case.html) else out
        for out, case in zip(result["talon"], cases, strict=True)
    ]
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--details", action="store_true", help="list failing cases")
    parser.add_argument("--no-compare", action="store_true")
    args = parser.parse_args()
    cases = load_discourse() + load_talon() + load_danish()
    outputs: dict[str, list[str | None]] = {
        "ours": [split_reply(c.body, c.html, history=c.history).new for c in cases]
    }
    if not args.no_compare:
        others = run_others(cases)
        if not others:
            print("(talon / mail-parser-reply not available: run without comparison)")
        outputs.update(others)
    sets = list(dict.fromkeys(c.set for c in cases))
    header = (f"{'set':<16}{'detector':<19}{'cases':>6}{'fully right':>13}{'leaks':>7}"
              f"{'lost new':>10}")
    print(header)
    print("-" * len(header))
    for set_name in sets:
        for detector, results in outputs.items():
            idx = [i for i, c in enumerate(cases) if c.set == set_name]
            right = leaks = lost = 0
            failures = []
            for i in idx:
                out = results[i]
                if out is None:
                    leak, lose = True, True
                else:
                    leak, lose = score(cases[i], out)
                leaks += leak
                lost += lose
                right += not (leak or lose)
                if leak or lose:
                    failures.append(f"{cases[i].name}({'L' if leak else ''}{'X' if lose else ''})")
            pct = 100.0 * right / len(idx) if idx else 0.0
            print(f"{set_name:<16}{detector:<19}{len(idx):>6}{right:>7} {pct:5.1f}%"
                  f"{leaks:>7}{lost:>10}")
            if args.details and failures:
                print("    failing:", " ".join(failures))
        print()


if __name__ == "__main__":
    main()
