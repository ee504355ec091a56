"""The yearly report on seed 002's 2023 figures (issue 8, "Done when")."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
from pathlib import Path

import numpy as np
import pytest
from matplotlib.image import imread

from daemon import report as rp
from daemon.store.db import Store

from .conftest import CENTRES, SEED_2022, SEED_2023, register_year


@pytest.fixture
def seeded(store: Store) -> Store:
    register_year(store, 2023, SEED_2023, dt.date(2023, 1, 1), follow_ups=3)
    # Seed 002: last year's report ran from August to December 2022.
    register_year(store, 2022, SEED_2022, dt.date(2022, 8, 15))
    return store


def _text(html: str) -> str:
    """The visible text: tags and data: URIs out, whitespace collapsed."""
    html = re.sub(r"<img[^>]*>", " ", html)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_build_report_has_seed_002_figures(seeded: Store) -> None:
    report = rp.build_report(seeded, 2023, CENTRES, "Ishøj Kommune")
    assert (report.counts.total, report.counts.others, report.counts.complaints) == (58, 35, 23)
    assert {c.id: c.total for c in report.centres} == {
        "boern-forebyggelse": 11, "beskaeftigelse-erhverv": 9, "borger-oekonomi-it": 6,
        "byudvikling-natur": 2, "voksne-velfaerd": 27}
    assert report.no_centre == 3 and report.centre_total == 55
    assert report.counts.follow_ups == 3
    assert (report.previous.total, report.previous.complaints) == (30, 13)
    assert {c.id: c.previous for c in report.centres} == {
        "boern-forebyggelse": 1, "beskaeftigelse-erhverv": 4, "borger-oekonomi-it": 3,
        "byudvikling-natur": 1, "voksne-velfaerd": 21}


def test_html_states_the_figures_as_seed_002_does(seeded: Store, tmp_path: Path) -> None:
    report = rp.build_report(seeded, 2023, CENTRES, "Ishøj Kommune")
    html = rp.render_html(report, tmp_path / "report.html")
    assert (tmp_path / "report.html").read_text("utf-8") == html
    text = _text(html)
    assert "Borgerrådgiverens årsberetning 2023" in text
    assert "modtaget 58 henvendelser i løbet af året" in text
    assert "Der er 35 henvendelser, der drejer sig om vejledning eller vejvisning" in text
    assert "Der er 23 henvendelser, der har været klager" in text
    # Seed 002's pie: Andre 60 %, Klage 40 %.
    assert "Klager udgør 40% af henvendelserne, andre henvendelser 60%" in text
    # The centre table: counts, seed 002's pie shares (of the 55 with a centre), last year.
    for name, total, share, before in [
            ("Center for Børn og Forebyggelse", 11, "20%", 1),
            ("Center for Beskæftigelse og Erhverv", 9, "16%", 4),
            ("Center for Borger, Økonomi og IT", 6, "11%", 3),
            ("Center for Byudvikling og Natur", 2, "4%", 1),
            ("Center for Voksne og Velfærd", 27, "49%", 21)]:
        assert f"{name} {total} {share} {before}" in text
    assert "3 henvendelser vedrørte ikke et bestemt center" in text
    # The comparison, with the note on last year's shorter period (seed 002).
    assert "Henvendelser i alt 30 58 +28" in text and "Klager 13 23 +10" in text
    assert "dækker kun perioden fra 15. august 2022" in text
    # Per centre, as seed 002 words it, and its anonymity rule for the centre with 2.
    assert "Henvendelserne fordeler sig som 7 klager og 4 henvendelser på andre områder" in text
    assert "13 klager og 14 henvendelser" in text
    assert "Alle henvendelser har været under kategorien andre" in text
    assert ("Da antallet af henvendelser kun er 2, indgår der ikke nærmere beskrivelse og "
            "intet diagram for at sikre mod genkendelse") in text
    # Beskæftigelse og Erhverv: 2 complaints of 9 is below 3: neither part is given.
    section = text.split("Center for Beskæftigelse og Erhverv Borgerrådgivningen")[1]
    section = section.split("Center for Borger")[0]
    assert "Under 3 af henvendelserne var klager" in section
    assert " 2 klager" not in section and "7 henvendelser på andre" not in section
    # Sub-counts below 3 as "<3" (here the investigations: none, so 0 is shown as 0).
    assert "Heraf undersøgelser 0" in text and "Heraf følgesager (yderligere klagepunkter, " \
        "centre og rykkere) 3" in text


def _png(data_uri: str) -> np.ndarray:
    import base64

    raw = base64.b64decode(data_uri.split(",", 1)[1])
    assert raw[:8] == b"\x89PNG\r\n\x1a\n"
    return imread(io.BytesIO(raw), format="png")


def _pixels(image: np.ndarray, colour: str) -> int:
    rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    return int((np.abs(image[:, :, :3] - rgb).max(axis=2) < 0.02).sum())


def test_charts_render_and_show_the_shares(seeded: Store, tmp_path: Path) -> None:
    report = rp.build_report(seeded, 2023, CENTRES)
    html = rp.render_html(report, tmp_path / "r.html")
    uris = re.findall(r'<img src="(data:image/png;base64,[^"]+)" alt="([^"]*)"', html)
    alts = [alt for _uri, alt in uris]
    # Total, centres, comparison, and one pie each for the two centres with a full split.
    assert len(uris) == 5, alts
    assert any("Voksne og Velfærd, 13 klager og 14 andre" in a for a in alts)
    assert any("Børn og Forebyggelse, 7 klager og 4 andre" in a for a in alts)
    assert not any("Byudvikling" in a and "klager" in a for a in alts)
    assert not any("Beskæftigelse og Erhverv," in a for a in alts)

    centres = _png(next(u for u, a in uris if a.startswith("Cirkeldiagram: henvendelser fordelt")))
    assert centres.shape[0] >= 400 and centres.shape[1] >= 800
    assert centres[:, :, :3].std() > 0.1                       # not blank
    counts = {c.id: _pixels(centres, rp.PALETTE[i]) for i, c in enumerate(CENTRES)}
    # Five colours, in the order of the counts 27 > 11 > 9 > 6 > 2, sized by share.
    order = sorted(counts, key=lambda k: -counts[k])
    assert order == ["voksne-velfaerd", "boern-forebyggelse", "beskaeftigelse-erhverv",
                     "borger-oekonomi-it", "byudvikling-natur"]
    assert counts["byudvikling-natur"] > 200
    ratio = counts["voksne-velfaerd"] / counts["boern-forebyggelse"]
    assert ratio == pytest.approx(27 / 11, rel=0.15)

    total = _png(next(u for u, a in uris if a.startswith("Cirkeldiagram: 35 andre")))
    complaints = _pixels(total, rp.COMPLAINT_COLOUR)
    others = _pixels(total, rp.OTHER_COLOUR)
    assert others / complaints == pytest.approx(35 / 23, rel=0.15)


def test_pie_labels_are_readable() -> None:
    """Every label is drawn at a readable size, inside the saved picture, and no two
    texts overlap (long centre names sit in the legend, not around the pie)."""
    fig = rp.pie_figure([c.name for c in CENTRES], [11, 9, 6, 2, 27], "Henvendelser")
    fig.canvas.draw()          # lay out the legend before measuring
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    texts = [t for t in fig.findobj(lambda a: hasattr(a, "get_text") and hasattr(
        a, "get_fontsize")) if t.get_text() and t.get_visible()]
    labels = [t.get_text() for t in texts]
    for centre, count in zip(CENTRES, [11, 9, 6, 2, 27], strict=True):
        assert any(label.startswith(f"{centre.name}: {count} (") for label in labels)
    assert min(t.get_fontsize() for t in texts) >= 10
    boxes = [t.get_window_extent(renderer) for t in texts]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.overlaps(b), "texts overlap"
    tight = fig.get_tightbbox(renderer)
    png = imread(io.BytesIO(rp.pie_png([c.name for c in CENTRES], [11, 9, 6, 2, 27], "H")),
                 format="png")
    # The saved picture is as wide as everything drawn (bbox_inches="tight", in inches).
    assert png.shape[1] >= tight.width * fig.dpi * 0.95


def test_csv_has_per_centre_and_per_category_counts(seeded: Store, tmp_path: Path) -> None:
    report = rp.build_report(seeded, 2023, CENTRES)
    out = tmp_path / "r.csv"
    rp.write_csv(report, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                  # BOM for Danish Excel
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    table = {(r[0], r[1]): r[3:] for r in rows[1:]}
    assert rows[0] == ["afsnit", "nøgle", "navn", "2023", "2022"]
    assert table[("i_alt", "henvendelser")] == ["58", "30"]
    assert table[("kategori", "klage")] == ["23", "13"]
    assert table[("kategori", "andre")] == ["35", "17"]
    assert table[("center", "voksne-velfaerd")] == ["27", "21"]
    assert table[("center", "byudvikling-natur")] == ["2", "1"]
    assert table[("center", "ingen")] == ["3", "0"]
    assert table[("center_klager", "boern-forebyggelse")] == ["7", ""]
    assert table[("center_klager", "byudvikling-natur")] == ["ikke vist", ""]
    assert table[("center_klager", "beskaeftigelse-erhverv")][0].startswith("<3")
    assert table[("center_andre", "beskaeftigelse-erhverv")][0].startswith("<3")


def test_small_counts_are_shown_as_below_three() -> None:
    assert [rp.shown(n) for n in (0, 1, 2, 3, 58)] == ["0", "<3", "<3", "3", "58"]


def test_empty_year_renders(store: Store, tmp_path: Path) -> None:
    report = rp.build_report(store, 2030, CENTRES)
    text = _text(rp.render_html(report, tmp_path / "r.html"))
    assert "modtaget 0 henvendelser" in text and "ingen registrerede henvendelser fra 2029" in text


def test_pdf_is_skipped_with_one_line_without_weasyprint(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)     # import fails
    assert rp.write_pdf("<html></html>", tmp_path / "r.pdf") is False
    assert not (tmp_path / "r.pdf").exists()
    assert capsys.readouterr().err.count("\n") == 1
