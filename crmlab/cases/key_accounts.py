"""The key-account case (大客户管理): find the key accounts, classify them, score them on the
portfolio, organise customer managers in three levels, keep a core-customer management card,
find the accounts at risk of defection and what drives it, and price the actions.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._validation import (check_columns, check_customer_id, check_data, check_date, check_int,
                           check_number, check_series, check_share, check_covers,
                           check_numeric_column, named_as)
from ..differentiate import key_customer_score, levels, portfolio_strategy

KEY_ACCOUNT_TYPES = ["strategic", "group", "commercial", "high-value", "potential", "other"]
KEY_ACCOUNT_TYPES_ZH = {"strategic": "战略客户", "group": "集团客户", "commercial": "商业客户",
                        "high-value": "高值客户", "potential": "潜在大客户", "other": "普通客户"}
#: Level of the organisation that manages each type, and assumed hours of a customer manager a month.
MANAGEMENT = pd.DataFrame({
    "level": ["group HQ", "province", "city", "city", "city"],
    "hours_per_month": [24.0, 8.0, 2.0, 1.0, 1.0],
}, index=pd.Index(["strategic", "group", "commercial", "high-value", "potential"], name="type"))


def revenue_per_unit(data) -> pd.DataFrame:
    """Monthly revenue, accounts, lines, ARPA (revenue per account) and ARPU (revenue per line,
    每用户平均收入) by customer type — the data-warehouse view of the case."""
    check_data(data, "revenue_per_unit", {"bills": ["customer_id", "month", "amount"],
                                          "customers": ["customer_id", "customer_type", "lines"]})
    bills = data.bills.merge(data.customers[["customer_id", "customer_type", "lines"]],
                             on="customer_id")
    table = bills.groupby(["month", "customer_type"], observed=True).agg(
        revenue=("amount", "sum"), accounts=("customer_id", "nunique"), lines=("lines", "sum"))
    table["arpa"] = table["revenue"] / table["accounts"]
    table["arpu"] = table["revenue"] / table["lines"]
    return table


def find_key_accounts(data, share: float = 0.2, months: int = 12) -> pd.DataFrame:
    """Accounts ranked by revenue over the last ``months``; the top ``share`` are key accounts.

    Returns one row per account billed in that period: revenue, lines, arpa and arpu (monthly),
    customer_type, rank, cum_value_share and is_key.
    """
    where = "find_key_accounts"
    check_data(data, where)
    check_number(share, "share", where)
    if not 0 < share <= 1:
        raise ValueError(f"find_key_accounts: share must be in (0, 1], got {share!r}")
    check_int(months, "months", minimum=1, where=where)
    start = data.window_end - pd.DateOffset(months=months)
    recent = data.bills[data.bills["month"] >= start]
    by = recent.groupby("customer_id")
    customers = data.customers.set_index("customer_id")
    table = pd.DataFrame({"revenue": by["amount"].sum(), "months_billed": by.size()})
    table["lines"] = customers["lines"].reindex(table.index)
    table["customer_type"] = customers["customer_type"].reindex(table.index).astype(str)
    table["arpa"] = table["revenue"] / table["months_billed"]
    table["arpu"] = table["arpa"] / table["lines"]
    if table.empty:
        raise ValueError(f"{where}: no bills in the last {months} months; nothing to rank")
    table = table.sort_values("revenue", ascending=False)
    table["rank"] = np.arange(1, len(table) + 1)
    table["cum_value_share"] = table["revenue"].cumsum() / table["revenue"].sum()
    table["is_key"] = table["rank"] <= int(round(share * len(table)))
    return table


def _check_accounts(data, accounts, where, columns):
    """``accounts`` from :func:`find_key_accounts`: the columns used, one row per known customer."""
    check_data(data, where)
    check_columns(accounts, columns, "accounts", where=where)
    if accounts.empty:
        raise ValueError(f"{where}: accounts is empty; it needs at least one account")
    if accounts.index.has_duplicates:
        raise ValueError(f"{where}: accounts has duplicated customer ids in its index")
    unknown = ~accounts.index.isin(data.customers["customer_id"])
    if unknown.any():
        raise ValueError(f"{where}: {int(unknown.sum())} accounts are not in data.customers "
                         "(accounts must come from find_key_accounts(data))")


def _bill_growth(data, months: int = 6) -> pd.Series:
    end = data.window_end
    bills = data.bills[data.bills["month"] >= end - pd.DateOffset(months=2 * months)]
    late = bills[bills["month"] >= end - pd.DateOffset(months=months)].groupby("customer_id")["amount"].mean()
    early = bills[bills["month"] < end - pd.DateOffset(months=months)].groupby("customer_id")["amount"].mean()
    return (late / early - 1).dropna()


def classify_key_accounts(data, accounts: pd.DataFrame) -> pd.Series:
    """The course's key-account types, by these rules in order (our operationalisation):

    - strategic (战略客户): a key business account with 100+ lines on a two-year contract;
    - group (集团客户): a key business account with 20+ lines;
    - commercial (商业客户): any other key business account;
    - high-value (高值客户): a key consumer;
    - potential (潜在大客户): not key yet, a business account whose bills grew 10 %+ over the last
      six months against the six before;
    - other: everyone else.
    """
    where = "classify_key_accounts"
    _check_accounts(data, accounts, where, ["customer_type", "is_key", "lines"])
    if not pd.api.types.is_bool_dtype(accounts["is_key"]):
        raise TypeError(f"{where}: column 'is_key' of accounts must hold True/False, got dtype "
                        f"{accounts['is_key'].dtype}")
    check_numeric_column(accounts, "lines", "accounts", where, low=1, allow_missing=False)
    customers = data.customers.set_index("customer_id").reindex(accounts.index)
    business = accounts["customer_type"] == "business"
    key = accounts["is_key"]
    growth = _bill_growth(data).reindex(accounts.index)
    kind = np.select(
        [key & business & (accounts["lines"] >= 100) & (customers["contract"] == "two-year"),
         key & business & (accounts["lines"] >= 20),
         key & business,
         key,
         business & (growth >= 0.10)],
        ["strategic", "group", "commercial", "high-value", "potential"], default="other")
    return pd.Series(pd.Categorical(kind, categories=KEY_ACCOUNT_TYPES), index=accounts.index,
                     name="key_account_type")


def account_indicators(data, accounts: pd.DataFrame) -> pd.DataFrame:
    """Attractiveness (revenue), potential (bill growth, data use of allowance) and relationship
    (tenure, services held, complaints, last NPS) of each account."""
    _check_accounts(data, accounts, "account_indicators", ["revenue"])
    check_numeric_column(accounts, "revenue", "accounts", "account_indicators", low=0,
                         allow_missing=False)
    customers = data.customers.set_index("customer_id").reindex(accounts.index)
    end = data.window_end
    plans = data.plans.set_index("plan_id")["data_gb"]
    recent = data.bills[data.bills["month"] >= end - pd.DateOffset(months=3)]
    data_use = recent.groupby("customer_id")["data_gb"].mean().reindex(accounts.index) / (
        plans.reindex(customers["plan_id"].astype(str)).to_numpy() * customers["lines"].to_numpy())
    held = data.subscriptions[data.subscriptions["end"].isna()].groupby("customer_id").size()
    nps = data.surveys.sort_values("date").groupby("customer_id")["nps_score"].last()
    return pd.DataFrame({
        "revenue": accounts["revenue"],
        "growth": _bill_growth(data).reindex(accounts.index).fillna(0.0),
        "data_use": data_use.fillna(0.0),
        "tenure_months": (end - customers["signup_date"]).dt.days / 30.44,
        "services": held.reindex(accounts.index, fill_value=0),
        "complaints": data.complaints.groupby("customer_id").size().reindex(accounts.index,
                                                                            fill_value=0),
        "last_nps": nps.reindex(accounts.index).fillna(nps.median()),
    })


def score_accounts(indicators: pd.DataFrame) -> pd.DataFrame:
    """Attractiveness, potential and relationship scores (0-100), their levels and the
    portfolio strategy of each account."""
    where = "score_accounts"
    check_columns(indicators, ["revenue", "growth", "data_use", "tenure_months", "services",
                               "complaints", "last_nps"], "indicators", where=where)
    if len(indicators) < 3:
        raise ValueError(f"{where}: indicators needs at least 3 accounts to form low / medium / "
                         f"high levels, got {len(indicators)}")
    if indicators.index.has_duplicates:
        raise ValueError(f"{where}: indicators has duplicated customer ids in its index")
    with named_as(where):
        check_numeric_column(indicators, "complaints", "indicators", where, allow_missing=False)
        attractiveness = key_customer_score(indicators, {"revenue": 1.0})["score"]
        potential = key_customer_score(indicators, {"growth": 0.6, "data_use": 0.4})["score"]
        relationship = key_customer_score(
            indicators.assign(no_complaints=-indicators["complaints"]),
            {"tenure_months": 0.3, "services": 0.2, "no_complaints": 0.2, "last_nps": 0.3})["score"]
        table = pd.DataFrame({"attractiveness": attractiveness, "potential": potential,
                              "relationship": relationship})
        table["attractiveness_level"] = levels(table["attractiveness"] + 0.25 * table["potential"])
        table["relationship_level"] = levels(table["relationship"])
    table["strategy"] = portfolio_strategy(table["attractiveness_level"].astype(str),
                                           table["relationship_level"].astype(str)).to_numpy()
    return table


def assign_managers(data, types: pd.Series, capacity_hours: float = 140.0,
                    management: pd.DataFrame | None = None):
    """Three-level organisation (group HQ → province → city key-account departments): each
    managed account goes to the level of its type, and each department gets the customer
    managers its workload needs (hours a month / ``capacity_hours``, rounded up). The city
    departments of a province share one pool of managers, so that a city with two accounts does
    not need a manager of its own.

    Returns the assignment per account and the staffing per level and place.
    """
    where = "assign_managers"
    check_data(data, where, {"customers": ["customer_id", "province", "city"]})
    check_number(capacity_hours, "capacity_hours", where, low=1, high=744)  # hours in a month
    if not isinstance(types, pd.Series):
        raise TypeError(f"{where}: types must be a Series of key-account types (from "
                        f"classify_key_accounts), got {type(types).__name__}")
    if types.index.has_duplicates:
        raise ValueError(f"{where}: types has duplicated customer ids in its index")
    rules = MANAGEMENT if management is None else management
    check_columns(rules, ["level", "hours_per_month"], "management", where=where)
    if rules.empty or rules.index.has_duplicates:
        raise ValueError(f"{where}: management needs one row per account type")
    from .._validation import check_numbers

    check_numbers(rules["hours_per_month"], "management['hours_per_month']", where, low=0)
    unknown = ~types.index.isin(data.customers["customer_id"])
    if unknown.any():
        raise ValueError(f"{where}: {int(unknown.sum())} of types are not in data.customers")
    managed = types[types.astype(str).isin(rules.index)].astype(str)
    customers = data.customers.set_index("customer_id").reindex(managed.index)
    assignment = pd.DataFrame({"type": managed, "level": managed.map(rules["level"]),
                               "hours_per_month": managed.map(rules["hours_per_month"]),
                               "province": customers["province"].astype(str),
                               "city": customers["city"].astype(str)})
    # city departments of one province share their customer managers
    assignment["department"] = np.select(
        [assignment["level"] == "group HQ", assignment["level"] == "province"],
        ["HQ", assignment["province"]], default="cities of " + assignment["province"])
    staffing = assignment.groupby(["level", "department"]).agg(
        accounts=("type", "size"), hours=("hours_per_month", "sum"))
    staffing["managers"] = np.ceil(staffing["hours"] / capacity_hours).astype(int)
    staffing["utilisation"] = staffing["hours"] / (staffing["managers"] * capacity_hours)
    return assignment, staffing


def credit_rating(paid_late_share: float) -> str:
    """AAA / AA / A / B from the share of bills paid late (0, ≤5 %, ≤15 %, more).

    Examples
    --------
    >>> credit_rating(0.0), credit_rating(0.04), credit_rating(0.1), credit_rating(0.5)
    ('AAA', 'AA', 'A', 'B')
    """
    check_share(paid_late_share, "paid_late_share", "credit_rating")
    if paid_late_share == 0:
        return "AAA"
    return "AA" if paid_late_share <= 0.05 else "A" if paid_late_share <= 0.15 else "B"


def management_card(data, customer_id) -> pd.DataFrame:
    """The core-customer management card (核心客户管理卡): profile, transaction trend, business
    health and credit, as a two-level table (section, item) → value."""
    check_data(data, "management_card")
    check_customer_id(data, customer_id, "management_card")
    customers = data.customers.set_index("customer_id")
    c = customers.loc[customer_id]
    bills = data.bills[data.bills["customer_id"] == customer_id].sort_values("month")
    last12 = bills.tail(12)
    first, last = last12["amount"].head(3).mean(), last12["amount"].tail(3).mean()
    contacts = data.interactions[data.interactions["customer_id"] == customer_id]
    complaints = data.complaints[data.complaints["customer_id"] == customer_id]
    surveys = data.surveys[data.surveys["customer_id"] == customer_id].sort_values("date")
    late = float(bills["paid_late"].mean()) if len(bills) else 0.0
    monthly = float(last12["amount"].mean()) if len(last12) else 0.0
    rating = credit_rating(late)
    rows = [
        ("profile", "company", c["company"] if pd.notna(c["company"]) else c["name"]),
        ("profile", "industry", c["industry"] if pd.notna(c["industry"]) else "—"),
        ("profile", "contact person", c["name"]),
        ("profile", "city / province", f"{c['city']} / {c['province']}"),
        ("profile", "lines", int(c["lines"])),
        ("profile", "plan / contract", f"{c['plan_id']} / {c['contract']}"),
        ("profile", "customer since", c["signup_date"].date().isoformat()),
        ("transaction trend", "bills, last 12 months", round(float(last12["amount"].sum()), 2)),
        ("transaction trend", "mean monthly bill", round(monthly, 2)),
        ("transaction trend", "trend (last 3 vs first 3 of 12)",
         f"{(last / first - 1):+.1%}" if first else "—"),
        ("business health", "contacts, last 12 months",
         int((contacts["timestamp"] >= data.window_end - pd.DateOffset(months=12)).sum())),
        ("business health", "complaints (open)",
         f"{len(complaints)} ({int((complaints['status'] == 'open').sum())})"),
        ("business health", "last NPS", int(surveys["nps_score"].iloc[-1]) if len(surveys) else "—"),
        ("business health", "status", "left " + c["churn_date"].date().isoformat()
         if pd.notna(c["churn_date"]) else "active"),
        ("credit", "bills paid late", f"{late:.0%}"),
        ("credit", "credit rating", rating),
        ("credit", "cash flow (mean monthly bill)", round(monthly, 2)),
        ("credit", "credit term (days)", {"AAA": 60, "AA": 45, "A": 30, "B": 15}[rating]),
        ("credit", "credit limit", round(monthly * {"AAA": 3, "AA": 2, "A": 1.5, "B": 1}[rating], 0)),
    ]
    return pd.DataFrame(rows, columns=["section", "item", "value"]).set_index(["section", "item"])


DRIVER_FEATURES = ["month_to_month", "complaints", "badly_handled", "last_nps", "bill_trend",
                   "paid_late_share", "contacts", "tenure_months", "services", "log_lines"]


def defection_features(data, accounts, as_of) -> pd.DataFrame:
    """What could be known of each account on ``as_of``: contract, complaints (and how many were
    handled badly) in the 6 months before, last NPS, bill trend, late payments, contacts, tenure,
    services held."""
    from ..interact import handled_well

    where = "defection_features"
    check_data(data, where)
    as_of = check_date(as_of, "as_of", where)
    ids = _account_ids(data, accounts, where)
    customers = data.customers.set_index("customer_id").reindex(ids)
    since = as_of - pd.DateOffset(months=6)
    complaints = data.complaints[(data.complaints["opened"] < as_of) & (data.complaints["opened"] >= since)]
    bad = complaints[~handled_well(complaints)] if len(complaints) else complaints
    bills = data.bills[(data.bills["month"] < as_of) & (data.bills["month"] >= since)]
    late = bills[bills["month"] >= as_of - pd.DateOffset(months=3)].groupby("customer_id")["amount"].mean()
    early = bills[bills["month"] < as_of - pd.DateOffset(months=3)].groupby("customer_id")["amount"].mean()
    surveys = data.surveys[data.surveys["date"] < as_of].sort_values("date")
    nps = surveys.groupby("customer_id")["nps_score"].last()
    subs = data.subscriptions
    held = subs[(subs["start"] < as_of) & (subs["end"].isna() | (subs["end"] >= as_of))]
    contacts = data.interactions[(data.interactions["timestamp"] < as_of)
                                 & (data.interactions["timestamp"] >= since)]
    frame = pd.DataFrame({
        "month_to_month": (customers["contract"] == "month-to-month").astype(float),
        "complaints": complaints.groupby("customer_id").size().reindex(ids, fill_value=0),
        "badly_handled": bad.groupby("customer_id").size().reindex(ids, fill_value=0),
        "last_nps": nps.reindex(ids),
        "bill_trend": (late / early - 1).reindex(ids),
        "paid_late_share": bills.groupby("customer_id")["paid_late"].mean().reindex(ids),
        "contacts": contacts.groupby("customer_id").size().reindex(ids, fill_value=0),
        "tenure_months": (as_of - customers["signup_date"]).dt.days / 30.44,
        "services": held.groupby("customer_id").size().reindex(ids, fill_value=0),
        "log_lines": np.log(customers["lines"].astype(float)),
    })
    frame = frame.fillna(frame.median(numeric_only=True)).astype(float)
    if frame.isna().any().any():
        empty = list(frame.columns[frame.isna().any()])
        raise ValueError(f"{where}: nothing was known of these accounts on {as_of.date()} for "
                         f"{empty}; choose a later as_of")
    return frame


def _account_ids(data, accounts, where) -> pd.Index:
    """Customer ids (a list, Index or Series of them), each known and listed once."""
    if accounts is None or isinstance(accounts, (str, bytes, dict, pd.DataFrame)) \
            or np.ndim(accounts) != 1:
        raise TypeError(f"{where}: accounts must be a list or Index of customer ids, got "
                        f"{type(accounts).__name__}")
    ids = pd.Index(accounts)
    if ids.empty:
        raise ValueError(f"{where}: accounts is empty; it needs at least one customer id")
    if ids.has_duplicates:
        raise ValueError(f"{where}: accounts lists {int(ids.duplicated().sum())} customer ids twice")
    unknown = ~ids.isin(data.customers["customer_id"])
    if unknown.any():
        raise ValueError(f"{where}: {int(unknown.sum())} accounts are not in data.customers, "
                         f"e.g. {list(ids[unknown][:3])}")
    return ids


def defection_drivers(data, accounts, as_of, horizon_months: int = 12):
    """Fit a logistic regression of leaving within ``horizon_months`` after ``as_of`` on what was
    known on ``as_of``, for the given accounts active then.

    Returns the drivers (standardised coefficients: the change in log-odds for one standard
    deviation, largest effect first) and the fitted model with its scaler, to score accounts at a
    later date with :func:`defection_risk`.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    where = "defection_drivers"
    check_data(data, where)
    as_of = check_date(as_of, "as_of", where)
    check_int(horizon_months, "horizon_months", minimum=1, where=where)
    customers = data.customers.set_index("customer_id")
    ids = _account_ids(data, accounts, where)
    churn = customers["churn_date"].reindex(ids)
    active = customers["signup_date"].reindex(ids).lt(as_of) & (churn.isna() | (churn >= as_of))
    ids = ids[active.to_numpy()]
    if ids.empty:
        raise ValueError(f"{where}: none of the accounts was active on {as_of.date()}")
    with named_as(where):
        features = defection_features(data, ids, as_of)
    left = (churn.reindex(ids) < as_of + pd.DateOffset(months=horizon_months)).to_numpy()
    if left.sum() < 5 or (~left).sum() < 5:
        raise ValueError("defection_drivers: too few leavers or stayers to learn from "
                         f"({int(left.sum())} left of {len(ids)})")
    model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000))
    model.fit(features[DRIVER_FEATURES], left)
    coefficients = pd.Series(model[-1].coef_[0], index=DRIVER_FEATURES, name="log_odds_per_sd")
    drivers = coefficients.to_frame().assign(odds_ratio_per_sd=np.exp(coefficients))
    drivers = drivers.reindex(coefficients.abs().sort_values(ascending=False).index)
    drivers.attrs["accounts"], drivers.attrs["left"] = len(ids), int(left.sum())
    return drivers, model


