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
from ..glossary import category_label, tr

KEY_ACCOUNT_TYPES = ["strategic", "group", "important", "commercial", "high-value", "potential",
                     "other"]
KEY_ACCOUNT_TYPES_ZH = {"strategic": "战略客户", "group": "集团客户", "important": "重要客户",
                        "commercial": "商业客户", "high-value": "高值客户", "potential": "潜在大客户",
                        "other": "普通客户"}
#: Industries whose accounts matter beyond their revenue (public bodies, reference clients): a
#: key business account in one of them, too small to be a group account, is "important" (重要客户).
IMPORTANT_INDUSTRIES = ("government", "education", "healthcare", "finance")
#: Level of the organisation that manages each type, and hours of a customer manager a month
#: (assumed, our guess: sized so that at 60 an hour a type's manager time costs roughly a tenth
#: of its revenue — a strategic account gets one and a half days a month, a high-value individual
#: twelve minutes; important accounts get more than their revenue alone would pay for).
MANAGEMENT = pd.DataFrame({
    "level": ["group HQ", "province", "province", "city", "city", "city"],
    "hours_per_month": [12.0, 5.0, 1.0, 0.5, 0.2, 0.25],
}, index=pd.Index(["strategic", "group", "important", "commercial", "high-value", "potential"],
                  name="type"))


def revenue_per_unit(data) -> pd.DataFrame:
    """Monthly revenue, accounts, lines, ARPA (revenue per account) and ARPU (revenue per line,
    每用户平均收入) by customer type — the data-warehouse view of the case."""
    check_data(data, "revenue_per_unit", {"bills": ["customer_id", "month", "amount"],
                                          "customers": ["customer_id", "customer_type", "lines"]})
    from ..differentiate import arpa, arpu

    bills = data.bills.merge(data.customers[["customer_id", "customer_type", "lines"]],
                             on="customer_id")
    by = ["month", "customer_type"]
    table = bills.groupby(by, observed=True).agg(
        revenue=("amount", "sum"), accounts=("customer_id", "nunique"), lines=("lines", "sum"))
    table["arpa"] = arpa(bills, by=by)   # the course's one definition of each (chapter 00)
    table["arpu"] = arpu(bills, data.customers.set_index("customer_id")["lines"], by=by)
    return table


