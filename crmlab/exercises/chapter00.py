"""Exercises of notebook 00: a first tour of the telecom data."""

from __future__ import annotations

import pandas as pd

from ._check import register, written
from ._messages import MESSAGES

MESSAGES.setdefault("arpa_for_arpu", {
    "en": "divides by the accounts billed (that is ARPA): ARPU divides by the users, i.e. the "
          "lines of those accounts.",
    "zh": "除以的是有账单的账户数（这是 ARPA）：ARPU 应除以用户数，即这些账户的号码（线路）数。"})


@register("00.1", "How many customers are business (集团/企业) accounts?",
          "Each customer is one row of the customers table, and the table says which type each is.",
          "In data.customers, keep the rows whose customer_type is 'business' and count them.",
          kind="count")
def business_accounts(data) -> int:
    return int((data.customers["customer_type"] == "business").sum())


@register("00.2", "What share (0-1) of all customers is on a month-to-month contract?",
          "A share is a count of some customers divided by the count of all of them.",
          "In data.customers, count the rows whose contract is 'month-to-month' and divide by the "
          "number of rows (all customers, churned ones included); or take the shares of each "
          "contract type at once.", kind="share")
def month_to_month_share(data) -> float:
    return float((data.customers["contract"] == "month-to-month").mean())


def _revenue_all_bills(data) -> float:
    return float(data.bills["amount"].sum())


@register("00.3", "How much revenue was billed in 2025 (sum of bills.amount over the months of 2025)?",
          "Revenue of a year = the amounts of that year's bills, added up.",
          "In data.bills, keep the rows whose month falls in the year 2025 (the month column is a "
          "date), then add up the amount column.", kind="money",
          mistakes=[(_revenue_all_bills, "all_months")])
def revenue_2025(data) -> float:
    bills = data.bills
    return float(bills.loc[bills["month"].dt.year == 2025, "amount"].sum())


@register("00.4", "How many customers received a bill for December 2025 (active customers)?",
          "A customer is active in a month when they received a bill for that month.",
          "In data.bills, keep the rows of the month 2025-12-01 and count the distinct customer ids.",
          kind="count")
def active_december_2025(data) -> int:
    return int(data.bills.loc[data.bills["month"] == "2025-12-01", "customer_id"].nunique())


@register("00.5", "Which channel carried the most contacts in the interactions table?",
          "Every row of interactions is one contact, and it names its channel.",
          "Count the rows of data.interactions per channel and take the channel with the largest "
          "count; give its name as a string.", kind="text")
def busiest_channel(data) -> str:
    return str(data.interactions["channel"].value_counts().index[0])


@register("00.6", "Monthly revenue: the total bill amount of each month, indexed by month.",
          "One number per month: all the bills of that month added up.",
          "Group data.bills by month and add up amount in each group; the months become the index "
          "(a Series, a one-column DataFrame or month periods are all fine).", kind="money")
def monthly_revenue(data) -> pd.Series:
    return data.bills.groupby("month")["amount"].sum()


@register("00.7", "What share (0-1) of all billed revenue comes from the top 20 % of customers "
          "(the first int(0.2 * n) of the n customers with a bill, ranked by their billed total)?",
          "Rank customers from the largest to the smallest and ask what the first fifth of them "
          "bring — the 80/20 rule (帕雷托定理).",
          "Add up each customer's bills, sort the totals from largest to smallest, add up the "
          "first int(0.2 * n) of them and divide by the sum of all totals.", kind="share")
def top_fifth_share(data) -> float:
    revenue = data.bills.groupby("customer_id")["amount"].sum().sort_values(ascending=False)
    return float(revenue.iloc[: int(0.2 * len(revenue))].sum() / revenue.sum())


def _arpa_all_customers(data) -> float:
    return float(data.bills.loc[data.bills["month"] == "2025-12-01", "amount"].sum()
                 / len(data.customers))


@register("00.8", "ARPA of December 2025: the revenue billed for that month divided by the number "
          "of accounts (customers) billed that month?",
          "ARPA (每账户平均收入) is revenue per paying account: only the accounts billed in the "
          "month count, and a business account with many lines counts once.",
          "Keep the bills of month 2025-12-01; divide the sum of their amount by the number of "
          "distinct customers among them (the answer of 00.4).", kind="money",
          mistakes=[(_arpa_all_customers, "denominator_all_customers")])
def arpa_december(data) -> float:
    december = data.bills[data.bills["month"] == "2025-12-01"]
    return float(december["amount"].sum() / december["customer_id"].nunique())


def _lines_of_billed(data) -> float:
    december = data.bills[data.bills["month"] == "2025-12-01"]
    lines = data.customers.set_index("customer_id")["lines"]
    return float(lines.reindex(december["customer_id"].unique()).sum())


@register("00.11", "ARPU of December 2025: the revenue billed for that month divided by the number "
          "of users — the lines (customers.lines) of the accounts billed that month?",
          "ARPU (每用户平均收入) is revenue per user, and a user is a line (SIM card): a business "
          "account with 50 lines counts 50 times.",
          "Keep the bills of month 2025-12-01; look up the lines of each account billed (in "
          "data.customers) and add them up; divide the month's revenue by that number of lines.",
          kind="money", mistakes=[(arpa_december, "arpa_for_arpu")])
def arpu_december(data) -> float:
    december = data.bills[data.bills["month"] == "2025-12-01"]
    return float(december["amount"].sum() / _lines_of_billed(data))


written("00.9", "Decide: the sales director reads your 00.7 and proposes to stop phone service for "
        "everyone outside the top 20 %. Agree or not, and why?",
        "Revenue is not profit, and the past is not the future.",
        "Use the share of 00.7 and the number of customers it leaves out; think of what serving them "
        "costs, what they may become, and what they tell others.")
written("00.10", "Decide: from the monthly revenue of 00.6, is the business growing? What do you "
        "tell the CEO, and what would you look at next?",
        "A trend in a total can come from more customers or from more per customer.",
        "Compare the first and last months of 00.6, then split the change into active accounts "
        "(00.4) and ARPA (00.8): revenue = accounts x ARPA.")
written("00.12", "Decide: the budget allows one CRM project this year — a new app and WeChat "
        "service (collaborative CRM), one customer master file integrating the five systems "
        "behind crm_raw (operational/analytical), or a churn model (analytical). Which first, "
        "and why?",
        "The three kinds of CRM system depend on each other: models and channels need to know "
        "who the customer is.",
        "Use the architecture picture of notebook 00: which system feeds which; count how many "
        "records crm_raw holds per customer; say what each project needs from the others.")
