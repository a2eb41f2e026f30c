"""One function per chart. Each takes the table a crmlab function computed and ``ax=None``,
draws, and returns the Axes; no computation lives here.

Matplotlib is imported inside the functions so that ``import crmlab`` stays light.
"""

from __future__ import annotations

import pandas as pd

from ._validation import check_columns
from .fonts import use_chinese_font as _use_chinese_font
from .glossary import category_label, label

_use_chinese_font()  # charts draw Chinese: Noto Sans SC after DejaVu Sans (see crmlab.fonts)


def _centred_bars(ax, widths, texts, colours, xlabel: str, title: str):
    """Horizontal bars centred on one axis, first at the top, each with its text: a pyramid or a funnel."""
    import numpy as np

    widths = np.asarray(widths, dtype=float)
    positions = list(range(len(widths)))[::-1]
    ax.barh(positions, widths, left=-widths / 2, color=colours, height=0.8)
    for y, text in zip(positions, texts):
        ax.text(0, y, text, ha="center", va="center", fontsize=9)
    ax.set_yticks([])
    ax.set_xticks([])
    ax.set(xlabel=xlabel, title=title)
    for side in ("left", "right", "top", "bottom"):
        ax.spines[side].set_visible(False)
    return ax


def _column(name: str) -> str:
    """A column name as a chart shows it: its label when the glossary has one, else with spaces."""
    return label(f"column_{name}", default=name.replace("_", " "))


def _axes(ax):
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(8, 4))
    return ax


def monthly_trend(summary: pd.DataFrame, ax=None, value: str = "revenue",
                  count: str = "active_customers"):
    """Monthly revenue as bars with the number of active customers as a line on a second axis.

    Parameters
    ----------
    summary : DataFrame
        Indexed by month, with the columns named by ``value`` and ``count``.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when None.

    Returns
    -------
    matplotlib Axes
        The revenue axis (the customer line lives on its twin).

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> months = pd.date_range("2024-01-01", periods=3, freq="MS")
    >>> table = pd.DataFrame({"revenue": [10.0, 12, 11], "active_customers": [5, 6, 6]}, months)
    >>> monthly_trend(table).get_ylabel()
    'revenue (currency units)'
    """
    check_columns(summary, [value, count], "summary", where="monthly_trend")
    ax = _axes(ax)
    labels = summary.index.strftime("%Y-%m") if isinstance(summary.index, pd.DatetimeIndex) \
        else summary.index.astype(str)
    positions = range(len(summary))
    from matplotlib.ticker import StrMethodFormatter

    ax.bar(positions, summary[value], color="#9ecae1", label=_column(value))
    ax.yaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    ax.set_ylabel(label("currency_units", what=_column(value)))
    ax.set_xticks(list(positions)[::3], labels[::3], rotation=45, ha="right")
    ax.set_xlabel(label("month"))
    twin = ax.twinx()
    twin.plot(positions, summary[count], color="#de2d26", marker="o", label=_column(count))
    twin.set_ylabel(_column(count))
    twin.set_ylim(0, summary[count].max() * 1.15)
    ax.set_title(label("monthly_trend_title"))
    handles = ax.get_legend_handles_labels()[0] + twin.get_legend_handles_labels()[0]
    ax.legend(handles, [h.get_label() for h in handles], loc="lower left")
    return ax


# ------------------------------------------------------------------ chapter 02 · differentiate


