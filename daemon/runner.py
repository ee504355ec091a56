"""The daemon's loop: fetch, parse, classify, decide, persist, execute, acknowledge.

One message never takes the daemon down: a message that cannot be parsed or
classified is quarantined with one log line, and one mailbox failing never stops the
others (STYLE.md, after Mailman's runner).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from classifiers.commands import FOLDER_ROOT, folder_command
from daemon import advisor, logs, metrics
from daemon.cases import apply_event, case_ref
from daemon.classify import Classifier
from daemon.compose import Composed, compose, held_notice
from daemon.config import mailbox_policy, policy_from_config
from daemon.config.schema import Config, MailboxCfg
from daemon.core import lifecycle
from daemon.core.actions import (
    AttachToCase,
    CaseEvent,
    Forward,
    JournalCopy,
    Register,
    SendDelayNotice,
    SendReceipt,
    SetCategories,
)
from daemon.core.classification import Classification
from daemon.core.commands import folder_decision
from daemon.core.decide import decide
from daemon.core.decision import Decision
from daemon.core.history import History
from daemon.core.message import Address, Message
from daemon.digest import enqueue_digests
from daemon.drafts import DraftWatcher
from daemon.errors import MessageError, TemporaryFailure
from daemon.leases import Leases
from daemon.mail.parse import message_id_hash, parse
from daemon.mailboxes import MailSource, open_source
from daemon.mailboxes.base import Fetched
from daemon.mailboxes.folders import folder_access
from daemon.outbox import ExecStats, Executor
from daemon.scheduler import Scheduler
from daemon.store.db import Store
from daemon.store.models import Attempt, Body, Case, Outbox, Processed
from daemon.transports import Transport, open_transport

QUARANTINE_CATEGORY = "Borgerpost: Karantæne"
DECISION_FOLDERS = ("Personligt svar", "Udvalg", "Afsluttet")
ADVISOR_FOLDERS = ("Klage", "Vejledning", "Vejvisning", "Undersøgelse", "Anonym")
# A message in hand when the process died this often is parked for a person (Mailman
# parks after 3); 5, because systemd restarts and deploys also stop a message in hand.
MAX_ATTEMPTS = 5
_TAG = re.compile(r"\[(BH-\d{4}-\d{5})\]")
_OWN_REF = re.compile(r"^<bp\.(BH-\d{4}-\d{5})\.[a-z0-9-]+@(.+)>$")


def case_tags(message: Message, id_domain: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Case numbers this message refers to: by our Message-IDs in its thread, by subject tag."""
    by_ref = []
    for mid in message.thread_ids:
        match = _OWN_REF.match(mid)
        if match and match.group(2).lower() == id_domain.lower():
            by_ref.append(match.group(1))
    return tuple(dict.fromkeys(by_ref)), tuple(dict.fromkeys(_TAG.findall(message.subject)))


@dataclass
class PassStats:
    fetched: int = 0
    decided: int = 0
    skipped: int = 0
    quarantined: int = 0
    mailbox_errors: int = 0
    scheduled: int = 0
    outbox: ExecStats = field(default_factory=ExecStats)


