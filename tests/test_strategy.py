"""crmlab.strategy: cash flows by hand, NPV/ROI/payback, sensitivity, bad assumptions."""

import numpy as np
import pytest

from crmlab.strategy import DEFAULT_ASSUMPTIONS, cash_flows, program_roi, sensitivity

SMALL = {"customers": 100, "annual_margin_per_customer": 100.0, "base_annual_churn": 0.2,
         "churn_reduction": 0.5, "campaign_share": 0.5, "cross_sell_uplift": 0.1,
         "margin_per_sale": 20.0, "cost_per_contact": 1.0, "tiering_gain": 0.0,
         "upfront_cost": 1000.0, "running_cost": 100.0, "years": 2, "discount_rate": 0.1}


def test_cash_flows_by_hand():
    flows = cash_flows(SMALL)
    # 100 x 0.2 x 0.5 = 10 customers saved a year; year 2 keeps 80 % of year 1's plus 10 new
    assert flows["retention"].tolist() == pytest.approx([0, 1000, 1800])
    assert flows["cross_sell"].tolist() == pytest.approx([0, 100, 100])  # 50 calls x 0.1 x 20
    assert flows["contact_cost"].tolist() == pytest.approx([0, -50, -50])
    assert flows["net"].tolist() == pytest.approx([-1000, 950, 1750])
    result = program_roi(SMALL)
    npv = -1000 + 950 / 1.1 + 1750 / 1.21
    assert result["npv"] == pytest.approx(npv)
    costs = 1000 + 150 / 1.1 + 150 / 1.21
    assert result["roi"] == pytest.approx(npv / costs)
    assert result["payback_year"] == 2


def test_more_effect_more_value_and_discounting_hurts():
    base = program_roi()["npv"]
    assert program_roi({"churn_reduction": 0.2})["npv"] > base
    assert program_roi({"upfront_cost": 1e6})["npv"] < base
    assert program_roi({"discount_rate": 0.3})["npv"] < base
    never = program_roi({"churn_reduction": 0.0, "tiering_gain": 0.0})
    assert never["npv"] < 0 and np.isnan(never["payback_year"])


def test_sensitivity_table():
    table = sensitivity(change=0.2)
    assert "years" not in table.index
    assert table["swing"].is_monotonic_decreasing
    assert (table["base"] == program_roi()["npv"]).all()
    assert table.loc["upfront_cost", "low"] > table.loc["upfront_cost", "high"]
    roi = sensitivity(metric="roi", names=["churn_reduction"])
    assert list(roi.index) == ["churn_reduction"]


@pytest.mark.parametrize("assumptions, words", [
    ({"churn_reduction": 1.5}, "must be <= 1"),
    ({"customers": -1}, "must be a number >= 0"),
    ({"years": 0}, "whole number >= 1"),
    ({"growth": 0.1}, "unknown assumption"),
])
def test_bad_assumptions(assumptions, words):
    with pytest.raises(ValueError, match=words):
        program_roi(assumptions)


def test_defaults_are_complete():
    assert set(cash_flows().columns) >= {"benefits", "costs", "net"}
    assert len(cash_flows()) == DEFAULT_ASSUMPTIONS["years"] + 1
    with pytest.raises(ValueError, match="metric must be one of"):
        sensitivity(metric="irr")
