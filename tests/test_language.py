"""One switch for the language: crmlab.set_language("zh") (issue 17, item 3)."""

from __future__ import annotations

import pandas as pd
import pytest

import crmlab
import crmlab.exercises as exercises
from crmlab.datasets import load_telecom


@pytest.fixture(autouse=True)
def english_after():
    yield
    crmlab.set_language("en")


def test_switch_and_exercises_stay_in_sync():
    assert crmlab.language() == "en"
    crmlab.set_language("zh")
    assert crmlab.language() == "zh" and exercises.language() == "zh"
    exercises.set_language("en")
    assert crmlab.language() == "en"
    exercises.set_language("zh")
    assert crmlab.language() == "zh"
    for bad in ("fr", "ZH", None, 1):
        with pytest.raises(ValueError, match="language must be one of"):
            crmlab.set_language(bad)
    assert crmlab.language() == "zh"


def test_zh_data_has_the_shipped_numbers_and_chinese_names():
    english = load_telecom()
    crmlab.set_language("zh")
    chinese = crmlab.load_telecom()
    assert chinese.customers["name"].str.contains(r"[\u4e00-\u9fff]").all()
    assert not english.customers["name"].str.contains(r"[\u4e00-\u9fff]").any()
    compared = 0
    for table, shipped in english.tables().items():
        mine = chinese.tables()[table]
        numeric = shipped.select_dtypes("number").columns
        assert list(mine.columns) == list(shipped.columns) and len(mine) == len(shipped)
        pd.testing.assert_frame_equal(mine[numeric], shipped[numeric])
        compared += len(numeric)
    assert compared > 20
    # cached, and a copy every time
    again = crmlab.load_telecom()
    again.customers.loc[:, "name"] = "x"
    assert crmlab.load_telecom().customers["name"].iloc[0] != "x"
    # an explicit locale overrides the switch
    assert crmlab.load_telecom(locale="en_US").customers["name"].equals(english.customers["name"])
    crmlab.set_language("en")
    assert crmlab.load_telecom(locale="zh_CN").customers["name"].equals(chinese.customers["name"])
    with pytest.raises(ValueError, match="locale"):
        crmlab.load_telecom(locale="fr_FR")


def test_start_builds_the_zh_world_and_checks_keep_working(capsys):
    from crmlab.exercises._check import _reference

    crmlab.set_language("zh")
    data = exercises.start(0)
    assert data.customers["name"].str.contains(r"[\u4e00-\u9fff]").all()
    exercises.check("00.1", _reference("00.1"))
    out = capsys.readouterr().out
    assert "种子 0" in out and "✔ 00.1 正确。" in out
    crmlab.set_language("en")
    assert not exercises.start(0, quiet=True).customers["name"].str.contains(
        r"[\u4e00-\u9fff]").any()