def pareto_chart(table: pd.DataFrame, ax=None, mark: float = 0.2):
    """Cumulative share of value against cumulative share of customers (most valuable first),
    with the top ``mark`` of customers marked — the 80/20 picture.

    ``table`` comes from :func:`crmlab.differentiate.pareto_table`.
    """
    import numpy as np

    check_columns(table, ["cum_customer_share", "cum_value_share"], "table", where="pareto_chart")
    ax = _axes(ax)
    x = np.concatenate([[0.0], table["cum_customer_share"].to_numpy()])
    y = np.concatenate([[0.0], table["cum_value_share"].to_numpy()])
    ax.plot(x * 100, y * 100, color="#08519c", label=label("pareto_line"))
    ax.plot([0, 100], [0, 100], color="grey", linestyle=":", label=label("all_equal"))
    share = float(np.interp(mark, x, y))
    ax.plot([mark * 100, mark * 100, 0], [0, share * 100, share * 100], color="#de2d26",
            linestyle="--")
    ax.annotate(label("pareto_mark", mark=mark, share=share), (mark * 100, share * 100),
                xytext=(mark * 100 + 8, share * 100 - 12), arrowprops=dict(arrowstyle="->"))
    ax.set(xlim=(0, 100), ylim=(0, 101), xlabel=label("cum_customer_share"),
           ylabel=label("cum_value_share"), title=label("pareto_title"))
    ax.legend(loc="lower right")
    return ax


def lorenz_curve(points: pd.DataFrame, ax=None, gini: float | None = None):
    """The Lorenz curve (least valuable customers first) against the line of equality.

    ``points`` comes from :func:`crmlab.differentiate.lorenz_points`; pass ``gini`` to show it.
    """
    check_columns(points, ["customer_share", "value_share"], "points", where="lorenz_curve")
    ax = _axes(ax)
    x, y = points["customer_share"] * 100, points["value_share"] * 100
    ax.plot(x, y, color="#08519c", label=label("lorenz_curve"))
    ax.fill_between(x, y, x, color="#9ecae1", alpha=0.5, label=label("inequality"))
    ax.plot([0, 100], [0, 100], color="grey", linestyle=":", label=label("equality"))
    title = label("lorenz_curve") + ("" if gini is None else label("lorenz_gini", gini=gini))
    ax.set(xlim=(0, 100), ylim=(0, 100), xlabel=label("cum_customer_share_low_first"),
           ylabel=label("cum_value_share"), title=title)
    ax.legend(loc="upper left")
    return ax


def rfm_heatmap(grid: pd.DataFrame, ax=None, label: str | None = None):
    """R × F heat map of the table from :func:`crmlab.differentiate.rfm_grid`, numbers written in;
    ``label`` names the value (None: "mean monetary value" in the kit's language)."""
    import numpy as np

    from .glossary import label as _label

    label = _label("mean_monetary_value") if label is None else label
    ax = _axes(ax)
    values = grid.to_numpy(dtype=float)
    image = ax.imshow(values, cmap="Blues", aspect="auto")
    ax.set_xticks(range(grid.shape[1]), [str(c) for c in grid.columns])
    ax.set_yticks(range(grid.shape[0]), [str(i) for i in grid.index])
    ax.set(xlabel=_label("f_score"), ylabel=_label("r_score"), title=_label("rfm_title", label=label))
    top = np.nanmax(values) if np.isfinite(values).any() else 1
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            if np.isfinite(values[i, j]):
                ax.text(j, i, f"{values[i, j]:,.0f}", ha="center", va="center",
                        color="white" if values[i, j] > 0.6 * top else "black", fontsize=8)
    ax.figure.colorbar(image, ax=ax, label=label)
    return ax


def pyramid_chart(counts: pd.Series, ax=None):
    """The customer pyramid: one centred bar per level, most valuable at the top.

    ``counts``: customers per level in pyramid order (MVC first), e.g.
    ``customer_pyramid(...).value_counts(sort=False)``.
    """
    colours = ["#08519c", "#3182bd", "#9ecae1", "#fc9272"][: len(counts)]
    return _centred_bars(_axes(ax), counts.to_numpy(), [f"{category_label(level)}: {n:,.0f}" for level, n in
                                                        counts.items()], colours,
                         label("pyramid_width"), label("pyramid_title"))


