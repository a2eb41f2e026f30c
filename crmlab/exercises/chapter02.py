"""Exercises of notebook 02: customer value, segments and CLV."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._check import register, written
from ._messages import MESSAGES

MESSAGES.setdefault("acquisition_joiners_only", {
    "en": "charges the whole acquisition cost to this window's joiners only: the question spreads "
          "it over 36 months and charges every customer alike, per year.",
    "zh": "只把全部获客成本算给了窗口期内的新客户：题目要求把它分摊到 36 个月，并按年平均计入每一位客户。"})

END = pd.Timestamp("2026-01-01")


def _revenue(data) -> pd.Series:
    customers = data.customers["customer_id"]
    return (data.bills.groupby("customer_id")["amount"].sum()
            .add(data.topups.groupby("customer_id")["amount"].sum(), fill_value=0)
            .reindex(customers, fill_value=0))


@register("02.1", "What share (0-1) of revenue (bills + top-ups) comes from the top 20 % of "
          "customers (the first 20 % on the cumulative curve, all 5,000 customers counted)?",
          "The 80/20 question on the Pareto (cumulative) curve: rank customers, accumulate value.",
          "Sort revenue from largest to smallest; the cumulative share of value against the "
          "cumulative share of customers is the Pareto curve; read the value share at 20 % of "
          "customers (with 5,000 customers, exactly the first 1,000).", kind="share")
def top_fifth(data) -> float:
    from ..differentiate import share_of_top

    return share_of_top(_revenue(data), 0.2)


@register("02.2", "What is the Gini coefficient (0-1) of revenue (bills + top-ups) across customers?",
          "Gini measures how far the Lorenz curve sags below the line of equality: 0 all equal, "
          "towards 1 one customer has everything.",
          "Sort revenue from smallest to largest (x_1..x_n, ranks i = 1..n); Gini = sum((2i - n - 1) "
          "x_i) / (n x sum(x)).", kind="share")
def revenue_gini(data) -> float:
    from ..differentiate import gini

    return gini(_revenue(data))


@register("02.3", "How many customers are class A in an ABC analysis of revenue (80 % / 95 %)?",
          "Class A are the customers who together make the first 80 % of value, largest first.",
          "Sort revenue from largest to smallest and accumulate its share; a customer is A when "
          "the share of everyone ranked above them is still below 0.8 (so the one who crosses 80 % "
          "is an A). Count them.", kind="count")
def a_customers(data) -> int:
    from ..differentiate import abc_classes

    return int((abc_classes(_revenue(data)) == "A").sum())


@register("02.4", "How many customers are 'champions' in the RFM analysis of the top-ups "
          "(as of 2026-01-01)?",
          "RFM scores recency, frequency and money 1-5 each; champions score high on all three.",
          "Build the RFM table of data.topups as of 2026-01-01 and name the segments with the "
          "chapter's rules; count the 'champions'.", kind="count")
def champions(data) -> int:
    from ..differentiate import rfm_segments, rfm_table

    return int((rfm_segments(rfm_table(data.topups, as_of=END)) == "champions").sum())


def margin_of(seed: int) -> int:
    """The monthly margin of 02.5: each student's own number (30 to 50)."""
    return 30 + seed % 21


def _clv(margin: float, months) -> float:
    d = 1.1 ** (1 / 12) - 1
    t = np.asarray(months)
    return float((margin * 0.97 ** t / (1 + d) ** t).sum())


@register("02.5", "CLV over 36 months of a customer with the monthly margin of your seed (margin = 30 "
          "+ seed % 21, set in the notebook) and monthly retention 0.97, at 10 % a year (monthly "
          "rate d = 1.1 ** (1/12) - 1), each month's margin arriving at the end of months t = "
          "1..36: the sum of margin x 0.97**t / (1 + d)**t?",
          "CLV = the margins a customer is expected to bring, each weighted by the chance they are "
          "still there and discounted to today.",
          "Make t = 1, ..., 36; for each t multiply the margin by 0.97**t (still there) and divide "
          "by (1 + d)**t (discount); add the 36 terms.", kind="money",
          mistakes=[(lambda data, seed: _clv(margin_of(seed), range(0, 36)), "timing_start")])
