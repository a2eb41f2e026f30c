"""Differentiate (区分客户): who is worth most, and what to do about it.

The 80/20 rule (帕雷托定理) with the Pareto table, Lorenz curve and Gini; ABC analysis (ABC分析法);
RFM (最近一次购买 · 消费频率 · 购买金额); ARPU / ARPA; annual net value, wallet potential and the
customer pyramid (贵宾型 MVC / 改进型 MGC / 维持型 / 放弃型); key-customer scoring (核心客户评价) in
the course's three indicator groups and the attractiveness × relationship portfolio with its six
strategies; k-means segments described in business words.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._validation import (check_choice, check_columns, check_date, check_int, check_number,
                          check_numbers, check_numeric_column, check_share, check_transactions, named_as)
from .glossary import tr


def _values(values, where: str, name: str = "values", allow_negative=False) -> pd.Series:
    """A numeric Series (index kept), checked for NaN and, unless allowed, negative numbers."""
    if isinstance(values, pd.DataFrame):
        raise TypeError(f"{where}: {name} must be a Series (or 1-D array) of numbers, "
                        "got a DataFrame; pick one column")
    if values is None or isinstance(values, (str, bytes, dict)) or np.ndim(values) != 1:
        raise TypeError(f"{where}: {name} must be a Series (or 1-D array) of numbers, got "
                        f"{type(values).__name__}")
    series = values.copy() if isinstance(values, pd.Series) else pd.Series(np.asarray(values))
    if series.empty:
        raise ValueError(f"{where}: {name} is empty")
    if not pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
        raise TypeError(f"{where}: {name} must be numeric, got dtype {series.dtype}")
    if series.isna().any():
        raise ValueError(f"{where}: {name} has {int(series.isna().sum())} missing values; "
                         "fill or drop them first (e.g. .fillna(0) for customers without spend)")
    if not allow_negative and (series < 0).any():
        raise ValueError(f"{where}: {name} has {int((series < 0).sum())} negative values; "
                         "expected values >= 0")
    if np.isinf(series.to_numpy(dtype=float)).any():
        raise ValueError(f"{where}: {name} has infinite values; expected finite numbers")
    if series.index.has_duplicates:
        raise ValueError(f"{where}: {name} has {int(series.index.duplicated().sum())} duplicated "
                         "index labels; expected one value per customer")
    return series.astype(float)


# ------------------------------------------------------------------ 80/20, Lorenz, Gini, ABC


def pareto_table(values) -> pd.DataFrame:
    """Customers from most to least valuable, with cumulative shares of customers and of value.

    Parameters
    ----------
    values : Series
        Value per customer (revenue, margin, …), indexed by customer id; all >= 0.

    Returns
    -------
    DataFrame
        Indexed by customer id in descending order of value: ``value``, ``rank`` (1 = most
        valuable), ``value_share``, ``cum_customer_share``, ``cum_value_share``.

    Examples
    --------
    >>> pareto_table(pd.Series([10.0, 60.0, 30.0], index=["a", "b", "c"]))
       value  rank  value_share  cum_customer_share  cum_value_share
    b   60.0     1          0.6            0.333333              0.6
    c   30.0     2          0.3            0.666667              0.9
    a   10.0     3          0.1            1.000000              1.0
    """
    series = _values(values, "pareto_table")
    total = series.sum()
    if total <= 0:
        raise ValueError("pareto_table: values add up to 0; there is no value to share")
    ordered = series.sort_values(ascending=False, kind="stable")
    n = len(ordered)
    table = pd.DataFrame({"value": ordered.to_numpy(),
                          "rank": np.arange(1, n + 1),
                          "value_share": ordered.to_numpy() / total}, index=ordered.index)
    table["cum_customer_share"] = table["rank"] / n
    table["cum_value_share"] = table["value_share"].cumsum()
    return table


def share_of_top(values, fraction: float = 0.2) -> float:
    """Share of all value held by the top ``fraction`` of customers — the 80/20 figure.

    The cumulative curve is interpolated between customers, so any fraction is allowed.

    Examples
    --------
    >>> share_of_top([50, 30, 10, 5, 5], fraction=0.2)
    0.5
    >>> share_of_top([50, 30, 10, 5, 5], fraction=0.3)
    0.65
    """
    check_share(fraction, "fraction", "share_of_top")
    with named_as("share_of_top"):
        table = pareto_table(values)
    x = np.concatenate([[0.0], table["cum_customer_share"].to_numpy()])
    y = np.concatenate([[0.0], table["cum_value_share"].to_numpy()])
    return round(float(np.interp(fraction, x, y)), 12)


def gini(values) -> float:
    """Gini coefficient of value across customers: 0 when all are worth the same, towards 1
    when one customer holds everything.

    Examples
    --------
    >>> gini([1, 1, 1, 1])
    0.0
    >>> gini([0, 0, 0, 1])
    0.75
    """
    series = _values(values, "gini")
    x = np.sort(series.to_numpy())
    n = len(x)
    if x.sum() == 0:
        raise ValueError("gini: values add up to 0; the Gini coefficient is undefined")
    ranks = np.arange(1, n + 1)
    # equal values can leave a rounding error of -1e-17: the coefficient lies in [0, 1]
    return float(np.clip(((2 * ranks - n - 1) * x).sum() / (n * x.sum()), 0.0, 1.0))


def lorenz_points(values) -> pd.DataFrame:
    """The Lorenz curve: cumulative share of customers (poorest first) against share of value,
    starting at (0, 0) — for plotting with :func:`crmlab.plot.lorenz_curve`."""
    series = _values(values, "lorenz_points")
    x = np.sort(series.to_numpy())
    n = len(x)
    return pd.DataFrame({"customer_share": np.arange(n + 1) / n,
                         "value_share": np.concatenate([[0.0], np.cumsum(x) / x.sum()])})


def abc_classes(values, cutoffs=(0.8, 0.95)) -> pd.Series:
    """ABC analysis: A = the customers who make up the first 80 % of value, B the next 15 %, C the rest.

    A customer belongs to A when the value of all customers ranked above them is still below the
    first cutoff (so the customer who crosses 80 % is an A). Ties keep their order in the input.

    Returns
    -------
    Series of "A" / "B" / "C" (categorical), in the order and with the index of ``values``.

    Examples
    --------
    >>> abc_classes(pd.Series([5, 50, 10, 30, 5], index=list("vwxyz"))).tolist()
    ['B', 'A', 'B', 'A', 'C']
    """
    first, second = _pair(cutoffs, "cutoffs", "abc_classes")
    if not 0 < first < second <= 1:
        raise ValueError(f"abc_classes: cutoffs must satisfy 0 < A cutoff < B cutoff <= 1, got {cutoffs!r}")
    with named_as("abc_classes"):
        table = pareto_table(values)
    before = table["cum_value_share"] - table["value_share"]
    labels = np.where(before < first - 1e-12, "A", np.where(before < second - 1e-12, "B", "C"))
    series = values if isinstance(values, pd.Series) else pd.Series(np.asarray(values))
    classes = pd.Series(labels, index=table.index).reindex(series.index)
    return pd.Series(pd.Categorical(classes, categories=["A", "B", "C"]), index=series.index,
                     name="abc_class")


def _pair(values, name, where):
    """Two increasing cut points, each a number."""
    if isinstance(values, (str, bytes, dict)) or np.ndim(values) != 1 or len(values) != 2:
        raise TypeError(f"{where}: {name} must be a pair of numbers (first, second), got {values!r}")
    first, second = check_numbers(values, name, where)
    return float(first), float(second)


# ------------------------------------------------------------------ RFM


def _scores(values: pd.Series, bins: int, higher_is_better: bool) -> pd.Series:
    """Scores 1..bins by percentile rank; equal values always share a score.

    The percentile is the average rank of a value among all values (as pandas'
    ``rank(method="average", pct=True)``), counted with ``bincount`` for whole numbers in a
    small range and with one sort otherwise.
    """
    v = values.to_numpy()
    if not higher_is_better:
        v = -v
    n = len(v)
    if np.issubdtype(v.dtype, np.integer) and n and v.max() - v.min() < 10 * n + 1000:
        offset = v - v.min()
        counts = np.bincount(offset)
        below = np.cumsum(counts) - counts
        average_rank = below[offset] + (counts[offset] + 1) / 2
    else:
        _, inverse, counts = np.unique(v, return_inverse=True, return_counts=True)
        below = np.cumsum(counts) - counts
        average_rank = below[inverse] + (counts[inverse] + 1) / 2
    score = np.clip(np.ceil(average_rank / n * bins), 1, bins).astype(np.int64)
    return pd.Series(score, index=values.index)


def rfm_table(transactions: pd.DataFrame, as_of=None, customer_col: str = "customer_id",
              date_col: str = "date", amount_col: str = "amount", bins: int = 5) -> pd.DataFrame:
    """RFM per customer: recency (days since the last purchase), frequency (purchases), monetary
    (total spend), scored 1..``bins`` (5 best) by percentile rank.

    Equal values share a score (all one-purchase customers get the same F), so a score may hold
    more or fewer than 1/bins of the customers. R is best for the smallest recency.

    Parameters
    ----------
    transactions : DataFrame
        One row per purchase.
    as_of : date-like, optional
        Reference day for recency; default the day after the last purchase in the data.

    Returns
    -------
    DataFrame indexed by customer id: recency_days, frequency, monetary, R, F, M, rfm_code.

    Examples
    --------
    >>> log = pd.DataFrame({"customer_id": [1, 1, 2, 3, 3, 3],
    ...                     "date": pd.to_datetime(["2024-01-01", "2024-03-01", "2024-02-01",
    ...                                             "2024-01-15", "2024-02-15", "2024-03-10"]),
    ...                     "amount": [20.0, 30.0, 500.0, 10.0, 10.0, 10.0]})
    >>> rfm_table(log, as_of="2024-03-31", bins=3)  # doctest: +NORMALIZE_WHITESPACE
                 recency_days  frequency  monetary  R  F  M rfm_code
    customer_id
    1                      30          2      50.0  2  2  2      222
    2                      59          1     500.0  1  1  3      113
    3                      21          3      30.0  3  3  1      331
    """
    where = "rfm_table"
    if not isinstance(amount_col, str):
        raise TypeError(f"{where}: amount_col must be a column name (str), got {amount_col!r}")
    if isinstance(bins, bool) or not isinstance(bins, (int, np.integer)) or bins < 2:
        raise ValueError(f"{where}: bins must be an integer >= 2, got {bins!r}")
    end = None if as_of is None else check_date(as_of, "as_of", where)
    # dates after as_of are looked for in each customer's last date: 20x fewer rows
    customers, dates, amounts = check_transactions(transactions, customer_col, date_col,
                                                   amount_col, where)
    if dates is not transactions[date_col]:  # dates were parsed from text
        transactions = transactions.assign(**{date_col: dates})
    grouped = transactions.groupby(customer_col, sort=True)
    last = grouped[date_col].max()
    if end is None:
        end = last.max().normalize() + pd.Timedelta(days=1)
    elif last.max() > end:
        check_transactions(transactions, customer_col, date_col, amount_col, where, as_of=end)
    table = pd.DataFrame({"recency_days": (end - last).dt.days,
                          "frequency": grouped.size(),
                          "monetary": grouped[amount_col].sum()})
    table["R"] = _scores(table["recency_days"], bins, higher_is_better=False)
    table["F"] = _scores(table["frequency"], bins, higher_is_better=True)
    table["M"] = _scores(table["monetary"], bins, higher_is_better=True)
    if bins <= 9:  # one digit a score: "545"
        table["rfm_code"] = (table["R"] * 100 + table["F"] * 10 + table["M"]).astype(str)
    else:
        table["rfm_code"] = (table["R"].astype(str) + "-" + table["F"].astype(str) + "-"
                             + table["M"].astype(str))
    return table


#: The RFM segment rules, checked top to bottom; the first that fits names the customer.
#: Ranges are inclusive, on 1-5 scores; FM is the rounded mean of F and M.
RFM_RULES = pd.DataFrame([
    ("champions", "冠军客户", 4, 5, 4, 5, "bought recently, buy often and spend the most"),
    ("loyal", "忠诚客户", 3, 5, 3, 5, "buy regularly and spend well"),
    ("new customers", "新客户", 4, 5, 1, 1, "first purchase was recent"),
    ("potential loyalists", "潜力客户", 4, 5, 2, 3, "recent, with growing frequency and spend"),
    ("can't lose them", "不能失去的客户", 1, 1, 4, 5, "were among the best, have not come back"),
    ("at risk", "流失风险客户", 1, 2, 3, 5, "spent well, long ago"),
    ("need attention", "需关注客户", 3, 3, 1, 2, "average recency, low frequency and spend"),
    ("hibernating", "沉睡客户", 1, 2, 1, 2, "last purchase long ago, little spend"),
], columns=["segment", "segment_zh", "r_min", "r_max", "fm_min", "fm_max", "description"])


def rfm_segments(rfm: pd.DataFrame, rules: pd.DataFrame | None = None) -> pd.Series:
    """Name each customer's RFM segment by the first rule of ``rules`` (default ``RFM_RULES``) that fits.

    ``rfm`` needs the columns R, F, M (1-5 scores, as from :func:`rfm_table` with ``bins=5``).
    Customers no rule fits are "others" — counted, never dropped.

    Examples
    --------
    >>> scores = pd.DataFrame({"R": [5, 1, 5, 2], "F": [5, 5, 1, 1], "M": [5, 4, 1, 2]})
    >>> rfm_segments(scores).tolist()
    ['champions', "can't lose them", 'new customers', 'hibernating']
    """
    where = "rfm_segments"
    check_columns(rfm, ["R", "F", "M"], "rfm", where=where)
    for column in ("R", "F", "M"):
        check_numeric_column(rfm, column, "rfm", where, low=1, allow_missing=False)
    rules = RFM_RULES if rules is None else rules
    check_columns(rules, ["segment", "r_min", "r_max", "fm_min", "fm_max"], "rules", where=where)
    for column in ("r_min", "r_max", "fm_min", "fm_max"):
        check_numeric_column(rules, column, "rules", where, allow_missing=False)
    r = rfm["R"].to_numpy()
    fm = np.floor((rfm["F"].to_numpy() + rfm["M"].to_numpy()) / 2 + 0.5)
    labels = np.full(len(rfm), "others", dtype=object)
    open_ = np.ones(len(rfm), dtype=bool)
    for rule in rules.itertuples():
        fits = open_ & (r >= rule.r_min) & (r <= rule.r_max) & (fm >= rule.fm_min) & (fm <= rule.fm_max)
        labels[fits] = rule.segment
        open_ &= ~fits
    order = list(rules["segment"]) + ["others"]
    return pd.Series(pd.Categorical(labels, categories=order), index=rfm.index, name="rfm_segment")


# ------------------------------------------------------------------ customer pyramid


PYRAMID_LEVELS = ["MVC", "MGC", "maintain", "below-zero"]


def _first_share(values: np.ndarray, share: float) -> np.ndarray:
    """Positions of the largest values that together make the first ``share`` of their total
    (the one that crosses the share included, as in ABC class A)."""
    order = np.argsort(-values, kind="stable")
    total = values.sum()
    if total <= 0 or share == 0:
        return order[:0]
    before = np.concatenate([[0.0], np.cumsum(values[order])[:-1]]) / total
    return order[before < share]


def customer_pyramid(value, potential, mvc_share: float = 0.5, mgc_share: float = 0.3) -> pd.Series:
    """The customer pyramid (客户金字塔), by rules on shares — how many land in each level
    depends on the data, not on a fixed count.

    - ``below-zero`` (放弃型/负值客户): value < 0 — they cost more than they bring;
    - ``MVC`` most valuable (贵宾型): the largest values that together make the first
      ``mvc_share`` of all positive value (like ABC class A);
    - ``MGC`` most growable (改进型): of the other customers with value >= 0, those with the
      largest **room to grow**, ``potential - value``, that together hold the first ``mgc_share``
      of all the room (a customer already at their potential has no room);
    - ``maintain`` (维持型): everyone else.

    Parameters
    ----------
    value : Series
        Current value per customer (e.g. annual net value), may be negative.
    potential : Series
        What each customer could be worth, in the same units and with the same index
        (e.g. :func:`wallet_potential`).
    mvc_share, mgc_share : float
        Shares in [0, 1] of positive value (MVC) and of room to grow (MGC).

    Examples
    --------
    >>> value = pd.Series([100, 50, 20, 10, 5, -3, 1, 2, 3, 4])
    >>> potential = pd.Series([100, 50, 90, 10, 80, 50, 0, 2, 3, 4])
    >>> customer_pyramid(value, potential, mvc_share=0.6, mgc_share=0.6).tolist()
    ['MVC', 'MVC', 'MGC', 'maintain', 'MGC', 'below-zero', 'maintain', 'maintain', 'maintain', 'maintain']
    """
    where = "customer_pyramid"
    value = _values(value, where, "value", allow_negative=True)
    potential = _values(potential, where, "potential", allow_negative=True)
    if len(value) != len(potential) or not value.index.equals(potential.index):
        raise ValueError(f"{where}: value and potential must have the same index")
    for name, share in (("mvc_share", mvc_share), ("mgc_share", mgc_share)):
        check_share(share, name, where)
    v = value.to_numpy()
    n = len(v)
    level = np.full(n, "maintain", dtype=object)
    negative = v < 0
    level[_first_share(np.clip(v, 0, None), mvc_share)] = "MVC"
    room = np.clip(potential.to_numpy() - v, 0, None)
    room[negative | (level == "MVC")] = 0.0
    level[_first_share(room, mgc_share)] = "MGC"
    level[negative] = "below-zero"
    return pd.Series(pd.Categorical(level, categories=PYRAMID_LEVELS), index=value.index,
                     name="pyramid_level")


def net_value_per_year(margin, cost_to_serve, months_active, acquisition_cost: float = 0.0,
                       payback_months: int = 36) -> pd.DataFrame:
    """Annual net value of each customer: margin minus cost to serve per year of being a
    customer, and (optionally) the acquisition cost charged to **every** customer as an equal
    monthly instalment over ``payback_months``.

    Putting every customer on a per-year basis keeps a customer who joined last month
    comparable with one who has been here the whole window; charging acquisition to everyone
    (not just to the recent joiners) keeps the below-zero level from filling up with newcomers.

    Parameters
    ----------
    margin, cost_to_serve : Series
        Margin earned and cost to serve (contacts, compensation, …) over the window, per
        customer, same index; margin >= 0, cost >= 0.
    months_active : Series
        Months each customer was a customer in the window (>= 1), same index.
    acquisition_cost : float
        What winning a customer costs (>= 0); 0 leaves it out.
    payback_months : int
        Months over which the acquisition cost is spread (>= 1).

    Returns
    -------
    DataFrame indexed like ``margin``: ``annual_margin``, ``annual_cost_to_serve``,
    ``annual_acquisition``, ``annual_net_value``.

    Examples
    --------
    >>> margin = pd.Series([240.0, 30.0], index=["old", "new"])
    >>> cost = pd.Series([24.0, 6.0], index=["old", "new"])
    >>> months = pd.Series([24, 3], index=["old", "new"])
    >>> net_value_per_year(margin, cost, months, acquisition_cost=36, payback_months=36)
         annual_margin  annual_cost_to_serve  annual_acquisition  annual_net_value
    old          120.0                  12.0                12.0              96.0
    new          120.0                  24.0                12.0              84.0
    """
    where = "net_value_per_year"
    margin = _values(margin, where, "margin")
    cost = _values(cost_to_serve, where, "cost_to_serve")
    months = _values(months_active, where, "months_active")
    for name, series in (("cost_to_serve", cost), ("months_active", months)):
        if not series.index.equals(margin.index):
            raise ValueError(f"{where}: margin and {name} must have the same index")
    if (months < 1).any():
        raise ValueError(f"{where}: months_active must be >= 1, got {int((months < 1).sum())} "
                         "value(s) below 1")
    check_number(acquisition_cost, "acquisition_cost", where, low=0)
    check_int(payback_months, "payback_months", minimum=1, where=where)
    table = pd.DataFrame({"annual_margin": 12 * margin / months,
                          "annual_cost_to_serve": 12 * cost / months}, index=margin.index)
    table["annual_acquisition"] = 12 * float(acquisition_cost) / payback_months
    table["annual_net_value"] = (table["annual_margin"] - table["annual_cost_to_serve"]
                                 - table["annual_acquisition"])
    return table


def wallet_potential(value, peers, quantile: float = 0.9) -> pd.DataFrame:
    """What each customer could be worth: the value reached by the best ``quantile`` of their
    peers (customers alike in needs, e.g. the same type, lines and usage band), at least their
    own value — a share-of-wallet view. ``room`` = potential − value.

    Parameters
    ----------
    value : Series
        Current value per customer (may be negative).
    peers : Series or DataFrame
        The peer group of each customer (one or more columns), same index as ``value``.
    quantile : float
        In [0, 1]; 0.9 = "as much as the top tenth of their peers".

    Returns
    -------
    DataFrame indexed like ``value``: ``value``, ``potential``, ``room``.

    Examples
    --------
    >>> value = pd.Series([10.0, 20.0, 30.0, 100.0, 300.0])
    >>> peers = pd.Series(["a", "a", "a", "b", "b"])
    >>> wallet_potential(value, peers, quantile=1.0)["room"].tolist()
    [20.0, 10.0, 0.0, 200.0, 0.0]
    """
    where = "wallet_potential"
    value = _values(value, where, "value", allow_negative=True)
    check_share(quantile, "quantile", where)
    if isinstance(peers, pd.Series):
        peers = peers.to_frame()
    if not isinstance(peers, pd.DataFrame):
        raise TypeError(f"{where}: peers must be a Series or DataFrame of peer-group labels, got "
                        f"{type(peers).__name__}")
    if peers.shape[1] == 0 or not peers.index.equals(value.index):
        raise ValueError(f"{where}: peers must have at least one column and the same index as value")
    if peers.isna().any().any():
        raise ValueError(f"{where}: peers has missing labels; every customer needs a peer group")
    keys = [peers[c].astype(str).to_numpy() for c in peers.columns]
    benchmark = value.groupby(keys).transform(lambda s: s.quantile(quantile))
    potential = np.maximum(benchmark.to_numpy(), value.to_numpy())
    return pd.DataFrame({"value": value, "potential": potential,
                         "room": potential - value.to_numpy()}, index=value.index)


# ------------------------------------------------------------------ ARPU and ARPA


def _unit_revenue(bills, where, by, customer_col, amount_col):
    by = [by] if isinstance(by, str) else list(by) if isinstance(by, (list, tuple)) else by
    if not isinstance(by, list) or not by:
        raise TypeError(f"{where}: by must be a column name or a list of them, got {by!r}")
    check_columns(bills, [customer_col, amount_col, *by], "bills", where=where)
    if bills.empty:
        raise ValueError(f"{where}: bills is empty; there is no revenue to average")
    check_numeric_column(bills, amount_col, "bills", where)
    per_account = bills.groupby(by + [customer_col], observed=True)[amount_col].sum()
    return by, per_account


def arpa(bills: pd.DataFrame, by="month", customer_col: str = "customer_id",
         amount_col: str = "amount") -> pd.Series:
    """ARPA (每账户平均收入): revenue per **account** (customer) billed, per ``by`` group.

    ARPA = revenue / number of accounts billed. A business account with 50 lines counts once.
    See :func:`arpu` for revenue per user (line); for one-line customers the two are equal.

    Examples
    --------
    >>> bills = pd.DataFrame({"customer_id": [1, 2, 1], "month": ["m1", "m1", "m2"],
    ...                       "amount": [100.0, 20.0, 90.0]})
    >>> arpa(bills).tolist()
    [60.0, 90.0]
    """
    where = "arpa"
    by, per_account = _unit_revenue(bills, where, by, customer_col, amount_col)
    grouped = per_account.groupby(level=list(range(len(by))), observed=True)
    return (grouped.sum() / grouped.size()).rename("arpa")


def arpu(bills: pd.DataFrame, users, by="month", customer_col: str = "customer_id",
         amount_col: str = "amount") -> pd.Series:
    """ARPU (每用户平均收入): revenue per **user** — per line (subscription) billed, per ``by`` group.

    ARPU = revenue / number of users (lines) of the accounts billed; ``users`` gives the lines of
    each account (a Series indexed by customer id, >= 1). With one line per account ARPU = ARPA
    (:func:`arpa`).

    Examples
    --------
    >>> bills = pd.DataFrame({"customer_id": [1, 2, 1], "month": ["m1", "m1", "m2"],
    ...                       "amount": [100.0, 20.0, 90.0]})
    >>> arpu(bills, pd.Series({1: 4, 2: 1})).tolist()
    [24.0, 22.5]
    """
    where = "arpu"
    by, per_account = _unit_revenue(bills, where, by, customer_col, amount_col)
    users = _values(users, where, "users")
    if (users < 1).any():
        raise ValueError(f"{where}: users must be >= 1 line per account, got "
                         f"{int((users < 1).sum())} value(s) below 1")
    accounts = per_account.index.get_level_values(customer_col)
    missing = pd.Index(accounts).difference(users.index)
    if len(missing):
        raise ValueError(f"{where}: users has no line count for {len(missing)} billed account(s), "
                         f"e.g. {list(missing[:3])}")
    lines = pd.Series(users.reindex(accounts).to_numpy(), index=per_account.index)
    levels_ = list(range(len(by)))
    revenue = per_account.groupby(level=levels_, observed=True).sum()
    return (revenue / lines.groupby(level=levels_, observed=True).sum()).rename("arpu")


# ------------------------------------------------------------------ key customers and portfolio


def key_customer_score(indicators: pd.DataFrame, weights: dict) -> pd.DataFrame:
    """Weighted score of normalised indicators (e.g. attractiveness, potential, relationship).

    Each indicator is scaled to 0-100 by min-max over the customers (a constant indicator scores
    50), then combined with ``weights`` (normalised to sum to 1).

    Returns
    -------
    DataFrame: the scaled indicators and ``score`` (0-100), indexed like ``indicators``.

    Examples
    --------
    >>> table = pd.DataFrame({"attractiveness": [10, 20, 30], "relationship": [3, 1, 2]})
    >>> key_customer_score(table, {"attractiveness": 2, "relationship": 1})["score"].round(1).tolist()
    [33.3, 33.3, 83.3]
    """
    where = "key_customer_score"
    if not isinstance(weights, dict) or not weights:
        raise TypeError(f"{where}: weights must be a non-empty dict indicator -> weight")
    check_columns(indicators, list(weights), "indicators", where=where)
    if indicators.empty:
        raise ValueError(f"{where}: indicators is empty; it needs at least one customer")
    w = pd.Series(check_numbers(list(weights.values()), "weights", where), index=list(weights))
    if (w < 0).any() or w.sum() <= 0:
        raise ValueError(f"{where}: weights must be >= 0 and not all 0, got {weights}")
    w = w / w.sum()
    scaled = pd.DataFrame(index=indicators.index)
    for column in w.index:
        values = _values(indicators[column], where, f"indicators[{column!r}]", allow_negative=True)
        span = values.max() - values.min()
        scaled[column] = 50.0 if span == 0 else 100 * (values - values.min()) / span
    scaled["score"] = scaled[list(w.index)].to_numpy() @ w.to_numpy()
    return scaled


#: The course's framework for key customers (核心客户评价): three indicator groups, what each
#: looks at in the course's words, and the columns this kit's data can measure them with.
KEY_CUSTOMER_FRAMEWORK = pd.DataFrame([
    ("attractiveness", "吸引力", "value and price, difference from other customers, preferences, "
     "access to key people, buying rules", "annual_net_value, paid_on_time"),
    ("potential", "潜力", "sales volume, margin; growth potential", "room, lines"),
    ("relationship", "关系", "the relationship's current state and its potential",
     "tenure_years, services, no_complaints"),
], columns=["group", "group_zh", "course_looks_at", "measured_here_by"])


def key_customer_groups(indicators: pd.DataFrame, groups: dict,
                        group_weights: dict | None = None) -> pd.DataFrame:
    """Key-customer score in the course's three indicator groups (attractiveness, potential,
    relationship): each group is a :func:`key_customer_score` of its own indicators (0-100),
    and ``score`` their weighted mean.

    Parameters
    ----------
    indicators : DataFrame
        One row per customer, numeric indicator columns (higher = better for the company).
    groups : dict
        group name -> {indicator: weight} (the weights inside a group).
    group_weights : dict, optional
        group name -> weight of the group in ``score``; equal weights by default.

    Returns
    -------
    DataFrame indexed like ``indicators``: one column per group (0-100) and ``score`` (0-100).

    Examples
    --------
    >>> table = pd.DataFrame({"value": [10, 20, 30], "lines": [1, 5, 3], "tenure": [9, 1, 5]})
    >>> key_customer_groups(table, {"attractiveness": {"value": 1}, "potential": {"lines": 1},
    ...                             "relationship": {"tenure": 1}})["score"].round(1).tolist()
    [33.3, 50.0, 66.7]
    """
    where = "key_customer_groups"
    if not isinstance(groups, dict) or not groups:
        raise TypeError(f"{where}: groups must be a non-empty dict group -> {{indicator: weight}}")
    for name, weights in groups.items():
        if not isinstance(weights, dict) or not weights:
            raise TypeError(f"{where}: groups[{name!r}] must be a non-empty dict indicator -> weight")
    weights_of_groups = {name: 1.0 for name in groups} if group_weights is None else group_weights
    if not isinstance(weights_of_groups, dict) or set(weights_of_groups) != set(groups):
        raise ValueError(f"{where}: group_weights must give a weight to each group "
                         f"{sorted(groups)}, got {group_weights!r}")
    w = pd.Series(check_numbers(list(weights_of_groups.values()), "group_weights", where, low=0),
                  index=list(weights_of_groups))
    if w.sum() <= 0:
        raise ValueError(f"{where}: group_weights must not all be 0")
    w = w / w.sum()
    with named_as(where):
        table = pd.DataFrame({name: key_customer_score(indicators, weights)["score"]
                              for name, weights in groups.items()}, index=indicators.index)
    table["score"] = table[list(w.index)].to_numpy() @ w.to_numpy()
    return table


LEVELS = ["low", "medium", "high"]

#: The attractiveness × relationship matrix: (attractiveness, relationship) → strategy.
PORTFOLIO = {
    ("high", "high"): "maintain", ("high", "medium"): "develop", ("high", "low"): "develop",
    ("medium", "high"): "defend", ("medium", "medium"): "selectively maintain",
    ("medium", "low"): "reduce",
    ("low", "high"): "reduce", ("low", "medium"): "reduce", ("low", "low"): "exit",
}
STRATEGY_ZH = {"develop": "发展", "maintain": "保持", "selectively maintain": "选择性保持",
               "defend": "防御", "reduce": "少量保持", "exit": "退出"}


def levels(values, cuts=(1 / 3, 2 / 3)) -> pd.Series:
    """low / medium / high by percentile rank (terciles by default).

    >>> levels(pd.Series([1, 2, 3, 4, 5, 6])).tolist()
    ['low', 'low', 'medium', 'medium', 'high', 'high']
    """
    series = _values(values, "levels", allow_negative=True)
    cuts = _pair(cuts, "cuts", "levels")
    if not 0 < cuts[0] < cuts[1] < 1:
        raise ValueError(f"levels: cuts must satisfy 0 < low cut < high cut < 1, got {cuts!r}")
    pct = series.rank(method="average", pct=True)
    labels = np.where(pct <= cuts[0], "low", np.where(pct <= cuts[1], "medium", "high"))
    return pd.Series(pd.Categorical(labels, categories=LEVELS), index=series.index)


def _levels_input(levels_, name, where):
    """A level ('low' / 'medium' / 'high') or a 1-D series of them."""
    if isinstance(levels_, str):
        return
    if levels_ is None or isinstance(levels_, (bytes, dict, pd.DataFrame)) or np.ndim(levels_) != 1:
        raise TypeError(f"{where}: {name} must be 'low', 'medium' or 'high', or a Series of them, "
                        f"got {type(levels_).__name__}")


def portfolio_strategy(attractiveness_level, relationship_level):
    """The strategy of the attractiveness × relationship matrix for each customer.

    High attractiveness: maintain a strong relationship (保持), develop a weaker one (发展).
    Medium: defend a strong one (防御), selectively maintain a medium one (选择性保持), reduce a
    weak one (少量保持). Low attractiveness: reduce (少量保持), or exit (退出) when the relationship
    is weak too. Levels are "low" / "medium" / "high"; scalars or Series.

    Examples
    --------
    >>> portfolio_strategy("high", "low")
    'develop'
    >>> portfolio_strategy(pd.Series(["low", "medium"]), pd.Series(["low", "high"])).tolist()
    ['exit', 'defend']
    """
    where = "portfolio_strategy"
    _levels_input(attractiveness_level, "attractiveness_level", where)
    _levels_input(relationship_level, "relationship_level", where)
    scalar = isinstance(attractiveness_level, str) and isinstance(relationship_level, str)
    a = pd.Series([attractiveness_level]) if scalar else pd.Series(attractiveness_level)
    r = pd.Series([relationship_level]) if scalar else pd.Series(relationship_level)
    if len(a) != len(r):
        raise ValueError(f"{where}: the two level series must have the same length")
    for name, series in (("attractiveness_level", a), ("relationship_level", r)):
        bad = set(series.astype(str)) - set(LEVELS)
        if bad:
            raise ValueError(f"{where}: {name} must be one of {LEVELS}, got {sorted(bad)}")
    strategy = [PORTFOLIO[(x, y)] for x, y in zip(a.astype(str), r.astype(str))]
    if scalar:
        return strategy[0]
    return pd.Series(strategy, index=a.index, name="strategy")


# ------------------------------------------------------------------ k-means


def kmeans_segments(features: pd.DataFrame, k: int, seed: int = 0):
    """k-means segments on standardised features, with a profile in business words.

    Returns
    -------
    labels : Series of segment numbers (0 = the largest segment), indexed like ``features``.
    profile : DataFrame per segment: customers, share, the mean of each feature, and
        ``description`` naming the features furthest above or below the average.

    Examples
    --------
    >>> table = pd.DataFrame({"spend": [1, 2, 1, 50, 52, 49.0], "visits": [9, 8, 9, 1, 2, 1.0]})
    >>> labels, profile = kmeans_segments(table, k=2)
    >>> profile["description"].tolist()
    ['high spend, low visits', 'high visits, low spend']
    """
    from sklearn.cluster import KMeans

    where = "kmeans_segments"
    if not isinstance(features, pd.DataFrame) or features.empty:
        raise TypeError(f"{where}: features must be a non-empty DataFrame of numeric columns")
    numeric = features.select_dtypes("number")
    if list(numeric.columns) != list(features.columns):
        raise ValueError(f"{where}: features must be numeric; not numeric: "
                         f"{[c for c in features.columns if c not in numeric.columns]}")
    if features.isna().any().any():
        raise ValueError(f"{where}: features has missing values in "
                         f"{list(features.columns[features.isna().any()])}")
    if not np.isfinite(features.to_numpy(dtype=float)).all():
        raise ValueError(f"{where}: features has infinite values; expected finite numbers")
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 1 <= k <= len(features):
        raise ValueError(f"{where}: k must be an integer between 1 and the number of rows, got {k!r}")
    check_int(seed, "seed", minimum=0, where=where)
    values = features.to_numpy(dtype=float)
    spread = values.std(axis=0)
    z = (values - values.mean(axis=0)) / np.where(spread > 0, spread, 1)
    raw = KMeans(n_clusters=k, random_state=seed, n_init=10).fit_predict(z)
    sizes = np.bincount(raw, minlength=k)
    rename = np.empty(k, dtype=np.int64)
    rename[np.argsort(-sizes, kind="stable")] = np.arange(k)
    labels = pd.Series(rename[raw], index=features.index, name="segment")

    profile = features.groupby(labels.to_numpy()).mean()
    profile.index.name = "segment"
    profile.insert(0, "share", np.bincount(labels, minlength=k) / len(labels))
    profile.insert(0, "customers", np.bincount(labels, minlength=k))
    centre = pd.DataFrame(z, index=features.index, columns=features.columns).groupby(
        labels.to_numpy()).mean()
    profile["description"] = [_describe(centre.loc[s]) for s in profile.index]
    return labels, profile


def _describe(z: pd.Series) -> str:
    """The features furthest above and below the average, in words (in the kit's language)."""
    high, low = z.idxmax(), z.idxmin()
    above = z[high] > 0.25
    below = z[low] < -0.25 and low != high
    if above and below:
        return tr("high {high}, low {low}", high=high, low=low)
    if above:
        return tr("high {feature}", feature=high)
    if below:
        return tr("low {feature}", feature=low)
    return tr("average on every feature")


# ------------------------------------------------------------------ tables for the charts


def rfm_grid(rfm: pd.DataFrame, value: str = "monetary", agg: str = "mean") -> pd.DataFrame:
    """R (rows, 5 at the top) × F (columns) table of ``agg`` of ``value`` — or of customer counts
    with ``value="customers"`` — for :func:`crmlab.plot.rfm_heatmap`."""
    where = "rfm_grid"
    if not isinstance(value, str):
        raise TypeError(f"{where}: value must be a column name (str) or 'customers', got "
                        f"{type(value).__name__} {value!r}")
    check_choice(agg, "agg", ("mean", "median", "sum", "min", "max", "count"), where=where)
    needed = ["R", "F"] + ([] if value == "customers" else [value])
    check_columns(rfm, needed, "rfm", where=where)
    if rfm.empty:
        raise ValueError(f"{where}: rfm is empty; it needs at least one customer")
    for column in ("R", "F"):
        check_numeric_column(rfm, column, "rfm", where, low=1, high=99, allow_missing=False)
    if value != "customers":
        check_numeric_column(rfm, value, "rfm", where)
    if value == "customers":
        grid = rfm.groupby(["R", "F"]).size().unstack("F")
    else:
        grid = rfm.groupby(["R", "F"])[value].agg(agg).unstack("F")
    scores = range(1, int(max(rfm["R"].max(), rfm["F"].max())) + 1)
    return grid.reindex(index=list(scores)[::-1], columns=list(scores))


def portfolio_table(attractiveness_level, relationship_level) -> pd.DataFrame:
    """Customers in each cell of the attractiveness × relationship matrix, with its strategy.

    Returns a long table: attractiveness, relationship, customers, strategy, strategy_zh (9 rows).
    """
    _levels_input(attractiveness_level, "attractiveness_level", "portfolio_table")
    _levels_input(relationship_level, "relationship_level", "portfolio_table")
    a = pd.Series(attractiveness_level).astype(str).to_numpy()
    r = pd.Series(relationship_level).astype(str).to_numpy()
    if len(a) != len(r):
        raise ValueError(f"portfolio_table: the two level series must have the same length, got "
                         f"{len(a)} and {len(r)}")
    for name, levels_ in (("attractiveness_level", a), ("relationship_level", r)):
        bad = set(levels_) - set(LEVELS)
        if bad:
            raise ValueError(f"portfolio_table: {name} must be one of {LEVELS}, got {sorted(bad)}")
    rows = []
    for x in LEVELS[::-1]:
        for y in LEVELS[::-1]:
            strategy = PORTFOLIO[(x, y)]
            rows.append((x, y, int(((a == x) & (r == y)).sum()), strategy, STRATEGY_ZH[strategy]))
    return pd.DataFrame(rows, columns=["attractiveness", "relationship", "customers", "strategy",
                                       "strategy_zh"])