def portfolio_matrix(table: pd.DataFrame, ax=None):
    """The 3 × 3 attractiveness × relationship matrix with each cell's strategy and customers.

    ``table`` comes from :func:`crmlab.differentiate.portfolio_table`.
    """
    from matplotlib.patches import Rectangle

    check_columns(table, ["attractiveness", "relationship", "customers", "strategy"], "table",
                  where="portfolio_matrix")
    ax = _axes(ax)
    order = ["low", "medium", "high"]
    colour = {"develop": "#74c476", "maintain": "#31a354", "selectively maintain": "#c7e9c0",
              "defend": "#9ecae1", "reduce": "#fdae6b", "exit": "#fb6a4a"}
    for row in table.itertuples():
        x, y = order.index(row.relationship), order.index(row.attractiveness)
        ax.add_patch(Rectangle((x, y), 1, 1, facecolor=colour[row.strategy], edgecolor="white",
                               linewidth=2))
        ax.text(x + 0.5, y + 0.5, f"{category_label(row.strategy)}\n" + label("n_customers", n=row.customers),
                ha="center", va="center", fontsize=9)
    ax.set(xlim=(0, 3), ylim=(0, 3), xlabel=label("relationship_state"),
           ylabel=label("attractiveness"), title=label("portfolio_title"))
    ax.set_xticks([0.5, 1.5, 2.5], [label(f"level_{level}") for level in order])
    ax.set_yticks([0.5, 1.5, 2.5], [label(f"level_{level}") for level in order])
    return ax


def survival_curve(observed: pd.Series, fitted: pd.Series | None = None, ax=None,
                   label: str | None = None, unit: str = "period"):
    """Share of a cohort still active by period: observed points, and a model's curve if given.

    ``observed`` and ``fitted`` are indexed by period (0, 1, 2, …) with shares in 0-1; ``unit``
    names the period on the axis ("month", "year"); ``label`` names the model (None:
    "shifted-beta-geometric" in the kit's language).
    """
    from .glossary import label as _label

    ax = _axes(ax)
    ax.plot(observed.index, observed.to_numpy() * 100, "o", color="black", label=_label("observed"))
    if fitted is not None:
        ax.plot(fitted.index, fitted.to_numpy() * 100, color="#de2d26",
                label=_label("sbg") if label is None else label)
    ax.set(xlabel=_label("since_joining", unit=_label(f"unit_{unit}", default=unit)),
           ylabel=_label("still_active"), ylim=(0, 101), title=_label("survival_title"))
    ax.legend()
    return ax


# ------------------------------------------------------------------ chapter 01 · identify


def lifecycle_chart(counts: pd.DataFrame, ax=None):
    """Customers per lifecycle stage over time, stacked — from
    :func:`crmlab.identify.lifecycle_over_time` (rows: dates, columns: stages)."""
    ax = _axes(ax)
    colours = ["#c6dbef", "#6baed6", "#2171b5", "#fd8d3c", "#bdbdbd"]
    ax.stackplot(counts.index, counts.to_numpy().T, labels=[category_label(c) for c in counts.columns],
                 colors=colours[: counts.shape[1]])
    ax.set(xlabel=label("date"), ylabel=label("customers"), title=label("lifecycle_title"))
    ax.legend(loc="upper left", fontsize=8, ncols=len(counts.columns))
    ax.set_ylim(0, counts.sum(axis=1).max() * 1.15)
    return ax


def completeness_chart(shares: pd.DataFrame | pd.Series, ax=None):
    """Share of fields filled by information type: one bar per type, or one group of bars per
    row of a DataFrame (e.g. per source system). Shares in 0-1."""
    ax = _axes(ax)
    table = shares.to_frame(label("all_records")) if isinstance(shares, pd.Series) else \
        shares.T.rename(columns=category_label)
    (table.rename(index=category_label) * 100).plot.barh(ax=ax, width=0.8)
    ax.set(xlim=(0, 100), xlabel=label("fields_filled"), ylabel=label("information_type"),
           title=label("completeness_title"))
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
    return ax


