"""The Chinese edition (中文版) of a notebook is the English one with Chinese prose.

For every English notebook that has a Chinese edition of the same file name —
``notebooks/zh/``, ``exercises/zh/`` (student copies) and ``exercises/zh/solutions/`` — this checks:

* the code cells are the English ones, in the same order and with the same cell ids, plus exactly
  one extra code cell (id ``zh-language``) whose first two lines are the code of
  :data:`LANGUAGE_CELL` (``import crmlab`` / ``crmlab.set_language("zh")``; the comment is free);
* the markdown cells are one Chinese cell per English one at the same position relative to the
  code cells, with the same slide metadata (``slideshow``, ``tags``) and ``crmlab`` metadata
  (model answers / answer cells of the exercises), and every one of them contains Chinese;
* the committed outputs show the same numbers (see :func:`test_outputs_show_the_same_numbers`).

With no Chinese edition yet, only the language-cell test runs.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
#: (English folder, Chinese folder) of each kind of notebook.
FOLDERS = [("notebooks", "notebooks/zh"), ("exercises", "exercises/zh"),
           ("exercises/solutions", "exercises/zh/solutions")]
#: The one code cell a Chinese edition adds (rule 1 of the Chinese-edition brief).
LANGUAGE_CELL = ('import crmlab\n'
                 'crmlab.set_language("zh")  # 中文版：图表、表格、输出文字和练习反馈为中文，数据为 zh_CN（数字与英文版完全相同）')
LANGUAGE_CELL_ID = "zh-language"
CHINESE = re.compile(r"[\u4e00-\u9fff]")
DIGITS = re.compile(r"\d[\d,.]*")
WORD = re.compile(r"[A-Za-z]{3,}")
# A phone number shown on its own (US style 403-956-1265, (403) 956-1265, 403.956.1265).
PHONE = re.compile(r"\(?\b\d{3}\)?[-. ]?\d{3}[-.]\d{4}\b")
PAIRS = [(ROOT / en / path.name, path) for en, zh in FOLDERS
         for path in sorted((ROOT / zh).glob("*.ipynb")) if (ROOT / en / path.name).exists()]


def _code_lines(source: str) -> list[str]:
    """The code of each line, without comments and trailing blanks (good enough for two lines)."""
    return [line.split("#", 1)[0].rstrip() for line in source.splitlines()]


def is_language_cell(cell) -> bool:
    return cell.cell_type == "code" and _code_lines(cell.source)[:2] == _code_lines(LANGUAGE_CELL)[:2]


def _slide_metadata(cell) -> dict:
    return {key: cell.get("metadata", {}).get(key) for key in ("slideshow", "tags", "crmlab")}


def _split(path: Path):
    """The Chinese notebook's cells without the language cell, and the language cells found."""
    notebook = nbformat.read(path, as_version=4)
    language = [c for c in notebook.cells if is_language_cell(c)]
    return [c for c in notebook.cells if not is_language_cell(c)], language


def outputs_text(cell) -> str:
    """The text a reader sees of a code cell: stream output, and of results the table of their
    text/html (without tags and style, so the same table wraps the same in both languages) or
    else their text/plain."""
    parts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            parts.append(output.get("text", ""))
        elif "data" in output:
            data = output["data"]
            if "text/html" in data:
                parts.append(re.sub(r"<style.*?</style>|<[^>]+>", " ", data["text/html"], flags=re.S))
            else:
                parts.append(data.get("text/plain", ""))
    return "".join(parts)


@lru_cache(maxsize=1)
def identity_words() -> frozenset[str]:
    """Lower-case words (3+ letters) of the en_US identity data, found as the columns whose values
    differ between the en_US and zh_CN worlds of the shipped data (names, phones, e-mails,
    addresses, cities, provinces, companies, raw birth dates), less the words any other column
    uses (column names, category codes such as 'business' or 'store')."""
    from crmlab.datasets import load_telecom

    english, chinese = load_telecom("en_US"), load_telecom("zh_CN")
    words: set[str] = set()
    vocabulary: set[str] = set()
    for name, table in vars(english).items():
        other = getattr(chinese, name, None)
        if not hasattr(table, "columns") or other is None:
            continue
        for column in table.columns:
            vocabulary.update(w.lower() for w in WORD.findall(str(column)))
            values = table[column].dropna()
            if values.dtype.kind in "iufbmM":
                continue
            text = " ".join(map(str, values.unique()))
            target = words if not table[column].equals(other[column]) else vocabulary
            target.update(w.lower() for w in WORD.findall(text))
    return frozenset(words - vocabulary)


def shows_identity(english: str, chinese: str) -> bool:
    """Whether a cell's output shows identity data, which differs by locale.

    True when the English output shows an e-mail address ('@'), a phone number, or a word of the
    en_US identity data (:func:`identity_words`: a name, street, city, province or company word)
    that the Chinese output does not show — a word both outputs show (a label such as 'Long' in
    both) is not locale data. Numbers shown next to identity data (house numbers, phone digits,
    rows sorted by name) may differ, so such cells are not compared.
    """
    if "@" in english or PHONE.search(english):
        return True
    mine = {w.lower() for w in WORD.findall(english)}
    theirs = {w.lower() for w in WORD.findall(chinese)}
    return bool((mine - theirs) & identity_words())


