"""Exercises of notebook 06: CRM strategy and ROI (CRM战略) — a business case that keeps what was
measured apart from what was assumed."""

from __future__ import annotations

import pandas as pd

from ._check import register, written

MARGIN = 0.6  # the operator's service margin (crmlab.synth.parameters.MARGIN_SERVICE)
YEARS = 5     # the horizon of the business case in the exercises
#: The assumed lines of the exercises' business case (the rest is measured or given).
ASSUMED = {"proactive_churn_reduction": 0.05, "tiering_gain": 100_000.0}
ASSUMED_NAMES = ["proactive_churn_reduction", "tiering_gain", "upfront_cost", "running_cost",
                 "campaign_share", "discount_rate"]


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


def _bad_2025(data) -> int:
    from ..interact import handled_well

    complaints = data.complaints[data.complaints["opened"].dt.year == 2025]
    return int((~handled_well(complaints)).sum())


def _complaint_share(data) -> float:
    from ..interact import complaint_effect_on_churn

    effect = complaint_effect_on_churn(data)["churn_within_90_days"]
    saved = _bad_2025(data) * (effect["complaint handled badly"] - effect["complaint handled well"])
    return float(saved / data.customers["churn_date"].dt.year.eq(2025).sum())


def _uplift(data) -> float:
    contacts = data.campaign_contacts[data.campaign_contacts["campaign_id"] == "C01"]
    rates = contacts.groupby("treated")["responded"].mean()
    return float(rates[True] - rates[False])


def measured_assumptions(data) -> dict:
    """The programme over 5 years with the measured numbers of 06.1-06.6 (rounded as the notebook
    does) and no assumed benefit; costs and the rest at strategy.DEFAULT_ASSUMPTIONS."""
    from ..strategy import DEFAULT_ASSUMPTIONS

    return {**DEFAULT_ASSUMPTIONS, "years": YEARS, "customers": _customers(data),
            "base_annual_churn": round(_churn(data), 4),
            "annual_margin_per_customer": round(_margin(data), 2),
            "churn_reduction": round(_complaint_share(data), 4),
            "cross_sell_uplift": round(_uplift(data), 4),
            "proactive_churn_reduction": 0.0, "tiering_gain": 0.0}


def full_assumptions(data) -> dict:
    """Measured + the two assumed benefit lines."""
    return {**measured_assumptions(data), **ASSUMED}


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
    return _bad_2025(data)


@register("06.5", "MEASURED retention effect (0-1): if every 2025 complaint handled badly (06.4) "
          "had been handled well, what share of the 2025 leavers would have stayed? Use the churn "
          "within 90 days after a complaint handled badly minus after one handled well "
          "(interact.complaint_effect_on_churn).",
          "Customers kept = badly handled complaints x the difference in churn that good handling "
          "makes; divide by the year's leavers to get a churn reduction.",
          "Take the two 90-day churn rates from the chapter-03 table, multiply their difference by "
          "06.4, and divide by the number of customers with a churn_date in 2025.", kind="share")
def complaint_share(data) -> float:
    return _complaint_share(data)


@register("06.6", "MEASURED cross-sell effect (0-1): the uplift of campaign C01 — response rate of "
          "the treated minus that of the control group?",
          "Only a randomised control group separates what the campaign caused from what would "
          "have happened anyway.",
          "Keep C01's rows of campaign_contacts; mean of responded per treated True / False; "
          "subtract.", kind="share",
          mistakes=[(lambda data: float(data.campaign_contacts.query(
              "campaign_id == 'C01' and treated")["responded"].mean()), "not_right")])
def c01_uplift(data) -> float:
    return _uplift(data)


@register("06.7", "NPV over 5 years at 10 % with MEASURED effects only: the defaults of "
          "strategy.DEFAULT_ASSUMPTIONS with years = 5, your 06.1-06.3 (churn to 4 decimals, "
          "margin to 2), churn_reduction = 06.5 and cross_sell_uplift = 06.6 (4 decimals each), "
          "and no assumed benefit (proactive_churn_reduction = 0, tiering_gain = 0)?",
          "A business case first shows what the measured effects alone are worth; the costs are "
          "paid whatever the effects.",
          "Build the assumptions dict as described and give its NPV from the strategy module's "
          "program_roi "
          "(or build the yearly flows yourself and discount them by 1.1**year).", kind="money")