def find_key_accounts(data, share: float = 0.2, months: int = 12, as_of=None) -> pd.DataFrame:
    """Accounts ranked by revenue over the ``months`` before ``as_of`` (default: the end of the
    data); the top ``share`` are key accounts.

    ``as_of`` earlier than the end finds the key accounts *as they were then* — the accounts a
    defection model must learn from, since those found at the end have all survived.

    Returns one row per account billed in that period: revenue, lines, arpa and arpu (monthly),
    customer_type, rank, cum_value_share and is_key.
    """
    where = "find_key_accounts"
    check_data(data, where)
    check_number(share, "share", where)
    if not 0 < share <= 1:
        raise ValueError(f"find_key_accounts: share must be in (0, 1], got {share!r}")
    check_int(months, "months", minimum=1, where=where)
    end = data.window_end if as_of is None else check_date(as_of, "as_of", where)
    start = end - pd.DateOffset(months=months)
    recent = data.bills[(data.bills["month"] >= start) & (data.bills["month"] < end)]
    by = recent.groupby("customer_id")
    customers = data.customers.set_index("customer_id")
    table = pd.DataFrame({"revenue": by["amount"].sum(), "months_billed": by.size()})
    table["lines"] = customers["lines"].reindex(table.index)
    table["customer_type"] = customers["customer_type"].reindex(table.index).astype(str)
    table["arpa"] = table["revenue"] / table["months_billed"]
    table["arpu"] = table["arpa"] / table["lines"]
    if table.empty:
        raise ValueError(f"{where}: no bills in the {months} months before {end.date()}; "
                         "nothing to rank")
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
    - important (重要客户): any other key business account in an industry that matters beyond
      its revenue (:data:`IMPORTANT_INDUSTRIES`: public bodies, schools, hospitals, banks);
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
         key & business & customers["industry"].isin(IMPORTANT_INDUSTRIES),
         key & business,
         key,
         business & (growth >= 0.10)],
        ["strategic", "group", "important", "commercial", "high-value", "potential"],
        default="other")
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
                    management: pd.DataFrame | None = None, regions: pd.DataFrame | None = None):
    """Three-level organisation (group HQ → province → city key-account departments): each
    managed account goes to the level of its type, and each department gets the customer
    managers its workload needs (hours a month / ``capacity_hours``, rounded up). The city
    departments of a province share one pool of managers, so that a city with two accounts does
    not need a manager of its own.

    ``regions`` (from :func:`chinese_regions`) puts the departments on other places: a
    DataFrame indexed by customer id with columns province and city covering every account.

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
    if regions is not None:
        check_columns(regions, ["province", "city"], "regions", where=where)
        if regions.index.has_duplicates:
            raise ValueError(f"{where}: regions has duplicated customer ids in its index")
        missing = ~managed.index.isin(regions.index)
        if missing.any():
            raise ValueError(f"{where}: regions lacks {int(missing.sum())} of the managed accounts "
                             "(build it with chinese_regions(data))")
        customers = regions.reindex(managed.index)
    assignment = pd.DataFrame({"type": managed, "level": managed.map(rules["level"]),
                               "hours_per_month": managed.map(rules["hours_per_month"]),
                               "province": customers["province"].astype(str),
                               "city": customers["city"].astype(str)})
    # city departments of one province share their customer managers
    assignment["department"] = np.select(
        [assignment["level"] == "group HQ", assignment["level"] == "province"],
        ["HQ", assignment["province"]],
        default=[tr("cities of {province}", province=p) for p in assignment["province"]])
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


def management_card(data, customer_id, regions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The core-customer management card (核心客户管理卡) with the course's four sections:

    1. profile — name, address, phone, legal representative, staff structure, bank;
    2. changes in the transactions with us — bills, trend, services, plan and contract;
    3. the customer's business situation — industry, contacts, complaints, NPS, status;
    4. dynamic credit — bank rating, cash flow, credit term, credit limit.

    Fields the operator's data do not hold (legal representative, bank, bank rating) say
    "to collect": a card shows what is missing rather than inventing it. Our own payment rating
    (:func:`credit_rating`) stands beside the bank rating, labelled as ours. ``regions`` (from
    :func:`chinese_regions`) shows the place under its Chinese name.

    Returns a two-level table (section, item) → value.
    """
    check_data(data, "management_card")
    check_customer_id(data, customer_id, "management_card")
    customers = data.customers.set_index("customer_id")
    c = customers.loc[customer_id]
    place = f"{c['city']}, {c['province']}"
    if regions is not None:
        check_columns(regions, ["province", "city"], "regions", where="management_card")
        if customer_id in regions.index:
            r = regions.loc[customer_id]
            place = tr("{province} {city} (data: {data_city}, {data_province})",
                       province=r["province"], city=r["city"], data_city=c["city"],
                       data_province=c["province"])
    bills = data.bills[data.bills["customer_id"] == customer_id].sort_values("month")
    last12 = bills.tail(12)
    first, last = last12["amount"].head(3).mean(), last12["amount"].tail(3).mean()
    contacts = data.interactions[data.interactions["customer_id"] == customer_id]
    complaints = data.complaints[data.complaints["customer_id"] == customer_id]
    surveys = data.surveys[data.surveys["customer_id"] == customer_id].sort_values("date")
    subs = data.subscriptions[data.subscriptions["customer_id"] == customer_id]
    late = float(bills["paid_late"].mean()) if len(bills) else 0.0
    monthly = float(last12["amount"].mean()) if len(last12) else 0.0
    rating = credit_rating(late)
    business = c["customer_type"] == "business"
    collect = tr("to collect (not in the operator's data)")
    rows = [
        ("1 profile", "name", c["company"] if business and pd.notna(c["company"]) else c["name"]),
        ("1 profile", "address", f"{c['address']}, {place}"),
        ("1 profile", "phone", c["phone"]),
        ("1 profile", "legal representative", collect if business else tr("— (a person)")),
        ("1 profile", "contact person", c["name"]),
        ("1 profile", "staff structure",
         tr("{lines} lines in use; headcount {collect}", lines=int(c["lines"]), collect=collect)
         if business else "—"),
        ("1 profile", "bank", tr("{collect}; pays by {method}", collect=collect,
                                 method=c["payment_method"])),
        ("2 transactions with us", "bills, last 12 months", round(float(last12["amount"].sum()), 2)),
        ("2 transactions with us", "mean monthly bill", int(round(monthly))),
        ("2 transactions with us", "trend (last 3 vs first 3 of 12)",
         f"{(last / first - 1):+.1%}" if first else "—"),
        ("2 transactions with us", "services held (ended)",
         f"{int(subs['end'].isna().sum())} ({int(subs['end'].notna().sum())})"),
        ("2 transactions with us", "plan / contract",
         f"{c['plan_id']} / {category_label(c['contract'])}"),
        ("2 transactions with us", "customer since", c["signup_date"].date().isoformat()),
        ("3 business situation", "industry", c["industry"] if pd.notna(c["industry"]) else "—"),
        ("3 business situation", "contacts, last 12 months",
         int((contacts["timestamp"] >= data.window_end - pd.DateOffset(months=12)).sum())),
        ("3 business situation", "complaints (open)",
         f"{len(complaints)} ({int((complaints['status'] == 'open').sum())})"),
        ("3 business situation", "last NPS", int(surveys["nps_score"].iloc[-1]) if len(surveys) else "—"),
        ("3 business situation", "status", tr("left {date}", date=c["churn_date"].date().isoformat())
         if pd.notna(c["churn_date"]) else tr("active")),
        ("4 dynamic credit", "bank rating", collect),
        ("4 dynamic credit", "our payment rating (bills paid late)", f"{rating} ({late:.0%})"),
        ("4 dynamic credit", "its cash flow",
         tr("{collect} (our mean monthly bill to it is in part 2)", collect=collect)),
        ("4 dynamic credit", "credit term (days; our rule from the payment rating)",
         {"AAA": 60, "AA": 45, "A": 30, "B": 15}[rating]),
        ("4 dynamic credit", "credit limit (our rule: mean monthly bill x 1-3 by rating)",
         int(round(monthly * {"AAA": 3, "AA": 2, "A": 1.5, "B": 1}[rating], -2))),
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


def chinese_regions(data) -> pd.DataFrame:
    """Each customer's province and city on real Chinese provinces and cities.

    zh_CN data (``generate_telecom(locale="zh_CN")``, the Chinese edition) already has them: they are
    kept as they are. Other data is relabelled:
    The k-th of the data's provinces in alphabetical order becomes the (k mod 31)-th province of
    :data:`crmlab.synth.china_regions.PROVINCES`; within it, the j-th of the data province's cities
    becomes the (j mod n)-th of that province's main cities. Deterministic and reversible enough
    for a case: the numbers of customers per place stay the data's; only the names change.

    Returns a DataFrame indexed by customer_id: province, city (Chinese), province_en, city_en
    (pinyin), data_province, data_city.

    Examples
    --------
    >>> from crmlab.synth.china_regions import PROVINCES
    >>> PROVINCES[0][:2]
    ('北京', 'Beijing')
    """
    from ..synth.china_regions import PROVINCES

    where = "chinese_regions"
    check_data(data, where, {"customers": ["customer_id", "province", "city"]})
    customers = data.customers.set_index("customer_id")
    data_province = customers["province"].astype(str)
    data_city = customers["city"].astype(str)
    english = {name: (name_en, dict(zip(cities, cities_en)))
               for name, name_en, cities, cities_en in PROVINCES}
    if data_province.isin(list(english)).all():
        # zh_CN data already lives on real Chinese places: keep them, add the pinyin names
        return pd.DataFrame({
            "province": data_province, "city": data_city,
            "province_en": data_province.map(lambda p: english[p][0]),
            "city_en": [english[p][1].get(c, "") for p, c in zip(data_province, data_city)],
            "data_province": data_province, "data_city": data_city})
    provinces = sorted(data_province.unique())
    province_of = {p: k % len(PROVINCES) for k, p in enumerate(provinces)}
    pairs = pd.DataFrame({"p": data_province, "c": data_city}).drop_duplicates().sort_values(["p", "c"])
    pairs["k"] = pairs["p"].map(province_of)
    pairs["j"] = pairs.groupby("p").cumcount()
    pairs["province"] = [PROVINCES[k][0] for k in pairs["k"]]
    pairs["province_en"] = [PROVINCES[k][1] for k in pairs["k"]]
    pairs["city"] = [PROVINCES[k][2][j % len(PROVINCES[k][2])] for k, j in zip(pairs["k"], pairs["j"])]
    pairs["city_en"] = [PROVINCES[k][3][j % len(PROVINCES[k][3])] for k, j in zip(pairs["k"], pairs["j"])]
    table = pd.DataFrame({"data_province": data_province, "data_city": data_city})
    table = table.reset_index().merge(pairs.rename(columns={"p": "data_province", "c": "data_city"}),
                                      on=["data_province", "data_city"], how="left")
    return table.set_index("customer_id")[["province", "city", "province_en", "city_en",
                                           "data_province", "data_city"]]


#: The course's six selection criteria (大客户选择标准) as we test them on the data (our
#: operationalisation: a consultant would also judge them in interviews).
SELECTION_CRITERIA = pd.DataFrame({
    "chinese": ["互补性", "聚合性", "双赢性", "平衡性", "相容性", "一致性"],
    "test on the data": [
        "holds 2+ of our services: its needs fit what we sell",
        "5+ lines: the account brings many users together",
        "last NPS 7+: the relationship pays for the customer too",
        "under 2 % of key-account revenue: we do not depend on it alone",
        "at most 15 % of bills paid late: its payments fit our credit terms",
        "bills down no more than 5 % (last 6 vs 6 months before): it grows with us",
    ],
}, index=pd.Index(["complementarity", "aggregation", "win-win", "balance", "compatibility",
                   "consistency"], name="criterion"))


def evaluate_key_accounts(data, accounts: pd.DataFrame) -> pd.DataFrame:
    """The course's evaluation of key customers on the data, one row per account of ``accounts``
    (from :func:`find_key_accounts`):

    - needs vs capability: ``data_use`` (share of the data allowance used: a customer near its
      limit needs more than it buys) and ``services`` held;
    - growth potential: ``growth`` of the bills (last 6 months against the 6 before);
    - structural position (bargaining power): ``volume_share`` of key-account revenue,
      ``alternatives`` (1 on a month-to-month contract: free to leave tomorrow),
      ``switching_cost`` (lines x contract months: what moving all lines would cost it),
      ``cost_to_serve`` (contacts a month per line) and ``bargaining_power`` (0-100: two thirds
      the percentile of purchase volume — the course's main source of bargaining power — and one
      third the mean percentile of alternatives, low switching cost and cost to serve, so that it
      rises with volume);
    - the six selection criteria of :data:`SELECTION_CRITERIA` (True / False) and
      ``criteria_met`` (0-6).
    """
    where = "evaluate_key_accounts"
    _check_accounts(data, accounts, where, ["revenue", "lines"])
    check_numeric_column(accounts, "revenue", "accounts", where, low=0, allow_missing=False)
    with named_as(where):
        indicators = account_indicators(data, accounts)
    customers = data.customers.set_index("customer_id").reindex(accounts.index)
    end = data.window_end
    bills = data.bills[data.bills["month"] >= end - pd.DateOffset(months=12)]
    late = bills.groupby("customer_id")["paid_late"].mean().reindex(accounts.index).fillna(0.0)
    contacts = data.interactions[data.interactions["timestamp"] >= end - pd.DateOffset(months=12)]
    per_month = contacts.groupby("customer_id").size().reindex(accounts.index, fill_value=0) / 12
    months = customers["contract"].astype(str).map({"month-to-month": 1, "one-year": 12,
                                                    "two-year": 24}).fillna(1)
    nps = data.surveys.sort_values("date").groupby("customer_id")["nps_score"].last()
    table = pd.DataFrame({
        "data_use": indicators["data_use"],
        "services": indicators["services"],
        "growth": indicators["growth"],
        "volume_share": accounts["revenue"] / accounts["revenue"].sum(),
        "alternatives": (customers["contract"] == "month-to-month").astype(float),
        "switching_cost": accounts["lines"].astype(float) * months,
        "cost_to_serve": per_month / accounts["lines"].astype(float),
        "paid_late_share": late,
    })
    pct = table[["alternatives", "cost_to_serve"]].rank(pct=True)
    pct["low_switching_cost"] = (-table["switching_cost"]).rank(pct=True)
    volume_pct = table["volume_share"].rank(pct=True)
    table["bargaining_power"] = 100 * (2 / 3 * volume_pct + 1 / 3 * pct.mean(axis=1))
    last_nps = nps.reindex(accounts.index)
    table["complementarity"] = table["services"] >= 2
    table["aggregation"] = accounts["lines"] >= 5
    table["win-win"] = last_nps.fillna(-1) >= 7
    table["balance"] = table["volume_share"] < 0.02
    table["compatibility"] = table["paid_late_share"] <= 0.15
    table["consistency"] = table["growth"] >= -0.05
    table["criteria_met"] = table[list(SELECTION_CRITERIA.index)].sum(axis=1).astype(int)
    return table


def account_swot(evaluation: pd.DataFrame, customer_id) -> pd.DataFrame:
    """A first SWOT (strengths, weaknesses, opportunities, threats) of our relationship with one
    account, from its row of :func:`evaluate_key_accounts` — the data's part of step 2 of the
    course's six management steps; the consultant adds what interviews and the market show.

    Returns one row per point: quadrant, point.
    """
    where = "account_swot"
    check_columns(evaluation, ["data_use", "services", "growth", "volume_share", "alternatives",
                               "switching_cost", "cost_to_serve", "paid_late_share",
                               "bargaining_power"] + list(SELECTION_CRITERIA.index),
                  "evaluation", where=where)
    for column in ["data_use", "services", "growth", "volume_share", "alternatives",
                   "switching_cost", "cost_to_serve", "paid_late_share", "bargaining_power"]:
        check_numeric_column(evaluation, column, "evaluation", where, allow_missing=False)
    for column in SELECTION_CRITERIA.index:
        if not pd.api.types.is_bool_dtype(evaluation[column]):
            raise TypeError(f"{where}: column {column!r} of evaluation must hold True/False (from "
                            f"evaluate_key_accounts), got dtype {evaluation[column].dtype}")
    if evaluation.empty:
        raise ValueError(f"{where}: evaluation is empty")
    try:
        known = customer_id in evaluation.index
    except TypeError:
        known = False
    if not known:
        raise ValueError(f"{where}: customer {customer_id!r} is not in evaluation")
    e = evaluation.loc[customer_id]
    if isinstance(e, pd.DataFrame):
        raise ValueError(f"{where}: evaluation has customer {customer_id!r} more than once")
    points = []
    add = points.append
    if e["switching_cost"] >= evaluation["switching_cost"].median():
        add(("strength", tr("high switching cost for the customer (lines x contract months "
                            "{cost:.0f})", cost=e["switching_cost"])))
    if e["services"] >= 2:
        add(("strength", tr("holds {n} of our services", n=int(e["services"]))))
    if e["compatibility"]:
        add(("strength", tr("pays on time ({late:.0%} of bills late)", late=e["paid_late_share"])))
    if e["alternatives"] == 1:
        add(("weakness", tr("month-to-month contract: it can leave at a month's notice")))
    if not e["win-win"]:
        add(("weakness", tr("no recent promoter score: we do not know it is satisfied")))
    if e["cost_to_serve"] > evaluation["cost_to_serve"].median():
        add(("weakness", tr("costly to serve ({contacts:.2f} contacts a month per line)",
                            contacts=e["cost_to_serve"])))
    if e["data_use"] >= 0.8:
        add(("opportunity", tr("uses {use:.0%} of its data allowance: an upgrade fits",
                               use=e["data_use"])))
    if e["growth"] > 0.05:
        add(("opportunity", tr("bills growing ({growth:+.0%} in six months)", growth=e["growth"])))
    if e["services"] < 2:
        add(("opportunity", tr("few services held: room to cross-sell")))
    if e["growth"] < -0.05:
        add(("threat", tr("bills falling ({growth:+.0%} in six months): is a competitor "
                          "taking lines?", growth=e["growth"])))
    if e["bargaining_power"] >= 66:
        add(("threat", tr("strong bargaining power ({power:.0f}/100): it can demand price cuts",
                          power=e["bargaining_power"])))
    if not e["balance"]:
        add(("threat", tr("{share:.1%} of key-account revenue rests on this one account",
                          share=e["volume_share"])))
    order = {"strength": 0, "weakness": 1, "opportunity": 2, "threat": 3}
    for quadrant in order:  # every quadrant shown: what the data cannot say is to be collected
        if quadrant not in {q for q, _ in points}:
            add((quadrant, tr("none visible in the data: to collect in interviews (its plans, new "
                              "sites, contracts ending elsewhere)")))
    table = pd.DataFrame(points, columns=["quadrant", "point"])
    return table.sort_values("quadrant", key=lambda q: q.map(order), kind="stable").reset_index(drop=True)


#: What each portfolio strategy means for a key account's service, as a share of its type's
#: customer-manager hours (assumed, our guess) and in words.
STRATEGY_SERVICE = pd.DataFrame({
    "hours_factor": [1.5, 1.0, 1.25, 0.75, 0.5, 0.0],
    "meaning": [
        "invest: more manager time, an account plan to grow the relationship",
        "keep what works: regular visits, renewal on time",
        "defend: protect a strong relationship of middling value from competitors",
        "keep selectively: serve the parts of the account that pay",
        "serve at lower cost: shared manager, more self-service",
        "leave the key-account programme: served by ordinary channels, not cut off",
    ],
}, index=pd.Index(["develop", "maintain", "defend", "selectively maintain", "reduce", "exit"],
                  name="strategy"))


def portfolio_plan(scores: pd.DataFrame, accounts: pd.DataFrame, types: pd.Series,
                   management: pd.DataFrame | None = None, hourly_cost: float = 60.0,
                   margin: float = 0.6) -> pd.DataFrame:
    """The portfolio strategies priced: per strategy, the accounts, their yearly revenue and
    margin (``margin`` of revenue), the customer-manager hours a year (hours of the type in
    ``management`` x the strategy's ``hours_factor`` of :data:`STRATEGY_SERVICE`), their cost at
    ``hourly_cost`` and the margin left after it.

    ``scores`` from :func:`score_accounts`, ``accounts`` from :func:`find_key_accounts` (its
    revenue column is a year's revenue), ``types`` from :func:`classify_key_accounts`.
    """
    where = "portfolio_plan"
    check_columns(scores, ["strategy"], "scores", where=where)
    check_columns(accounts, ["revenue"], "accounts", where=where)
    if not isinstance(types, pd.Series):
        raise TypeError(f"{where}: types must be a Series (from classify_key_accounts), got "
                        f"{type(types).__name__}")
    if scores.empty:
        raise ValueError(f"{where}: scores is empty")
    for name, frame in (("scores", scores), ("accounts", accounts), ("types", types)):
        if frame.index.has_duplicates:
            raise ValueError(f"{where}: {name} has duplicated customer ids in its index")
    check_covers(scores, accounts, ("scores", "accounts"), where)
    check_covers(scores, types, ("scores", "types"), where)
    check_number(hourly_cost, "hourly_cost", where, low=0)
    check_share(margin, "margin", where)
    check_numeric_column(accounts, "revenue", "accounts", where, low=0, allow_missing=False)
    rules = MANAGEMENT if management is None else management
    check_columns(rules, ["hours_per_month"], "management", where=where)
    strategy = scores["strategy"].astype(str)
    unknown = ~strategy.isin(STRATEGY_SERVICE.index)
    if unknown.any():
        raise ValueError(f"{where}: unknown strategies {sorted(strategy[unknown].unique())}; "
                         f"known: {list(STRATEGY_SERVICE.index)}")
    hours = types.reindex(scores.index).astype(str).map(rules["hours_per_month"]).fillna(0.0)
    frame = pd.DataFrame({
        "strategy": strategy,
        "revenue": accounts["revenue"].reindex(scores.index),
        "manager_hours": 12 * hours * strategy.map(STRATEGY_SERVICE["hours_factor"]),
    })
    plan = frame.groupby("strategy").agg(accounts=("revenue", "size"), revenue=("revenue", "sum"),
                                         manager_hours=("manager_hours", "sum"))
    plan = plan.reindex([s for s in STRATEGY_SERVICE.index if s in plan.index])
    plan["margin"] = plan["revenue"] * margin
    plan["service_cost"] = plan["manager_hours"] * hourly_cost
    plan["margin_after_service"] = plan["margin"] - plan["service_cost"]
    plan["meaning"] = STRATEGY_SERVICE["meaning"].reindex(plan.index)
    return plan


#: The key-customer communication programme per account type (assumed counts and costs, our
#: guess): visits by the customer manager and by an executive a year, club membership (大客户俱乐部)
#: and seats at the annual forum.
COMMUNICATION = pd.DataFrame({
    "manager_visits": [12, 4, 2, 1, 0, 1],
    "executive_visits": [4, 1, 0, 0, 0, 0],
    "club_member": [True, True, True, False, False, False],
    "forum_seats": [2, 1, 0, 0, 0, 0],
}, index=pd.Index(["strategic", "group", "important", "commercial", "high-value", "potential"],
                  name="type"))
#: Assumed unit costs of the communication programme (our guess, currency units).
COMMUNICATION_COSTS = {"manager_visit": 100.0, "executive_visit": 500.0, "club_member": 300.0,
                       "forum_seat": 600.0}


def communication_plan(types: pd.Series, plan: pd.DataFrame | None = None,
                       costs: dict | None = None) -> pd.DataFrame:
    """The visits, club and forum programme (deep communication, 深度沟通) per account type with
    its yearly cost: counts from ``plan`` (default :data:`COMMUNICATION`) times the accounts of each
    type in ``types``, priced at ``costs`` (default :data:`COMMUNICATION_COSTS`, assumed).

    Examples
    --------
    >>> t = pd.Series(["strategic", "group", "group", "other"])
    >>> communication_plan(t).loc["total", "yearly_cost"]
    np.float64(8300.0)
    """
    where = "communication_plan"
    if not isinstance(types, pd.Series):
        raise TypeError(f"{where}: types must be a Series of key-account types, got "
                        f"{type(types).__name__}")
    rules = COMMUNICATION if plan is None else plan
    check_columns(rules, ["manager_visits", "executive_visits", "club_member", "forum_seats"],
                  "plan", where=where)
    from .._validation import check_numbers

    for column in ("manager_visits", "executive_visits", "forum_seats"):
        check_numbers(rules[column], f"plan[{column!r}]", where, low=0)
    prices = {**COMMUNICATION_COSTS, **(costs or {})} if costs is None or isinstance(costs, dict) \
        else None
    if prices is None:
        raise TypeError(f"{where}: costs must be a dict like COMMUNICATION_COSTS, got "
                        f"{type(costs).__name__}")
    unknown = set(prices) - set(COMMUNICATION_COSTS)
    if unknown:
        raise ValueError(f"{where}: unknown cost(s) {sorted(unknown)}; known: "
                         f"{sorted(COMMUNICATION_COSTS)}")
    for name, value in prices.items():
        check_number(value, f"costs[{name!r}]", where, low=0)
    counts = types.astype(str).value_counts()
    table = rules.loc[[t for t in rules.index if t in counts.index]].copy()
    table["club_member"] = table["club_member"].astype(bool).astype(int)
    table = table.astype(float)
    table.insert(0, "accounts", counts.reindex(table.index).astype(float))
    n = table["accounts"]
    table["manager_visits_total"] = n * table["manager_visits"]
    table["executive_visits_total"] = n * table["executive_visits"]
    table["club_members_total"] = n * table["club_member"]
    table["forum_seats_total"] = n * table["forum_seats"]
    table["yearly_cost"] = (table["manager_visits_total"] * prices["manager_visit"]
                            + table["executive_visits_total"] * prices["executive_visit"]
                            + table["club_members_total"] * prices["club_member"]
                            + table["forum_seats_total"] * prices["forum_seat"]).astype(float)
    totals = table[["accounts", "manager_visits_total", "executive_visits_total",
                    "club_members_total", "forum_seats_total", "yearly_cost"]].sum()
    table.loc["total"] = totals
    counted = ["accounts", "manager_visits_total", "executive_visits_total", "club_members_total",
               "forum_seats_total"]
    table[counted] = table[counted].round().astype(int)
    return table


#: Signals of the early-warning score and their direction (+1: more of it, more risk), from
#: chapter 03 and the course: falling bills, badly handled complaints, late payments, a contract
#: one can leave at a month's notice, a low NPS, a short tenure.
WARNING_SIGNALS = {"bill_trend": -1.0, "badly_handled": 1.0, "paid_late_share": 1.0,
                   "month_to_month": 1.0, "last_nps": -1.0, "tenure_months": -1.0}


def early_warning_score(features: pd.DataFrame, signals: dict | None = None) -> pd.Series:
    """A transparent early-warning score (预警评分): the mean of the standardised signals, each
    turned so that higher means more risk. Nothing is fitted, so it can be used where too few
    accounts have left to fit a model; validate it against what happened later.

    ``features`` from :func:`defection_features`; ``signals`` maps a column to +1 / -1
    (default :data:`WARNING_SIGNALS`).

    Examples
    --------
    >>> f = pd.DataFrame({"bill_trend": [0.1, -0.3, 0.0], "badly_handled": [0, 2, 0],
    ...                   "paid_late_share": [0, 0.5, 0], "month_to_month": [0, 1, 0],
    ...                   "last_nps": [9, 3, 7], "tenure_months": [40, 5, 20]})
    >>> int(early_warning_score(f).idxmax())
    1
    """
    where = "early_warning_score"
    signs = WARNING_SIGNALS if signals is None else signals
    if not isinstance(signs, dict) or not signs:
        raise TypeError(f"{where}: signals must be a non-empty dict column -> +1 or -1, got "
                        f"{signs!r}")
    check_columns(features, list(signs), "features", where=where)
    for column, sign in signs.items():
        if sign not in (1, -1):
            raise ValueError(f"{where}: the sign of {column!r} must be +1 or -1, got {sign!r}")
        check_numeric_column(features, column, "features", where, allow_missing=False)
    if len(features) < 2:
        raise ValueError(f"{where}: features needs at least 2 accounts to standardise, got "
                         f"{len(features)}")
    values = features[list(signs)].astype(float)
    spread = values.std(ddof=0).replace(0.0, 1.0)
    z = (values - values.mean()) / spread * pd.Series(signs, dtype=float)
    return z.mean(axis=1).rename("warning_score")
