"""Student copies of the exercise notebooks, made from the worked solutions.

The solution notebook (``exercises/solutions/NN_*.ipynb``) is the one source of truth. In it,
the code a student must write sits between ``### BEGIN SOLUTION`` and ``### END SOLUTION``.
The student copy (``exercises/NN_*.ipynb``) replaces each such block with ``name = ...`` for
every name the block assigns and the rest of the cell uses, drops all outputs and is then run,
so it is committed showing the checks' "not yet". A markdown cell holding the model answer and
marking guide of a written ("Decide") question carries the metadata ``{"crmlab": {"model_answer":
"NN.K"}}``; the student copy replaces it with an empty answer cell (``{"crmlab": {"answer": "NN.K"}}``).

The Chinese edition (中文版) is built the same way: ``exercises/zh/solutions/NN_*.ipynb`` →
``exercises/zh/NN_*.ipynb``, with a Chinese answer cell.

Run ``make exercises`` (``python -m crmlab.exercises.build``) after editing a solution;
``tests/test_exercises.py`` fails when a student copy has drifted from its solution.
"""

from __future__ import annotations

import ast
import copy
import re
import sys
from pathlib import Path

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
PLACEHOLDER = "{name} = ...  # your code here"
ANSWER_PLACEHOLDER = ("**Your answer ({id}).** _Write your decision and its reasons here, with the numbers "
                      "you rely on (double-click to edit)._")
#: The empty answer cell of a written question in the Chinese edition.
ANSWER_PLACEHOLDER_ZH = "**你的答案（{id}）** _在这里写下你的决策和理由，并写出你所依据的数字（双击编辑）。_"
ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"
SOLUTIONS = EXERCISES / "solutions"
#: The Chinese edition: student copies and their solutions.
EXERCISES_ZH = EXERCISES / "zh"
SOLUTIONS_ZH = EXERCISES_ZH / "solutions"
#: (solutions folder, student-copy folder, answer placeholder) of each edition.
EDITIONS = [(SOLUTIONS, EXERCISES, ANSWER_PLACEHOLDER), (SOLUTIONS_ZH, EXERCISES_ZH, ANSWER_PLACEHOLDER_ZH)]
_BLOCK = re.compile(rf"^[ \t]*{re.escape(BEGIN)}[^\n]*\n(.*?)^[ \t]*{re.escape(END)}[^\n]*(\n|$)",
                    re.M | re.S)


def _assigned(code: str) -> list[str]:
    """Top-level names assigned in ``code``, in order of first assignment."""
    names: list[str] = []
    for node in ast.parse(code).body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        for target in targets:
            for leaf in ast.walk(target):
                if isinstance(leaf, ast.Name) and leaf.id not in names:
                    names.append(leaf.id)
    return names


def _used(code: str) -> set[str]:
    return {n.id for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Name)}


def strip_solutions(source: str) -> str:
    """The student version of one code cell's source.

    Examples
    --------
    >>> cell = "### BEGIN SOLUTION\\ntotal = 1 + 1\\n### END SOLUTION\\ncheck('x', total)"
    >>> print(strip_solutions(cell))
    total = ...  # your code here
    check('x', total)
    """
    def replace(match: re.Match) -> str:
        block = match.group(1)
        rest = source[match.end():]
        names = [n for n in _assigned(block) if n in _used(rest)] if rest.strip() else []
        if not names:
            names = _assigned(block)[-1:]
        return "".join(PLACEHOLDER.format(name=n) + "\n" for n in names) if names else \
            "# your code here\n"
    return _BLOCK.sub(replace, source).rstrip("\n")


def student_copy(solution, placeholder: str = ANSWER_PLACEHOLDER):
    """A new notebook: solution blocks replaced, outputs and execution counts dropped; model
    answers replaced by ``placeholder`` (``ANSWER_PLACEHOLDER_ZH`` for the Chinese edition)."""
    notebook = copy.deepcopy(solution)
    for cell in notebook.cells:
        written = cell.get("metadata", {}).get("crmlab", {}).get("model_answer")
        if cell.cell_type == "markdown" and written:
            cell.source = placeholder.format(id=written)
            cell.metadata["crmlab"] = {"answer": written}
            continue
        if cell.cell_type != "code":
            continue
        cell.source = strip_solutions(cell.source)
        cell.outputs = []
        cell.execution_count = None
    return notebook


# What JupyterLab writes into a notebook when it opens it with ipykernel's kernel: a notebook
# stored with anything else (e.g. nbformat's "Python 3") opens marked as modified.
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def normalise(notebook):
    """The kernelspec JupyterLab expects, and no per-cell timing metadata (stable diffs)."""
    notebook.metadata["kernelspec"] = dict(KERNELSPEC)
    for cell in notebook.cells:
        cell.get("metadata", {}).pop("execution", None)
    return notebook


def execute(notebook, folder: Path):
    """Run a notebook top to bottom in ``folder`` (outputs are stored in it)."""
    from nbclient import NotebookClient

    NotebookClient(notebook, timeout=300, kernel_name="python3", record_timing=False,
                   resources={"metadata": {"path": str(folder)}}).execute()
    return normalise(notebook)


def main(argv=None) -> int:
    """Run the solutions in place (``--solutions``), then rebuild and run every student copy;
    ``--normalise PATH...`` only normalises the notebooks given."""
    import nbformat

    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--normalise"]:
        for path in argv[1:]:
            nbformat.write(normalise(nbformat.read(path, as_version=4)), path)
        return 0
    for solutions_folder, folder, placeholder in EDITIONS:
        solutions = sorted(solutions_folder.glob("*.ipynb"))
        if "--solutions" in argv:
            for path in solutions:
                nbformat.write(execute(nbformat.read(path, as_version=4), solutions_folder), path)
                print(f"ran {path.relative_to(ROOT)}")
        for path in solutions:
            notebook = execute(student_copy(nbformat.read(path, as_version=4), placeholder), folder)
            target = folder / path.name
            nbformat.write(notebook, target)
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
