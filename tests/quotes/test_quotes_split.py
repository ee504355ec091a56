"""Unit tests of classifiers.quotes.split_reply (issue 4)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.quotes import Reply, split_reply

QUOTE = "Min mor har diabetes og cpr 010135-1234."


@pytest.mark.parametrize(
    "attribution",
    [
        "Den 3. marts 2025 kl. 10.12 skrev Jens Jensen <jj@x.dk>:",
        "man. 3. mar. 2025 kl. 10.12 skrev Jens Jensen <jj@x.dk>:",
        "Den man. 3. mar. 2025 kl. 10.12 skrev Jens Jensen <jj@x.dk>:",
        "Den 03.03.2025 kl. 10.12 skrev Jens Jensen:",
        "On Mon, Mar 3, 2025 at 10:12 AM Jens Jensen <jj@x.dk> wrote:",
        "Den 3. marts 2025 kl. 10.12 skrev Jens Jensen <\njj@x.dk>:",
        "Den 3. marts 2025 kl. 10.12 skrev\nJens Jensen\n<jj@x.dk>:",
        "On Mon, Mar 3, 2025 at 10:12 AM, Jens Jensen <jj@x.dk>\nwrote:",
    ],
)
def test_attribution_and_quote_block_are_quoted(attribution: str) -> None:
    body = f"Tak, jeg ser på det.\nAnne\n\n{attribution}\n\n> {QUOTE}\n> Jens\n"
    reply = split_reply(body)
    assert reply.new == "Tak, jeg ser på det.\nAnne"
    assert QUOTE in reply.quoted
    assert "attribution" in reply.reasons
    assert not reply.uncertain


@pytest.mark.parametrize(
    "separator",
    [
        "-----Oprindelig meddelelse-----",
        "-----Original Message-----",
        "---------- Videresendt meddelelse ---------",
        "---------- Forwarded message ---------",
        "Start på videresendt besked:",
        "-------- Oprindelig besked --------",
    ],
)
def test_named_separators_cut_to_the_end(separator: str) -> None:
    body = f"Se nedenfor.\n\n{separator}\nFra: Jens <jj@x.dk>\nEmne: Hjælp\n\n{QUOTE}\n"
    reply = split_reply(body)
    assert reply.new == "Se nedenfor."
    assert QUOTE in reply.quoted and separator in reply.quoted


@pytest.mark.parametrize(
    "block",
    [
        "Fra: Jens Jensen <jj@x.dk>\nSendt: 3. marts 2025 10:12\nTil: Anne\nEmne: Hjælp",
        "From: Jens Jensen <jj@x.dk>\nSent: Monday, March 3, 2025 10:12 AM\nTo: Anne\n"
        "Subject: Help",
        "Fra: Jens Jensen <jj@x.dk>\nDato: mandag, 3. marts 2025 kl. 10.12\nTil: Anne\n"
        "Emne: Hjælp",
        "*From:* Jens Jensen\n*Sent:* 2025-03-03 10:12\n*To:* Anne\n*Subject:* Help",
        "Fra: Jens Jensen <jj@x.dk>\nSendt: 3. marts 2025 10:12\nTil: Anne Holm <a@ishoj.dk>;"
        " Bo\n  Hansen <b@ishoj.dk>\nCc: borgmester@ishoj.dk\nEmne: Hjælp",
    ],
)
def test_outlook_header_blocks_are_quoted(block: str) -> None:
    body = f"Jeg har sendt den videre.\n\n________________________________\n{block}\n\n{QUOTE}"
    reply = split_reply(body)
    assert reply.new == "Jeg har sendt den videre."
    assert QUOTE in reply.quoted
    assert "____" in reply.quoted


def test_typed_letter_head_is_not_a_quote() -> None:
    body = (
        "Til: Ishøj Kommune\nFra: Jens Hansen, Vejlebrovej 40\nDato: 3. marts 2025\n"
        "Emne: Klage\n\nJeg klager over vejarbejdet.\n\nMvh Jens"
    )
    reply = split_reply(body)
    assert reply.new == body
    assert reply.quoted == ""


@pytest.mark.parametrize(
    "prose",
    [
        "Den 3. marts skrev I til mig, at sagen var lukket.",
        "Den 14. april 2025 skrev jeg igen til jer:",
        "Jeg skrev til borgerservice den 3. marts 2025 kl. 10.12 fra jj@gmail.com:",
        "Den 3. marts 2025 skrev kommunen følgende til mig:",
    ],
)
def test_danish_prose_about_writing_is_new_text(prose: str) -> None:
    body = f"Hej Anne\n\n{prose}\nDet forstår jeg ikke.\n\nJens"
    assert split_reply(body).new == body


def test_dash_lists_and_dividers_are_new_text() -> None:
    body = "Punkter:\n- parkering\n- støj\n\n-----\n\nMvh Ole\n------------------------------"
    reply = split_reply(body)
    assert reply.new == body
    assert not reply.uncertain


def test_inline_answers_between_quotes_stay_new() -> None:
    body = (
        "Svar nedenfor.\n\nDen 3. mar. 2025 kl. 10.12 skrev Jens <jj@x.dk>:\n\n"
        "> Hvornår får min mor svar?\n\nInden for fire uger.\n\n> Hun har hjertesvigt.\n\n"
        "Hjemmeplejen kan hjælpe.\n"
    )
    reply = split_reply(body)
    assert reply.new == "Svar nedenfor.\n\nInden for fire uger.\n\nHjemmeplejen kan hjælpe."
    assert "hjertesvigt" in reply.quoted and "Hvornår" in reply.quoted


def test_history_repeat_is_quoted_without_markers() -> None:
    earlier = "Hej Anne\n\nMin mor Karen får hjemmepleje men hjælperne kommer ofte alt for sent.\n"
    body = (
        "Hej Jens\n\nCentret kontakter dig.\n\n"
        "Min mor Karen får hjemmepleje men hjælperne kommer ofte alt for sent.\n\nAnne"
    )
    reply = split_reply(body, history=[earlier])
    assert "hjælperne" not in reply.new
    assert reply.new.startswith("Hej Jens\n\nCentret kontakter dig.")
    assert "Anne" in reply.new
    assert "history_repeat" in reply.reasons
    # Without history the same body has no marker, so nothing is cut.
    assert "hjælperne" in split_reply(body).new


def test_reply_with_nothing_new_is_uncertain() -> None:
    reply = split_reply("-----Oprindelig meddelelse-----\nFra: Jens <jj@x.dk>\n\n" + QUOTE)
    assert reply.new == ""
    assert reply.uncertain


def test_only_unattributed_gt_lines_are_kept_as_the_authors_and_uncertain() -> None:
    # Nothing marks them as someone else's words, and they are all there is: kept as
    # sent, but uncertain, so that no caller acts on the split unseen.
    body = "> Jeg har ikke fået svar på min ansøgning om boligstøtte.\n>\n> Mvh Karen"
    reply = split_reply(body)
    assert reply.new == body
    assert reply.quoted == ""
    assert reply.uncertain
    assert "unattributed_quote_only" in reply.reasons


def test_gt_lines_with_an_attribution_inside_stay_quoted() -> None:
    # A quoted reply chain: the attribution sits inside the `>` block.
    body = ("> Den 3. marts 2025 kl. 10.12 skrev Jens Jensen <jj@x.dk>:\n>\n>> " + QUOTE)
    reply = split_reply(body)
    assert reply.new == ""
    assert reply.uncertain
    for inner in ("> Fra: Jens Jensen <jj@x.dk>\n> Sendt: 3. marts 2025 10:12\n"
                  "> Til: Borgerservice <bs@ishoj.dk>\n> Emne: Ansøgning\n>\n> " + QUOTE,
                  "> -----Oprindelig meddelelse-----\n> " + QUOTE):
        assert split_reply(inner).new == "", inner


def test_an_unattributed_gt_block_above_new_text_stays_quoted() -> None:
    # An inline answer: the `>` lines are the citizen's, the rest is the answer.
    reply = split_reply("> Hvornår åbner Borgerservice?\n\nVi åbner kl. 10.\n\nMvh Jens")
    assert "Hvornår" not in reply.new
    assert reply.new.startswith("Vi åbner kl. 10.")


def test_leftover_header_in_new_text_is_uncertain() -> None:
    # A header without a second key is not cut, but it smells of a quote: hold it.
    reply = split_reply("Se her\n\nFra: Jens Jensen <jj@x.dk>\n" + QUOTE)
    assert reply.uncertain
    assert QUOTE in reply.new


def test_reasons_hold_no_message_text() -> None:
    reply = split_reply(
        "Tak\n\nDen 3. marts 2025 kl. 10.12 skrev Jens Jensen <jj@x.dk>:\n> " + QUOTE
    )
    for reason in reply.reasons:
        assert "Jens" not in reason and "cpr" not in reason and "@" not in reason


def test_crlf_and_plain_text_without_quotes() -> None:
    reply = split_reply("Hej\r\n\r\nJeg har et spørgsmål om affald.\r\n")
    assert reply == Reply(new="Hej\n\nJeg har et spørgsmål om affald.", quoted="")


# -- HTML ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "quoted_html",
    [
        '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Fra:</b> Jens</div>'
        "<div>{q}</div>",
        '<div id="x_appendonsend"></div><div id="x_divRplyFwdMsg">Fra: Jens</div><p>{q}</p>',
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        "<p><b>Fra:</b> Jens</p></div><p>{q}</p>",
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt"><p>From: J</p></div><p>{q}</p>',
        '<div id="mail-editor-reference-message-container"><div>{q}</div></div>',
        '<div class="gmail_quote"><div class="gmail_attr">Den … skrev J:</div>'
        "<blockquote class=\"gmail_quote\">{q}</blockquote></div>",
        '<div class="gmail-m_123gmail_quote"><div>{q}</div></div>',
        '<blockquote type="cite"><div>{q}</div></blockquote>',
        '<div class="moz-cite-prefix">Den 03-03-2025 kl. 10:12 skrev J:</div>'
        '<blockquote type="cite">{q}</blockquote>',
        '<span id="OLK_SRC_BODY_SECTION"><div>{q}</div></span>',
        '<p><a name="_MailEndCompose"></a></p><p>{q}</p>',
    ],
)
def test_html_markers(quoted_html: str) -> None:
    body = "<html><body><div>Hej Jens</div><div>Mvh Anne</div>" + quoted_html.format(
        q="Min mor har diabetes &amp; gigt."
    ) + "</body></html>"
    reply = split_reply(body, html=True)
    assert reply.new == "Hej Jens\nMvh Anne"
    assert "Min mor har diabetes & gigt." in reply.quoted
    assert any(reason.startswith("html:") for reason in reply.reasons)


def test_html_gmail_indent_blockquote_is_not_a_quote() -> None:
    body = '<div>Punkter:</div><blockquote style="margin:0 0 0 40px;border:none;padding:0px">' \
        "<div>- støj</div></blockquote>"
    assert split_reply(body, html=True).new == "Punkter:\n- støj"


def test_html_apple_attribution_outside_markup_is_quoted() -> None:
    body = (
        "<div>Tak</div><div><br><blockquote type=\"cite\">Den 3. mar. 2025 kl. 10.12 skrev "
        "Karin &lt;k@icloud.com&gt;:<br></blockquote></div><blockquote type=\"cite\">"
        "<div>Min mand er syg.</div></blockquote>"
    )
    reply = split_reply(body, html=True)
    assert reply.new == "Tak"


# -- robustness --------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [">", " ", ":", "-", "_", "\n", "\t", "\r", "Fra:", "Sendt: 10:12", "<jj@x.dk>",
             "skrev", "wrote", "Den 3. marts 2025 kl. 10.12", "-----Oprindelig meddelelse-----",
             "Til:", "Emne:", "Jens", "2025"]
        ),
        max_size=60,
    ).map("".join)
)
def test_never_raises_and_partitions_text(body: str) -> None:
    reply = split_reply(body)
    assert isinstance(reply.new, str) and isinstance(reply.quoted, str)
    kept = " ".join((reply.new + "\n" + reply.quoted).split())
    for word in body.split():
        assert word in kept or word.strip() == ""


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_never_raises_on_any_text_or_html(body: str) -> None:
    split_reply(body)
    split_reply(body, html=True)
    split_reply(body, history=[body])


@pytest.mark.parametrize(
    ("body", "html"),
    [
        (">" * 1_000_000, False),
        ("> \n" * 300_000, False),
        ("Den 3. marts 2025 kl. 10.12 skrev\n" * 50_000, False),
        ("-" * 1_000_000, False),
        ("<div>" * 100_000 + "x", True),
        ("<blockquote>" * 50_000, True),
        ("Fra: a@b.dk\nSendt: 3. marts 10:12\n" * 25_000, False),
    ],
)
def test_hostile_input_returns_a_reply(body: str, html: bool) -> None:
    # Pathological input must finish (no catastrophic backtracking) and still split;
    # how fast is measured by benchmarks/hostile/run.py, not asserted here.
    reply = split_reply(body, html)
    assert isinstance(reply.new, str) and isinstance(reply.quoted, str)


# -- rules added for the discourse misses (broken attributions, trackers, prose) --------


def test_tracker_glyph_line_is_not_text() -> None:
    # Mailtrack/Streak put a lone "ᐧ" (U+1427) under a Gmail message.
    reply = split_reply("Hej Jens\n\nMvh Anne\n\n\u1427\n")
    assert reply.new == "Hej Jens\n\nMvh Anne"
    assert not reply.uncertain
    # Inside a line it is kept.
    assert split_reply("Tak \u1427").new == "Tak \u1427"


@pytest.mark.parametrize(
    "attribution",
    [
        "On Thu, 31 Mar 2016 at 11:16 Some One\n\n<\nmailto:Some One <so@x.dk>\n> wrote:",
        "On Thu, 31 Mar 2016 at 11:16 Some One\n\n<so@x.dk> wrote:",
        "Den 3. marts 2025 kl. 10.12 skrev Jens Jensen\n\n<jj@x.dk>:",
    ],
)
def test_attribution_broken_over_blank_lines_cuts(attribution: str) -> None:
    body = f"Tak, jeg ser på det.\n\n{attribution}\n\n\n{QUOTE}\n\nJens\n"
    reply = split_reply(body)
    assert reply.new == "Tak, jeg ser på det."
    assert QUOTE in reply.quoted
    assert "attribution" in reply.reasons


@pytest.mark.parametrize(
    "tail",
    [
        # No address anywhere: not an attribution.
        "On Monday 3 March 2025 at 10.30 we met.\n\nHere is what I wrote:",
        # The last piece is prose, not "wrote:" after an address.
        "On Monday 3 March 2025 at 10.30 I mailed jj@x.dk\n\nHere is what I wrote:",
        "On 3 March 2025 the council met\n\n<\nmailto:jj@x.dk\nand then Jens wrote:",
    ],
)
def test_prose_with_blank_lines_is_not_a_broken_attribution(tail: str) -> None:
    body = f"Hej\n\n{tail}\nVejen er stadig lukket.\n\nJens"
    assert split_reply(body).new == body


def test_german_gmail_attribution_wrapped_after_date_abbreviation() -> None:
    body = (
        "Hi there!\n\nMax Mustermann <max@x.de> schrieb am Fr., 28.\n"
        "Apr. 2017 um 11:53 Uhr:\n\n> " + QUOTE + "\n"
    )
    reply = split_reply(body)
    assert reply.new == "Hi there!"
    assert "Max Mustermann" in reply.quoted


def test_supercite_initials_prefix_is_quoted() -> None:
    body = f"Svar nedenfor.\n\nJJ> {QUOTE}\nJJ>\nJJ> Jens\n\nTak.\n\nA> B is a lone arrow."
    reply = split_reply(body)
    assert QUOTE not in reply.new
    assert reply.new == "Svar nedenfor.\n\nTak.\n\nA> B is a lone arrow."


@pytest.mark.parametrize(
    "prose",
    [
        "Last week I wrote:",
        "As I wrote to you on 3 March 2025 at 10:12:",
        "On 3 March 2025 at 10:12 I wrote:",
        "Jens wrote the following on 3 March 2025 at 10:12:",
    ],
)
def test_english_prose_about_writing_is_new_text(prose: str) -> None:
    body = f"Hi Anne\n\n{prose}\n> The road is still closed.\n\nNothing happened since.\n\nJens"
    reply = split_reply(body)
    assert reply.new == f"Hi Anne\n\n{prose}\n\nNothing happened since.\n\nJens"
    assert reply.quoted == "> The road is still closed."
    unquoted = f"Hi Anne\n\n{prose}\nThe road is still closed.\n\nJens"
    assert split_reply(unquoted).new == unquoted


@pytest.mark.parametrize(
    "attribution",
    [
        "At 6/16/2016 08:32 PM, you wrote:",  # Eudora
        "Jens Jensen/Ishoj@Ishoj wrote on 03/03/2025 10:12:",  # Lotus Notes
    ],
)
def test_client_wrote_lines_with_you_or_a_trailing_date_are_attributions(
    attribution: str,
) -> None:
    body = f"yes we're fine\n\n{attribution}\n>{QUOTE}\n"
    reply = split_reply(body)
    assert reply.new == "yes we're fine"
    # Also with nothing quoted below: the time is there, so the cut runs to the end.
    assert split_reply(f"yes we're fine\n\n{attribution}\n{QUOTE}\n").new == "yes we're fine"


@pytest.mark.parametrize(
    "block",
    [
        "Fra: Jens Jensen <jj@x.dk>\nDato: 3. marts 2025\nTil: Anne\nEmne: Hjemmepleje",
        "From: Jens Jensen [mailto:jj@x.dk]\nDate: 3 March 2025\nTo: Anne\nSubject: Help",
        "Fra: Jens Jensen\nDato: 3. marts 2025\nTil: Anne\nEmne: SV: Hjemmepleje",
    ],
)
def test_top_header_block_without_time_but_client_marks_is_cut_and_held(block: str) -> None:
    reply = split_reply(f"{block}\n\n{QUOTE}\n")
    assert QUOTE not in reply.new
    assert reply.uncertain


def test_typed_letter_head_with_plain_address_stays_new_but_is_held() -> None:
    body = (
        "Til: Ishøj Kommune\nFra: Jens Hansen, jj@x.dk\nDato: 3. marts 2025\n"
        "Emne: Klage\n\nJeg klager over vejarbejdet."
    )
    reply = split_reply(body)
    assert reply.new == body
    assert reply.uncertain
