"""The exercise mechanism: start(seed), check(), hints, the reference answers of each student's
seed, and student copies in sync with the solutions."""

import re

import nbformat
import numpy as np
import pandas as pd
import pytest

from crmlab.exercises import check, exercise_ids, hint, question, set_language, start
from crmlab.exercises._check import ANSWERS, REGISTRY, _reference, compare, current_seed
from crmlab.exercises.build import (ANSWER_PLACEHOLDER, EXERCISES, SOLUTIONS, execute,
                                    student_copy, strip_solutions)

SOLUTION_PATHS = sorted(SOLUTIONS.glob("*.ipynb"))
CHECK_CALL = re.compile(r"""check\(\s*["']([0-9]{2}\.[0-9]+)["']""")
SEED_LINE = re.compile(r"^seed = 0\b", re.M)
OTHER_SEED = 7


def outputs_text(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []))


def model_answers(notebook) -> list[str]:
    return [c.metadata["crmlab"]["model_answer"] for c in notebook.cells
            if c.cell_type == "markdown" and "model_answer" in c.get("metadata", {}).get("crmlab", {})]


@pytest.fixture(autouse=True)
def default_seed():
    start(0, quiet=True)
    set_language("en")
    yield
    start(0, quiet=True)
    set_language("en")


def test_there_are_solutions_and_student_copies():
    assert len(SOLUTION_PATHS) == 7
    for path in SOLUTION_PATHS:
        assert (EXERCISES / path.name).exists(), f"no student copy of {path.name}"


def test_enough_exercises_in_every_chapter():
    checked = exercise_ids(written=False)
    assert len(checked) >= 55
    for chapter in ["00", "01", "02", "03", "04", "05", "06"]:
        assert len(exercise_ids(chapter, written=False)) >= 8, chapter
        assert len(exercise_ids(chapter, written=True)) >= 2, chapter
    ids = exercise_ids("00")
    assert ids.index("00.9") < ids.index("00.10") < ids.index("00.11")  # natural order, not text
    assert ids == sorted(ids, key=lambda i: int(i.split(".")[1]))


@pytest.mark.parametrize("path", SOLUTION_PATHS, ids=lambda p: p.name)
def test_student_copy_is_the_solution_without_its_solutions(path):
    """One source of truth: regenerate with `make exercises` when this fails."""
    solution = nbformat.read(path, as_version=4)
    student = nbformat.read(EXERCISES / path.name, as_version=4)
    expected = student_copy(solution)
    assert [c.cell_type for c in student.cells] == [c.cell_type for c in expected.cells]
    for mine, wanted in zip(student.cells, expected.cells):
        assert mine.source == wanted.source
    text = "".join(c.source for c in student.cells)
    assert "BEGIN SOLUTION" not in text and "Model answer" not in text and "Marking guide" not in text


@pytest.mark.parametrize("path", SOLUTION_PATHS, ids=lambda p: p.name)
def test_notebooks_start_with_the_seed_line_and_have_written_answers(path):
    solution = nbformat.read(path, as_version=4)
    code = [c for c in solution.cells if c.cell_type == "code"]
    assert SEED_LINE.match(code[0].source) and "start(seed)" in code[1].source
    chapter = path.name[:2]
    assert solution.metadata["crmlab"]["chapter"] == chapter
    assert model_answers(solution) == exercise_ids(chapter, written=True)
    for cell in solution.cells:
        if cell.get("metadata", {}).get("crmlab", {}).get("model_answer"):
            assert "**Model answer" in cell.source and "**Marking guide.**" in cell.source
    student = nbformat.read(EXERCISES / path.name, as_version=4)
    blanks = [c.source for c in student.cells if c.get("metadata", {}).get("crmlab", {}).get("answer")]
    assert blanks == [ANSWER_PLACEHOLDER.format(id=i) for i in exercise_ids(chapter, written=True)]


