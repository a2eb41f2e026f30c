"""The gradebook: submissions run in a fresh kernel and are scored from the values they computed."""

import nbformat
import pandas as pd
import pytest

from crmlab import grade as grading
from crmlab.exercises import exercise_ids
from crmlab.exercises._check import _reference
from crmlab.exercises.build import BEGIN, END, SOLUTIONS, student_copy

CHAPTER = "00"
CHECKED = exercise_ids(CHAPTER, written=False)
WRITTEN = exercise_ids(CHAPTER, written=True)
SEED = 5


def solution():
    notebook = nbformat.read(SOLUTIONS / "00_data.ipynb", as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    return notebook


def set_seed(notebook, seed):
    first = next(c for c in notebook.cells if c.cell_type == "code")
    first.source = f"seed = {seed}  # my student number"
    return notebook


def exercise_cells(notebook):
    """The code cells that check an exercise, by id."""
    return {exercise_id: cell for cell in notebook.cells if cell.cell_type == "code"
            for exercise_id in CHECKED if f'check("{exercise_id}"' in cell.source}


def spoil(cell, exercise_id):
    """Keep the student's code but give a wrong answer last (and print a fake tick)."""
    name = cell.source.split(END)[1].split(",")[1].strip(" )\n")
    cell.source += f'\n{name} = 1\nprint("✔ {exercise_id} correct.")\ncheck("{exercise_id}", {name})'


@pytest.fixture(scope="module")
def gradebook(tmp_path_factory):
    folder = tmp_path_factory.mktemp("submissions")

    def save(name, notebook):
        nbformat.write(notebook, folder / name)
        return folder / name

    paths = []
    right = set_seed(solution(), SEED)
    student = student_copy(right)
    answer_cells = [c for c in student.cells if c.get("metadata", {}).get("crmlab", {}).get("answer")]
    answer_cells[0].source = "I would not cut service: revenue is not profit."
    paths.append(save("00_right.ipynb", student_copy_with_solutions(right, student)))

    wrong = set_seed(solution(), SEED + 1)
    for exercise_id, cell in exercise_cells(wrong).items():
        spoil(cell, exercise_id)
    paths.append(save("00_wrong.ipynb", wrong))

    half = set_seed(solution(), SEED + 2)
    for exercise_id in CHECKED[4:]:
        spoil(exercise_cells(half)[exercise_id], exercise_id)
    paths.append(save("00_half.ipynb", half))

    crash = set_seed(solution(), SEED + 3)
    exercise_cells(crash)["00.3"].source = "raise RuntimeError('oops')\n" + exercise_cells(crash)["00.3"].source
    paths.append(save("00_crash.ipynb", crash))

    loop = set_seed(solution(), SEED + 4)
    loop.cells.insert(4, nbformat.v4.new_code_cell("while True:\n    pass"))
    paths.append(save("00_loop.ipynb", loop))

    copied = set_seed(solution(), SEED + 5)
    for exercise_id, cell in exercise_cells(copied).items():
        reference = _reference(exercise_id, 0)
        if isinstance(reference, pd.Series):
            reference = reference.to_dict()
        cell.source = f"from pandas import Timestamp\ncheck({exercise_id!r}, {reference!r})"
    paths.append(save("00_copied.ipynb", copied))

    deleted = set_seed(solution(), SEED + 6)
    gone = [exercise_cells(deleted)[i] for i in ("00.7", "00.8")]
    deleted.cells = [c for c in deleted.cells if all(c is not g for g in gone)]
    paths.append(save("00_deleted.ipynb", deleted))

    table = grading.grade(paths, timeout=4, total_timeout=120)
    table.to_csv(folder / "grades.csv", index=False)
    return table.set_index("file")


def student_copy_with_solutions(solution_notebook, student):
    """The student copy with the solution code put back, as a student who solved everything hands it in."""
    solved = iter([c for c in solution_notebook.cells if c.cell_type == "code"])
    for cell in student.cells:
        if cell.cell_type == "code":
            cell.source = next(solved).source.replace(BEGIN + "\n", "").replace(END + "\n", "")
    return student


def test_gradebook_columns(gradebook):
    in_order = sorted([*CHECKED, *WRITTEN], key=lambda i: int(i.split(".")[1]))
    assert list(gradebook.columns) == ["seed", *in_order, "total", "out_of", "errors"]
    assert (gradebook["out_of"] == len(CHECKED)).all()


def test_all_right(gradebook):
    row = gradebook.loc["00_right.ipynb"]
    assert row["seed"] == SEED and row["total"] == len(CHECKED)
    assert row[WRITTEN[0]] == "written, to mark" and row[WRITTEN[1]] == "written, blank"
    assert pd.isna(row["errors"]) or row["errors"] == ""


def test_all_wrong_even_with_a_printed_tick(gradebook):
    row = gradebook.loc["00_wrong.ipynb"]
    assert row["seed"] == SEED + 1 and row["total"] == 0


def test_half_right(gradebook):
    row = gradebook.loc["00_half.ipynb"]
    assert row["total"] == 4
    assert [row[i] for i in CHECKED] == [1] * 4 + [0] * (len(CHECKED) - 4)


def test_a_crash_costs_only_its_exercise(gradebook):
    row = gradebook.loc["00_crash.ipynb"]
    assert row["00.3"] == 0 and row["total"] == len(CHECKED) - 1
    assert "crashed in cell" in row["errors"] and "RuntimeError" in row["errors"]
    assert "missing: 00.3" in row["errors"]


def test_an_endless_loop_is_interrupted(gradebook):
    row = gradebook.loc["00_loop.ipynb"]
    assert "timed out in cell 5" in row["errors"]
    assert row["total"] == len(CHECKED)


def test_answers_copied_from_the_shipped_data_earn_nothing(gradebook):
    row = gradebook.loc["00_copied.ipynb"]
    assert row["seed"] == SEED + 5
    seed_free = [i for i in CHECKED if not isinstance(_reference(i, 0), pd.Series)
                 and _reference(i, 0) == _reference(i, SEED + 5)]
    assert row["00.1"] == row["00.6"] == 0
    assert row["total"] == len(seed_free) <= 1  # only "which channel is busiest" is the same


def test_deleted_cells_are_missing(gradebook):
    row = gradebook.loc["00_deleted.ipynb"]
    assert row["00.7"] == 0 and row["00.8"] == 0 and row["total"] == len(CHECKED) - 2
    assert "missing: 00.7, 00.8" in row["errors"]


def test_answer_key_and_seed_tricks_are_flagged(tmp_path):
    notebook = set_seed(solution(), 3)
    notebook.cells.append(nbformat.v4.new_code_cell(
        "from crmlab.exercises._check import _reference\nstart(4)\ncheck('00.1', _reference('00.1'))"))
    path = tmp_path / "00_tricks.ipynb"
    nbformat.write(notebook, path)
    row = grading.grade_notebook(path, timeout=20)
    assert row["seed"] == 3
    assert "answer key" in row["errors"] and "seed changed" in row["errors"]
    assert row["00.1"] == 0 and "answered under another seed: 00.1" in row["errors"]


def test_command_line(tmp_path, gradebook, capsys):
    with pytest.raises(SystemExit):
        grading.main([str(tmp_path / "nothing.ipynb")])
    not_a_notebook = tmp_path / "00_broken.ipynb"
    not_a_notebook.write_text("{")
    out = tmp_path / "grades.csv"
    assert grading.main([str(not_a_notebook), "--out", str(out)]) == 0
    table = pd.read_csv(out)
    assert table.loc[0, "errors"].startswith("not a notebook") and table.loc[0, "total"] == 0