def npv_measured(data) -> float:
    from ..strategy import program_roi

    return float(program_roi(measured_assumptions(data))["npv"])


@register("06.8", "NPV of the same programme with the ASSUMED lines added: proactive retention "
          "saves a further 5 % of leavers (proactive_churn_reduction = 0.05) and the service tiers "
          "gain 100,000 a year (tiering_gain)?",
          "Measured + assumed: the case the programme's sponsor would like to show.",
          "Start from the assumptions of 06.7, set the two assumed values, and take the NPV.",
          kind="money")
def npv_full(data) -> float:
    from ..strategy import program_roi

    return float(program_roi(full_assumptions(data))["npv"])


@register("06.9", "In the case of 06.8, what share (0-1) of the present value of the benefits comes "
          "from the ASSUMED lines (proactive retention and service tiers)?",
          "How much of the promise has nobody measured?",
          "Take the strategy module's cash flows of the 06.8 assumptions, discount each benefit line by "
          "1.1**year, add up per line; divide the two assumed lines by all four.", kind="share")
def assumed_share(data) -> float:
    from ..strategy import BENEFIT_LINES, cash_flows

    flows = cash_flows(full_assumptions(data))
    pv = flows[BENEFIT_LINES].div(1.1 ** flows.index.to_numpy(), axis=0).sum()
    return float(pv[["proactive_retention", "service_tiers"]].sum() / pv.sum())


@register("06.10", "Break-even: with measured effects only (06.7), how large would the yearly tier "
          "gain have to be for the NPV to reach zero? (0 if the NPV is already positive)",
          "A yearly gain g adds g/1.1 + g/1.1**2 + ... + g/1.1**5 to the NPV.",
          "Divide minus the NPV of 06.7 by the sum of 1/1.1**t for t = 1..5; "
          "the strategy module's break_even confirms it.", kind="money")
def tier_break_even(data) -> float:
    from ..strategy import program_roi

    npv = program_roi(measured_assumptions(data))["npv"]
    annuity = sum(1.1 ** -t for t in range(1, YEARS + 1))
    return float(max(0.0, -npv / annuity))


@register("06.11", "Among the ASSUMED numbers (proactive_churn_reduction, tiering_gain, "
          "upfront_cost, running_cost, campaign_share, discount_rate), which moves the NPV of 06.8 "
          "most when it is 20 % lower or higher (the others held)?",
          "A tornado over the assumptions ranks them by the swing they cause.",
          "For each of the six, compute the NPV with it x 0.8 and x 1.2, take the absolute "
          "difference and pick the largest; the strategy module's sensitivity table (with names) "
          "confirms it.",
          kind="text")
def most_sensitive(data) -> str:
    from ..strategy import sensitivity

    return str(sensitivity(full_assumptions(data), change=0.2, names=ASSUMED_NAMES).index[0])


written("06.12", "Decide: the board asks whether to approve the programme. Approve, reject or "
        "approve with conditions? Justify with the NPV on measured effects (06.7), with the "
        "assumptions (06.8), the share that is assumed (06.9) and the break-even (06.10).",
        "An approval rests on the return and on how sure we are of the numbers behind it.",
        "Lead with the measured NPV; say which assumption carries the case and how far it may "
        "fall; turn the decision into conditions (a pilot, a stage gate).")
written("06.13", "Decide: which one number would you measure before spending, and how (which "
        "test, over how long, what result would change the decision)?",
        "Measure first what moves the result most and is least known.",
        "Take the top of the tornado over the assumptions (06.11); propose a randomised pilot as "
        "in chapter 04 and say which value (06.10) would change the decision.")
written("06.14", "Decide: to fund the programme, the CFO proposes cutting the service budget by "
        "20 % in every tier. Efficient or effective? What do you answer?",
        "Efficiency is cost to serve; effectiveness is value kept. Cuts spread equally hit the "
        "customers who carry the margin.",
        "Compare the saving of a 20 % cut of the A service with the margin of the A customers it "
        "puts at risk (how many would have to leave to wipe it out); propose where to cut instead.")
