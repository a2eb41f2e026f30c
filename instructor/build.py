"""Slide decks and handouts of the chapter notebooks, for a classroom with no network.

``make slides``   → ``build/slides/<edition>/NN_*.slides.html`` (reveal.js from ``instructor/vendor``,
                    copied beside the decks; open the HTML file in a browser, press S for the notes)
``make handouts`` → ``build/handouts/<edition>/NN_*.html`` (self-contained: images inlined) and a PDF
                    of each, printed by Debian's Chromium through Playwright (no LaTeX, no pandoc)

Editions: the English chapters in ``notebooks/`` and, once it exists, the Chinese edition in
``notebooks/zh/``. Cells tagged ``hide-input`` show their output only; cells tagged
``remove-cell`` are left out. Nothing in the HTML points at the network (``external_urls``).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "instructor"
TEMPLATES = HERE / "templates"
REVEAL = HERE / "vendor" / "reveal.js"
BUILD = ROOT / "build"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                  "--disable-background-networking", "--disable-component-update"]


def editions() -> dict[str, list[Path]]:
    """Edition → its chapter notebooks."""
    found = {"en": sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))}
    chinese = sorted((ROOT / "notebooks" / "zh").glob("[0-9][0-9]_*.ipynb"))
    if chinese:
        found["zh"] = chinese
    return found


def _read(path: Path):
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    notebook.metadata.pop("widgets", None)   # live widgets need JupyterLab; see the templates
    return notebook


def _exporter(kind: str):
    from nbconvert import HTMLExporter, SlidesExporter
    from nbconvert.preprocessors import TagRemovePreprocessor
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.remove_input_tags = {"hide-input"}
    config.TagRemovePreprocessor.remove_cell_tags = {"remove-cell"}
    config.TagRemovePreprocessor.enabled = True
    if kind == "slides":
        exporter = SlidesExporter(config=config, template_name="crmlab_slides",
                                  extra_template_basedirs=[str(TEMPLATES)],
                                  reveal_url_prefix="reveal.js", reveal_theme="white",
                                  reveal_scroll=True)
    else:
        exporter = HTMLExporter(config=config, template_name="crmlab_handout",
                                extra_template_basedirs=[str(TEMPLATES)], embed_images=True)
    exporter.register_preprocessor(TagRemovePreprocessor(config=config), enabled=True)
    return exporter


def export(path: Path, kind: str) -> str:
    """The HTML of one notebook as a deck (``kind="slides"``) or a handout (``"handout"``)."""
    html, _ = _exporter(kind).from_notebook_node(_read(path))
    return html


_URL = re.compile(r"""(?:src|href)\s*=\s*["']((?:https?:)?//[^"']+)["']|url\(\s*["']?((?:https?:)?//[^)"']+)""",
                  re.I)


def external_urls(html: str) -> list[str]:
    """Every address the page would fetch from the network (scripts, styles, images, fonts).

    >>> external_urls('<script src="https://x.org/a.js"></script><a href="#s2">next</a>')
    ['https://x.org/a.js']
    """
    return [a or b for a, b in _URL.findall(html)]


def slide_count(html: str) -> int:
    """Number of slides (top-level and vertical) in a reveal.js deck."""
    return len(re.findall(r"<section\b", html)) - len(re.findall(r"<section\b[^>]*>\s*<section\b",
                                                                 html))


def build_slides(out: Path = BUILD / "slides") -> list[Path]:
    written = []
    for edition, notebooks in editions().items():
        folder = out / edition
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copytree(REVEAL, folder / "reveal.js", dirs_exist_ok=True)
        for path in notebooks:
            target = folder / f"{path.stem}.slides.html"
            target.write_text(export(path, "slides"), encoding="utf-8")
            written.append(target)
    return written


def print_pdf(html_file: Path, pdf_file: Path) -> Path:
    """Print an HTML file to A4 PDF with Debian's Chromium (Playwright drives it)."""
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise RuntimeError("print_pdf: Chromium is not installed (apt-get install chromium "
                           "fonts-noto-cjk); the HTML handouts are built all the same")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.goto(html_file.resolve().as_uri(), wait_until="load")
        page.pdf(path=str(pdf_file), format="A4", print_background=True,
                 margin={"top": "14mm", "bottom": "14mm", "left": "12mm", "right": "12mm"})
        browser.close()
    return pdf_file


def build_handouts(out: Path = BUILD / "handouts", pdf: bool = True,
                   only: list[str] | None = None) -> list[Path]:
    written = []
    for edition, notebooks in editions().items():
        folder = out / edition
        folder.mkdir(parents=True, exist_ok=True)
        for path in notebooks:
            if only and not any(path.stem.startswith(o) for o in only):
                continue
            html_file = folder / f"{path.stem}.html"
            html_file.write_text(export(path, "handout"), encoding="utf-8")
            written.append(html_file)
            if pdf:
                written.append(print_pdf(html_file, folder / f"{path.stem}.pdf"))
    return written


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "all"
    if what in ("slides", "all"):
        for path in build_slides():
            print("wrote", path.relative_to(ROOT))
    if what in ("handouts", "all"):
        for path in build_handouts():
            print("wrote", path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
