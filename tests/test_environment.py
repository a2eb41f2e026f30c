"""environment.yml (conda / Binder) and pyproject.toml list the same dependencies."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def split(requirement: str) -> tuple[str, str]:
    name, spec = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", requirement).groups()
    return name.lower().replace("_", "-"), spec.replace(" ", "")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = dict(split(r) for r in project["dependencies"] + project["optional-dependencies"]["dev"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    listed = {}
    for entry in env["dependencies"]:
        if isinstance(entry, dict):
            for item in entry["pip"]:
                if item != "-e .":
                    listed.update([split(item)])
        elif not entry.startswith(("python", "pip")):
            listed.update([split(entry)])
    assert listed == wanted


def test_environment_installs_the_package_itself():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip = [e for e in env["dependencies"] if isinstance(e, dict)]
    assert pip and "-e ." in pip[0]["pip"]