def match_quality_chart(quality: pd.Series, ax=None):
    """Precision, recall and F1 of an identity resolution (from
    :func:`crmlab.identify.match_quality`), with the pair counts in the title."""
    ax = _axes(ax)
    measures = ["precision", "recall", "f1"]
    values = [float(quality[m]) * 100 for m in measures]
    bars = ax.bar([label(f"measure_{m}") for m in measures], values,
                  color=["#2171b5", "#6baed6", "#c6dbef"])
    for bar, value in zip(bars, values):
        ax.text(bar.get_x() + bar.get_width() / 2, value - 6, f"{value:.1f}%", ha="center",
                color="white" if value > 50 else "black")
    ax.set(ylim=(0, 105), ylabel=label("record_pairs"),
           title=label("match_title", correct=int(quality["correct_pairs"]),
                       true=int(quality["true_pairs"]),
                       wrong=int(quality["predicted_pairs"] - quality["correct_pairs"])))
    ax.set_xlabel(label("measure"))
    return ax


# ------------------------------------------------------------------ chapter 03 · interact


def channel_mix_chart(mix: pd.DataFrame, ax=None):
    """Contacts per channel (bars) with first-contact resolution (dots, right axis) — from
    :func:`crmlab.interact.channel_mix`."""
    check_columns(mix, ["contacts", "first_contact_resolution"], "mix", where="channel_mix_chart")
    ax = _axes(ax)
    labels = [category_label(i) for i in mix.index]
    ax.bar(labels, mix["contacts"], color="#9ecae1", label=label("contacts"))
    ax.set(xlabel=label("channel"), ylabel=label("contacts"), title=label("channel_mix_title"))
    twin = ax.twinx()
    twin.plot(labels, mix["first_contact_resolution"] * 100, "o", color="#de2d26",
              label=label("fcr"))
    twin.set(ylabel=label("fcr_percent"), ylim=(0, 100))
    handles = ax.get_legend_handles_labels()[0] + twin.get_legend_handles_labels()[0]
    ax.legend(handles, [h.get_label() for h in handles], loc="upper right")
    return ax


