"""The case assignment of notebook 05: key-account management, with checked intermediate results."""

from __future__ import annotations

from ._check import register


def _accounts(data):
    from ..cases.key_accounts import find_key_accounts

    return find_key_accounts(data, share=0.2, months=12)


@register("05.1", "How many key accounts are there (top 20 % by revenue of the last 12 months)?",
          "key_accounts.find_key_accounts(data, share=0.2, months=12); count is_key.")
def key_count(data) -> int:
    return int(_accounts(data)["is_key"].sum())


@register("05.2", "What share (0-1) of the last 12 months' revenue do the key accounts bring?",
          "Sum the revenue of the key accounts and divide by the revenue of all accounts.",
          tolerance=1e-4)
def key_share(data) -> float:
    accounts = _accounts(data)
    return float(accounts.loc[accounts["is_key"], "revenue"].sum() / accounts["revenue"].sum())


@register("05.3", "How many key accounts are group accounts (集团客户)?",
          "key_accounts.classify_key_accounts(data, accounts) gives one type per account.")
def group_count(data) -> int:
    from ..cases.key_accounts import classify_key_accounts

    return int((classify_key_accounts(data, _accounts(data)) == "group").sum())


@register("05.4", "How many customer managers does the three-level organisation need in total "
          "(140 hours a month each)?",
          "assign_managers(data, types, capacity_hours=140) returns the staffing per department; "
          "sum its managers column.")
def managers(data) -> int:
    from ..cases.key_accounts import assign_managers, classify_key_accounts

    types = classify_key_accounts(data, _accounts(data))
    return int(assign_managers(data, types, capacity_hours=140)[1]["managers"].sum())


@register("05.5", "What was the ARPU (revenue per line) of business accounts in December 2025?",
          "key_accounts.revenue_per_unit(data) is indexed by month and customer_type.",
          tolerance=0.01)
def business_arpu(data) -> float:
    from ..cases.key_accounts import revenue_per_unit

    return float(revenue_per_unit(data).loc[("2025-12-01", "business"), "arpu"])


@register("05.6", "How many key accounts are worth a retention action (cost 200, effectiveness "
          "0.3, value = 3 years of 60 % margin on the last 12 months' revenue)?",
          "Fit defection_drivers on all customers as of 2024-07-01, score the key accounts with "
          "defection_risk as of 2026-01-01, then retention_actions(risk, value, 200, 0.3).")
def worth_acting(data) -> int:
    from ..cases.key_accounts import defection_drivers, defection_risk, retention_actions

    accounts = _accounts(data)
    key = accounts[accounts["is_key"]]
    _, model = defection_drivers(data, data.customers["customer_id"], "2024-07-01")
    risk = defection_risk(model, data, key.index, "2026-01-01")
    return int(retention_actions(risk, key["revenue"] * 0.6 * 3, 200.0, 0.3)["act"].sum())
