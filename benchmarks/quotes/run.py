"""Quote-detection benchmark (issue 4): ours vs talon vs mail-parser-reply.

Usage (from the project root)::

    .venv/bin/python benchmarks/quotes/run.py [--details] [--no-compare]

Sets:

* ``discourse`` / ``talon-text`` / ``talon-html``: the public fixtures, read in place
  from ``../shared/benchmarks/quotes`` (not copied; see their README and LICENSE).
* ``danish-tuning`` / ``danish-heldout``: our Danish cases in ``danish/*.case``.
  The held-out half was written before tuning and not looked at while tuning.

Per case and detector: *leak* = a line shows up in ``new`` that the case does not
expect there; *lost* = a line the author wrote is missing from ``new``; *fully right*
= neither. Lines are compared after collapsing white space. For discourse the
expected new text is ``trimmed/X.txt`` and every other line counts as quoted, except
signature lines, which are allowed but not required (``signature_lines``: the
trimmer drops signatures, talon and we keep them). The others run in
``.venv-compare`` (benchmark only). See README.md for the figures.
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
    # Lines allowed in new without being expected there (see signature_lines).
    unscored: frozenset[str] = frozenset()


def norm(line: str) -> str:
    return " ".join(line.replace("\xa0", " ").split())


def lines_of(text: str) -> list[str]:
    return [n for n in (norm(x) for x in text.splitlines()) if n]


def score(case: Case, new: str) -> tuple[bool, bool]:
    """(leak, lost) for one output.

    leak: a line of ``new`` that is not expected there (more often than expected), or,
    when the case lists its quoted lines, one of those; ``unscored`` lines (signatures,
    see ``signature_lines``) are allowed in ``new`` but never required.
    """
    got = Counter(lines_of(new))
    want = Counter(n for n in (norm(x) for x in case.expected_new) if n)
    lost = any(got[line] < count for line, count in want.items())
    if case.expected_quoted is None:
        leak = any(count > want[line] for line, count in got.items()
                   if line not in case.unscored)
    else:
        bad = Counter(n for n in (norm(x) for x in case.expected_quoted) if n)
        leak = any(got[line] > want[line] for line in bad)
    return leak, lost


# -- loading ----------------------------------------------------------------------------


# One-line device signatures. The key word must not be followed by ":" ("Sent:",
# "Sendt:", "Enviado:" start Outlook header blocks, which are quoted history).
_MOBILE_SIGNATURE = re.compile(
    r"^[(<\s]*(?:sent|sendt|envoyé|von meinem|diese nachricht wurde|get \[?outlook|hent \[?outlook"
    r"|verzonden|enviado|inviato|from my|\w+ from (?:my )?mobile)\b(?!\s*\**\s*:)"
    r"|^\s*(?:從我的|从我的|發自我的|发自我的)\s*\w+.{0,6}$",
    re.IGNORECASE,
)
# Where quoted history may begin: a quote prefix; a line ending in ":" with a digit
# or an address (attributions: "On … wrote:", "Dnia 14 lip 2015 … napisał(a):") or a
# forward intro ("Begin forwarded message:"); a mail header line; a named separator
# ("-----Original Message-----").
_HISTORY_START = re.compile(
    r"^\s*>|^(?=.*[\d@]).*:\s*$|forward|videresend|weitergeleitet"
    r"|^\s*\**(?:from|fra|von|de|da|od|от|sent|sendt|date|dato|datum|data"
    r"|gesendet|enviado|envoyé|to|til|an|a|à|para|subject|emne|betreff|objet|oggetto"
    r"|asunto|cc)\**\s*:|^\s*[-_=*]{2,}\s*[^\W\d_][\w ]*[-_=*]{2,}\s*$",
    re.IGNORECASE,
)


def signature_lines(body: str) -> frozenset[str]:
    """Signature lines of a discourse case: allowed in ``new``, never required.

    email_reply_trimmer elides signatures; talon keeps them (its sparrow_reply_text)
    and so do we (the author wrote them now), so a detector cannot satisfy both.
    Signature:

    * the RFC 3676 delimiter "-- " (or "--") and up to ten lines after it, ending
      before the first line where quoted history may begin (``_HISTORY_START``), so
      an attribution or header block after a signature is still scored;
    * one-line device signatures ("Sent from my iPhone", "Von meinem … gesendet",
      "從我的 iPhone 傳送"), not quoted (no ">") and not header lines ("Sent: …").

    Lines are matched by their text, so the same boilerplate inside a quote (a
    quoted "Sent from my iPhone") is unscored too; it carries no quoted content, and
    every other line of that quote is still scored.
    """
    out: set[str] = set()
    lines = body.splitlines()
    for i, line in enumerate(lines):
        if line.rstrip() in ("--", "-- "):
            out.add(norm(line))
            for follow in lines[i + 1 : i + 11]:
                if _HISTORY_START.search(follow[:200]):
                    break
                out.add(norm(follow))
        elif len(line) < 90 and _MOBILE_SIGNATURE.match(line):
            out.add(norm(line))
    out.discard("")
    return frozenset(out)


def load_discourse() -> list[Case]:
    base = PUBLIC / "discourse_email_reply_trimmer"
    cases = []
    for path in sorted((base / "emails").glob("*.txt")):
        trimmed = (base / "trimmed" / path.name).read_text(encoding="utf-8")
        body = path.read_text(encoding="utf-8")
        # Every line not in trimmed/ is scored as quoted, except signature lines:
        # elided/ joins wrapped lines ("On … <a@b.c> > wrote:" as one line), so a
        # leaked wrapped attribution would not match it.
        cases.append(
            Case("discourse", path.stem, body, False, trimmed.splitlines(), None,
                 unscored=signature_lines(body))
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
