"""Exercises of notebook 06: CRM strategy and ROI (CRM战略) — the business case of a programme."""

from __future__ import annotations

import pandas as pd

from ._check import register, written

MARGIN = 0.6  # the operator's service margin (crmlab.synth.parameters.MARGIN_SERVICE)
YEARS = 5     # the horizon of the business case in the exercises


def _bills_2025(data) -> pd.DataFrame:
    return data.bills[data.bills["month"].dt.year == 2025]


def _churn(data) -> float:
    bills = _bills_2025(data)
    at_start = bills.loc[bills["month"] == "2025-01-01", "customer_id"].nunique()
    return int(data.customers["churn_date"].dt.year.eq(2025).sum()) / at_start


def _margin(data) -> float:
    return float((_bills_2025(data).groupby("customer_id")["amount"].sum() * MARGIN).mean())


def _customers(data) -> int:
    return int(data.customers["churn_date"].isna().sum())


def assumptions(data, rounded: bool = True) -> dict:
    """The default programme over 5 years with the three measured numbers of 06.1-06.3."""
    from ..strategy import DEFAULT_ASSUMPTIONS

    churn, margin = _churn(data), _margin(data)
    return {**DEFAULT_ASSUMPTIONS, "years": YEARS, "customers": _customers(data),
            "base_annual_churn": round(churn, 4) if rounded else churn,
            "annual_margin_per_customer": round(margin, 2) if rounded else margin}


def _roi(data, rounded: bool = True) -> pd.Series:
    from ..strategy import program_roi

    return program_roi(assumptions(data, rounded))


@register("06.1", "Annual churn of 2025 (0-1): customers whose churn_date falls in 2025, divided "
          "by the customers billed in January 2025?",
          "Annual churn = those who left during the year / those there at its start.",
          "Count the customers with a churn_date in 2025; count the distinct customers with a bill "
          "for 2025-01-01; divide.", kind="share",
          mistakes=[(lambda data: int(data.customers["churn_date"].dt.year.eq(2025).sum())
                     / len(data.customers), "denominator_start")])
def annual_churn(data) -> float:
    return _churn(data)


@register("06.2", "Annual margin per customer in 2025: 60 % of each customer's 2025 bills, "
          "averaged over the customers with at least one bill in 2025?",
          "The value of keeping a customer a year is the margin they bring in a year.",
          "Keep the bills of 2025, add up the amount per customer, multiply by 0.6 and take the "
          "mean over those customers.", kind="money",
          mistakes=[(lambda data: float(_bills_2025(data).groupby("customer_id")["amount"].sum()
                                        .mean()), "margin_missing")])
def annual_margin(data) -> float:
    return _margin(data)


@register("06.3", "How many customers are active at the end of the data (no churn_date)?",
          "The programme works on the customers we still have.",
          "Count the rows of data.customers whose churn_date is missing.", kind="count")
def active_customers(data) -> int:
    return _customers(data)


def _bad_all(data) -> int:
    from ..interact import handled_well

    return int((~handled_well(data.complaints)).sum())


@register("06.4", "How many complaints opened in 2025 were handled badly (not closed within 7 days, "
          "or not followed up, or reopened)?",
          "The retention part of the programme starts from the complaints we handle badly today.",
          "Keep the complaints opened in 2025; a complaint is handled well when (closed - opened) "
          "is at most 7 days, followed_up is set and reopened is False; count the others.",
          kind="count", mistakes=[(_bad_all, "all_complaints")])
def bad_complaints_2025(data) -> int:
    from ..interact import handled_well

    complaints = data.complaints[data.complaints["opened"].dt.year == 2025]
    return int((~handled_well(complaints)).sum())


@register("06.5", "Year-1 retention benefit of the programme: customers (06.3) x annual churn (06.1, "
          "4 decimals) x churn reduction 0.10 x annual margin (06.2, 2 decimals)?",
          "Saved customers x what each brings in a year.",
          "Multiply the four numbers; use the rounded churn and margin, as the assumptions cell does.",
          kind="money")
def retention_year_1(data) -> float:
    a = assumptions(data)
    return a["customers"] * a["base_annual_churn"] * a["churn_reduction"] * \
        a["annual_margin_per_customer"]


@register("06.6", "NPV of the programme over 5 years at 10 % (the assumptions of the notebook: the "
          "defaults of strategy.DEFAULT_ASSUMPTIONS with years = 5 and your 06.1-06.3)?",
          "NPV = each year's net cash flow (benefits - costs) divided by 1.1**year, added up; "
          "year 0 carries the set-up cost.",
          "Build the yearly benefits (retention of saved cohorts, cross-sell, service tiers) and "
          "costs (set-up, running, contacts) for years 0-5, discount each year's net and add; the "
          "strategy module's cash flows confirm each year.", kind="money",
          mistakes=[(lambda data: float(_roi(data, rounded=False)["npv"]), "not_rounded")])
def npv(data) -> float:
    return float(_roi(data)["npv"])


@register("06.7", "ROI of the programme (as a ratio, e.g. 0.25): (PV of benefits - PV of costs) / "
          "PV of costs?",
          "ROI compares what the programme returns with what it costs, both in today's money.",
          "Discount the benefits and the costs of each year separately, add them up, and take "
          "(benefits - costs) / costs.", kind="share")
def roi(data) -> float:
    return float(_roi(data)["roi"])


@register("06.8", "In which year does the cumulative discounted cash flow first turn positive "
          "(payback year)? Give 0 if it never does within the 5 years.",
          "Payback is when the money put in has come back, in today's money.",
          "Accumulate the discounted net cash flows of years 0-5 and find the first year where the "
          "sum is above 0.", kind="count")
def payback(data) -> int:
    year = _roi(data)["payback_year"]
    return 0 if pd.isna(year) else int(year)


@register("06.9", "What is the largest set-up (upfront) cost at which the NPV is still 0 or more?",
          "Year-0 money is not discounted: every extra unit of set-up cost lowers the NPV by one.",
          "Add the set-up cost of the assumptions back to the NPV of 06.6.", kind="money")
def max_upfront(data) -> float:
    return float(_roi(data)["npv"] + assumptions(data)["upfront_cost"])


@register("06.10", "Which assumption moves the NPV most when it is 20 % lower or higher (the others "
          "held)? Give its name as in the assumptions.",
          "A tornado chart ranks the assumptions by the swing they cause in the result.",
          "For each assumption (years held), compute the NPV with it x 0.8 and x 1.2 (shares capped "
          "at 1), take the absolute difference and pick the largest.", kind="text")
def most_sensitive(data) -> str:
    from ..strategy import sensitivity

    return str(sensitivity(assumptions(data), change=0.2).index[0])


written("06.11", "Decide: the board asks whether to approve the programme. Approve, reject or "
        "approve with conditions? Justify with NPV, ROI, payback and what drives them.",
        "An approval rests on the return and on how sure we are of the assumptions behind it.",
        "Use 06.6-06.8 and 06.10; separate what was measured (06.1-06.4, chapters 03-04) from "
        "what was assumed (costs, churn reduction).")
written("06.12", "Decide: which one number would you measure better before spending, and how "
        "(which test, over how long)?",
        "Measure first what moves the result most and is least known.",
        "Take the top of the tornado (06.10); propose a randomised test or pilot as in chapter 04 "
        "and say what result would change the decision.")