def defection_risk(model, data, accounts, as_of) -> pd.Series:
    """Probability of leaving within the model's horizon for each account, from what is known on ``as_of``."""
    where = "defection_risk"
    if not callable(getattr(model, "predict_proba", None)):
        raise TypeError(f"{where}: model must be the fitted model from defection_drivers, got "
                        f"{type(model).__name__}")
    check_data(data, where)
    _account_ids(data, accounts, where)
    check_date(as_of, "as_of", where)
    with named_as(where):
        features = defection_features(data, accounts, as_of)
    return pd.Series(model.predict_proba(features[DRIVER_FEATURES])[:, 1], index=features.index,
                     name="defection_risk")


def retention_actions(risk: pd.Series, value: pd.Series, cost_per_action: float = 500.0,
                      effectiveness: float = 0.3) -> pd.DataFrame:
    """Expected value of a retention action on each account: risk × value × ``effectiveness``
    (the share of at-risk value the action saves, assumed) − ``cost_per_action``. Act where
    positive, largest first.

    One row per account of ``risk``; ``value`` must have a value for each of them (it may hold
    more accounts, which are left out).
    """
    where = "retention_actions"
    check_series(risk, "risk", where, low=0, high=1)
    check_series(value, "value", where)
    if risk.index.has_duplicates or value.index.has_duplicates:
        raise ValueError(f"{where}: risk and value must have one entry per account (no duplicated "
                         "customer ids)")
    check_covers(risk, value, ("risk", "value"), where)
    check_number(cost_per_action, "cost_per_action", where, low=0)
    check_share(effectiveness, "effectiveness", where)
    table = pd.DataFrame({"defection_risk": risk, "value": value.reindex(risk.index)})
    table["expected_saving"] = table["defection_risk"] * table["value"] * effectiveness
    table["expected_value_of_action"] = table["expected_saving"] - cost_per_action
    table["act"] = table["expected_value_of_action"] > 0
    return table.sort_values("expected_value_of_action", ascending=False)
