"""The pure core: decide() over plain data, every role and every "not an inquiry" reason."""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.config import load_config, mailbox_policy, policy_from_config
from daemon.core.actions import Forward, Register, SendReceipt, SetCategories
from daemon.core.classification import Classification
from daemon.core.decide import decide
from daemon.core.history import CaseRef, History
from daemon.core.message import Address, Forwarded, Message

from .conftest import RULES

CONFIG = load_config(RULES, env={})
POLICY = policy_from_config(CONFIG)
ARRIVED = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
NOW = ARRIVED + dt.timedelta(minutes=1)
FIRST = ARRIVED - dt.timedelta(days=30)
CITIZEN = Address("karen.j@gmail.com", "Karen Jensen")


def msg(sender: Address | None = CITIZEN, **kw: object) -> Message:
    defaults: dict[str, object] = {"message_id": "<a@b.dk>", "subject": "Hjemmepleje",
                                   "sender": sender}
    defaults.update(kw)
    return Message(**defaults)  # type: ignore[arg-type]


def run(message: Message, mailbox: str, *, centre: str | None = "voksne-velfaerd",
        history: History | None = None, **cls: object):
    classification = Classification(centre=centre, **cls)  # type: ignore[arg-type]
    return decide(message, classification, mailbox_policy(CONFIG.mailbox(mailbox)), POLICY,
                  history or History(first_start=FIRST), ARRIVED, NOW)


def kinds(decision) -> list[str]:
    return [a.type for a in decision.actions]


def test_mayor_pa_receipt_and_forward_to_chief_with_director_in_cc() -> None:
    d = run(msg(), "borgmester-pa")
    assert d.citizen_inquiry and d.reason == "citizen"
    receipt = next(a for a in d.actions if isinstance(a, SendReceipt))
    forward = next(a for a in d.actions if isinstance(a, Forward))
    assert receipt.to == CITIZEN
    assert receipt.deadline == dt.date(2026, 12, 7)      # Mon 23 Nov + 10 working days
    assert forward.to == ("centerchef.cvv@ishoj.dk",)
    assert forward.cc == ("direktoer.social@ishoj.dk",)
    assert forward.draft_deadline == dt.date(2026, 12, 2)
    assert d.opens_case


def test_committee_secretary_as_mayor_pa() -> None:
    assert kinds(run(msg(), "udvalg-social-sundhed")) == ["categories", "receipt", "forward"]


def test_director_assistant_waits_for_decision_on_forward() -> None:
    d = run(msg(), "direktion-social")
    assert kinds(d) == ["categories", "receipt"]
    assert any("on_decision" in line for line in d.trace)


def test_council_member_only_flags() -> None:
    d = run(msg(), "byraad-mette-larsen", sensitive=("cpr", "health"))
    assert d.citizen_inquiry
    assert kinds(d) == ["categories"]
    assert d.actions[0] == SetCategories(("Borgerhenvendelse", "Følsomt: CPR",
                                          "Følsomt: Helbred"))
    assert not d.opens_case


def test_citizen_advisor_receipt_promises_call_back_next_working_day_never_forwards() -> None:
    d = run(msg(), "borgerraadgiver")
    receipt = next(a for a in d.actions if isinstance(a, SendReceipt))
    assert receipt.advisor and receipt.deadline == dt.date(2026, 11, 24)
    assert "forward" not in kinds(d)


def test_no_confident_centre_means_receipt_but_no_forward() -> None:
    d = run(msg(), "borgmester-pa", centre=None)
    assert kinds(d) == ["categories", "receipt"]
    assert "Mangler fordeling" in d.actions[0].categories  # type: ignore[attr-defined]
    assert d.centre is None


def test_main_mailbox_forwarded_inquiry_answers_the_citizen() -> None:
    member = Address("mette.larsen@ishoj.dk", "Mette Larsen")
    original = Forwarded(CITIZEN, "23. nov. 2026", "Hjemmepleje", "tekst", "inline:outlook_da")
    d = run(msg(sender=member), "hovedpostkasse", forwarded=original)
    assert d.reason == "forwarded_citizen" and d.forwarded_by == member
    receipt = next(a for a in d.actions if isinstance(a, SendReceipt))
    assert receipt.to == CITIZEN


@pytest.mark.parametrize("sender,reason", [
    (Address("kontakt@skat.dk"), "authority"),
    (Address("sagsbehandler@mail.politi.dk"), "authority"),
    (Address("kollega@ishoj.dk"), "internal"),
    (None, "no_sender"),
])
def test_not_inquiries_by_sender(sender: Address | None, reason: str) -> None:
    d = run(msg(sender=sender), "borgmester-pa")
    assert not d.citizen_inquiry and d.reason == reason
    assert not any(isinstance(a, SendReceipt | Forward) for a in d.actions)


def test_auto_generated_and_own_and_case_reply() -> None:
    d = run(msg(), "borgmester-pa", auto_generated="Auto-Submitted: auto-replied")
    assert d.reason == "auto_generated" and d.actions == ()
    d = run(msg(message_id="<bp.BH-2026-00001.receipt@ishoj.dk>"), "borgmester-pa")
    assert d.reason == "own_message"
    d = run(msg(), "borgmester-pa",
            history=History(FIRST, case=CaseRef("BH-2026-00001", "forwarded", None)))
    assert d.reason == "case_reply" and d.case_number == "BH-2026-00001"
    assert d.citizen_inquiry      # the citizen adds to the case
    assert kinds(d) == ["attach"]


def test_before_first_start_is_registered_not_receipted() -> None:
    d = run(msg(), "borgmester-pa", history=History(first_start=ARRIVED + dt.timedelta(hours=1)))
    assert d.citizen_inquiry
    assert kinds(d) == ["categories", "register"]
    assert isinstance(d.actions[1], Register) and d.actions[1].why == "before_cutoff"


def test_sender_cap() -> None:
    d = run(msg(), "borgmester-pa", history=History(FIRST, receipts_to_sender_24h=3))
    assert "receipt" not in kinds(d) and "forward" in kinds(d)


def test_json_shape() -> None:
    d = run(msg(), "borgmester-pa", sensitive=("health",))
    j = d.to_json()
    assert set(j) >= {"citizen_inquiry", "reason", "centre", "sensitive", "actions", "trace"}
    assert j["actions"][1] == {"type": "receipt", "to": ["karen.j@gmail.com"],
                               "deadline": "2026-12-07"}
    assert j["actions"][2]["cc"] == ["direktoer.social@ishoj.dk"]
    # The trace names rules, never the sender or the text.
    assert "karen" not in " ".join(j["trace"]).lower()


def test_decide_is_deterministic() -> None:
    assert run(msg(), "borgmester-pa") == run(msg(), "borgmester-pa")
