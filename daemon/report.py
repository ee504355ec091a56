"""The citizen advisor's yearly report to the council (issue 8; seed 002 is the 2023 one).

`build_report` turns the year's registrations into plain data; `render_html` writes one
self-contained Danish HTML file (pie charts as PNG data: URIs), `write_csv` the counts,
`write_pdf` a PDF where weasyprint is installed.

What is counted, as seed 002 counts it: every registration (main case and follow-up
case) is one "henvendelse"; klager are complaints (investigations included), "andre"
are guidance and way-finding. The centre chart shares are of the inquiries that concern
a centre: seed 002's 58 inquiries give a centre pie of 55 (27 + 11 + 9 + 6 + 2, whose
percentages 49/20/16/11/4 are of 55), so the rest is shown as "ikke knyttet til et center".

Anonymity (seed 002: "vil der ikke indgå nærmere beskrivelse for at sikre mod
genkendelse"): the headline totals and each centre's total are stated, as seed 002
states them (it names the centre with 2). A centre with fewer than 3 inquiries gets no
breakdown, no chart and no description. Every other count below 3 (a centre's
complaints, the split of guidance and way-finding, investigations) is shown as "<3";
when one part of a centre's split is suppressed, so is the other, which would give it
away by subtraction. This is stricter than seed 002, whose pie for Beskæftigelse og
Erhverv shows 22 % of 9, i.e. 2 complaints.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from base64 import b64encode
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from daemon.advisor import CentreLike
from daemon.render import render
from daemon.store.advisor_models import AdvisorRegistration
from daemon.store.db import Store

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MIN_SHOWN = 3
NO_CENTRE = "ingen"
NO_CENTRE_NAME = "Ikke knyttet til et center"
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#000000")
COMPLAINT_COLOUR, OTHER_COLOUR = "#D55E00", "#0072B2"


@dataclass(frozen=True)
class Counts:
    total: int
    complaints: int
    others: int
    guidance: int
    wayfinding: int
    investigations: int
    follow_ups: int
    first: dt.date | None          # first and last registration: the period covered
    last: dt.date | None

    @property
    def complaint_share(self) -> float:
        return self.complaints / self.total if self.total else 0.0


@dataclass(frozen=True)
class CentreRow:
    id: str
    name: str
    total: int
    complaints: int
    others: int
    previous: int

    @property
    def described(self) -> bool:
        """Seed 002: too few inquiries to describe without recognition."""
        return self.total >= MIN_SHOWN

    @property
    def split_shown(self) -> bool:
        return self.described and all(n == 0 or n >= MIN_SHOWN
                                      for n in (self.complaints, self.others))


@dataclass(frozen=True)
class Report:
    municipality: str
    year: int
    counts: Counts
    previous: Counts
    centres: tuple[CentreRow, ...]      # in rules.yaml order, then unknown ids
    no_centre: int
    previous_no_centre: int

    @property
    def centre_total(self) -> int:
        return sum(c.total for c in self.centres)


def shown(n: int) -> str:
    """A count as printed: below MIN_SHOWN (but not 0) as "<3"."""
    return f"<{MIN_SHOWN}" if 0 < n < MIN_SHOWN else str(n)


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def _counts(rows: Sequence[AdvisorRegistration]) -> Counts:
    complaints = sum(1 for r in rows if r.category == "klage")
    guidance = sum(1 for r in rows if r.category == "vejledning")
    wayfinding = sum(1 for r in rows if r.category == "vejvisning")
    dates = sorted(r.registered_on for r in rows)
    return Counts(total=len(rows), complaints=complaints, others=guidance + wayfinding,
                  guidance=guidance, wayfinding=wayfinding,
                  investigations=sum(1 for r in rows if r.investigation),
                  follow_ups=sum(1 for r in rows if r.follow_up_of is not None),
                  first=dates[0] if dates else None, last=dates[-1] if dates else None)


def _year(store: Store, year: int) -> list[AdvisorRegistration]:
    with store.sessions() as s:
        rows = s.scalars(select(AdvisorRegistration).where(
            AdvisorRegistration.registered_on >= dt.date(year, 1, 1),
            AdvisorRegistration.registered_on <= dt.date(year, 12, 31))).all()
        for row in rows:
            s.expunge(row)
        return list(rows)


def build_report(store: Store, year: int, centres: Sequence[CentreLike],
                 municipality: str = "") -> Report:
    this, last = _year(store, year), _year(store, year - 1)
    names = {c.id: c.name for c in centres}
    order = [c.id for c in centres]
    order += sorted({r.centre for r in [*this, *last] if r.centre and r.centre not in names})
    rows = []
    for cid in order:
        mine = [r for r in this if r.centre == cid]
        before = sum(1 for r in last if r.centre == cid)
        if not mine and not before and cid not in names:
            continue
        rows.append(CentreRow(cid, names.get(cid, cid), len(mine),
                              sum(1 for r in mine if r.category == "klage"),
                              sum(1 for r in mine if r.category != "klage"), before))
    return Report(municipality, year, _counts(this), _counts(last), tuple(rows),
                  sum(1 for r in this if r.centre is None),
                  sum(1 for r in last if r.centre is None))


# -- charts ------------------------------------------------------------------------------

def pie_figure(labels: Sequence[str], values: Sequence[int], title: str,
               colours: Sequence[str] | None = None) -> Figure:
    """A pie chart: shares on the slices, the labels with counts in a legend beside it
    (long centre names never overlap there). Agg, no pyplot: no global state."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8.0, 4.2), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, 0.05, 0.45, 0.8))
    total = sum(values)
    wedges, _texts, _autotexts = ax.pie(
        values, colors=list(colours or PALETTE[: len(values)]), startangle=90,
        counterclock=False, wedgeprops={"edgecolor": "white", "linewidth": 1.5},
        # Shares below 6 % get no number on the slice: it would not fit; the legend has it.
        autopct=lambda p: f"{p:.0f}%" if p >= 6 else "", pctdistance=0.7,
        textprops={"fontsize": 11, "color": "white", "fontweight": "bold"})
    ax.set_aspect("equal")
    fig.legend(wedges, [f"{label}: {value} ({percent(value, total)})"
                        for label, value in zip(labels, values, strict=True)],
               loc="center left", bbox_to_anchor=(0.5, 0.45), frameon=False, fontsize=11)
    fig.suptitle(title, fontsize=13, fontweight="bold", x=0.02, ha="left")
    return fig


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    # A tight box: a long label widens the picture instead of being cut off.
    fig.savefig(buf, format="png", facecolor="white", bbox_inches="tight", pad_inches=0.15)
    return buf.getvalue()