def formula_clv(data, seed) -> float:
    from ..clv import simple_clv

    return float(simple_clv(margin_of(seed), 0.97, 1.1 ** (1 / 12) - 1, horizon=36))


@register("02.6", "Fit the shifted-beta-geometric model to Fader & Hardie's 'high end' cohort "
          "[1000, 869, 743, 653, 593, 551, 517, 491]: what is beta?",
          "sBG: each customer has their own churn probability, drawn from a Beta(alpha, beta); the "
          "fit finds the alpha and beta that make the survivors most likely.",
          "Fit the chapter's sBG model to the survivor counts (its fit takes the list) and read "
          "beta from its fitted parameters.", kind="number", decimals=2)
def high_end_beta(data) -> float:
    from ..clv import ShiftedBetaGeometric

    return ShiftedBetaGeometric().fit([1000, 869, 743, 653, 593, 551, 517, 491]).params_["beta"]


@register("02.7", "BG/NBD on the CDNOW summary: how many purchases does a customer with "
          "frequency 2, recency 30.43 and T 38.86 (weeks) make in the next 52 weeks?",
          "BG/NBD: customers buy at their own rate while alive and may silently drop out after any "
          "purchase; the forecast weighs both.",
          "Fit the chapter's BG/NBD model on the frequency, recency and T columns of the CDNOW "
          "summary, then ask it for the expected purchases in 52 weeks of that customer.",
          kind="number", decimals=2)
def cdnow_forecast(data) -> float:
    from ..clv import BetaGeoModel
    from ..datasets import load_cdnow

    cdnow = load_cdnow("summary")
    model = BetaGeoModel().fit(cdnow["frequency"], cdnow["recency"], cdnow["T"])
    return float(model.expected_purchases(52, 2, 30.43, 38.86))


@register("02.8", "Fit sBG to the month-to-month customers who joined in the window (signup_date "
          "from 2024-01-01; tenure = number of bills, churned = has a churn_date): what is the "
          "retention rate (0-1) in month 12?",
          "Retention rate in month t = the share of those still there at t-1 who stay to t; in sBG "
          "it rises with t because the flighty leave first.",
          "Select the cohort from data.customers; count each one's bills for the tenure; fit the "
          "sBG model from tenures and churn flags and ask for the retention rate in month 12.",
          kind="share")
def m2m_retention_12(data) -> float:
    from ..clv import ShiftedBetaGeometric

    customers = data.customers.set_index("customer_id")
    tenure = data.bills.groupby("customer_id").size()
    cohort = (customers["signup_date"] >= "2024-01-01") & (customers["contract"] == "month-to-month")
    model = ShiftedBetaGeometric().fit_tenures(tenure[cohort[cohort].index],
                                               customers.loc[cohort, "churn_date"].notna())
    return float(model.retention_rate(12))


written("02.9", "Decide: the retention budget covers 500 customers. Pick them by past revenue "
        "(class A of 02.3) or by CLV? Justify.",
        "Past revenue looks back; CLV looks forward and counts the chance of leaving.",
        "Compare what ABC, RFM and CLV see (COURSE.md: ABC past, RFM behaviour, CLV the whole "
        "relationship); use 02.1 and 02.3 and the retention pattern of 02.8.")
written("02.10", "Decide: 02.8 shows retention rising with tenure. Where should the next euro go — "
        "winning new customers or keeping those in their first months?",
        "In sBG, a cohort's retention rises because the flighty leave early, not because anyone "
        "changes.",
        "Compare month 1 and month 12 retention of 02.8; say what that means for the value of a "
        "customer saved early and what you would measure to be sure.")