def arrivals_heatmap(profile: pd.DataFrame, ax=None, label: str | None = None):
    """Arrivals by weekday × time of day — from :func:`crmlab.interact.arrival_profile`;
    ``label`` names the colour scale (None: "calls per hour" in the kit's language)."""
    from .glossary import label as _label

    label = _label("calls_per_hour") if label is None else label
    ax = _axes(ax)
    image = ax.imshow(profile.to_numpy(dtype=float), cmap="YlOrRd", aspect="auto")
    ax.set_yticks(range(len(profile.index)), [category_label(i) for i in profile.index])
    step = max(1, len(profile.columns) // 12)
    ax.set_xticks(range(0, len(profile.columns), step), list(profile.columns)[::step],
                  rotation=45, ha="right")
    ax.set(xlabel=_label("time_of_day"), ylabel=_label("weekday"), title=_label("arrivals_title"))
    ax.figure.colorbar(image, ax=ax, label=label)
    return ax


def staffing_curve(curve: pd.DataFrame, ax=None, target: float | None = None):
    """Service level against the number of agents (``curve`` has columns agents, service_level),
    with the target as a line."""
    check_columns(curve, ["agents", "service_level"], "curve", where="staffing_curve")
    ax = _axes(ax)
    ax.plot(curve["agents"], curve["service_level"] * 100, "o-", color="#08519c")
    if target is not None:
        ax.axhline(target * 100, color="#de2d26", linestyle="--", label=label("target", target=target))
        ax.legend(loc="lower right")
    ax.set(xlabel=label("agents_on_duty"), ylabel=label("answered_in_time"), ylim=(0, 101),
           title=label("staffing_title"))
    return ax


def complaint_funnel_chart(funnel: pd.DataFrame, ax=None):
    """The four complaint-handling steps as a funnel — from :func:`crmlab.interact.complaint_funnel`."""
    check_columns(funnel, ["complaints", "median_hours"], "funnel", where="complaint_funnel_chart")
    texts = [label("funnel_step", step=category_label(step), n=n, hours=hours)
             for step, n, hours in zip(funnel.index, funnel["complaints"], funnel["median_hours"])]
    return _centred_bars(_axes(ax), funnel["complaints"].to_numpy(), texts, "#6baed6",
                         label("funnel_width"), label("funnel_title"))


def nps_vs_churn(table: pd.DataFrame, ax=None, churn_column: str | None = None):
    """Churn after the survey by NPS group — from :func:`crmlab.interact.satisfaction_loyalty`."""
    ax = _axes(ax)
    column = churn_column or next(c for c in table.columns if c.startswith("churn_within"))
    labels = [category_label(i) for i in table.index]
    bars = ax.bar(labels, table[column] * 100, color=["#de2d26", "#bdbdbd", "#31a354"][: len(labels)])
    for bar, value in zip(bars, table[column] * 100):
        ax.text(bar.get_x() + bar.get_width() / 2, value + 0.3, f"{value:.1f}%", ha="center")
    days = column.split("_")[2]
    ax.set(xlabel=label("nps_group"), ylabel=label("churned_within", days=days),
           title=label("nps_title"))
    return ax


# ------------------------------------------------------------------ chapter 04 · customize


def rules_chart(rules: pd.DataFrame, ax=None, label_top: int = 5):
    """Association rules: support against confidence, lift as colour; the ``label_top`` rules of
    highest lift are named — from :func:`crmlab.customize.cross_sell_rules`."""
    check_columns(rules, ["support", "confidence", "lift", "antecedents", "consequents"], "rules",
                  where="rules_chart")
    ax = _axes(ax)
    points = ax.scatter(rules["support"] * 100, rules["confidence"] * 100, c=rules["lift"],
                        cmap="viridis", s=40)
    ax.figure.colorbar(points, ax=ax, label=label("lift"))
    for row in rules.nlargest(label_top, "lift").itertuples():
        ax.annotate(f"{category_label(row.antecedents)} → {category_label(row.consequents)}",
                    (row.support * 100, row.confidence * 100), fontsize=7,
                    xytext=(4, 4), textcoords="offset points")
    ax.set(xlabel=label("support"), ylabel=label("confidence"), title=label("rules_title"))
    return ax


def uplift_curve(curve: pd.DataFrame, ax=None):
    """Qini curve: incremental responders by share targeted, model against random — from
    :func:`crmlab.customize.qini_curve`."""
    check_columns(curve, ["share_targeted", "incremental_responders", "random"], "curve",
                  where="uplift_curve")
    ax = _axes(ax)
    x = curve["share_targeted"] * 100
    ax.plot(x, curve["incremental_responders"], color="#08519c", label=label("by_uplift"))
    ax.plot(x, curve["random"], color="grey", linestyle=":", label=label("at_random"))
    ax.fill_between(x, curve["random"], curve["incremental_responders"], color="#9ecae1", alpha=0.4)
    ax.set(xlabel=label("share_contacted"), ylabel=label("incremental_responders"),
           title=label("qini_title"))
    ax.legend(loc="lower right")
    return ax


def roi_curve(table: pd.DataFrame, ax=None):
    """Profit per 1,000 customers by share targeted — from :func:`crmlab.customize.targeting_profit`."""
    check_columns(table, ["share_targeted", "profit_per_1000"], "table", where="roi_curve")
    ax = _axes(ax)
    ax.plot(table["share_targeted"] * 100, table["profit_per_1000"], "o-", color="#31a354")
    ax.axhline(0, color="grey", linewidth=0.8)
    best = table.loc[table["profit_per_1000"].idxmax()]
    ax.annotate(label("best_top", share=best["share_targeted"]),
                (best["share_targeted"] * 100, best["profit_per_1000"]),
                xytext=(10, -25), textcoords="offset points", arrowprops=dict(arrowstyle="->"))
    ax.set(xlabel=label("share_contacted_best_first"), ylabel=label("profit_per_1000"),
           title=label("targeting_title"))
    return ax


# ------------------------------------------------------------------ chapter 06 · strategy


def tornado_chart(table: pd.DataFrame, ax=None, metric: str = "NPV"):
    """Each assumption's swing of the result, largest at the top — from
    :func:`crmlab.strategy.sensitivity` (columns low, high, base)."""
    check_columns(table, ["low", "high", "base"], "table", where="tornado_chart")
    ax = _axes(ax)
    base = float(table["base"].iloc[0])
    rows = table.iloc[::-1]
    positions = range(len(rows))
    ax.barh(positions, rows["low"] - base, left=base, color="#de2d26", label=label("assumption_lower"))
    ax.barh(positions, rows["high"] - base, left=base, color="#31a354", label=label("assumption_higher"))
    ax.axvline(base, color="black", linewidth=0.8)
    ax.set_yticks(list(positions), [category_label(i).replace("_", " ") for i in rows.index])
    metric = label(f"metric_{metric}", default=metric)
    ax.set(xlabel=label("currency_units", what=metric), ylabel=label("assumption"),
           title=label("sensitivity_title", metric=metric))
    ax.legend(loc="lower right", fontsize=8)
    return ax


def crm_architecture(systems: pd.DataFrame, ax=None):
    """The CRM architecture as boxes: collaborative channels → operational systems → analytical
    (data warehouse, models), each box listing what it holds.

    ``systems``: one row per system with columns ``kind`` ("collaborative", "operational" or
    "analytical"), ``system`` (its name) and ``holds`` (the tables or channels, as text).

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> systems = pd.DataFrame({"kind": ["collaborative", "operational", "analytical"],
    ...                         "system": ["channels", "billing", "warehouse"],
    ...                         "holds": ["phone, app", "bills", "all tables"]})
    >>> crm_architecture(systems).get_title()
    "Where the course's data live"
    """
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

    check_columns(systems, ["kind", "system", "holds"], "systems", where="crm_architecture")
    ax = _axes(ax)
    kinds = ["collaborative", "operational", "analytical"]
    titles = {kind: label(f"{kind}_box") for kind in kinds}
    colours = {"collaborative": "#fdd0a2", "operational": "#c6dbef", "analytical": "#c7e9c0"}
    centres = {}
    for column, kind in enumerate(kinds):
        rows = systems[systems["kind"] == kind]
        x = column * 1.15
        ax.text(x + 0.5, 1.04, titles[kind], ha="center", va="bottom", fontsize=9)
        height = 0.95 / max(len(rows), 1)
        for i, row in enumerate(rows.itertuples()):
            y = 1 - (i + 1) * height
            ax.add_patch(FancyBboxPatch((x + 0.02, y + 0.02), 0.96, height - 0.04,
                                        boxstyle="round,pad=0.01", facecolor=colours[kind],
                                        edgecolor="grey"))
            ax.text(x + 0.5, y + height - 0.05, row.system, ha="center", va="top", fontsize=10)
            ax.text(x + 0.5, y + height / 2 - 0.03, row.holds, ha="center", va="center",
                    fontsize=7.5, wrap=True)
            centres.setdefault(kind, []).append((x, y + height / 2))
    for left, right in (("collaborative", "operational"), ("operational", "analytical")):
        if left in centres and right in centres:
            ax.add_patch(FancyArrowPatch((centres[left][0][0] + 1.0, 0.5),
                                         (centres[right][0][0] + 0.0, 0.5),
                                         arrowstyle="-|>", mutation_scale=18, color="dimgrey"))
    ax.set(xlim=(-0.05, 3.35), ylim=(-0.02, 1.25), title=label("architecture_title"))
    ax.axis("off")
    return ax


def business_case_chart(ledger: pd.DataFrame, ax=None, value: str = "present_value",
                        status: str = "status"):
    """Present value of each benefit and cost line of a business case, coloured by whether it
    was *measured* or *assumed* — the table the chapter-06 ledger builds (one row per line)."""
    import numpy as np

    check_columns(ledger, [value, status], "ledger", where="business_case_chart")
    ax = _axes(ax)
    rows = ledger.iloc[::-1]
    colours = np.where(rows[status].astype(str).str.startswith("measured"), "#3182bd", "#fd8d3c")
    positions = range(len(rows))
    ax.barh(list(positions), rows[value], color=colours,
            hatch=None, edgecolor="black", linewidth=0.5)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_yticks(list(positions), [category_label(i).replace("_", " ") for i in rows.index])
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(5))
    ax.xaxis.set_major_formatter("{x:,.0f}")

    ax.legend(handles=[Patch(color="#3182bd", label=label("measured")),
                       Patch(color="#fd8d3c", label=label("assumed"))], loc="lower right", fontsize=8)
    ax.set(xlabel=label("present_value"), ylabel=label("business_case_line"),
           title=label("business_case_title"))
    return ax