def pie_png(labels: Sequence[str], values: Sequence[int], title: str,
            colours: Sequence[str] | None = None) -> bytes:
    return _png(pie_figure(labels, values, title, colours))


def bars_png(labels: Sequence[str], now: Sequence[int], before: Sequence[int], year: int,
             title: str) -> bytes:
    """This year beside last year, per centre (seed 002 compares each centre in words)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8.0, 0.55 * len(labels) + 1.6), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.38, 0.12, 0.58, 0.75))
    ys = list(range(len(labels)))
    ax.barh([y + 0.2 for y in ys], before, height=0.4, color="#B0B0B0", label=str(year - 1))
    ax.barh([y - 0.2 for y in ys], now, height=0.4, color="#0072B2", label=str(year))
    for y, value in zip(ys, now, strict=True):
        ax.text(value + 0.3, y - 0.2, str(value), va="center", fontsize=10)
    for y, value in zip(ys, before, strict=True):
        ax.text(value + 0.3, y + 0.2, str(value), va="center", fontsize=10, color="#555555")
    ax.set_yticks(ys, labels=list(labels), fontsize=10)
    ax.invert_yaxis()
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(frameon=False, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=2)
    fig.suptitle(title, fontsize=13, fontweight="bold", x=0.02, ha="left", y=1.02)
    return _png(fig)


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + b64encode(png).decode("ascii")


def charts(report: Report) -> dict[str, bytes]:
    """Every chart of the report by name, as PNG bytes (tests inspect them)."""
    out: dict[str, bytes] = {}
    counts = report.counts
    if counts.total:
        out["total"] = pie_png(["Andre (vejledning og vejvisning)", "Klager"],
                               [counts.others, counts.complaints],
                               f"Henvendelser i alt {counts.total}",
                               (OTHER_COLOUR, COMPLAINT_COLOUR))
    with_total = [c for c in report.centres if c.total]
    if with_total:
        colours = [PALETTE[i % len(PALETTE)] for i, _ in enumerate(report.centres)]
        index = {c.id: i for i, c in enumerate(report.centres)}
        out["centres"] = pie_png([c.name for c in with_total], [c.total for c in with_total],
                                 "Henvendelser fordelt på centre",
                                 [colours[index[c.id]] for c in with_total])
    for centre in report.centres:
        if centre.split_shown and centre.complaints and centre.others:
            out[f"centre:{centre.id}"] = pie_png(
                ["Andre", "Klager"], [centre.others, centre.complaints],
                f"{centre.name} {centre.total} henvendelser", (OTHER_COLOUR, COMPLAINT_COLOUR))
    if report.previous.total and report.centres:
        out["comparison"] = bars_png([c.name for c in report.centres],
                                     [c.total for c in report.centres],
                                     [c.previous for c in report.centres], report.year,
                                     f"Henvendelser pr. center, {report.year - 1} og "
                                     f"{report.year}")
    return out


# -- outputs -----------------------------------------------------------------------------

def _partial_period(counts: Counts, year: int) -> dt.date | None:
    """The first registration, when the year's registrations began well after 1 January
    (seed 002: last year's report covered August to December only)."""
    if counts.first is not None and counts.first > dt.date(year, 1, 31):
        return counts.first
    return None


def render_html(report: Report, out: Path) -> str:
    pictures = {name: _data_uri(png) for name, png in charts(report).items()}
    html = render("report.html.j2", r=report, charts=pictures, shown=shown, percent=percent,
                  min_shown=MIN_SHOWN, no_centre_name=NO_CENTRE_NAME,
                  previous_from=_partial_period(report.previous, report.year - 1),
                  current_from=_partial_period(report.counts, report.year))
    out.write_text(html, "utf-8")
    return html


def csv_rows(report: Report) -> list[list[str]]:
    c, p = report.counts, report.previous
    rows = [["afsnit", "nøgle", "navn", str(report.year), str(report.year - 1)],
            ["i_alt", "henvendelser", "Henvendelser i alt", str(c.total), str(p.total)],
            ["kategori", "klage", "Klager", str(c.complaints), str(p.complaints)],
            ["kategori", "andre", "Vejledning og vejvisning", str(c.others), str(p.others)],
            ["kategori", "vejledning", "Vejledning", shown(c.guidance), shown(p.guidance)],
            ["kategori", "vejvisning", "Vejvisning", shown(c.wayfinding), shown(p.wayfinding)],
            ["kategori", "undersoegelse", "Undersøgelser", shown(c.investigations),
             shown(p.investigations)],
            ["kategori", "foelgesager", "Heraf følgesager", shown(c.follow_ups),
             shown(p.follow_ups)]]
    for centre in report.centres:
        rows.append(["center", centre.id, centre.name, str(centre.total), str(centre.previous)])
    rows.append(["center", NO_CENTRE, NO_CENTRE_NAME, str(report.no_centre),
                 str(report.previous_no_centre)])
    for centre in report.centres:
        if centre.split_shown:
            complaints, others = str(centre.complaints), str(centre.others)
        elif centre.described:
            complaints = others = f"<{MIN_SHOWN} eller ikke vist"
        else:
            complaints = others = "ikke vist"
        rows.append(["center_klager", centre.id, centre.name, complaints, ""])
        rows.append(["center_andre", centre.id, centre.name, others, ""])
    return rows


def write_csv(report: Report, out: Path) -> None:
    """Semicolons and a BOM: what Danish Excel opens without an import dialogue."""
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(csv_rows(report))


def write_pdf(html: str, out: Path) -> bool:
    """A PDF beside the HTML where weasyprint is installed; otherwise one line on stderr."""
    try:
        from weasyprint import HTML
    except Exception:     # ImportError, or OSError when its system libraries are missing
        print("borgerpost report: weasyprint er ikke installeret; ingen PDF.", file=sys.stderr)
        return False
    HTML(string=html).write_pdf(str(out))
    return True
