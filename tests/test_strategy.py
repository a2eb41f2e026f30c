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


def test_proactive_line_is_the_same_retention_kept_apart():
    from crmlab.strategy import break_even, compare_scenarios  # noqa: F401

    together = cash_flows({**SMALL, "churn_reduction": 0.5})
    apart = cash_flows({**SMALL, "churn_reduction": 0.3, "proactive_churn_reduction": 0.2})
    assert (apart["retention"] + apart["proactive_retention"]).tolist() == \
        pytest.approx(together["retention"].tolist())
    assert apart["proactive_retention"].tolist() == pytest.approx([0, 400, 720])  # 100x0.2x0.2x100
    assert apart["net"].tolist() == pytest.approx(together["net"].tolist())
    with pytest.raises(ValueError, match="churn_reduction \\+ proactive"):
        program_roi({"churn_reduction": 0.6, "proactive_churn_reduction": 0.5})


def test_compare_scenarios_and_break_even_by_hand():
    from crmlab.strategy import break_even, compare_scenarios

    table = compare_scenarios({"measured": {**SMALL}, "with tiers": {**SMALL, "tiering_gain": 500.0}})
    assert table.loc["measured", "npv"] == pytest.approx(program_roi(SMALL)["npv"])
    # a yearly gain g adds g/1.1 + g/1.21 to the NPV
    assert table.loc["with tiers", "npv"] - table.loc["measured", "npv"] == \
        pytest.approx(500 / 1.1 + 500 / 1.21)
    # the set-up cost that brings the NPV to zero is the NPV plus the set-up cost itself
    assert break_even(SMALL, "upfront_cost") == pytest.approx(program_roi(SMALL)["npv"] + 1000)
    losing = {**SMALL, "churn_reduction": 0.0, "cross_sell_uplift": 0.0}
    gain = break_even(losing, "tiering_gain")
    assert program_roi({**losing, "tiering_gain": gain})["npv"] == pytest.approx(0, abs=1e-6)
    # running costs alone cannot bring a losing programme to zero: no break-even
    assert np.isnan(break_even(losing, "running_cost"))
    share = break_even(losing, "churn_reduction")
    assert 0 < share <= 1 and program_roi({**losing, "churn_reduction": share})["npv"] == \
        pytest.approx(0, abs=1e-6)
    with pytest.raises(ValueError, match="name must be an assumption"):
        break_even(SMALL, "years")
    with pytest.raises(ValueError, match="scenarios is empty"):
        compare_scenarios({})


def test_business_case_chart_colours_measured_and_assumed():
    import matplotlib

    matplotlib.use("Agg")
    import pandas as pd

    from crmlab import plot

    ledger = pd.DataFrame({"present_value": [100.0, 300.0, -250.0],
                           "status": ["measured (ch. 03)", "assumed (our guess)", "assumed"]},
                          index=["retention", "service_tiers", "upfront_cost"])
    ax = plot.business_case_chart(ledger)
    widths = sorted(p.get_width() for p in ax.patches)
    assert widths == [-250.0, 100.0, 300.0]
    assert ax.get_xlabel() and ax.get_title()
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["measured", "assumed"]


def test_retention_calls_are_a_cost_line():
    flows = cash_flows({**SMALL, "proactive_churn_reduction": 0.2, "retention_calls": 40,
                        "cost_per_retention_call": 3.0})
    assert flows["retention_call_cost"].tolist() == pytest.approx([0, -120, -120])  # 40 x 3
    without = cash_flows({**SMALL, "proactive_churn_reduction": 0.2})
    assert (without["net"] - flows["net"]).tolist() == pytest.approx([0, 120, 120])
    assert cash_flows(SMALL)["retention_call_cost"].eq(0).all()  # defaults: no calls, no cost