@pytest.mark.parametrize("path", SOLUTION_PATHS, ids=lambda p: p.name)
def test_solutions_pass_and_student_copies_say_not_yet(path):
    solution = nbformat.read(path, as_version=4)
    student = nbformat.read(EXERCISES / path.name, as_version=4)
    ids = [m for c in solution.cells if c.cell_type == "code" for m in CHECK_CALL.findall(c.source)]
    assert sorted(ids) == sorted(exercise_ids(path.name[:2], written=False))
    solved = "".join(outputs_text(c) for c in solution.cells)
    waiting = "".join(outputs_text(c) for c in student.cells)
    for exercise_id in ids:
        assert f"✔ {exercise_id} correct." in solved
        assert f"✘ {exercise_id} not yet" in waiting
    assert "✘" not in solved and "✔" not in waiting
    assert "True" not in solved and "False" not in solved  # check() returns nothing


@pytest.mark.parametrize("path", SOLUTION_PATHS, ids=lambda p: p.name)
def test_solutions_pass_on_another_seed(path, tmp_path):
    """Every reference follows the student's seed, and every solution finds it."""
    solution = nbformat.read(path, as_version=4)
    first = next(c for c in solution.cells if c.cell_type == "code")
    first.source = SEED_LINE.sub(f"seed = {OTHER_SEED}", first.source)
    for cell in solution.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    execute(solution, SOLUTIONS)
    text = "".join(outputs_text(c) for c in solution.cells)
    assert f"seed {OTHER_SEED}" in text
    assert text.count("✔") == len(exercise_ids(path.name[:2], written=False)), text
    assert "✘" not in text


def test_every_registered_exercise_is_in_a_notebook():
    notebooks = [nbformat.read(path, as_version=4) for path in SOLUTION_PATHS]
    used = {m for notebook in notebooks for c in notebook.cells for m in CHECK_CALL.findall(c.source)}
    written = {i for notebook in notebooks for i in model_answers(notebook)}
    assert used == set(exercise_ids(written=False))
    assert written == set(exercise_ids(written=True))


def test_check_right_and_wrong_returns_nothing(capsys):
    right = _reference("00.1")
    assert check("00.1", right) is None
    assert capsys.readouterr().out == "✔ 00.1 correct.\n"
    assert ANSWERS["00.1"] == right
    assert check("00.1", right + 1) is None
    out = capsys.readouterr().out
    assert "✘ 00.1 is not right yet." in out and "Hint:" in out and 'hint("00.1", 2)' in out
    assert str(right) not in out  # never the answer


@pytest.mark.parametrize("exercise_id, printed", [
    ("00.2", 0.542), ("03.1", 0.816), ("03.2", 21), ("03.5", 87.4), ("04.1", 0.118),
    ("00.3", 6_628_000), ("00.7", 0.679), ("02.5", 574.0)])
def test_numbers_as_the_chapters_print_them_are_accepted(exercise_id, printed, capsys):
    check(exercise_id, printed)
    assert f"✔ {exercise_id} correct." in capsys.readouterr().out


def test_close_answers_say_what_is_probably_off(capsys):
    share = _reference("00.2")
    check("00.2", round(share, 2))
    assert "close" in capsys.readouterr().out
    check("00.2", share * 100)
    assert "percentage" in capsys.readouterr().out
    check("03.2", _reference("03.2") / 100)
    assert "looks like a share" in capsys.readouterr().out
    bills = start(0, quiet=True).bills
    december = bills[bills["month"] == "2025-12-01"]
    check("00.8", december["amount"].sum() / 5000)
    assert "divides by all customers" in capsys.readouterr().out
    d = 1.1 ** (1 / 12) - 1
    check("02.5", sum(30 * 0.97 ** t / (1 + d) ** t for t in range(36)))
    assert "t = 0" in capsys.readouterr().out
    check("00.1", _reference("00.1") + 0.5)
    assert "whole number" in capsys.readouterr().out


def test_other_containers_of_the_same_meaning(capsys):
    check("00.1", pd.Series([_reference("00.1")]))
    check("00.1", np.array([_reference("00.1")]))
    check("01.7", pd.DataFrame({"SUM(b.amount)": [_reference("01.7")]}))
    monthly = _reference("00.6")
    check("00.6", monthly.copy())
    check("00.6", monthly.to_dict())
    check("00.6", monthly.to_frame("revenue"))
    check("00.6", monthly.set_axis(monthly.index.to_period("M")))
    check("00.6", monthly.set_axis(monthly.index.strftime("%Y-%m")))
    check("00.5", "  " + _reference("00.5").upper())
    out = capsys.readouterr().out
    assert out.count("✔") == 9 and "✘" not in out, out


