"""The digest's HTML as a browser draws it (issue 7 point 6): headless Chromium renders the
`borgerpost digest --preview` file; the screenshot must not be blank and the DOM must hold
the table with the case numbers.

Needs Debian's `chromium` (and `fonts-liberation`, which --no-install-recommends leaves
out). Skipped when it is missing, unless BORGERPOST_REQUIRE_SERVERS is set (CI sets it),
where a missing browser fails the test.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import pytest

from daemon.config import load_config
from daemon.digest import write_preview
from daemon.store.db import Store

from .servers.dovecot import require_or_skip
from .test_digest import NOW, SCRIPT_CENTRE, seed_cases


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        require_or_skip("Chromium", "Debian: apt-get install chromium fonts-liberation")
        raise AssertionError("unreachable")   # require_or_skip skips or fails
    return found


def _run(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    # A browser that reaches for nothing: no network services, no updates, no first run.
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--disable-extensions",
               f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, timeout=120, check=False,
                          env={**os.environ, "HOME": str(profile)})


def _png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, ...]]]:
    """Width, height and RGB(A) pixels of an 8-bit, non-interlaced PNG (RFC 2083).

    Small on purpose: the test needs no imaging library, and Chromium's screenshots are
    8-bit RGB or RGBA without interlacing.
    """
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, bytearray(), b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(bytes(idat))
    stride = width * bpp
    previous = bytearray(stride)
    pixels: list[tuple[int, ...]] = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = previous[i], previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        pixels.extend(tuple(line[x:x + 3]) for x in range(0, stride, bpp))
        previous = line
    return width, height, pixels


@pytest.fixture
def preview(rules_copy: Path, tmp_path: Path) -> Path:
    text = rules_copy.read_text("utf-8").replace(
        "name: Center for Voksne og Velfærd", f"name: '{SCRIPT_CENTRE}'")
    rules_copy.write_text(text, "utf-8")
    config = load_config(rules_copy, env={})
    store = Store.open(config.database)
    seed_cases(store)
    written = write_preview(config, NOW, tmp_path / "preview", store=store)
    return next(p for p in written if p.name == "digest-pa.borgmester-at-ishoj.dk.html")


def test_digest_renders_in_chromium(preview: Path, tmp_path: Path) -> None:
    browser = _chromium()
    shot = tmp_path / "digest.png"
    result = _run(browser, tmp_path / "profile-shot", f"--screenshot={shot}",
                  "--window-size=1200,900", "--hide-scrollbars", preview.as_uri())
    assert shot.exists(), result.stderr.decode("utf-8", "replace")[-2000:]
    width, height, pixels = _png_pixels(shot.read_bytes())
    assert (width, height) == (1200, 900)
    colours = Counter(pixels)
    # A blank page is one colour; the digest has a grey frame, a white card, a blue
    # header, tinted rows and text in between.
    assert len(colours) > 20, len(colours)
    assert colours.most_common(1)[0][1] < 0.9 * len(pixels)
    luma = [(299 * r + 587 * g + 114 * b) / 1000 for r, g, b in pixels[::7]]
    mean = sum(luma) / len(luma)
    variance = sum((v - mean) ** 2 for v in luma) / len(luma)
    assert variance > 100, variance
    assert (0x1F, 0x4E, 0x79) in colours                   # the header's blue
    assert (0xFD, 0xE2, 0xE1) in colours                   # an overdue row's tint

    dom = _run(browser, tmp_path / "profile-dom", "--dump-dom", preview.as_uri())
    page = dom.stdout.decode("utf-8", "replace")
    assert "<table" in page and "<th" in page, dom.stderr.decode("utf-8", "replace")[-2000:]
    for number in ("BH-2026-00001", "BH-2026-00002", "BH-2026-00003", "BH-2026-00004"):
        assert f"[{number}]" in page
    # The centre name with a script in rules.yaml is text in the page, not an element.
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "Center X" in page
