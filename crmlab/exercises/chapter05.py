"""The case assignment of notebook 05: key-account management, with checked intermediate results."""

from __future__ import annotations

import math

import pandas as pd

from ._check import register, written

MARGIN = 0.6        # the operator's service margin on bills
HOURLY_COST = 60.0  # assumed cost of a customer manager's hour
CAPACITY = 140      # a customer manager's hours a month


def _accounts(data):
    from ..cases.key_accounts import find_key_accounts

    return find_key_accounts(data, share=0.2, months=12)


def _key(data):
    accounts = _accounts(data)
    return accounts[accounts["is_key"]]


def _types(data):
    from ..cases.key_accounts import classify_key_accounts

    return classify_key_accounts(data, _accounts(data))


def _key_then(data):
    """Key accounts as they were on 2024-07-01 (6 months of revenue) and active then."""
    from ..cases.key_accounts import find_key_accounts

    then = find_key_accounts(data, share=0.2, months=6, as_of="2024-07-01")
    key = then[then["is_key"]]
    churn = data.customers.set_index("customer_id")["churn_date"].reindex(key.index)
    return key[(churn.isna() | (churn >= "2024-07-01")).to_numpy()]


def _risk(data):
    from ..cases.key_accounts import defection_drivers, defection_risk

    key = _key(data)
    _, model = defection_drivers(data, _key_then(data).index, "2024-07-01", horizon_months=12)
    return key, defection_risk(model, data, key.index, data.window_end)


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
    return int((_types(data) == "group").sum())


@register("05.4", "How many key accounts are important customers (重要客户): key business accounts "
          "with fewer than 20 lines in government, education, healthcare or finance?",
          "An important customer matters beyond its revenue: a public body, a school, a hospital, "
          "a bank.",
          "Count the type 'important' of the case's classifier, or filter the key business accounts "
          "by lines and industry yourself.", kind="count")
def important_count(data) -> int:
    return int((_types(data) == "important").sum())


@register("05.5", "What was the ARPU (revenue per line) of business accounts in December 2025?",
          "For business accounts, ARPU is counted per line (号码), not per account (ARPA).",
          "Keep the bills of 2025-12-01 of business customers; divide their amount by the sum of "
          "the lines of those customers; the case's revenue-per-unit table confirms it.",
          kind="money")
def business_arpu(data) -> float:
    from ..cases.key_accounts import revenue_per_unit

    return float(revenue_per_unit(data).loc[("2025-12-01", "business"), "arpu"])


def _staffing(data):
    from ..cases.key_accounts import assign_managers, chinese_regions

    return assign_managers(data, _types(data), capacity_hours=CAPACITY,
                           regions=chinese_regions(data))[1]


@register("05.6", "How many customer managers does the three-level organisation on the Chinese "
          "map of the case need if each department is staffed on its own (140 hours a month "
          "each)?",
          "Managers follow the hours the accounts need, department by department, rounded up.",
          "Relabel the places with the case's Chinese regions, assign the classified accounts to "
          "the three levels with a capacity of 140 hours a month and those regions; the staffing "
          "table has the managers per department: add them up.", kind="count",
          mistakes=[(lambda data: int(__import__("crmlab.cases.key_accounts", fromlist=["x"])
                                      .assign_managers(data, _types(data), capacity_hours=CAPACITY)[1]
                                      ["managers"].sum()), "not_right")])
def managers(data) -> int:
    return int(_staffing(data)["managers"].sum())


@register("05.7", "And how many if one national pool serves all departments (the hours of all "
          "departments together, 140 hours a month each, rounded up)?",
          "Rounding up once for the whole organisation instead of once per department is what a "
          "collaborative service system saves.",
          "Add up the hours of the staffing table of 05.6, divide by 140 and round up.",
          kind="count")
def pooled_managers(data) -> int:
    return int(math.ceil(_staffing(data)["hours"].sum() / CAPACITY - 1e-9))


