"""Charts return labelled Axes; widgets compute through the kit's functions."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from crmlab import differentiate, plot  # noqa: E402
from crmlab.clv import ShiftedBetaGeometric, simple_clv  # noqa: E402
from crmlab.widgets import abc_explorer, clv_explorer  # noqa: E402

VALUES = pd.Series([50.0, 30.0, 10.0, 5.0, 5.0, 0.0])


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def labelled(ax):
    return bool(ax.get_title()) and bool(ax.get_xlabel()) and bool(ax.get_ylabel())


def test_value_charts():
    ax = plot.pareto_chart(differentiate.pareto_table(VALUES))
    assert labelled(ax)
    assert any("top 20%" in t.get_text() for t in ax.texts)
    ax = plot.lorenz_curve(differentiate.lorenz_points(VALUES), gini=differentiate.gini(VALUES))
    assert labelled(ax) and "Gini = 0.55" in ax.get_title()  # 330 / (6 x 100)


def test_rfm_pyramid_portfolio_survival_charts():
    rfm = pd.DataFrame({"R": [5, 1, 3], "F": [5, 1, 2], "monetary": [100.0, 5.0, 20.0]})
    grid = differentiate.rfm_grid(rfm)
    assert grid.shape == (5, 5) and grid.loc[5, 5] == 100.0 and np.isnan(grid.loc[5, 1])
    assert labelled(plot.rfm_heatmap(grid))
    counts = pd.Series([2, 3, 10, 1], index=differentiate.PYRAMID_LEVELS)
    ax = plot.pyramid_chart(counts)
    assert ax.get_title() == "Customer pyramid" and len(ax.patches) == 4
    table = differentiate.portfolio_table(pd.Series(["high", "low", "low"]),
                                          pd.Series(["high", "low", "low"]))
    assert table["customers"].sum() == 3
    assert table.set_index(["attractiveness", "relationship"]).loc[("low", "low"), "customers"] == 2
    ax = plot.portfolio_matrix(table)
    assert labelled(ax) and len(ax.patches) == 9
    model = ShiftedBetaGeometric().fit([1000, 631, 468, 382, 326, 289, 262, 241])
    periods = np.arange(8)
    observed = pd.Series([1000, 631, 468, 382, 326, 289, 262, 241], index=periods) / 1000
    ax = plot.survival_curve(observed, pd.Series(model.survival(periods), index=periods), unit="year")
    assert labelled(ax) and ax.get_xlabel() == "years since joining"


def test_monthly_trend_needs_its_columns():
    with pytest.raises(ValueError, match=r"missing column\(s\) \['active_customers'\]"):
        plot.monthly_trend(pd.DataFrame({"revenue": [1.0]}))


def test_clv_explorer_uses_simple_clv(capsys):
    box = clv_explorer()
    value = box.update(60, 0.9, 0.1, 12)
    assert value == pytest.approx(simple_clv(60, 0.9, 0.1, horizon=12))
    assert f"{value:,.1f}" in box.children[2].value


def test_abc_explorer_summarises_classes(capsys):
    box = abc_explorer(VALUES)
    summary = box.update(0.5, 0.9)
    assert summary["customers"].tolist() == [1, 2, 3]
    assert summary["value share"].sum() == pytest.approx(1.0)
    assert box.update(0.9, 0.8) is None
    assert "must be above" in box.children[1].value


def test_staffing_explorer_and_chapter03_charts(capsys):
    from crmlab.interact import agents_required
    from crmlab.widgets import staffing_explorer

    box = staffing_explorer()
    assert box.update(300, 240, 0.8) == agents_required(300, 1800, 240, 0.8, 20)
    assert "agents</b>" in box.children[1].value
    funnel = pd.DataFrame({"complaints": [10, 8, 5, 2], "median_hours": [0, 2, 30, 90]},
                          index=["vent", "record", "remedy", "follow up"])
    ax = plot.complaint_funnel_chart(funnel)
    assert len(ax.patches) == 4 and "follow up: 2 (median 90 h)" in [t.get_text() for t in ax.texts]
    chain = pd.DataFrame({"churn_within_180_days": [0.12, 0.06, 0.02]},
                         index=["detractor", "passive", "promoter"])
    ax = plot.nps_vs_churn(chain)
    assert ax.get_ylabel() == "churned within 180 days (%)"


def test_chapter03_roi_and_pay_twice_charts():
    from crmlab.interact import policy_comparison, staffing_economics

    table = staffing_economics(100, 1800, 180, [12, 13, 14, 15, 16], 30, 400, 0.02)
    ax = plot.staffing_economics_chart(table)
    labels = ax.get_legend_handles_labels()[1]
    assert "cheapest total: 16 agents" in labels and "service-level target: 14 agents" in labels
    pilot = pd.DataFrame({"arm": ["status quo", "status quo", "cheap", "cheap"],
                          "value_tier": ["high", "low", "high", "low"],
                          "yearly_margin": [1000.0, 100.0, 1000.0, 100.0],
                          "handling_cost": [50.0, 20.0, 10.0, 5.0],
                          "churned": [False, False, True, False]})
    ax = plot.pay_twice_chart(policy_comparison(pilot, 300))
    assert [t.get_text() for t in ax.get_xticklabels()] == ["status quo", "cheap"]
    assert len(ax.patches) == 6


def test_strategy_chart_and_widget(capsys):
    from crmlab.strategy import program_roi, sensitivity
    from crmlab.widgets import roi_explorer

    ax = plot.tornado_chart(sensitivity())
    assert len(ax.patches) == 2 * len(sensitivity()) and labelled(ax)
    box = roi_explorer()
    result = box.update(0.2, 0.1, 100_000.0, 0.08)
    expected = program_roi({"churn_reduction": 0.2, "cross_sell_uplift": 0.1,
                            "upfront_cost": 100_000.0, "discount_rate": 0.08})
    assert result["npv"] == pytest.approx(expected["npv"])
    assert "NPV" in box.children[2].value


def _sliders(box):
    import ipywidgets as widgets

    found, stack = [], [box]
    while stack:
        widget = stack.pop()
        if isinstance(widget, (widgets.FloatSlider, widgets.IntSlider)):
            found.append(widget)
        stack.extend(getattr(widget, "children", ()))
    return {s.description: s for s in found}


def _snapped(slider):
    """The value the browser shows: noUiSlider snaps to min + k * step."""
    return round((slider.value - slider.min) / slider.step) * slider.step + slider.min


@pytest.mark.parametrize("make, passed", [
    (lambda: clv_explorer(margin=40, retention=0.97, discount_rate=0.008, horizon=36),
     {"margin": 40, "retention": 0.97, "discount": 0.008, "horizon": 36}),
    (lambda: __import__("crmlab.widgets", fromlist=["x"]).staffing_explorer(calls=100, aht_s=187),
     {"calls/30 min": 100, "AHT (s)": 187}),
    (lambda: __import__("crmlab.widgets", fromlist=["x"]).roi_explorer(
        {"upfront_cost": 300_000.0, "churn_reduction": 0.0844, "cross_sell_uplift": 0.0569}),
     {"upfront": 300_000.0, "churn cut": 0.0844, "cross-sell": 0.0569}),
    (lambda: abc_explorer(VALUES, a_cutoff=0.77, b_cutoff=0.935),
     {"A up to": 0.77, "B up to": 0.935}),
])
def test_explorers_open_exactly_at_the_values_passed(make, passed, capsys):
    sliders = _sliders(make())
    for description, value in passed.items():
        slider = sliders[description]
        assert slider.value == pytest.approx(value, rel=1e-12)
        assert _snapped(slider) == pytest.approx(value, rel=1e-9, abs=1e-12), description
        # a drag can use it: at most ~1,000 positions on the track
        assert (slider.max - slider.min) / slider.step <= 1000, description
        assert f"{value:{slider.readout_format}}".replace(",", "") != "", description


def test_timing_chart():
    ax = plot.timing_chart(pd.Series({"periodic": 1.0, "timely": 0.3, "new_customer": 0.03}))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["new customer", "timely", "periodic"]
    with pytest.raises(TypeError, match="timing_chart"):
        plot.timing_chart(pd.Series([], dtype=float))
