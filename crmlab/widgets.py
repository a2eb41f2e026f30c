"""ipywidgets explorers built on the kit's functions; they hold no logic of their own.

Each explorer returns a widget box whose ``update`` redraws ``box.figure`` for given settings, so
the same code runs from a slider and from a test or a benchmark.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .glossary import label


def _figure_output():
    """An image widget and the figure drawn into it. The figure is not managed by pyplot (no
    stray display, no inline-backend redraw); each update sends one PNG to the image, so a moved
    slider costs one draw and one message."""
    import ipywidgets as widgets
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7, 3.5), dpi=100, layout="constrained")  # labels never clipped
    ax = figure.subplots()
    image = widgets.Image(format="png", layout=widgets.Layout(width="700px", height="350px"))
    return image, figure, ax


def _on_grid(value: float, low: float, high: float, step: float) -> tuple[float, float]:
    """``(min, max)`` of a slider whose grid ``min + k * step`` passes exactly through ``value``.

    The browser snaps a slider's value to that grid when it draws it (and sends the snapped value
    back), so a value off the grid would open the explorer at another value than the one passed.
    ``min`` moves up from ``low`` to the first grid point, ``max`` down to the last one.

    Examples
    --------
    >>> _on_grid(100, 1, 2000, 10)
    (10, 2000)
    >>> _on_grid(0.0844, 0.0, 0.5, 0.01)
    (0.0044, 0.4944)
    """
    below = int(np.floor((value - low) / step + 1e-9))
    above = int(np.floor((high - value) / step + 1e-9))
    lowest, highest = value - below * step, value + above * step
    if isinstance(value, (int, np.integer)) and float(step).is_integer():
        return int(lowest), int(highest)
    return round(lowest, 10), round(highest, 10)


def _slider(description: str, value: float, low: float, high: float, step: float,
            readout_format: str | None = None):
    """A slider that opens exactly at ``value``, spans ``low``-``high`` (widened to contain the
    value) and is wide enough that one pixel of drag is a small step."""
    import ipywidgets as widgets

    low, high = min(low, value), max(high, value)
    lowest, highest = _on_grid(value, low, high, step)
    layout = widgets.Layout(width="420px")
    style = {"description_width": "110px"}
    if isinstance(value, (int, np.integer)) and float(step).is_integer():
        return widgets.IntSlider(value=int(value), min=lowest, max=highest, step=int(step),
                                 description=description, layout=layout, style=style)
    if readout_format is None:
        decimals = max(0, -int(np.floor(np.log10(abs(step))))) if step < 1 else 0
        shown = f"{value:.{decimals}f}"
        while float(shown) != round(value, 10) and decimals < 6:   # show the value exactly
            decimals += 1
            shown = f"{value:.{decimals}f}"
        readout_format = f".{decimals}f" if step < 1 or decimals else ",.0f"
    return widgets.FloatSlider(value=float(value), min=lowest, max=highest, step=step,
                               description=description, readout_format=readout_format,
                               layout=layout, style=style)


def _assemble(sliders: dict, rows: list, parts: list, update, figure):
    """Wire the sliders to ``update`` (called with the sliders' values by name), lay out the box
    (``rows`` of slider names, then ``parts``), draw once and return it."""
    import ipywidgets as widgets

    def on_change(_change=None):
        update(**{name: slider.value for name, slider in sliders.items()})

    for slider in sliders.values():
        slider.observe(on_change, names="value")
    box = widgets.VBox([widgets.HBox([sliders[name] for name in row]) for row in rows] + parts)
    box.update, box.figure = update, figure
    on_change()
    return box


def _show(image, figure):
    import io

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    image.value = buffer.getvalue()


def clv_explorer(margin: float = 50.0, retention: float = 0.8, discount_rate: float = 0.1,
                 horizon: int = 10):
    """Sliders for margin, retention, discount rate and horizon → CLV (Gupta & Lehmann) and the
    curve of cumulative discounted value by period, finite horizon against infinite."""
    import ipywidgets as widgets

    from .clv import simple_clv

    sliders = dict(
        margin=_slider(label("slider_margin"), float(margin), 0, max(200, 2 * margin), 1),
        retention=_slider(label("slider_retention"), retention, 0.0, 0.99, 0.01),
        discount_rate=_slider(label("slider_discount"), discount_rate, 0.0, 0.5, 0.001),
        horizon=_slider(label("slider_horizon"), int(horizon), 1, max(40, 2 * int(horizon)), 1),
    )
    text = widgets.HTML()
    output, figure, ax = _figure_output()

    def update(margin, retention, discount_rate, horizon):
        periods = np.arange(0, max(41, horizon + 1))
        cumulative = simple_clv(margin, retention, discount_rate, horizon=periods)
        finite = simple_clv(margin, retention, discount_rate, horizon=horizon)
        infinite = simple_clv(margin, retention, discount_rate)
        text.value = label("clv_over_horizon", horizon=horizon, finite=finite, infinite=infinite)
        ax.clear()
        ax.plot(periods, cumulative, color="#08519c", label=label("cumulative_discounted_value"))
        ax.axhline(infinite, color="grey", linestyle=":", label=label("infinite_clv"))
        ax.axvline(horizon, color="#de2d26", linestyle="--", label=label("horizon_is", horizon=horizon))
        ax.set(xlabel=label("periods"), ylabel=label("clv_axis"), title=label("clv_title"))
        ax.legend(loc="lower right")
        _show(output, figure)
        return finite

    return _assemble(sliders, [["margin", "retention"], ["discount_rate", "horizon"]],
                     [text, output], update, figure)


def abc_explorer(values: pd.Series, a_cutoff: float = 0.8, b_cutoff: float = 0.95):
    """Sliders for the A and B cutoffs of ABC analysis → customers and value per class, drawn on
    the Pareto chart."""
    import ipywidgets as widgets

    from .differentiate import abc_classes, pareto_table
    from .plot import pareto_chart

    table = pareto_table(values)
    sliders = dict(a_cutoff=_slider(label("slider_a_cutoff"), a_cutoff, 0.3, 0.95, 0.01),
                   b_cutoff=_slider(label("slider_b_cutoff"), b_cutoff, 0.5, 0.99, 0.01))
    text = widgets.HTML()
    output, figure, ax = _figure_output()

    def update(a_cutoff, b_cutoff):
        if b_cutoff <= a_cutoff:
            text.value = label("b_above_a")
            return None
        classes = abc_classes(table["value"], cutoffs=(a_cutoff, b_cutoff))
        summary = pd.DataFrame({"customers": classes.value_counts(sort=False),
                                "value": table["value"].groupby(classes, observed=False).sum()})
        summary["customer share"] = summary["customers"] / summary["customers"].sum()
        summary["value share"] = summary["value"] / summary["value"].sum()
        shown = summary[["customers", "customer share", "value share"]]
        shown = shown.rename(columns=lambda name: label("column_" + name.replace(" ", "_")))
        text.value = shown.to_html(float_format="{:.1%}".format)
        ax.clear()
        pareto_chart(table, ax=ax, mark=summary["customer share"].iloc[0])
        for cutoff in (a_cutoff, b_cutoff):
            ax.axhline(cutoff * 100, color="grey", linestyle="--", linewidth=0.8)
        _show(output, figure)
        return summary

    return _assemble(sliders, [["a_cutoff", "b_cutoff"]], [text, output], update, figure)


def staffing_explorer(calls: int = 100, aht_s: int = 180, target: float = 0.8,
                      answer_within_s: int = 20, interval_s: int = 1800):
    """Sliders for calls per interval, handling time and the service-level target → agents
    needed (Erlang C), with the service level curve around them."""
    import ipywidgets as widgets

    from .interact import agents_required, average_speed_of_answer, service_level
    from .plot import staffing_curve

    sliders = dict(
        calls=_slider(label("slider_calls"), int(calls), 1, max(300, 3 * int(calls)), 1),
        aht_s=_slider(label("slider_aht"), int(aht_s), 30, 900, 5),
        target=_slider(label("slider_target_sl"), target, 0.5, 0.99, 0.01),
    )
    text = widgets.HTML()
    output, figure, ax = _figure_output()

    def update(calls, aht_s, target):
        needed = agents_required(calls, interval_s, aht_s, target, answer_within_s)
        agents = np.arange(max(1, needed - 6), needed + 7)
        levels = service_level(calls, interval_s, aht_s, agents, answer_within_s)
        asa = average_speed_of_answer(calls, interval_s, aht_s, needed)
        level = service_level(calls, interval_s, aht_s, needed, answer_within_s)
        occupancy = calls * aht_s / interval_s / needed
        text.value = label("agents_needed", needed=needed, level=level, within=answer_within_s,
                           asa=asa, occupancy=occupancy)
        ax.clear()
        staffing_curve(pd.DataFrame({"agents": agents, "service_level": levels}), ax=ax,
                       target=target)
        _show(output, figure)
        return needed

    return _assemble(sliders, [list(sliders)], [text, output], update, figure)


def targeting_explorer(scores: pd.Series, data, campaign_id: str, cost_per_contact: float = 2.5,
                       margin: float = 0.6):
    """Sliders for the share targeted, the cost per contact and the margin → profit and ROI of
    contacting the top share by predicted uplift, with the whole profit curve."""
    import ipywidgets as widgets

    from .customize import targeting_profit
    from .plot import roi_curve

    sliders = dict(
        share=_slider(label("slider_share"), 0.3, 0.05, 1.0, 0.05),
        cost_per_contact=_slider(label("slider_cost_per_contact"), cost_per_contact, 0.1, 10, 0.1),
        margin=_slider(label("slider_margin_rate"), margin, 0.1, 1.0, 0.01),
    )
    text = widgets.HTML()
    output, figure, ax = _figure_output()

    def update(share, cost_per_contact, margin):
        table = targeting_profit(scores, data, campaign_id, cost_per_contact, margin,
                                 shares=np.unique(np.round(np.append(np.linspace(0.05, 1, 20),
                                                                     share), 4)))
        row = table.loc[(table["share_targeted"] - share).abs().idxmin()]
        text.value = label("targeting_result", share=share, profit=row["profit_per_1000"],
                           roi=row["roi"])
        ax.clear()
        roi_curve(table, ax=ax)
        ax.axvline(share * 100, color="#de2d26", linestyle="--")
        _show(output, figure)
        return row

    return _assemble(sliders, [list(sliders)], [text, output], update, figure)


def roi_explorer(assumptions: dict | None = None):
    """Sliders for the programme's main assumptions → NPV, ROI and payback, with the cash flows."""
    import ipywidgets as widgets

    from .strategy import DEFAULT_ASSUMPTIONS, cash_flows, program_roi

    base = {**DEFAULT_ASSUMPTIONS, **(assumptions or {})}
    upfront = float(base["upfront_cost"])
    upfront_step = float(10 ** max(0, np.floor(np.log10(max(upfront, 1))) - 2))  # ~1 % of it
    sliders = dict(
        churn_reduction=_slider(label("slider_churn_cut"), base["churn_reduction"], 0, 0.5, 0.001),
        cross_sell_uplift=_slider(label("slider_cross_sell"), base["cross_sell_uplift"], 0, 0.3,
                                  0.001),
        upfront_cost=_slider(label("slider_upfront"), upfront, 0, 3 * upfront + 1, upfront_step),
        discount_rate=_slider(label("slider_discount"), base["discount_rate"], 0, 0.3, 0.005),
    )
    text = widgets.HTML()
    output, figure, ax = _figure_output()

    def update(churn_reduction, cross_sell_uplift, upfront_cost, discount_rate):
        chosen = {**base, "churn_reduction": churn_reduction,
                  "cross_sell_uplift": cross_sell_uplift, "upfront_cost": upfront_cost,
                  "discount_rate": discount_rate}
        result = program_roi(chosen)
        payback = label("payback_never") if np.isnan(result["payback_year"]) else \
            label("payback_year", year=result["payback_year"])
        text.value = label("roi_result", npv=result["npv"], roi=result["roi"], payback=payback)
        flows = cash_flows(chosen)
        ax.clear()
        ax.bar(flows.index, flows["net"], color=np.where(flows["net"] >= 0, "#31a354", "#de2d26"))
        ax.plot(flows.index, flows["cumulative_discounted"], "o-", color="black",
                label=label("cumulative_discounted"))
        ax.axhline(0, color="grey", linewidth=0.8)
        ax.set_xticks(flows.index)  # whole years, not -0.5, 0.5, ...
        ax.yaxis.set_major_formatter("{x:,.0f}")
        ax.set(xlabel=label("year"), ylabel=label("cash_flow"), title=label("cash_flows_title"))
        ax.legend(loc="upper left")
        _show(output, figure)
        return result

    return _assemble(sliders, [["churn_reduction", "cross_sell_uplift"],
                               ["upfront_cost", "discount_rate"]], [text, output], update, figure)