def staffing_economics_chart(table: pd.DataFrame, ax=None):
    """Contact-centre ROI: agent cost, margin lost and their total by number of agents (``table``
    from :func:`crmlab.interact.staffing_economics`), the cheapest total and the fewest agents
    meeting the service-level target marked."""
    check_columns(table, ["agents", "agent_cost", "margin_lost", "total_cost", "best",
                          "meets_target"], "table", where="staffing_economics_chart")
    ax = _axes(ax)
    ax.plot(table["agents"], table["agent_cost"], "s--", color="#636363", label=label("agent_cost"))
    ax.plot(table["agents"], table["margin_lost"], "^--", color="#de2d26",
            label=label("margin_lost"))
    ax.plot(table["agents"], table["total_cost"], "o-", color="#08519c", label=label("total"))
    best = table.loc[table["best"], "agents"]
    if len(best):
        ax.axvline(best.iloc[0], color="#08519c", linestyle=":",
                   label=label("cheapest_total", n=int(best.iloc[0])))
    meets = table.loc[table["meets_target"], "agents"]
    if len(meets):
        ax.axvline(meets.min(), color="#31a354", linestyle="-.",
                   label=label("sl_target_agents", n=int(meets.min())))
    ax.set(xlabel=label("agents_on_duty"), ylabel=label("cost_per_interval"),
           title=label("economics_title"))
    ax.legend(loc="upper right", fontsize="small")
    return ax


