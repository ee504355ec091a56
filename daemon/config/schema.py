"""The rules.yaml contract (DESIGN.md), as strict pydantic models.

Unknown keys are errors everywhere (`extra="forbid"`): a misspelt key would otherwise be
silently ignored, and a municipality would run for months on a default it did not choose.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from classifiers.categories import CATEGORIES as SENSITIVE_CATEGORIES
from daemon.core.roles import ROLE_DEFAULTS, Role

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
_DOMAIN = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_MMDD = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")


def _email(value: str) -> str:
    if not _EMAIL.match(value):
        raise ValueError("not a mail address")
    return value.lower()


def _domain(value: str) -> str:
    value = value.lower().strip(".")
    if not _DOMAIN.match(value):
        raise ValueError("not a domain name")
    return value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Email = Annotated[str, Field(min_length=3, max_length=254)]
Security = Literal["tls", "starttls", "none"]


class _BaseDirMixin(Strict):
    """Paths in rules.yaml are relative to the file itself, not to the working directory."""

    path: str

    @field_validator("path")
    @classmethod
    def _absolute(cls, value: str, info: ValidationInfo) -> str:
        base = (info.context or {}).get("base_dir")
        candidate = Path(value).expanduser()
        if not candidate.is_absolute() and base is not None:
            candidate = Path(base) / candidate
        return str(candidate)


def _maildir_folder(value: str) -> str:
    # A Maildir++ folder is a directory ".Name" beside cur/new/tmp (".Sent",
    # ".INBOX.Drafts" style nesting uses dots); never a path that leaves the Maildir.
    if not re.fullmatch(r"\.[^/\\\x00]+", value) or value in (".", "..") or ".." in value:
        raise ValueError("write a Maildir++ folder as .Name (e.g. .Drafts)")
    return value


class MaildirSource(_BaseDirMixin):
    kind: Literal["maildir"]
    # Issue 4: the council member's drafts and sent mail, as Maildir++ subfolders of
    # `path`. Read only when the mailbox has `drafts:` or `sent_audit:` on.
    drafts_folder: str = ".Drafts"
    sent_folder: str = ".Sent"

    _folders = field_validator("drafts_folder", "sent_folder")(
        lambda cls, v: _maildir_folder(v))


class OAuth2(Strict):
    """App-only OAuth2 (client credentials) against Microsoft Entra ID."""

    tenant_id: str
    client_id: str
    client_secret: SecretStr | None = None
    certificate_path: str | None = None
    certificate_thumbprint: str | None = None
    authority: str | None = None   # default https://login.microsoftonline.com/{tenant_id}
    scope: str | None = None       # default per protocol (IMAP/SMTP: outlook.office365.com)

    @model_validator(mode="after")
    def _one_credential(self) -> OAuth2:
        if (self.client_secret is None) == (self.certificate_path is None):
            raise ValueError("give exactly one of client_secret and certificate_path")
        return self


class ImapSource(Strict):
    kind: Literal["imap"]
    host: str
    port: int = Field(993, ge=1, le=65535)
    security: Security = "tls"
    username: str
    password: SecretStr | None = None
    auth: Literal["login", "oauth2"] = "login"
    oauth2: OAuth2 | None = None
    folder: str = "INBOX"
    sent_folder: str | None = None      # where the send transport keeps copies (exactly-once)
    drafts_folder: str = "Drafts"       # issue 4: the council member's drafts (drafts:)
    idle: bool = True                   # IMAP IDLE push where the server offers it
    poll_seconds: int = Field(60, ge=5, le=3600)
    timeout_seconds: float = Field(30, gt=0, le=600)
    verify_tls: bool = True

    @model_validator(mode="after")
    def _credentials(self) -> ImapSource:
        if self.auth == "login" and self.password is None:
            raise ValueError("auth: login needs a password")
        if self.auth == "oauth2" and self.oauth2 is None:
            raise ValueError("auth: oauth2 needs an oauth2: block")
        return self


class GraphSource(Strict):
    kind: Literal["graph"]
    user: str                            # the mailbox's UPN or id
    oauth2: OAuth2
    folder: str = "inbox"
    base_url: str = "https://graph.microsoft.com/v1.0"
    poll_seconds: int = Field(60, ge=5, le=3600)
    max_concurrency: int = Field(4, ge=1, le=4)
    page_size: int = Field(50, ge=1, le=1000)      # Prefer: odata.maxpagesize for delta
    timeout_seconds: float = Field(60, gt=0, le=600)


def _ews_build(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d+\.\d+(\.\d+){0,2}", value):
        raise ValueError("write the Exchange build as digits, e.g. 15.1.2507.6")
    return value


class EwsSource(Strict):
    kind: Literal["ews"]
    primary_smtp_address: str
    server: str | None = None            # None: autodiscover
    username: str | None = None
    password: SecretStr | None = None
    auth_type: Literal["ntlm", "basic", "oauth2"] = "ntlm"
    oauth2: OAuth2 | None = None
    folder: str = "inbox"
    poll_seconds: int = Field(60, ge=5, le=3600)
    verify_tls: bool = True
    # A server build such as "15.1.2507.6" skips exchangelib's version probe; a full URL
    # in `server` (https://.../EWS/Exchange.asmx) is used as the endpoint as is.
    version: str | None = None
    max_connections: int = Field(4, ge=1, le=16)
    # Issue 4: the council member's drafts and sent mail. EWS distinguished folder names
    # (the same in every mailbox language), or a display-name path as for `folder`.
    # Read only when the mailbox has `drafts:` or `sent_audit:` on.
    drafts_folder: str = "drafts"
    sent_folder: str = "sentitems"

    @field_validator("version")
    @classmethod
    def _build(cls, value: str | None) -> str | None:
        return _ews_build(value)

    @model_validator(mode="after")
    def _credentials(self) -> EwsSource:
        if self.auth_type in ("ntlm", "basic") and (self.username is None
                                                      or self.password is None):
            raise ValueError(f"auth_type: {self.auth_type} needs username and password")
        if self.auth_type == "oauth2" and self.oauth2 is None:
            raise ValueError("auth_type: oauth2 needs an oauth2: block")
        return self


Source = Annotated[MaildirSource | ImapSource | GraphSource | EwsSource,
                   Field(discriminator="kind")]


class MaildirSend(_BaseDirMixin):
    kind: Literal["maildir"]


class SmtpSend(Strict):
    kind: Literal["smtp"]
    host: str
    port: int = Field(587, ge=1, le=65535)
    security: Security = "starttls"
    username: str | None = None
    password: SecretStr | None = None
    auth: Literal["none", "login", "oauth2"] = "login"
    oauth2: OAuth2 | None = None
    envelope_from: str | None = None     # default: the mailbox address
    rate_per_minute: int = Field(30, ge=1, le=10000)   # Exchange Online allows 30/min
    # Keep a copy of what was sent in the source's sent_folder (IMAP sources only); set
    # false where the server saves SMTP submissions to Sent itself. See transports/smtp.py.
    append_to_sent: bool = True
    timeout_seconds: float = Field(30, gt=0, le=600)
    verify_tls: bool = True

    @model_validator(mode="after")
    def _credentials(self) -> SmtpSend:
        if self.auth == "login" and (self.username is None or self.password is None):
            raise ValueError("auth: login needs username and password")
        if self.auth == "oauth2" and self.oauth2 is None:
            raise ValueError("auth: oauth2 needs an oauth2: block")
        return self


class GraphSend(Strict):
    kind: Literal["graph"]
    user: str | None = None              # default: the source's user
    oauth2: OAuth2 | None = None         # default: the source's credentials
    base_url: str = "https://graph.microsoft.com/v1.0"
    max_concurrency: int = Field(4, ge=1, le=4)    # shared with the source's requests
    timeout_seconds: float = Field(60, gt=0, le=600)


class EwsSend(Strict):
    """Every connection key defaults to the mailbox's `source:` when that is EWS too."""

    kind: Literal["ews"]
    primary_smtp_address: str | None = None
    server: str | None = None
    username: str | None = None
    password: SecretStr | None = None
    auth_type: Literal["ntlm", "basic", "oauth2"] | None = None
    oauth2: OAuth2 | None = None
    verify_tls: bool | None = None
    version: str | None = None

    _build = field_validator("version")(lambda cls, v: _ews_build(v))


