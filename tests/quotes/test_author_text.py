"""``author_text`` is ``split_reply(...).new`` with the splitter skipped for mail that
can hold no quote marker: the two must agree on every text, marker or not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.quotes import _may_hold_quote, author_text, split_reply

ROOT = Path(__file__).resolve().parents[2]
SHARED_QUOTES = ROOT.parent / "shared" / "benchmarks" / "quotes"


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "benchmarks" / "sensitive_independent").glob("corpus*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for path in sorted((ROOT / "benchmarks" / "quotes" / "danish").glob("*.case")):
        texts.append(path.read_text("utf-8"))
    return texts


def test_author_text_equals_the_splitters_new_text_on_every_corpus_mail() -> None:
    texts = _corpus_texts()
    assert len(texts) > 10_000
    fast = [t for t in texts if not _may_hold_quote(t)]
    # Most mail quotes nothing, so the fast path is the common one ...
    assert len(fast) > len(texts) // 2
    # ... and the Danish reply set, all quoted replies, never takes it wrongly.
    differ = [i for i, t in enumerate(texts) if author_text(t) != split_reply(t).new]
    assert differ == []


@pytest.mark.skipif(not SHARED_QUOTES.is_dir(), reason="../shared/benchmarks not beside the repo")
def test_author_text_equals_the_splitters_new_text_on_the_public_reply_fixtures() -> None:
    texts = [p.read_text("utf-8", errors="replace") for p in sorted(SHARED_QUOTES.rglob("*.txt"))]
    assert len(texts) > 100
    assert [i for i, t in enumerate(texts) if author_text(t) != split_reply(t).new] == []


@pytest.mark.parametrize(
    "text",
    [
        "> citat\nsvar",
        "JJ> citat\nJJ> mere\nsvar",
        "Svar her\n\n-----Oprindelig meddelelse-----\nFra: Jens\nhej",
        "Svar\n\nFra: Jens Jensen <jj@x.dk>\nSendt: 3. maj 2025 10:12\nTil: os\nEmne: SV: x\n\nhej",
        "Svar\n\nDen 3. maj 2025 kl. 10.12 skrev Jens Jensen <jj@x.dk>:\n> hej",
        "Svar\n\nOn Mon, 3 Mar 2025 at 10:12, Jens <jj@x.dk> wrote:\n> hej",
        "Svar\n\n2016-03-03 17:21 GMT+01:00 Jens Jensen <jj@x.dk>:\nhej",
        "Svar\n\nBegin forwarded message:\nFrom: a@b.c\nhej",
        "Svar\u200b\n\nFr\u200ba: Jens <jj@x.dk>\nSendt: 3. maj 2025 10:12\n\nhej",
        "Svar\r\n\r\n> citat",
    ],
)
def test_a_text_with_a_marker_goes_to_the_splitter(text: str) -> None:
    assert _may_hold_quote(text)
    assert author_text(text) == split_reply(text).new


def test_plain_mail_skips_the_splitter() -> None:
    text = "Hej\n\n\nJeg har fået en ny hofte.  \nDet går fint.\n\nMvh Peter\n\n"
    assert not _may_hold_quote(text)
    assert author_text(text) == split_reply(text).new == (
        "Hej\n\nJeg har fået en ny hofte.\nDet går fint.\n\nMvh Peter"
    )


_PIECES = st.sampled_from([
    "Hej Jens", "Jeg er syg.", "Mvh Peter", "", " ", "\t", ">", "> ", "JJ>", "-----",
    "-----Oprindelig meddelelse-----", "Fra:", "Fra: Jens <jj@x.dk>", "*Fra:* Jens",
    "Sendt: 3. maj 2025 10:12", "Til: os", "Emne: SV: møde", "From: a@b.c",
    "Den 3. maj 2025 kl. 10.12 skrev Jens <jj@x.dk>:", "skrev", "wrote:",
    "On Mon, 3 Mar 2025, Jens <jj@x.dk> wrote:", "2016-03-03 17:21 GMT+01:00 J <j@x.dk>:",
    "Videresendt besked:", "Begin forwarded message:", "\u200b", "\u1427", "\r", "写道",
    "Jeg har følgende spørgsmål:", "kl. 10:12", "j@x.dk", "____", "~~", "– tankestreg",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=4).map(" ".join), max_size=12).map("\n".join))
def test_author_text_equals_the_splitters_new_text_on_any_mix_of_markers(text: str) -> None:
    assert author_text(text) == split_reply(text).new