@register("05.8", "A defection model must learn from the key accounts it is used for. How many of "
          "the key accounts as they were on 2024-07-01 (top 20 % by revenue of the six months "
          "before; active on that day) left within the following 12 months?",
          "The key accounts found today have all survived; to learn who leaves, go back in time.",
          "Rank the accounts by the bills of 2024-01 to 2024-06, keep the top 20 % still active on "
          "2024-07-01, and count those with a churn_date before 2025-07-01.", kind="count",
          mistakes=[(lambda data: int(data.customers.set_index("customer_id")["churn_date"]
                                      .reindex(_key(data).index)
                                      .between("2024-07-01", "2025-06-30").sum()),
                     "not_right")])
def leavers_then(data) -> int:
    churn = data.customers.set_index("customer_id")["churn_date"].reindex(_key_then(data).index)
    return int((churn < "2025-07-01").sum())


@register("05.9", "How many of today's key accounts meet at least five of the course's six "
          "selection criteria (as the case's evaluation tests them)?",
          "Complementarity, aggregation, win-win, balance, compatibility, consistency: each a "
          "test on the data.",
          "Evaluate the key accounts with the case's evaluation function and count criteria_met "
          ">= 5.", kind="count")
def five_criteria(data) -> int:
    from ..cases.key_accounts import evaluate_key_accounts

    return int((evaluate_key_accounts(data, _key(data))["criteria_met"] >= 5).sum())


@register("05.10", "What share (0-1) of the key accounts' revenue is in accounts the portfolio "
          "matrix marks 'exit' or 'reduce'?",
          "Before recommending exit, know what is at stake.",
          "Score the key accounts (indicators, then scores), keep strategy exit or reduce, and "
          "divide their revenue by all key-account revenue.", kind="share")
def exit_reduce_share(data) -> float:
    from ..cases.key_accounts import account_indicators, score_accounts

    key = _key(data)
    strategy = score_accounts(account_indicators(data, key))["strategy"]
    out = strategy.isin(["exit", "reduce"])
    return float(key.loc[out, "revenue"].sum() / key["revenue"].sum())


@register("05.11", "With the key-account defection model (fitted on the key accounts of 05.8 as of "
          "2024-07-01, 12-month horizon) scoring today's key accounts at the end of the data, how "
          "many are worth a retention action (cost 200, effectiveness 0.3 — both assumed — value = "
          "3 years of 60 % margin on the last 12 months' revenue)?",
          "An action is worth it when risk x effectiveness x value of the account exceeds its cost.",
          "Fit the drivers on the key accounts of 05.8, score the key accounts of 05.1 on the last "
          "day of the data, value each as revenue x 0.6 x 3, and keep those where "
          "risk x 0.3 x value > 200.", kind="count")
def worth_acting(data) -> int:
    from ..cases.key_accounts import retention_actions

    key, risk = _risk(data)
    return int(retention_actions(risk, key["revenue"] * MARGIN * 3, 200.0, 0.3)["act"].sum())


written("05.12", "Decide: the CFO proposes to drop the 'exit' key accounts and halve the service "
        "of the 'reduce' ones. What do you answer?",
        "Exit from the key-account programme is not exit from the company; a saving is worth what "
        "it does not lose.",
        "Use 05.10 and the notebook's comparison of options (keep, move to the A tier, drop): "
        "what each saves and what it risks; say which you recommend and what you would watch.")
written("05.13", "Decide: three levels staffed department by department (05.6) or a national pool "
        "(05.7)? What does each mean for the customer and for cost?",
        "The course's national collaborative system: uniform standards and fast response without "
        "a manager idle in every small department.",
        "Compare 05.6 and 05.7 in managers and yearly cost (at 60 an hour, 140 hours a month); "
        "say how an account keeps its named manager in the pool.")
written("05.14", "Your recommendation: in five sentences, which accounts, which organisation, which "
        "actions first, what they are worth, and what you would check before spending the money.",
        "A recommendation a manager can act on names who, what, how much and the risk.",
        "Use 05.1-05.11: the key accounts and their share, the organisation, the accounts worth "
        "an action; end with the assumption you trust least and how you would test it.")
