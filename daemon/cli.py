"""The command line (DESIGN.md "The command line (stable)").

Every command takes --config PATH and --now ISO-8601 (a clock override for replays and
tests). Exit codes: 0 fine, 1 the command found problems (bad config, held mail),
2 wrong usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from daemon import logs
from daemon.config import Config, load_config
from daemon.errors import ConfigError, MessageError


def _now(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--now: not an ISO-8601 time: {value!r}") from None
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError("--now: give a time zone, e.g. 2026-11-23T09:00+01:00")
    return moment


def _clock(args: argparse.Namespace) -> Callable[[], dt.datetime]:
    fixed: dt.datetime | None = args.now
    if fixed is not None:
        return lambda: fixed
    return lambda: dt.datetime.now(dt.UTC)


def _config(args: argparse.Namespace) -> Config:
    return load_config(args.config)


def cmd_check_config(args: argparse.Namespace) -> int:
    config = _config(args)
    print(f"{args.config}: OK — {config.municipality}, {len(config.mailboxes)} postkasser, "
          f"{len(config.centres)} centre, mode {config.mode}")
    from daemon.config.schema import warnings

    for warning in warnings(config):
        print(f"advarsel / warning: {warning}")
    if not args.connect:
        return 0
    from daemon.probe import probe_all

    lines, ok = probe_all(config)
    print("\n".join(lines))
    return 0 if ok else 1


def cmd_explain(args: argparse.Namespace) -> int:
    from daemon.explain import explain

    config = _config(args)
    result = explain(config, Path(args.file).read_bytes(), args.mailbox, args.now)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(f"Borgerhenvendelse: {'ja' if result['citizen_inquiry'] else 'nej'} "
              f"({result['reason']})")
        print(f"Center: {result['centre'] or '— (skal fordeles af en person)'}")
        print(f"Følsomt: {', '.join(result['sensitive']) or 'intet fundet'}")
        print(f"Svarfrist: {result['deadline'] or '—'}")
        print("Handlinger:")
        for action in result["actions"]:
            details = ", ".join(f"{k}={v}" for k, v in action.items() if k != "type")
            print(f"  - {action['type']}: {details}")
        print("Spor:")
        for line in result["trace"]:
            print(f"  {line}")
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    from daemon.explain import scan

    text = Path(args.file).read_bytes()
    result = scan(text, args.file.endswith(".eml"))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        if not result["findings"]:
            print("Ingen følsomme oplysninger fundet.")
        for finding in result["findings"]:
            print(f"{finding['category']:20} {finding['start']:>6}-{finding['end']:<6} "
                  f"{finding['score']:.2f}  {finding['masked']}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from daemon.store.db import Store

    config = _config(args)
    logs.setup(config.logging.level, config.logging.format)
    store = Store.open(config.database)
    if not args.once:
        from daemon.service import run_service

        # The service: a worker per mailbox (IMAP IDLE), the scheduler, sd_notify,
        # SIGHUP reload, SIGTERM finishing the message in hand.
        return run_service(config, store, _clock(args), interval=args.interval,
                           config_path=args.config)
    from daemon.runner import Runner

    runner = Runner(config, store, clock=_clock(args))
    stats = runner.run_once()
    runner.close()
    logs.info("pass.done", fetched=stats.fetched, decided=stats.decided,
              skipped=stats.skipped, quarantined=stats.quarantined,
              sent=stats.outbox.sent, recovered=stats.outbox.recovered,
              held=stats.outbox.held, retried=stats.outbox.retried,
              errors=stats.mailbox_errors)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from daemon.status import status

    config = _config(args)
    print(status(config, (args.now or dt.datetime.now(dt.UTC))))
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    """The weekly digest (issue 7 point 6): print it, write it as files, or send it now."""
    from daemon import digest
    from daemon.store.db import Store

    config = _config(args)
    now = args.now or dt.datetime.now(dt.UTC)
    if args.preview:
        for path in digest.write_preview(config, now, Path(args.preview)):
            print(path)
        return 0
    store = Store.open(config.database)
    if not args.send:
        with store.sessions() as s:
            for pa, ids in digest.recipients(config).items():
                print(digest.render_text(digest.build_digest(s, config, pa, ids, now)))
        return 0
    from daemon.runner import Runner

    logs.setup(config.logging.level, config.logging.format)
    # Now, whatever the weekday; still once per PA and ISO week (the outbox key).
    enqueued = digest.enqueue_digests(store, config, now, force=True)
    runner = Runner(config, store, clock=lambda: now)
    try:
        stats = runner.executor.run(now)
    finally:
        runner.close()
    print(f"Ugeoversigter lagt i udbakken: {len(enqueued)}; sendt {stats.sent}, "
          f"tilbageholdt {stats.held}, prøves igen {stats.retried}")
    return 1 if stats.held else 0


def cmd_report(args: argparse.Namespace) -> int:
    """The citizen advisor's yearly report (issue 8): HTML, a PDF beside it where
    weasyprint is installed, and the counts as CSV with --csv."""
    from daemon.report import build_report, render_html, write_csv, write_pdf
    from daemon.store.db import Store

    config = _config(args)
    store = Store.open(config.database)
    report = build_report(store, args.year, config.centres, config.municipality)
    out = Path(args.out or f"borgerraadgiver-{args.year}.html")
    html = render_html(report, out)
    print(f"{out}: {report.counts.total} henvendelser, heraf {report.counts.complaints} "
          f"klager ({report.year})")
    pdf = out.with_suffix(".pdf")
    if write_pdf(html, pdf):
        print(pdf)
    if args.csv:
        write_csv(report, Path(args.csv))
        print(args.csv)
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from daemon.retention import cmd_purge as purge

    return purge(args)


def cmd_demo(args: argparse.Namespace) -> int:
    from daemon.demo import demo

    return demo(Path(args.config), args.now, Path(args.dir) if args.dir else None)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", default=argparse.SUPPRESS,
                        help="rules.yaml to use (default: ./rules.yaml)")
    common.add_argument("--now", type=_now, default=argparse.SUPPRESS,
                        help="clock override, ISO-8601 with time zone")
    parser = argparse.ArgumentParser(prog="borgerpost", parents=[common],
                                     description="Borgerpost: citizen inquiries by mail.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", parents=[common], help="the daemon")
    p.add_argument("--once", action="store_true", help="one pass, then exit")
    p.add_argument("--interval", type=float, default=30.0, help="seconds between passes")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("check-config", parents=[common], help="validate rules.yaml")
    p.add_argument("--connect", action="store_true",
                   help="also log in to each mailbox, list its folder and test sending (dry)")
    p.set_defaults(func=cmd_check_config)

    p = sub.add_parser("explain", parents=[common], help="decision and trace; sends nothing")
    p.add_argument("file")
    p.add_argument("--mailbox", required=True, help="the mailbox id the mail arrived in")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser("scan", parents=[common], help="sensitive findings, masked")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser("status", parents=[common], help="open cases, deadlines, backlog")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("digest", parents=[common],
                       help="the weekly overview to each PA (default: print it)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--send", action="store_true",
                      help="put the digests in the outbox now and send them "
                           "(at most once per PA and ISO week)")
    mode.add_argument("--preview", metavar="DIR",
                      help="write each PA's digest as .html, .txt and .eml files in DIR")
    p.set_defaults(func=cmd_digest)

    p = sub.add_parser("report", parents=[common],
                       help="the citizen advisor's yearly report (HTML, PDF, CSV)")
    p.add_argument("--year", type=int, required=True, help="the calendar year, e.g. 2026")
    p.add_argument("--out", help="the HTML file (default: borgerraadgiver-YYYY.html); a PDF "
                   "is written beside it where weasyprint is installed")
    p.add_argument("--csv", help="also write the counts to this CSV file (semicolons, UTF-8)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("purge", parents=[common],
                       help="purge personal data past retention.body_days (issue 9)")
    p.add_argument("--dry-run", action="store_true", help="count what is due; change nothing")
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser("demo", parents=[common], help="end-to-end on bundled samples")
    p.add_argument("--dir", help="where to put the demo's mailboxes (default: a temp dir)")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "config"):
        args.config = "rules.yaml"
    if not hasattr(args, "now"):
        args.now = None
    try:
        return int(args.func(args))
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except MessageError as exc:
        print(f"borgerpost: the message cannot be read ({exc})", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"borgerpost: no such file: {exc.filename}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `borgerpost status | head`: the reader left; that is no error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
