"""environment.yml (conda / Binder) and pyproject.toml list the same dependencies."""

import re
import tomllib
from pathlib import Path

import pytest
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


def test_glossary_page_is_current_and_large_enough():
    from crmlab.glossary import glossary, glossary_markdown, term

    table = glossary()
    assert len(table) >= 60
    assert table["english"].is_unique and table["chinese"].is_unique
    assert table["definition"].str.len().gt(10).all()
    assert (ROOT / "GLOSSARY.md").read_text(encoding="utf-8") == glossary_markdown() + "\n"
    assert term("大客户")["english"] == "key account"
    with pytest.raises(KeyError, match="matches several"):
        term("customer")