#: Assumed cost of one contact by channel (currency units), as in notebook 02.
COST_PER_CONTACT = {"phone": 6.0, "IVR": 0.8, "app": 0.3, "web": 0.5, "store": 12.0,
                    "e-mail": 3.0, "social/WeChat": 1.0}


def _annual_net_value(data, acquisition_cost: float = 250.0) -> pd.Series:
    from ..differentiate import net_value_per_year
    from ..synth import parameters

    ids = data.customers["customer_id"]
    margin = (data.bills.groupby("customer_id")["amount"].sum() * parameters.MARGIN_SERVICE).add(
        data.topups.groupby("customer_id")["amount"].sum() * parameters.MARGIN_TOPUP,
        fill_value=0).reindex(ids, fill_value=0)
    contacts = data.interactions
    cost = (contacts["channel"].astype(str).map(COST_PER_CONTACT).groupby(contacts["customer_id"]).sum()
            .add(data.complaints.groupby("customer_id")["compensation"].sum(), fill_value=0)
            .reindex(ids, fill_value=0))
    months = data.bills.groupby("customer_id").size().reindex(ids, fill_value=0).clip(lower=1)
    return net_value_per_year(margin, cost, months, acquisition_cost=acquisition_cost,
                              payback_months=36)["annual_net_value"]


def _below_zero_joiners_only(data) -> int:
    """The artefact of the old pyramid: acquisition charged in full to this window's joiners."""
    value = _annual_net_value(data, acquisition_cost=0.0)
    joined = (data.customers.set_index("customer_id")["signup_date"] >= "2024-01-01")
    months = data.bills.groupby("customer_id").size().reindex(value.index, fill_value=0).clip(lower=1)
    total = value * months / 12 - 250.0 * joined.reindex(value.index).to_numpy()
    return int((total < 0).sum())


@register("02.11", "Annual net value (notebook 02, §7): margin (60 % of bills, 30 % of top-ups) minus "
          "cost to serve (each contact at COST_PER_CONTACT, plus complaint compensation), per "
          "year of being a customer (12 x total / months billed, at least 1 month), minus an "
          "acquisition cost of 250 spread over 36 months and charged to every customer. How many "
          "customers are below zero?",
          "Net value puts every customer on the same footing: per year, after what they cost, "
          "with acquisition charged to everyone alike, not only to the newcomers.",
          "Sum the margins and the costs per customer (every customer counted, 0 when none); "
          "divide by months billed and multiply by 12; subtract 12 x 250 / 36; count the values "
          "below 0.", kind="count",
          mistakes=[(_below_zero_joiners_only, "acquisition_joiners_only")])
def below_zero(data) -> int:
    return int((_annual_net_value(data) < 0).sum())


@register("02.12", "With the annual net value of 02.11: how many customers are MVC (贵宾型), the "
          "largest values that together make the first 50 % of all positive annual net value "
          "(the one who crosses 50 % included)?",
          "MVC is a rule on value shares, like ABC class A: the count comes from the data, not "
          "from a fixed number.",
          "Clip negative values to 0, sort from largest to smallest; a customer is MVC when the "
          "share of positive value of everyone ranked above them is still below 0.5. Count them.",
          kind="count")
def mvc_count(data) -> int:
    from ..differentiate import customer_pyramid

    value = _annual_net_value(data)
    return int((customer_pyramid(value, value, mvc_share=0.5, mgc_share=0.0) == "MVC").sum())


written("02.13", "Decide: your key-customer score (notebook 02, §8) puts ten business accounts on "
        "top. Before each gets a key-account manager, which of the six selection criteria can "
        "the data check, which not, and how would you check those?",
        "The score measures value, potential and relationship; the six criteria (complementarity, "
        "aggregation, win-win, balance, compatibility, consistency) ask whether the partnership "
        "fits.",
        "Go through the six criteria one by one: say which column of the data speaks to it "
        "(lines, services, margin, NPS, revenue share) and, for the others, which conversation, "
        "visit or analysis (SWOT, the customer's strategy) would answer it.")
