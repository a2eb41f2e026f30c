"""The Chinese text of what the chapters print (crmlab.translations, issue 17 items 3-4).

* a text that several chapters translate has one Chinese text;
* every ``tr("…")`` template in a notebook has a Chinese text with the same fields and formats,
  so the two editions print the same numbers;
* the committed outputs of the Chinese edition carry no English prose: no run of two or more
  English words in a printed line, a table or a widget readout.
"""

from __future__ import annotations

import ast
import json
import re
import string
from collections import Counter
from pathlib import Path

import nbformat
import pytest

import crmlab
from crmlab import glossary, translations

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = sorted([*ROOT.glob("notebooks/*.ipynb"), *ROOT.glob("exercises/*.ipynb"),
                  *ROOT.glob("exercises/solutions/*.ipynb")])
CHINESE_EDITION = sorted([*ROOT.glob("notebooks/zh/*.ipynb"), *ROOT.glob("exercises/zh/*.ipynb"),
                          *ROOT.glob("exercises/zh/solutions/*.ipynb")])
CJK = re.compile(r"[\u4e00-\u9fff]")
# Two or more English words in a row (the prose a Chinese student should not have to read).
PROSE = re.compile(r"\b[A-Za-z][a-z']+(?:[ \-/][A-Za-z][a-z']+){1,}\b")


@pytest.fixture(autouse=True)
def english_after():
    yield
    crmlab.set_language("en")


def test_chapters_agree_on_shared_texts():
    seen: dict[str, tuple[str, str]] = {}
    for module in translations.CHAPTERS:
        for english, chinese in module.ZH.items():
            assert CJK.search(chinese), f"{module.__name__}: {english!r} → {chinese!r} has no Chinese"
            if english in seen:
                assert seen[english][1] == chinese, (
                    f"{english!r}: {seen[english][0]} says {seen[english][1]!r}, "
                    f"{module.__name__} says {chinese!r}")
            seen[english] = (module.__name__, chinese)


def _fields(template: str) -> Counter:
    return Counter((name, spec) for _, name, spec, _ in string.Formatter().parse(template)
                   if name is not None)


def _tr_templates(path: Path) -> list[str]:
    templates = []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        source = "\n".join(line for line in cell.source.splitlines()
                           if not line.lstrip().startswith(("%", "!")))
        for node in ast.walk(ast.parse(source)):
            if (isinstance(node, ast.Call) and node.args
                    and (getattr(node.func, "id", None) == "tr" or getattr(node.func, "attr", None) == "tr")):
                first = node.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path.name}: tr() needs a literal template, got {ast.unparse(first)}")
                templates.append(first.value)
    return templates


@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_tr_template_has_chinese_with_the_same_fields(path):
    crmlab.set_language("zh")
    table = glossary._category_table()
    for template in _tr_templates(path):
        assert template in table, f"{path.name}: no Chinese text for {template!r}"
        assert _fields(table[template]) == _fields(template), (
            f"{path.name}: {template!r} and {table[template]!r} differ in their fields")


def test_tr_and_tables_in_both_languages():
    import pandas as pd

    assert crmlab.tr("{n:,} customers", n=5000) == "5,000 customers"
    crmlab.set_language("zh")
    assert glossary.tr("customers") == "客户数"
    with pytest.warns(UserWarning, match="tr: no Chinese text"):
        assert glossary.tr("no such sentence {n}", n=1) == "no such sentence 1"
    with pytest.raises(TypeError, match="tr: text must be a str"):
        glossary.tr(3)
    frame = pd.DataFrame({"strategy": ["maintain", "exit"], "customers": [3, 4]},
                         index=pd.Index(["maintain", "MVC"], name="level"))
    shown = glossary.translate_labels(frame)
    assert shown["strategy"].tolist() == ["保持", "退出"]
    assert shown.index.tolist() == ["维持型客户", "贵宾型客户 (MVC)"]
    assert list(shown.columns) == ["strategy", "客户数"]
    assert frame.loc["maintain", "strategy"] == "maintain"          # input unchanged


def _prose(path: Path) -> list[str]:
    found = []
    for number, cell in enumerate(nbformat.read(path, as_version=4).cells):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "application/vnd.jupyter.widget-view+json" in data:
                continue
            if output.get("output_type") == "stream":
                text = output.get("text", "")
            elif "text/html" in data:
                text = re.sub(r"<style.*?</style>|<[^>]+>", " ", data["text/html"], flags=re.S)
            else:
                text = data.get("text/plain", "")
                if text.startswith("<Figure size"):
                    continue
            found += [f"cell {number}: {run}" for run in PROSE.findall(text)]
    return found


@pytest.mark.parametrize("path", CHINESE_EDITION, ids=lambda p: str(p.relative_to(ROOT)))
def test_chinese_outputs_carry_no_english_prose(path):
    prose = _prose(path)
    assert not prose, f"{len(prose)} English runs in {path.name}:\n" + "\n".join(prose[:40])


#: Recorded while a notebook runs: the texts drawn on every figure, after the cell's id.
FIGURE_HOOK = r'''
import json as _json
import matplotlib.backend_bases as _backend
import matplotlib.text as _text
_drawn = []
_print_figure = _backend.FigureCanvasBase.print_figure
def _recording_print_figure(self, *args, **kwargs):
    result = _print_figure(self, *args, **kwargs)
    _drawn.append(sorted({t.get_text() for t in self.figure.findobj(_text.Text)
                          if t.get_visible() and t.get_text().strip()}))
    return result
_backend.FigureCanvasBase.print_figure = _recording_print_figure
'''
# An English word of three or more letters; names and acronyms that stay in the Chinese edition
# (Erlang C, Qini, Lorenz, log) are allowed.
ENGLISH_WORD = re.compile(r"\b[A-Za-z][a-z]{2,}\b")
KEPT_WORDS = {"Erlang", "Qini", "Lorenz", "log", "mathdefault",   # month ticks of date axes:
              "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}


def figure_texts(path: Path) -> dict[str, list[str]]:
    """Every text drawn on a figure while ``path`` runs, by the id of the cell that drew it."""
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    cells = [nbformat.v4.new_code_cell(FIGURE_HOOK)]
    for cell in notebook.cells:
        cells.append(cell)
        if cell.cell_type == "code":
            cells.append(nbformat.v4.new_code_cell(f"_drawn.append({cell.id!r})"))
    cells.append(nbformat.v4.new_code_cell("print('@@' + _json.dumps(_drawn))"))
    notebook.cells = cells
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    dump = "".join(o.get("text", "") for o in notebook.cells[-1].outputs)
    found: dict[str, list[str]] = {}
    pending: list[str] = []
    for item in json.loads(dump.split("@@", 1)[1]):
        if isinstance(item, str):
            if pending:
                found.setdefault(item, []).extend(pending)
            pending = []
        else:
            pending += item
    return found


CHAPTERS_ZH = sorted(ROOT.glob("notebooks/zh/*.ipynb"))


@pytest.mark.parametrize("path", CHAPTERS_ZH, ids=lambda p: str(p.relative_to(ROOT)))
def test_chinese_figures_carry_no_english_words(path):
    english = {cell: sorted({t for t in texts if set(ENGLISH_WORD.findall(t)) - KEPT_WORDS})
               for cell, texts in figure_texts(path).items()}
    english = {cell: texts for cell, texts in english.items() if texts}
    assert not english, f"{path.name}: English on the figures of cells\n" + "\n".join(
        f"{cell}: {texts}" for cell, texts in english.items())