Send = Annotated[MaildirSend | SmtpSend | GraphSend | EwsSend, Field(discriminator="kind")]


class CalendarCfg(Strict):
    country: Literal["DK"] = "DK"
    closed_days: tuple[str, ...] = ("06-05", "12-24", "12-31")
    timezone: str = "Europe/Copenhagen"

    @field_validator("closed_days")
    @classmethod
    def _mmdd(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for day in value:
            if not _MMDD.match(day):
                raise ValueError(f"{day!r} is not a day written MM-DD")
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("unknown time zone") from None
        return value


class DeadlinesCfg(Strict):
    receipt_days: int = Field(10, ge=1, le=60)
    draft_days: int = Field(7, ge=1, le=60)
    advisor_callback_days: int = Field(1, ge=1, le=30)


class LimitsCfg(Strict):
    receipts_per_sender_per_day: int = Field(3, ge=1, le=1000)


class WeightedKeyword(Strict):
    word: str = Field(min_length=1)
    weight: float = Field(1.0, gt=0, le=10)


class CentreCfg(Strict):
    id: str
    name: str
    chief: Email
    director: Email | None = None
    # A keyword is a word or phrase, or {word: ..., weight: ...} (default weight 1).
    keywords: tuple[str | WeightedKeyword, ...] = ()
    kle: tuple[str, ...] = ()          # KLE prefixes this centre handles ("27", "32.18")

    @field_validator("kle")
    @classmethod
    def _kle(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for prefix in value:
            if not re.fullmatch(r"\d{2}(\.\d{2}){0,2}", prefix):
                raise ValueError(f"{prefix!r} is not a KLE number like 27 or 27.36")
        return value

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(k if isinstance(k, str) else k.word for k in self.keywords)

    @property
    def weights(self) -> tuple[tuple[str, float], ...]:
        return tuple((k.word.lower(), k.weight) for k in self.keywords
                     if not isinstance(k, str))

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError("use lower-case letters, digits and hyphens")
        return value

    _chief = field_validator("chief", "director")(lambda cls, v: None if v is None else _email(v))


class RoutingRuleCfg(Strict):
    """One ordered routing rule: every condition given must hold; the first rule wins."""

    centre: str
    mailbox: str | None = None
    sender: str | None = None
    sender_domain: str | None = None
    keyword: str | None = None
    kle: str | None = None

    @model_validator(mode="after")
    def _some_condition(self) -> RoutingRuleCfg:
        if not any((self.mailbox, self.sender, self.sender_domain, self.keyword, self.kle)):
            raise ValueError("a rule needs at least one condition "
                             "(mailbox, sender, sender_domain, keyword, kle)")
        return self


class MailboxCfg(Strict):
    id: str
    role: Role
    address: Email
    pa: Email | None = None
    source: Source
    send: Send
    receipt: Literal["auto", "off"] | None = None        # default per role (daemon.core.roles)
    forward: Literal["auto", "on_decision", "off"] | None = None
    # Issue 4, council members only (seed 000: the member must delete the citizen's
    # quoted text when it holds confidential data). See daemon/drafts.py.
    drafts: Literal["sanitize", "warn", "off"] = "off"
    drafts_idle_minutes: int = Field(10, ge=1, le=1440)
    sent_audit: Literal["on", "off"] = "off"

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError("use lower-case letters, digits and hyphens")
        return value

    _addr = field_validator("address", "pa")(lambda cls, v: None if v is None else _email(v))

    @model_validator(mode="after")
    def _council_member_only(self) -> MailboxCfg:
        if self.role != "council_member" and (self.drafts != "off" or self.sent_audit != "off"):
            raise ValueError(
                "drafts and sent_audit are for role council_member only: they guard a "
                "member's own replies from an unsafe channel (seed 000); the other roles' "
                "mail goes out through Borgerpost's outbox, which holds sensitive mail to "
                "external addresses itself")
        if self.drafts != "off" or self.sent_audit != "off":
            if self.source.kind not in ("maildir", "imap", "graph", "ews"):
                raise ValueError(f"drafts and sent_audit are not yet supported for source "
                                 f"kind {self.source.kind} (maildir, imap, graph and ews "
                                 f"only)")
            if (self.sent_audit == "on" and isinstance(self.source, ImapSource)
                    and not self.source.sent_folder):
                raise ValueError("sent_audit: on needs source.sent_folder (the IMAP folder "
                                 "where the member's sent mail is kept, e.g. Sent)")
        return self

    @property
    def receipt_mode(self) -> str:
        return self.receipt or ROLE_DEFAULTS[self.role].receipt

    @property
    def forward_mode(self) -> str:
        return self.forward or ROLE_DEFAULTS[self.role].forward


Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class DigestCfg(Strict):
    enabled: bool = True
    weekday: Weekday = "monday"
    time: dt.time = dt.time(7, 0)


class SensitiveCfg(Strict):
    min_score: float | None = Field(None, ge=0, le=1)
    extra_terms: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    exclude_phrases: tuple[str, ...] = ()
    # The categories the learned veto may drop (classifiers/sensitive/veto.py); None:
    # the detector's default, []: off.
    veto: tuple[Literal["health", "economy_social"], ...] | None = None
    # The categories the learned rescue may add (classifiers/sensitive/rescue.py); None:
    # the detector's default, []: off.
    rescue: tuple[Literal["economy_social"], ...] | None = None


class TrustCfg(Strict):
    """What proves that a mail really comes from an internal user ("Trust no From")."""

    # Both kinds of evidence hold only where our own mail servers remove look-alikes from
    # mail that enters from outside: Exchange strips its X-MS-Exchange-Organization-*
    # headers at the border; RFC 8601 section 5 obliges a border MTA to remove
    # Authentication-Results that carry its own authserv-id. Off unless configured.
    authserv_ids: tuple[str, ...] = ()   # our own servers' Authentication-Results ids
    exchange_internal: bool = False      # X-MS-Exchange-Organization-AuthAs: Internal


class RemindersCfg(Strict):
    """Reminders and escalations (issue 7), sent only on working days within office hours."""

    office_hours: tuple[dt.time, dt.time] = (dt.time(8, 0), dt.time(16, 0))
    answer_warning_days: int = Field(2, ge=1, le=10)   # "answer due in 2 working days"
    delay_notice: Literal["manual", "auto"] = "manual"   # auto: tell the citizen when overdue
    auto_extension_days: int = Field(5, ge=1, le=30)   # the new deadline an auto notice gives

    @model_validator(mode="after")
    def _hours(self) -> RemindersCfg:
        if self.office_hours[0] >= self.office_hours[1]:
            raise ValueError("office_hours: the start must lie before the end")
        return self


class MetricsCfg(Strict):
    """Prometheus metrics and /healthz (issue 9). Off unless a port is given."""

    port: int | None = Field(None, ge=1, le=65535)   # e.g. 9464; None: no HTTP server
    # Loopback only: the endpoints name mailboxes and counts, and they have no
    # authentication; a scraper on another host goes through a proxy that adds it.
    listen: Literal["127.0.0.1", "::1", "localhost"] = "127.0.0.1"
    # /healthz answers 503 when a mailbox has not synced for this long (a few polls).
    healthy_sync_age_seconds: int = Field(600, ge=10, le=86400)


class RetentionCfg(Strict):
    """How long personal data is kept (issue 9; daemon/retention.py, `borgerpost purge`)."""

    # Bodies, outgoing mail and the citizen's name, address and subject are purged this
    # many days after the case's last change (its closure, for a closed case).
    body_days: int = Field(90, ge=1, le=3650)
    # The case itself (number, dates, state, centre) is deleted this many days after its
    # closure; None keeps case metadata for the yearly statistics.
    metadata_days: int | None = Field(None, ge=1, le=36500)

    @model_validator(mode="after")
    def _order(self) -> RetentionCfg:
        if self.metadata_days is not None and self.metadata_days < self.body_days:
            raise ValueError("metadata_days must not be shorter than body_days")
        return self


class LoggingCfg(Strict):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    format: Literal["json", "text"] = "json"


class Config(Strict):
    municipality: str
    mode: Literal["live", "shadow"] = "live"
    cutoff: dt.datetime | None = None
    internal_domains: tuple[str, ...] = Field(min_length=1)
    authority_domains: tuple[str, ...] = ()
    calendar: CalendarCfg = CalendarCfg()
    deadlines: DeadlinesCfg = DeadlinesCfg()
    database: str = "sqlite:///borgerpost.db"
    limits: LimitsCfg = LimitsCfg()
    centres: tuple[CentreCfg, ...] = Field(min_length=1)
    routing: tuple[RoutingRuleCfg, ...] = ()
    mailboxes: tuple[MailboxCfg, ...] = Field(min_length=1)
    digest: DigestCfg = DigestCfg()
    message_id_domain: str | None = None
    sensitive: SensitiveCfg = SensitiveCfg()
    logging: LoggingCfg = LoggingCfg()
    journal: Email | None = None      # copies for journalising in SBSYS (seed 004)
    trust: TrustCfg = TrustCfg()
    reminders: RemindersCfg = RemindersCfg()
    metrics: MetricsCfg = MetricsCfg()
    retention: RetentionCfg = RetentionCfg()
    source_path: Path | None = Field(None, exclude=True)

    _domains = field_validator("internal_domains", "authority_domains")(
        lambda cls, v: tuple(_domain(d) for d in v))

    @field_validator("database")
    @classmethod
    def _sqlite_beside_config(cls, value: str, info: ValidationInfo) -> str:
        # A relative SQLite path is relative to rules.yaml, like the Maildir paths, so the
        # daemon finds its state whatever directory systemd or a person starts it from.
        prefix = "sqlite:///"
        base = (info.context or {}).get("base_dir")
        if value.startswith(prefix) and base is not None:
            path = value[len(prefix):]
            if path and not path.startswith(("/", ":memory:")):
                return prefix + str((Path(base) / path).resolve())
        return value

    @field_validator("cutoff")
    @classmethod
    def _aware(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("give a time zone, e.g. 2026-11-01T00:00:00+01:00")
        return value

    @property
    def id_domain(self) -> str:
        return self.message_id_domain or self.internal_domains[0]

    def mailbox(self, mailbox_id: str) -> MailboxCfg:
        for mailbox in self.mailboxes:
            if mailbox.id == mailbox_id:
                return mailbox
        raise KeyError(mailbox_id)

    def centre(self, centre_id: str) -> CentreCfg:
        for centre in self.centres:
            if centre.id == centre_id:
                return centre
        raise KeyError(centre_id)

    def is_internal(self, address: str) -> bool:
        domain = address.rpartition("@")[2].lower()
        return any(domain == d or domain.endswith("." + d) for d in self.internal_domains)


def cross_checks(config: Config) -> list[tuple[tuple[str | int, ...], str]]:
    """Rules that span keys. Each problem: (path in the document, what is wrong)."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for key, items in (("centres", config.centres), ("mailboxes", config.mailboxes)):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.id in seen:
                problems.append(((key, i, "id"), f"{item.id!r} is used twice"))
            seen.add(item.id)
    for i, centre in enumerate(config.centres):
        # A forward carries the inquiry with its sensitive data: it may only go to a
        # safe (internal) address (seed 000).
        for field in ("chief", "director"):
            addr = getattr(centre, field)
            if addr and not config.is_internal(addr):
                problems.append((("centres", i, field),
                                 "must be an address in internal_domains (forwards carry "
                                 "sensitive data)"))
    addresses: set[str] = set()
    for i, mailbox in enumerate(config.mailboxes):
        if not config.is_internal(mailbox.address):
            problems.append((("mailboxes", i, "address"), "must be in internal_domains"))
        if mailbox.pa and not config.is_internal(mailbox.pa):
            problems.append((("mailboxes", i, "pa"), "must be in internal_domains"))
        if mailbox.address in addresses:
            problems.append((("mailboxes", i, "address"), "is used by two mailboxes"))
        addresses.add(mailbox.address)
    centre_ids = {c.id for c in config.centres}
    mailbox_ids = {m.id for m in config.mailboxes}
    for i, rule in enumerate(config.routing):
        if rule.centre not in centre_ids:
            problems.append((("routing", i, "centre"), f"{rule.centre!r} is no centre id"))
        if rule.mailbox is not None and rule.mailbox not in mailbox_ids:
            problems.append((("routing", i, "mailbox"), f"{rule.mailbox!r} is no mailbox id"))
    if config.journal and not config.is_internal(config.journal):
        problems.append((("journal",), "must be an address in internal_domains"))
    for category in config.sensitive.extra_terms:
        if category not in SENSITIVE_CATEGORIES:
            problems.append((("sensitive", "extra_terms", category),
                             f"unknown category; use one of {', '.join(SENSITIVE_CATEGORIES)}"))
    return problems


def warnings(config: Config) -> list[str]:
    """What is valid but weaker than it could be; check-config prints these."""
    out: list[str] = []
    for mailbox in config.mailboxes:
        source = mailbox.source
        if mailbox.send.kind == "smtp" and not (isinstance(source, ImapSource)
                                                and source.sent_folder):
            # DESIGN.md step 6: after a crash the executor looks for the Message-ID where
            # sent mail is kept; SMTP itself keeps nothing to look in.
            out.append(f"mailboxes[{mailbox.id}]: send is smtp without an IMAP sent_folder: "
                       "a crash between the server's 250 and the database commit can send "
                       "one message twice")
    return out