class Runner:
    def __init__(self, config: Config, store: Store,
                 clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
                 sources: dict[str, MailSource] | None = None,
                 transports: dict[str, Transport] | None = None) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.policy = policy_from_config(config)
        self.classifier = Classifier(config)
        self.sources = sources if sources is not None else {
            m.id: open_source(m) for m in config.mailboxes}
        self.transports = transports if transports is not None else {
            m.id: open_transport(m) for m in config.mailboxes}
        self.executor = Executor(
            store, self.transports, self.sources, scan=self.classifier.sensitive,
            envelope_from={m.id: getattr(m.send, "envelope_from", None) or m.address
                           for m in config.mailboxes},
            shadow=config.mode == "shadow", notice=self._held_notice)
        self.scheduler = Scheduler(config, store)
        self.leases = Leases(store.engine)
        self.drafts = DraftWatcher(config, store, self.sources, self.classifier)
        self.stopping = False

    def _held_notice(self, row: Outbox, reason: str, case_number: str | None,
                     now: dt.datetime) -> Composed | None:
        return held_notice(self.config, self.config.mailbox(row.mailbox_id), case_number,
                           row.kind, reason, row.kind, now)

    # -- one pass ----------------------------------------------------------------------

    def run_once(self) -> PassStats:
        stats = PassStats()
        for mailbox in self.config.mailboxes:
            if self.stopping:
                break
            self.work_mailbox(mailbox, stats)
        if not self.stopping:
            stats.scheduled = self.housekeeping(self.clock())
        stats.outbox = self.executor.run(self.clock())
        return stats

    def work_mailbox(self, mailbox: MailboxCfg, stats: PassStats) -> bool:
        """One mailbox's share of a pass, as `run_once` and each worker of the service
        (daemon.service) do it: new mail, mail a person moved into a decision folder, a
        member's drafts and sent mail. Never raises: one mailbox failing never stops the
        others. False when another instance holds the mailbox (PostgreSQL leases)."""
        if not self.leases.holds(mailbox.id):
            return False
        try:
            self.poll(mailbox, stats)
            if not self.stopping:
                self.poll_decisions(mailbox, stats)
        except TemporaryFailure as exc:
            stats.mailbox_errors += 1
            metrics.record_adapter_error(mailbox.id, "unavailable")
            logs.warning("mailbox.unavailable", mailbox=mailbox.id, error=str(exc)[:120])
        except Exception as exc:
            stats.mailbox_errors += 1
            metrics.record_adapter_error(mailbox.id, type(exc).__name__)
            logs.error("mailbox.error", mailbox=mailbox.id, error=type(exc).__name__)
        if not self.stopping and mailbox.role == "council_member":
            # In this mailbox's own thread: its IMAP connection serves one thread only.
            try:
                self.drafts.run(self.clock(), holds=lambda other: other == mailbox.id)
            except Exception as exc:  # the drafts watcher never stops the mail flow
                logs.error("drafts.error", error=type(exc).__name__)
        return True

    def housekeeping(self, now: dt.datetime) -> int:
        """Time-driven work from the database: reminders, escalations, delay notices
        and the weekly digests, queued in the outbox. Never raises. Returns the rows
        queued."""
        try:
            added = self.scheduler.run(now)
            return added + len(enqueue_digests(self.store, self.config, now))
        except Exception as exc:  # the scheduler failing must not stop the mail flow
            logs.error("scheduler.error", error=type(exc).__name__)
            return 0

    def decision_folders(self, mailbox: MailboxCfg) -> list[tuple[str, str]]:
        """(the adapter's folder name, the name staff see) of each decision folder."""
        if mailbox.role == "citizen_advisor":
            # The advisor corrects the registration by folder as well as by category
            # (issue 8); the advisor's cases are never forwarded, so a centre folder
            # names the centre concerned.
            names = ["Afsluttet", *ADVISOR_FOLDERS, *(c.name for c in self.config.centres)]
        else:
            names = [*DECISION_FOLDERS, *(f"Til {c.name}" for c in self.config.centres)]
        if mailbox.source.kind == "maildir":
            # Maildir++: ".Borgerpost.Afsluttet" shows as Borgerpost/Afsluttet.
            return [(f".{FOLDER_ROOT}.{name}", name) for name in names]
        return [(f"{FOLDER_ROOT}/{name}", name) for name in names]

    def poll_decisions(self, mailbox: MailboxCfg, stats: PassStats) -> None:
        """Act on mail a person moved into a folder under Borgerpost/ (issue 7)."""
        source = folder_access(self.sources[mailbox.id])
        if source is None or mailbox.role == "council_member":
            return
        centres = [(c.id, c.name) for c in self.config.centres]
        for folder, shown in self.decision_folders(mailbox):
            with self.store.sessions() as s:
                rows = s.execute(select(Processed.folder, Processed.uid).where(
                    Processed.mailbox_id == mailbox.id,
                    (Processed.folder == folder)
                    | Processed.folder.startswith(folder + ";", autoescape=True))).all()
            done = frozenset((f, u) for f, u in rows)
            for fetched in source.list_folder(folder, skip=done):
                self._decide_folder(mailbox, fetched, shown, centres, stats)

    def _decide_folder(self, mailbox: MailboxCfg, fetched: Fetched, shown: str,
                       centres: list[tuple[str, str]], stats: PassStats) -> None:
        now = self.clock()
        try:
            message = parse(fetched.raw)
        except MessageError as exc:
            self.quarantine(mailbox, fetched, str(exc), None, stats)
            return
        mid_hash = message_id_hash(message.message_id)
        by_ref, by_tag = case_tags(message, self.policy.id_domain)
        case = self.store.find_case_for_thread((message.message_id, *message.thread_ids),
                                               by_ref + by_tag)
        if (case is not None and mailbox.role == "citizen_advisor"
                and shown != "Afsluttet"):
            today = self.policy.calendar.local_date(now)
            with self.store.transaction() as s:
                current = s.get(Case, case.id)
                assert current is not None
                advisor.apply_corrections(s, current, [shown], centres=self.config.centres,
                                          today=today, now=now)
                s.add(Processed(mailbox_id=mailbox.id, folder=fetched.ref.folder,
                                uid=fetched.ref.uid, message_id_hash=mid_hash,
                                arrived_at=fetched.arrived, processed_at=now,
                                outcome="advisor_correction", case_id=case.id))
            logs.info("folder.corrected", mailbox=mailbox.id, case=case.number)
            return
        command = folder_command(shown, centres)
        if case is None or command is None:
            with self.store.transaction() as s:
                s.add(Processed(mailbox_id=mailbox.id, folder=fetched.ref.folder,
                                uid=fetched.ref.uid, message_id_hash=mid_hash,
                                arrived_at=fetched.arrived, processed_at=now,
                                outcome="no_case"))
            logs.warning("folder.no_case", mailbox=mailbox.id, uid=fetched.ref.uid)
            return
        today = self.policy.calendar.local_date(now)
        decision = folder_decision(command, case_ref(case), self.policy, today, shown,
                                   forward=mailbox.forward_mode != "off")
        number = self.persist(mailbox, fetched, message, decision, mid_hash, now)
        stats.decided += 1
        logs.info("folder.decided", mailbox=mailbox.id, case=number, command=command.kind,
                  actions=",".join(a.type for a in decision.actions))

    def poll(self, mailbox: MailboxCfg, stats: PassStats) -> None:
        source = self.sources[mailbox.id]
        state = self.store.mailbox_state(mailbox.id, source.folder, self.clock())
        cursor = state.cursor
        with self.store.sessions() as s:
            # Refs may qualify the folder (IMAP: "INBOX;UIDVALIDITY=7"); the adapter ignores
            # uids of another UIDVALIDITY, so every processed uid of this folder is offered.
            done = frozenset(s.scalars(select(Processed.uid).where(
                Processed.mailbox_id == mailbox.id,
                (Processed.folder == source.folder)
                | Processed.folder.startswith(source.folder + ";", autoescape=True))).all())
        for fetched in source.fetch(cursor, done):
            if self.stopping:
                break
            stats.fetched += 1
            self.process(mailbox, fetched, state.first_start, stats)
        if mailbox.role == "citizen_advisor":
            # Issue 8: the advisor corrects the registration with Outlook categories.
            now = self.clock()
            today = now.astimezone(ZoneInfo(self.config.calendar.timezone)).date()
            with self.store.transaction() as s:
                advisor.sync_corrections(s, source, mailbox.id, self.config.centres, today, now)
        self.store.touch(mailbox.id, source.folder, self.clock())

    # -- one message ---------------------------------------------------------------------

    def _attempt(self, fetched: Fetched) -> int:
        """Count this try (committed before the work, so a crash counts). One upsert."""
        ref = fetched.ref
        dialect = self.store.engine.dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        statement = (insert(Attempt)
                     .values(mailbox_id=ref.mailbox_id, folder=ref.folder, uid=ref.uid, count=1)
                     .on_conflict_do_update(index_elements=["mailbox_id", "folder", "uid"],
                                            set_={"count": Attempt.count + 1})
                     .returning(Attempt.count))
        with self.store.transaction() as s:
            return int(s.execute(statement).scalar_one())

    def process(self, mailbox: MailboxCfg, fetched: Fetched, first_start: dt.datetime,
                stats: PassStats) -> None:
        ref = fetched.ref
        now = self.clock()
        if self._attempt(fetched) > MAX_ATTEMPTS:
            self.quarantine(mailbox, fetched, "crashed_repeatedly", None, stats)
            return
        try:
            message = parse(fetched.raw)
        except MessageError as exc:
            self.quarantine(mailbox, fetched, str(exc), None, stats)
            return
        mid_hash = message_id_hash(message.message_id)
        if self.store.is_processed(mailbox.id, ref.folder, ref.uid, mid_hash):
            stats.skipped += 1
            self._record_skip(mailbox, fetched, mid_hash, now)
            return
        try:
            local_today = now.astimezone(ZoneInfo(self.config.calendar.timezone)).date()
            classification = self.classifier.classify(message, today=local_today,
                                                      mailbox=mailbox.id)
            history = self.history(message, first_start, now)
            decision = decide(message, classification, mailbox_policy(mailbox), self.policy,
                              history, fetched.arrived, now)
        except Exception as exc:
            self.quarantine(mailbox, fetched, f"classify_failed:{type(exc).__name__}",
                            mid_hash, stats)
            return
        case_number = self.persist(mailbox, fetched, message, decision, mid_hash, now)
        stats.decided += 1
        metrics.record_decision(mailbox.id, decision.reason)
        logs.info("message.decided", mailbox=mailbox.id, uid=ref.uid,
                  msg=logs.short_hash(message.message_id), case=case_number,
                  reason=decision.reason, centre=decision.centre,
                  sensitive=",".join(decision.sensitive),
                  actions=",".join(a.type for a in decision.actions))

    def history(self, message: Message, first_start: dt.datetime,
                now: dt.datetime) -> History:
        by_ref, by_tag = case_tags(message, self.policy.id_domain)
        case = self.store.find_case_for_thread(message.thread_ids, by_ref + by_tag)
        receipts = 0
        if message.sender is not None:
            receipts = self.store.receipts_to(message.sender.addr, now - dt.timedelta(days=1))
        return History(first_start=first_start, case=case_ref(case) if case else None,
                       receipts_to_sender_24h=receipts)

    def _record_skip(self, mailbox: MailboxCfg, fetched: Fetched, mid_hash: str,
                     now: dt.datetime) -> None:
        with self.store.transaction() as s:
            s.add(Processed(mailbox_id=mailbox.id, folder=fetched.ref.folder,
                            uid=fetched.ref.uid, message_id_hash=mid_hash,
                            arrived_at=fetched.arrived, processed_at=now, outcome="duplicate"))
            self._save_cursor(s, mailbox, fetched, now)
        metrics.record_decision(mailbox.id, "duplicate")

    def quarantine(self, mailbox: MailboxCfg, fetched: Fetched, reason: str,
                   mid_hash: str | None, stats: PassStats) -> None:
        now = self.clock()
        stats.quarantined += 1
        with self.store.transaction() as s:
            s.add(Processed(mailbox_id=mailbox.id, folder=fetched.ref.folder,
                            uid=fetched.ref.uid, message_id_hash=mid_hash or "",
                            arrived_at=fetched.arrived, processed_at=now,
                            outcome="quarantined"))
            s.add(Outbox(mailbox_id=mailbox.id, kind="categories",
                         idempotency_key=f"categories:{mailbox.id}:{fetched.ref.folder}:"
                                         f"{fetched.ref.uid}",
                         payload={"folder": fetched.ref.folder, "uid": fetched.ref.uid,
                                  "categories": [QUARANTINE_CATEGORY]},
                         state="pending", created_at=now, recipients=[]))
            self.store.event(s, now, "message.quarantined", mailbox_id=mailbox.id,
                             uid=fetched.ref.uid, reason=reason)
            self._save_cursor(s, mailbox, fetched, now)
        metrics.record_quarantine(mailbox.id, reason)
        logs.warning("message.quarantined", mailbox=mailbox.id, uid=fetched.ref.uid,
                     reason=reason, size=len(fetched.raw))

    # -- persist: the decision, the case and the outbox in one transaction ------------------

    def persist(self, mailbox: MailboxCfg, fetched: Fetched, message: Message,
                decision: Decision, mid_hash: str, now: dt.datetime) -> str | None:
        ref = fetched.ref
        with self.store.transaction() as s:
            case: Case | None = None
            anonymous = False
            if decision.opens_case:
                year = fetched.arrived.astimezone(ZoneInfo(self.config.calendar.timezone)).year
                registered = any(isinstance(a, Register) and a.why == "before_cutoff"
                                 for a in decision.actions)
                citizen = decision.citizen
                case = Case(
                    number=self.store.next_case_number(s, year), mailbox_id=mailbox.id,
                    state=lifecycle.REGISTERED if registered else lifecycle.RECEIVED,
                    reason=decision.reason, centre=decision.centre,
                    sensitive=",".join(decision.sensitive),
                    citizen_addr=citizen.addr if citizen else None,
                    citizen_name=citizen.name if citizen else None,
                    forwarded_by=decision.forwarded_by.addr if decision.forwarded_by else None,
                    subject=message.subject, inquiry_message_id=message.message_id,
                    received_at=fetched.arrived, answer_deadline=decision.answer_deadline,
                    draft_deadline=decision.draft_deadline, created_at=now, updated_at=now)
                s.add(case)
                s.flush()
                s.add(Body(case_id=case.id, raw=fetched.raw))
                if mailbox.role == "citizen_advisor":
                    # Issue 8: every advisor inquiry is registered for the statistics, in
                    # the same transaction; an anonymous citizen's name leaves the case here.
                    zone = ZoneInfo(self.config.calendar.timezone)
                    registration = advisor.register_inquiry(
                        s, case, message, Classification(centre=decision.centre),
                        mailbox_id=mailbox.id, mailbox_address=mailbox.address,
                        folder=ref.folder, uid=ref.uid, centres=self.config.centres,
                        municipality=self.config.municipality,
                        id_domain=self.config.id_domain,
                        today=fetched.arrived.astimezone(zone).date(), now=now,
                        callback_deadline=next((a.deadline for a in decision.actions
                                                if isinstance(a, SendReceipt)), None))
                    anonymous = registration.anonymous
            elif decision.case_number:
                case = s.scalar(select(Case).where(Case.number == decision.case_number))
            inquiry, inquiry_raw, received = message, fetched.raw, fetched.arrived
            if case is not None and not decision.opens_case:
                inquiry, inquiry_raw, received = self._inquiry_of(s, case, message, fetched)
            for action in decision.actions:
                if isinstance(action, SendReceipt | Forward | SendDelayNotice | JournalCopy):
                    assert case is not None, "outgoing mail belongs to a case"
                    if anonymous and isinstance(action, SendReceipt):
                        # Seed 003: the anonymous citizen is not named, not even to herself.
                        action = dataclasses.replace(action, to=Address(action.to.addr))
                    composed = compose(action, decision, case.number, inquiry, inquiry_raw,
                                       mailbox, self.config, received, now)
                    self._add_outbox(s, new_case=decision.opens_case, row=Outbox(
                        case_id=case.id, mailbox_id=mailbox.id, kind=composed.key.split("-")[0],
                        idempotency_key=f"{case.number}.{composed.key}",
                        message_id=composed.message_id, recipients=list(composed.recipients),
                        external=any(not self.config.is_internal(r)
                                     for r in composed.recipients),
                        raw=composed.raw, state="pending", created_at=now, payload={}))
                elif isinstance(action, SetCategories):
                    self._add_outbox(s, new_case=False, row=Outbox(
                        case_id=case.id if case else None, mailbox_id=mailbox.id,
                        kind="categories",
                        idempotency_key=f"categories:{mailbox.id}:{ref.folder}:{ref.uid}",
                        payload={"folder": ref.folder, "uid": ref.uid,
                                 "categories": list(action.categories)},
                        state="pending", created_at=now, recipients=[]))
                elif isinstance(action, CaseEvent):
                    assert case is not None and case.number == action.case_number
                    apply_event(self.store, s, case, action.event, now, via=action.via,
                                new_deadline=action.new_deadline, centre=action.centre)
                elif isinstance(action, AttachToCase | Register):
                    pass   # recorded by the decision event below
            s.add(Processed(mailbox_id=mailbox.id, folder=ref.folder, uid=ref.uid,
                            message_id_hash=mid_hash, arrived_at=fetched.arrived,
                            processed_at=now, outcome=decision.reason,
                            case_id=case.id if case else None))
            self.store.event(s, now, "message.decided", case_id=case.id if case else None,
                             mailbox_id=mailbox.id, uid=ref.uid, reason=decision.reason,
                             centre=decision.centre, sensitive=list(decision.sensitive),
                             actions=[a.type for a in decision.actions],
                             trace=list(decision.trace))
            self._save_cursor(s, mailbox, fetched, now)
            return case.number if case else None

    def _save_cursor(self, session: Session, mailbox: MailboxCfg, fetched: Fetched,
                     now: dt.datetime) -> None:
        # The state row is keyed by the source's folder ("INBOX"), not the ref's
        # UIDVALIDITY-qualified one, so a UIDVALIDITY change keeps the first start.
        if fetched.cursor is not None:
            self.store.save_cursor(session, mailbox.id, self.sources[mailbox.id].folder,
                                   fetched.cursor, now)

    def _inquiry_of(self, session: Session, case: Case, message: Message,
                    fetched: Fetched) -> tuple[Message, bytes, dt.datetime]:
        """The case's original inquiry: what a re-route or a journal copy carries."""
        body = session.scalar(select(Body).where(Body.case_id == case.id).limit(1))
        if body is not None and body.raw is not None:
            try:
                return parse(body.raw), body.raw, case.received_at
            except MessageError:
                pass
        return message, fetched.raw, case.received_at

    @staticmethod
    def _add_outbox(session: Session, *, new_case: bool, row: Outbox) -> None:
        """Insert unless an action with the same idempotency key exists (exactly once).
        A case opened in this transaction has a new number, and its mails' keys carry
        it: nothing can hold them yet, so they are not looked up."""
        if new_case:
            session.add(row)
            return
        exists = session.scalar(select(Outbox.id).where(
            Outbox.idempotency_key == row.idempotency_key).limit(1))
        if exists is None:
            session.add(row)

    # -- the daemon ---------------------------------------------------------------------

    def close(self) -> None:
        self.leases.release_all()
        for source in self.sources.values():
            source.close()
        for transport in self.transports.values():
            transport.close()