def test_type_and_shape_hints(capsys):
    check("00.1", "300")
    assert "expects a number, got str" in capsys.readouterr().out
    monthly = _reference("00.6")
    check("00.6", monthly.iloc[:-1])
    assert "expects 24 values, got 23" in capsys.readouterr().out
    check("00.6", monthly.reset_index(drop=True))
    assert "not the expected index" in capsys.readouterr().out
    check("00.6", [1, 2])
    assert "expects a pandas Series" in capsys.readouterr().out
    check("00.1", [1, 2])
    assert "expects one value, got 2" in capsys.readouterr().out


@pytest.mark.parametrize("odd", [1 + 2j, object(), {"a": 1}, pd.Timestamp("2025-01-01"), b"x"])
def test_unsupported_answers_get_a_clear_cross_not_a_traceback(odd, capsys):
    check("00.1", odd)
    out = capsys.readouterr().out
    assert out.startswith("✘ 00.1 ") and "Traceback" not in out


def test_placeholder_unknown_id_and_hints(capsys):
    assert check("00.3", ...) is None
    assert "not yet" in capsys.readouterr().out
    with pytest.raises(ValueError, match="unknown exercise_id '99.9'"):
        check("99.9", 1)
    assert "customer" in hint("00.1") and "customer_type" in hint("00.1", 2)
    assert repr(hint("00.1")) == str(hint("00.1"))  # shown without quotes in Jupyter
    assert question("00.1").endswith("?")
    with pytest.raises(ValueError, match="level"):
        hint("00.1", 3)
    check("00.9", "anything")
    assert "written answer" in capsys.readouterr().out


def test_hints_never_name_the_kit_call():
    calls = re.compile(r"\b(differentiate|clv|interact|customize|identify|strategy|ka)\.\w+\(|\w+\(data")
    for exercise in REGISTRY.values():
        for text in (exercise.hint, exercise.method):
            assert not calls.search(text), (exercise.exercise_id, text)


def test_each_seed_has_its_own_answers(capsys):
    shipped = _reference("00.1")
    data = start(OTHER_SEED)
    assert f"seed {OTHER_SEED}" in capsys.readouterr().out and current_seed() == OTHER_SEED
    mine = int((data.customers["customer_type"] == "business").sum())
    assert mine == _reference("00.1") != shipped
    check("00.1", mine)
    assert "✔" in capsys.readouterr().out
    check("00.1", shipped)
    assert "shipped data (seed 0)" in capsys.readouterr().out
    data.customers.loc[:, "customer_type"] = "business"  # the student's copy, not the key
    assert _reference("00.1") == mine
    with pytest.raises(ValueError, match="student number"):
        start(-1)


def test_messages_in_chinese(capsys):
    set_language("zh")
    check("00.1", _reference("00.1"))
    check("00.1", ...)
    check("00.2", _reference("00.2") * 100)
    out = capsys.readouterr().out
    assert "✔ 00.1 正确。" in out and "还没有作答" in out and "百分数" in out
    with pytest.raises(ValueError):
        set_language("fr")


def test_compare_dataframes_and_sets():
    reference = pd.DataFrame({"a": [1.0, 2.0], "b": ["x", "y"]})
    assert compare(reference.copy(), reference) is None
    assert compare(reference[["a"]], reference) == "expects the column(s) ['b']."
    wrong = reference.assign(a=[1.0, 2.5])
    assert compare(wrong, reference) == "column 'a': is not right yet for 1 of 2 values."
    assert compare({"a", "b"}, {"a", "b"}) is None
    assert compare(["a"], {"a", "b"}) == "expects 2 items, got 1."
    assert compare(np.True_, True) is None


def test_strip_solutions_keeps_code_around_the_block():
    source = ("x = 1\n### BEGIN SOLUTION\nhelper = x + 1\nanswer = helper * 2\n"
              "### END SOLUTION\ncheck('00.1', answer)")
    assert strip_solutions(source) == "x = 1\nanswer = ...  # your code here\ncheck('00.1', answer)"
    assert strip_solutions("print(1)") == "print(1)"
