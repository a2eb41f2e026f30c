"""crmlab.fonts: Chinese labels render in every chart, Latin text keeps its font."""

import subprocess
import sys
import warnings

import matplotlib
import nbformat
import numpy as np
import pytest
from nbclient import NotebookClient

import crmlab.plot  # noqa: F401  registers the font, as in a notebook
from crmlab import fonts

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

TITLE = "客户终身价值 CLV"


def _rendered(text, **rc):
    """Width in pixels of ``text`` as drawn, and the drawn pixels."""
    with matplotlib.rc_context(rc):
        fig = plt.figure(figsize=(4, 1), dpi=100)
        label = fig.text(0.02, 0.3, text, fontsize=20)
        fig.canvas.draw()
        width = label.get_window_extent().width
        pixels = np.asarray(fig.canvas.buffer_rgba())[..., 0].copy()
        plt.close(fig)
    return width, pixels


def test_chinese_title_and_ticks_draw_without_a_missing_glyph(tmp_path):
    assert fonts.FONT_FAMILY in matplotlib.rcParams["font.family"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font(s)" would fail here
        fig, ax = plt.subplots()
        ax.bar(["价格敏感型", "家庭用户", "集团客户"], [3.0, 5.0, 8.0])
        ax.set_title(TITLE)
        ax.set_ylabel("客户数 (千)")
        fig.savefig(tmp_path / "clv.png")
        title_width = ax.title.get_window_extent().width
        plt.close(fig)
    assert (tmp_path / "clv.png").stat().st_size > 5000
    latin_width, _ = _rendered("CLV")
    assert title_width > 40 and _rendered(TITLE)[0] > 3 * latin_width
    # real glyphs, not one empty box repeated: two characters draw differently
    assert not np.array_equal(_rendered("客")[1], _rendered("户")[1])
    assert (_rendered("客")[1] < 128).sum() > 30


def test_latin_text_keeps_its_font():
    plain = {"font.family": ["sans-serif"]}
    for text in ("Customer lifetime value 2024", "CLV = 1,234.5 ¥"):
        with_fallback, drawn = _rendered(text)
        without, drawn_before = _rendered(text, **plain)
        assert with_fallback == without
        assert np.array_equal(drawn, drawn_before)


def test_registration_is_idempotent():
    before = list(matplotlib.rcParams["font.family"])
    count = len(matplotlib.font_manager.fontManager.ttflist)
    assert fonts.use_chinese_font() == "Noto Sans SC"
    assert list(matplotlib.rcParams["font.family"]) == before
    assert len(matplotlib.font_manager.fontManager.ttflist) == count


def test_font_file_comes_from_the_package_and_a_missing_one_is_named(monkeypatch):
    path = fonts.font_path()
    assert path.is_file() and path.stat().st_size > 5_000_000
    assert "pylopdf_fonts_zh_cn" in str(path)
    monkeypatch.setattr(fonts, "FONT_MODULE", "no_such_font_package")
    with pytest.raises(ModuleNotFoundError, match="pip install pylopdf-fonts-zh-cn"):
        fonts.font_path()


def test_a_fresh_process_gets_the_font_from_importing_crmlab_plot():
    code = ("import matplotlib; matplotlib.use('Agg'); import crmlab.plot; "
            "print(matplotlib.rcParams['font.family'])")
    out = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "['sans-serif', 'Noto Sans SC']"
    assert out.stderr == ""


@pytest.mark.parametrize("pyplot_first", [True, False])
def test_notebook_inline_backend_draws_chinese_without_stderr(pyplot_first):
    imports = ["import matplotlib.pyplot as plt", "from crmlab import plot"]
    if not pyplot_first:
        imports.reverse()
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("%matplotlib inline\n" + "\n".join(imports)),
                nbformat.v4.new_code_cell(
                    "fig, ax = plt.subplots()\n"
                    "ax.bar(['价格敏感型', '集团客户'], [1, 2])\n"
                    f"ax.set_title('{TITLE}');")]
    NotebookClient(nb, timeout=60, kernel_name="python3").execute()
    outputs = nb.cells[1].outputs
    assert not [o for o in outputs if o.get("name") == "stderr"], outputs
    assert any("image/png" in o.get("data", {}) for o in outputs)
