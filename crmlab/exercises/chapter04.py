"""Exercises of notebook 04: customization, cross-selling and campaigns."""

from __future__ import annotations

from ._check import register, written


def _rule(data, antecedents, consequents):
    from ..customize import cross_sell_rules

    rules = cross_sell_rules(data.subscriptions, min_support=0.02, min_confidence=0.2)
    return rules.set_index(["antecedents", "consequents"]).loc[(antecedents, consequents)]


def _held(data):
    """Services held now (no end date), one row per customer, over all customers of subscriptions."""
    subs = data.subscriptions
    held = subs[subs["end"].isna()]
    customers = subs["customer_id"].unique()
    return held, len(customers)


def _support_ended_too(data) -> float:
    subs = data.subscriptions
    iptv = set(subs.loc[subs["service"] == "iptv", "customer_id"])
    broadband = set(subs.loc[subs["service"] == "broadband", "customer_id"])
    return len(iptv & broadband) / subs["customer_id"].nunique()


@register("04.1", "What is the support (0-1) of the rule iptv → broadband: customers holding both "
          "now (subscriptions with no end date) over all customers of the subscriptions table?",
          "Support = how often the two services are held together, as a share of all customers.",
          "Keep the subscriptions without an end date; find the customers holding iptv and those "
          "holding broadband; count the customers in both and divide by the number of distinct "
          "customers in data.subscriptions (all of them, churned too).", kind="share",
          mistakes=[(_support_ended_too, "ended_too")])
def iptv_support(data) -> float:
    return float(_rule(data, "iptv", "broadband")["support"])


@register("04.2", "What is the lift of the rule iptv → broadband?",
          "Lift = confidence / how common the consequent is anyway; above 1, holding iptv goes with "
          "holding broadband more than chance.",
          "Divide the confidence of 04.7 by the share of customers holding broadband (04.8).",
          kind="number", decimals=2)
def iptv_lift(data) -> float:
    return float(_rule(data, "iptv", "broadband")["lift"])


@register("04.3", "What is the response rate (0-1) of the control group of campaign C01 "
          "(responders / customers in the control group)?",
          "The control group was not contacted: its response is what happens anyway.",
          "In data.campaign_contacts, keep campaign C01 and treated == False, and take the mean "
          "of responded.", kind="share")
def c01_control(data) -> float:
    from ..customize import campaign_results

    return float(campaign_results(data, "C01").loc["control", "response_rate"])


@register("04.4", "What is the observed uplift in response (treated minus control response rate, "
          "0-1 points) of campaign C02?",
          "The campaign causes only the difference between the contacted and the control group.",
          "For campaign C02, take the response rate of the treated and of the control customers "
          "and subtract.", kind="share")
def c02_uplift(data) -> float:
    from ..customize import campaign_results

    return float(campaign_results(data, "C02").loc["uplift (treated - control)", "response_rate"])


@register("04.5", "Break-even uplift (0-1) of C01 at 2.5 a contact and a 60 % margin: the uplift "
          "in response at which the margin of the extra responses pays the contacts?",
          "Break-even: extra responses x margin of one response = cost of contacting.",
          "Revenue of one response = revenue per treated customer / treated response rate (both of "
          "C01's treated group); break-even uplift = 2.5 / (that revenue x 0.6).", kind="share")
def c01_break_even(data) -> float:
    from ..customize import campaign_results, campaign_roi

    return float(campaign_roi(campaign_results(data, "C01"), 2.5, 0.6)["break_even_uplift"])


@register("04.6", "How many active customers get an up-sell as their next best offer?",
          "A next best offer weighs what a customer is likely to take and what it is worth.",
          "Make the next best offer of every active customer with the rules of the notebook and "
          "count the offers whose kind is 'up-sell'.", kind="count")
def upsells(data) -> int:
    from ..customize import cross_sell_rules, next_best_offer

    rules = cross_sell_rules(data.subscriptions, min_support=0.02, min_confidence=0.2)
    return int((next_best_offer(data, rules)["kind"] == "up-sell").sum())