def test_the_language_cell():
    assert _code_lines(LANGUAGE_CELL)[:2] == ["import crmlab", 'crmlab.set_language("zh")']
    assert CHINESE.search(LANGUAGE_CELL.splitlines()[1].split("#", 1)[1])
    compile(LANGUAGE_CELL, "<language cell>", "exec")
    cell = nbformat.v4.new_code_cell('import crmlab\ncrmlab.set_language("zh")  # 任意注释')
    assert is_language_cell(cell)
    assert not is_language_cell(nbformat.v4.new_code_cell('import crmlab\ncrmlab.set_language("en")'))
    assert not shows_identity("✔ 00.1 correct.\nYour data: seed 0 (5,000 customers).", "✔ 00.1 正确。")
    assert shows_identity("0  jermaine.murphy82@yahoo.com", "0  yan.tian5087@163.com")
    assert shows_identity("phone 403-956-1265", "phone 19968216638")


def _ids(pair):
    return str(pair[1].relative_to(ROOT))


@pytest.mark.parametrize("pair", PAIRS, ids=_ids)
def test_code_cells_are_the_english_ones_plus_the_language_cell(pair):
    english_path, chinese_path = pair
    english = nbformat.read(english_path, as_version=4).cells
    chinese, language = _split(chinese_path)
    assert len(language) == 1, f"{chinese_path.name}: {len(language)} language cells, expected one"
    assert language[0].id == LANGUAGE_CELL_ID
    notebook = nbformat.read(chinese_path, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code[0] is not None and is_language_cell(code[0]), "the language cell comes before all code"
    mine = [(c.id, c.source) for c in chinese if c.cell_type == "code"]
    wanted = [(c.id, c.source) for c in english if c.cell_type == "code"]
    assert mine == wanted


@pytest.mark.parametrize("pair", PAIRS, ids=_ids)
def test_markdown_cells_are_chinese_in_the_english_places(pair):
    english_path, chinese_path = pair
    english = nbformat.read(english_path, as_version=4).cells
    chinese, _ = _split(chinese_path)
    assert [c.cell_type for c in chinese] == [c.cell_type for c in english]
    for mine, wanted in zip(chinese, english):
        if wanted.cell_type != "markdown":
            continue
        assert _slide_metadata(mine) == _slide_metadata(wanted), mine.id
        assert CHINESE.search(mine.source), f"{chinese_path.name} cell {mine.id} has no Chinese"


@pytest.mark.parametrize("pair", PAIRS, ids=_ids)
def test_outputs_show_the_same_numbers(pair):
    """Each code cell's committed output shows the digit sequences of the English one.

    Digits are compared as the multisets of ``re.findall(r"\\d[\\d,.]*", text)`` over the stream
    and result outputs (the words around them are free to be Chinese, and a Chinese sentence may
    name its numbers in another order). The zh_CN world has the
    numbers of the en_US world but other names, phones, e-mails, addresses, cities, provinces and
    companies; a cell whose output shows those (:func:`shows_identity`) is skipped, since its
    digits (phones, house numbers, e-mail suffixes, rows ordered by name) legitimately differ.
    So is a widget cell (its text form is volatile), and a cell whose result rests on names or
    places, marked ``metadata.crmlab.locale_dependent`` with the reason in both editions.
    """
    english_path, chinese_path = pair
    english = [c for c in nbformat.read(english_path, as_version=4).cells if c.cell_type == "code"]
    chinese = [c for c in _split(chinese_path)[0] if c.cell_type == "code"]
    compared = 0
    for mine, wanted in zip(chinese, english):
        theirs, ours = outputs_text(wanted), outputs_text(mine)
        if shows_identity(theirs, ours) or "NBVAL_IGNORE_OUTPUT" in wanted.source:
            continue
        if wanted.metadata.get("crmlab", {}).get("locale_dependent"):
            # a result that rests on names or places (identity resolution, departments by
            # province): the cell says why in its metadata, and both editions carry the mark
            assert mine.metadata.get("crmlab", {}).get("locale_dependent"), mine.id
            continue
        compared += 1
        assert Counter(DIGITS.findall(ours)) == Counter(DIGITS.findall(theirs)), (
            f"{chinese_path.name} cell {mine.id}:\n--- English\n{theirs}\n--- Chinese\n{ours}")
    assert compared or not any(outputs_text(c) for c in english)


ZH_SOLUTIONS = sorted((ROOT / "exercises/zh/solutions").glob("*.ipynb"))


@pytest.mark.parametrize("path", ZH_SOLUTIONS, ids=lambda p: p.name)
def test_chinese_student_copy_is_the_solution_without_its_solutions(path):
    """The Chinese student copies are built like the English ones: `make exercises` rebuilds them."""
    from crmlab.exercises.build import ANSWER_PLACEHOLDER_ZH, EXERCISES_ZH, student_copy

    solution = nbformat.read(path, as_version=4)
    student = nbformat.read(EXERCISES_ZH / path.name, as_version=4)
    expected = student_copy(solution, ANSWER_PLACEHOLDER_ZH)
    assert [(c.cell_type, c.source) for c in student.cells] == \
        [(c.cell_type, c.source) for c in expected.cells]
    for cell in solution.cells:
        if cell.get("metadata", {}).get("crmlab", {}).get("model_answer"):
            assert "**参考答案" in cell.source and "**评分要点" in cell.source, cell.id
    text = "".join(c.source for c in student.cells)
    assert "BEGIN SOLUTION" not in text and "参考答案" not in text and "评分要点" not in text
    solved = "".join(outputs_text(c) for c in solution.cells)
    waiting = "".join(outputs_text(c) for c in student.cells)
    assert "正确" in solved and "✘" not in solved
    assert "还没有作答" in waiting and "✔" not in waiting
