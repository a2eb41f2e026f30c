"""The exercise mechanism: check(), the reference answers, and student copies in sync with solutions."""

import re
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest

from crmlab.exercises import check, exercise_ids, hint, question
from crmlab.exercises._check import _reference, compare
from crmlab.exercises.build import EXERCISES, SOLUTIONS, student_copy, strip_solutions

SOLUTION_PATHS = sorted(SOLUTIONS.glob("*.ipynb"))
CHECK_CALL = re.compile(r"""check\(\s*["']([0-9]{2}\.[0-9]+)["']""")


def outputs_text(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []))


def test_there_are_solutions_and_student_copies():
    assert SOLUTION_PATHS
    for path in SOLUTION_PATHS:
        assert (EXERCISES / path.name).exists(), f"no student copy of {path.name}"


@pytest.mark.parametrize("path", SOLUTION_PATHS, ids=lambda p: p.name)
def test_student_copy_is_the_solution_without_its_solutions(path):
    """One source of truth: regenerate with `make exercises` when this fails."""
    solution = nbformat.read(path, as_version=4)
    student = nbformat.read(EXERCISES / path.name, as_version=4)
    expected = student_copy(solution)
    assert [c.cell_type for c in student.cells] == [c.cell_type for c in expected.cells]
    for mine, wanted in zip(student.cells, expected.cells):
        assert mine.source == wanted.source
    assert "BEGIN SOLUTION" not in "".join(c.source for c in student.cells)


@pytest.mark.parametrize("path", SOLUTION_PATHS, ids=lambda p: p.name)
def test_solutions_pass_and_student_copies_say_not_yet(path):
    solution = nbformat.read(path, as_version=4)
    student = nbformat.read(EXERCISES / path.name, as_version=4)
    ids = [m for c in solution.cells if c.cell_type == "code" for m in CHECK_CALL.findall(c.source)]
    assert len(ids) >= 4
    solved = "".join(outputs_text(c) for c in solution.cells)
    waiting = "".join(outputs_text(c) for c in student.cells)
    for exercise_id in ids:
        assert f"✔ {exercise_id} correct." in solved
        assert f"✘ {exercise_id} not yet" in waiting
    assert "✘" not in solved and "✔" not in waiting


def test_every_registered_exercise_is_in_a_notebook():
    used = {m for path in SOLUTION_PATHS for c in nbformat.read(path, as_version=4).cells
            for m in CHECK_CALL.findall(c.source)}
    assert used == set(exercise_ids())


def test_check_right_and_wrong(capsys):
    right = _reference("00.1")
    assert check("00.1", right) is True
    assert "✔ 00.1 correct." in capsys.readouterr().out
    assert check("00.1", right + 1) is False
    out = capsys.readouterr().out
    assert "✘ 00.1 is not right yet." in out and "Hint:" in out
    assert str(right) not in out  # never the answer


def test_check_tolerates_float_noise_and_spots_percentages(capsys):
    share = _reference("00.2")
    assert check("00.2", share + 1e-6)
    assert check("00.2", np.float32(share))
    assert not check("00.2", share * 100)
    assert "factor of 100" in capsys.readouterr().out


def test_check_type_and_shape_hints(capsys):
    assert not check("00.1", "300")
    assert "expects a number, got str" in capsys.readouterr().out
    monthly = _reference("00.6")
    assert check("00.6", monthly.copy())
    assert check("00.6", monthly.to_dict())
    assert not check("00.6", monthly.iloc[:-1])
    assert "expects 24 values, got 23" in capsys.readouterr().out
    assert not check("00.6", monthly.reset_index(drop=True))
    assert "not the expected index" in capsys.readouterr().out
    assert not check("00.6", monthly.to_frame())
    assert "expects a pandas Series, got DataFrame" in capsys.readouterr().out
    assert check("00.5", "  " + _reference("00.5").upper())


def test_placeholder_and_unknown_id(capsys):
    assert check("00.3", ...) is False
    assert "not yet" in capsys.readouterr().out
    with pytest.raises(ValueError, match="unknown exercise_id '99.9'"):
        check("99.9", 1)
    assert "customer_type" in hint("00.1")
    assert question("00.1").endswith("?")


def test_compare_dataframes():
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
