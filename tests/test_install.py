"""A normal (non-editable) install carries its data: the wheel built from the repository and the
wheel built from the sdist both give a working load_telecom(), load_cdnow() and exercise checks,
in a fresh virtual environment, run outside the repository."""

import os
import subprocess
import sys
import sysconfig
import textwrap
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SMOKE = textwrap.dedent("""
    import hashlib, pathlib, sys
    import crmlab, crmlab.datasets as ds
    from crmlab.exercises import exercise_ids, start
    from crmlab.exercises._check import _reference, feedback
    here = pathlib.Path(crmlab.__file__).resolve().parent
    assert str(here).startswith(sys.prefix), (here, sys.prefix)   # the installed copy, not the repo
    assert ds.DATASETS == here / "_data", ds.DATASETS
    data = crmlab.load_telecom()
    assert len(data.customers) == 5000 and len(data.bills) > 50_000
    assert len(ds.load_cdnow("summary")) == 2357 and len(ds.load_cdnow()) > 6000
    start(0, quiet=True)
    for exercise_id in exercise_ids(written=False):   # every check works on the installed data
        assert feedback(exercise_id, _reference(exercise_id, 0), 0) is None, exercise_id
    from crmlab.questions import exam
    assert len(exam(0, chapters=["00"], n=2)) == 2
    digest = hashlib.sha256()
    for csv in sorted((here / "_data" / "telecom").glob("*.csv")):
        digest.update(csv.read_bytes())
    print("DIGEST", digest.hexdigest())
""")


def _digest_of_repository_data() -> str:
    import hashlib

    digest = hashlib.sha256()
    for csv in sorted((ROOT / "datasets" / "telecom").glob("*.csv")):
        digest.update(csv.read_bytes())
    return digest.hexdigest()


def _run(*args, cwd=None):
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{' '.join(map(str, args))}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _fresh_env(folder: Path) -> Path:
    """A new venv that sees the dependencies of the running one, but not its (editable) crmlab:
    a .pth line adds the running site-packages as a plain path, where .pth files (the editable
    finder among them) are not processed."""
    venv.EnvBuilder(with_pip=False).create(folder)
    python = folder / "bin" / "python"
    Path(_purelib(python), "_crmlab_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def _install_and_check(wheel: Path, folder: Path) -> None:
    python = _fresh_env(folder / "env")
    _run(sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--target", _purelib(python), str(wheel))
    run_in = folder / "elsewhere"
    run_in.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([python, "-c", SMOKE], cwd=run_in, capture_output=True, text=True,
                            timeout=600, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    # package data, not regeneration: the installed CSVs are the repository's bytes
    assert f"DIGEST {_digest_of_repository_data()}" in result.stdout


def _purelib(python: Path) -> str:
    return subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", str(out), str(ROOT))
    sdist = next(out.glob("crmlab-*.tar.gz"))
    _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out / "from_repo"), str(ROOT))
    _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out / "from_sdist"), str(sdist))
    return out


@pytest.mark.parametrize("source", ["from_repo", "from_sdist"])
def test_installed_wheel_carries_the_data(built, source, tmp_path):
    wheel = next((built / source).glob("crmlab-*.whl"))
    _install_and_check(wheel, tmp_path)
