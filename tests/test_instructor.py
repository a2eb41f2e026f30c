"""The instructor's decks and handouts build offline: no address outside the files themselves,
one slide per idea, and a PDF handout whose Chinese is drawn with a Chinese font."""

import importlib.util
import os
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("instructor_build", ROOT / "instructor" / "build.py")
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    out = tmp_path_factory.mktemp("slides")
    return out, build.build_slides(out)


def test_every_chapter_and_edition_has_a_deck(decks):
    out, written = decks
    expected = sum(len(v) for v in build.editions().values())
    assert len(written) == expected >= 7
    for edition in build.editions():
        assert (out / edition / "reveal.js" / "dist" / "reveal.js").is_file()


def test_decks_fetch_nothing_from_the_network(decks):
    for path in decks[1]:
        html = path.read_text(encoding="utf-8")
        assert build.external_urls(html) == [], path.name
        assert 'src="reveal.js/dist/reveal.js"' in html or "reveal.js/dist/reveal.js" in html


def test_every_deck_has_one_idea_per_slide(decks):
    for path in decks[1]:
        assert build.slide_count(path.read_text(encoding="utf-8")) >= 15, path.name


def test_external_urls_finds_every_kind():
    html = ('<link rel="stylesheet" href="//cdn.x/a.css"><img src="http://x/i.png">'
            '<style>@font-face{src:url(https://x/f.woff)}</style><a href="notes.html">')
    assert build.external_urls(html) == ["//cdn.x/a.css", "http://x/i.png", "https://x/f.woff"]


def test_handout_html_is_self_contained():
    html = build.export(ROOT / "notebooks" / "00_course_map_and_data.ipynb", "handout")
    assert build.external_urls(html) == []
    assert "data:image/png;base64," in html or "<img" not in html


def test_handout_pdf_prints_with_chinese_font(tmp_path):
    if shutil.which("chromium") is None:
        if os.environ.get("CRMLAB_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is required here to print the handouts")
        pytest.skip("Chromium is not installed")
    written = build.build_handouts(tmp_path, only=["00"])
    pdf = next(p for p in written if p.suffix == ".pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages >= 3
    fonts = set(re.findall(rb"/FontName\s*/[A-Z]{6}\+([A-Za-z0-9-]+)", pdf))
    assert any(b"CJK" in f or b"SC" in f for f in fonts), fonts


def test_a_deck_runs_offline_in_the_browser(decks):
    """reveal.js starts from the files beside the deck: no failed request, no script error."""
    if shutil.which("chromium") is None:
        if os.environ.get("CRMLAB_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is required here to open the decks")
        pytest.skip("Chromium is not installed")
    from playwright.sync_api import sync_playwright

    deck = next(p for p in decks[1] if p.name.startswith("03_"))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"),
                                             args=build.CHROMIUM_FLAGS)
        page = browser.new_page()
        failed, errors = [], []
        page.on("requestfailed", lambda request: failed.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(deck.as_uri())
        page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=20_000)
        slides = page.evaluate("Reveal.getTotalSlides()")
        browser.close()
    assert not failed and not errors, (failed, errors)
    assert slides >= 15