def pay_twice_chart(comparison: pd.DataFrame, ax=None):
    """Efficiency vs effectiveness: per arm of a routing pilot (``comparison`` from
    :func:`crmlab.interact.policy_comparison`), the three parts of the account against the
    baseline — saving on handling, margin lost (or kept) with customers who left, cost of winning
    as many back (or saved) — stacked above zero when they add to profit and below when they take
    from it, with the net as a diamond."""
    import numpy as np

    check_columns(comparison, ["saving", "extra_margin_lost", "extra_reacquisition",
                               "net_per_customer"], "comparison", where="pay_twice_chart")
    ax = _axes(ax)
    arms = list(comparison.index)
    x = np.arange(len(arms))
    parts = [(label("handling_saved"), comparison["saving"], "#31a354"),
             (label("margin_kept"), -comparison["extra_margin_lost"], "#de2d26"),
             (label("reacquisition"), -comparison["extra_reacquisition"], "#fc9272")]
    up, down = np.zeros(len(arms)), np.zeros(len(arms))
    for name, values, colour in parts:
        values = values.to_numpy(dtype=float)
        bottom = np.where(values >= 0, up, down)
        ax.bar(x, values, bottom=bottom, color=colour, label=name, width=0.6)
        up += np.where(values >= 0, values, 0)
        down += np.where(values < 0, values, 0)
    ax.plot(x, comparison["net_per_customer"], "D", color="black", markersize=8, label=label("net"))
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xticks(list(x), [category_label(arm) for arm in arms])
    ax.set(ylabel=label("per_customer_year"), title=label("pay_twice_title"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=2, fontsize="small")
    return ax


def timing_chart(shares: pd.Series, ax=None):
    """Share of active customers at each kind of interaction timing (``shares``: name → share,
    e.g. the column means of :func:`crmlab.customize.interaction_timing`)."""
    if not isinstance(shares, pd.Series) or shares.empty:
        raise TypeError("timing_chart: shares must be a non-empty Series of shares by trigger")
    ax = _axes(ax)
    ordered = shares.sort_values()
    ax.barh([category_label(i).replace("_", " ") for i in ordered.index], ordered * 100, color="#08519c")
    for y, value in enumerate(ordered):
        ax.text(value * 100, y, f" {value:.1%}", va="center")
    ax.set(xlabel=label("active_customers_percent"), xlim=(0, 115), title=label("timing_title"))
    return ax
