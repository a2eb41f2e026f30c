"""The committed notebooks are stored the way JupyterLab would store them, so a student who opens
one is not asked to save it on close, and their diffs carry no timestamps."""

from pathlib import Path

import nbformat
import pytest

from crmlab.exercises.build import KERNELSPEC

ROOT = Path(__file__).resolve().parent.parent
# English and Chinese (zh/) editions of the chapters, the student copies and the solutions.
FOLDERS = ["notebooks", "exercises", "exercises/solutions",
           "notebooks/zh", "exercises/zh", "exercises/zh/solutions"]
NOTEBOOKS = [path for folder in FOLDERS for path in sorted(ROOT.glob(f"{folder}/*.ipynb"))]


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 21


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_opens_unmodified(path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata["kernelspec"] == KERNELSPEC
    assert all("id" in cell for cell in notebook.cells)
    assert not [cell.id for cell in notebook.cells if "execution" in cell.get("metadata", {})]
