"""One set of versions everywhere: requirements.lock (make setup, CI), environment.yml (conda,
Binder) and pyproject.toml (lower bounds for people who install crmlab as a library) agree."""

import re
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


def project_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["dev"]]


def locked() -> dict[str, list[str]]:
    """Package name -> the exact version(s) in requirements.lock (one per marker branch)."""
    versions: dict[str, list[str]] = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^ ;]+)", line)
        if match:
            name = match.group(1).lower().replace("_", "-")
            versions.setdefault(name, []).append(match.group(2))
    return versions


def test_lock_pins_every_dependency_within_pyproject_bounds():
    versions = locked()
    for requirement in project_requirements():
        name = requirement.name.lower().replace("_", "-")
        assert name in versions, f"{name} is in pyproject.toml but not in requirements.lock: make lock"
        for version in versions[name]:
            assert requirement.specifier.contains(version, prereleases=True), (
                f"requirements.lock has {name}=={version}, outside pyproject's {requirement}")


def test_lock_is_exact():
    lines = [l for l in (ROOT / "requirements.lock").read_text().splitlines()
             if l.strip() and not l.lstrip().startswith("#")]
    assert lines and all(re.match(r"^[A-Za-z0-9_.\-]+==\S+( ; .+)?$", l) for l in lines)


def test_faker_is_pinned_exactly():
    # Faker promises the same output for a seed only within one version: the shipped data needs it
    faker = [r for r in project_requirements() if r.name.lower() == "faker"]
    assert faker and str(faker[0].specifier).startswith("==")
    assert locked()["faker"] == [str(faker[0].specifier)[2:]]


def test_environment_yml_installs_the_lock_and_the_package():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = [e for e in env["dependencies"] if isinstance(e, str)]
    assert sorted(conda) == ["pip", "python=3.11"]
    pip = [e for e in env["dependencies"] if isinstance(e, dict)][0]["pip"]
    assert pip == ["-r requirements.lock", "-e ."]


def test_binder_installs_a_chinese_font():
    assert "fonts-noto-cjk" in (ROOT / "apt.txt").read_text().split()


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
