"""The case assignment of notebook 05: key-account management, with checked intermediate results."""

from __future__ import annotations

from ._check import register, written


def _accounts(data):
    from ..cases.key_accounts import find_key_accounts

    return find_key_accounts(data, share=0.2, months=12)


def _risk(data):
    from ..cases.key_accounts import defection_drivers, defection_risk

    accounts = _accounts(data)
    key = accounts[accounts["is_key"]]
    _, model = defection_drivers(data, data.customers["customer_id"], "2024-07-01")
    return key, defection_risk(model, data, key.index, "2026-01-01")


@register("05.1", "How many key accounts are there (top 20 % by revenue of the last 12 months)?",
          "Key accounts (大客户) are the few that bring most of the revenue: rank, then cut.",
          "Add up each customer's bills of the 12 months before the end of the data, rank them and "
          "take the top 20 % with the case's key-account finder; count them.", kind="count")
def key_count(data) -> int:
    return int(_accounts(data)["is_key"].sum())


@register("05.2", "What share (0-1) of the last 12 months' revenue do the key accounts bring?",
          "80/20 again, on the case's own ranking.",
          "Add up the revenue of the key accounts of 05.1 and divide by the revenue of all the "
          "accounts in the same table.", kind="share")
def key_share(data) -> float:
    accounts = _accounts(data)
    return float(accounts.loc[accounts["is_key"], "revenue"].sum() / accounts["revenue"].sum())


@register("05.3", "How many key accounts are group accounts (集团客户)?",
          "Key accounts differ in kind: groups, large single businesses, high-value individuals.",
          "Classify the key accounts with the case's classifier and count the type 'group'.",
          kind="count")
def group_count(data) -> int:
    from ..cases.key_accounts import classify_key_accounts

    return int((classify_key_accounts(data, _accounts(data)) == "group").sum())


@register("05.4", "How many customer managers does the three-level organisation need in total "
          "(140 hours a month each)?",
          "Managers follow the hours the accounts need, level by level.",
          "Assign the classified accounts to the three levels with a capacity of 140 hours a "
          "month; the staffing table has the managers per department: add them up.", kind="count")
def managers(data) -> int:
    from ..cases.key_accounts import assign_managers, classify_key_accounts

    types = classify_key_accounts(data, _accounts(data))
    return int(assign_managers(data, types, capacity_hours=140)[1]["managers"].sum())


@register("05.5", "What was the ARPU (revenue per line) of business accounts in December 2025?",
          "For business accounts, ARPU is counted per line (号码), not per account (ARPA).",
          "Keep the bills of 2025-12-01 of business customers; divide their amount by the sum of "
          "the lines of those customers; the case's revenue-per-unit table confirms it.",
          kind="money")
def business_arpu(data) -> float:
    from ..cases.key_accounts import revenue_per_unit

    return float(revenue_per_unit(data).loc[("2025-12-01", "business"), "arpu"])


@register("05.6", "How many key accounts are worth a retention action (cost 200, effectiveness "
          "0.3, value = 3 years of 60 % margin on the last 12 months' revenue)?",
          "An action is worth it when risk x effectiveness x value of the account exceeds its cost.",
          "Learn the drivers of defection on all customers as of 2024-07-01, score the key accounts "
          "as of 2026-01-01, value each as revenue x 0.6 x 3, and keep those where risk x 0.3 x "
          "value > 200.", kind="count")
def worth_acting(data) -> int:
    from ..cases.key_accounts import retention_actions

    key, risk = _risk(data)
    return int(retention_actions(risk, key["revenue"] * 0.6 * 3, 200.0, 0.3)["act"].sum())


@register("05.7", "What is the mean revenue of the last 12 months of a key account?",
          "The average key account: what one of them is worth in a year.",
          "Take the revenue column of the key accounts of 05.1 and average it.", kind="money")
def key_mean_revenue(data) -> float:
    accounts = _accounts(data)
    return float(accounts.loc[accounts["is_key"], "revenue"].mean())


@register("05.8", "How many key accounts have a defection risk of 0.1 or more (as scored in 05.6)?",
          "A risk score turns into a watch list at a threshold.",
          "Count the key accounts whose defection risk of 05.6 is at least 0.1.", kind="count")
def risky_key_accounts(data) -> int:
    _, risk = _risk(data)
    return int((risk >= 0.1).sum())


written("05.9", "Decide: which department of the three-level organisation (05.4) is under-used, "
        "and what would you do about it?",
        "Capacity that no account needs is cost without relationship.",
        "Compare hours needed and hours available per department in the staffing table; propose "
        "a move and its effect on the number of managers.")
written("05.10", "Your recommendation: in five sentences, which accounts, which organisation, which "
        "actions first, what they are worth, and what you would check before spending the money.",
        "A recommendation a manager can act on names who, what, how much and the risk.",
        "Use 05.1-05.8: the key accounts and their share, the managers, the accounts worth an "
        "action and the value at stake; end with the assumption you trust least.")
