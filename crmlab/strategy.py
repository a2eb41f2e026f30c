"""CRM strategy and ROI (CRM战略): the business case of a CRM programme — yearly benefits of its
actions against its costs, NPV, ROI and payback, and how sensitive they are to each assumption.

The programme has three actions, each measured in an earlier chapter:

- retention (chapters 02-03): better complaint handling prevents a share ``churn_reduction`` of
  the customers who would leave each year, and proactive retention calls a further share
  ``proactive_churn_reduction``; each saved customer keeps bringing
  ``annual_margin_per_customer`` and leaves at the base churn rate afterwards (two benefit lines,
  ``retention`` and ``proactive_retention``, so that a measured effect and an assumed one stay
  apart); proactive retention is not free: ``retention_calls`` calls a year to the customers at
  risk, each costing ``cost_per_retention_call`` (the ``retention_call_cost`` line);
- cross-sell (chapter 04): each year ``campaign_share`` of customers are called, ``cross_sell_uplift``
  of them buy because of it and bring ``margin_per_sale``; every call costs ``cost_per_contact``;
- service tiers (chapter 04): ``tiering_gain`` a year over one service for all.

Against them: an ``upfront_cost`` (system and set-up, year 0) and a ``running_cost`` every year.

:func:`compare_scenarios` sets the business case side by side under several sets of assumptions
(measured effects only, measured + assumed) and :func:`break_even` finds the value of one
assumption at which the NPV (or another result) is zero.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: A worked default, in currency units a year, for an operator of 5,000 customers.
DEFAULT_ASSUMPTIONS = {
    "customers": 5000,
    "annual_margin_per_customer": 1000.0,
    "base_annual_churn": 0.15,
    "churn_reduction": 0.10,
    "proactive_churn_reduction": 0.0,
    "campaign_share": 0.3,
    "cross_sell_uplift": 0.08,
    "margin_per_sale": 60.0,
    "cost_per_contact": 2.5,
    "retention_calls": 0,
    "cost_per_retention_call": 0.0,
    "tiering_gain": 100_000.0,
    "upfront_cost": 250_000.0,
    "running_cost": 120_000.0,
    "years": 3,
    "discount_rate": 0.10,
}


#: The assumptions that are shares (0-1).
SHARES = ("base_annual_churn", "churn_reduction", "proactive_churn_reduction", "campaign_share",
          "cross_sell_uplift")
#: The benefit and cost lines of :func:`cash_flows`.
BENEFIT_LINES = ["retention", "proactive_retention", "cross_sell", "service_tiers"]
COST_LINES = ["upfront_cost", "running_cost", "contact_cost", "retention_call_cost"]


def _check(assumptions: dict, where: str) -> dict:
    if assumptions is not None and not isinstance(assumptions, dict):
        raise TypeError(f"{where}: assumptions must be a dict name -> value (see "
                        f"DEFAULT_ASSUMPTIONS), got {type(assumptions).__name__}")
    values = {**DEFAULT_ASSUMPTIONS, **(assumptions or {})}
    unknown = set(values) - set(DEFAULT_ASSUMPTIONS)
    if unknown:
        raise ValueError(f"{where}: unknown assumption(s) {sorted(unknown)}; "
                         f"known: {sorted(DEFAULT_ASSUMPTIONS)}")
    for name, value in values.items():
        if not isinstance(value, (int, float, np.number)) or isinstance(value, bool) \
                or not np.isfinite(value) or value < 0:
            raise ValueError(f"{where}: assumption {name!r} must be a number >= 0, got {value!r}")
    for share in SHARES:
        if values[share] > 1:
            raise ValueError(f"{where}: {share} is a share and must be <= 1, got {values[share]!r}")
    if values["churn_reduction"] + values["proactive_churn_reduction"] > 1:
        raise ValueError(f"{where}: churn_reduction + proactive_churn_reduction must be <= 1 (one "
                         f"cannot save more than all leavers), got {values['churn_reduction']!r} "
                         f"+ {values['proactive_churn_reduction']!r}")
    if int(values["years"]) != values["years"] or not 1 <= values["years"] <= 100:
        raise ValueError(f"{where}: years must be a whole number >= 1, got {values['years']!r}")
    return values


def cash_flows(assumptions: dict | None = None) -> pd.DataFrame:
    """Year-by-year benefits, costs and net cash flow of the programme (year 0 = set-up).

    Examples
    --------
    >>> flows = cash_flows({"years": 2})
    >>> flows.loc[0, "net"] == -DEFAULT_ASSUMPTIONS["upfront_cost"]
    np.True_
    >>> cash_flows({"years": 1, "retention_calls": 100, "cost_per_retention_call": 3.0}).loc[
    ...     1, "retention_call_cost"]
    np.float64(-300.0)
    """
    a = _check(assumptions, "cash_flows")
    years = np.arange(int(a["years"]) + 1)
    leavers = a["customers"] * a["base_annual_churn"]
    # customers saved in earlier years are still partly there: each cohort decays at the base churn
    still_there = np.array([sum((1 - a["base_annual_churn"]) ** (y - k) for k in range(1, y + 1))
                            for y in years])
    contacts = a["customers"] * a["campaign_share"]
    active = (years > 0).astype(float)
    flows = pd.DataFrame({
        "retention": leavers * a["churn_reduction"] * still_there * a["annual_margin_per_customer"],
        "proactive_retention": leavers * a["proactive_churn_reduction"] * still_there
        * a["annual_margin_per_customer"],
        "cross_sell": active * contacts * a["cross_sell_uplift"] * a["margin_per_sale"],
        "service_tiers": active * a["tiering_gain"],
        "upfront_cost": np.where(years == 0, -a["upfront_cost"], 0.0),
        "running_cost": -active * a["running_cost"],
        "contact_cost": -active * contacts * a["cost_per_contact"],
        "retention_call_cost": -active * a["retention_calls"] * a["cost_per_retention_call"],
    }, index=pd.Index(years, name="year"))
    flows["benefits"] = flows[BENEFIT_LINES].sum(axis=1)
    flows["costs"] = flows[COST_LINES].sum(axis=1)
    flows["net"] = flows["benefits"] + flows["costs"]
    flows["discounted_net"] = flows["net"] / (1 + a["discount_rate"]) ** years
    flows["cumulative_discounted"] = flows["discounted_net"].cumsum()
    return flows


def program_roi(assumptions: dict | None = None) -> pd.Series:
    """NPV, ROI and payback of the CRM programme.

    ROI = (present value of benefits − present value of costs) / present value of costs;
    payback is the first year in which the cumulative discounted cash flow turns positive
    (NaN if it never does within the horizon).

    Examples
    --------
    >>> result = program_roi()
    >>> bool(result["npv"] > 0), int(result["payback_year"])
    (True, 3)
    """
    a = _check(assumptions, "program_roi")
    flows = cash_flows(a)
    factor = (1 + a["discount_rate"]) ** flows.index.to_numpy()
    benefits = (flows["benefits"] / factor).sum()
    costs = -(flows["costs"] / factor).sum()
    positive = flows.index[flows["cumulative_discounted"] > 0]
    return pd.Series({"npv": benefits - costs, "benefits_pv": benefits, "costs_pv": costs,
                      "roi": (benefits - costs) / costs if costs else np.inf,
                      "payback_year": float(positive[0]) if len(positive) else np.nan})


def sensitivity(assumptions: dict | None = None, change: float = 0.2, metric: str = "npv",
                names=None) -> pd.DataFrame:
    """How much ``metric`` moves when each assumption is ``change`` lower or higher (the others
    held), sorted by the size of the swing — the data of a tornado chart."""
    where = "sensitivity"
    a = _check(assumptions, where)
    if isinstance(change, bool) or not isinstance(change, (int, float, np.number)) \
            or not 0 < change < 1:
        raise ValueError(f"{where}: change must be between 0 and 1, got {change!r}")
    if not isinstance(metric, str):
        raise TypeError(f"{where}: metric must be a str, got {type(metric).__name__} {metric!r}")
    base = program_roi(a)
    if metric not in base.index:
        raise ValueError(f"{where}: metric must be one of {list(base.index)}, got {metric!r}")
    if names is not None and (isinstance(names, (str, bytes, dict)) or np.ndim(names) != 1):
        raise TypeError(f"{where}: names must be a list of assumption names, got {names!r}")
    names = [n for n in a if n != "years"] if names is None else list(names)
    unknown = [n for n in names if not isinstance(n, str) or n not in a]
    if unknown or not names:
        raise ValueError(f"{where}: names must be assumptions among {sorted(a)}, got {names!r}")
    rows = []
    for name in names:
        values = []
        for factor in (1 - change, 1 + change):
            moved = {**a, name: a[name] * factor}
            for share in SHARES:
                moved[share] = min(moved[share], 1.0)
            moved["proactive_churn_reduction"] = min(moved["proactive_churn_reduction"],
                                                     1.0 - moved["churn_reduction"])
            values.append(program_roi(moved)[metric])
        rows.append((name, a[name], values[0], values[1]))
    table = pd.DataFrame(rows, columns=["assumption", "value", "low", "high"]).set_index("assumption")
    table["base"] = base[metric]
    table["swing"] = (table["high"] - table["low"]).abs()
    return table.sort_values("swing", ascending=False)


def compare_scenarios(scenarios: dict) -> pd.DataFrame:
    """NPV, ROI and payback of the programme under several sets of assumptions, one row each.

    Parameters
    ----------
    scenarios : dict
        Scenario name → assumptions dict (missing names take :data:`DEFAULT_ASSUMPTIONS`).

    Returns
    -------
    DataFrame indexed by scenario with the columns of :func:`program_roi`.

    Examples
    --------
    >>> table = compare_scenarios({"no tiers": {"tiering_gain": 0.0}, "defaults": {}})
    >>> bool(table.loc["defaults", "npv"] > table.loc["no tiers", "npv"])
    True
    """
    where = "compare_scenarios"
    if not isinstance(scenarios, dict):
        raise TypeError(f"{where}: scenarios must be a dict name -> assumptions, got "
                        f"{type(scenarios).__name__}")
    if not scenarios:
        raise ValueError(f"{where}: scenarios is empty; give at least one scenario")
    rows = {}
    for name, assumptions in scenarios.items():
        if not isinstance(name, str):
            raise TypeError(f"{where}: scenario names must be str, got {name!r}")
        rows[name] = program_roi(_check(assumptions, f"{where}: scenario {name!r}"))
    return pd.DataFrame(rows).T.rename_axis("scenario")


def break_even(assumptions: dict | None = None, name: str = "tiering_gain", metric: str = "npv",
               target: float = 0.0) -> float:
    """The value of assumption ``name`` at which ``metric`` equals ``target``, the others held.

    NaN when no value in the assumption's range (0-1 for shares, 0 to a million times its
    value otherwise) reaches the target: the programme is then on one side of it whatever that
    assumption is.

    Examples
    --------
    >>> a = {"tiering_gain": 0.0, "churn_reduction": 0.0, "cross_sell_uplift": 0.0,
    ...      "running_cost": 0.0, "cost_per_contact": 0.0, "years": 1, "discount_rate": 0.0}
    >>> round(break_even(a, "tiering_gain"))  # one year, no discount: repay the set-up cost
    250000
    """
    from scipy.optimize import brentq

    where = "break_even"
    a = _check(assumptions, where)
    if not isinstance(name, str) or name not in a or name == "years":
        raise ValueError(f"{where}: name must be an assumption among "
                         f"{sorted(n for n in a if n != 'years')}, got {name!r}")
    if not isinstance(metric, str) or metric not in ("npv", "roi", "benefits_pv", "costs_pv"):
        raise ValueError(f"{where}: metric must be 'npv', 'roi', 'benefits_pv' or 'costs_pv', "
                         f"got {metric!r}")
    if isinstance(target, bool) or not isinstance(target, (int, float, np.number)) \
            or not np.isfinite(target):
        raise ValueError(f"{where}: target must be a finite number, got {target!r}")
    if name in SHARES:
        high = 1.0 - a["churn_reduction"] if name == "proactive_churn_reduction" else \
            1.0 - a["proactive_churn_reduction"] if name == "churn_reduction" else 1.0
    else:
        high = max(float(a[name]), 1.0) * 1e6

    def gap(value):
        return program_roi({**a, name: value})[metric] - target

    low_gap, high_gap = gap(0.0), gap(high)
    if low_gap == 0:
        return 0.0
    if np.sign(low_gap) == np.sign(high_gap) or not np.isfinite(low_gap * high_gap):
        return float("nan")
    return float(brentq(gap, 0.0, high, xtol=1e-12 * max(high, 1.0), rtol=1e-12))
