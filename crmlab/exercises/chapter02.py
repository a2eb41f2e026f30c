"""Exercises of notebook 02: customer value, segments and CLV."""

from __future__ import annotations

import pandas as pd

from ._check import register

END = pd.Timestamp("2026-01-01")


def _revenue(data) -> pd.Series:
    customers = data.customers["customer_id"]
    return (data.bills.groupby("customer_id")["amount"].sum()
            .add(data.topups.groupby("customer_id")["amount"].sum(), fill_value=0)
            .reindex(customers, fill_value=0))


@register("02.1", "What share (0-1) of revenue (bills + top-ups) comes from the top 20 % of customers?",
          "differentiate.share_of_top(revenue, 0.2), where revenue sums bills and top-ups per "
          "customer (customers without top-ups count their bills only).", tolerance=1e-4)
def top_fifth(data) -> float:
    from ..differentiate import share_of_top

    return share_of_top(_revenue(data), 0.2)


@register("02.2", "What is the Gini coefficient of revenue (bills + top-ups) across customers?",
          "differentiate.gini on the same revenue Series as in 02.1.", tolerance=1e-4)
def revenue_gini(data) -> float:
    from ..differentiate import gini

    return gini(_revenue(data))


@register("02.3", "How many customers are class A in an ABC analysis of revenue (80 % / 95 %)?",
          "differentiate.abc_classes(revenue) gives a class per customer; count the 'A's.")
def a_customers(data) -> int:
    from ..differentiate import abc_classes

    return int((abc_classes(_revenue(data)) == "A").sum())


@register("02.4", "How many customers are 'champions' in the RFM analysis of the top-ups "
          "(as of 2026-01-01)?",
          "rfm_table(data.topups, as_of='2026-01-01'), then rfm_segments on it; count 'champions'.")
def champions(data) -> int:
    from ..differentiate import rfm_segments, rfm_table

    return int((rfm_segments(rfm_table(data.topups, as_of=END)) == "champions").sum())


@register("02.5", "CLV over 36 months of a customer with margin 40 a month, monthly retention "
          "0.97, at 10 % a year (monthly rate 1.1 ** (1 / 12) - 1)?",
          "clv.simple_clv(margin, retention, discount_rate, horizon) with a monthly discount rate.",
          tolerance=0.01)
def formula_clv(data) -> float:
    from ..clv import simple_clv

    return float(simple_clv(40, 0.97, 1.1 ** (1 / 12) - 1, horizon=36))


@register("02.6", "Fit the shifted-beta-geometric model to Fader & Hardie's 'high end' cohort "
          "[1000, 869, 743, 653, 593, 551, 517, 491]: what is beta?",
          "ShiftedBetaGeometric().fit(survivors).params_ holds alpha and beta.", tolerance=0.001)
def high_end_beta(data) -> float:
    from ..clv import ShiftedBetaGeometric

    return ShiftedBetaGeometric().fit([1000, 869, 743, 653, 593, 551, 517, 491]).params_["beta"]


@register("02.7", "BG/NBD on the CDNOW summary: how many purchases does a customer with "
          "frequency 2, recency 30.43 and T 38.86 (weeks) make in the next 52 weeks?",
          "Fit BetaGeoModel on load_cdnow('summary'), then expected_purchases(52, 2, 30.43, 38.86).",
          tolerance=0.001)
def cdnow_forecast(data) -> float:
    from ..clv import BetaGeoModel
    from ..datasets import load_cdnow

    cdnow = load_cdnow("summary")
    model = BetaGeoModel().fit(cdnow["frequency"], cdnow["recency"], cdnow["T"])
    return float(model.expected_purchases(52, 2, 30.43, 38.86))


@register("02.8", "Fit sBG to the month-to-month customers who joined in the window (tenure = "
          "number of bills, churned = has a churn_date): what is the retention rate in month 12?",
          "fit_tenures(tenure, churned) on customers with signup_date >= 2024-01-01 and contract "
          "'month-to-month'; then retention_rate(12).", tolerance=0.001)
def m2m_retention_12(data) -> float:
    from ..clv import ShiftedBetaGeometric

    customers = data.customers.set_index("customer_id")
    tenure = data.bills.groupby("customer_id").size()
    cohort = (customers["signup_date"] >= "2024-01-01") & (customers["contract"] == "month-to-month")
    model = ShiftedBetaGeometric().fit_tenures(tenure[cohort[cohort].index],
                                               customers.loc[cohort, "churn_date"].notna())
    return float(model.retention_rate(12))
