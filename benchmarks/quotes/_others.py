"""Run talon and mail-parser-reply on benchmark cases (benchmark only; issue 4).

Runs inside the separate venv ``benchmarks/quotes/.venv-compare`` (never a product
dependency). Reads a JSON list of {"body", "html", "text_rendering"} on stdin and
writes {"talon": [new | null], "mail_parser_reply": [new | null]} on stdout.
mail-parser-reply reads text only, so HTML cases get the plain-text rendering.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import sys
import warnings


def main() -> None:
    cases = json.load(sys.stdin)
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    out: dict[str, list[str | None]] = {"talon": [], "mail_parser_reply": []}
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            from talon import quotations
        except Exception:  # the report says "not installed"
            quotations = None
        try:
            from mailparser_reply import EmailReplyParser
        except Exception:
            EmailReplyParser = None
        for case in cases:
            if quotations is None:
                out["talon"].append(None)
            else:
                try:
                    if case["html"]:
                        out["talon"].append(quotations.extract_from_html(case["body"]))
                    else:
                        out["talon"].append(quotations.extract_from_plain(case["body"]))
                except Exception:
                    out["talon"].append(None)
            if EmailReplyParser is None:
                out["mail_parser_reply"].append(None)
            else:
                try:
                    parser = EmailReplyParser(languages=["en", "da", "de"])
                    text = case["text_rendering"] if case["html"] else case["body"]
                    out["mail_parser_reply"].append(parser.parse_reply(text=text))
                except Exception:
                    out["mail_parser_reply"].append(None)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
