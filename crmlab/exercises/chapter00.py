"""Exercises of notebook 00: a first tour of the telecom data."""

from __future__ import annotations

import pandas as pd

from ._check import register


@register("00.1", "How many customers are business (集团/企业) accounts?",
          "Count the rows of data.customers whose customer_type is 'business'.")
def business_accounts(data) -> int:
    return int((data.customers["customer_type"] == "business").sum())


@register("00.2", "What share of customers (0-1) is on a month-to-month contract?",
          "value_counts(normalize=True) on the contract column gives shares that add up to 1.",
          tolerance=1e-4)
def month_to_month_share(data) -> float:
    return float((data.customers["contract"] == "month-to-month").mean())


@register("00.3", "How much revenue was billed in 2025 (sum of bills.amount)?",
          "Keep the bills whose month falls in 2025 (bills['month'].dt.year), then sum amount.",
          tolerance=0.01)
def revenue_2025(data) -> float:
    bills = data.bills
    return float(bills.loc[bills["month"].dt.year == 2025, "amount"].sum())


@register("00.4", "How many customers received a bill for December 2025 (active customers)?",
          "A customer is active in a month when bills has a row for them in that month.")
def active_december_2025(data) -> int:
    return int((data.bills["month"] == "2025-12-01").sum())


@register("00.5", "Which channel carried the most contacts in the interactions table?",
          "value_counts() sorts the channels by number of contacts; take the first label.")
def busiest_channel(data) -> str:
    return str(data.interactions["channel"].value_counts().index[0])


@register("00.6", "Monthly revenue: a Series of total bill amount indexed by month.",
          "Group the bills by month and sum the amount; keep month as the index.", tolerance=0.01)
def monthly_revenue(data) -> pd.Series:
    return data.bills.groupby("month")["amount"].sum()


@register("00.7", "What share (0-1) of all billed revenue comes from the top 20 % of customers?",
          "Sum each customer's bills, sort from largest to smallest, and divide the sum of the "
          "first 20 % of customers (int(0.2 * n)) by the total.", tolerance=0.002)
def top_fifth_share(data) -> float:
    revenue = data.bills.groupby("customer_id")["amount"].sum().sort_values(ascending=False)
    return float(revenue.iloc[: int(0.2 * len(revenue))].sum() / revenue.sum())