@register("04.7", "What is the confidence (0-1) of iptv → broadband: of the customers holding iptv "
          "now, the share also holding broadband?",
          "Confidence = support of both / support of the antecedent.",
          "Among the customers with an iptv subscription without end date, take the share that "
          "also hold broadband without end date.", kind="share",
          mistakes=[(lambda data: float(_rule(data, "broadband", "iptv")["confidence"]),
                     "both_directions")])
def iptv_confidence(data) -> float:
    return float(_rule(data, "iptv", "broadband")["confidence"])


@register("04.8", "What share (0-1) of the customers of the subscriptions table hold broadband now "
          "(a broadband subscription with no end date)?",
          "How common a service is anyway — the yardstick of lift.",
          "Count the distinct customers with a broadband subscription without end date and divide "
          "by the number of distinct customers in data.subscriptions.", kind="share")
def broadband_share(data) -> float:
    held, n = _held(data)
    return held.loc[held["service"] == "broadband", "customer_id"].nunique() / n


written("04.9", "Decide: roll out campaign C01 to all customers? Compare its observed uplift with "
        "the break-even uplift and say what the uncertainty means.",
        "A campaign pays when the extra responses it causes are worth more than the contacts.",
        "Set 04.5 against the uplift of C01 and its 95 % interval; then say whom you would contact "
        "first (targeting) and why the control group matters.")
written("04.10", "Decide: very few customers get an up-sell as next best offer (04.6). Would you "
        "relax the rule that holds them back?",
        "Business rules protect the customer relationship as well as the margin.",
        "Name the rule, what relaxing it would gain (04.6) and what it could cost (complaints, "
        "churn, trust).")


@register("04.11", "Where (one of the eight need questions): what share (0-1) of customers use the "
          "app more than any other channel? Count each customer's contacts by channel (leave out "
          "the 'new contract' contacts); on a tie the channel first in alphabetical order wins; "
          "divide by all customers of data.customers.",
          "'Where' is read from behaviour: the channel a customer uses most.",
          "Drop the new-contract contacts, count contacts per customer and channel, keep each "
          "customer's most frequent channel (ties: alphabetical), count the customers whose "
          "channel is 'app' and divide by the number of customers (the chapter's needs profile "
          "has it in its 'where' column).", kind="share")
def app_first_share(data) -> float:
    from ..customize import needs_profile

    needs = needs_profile(data)
    return float((needs["where"] == "app").sum() / len(data.customers))


def _tier_c(data):
    from ..customize import service_tiers

    bills = data.bills[data.bills["month"].dt.year == 2025]
    margin = bills.groupby("customer_id")["amount"].sum() * 0.6
    tiers, summary = service_tiers(margin)
    return summary


@register("04.12", "Service tier C: the yearly margin of each customer is 0.6 x their bills of "
          "2025; tiers by ABC analysis (A: the customers making the top 80 % of margin, B the next "
          "15 %, C the rest). With the chapter's assumed C service lifting margin by 1 %, what "
          "is the largest yearly cost per C customer at which the C service breaks even?",
          "Break-even cost = what one customer's service brings: the customer's margin x the lift.",
          "Compute the yearly margins, sort them from largest, mark A while the cumulative share "
          "before the customer is below 80 %, B below 95 %, C the rest; take the mean margin of "
          "the C customers and multiply by 0.01.", kind="money")
def tier_c_break_even(data) -> float:
    summary = _tier_c(data)
    return float(summary.loc["C", "value"] / summary.loc["C", "customers"] * 0.01)


written("04.13", "Decide: marketing wants to call the top 30 % of the C01 list by predicted uplift "
        "'because the ROI is best'. The chapter's profit table peaks at another share. What do "
        "you call, and why do ROI and profit disagree?",
        "ROI is an average per unit of cost; profit grows while the next customer still pays "
        "for their call.",
        "Use the chapter's targeting-profit table: compare profit and ROI at 10 %, 30 %, 50 % and "
        "100 %, and say when a budget limit would change your answer.")
