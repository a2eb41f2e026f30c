"""A gradebook from submitted exercise notebooks: ``python -m crmlab.grade SUBMISSION.ipynb... --out grades.csv``.

Each submission runs top to bottom in a fresh kernel (errors do not stop it, a cell that runs too
long is interrupted), as nbgrader's autograder does. A last cell added by the grader then reads
back, from the kernel, the seed the notebook started with and every answer it gave to ``check``
— the values, not the printed text. Those values are scored here, in the grader's own process,
against the reference answers of that seed. So a printed "✔", answers copied from another seed
and deleted exercise cells earn nothing.

One row per submission: ``file, seed, <one column per exercise>, total, out_of, errors``. A checked
exercise scores 1 or 0; a written ("Decide") one reads "written, to mark" (or "written, blank"
when its answer cell was left as given); ``errors`` lists crashes, timeouts, missing answers and
anything an instructor should look at by hand.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import re
import secrets
import sys
from pathlib import Path

import pandas as pd

from .exercises._check import _reference, _valid_seed, exercise_ids, feedback

DEFAULT_TIMEOUT = 120  # seconds per cell
SEED_LINE = re.compile(r"^\s*seed\s*=\s*(\d+)", re.M)
CHAPTER = re.compile(r"^(\d{2})_")
ANSWER_KEY = re.compile(r"_reference|REGISTRY|ANSWERS|ANSWER_SEEDS|_record|exercises\._check|"
                        r"from\s+crmlab\.exercises\s+import\s+_")
WRITTEN_TODO = "written, to mark"
WRITTEN_BLANK = "written, blank"


def _nbformat():
    try:
        import nbformat
        from nbclient import NotebookClient
    except ImportError as error:  # nbclient is a dev dependency of crmlab
        raise ImportError("crmlab.grade needs nbformat and nbclient to run notebooks: "
                          "pip install nbclient (or pip install -e '.[dev]')") from error
    return nbformat, NotebookClient


def chapter_of(notebook, path: Path) -> str | None:
    """The chapter ("00"…"06") from the notebook's metadata, else from its file name."""
    chapter = notebook.metadata.get("crmlab", {}).get("chapter")
    if chapter:
        return str(chapter)
    match = CHAPTER.match(path.name)
    return match.group(1) if match else None


def _seed_in_source(notebook) -> int | None:
    for cell in notebook.cells:
        if cell.cell_type == "code":
            match = SEED_LINE.search(cell.source)
            if match:
                return int(match.group(1))
    return None


def _written_answers(notebook, ids: list[str]) -> dict[str, str]:
    from .exercises.build import ANSWER_PLACEHOLDER, ANSWER_PLACEHOLDER_ZH

    found = {}
    for cell in notebook.cells:
        exercise_id = cell.get("metadata", {}).get("crmlab", {}).get("answer")
        if cell.cell_type == "markdown" and exercise_id in ids:
            blank = cell.source.strip() in ("", ANSWER_PLACEHOLDER.format(id=exercise_id),
                                            ANSWER_PLACEHOLDER_ZH.format(id=exercise_id))
            found[exercise_id] = WRITTEN_BLANK if blank else WRITTEN_TODO
    return {i: found.get(i, WRITTEN_BLANK) for i in ids}


def run_notebook(notebook, folder: Path, timeout: float, total_timeout: float | None = None,
                 kernel_name: str = "python3") -> tuple[dict | None, list[str]]:
    """Execute ``notebook`` (a copy) with a read-back cell at the end.

    Returns the recorded seeds and answers (None when they could not be read) and the problems met.
    """
    from .exercises._record import load

    _, NotebookClient = _nbformat()
    nbformat, _ = _nbformat()
    notebook = copy.deepcopy(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nonce = secrets.token_hex(16)
    notebook.cells.append(nbformat.v4.new_code_cell(
        "import crmlab.exercises._record as _grader_record\n"
        f"print({nonce!r} + _grader_record.dump())"))
    client = NotebookClient(notebook, timeout=timeout, kernel_name=kernel_name, allow_errors=True,
                            interrupt_on_timeout=True, record_timing=False,
                            resources={"metadata": {"path": str(folder)}})
    problems: list[str] = []
    total_timeout = total_timeout or 10 * timeout + 60

    async def execute():
        await asyncio.wait_for(client.async_execute(), total_timeout)

    try:
        asyncio.run(execute())
    except (asyncio.TimeoutError, TimeoutError):
        problems.append(f"timed out: the notebook ran over {total_timeout:.0f} s")
        return None, problems
    except Exception as error:  # a dead kernel, a notebook nbclient cannot run
        problems.append(f"could not run: {type(error).__name__}: {str(error)[:120]}")
        return None, problems
    for number, cell in enumerate(notebook.cells[:-1], start=1):
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if output.get("output_type") == "error":
                if output.get("ename") == "KeyboardInterrupt":
                    problems.append(f"timed out in cell {number} (over {timeout:.0f} s)")
                else:
                    problems.append(f"crashed in cell {number} ({output.get('ename')})")
    text = "".join(o.get("text", "") for o in notebook.cells[-1].get("outputs", [])
                   if o.get("output_type") == "stream")
    lines = [line for line in text.splitlines() if line.startswith(nonce)]
    if not lines:
        problems.append("no answers could be read back (the kernel died or crmlab is missing)")
        return None, problems
    try:
        return load(lines[-1][len(nonce):]), problems
    except Exception as error:
        problems.append(f"answers unreadable ({type(error).__name__})")
        return None, problems


def grade_notebook(path, timeout: float = DEFAULT_TIMEOUT, total_timeout: float | None = None,
                   kernel_name: str = "python3") -> dict:
    """Run one submission and score it: a dict of the gradebook row."""
    nbformat, _ = _nbformat()
    path = Path(path)
    row: dict = {"file": path.name, "seed": None}
    errors: list[str] = []
    try:
        notebook = nbformat.read(path, as_version=4)
    except Exception as error:
        return {**row, "total": 0, "out_of": 0,
                "errors": f"not a notebook ({type(error).__name__})"}
    chapter = chapter_of(notebook, path)
    if chapter is None or not exercise_ids(chapter):
        return {**row, "total": 0, "out_of": 0, "errors": "unknown chapter: keep the NN_ file name"}
    checked, written = exercise_ids(chapter, written=False), exercise_ids(chapter, written=True)
    source = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
    if ANSWER_KEY.search(source):
        errors.append("reaches into the answer key (crmlab.exercises internals): review by hand")

    recorded, problems = run_notebook(notebook, path.parent, timeout, total_timeout, kernel_name)
    errors += problems
    seeds = recorded["seeds"] if recorded else []
    answers = recorded["answers"] if recorded else {}
    written_seed = _seed_in_source(notebook)
    seed = seeds[0] if seeds else written_seed if written_seed is not None else 0
    if recorded and not seeds:
        errors.append("never called start(seed): graded on seed 0")
    if len(set(seeds)) > 1:
        errors.append(f"the seed changed during the notebook ({sorted(set(seeds))}): graded on {seed}")
    if written_seed is not None and seeds and written_seed != seed:
        errors.append(f"the seed line says {written_seed} but start() was called with {seed}")
    try:
        seed = _valid_seed(seed)
    except ValueError:
        errors.append(f"invalid seed {seed!r}: graded on seed 0")
        seed = 0
    row["seed"] = seed

    missing, other_seed = [], []
    for exercise_id in checked:
        if exercise_id not in answers:
            row[exercise_id] = 0
            missing.append(exercise_id)
            continue
        answer_seed, answer = answers[exercise_id]
        if answer_seed is not None and answer_seed != seed:
            row[exercise_id] = 0
            other_seed.append(exercise_id)
            continue
        _reference(exercise_id, seed)  # computed here, in the grader's process
        row[exercise_id] = int(feedback(exercise_id, answer, seed) is None)
    row.update(_written_answers(notebook, written))
    if missing and recorded is not None:
        errors.append("missing: " + ", ".join(missing))
    if other_seed:
        errors.append("answered under another seed: " + ", ".join(other_seed))
    row["total"] = sum(row[i] for i in checked)
    row["out_of"] = len(checked)
    row["errors"] = "; ".join(errors)
    return row


def grade(paths, timeout: float = DEFAULT_TIMEOUT, total_timeout: float | None = None,
          kernel_name: str = "python3") -> pd.DataFrame:
    """The gradebook of several submissions, one row each (columns in exercise order)."""
    rows = [grade_notebook(p, timeout, total_timeout, kernel_name) for p in paths]
    ids = [i for i in exercise_ids() if any(i in row for row in rows)]
    columns = ["file", "seed", *ids, "total", "out_of", "errors"]
    return pd.DataFrame(rows).reindex(columns=columns)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m crmlab.grade",
        description="Run submitted exercise notebooks and write a gradebook CSV, scored from the "
                    "values each notebook computed on its own seed.")
    parser.add_argument("submissions", nargs="+", type=Path, help="submitted .ipynb files")
    parser.add_argument("--out", type=Path, default=Path("grades.csv"), help="gradebook CSV")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help=f"seconds a cell may run before it is interrupted ({DEFAULT_TIMEOUT})")
    parser.add_argument("--total-timeout", type=float, default=None,
                        help="seconds a whole notebook may run (default 10 x timeout + 60)")
    parser.add_argument("--kernel", default="python3", help="Jupyter kernel name")
    args = parser.parse_args(argv)
    for path in args.submissions:
        if not path.exists():
            parser.error(f"no such file: {path}")
    table = grade(args.submissions, args.timeout, args.total_timeout, args.kernel)
    table.to_csv(args.out, index=False)
    for row in table.itertuples():
        note = f"  ({row.errors})" if row.errors else ""
        print(f"{row.file}: seed {row.seed}, {row.total}/{row.out_of}{note}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
