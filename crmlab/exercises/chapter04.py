"""Exercises of notebook 04: customization, cross-selling and campaigns."""

from __future__ import annotations

from ._check import register


def _rule(data, antecedents, consequents):
    from ..customize import cross_sell_rules

    rules = cross_sell_rules(data.subscriptions, min_support=0.02, min_confidence=0.2)
    return rules.set_index(["antecedents", "consequents"]).loc[(antecedents, consequents)]


@register("04.1", "What is the support (0-1) of the rule iptv → broadband?",
          "customize.cross_sell_rules(data.subscriptions) — find the row with antecedents 'iptv' "
          "and consequents 'broadband'.", tolerance=1e-4)
def iptv_support(data) -> float:
    return float(_rule(data, "iptv", "broadband")["support"])


@register("04.2", "What is the lift of the rule iptv → broadband?",
          "Same row as 04.1: lift = confidence / share of customers holding broadband.",
          tolerance=1e-3)
def iptv_lift(data) -> float:
    return float(_rule(data, "iptv", "broadband")["lift"])


@register("04.3", "What is the response rate (0-1) of the control group of campaign C01?",
          "customize.campaign_results(data, 'C01') has a row 'control'.", tolerance=1e-4)
def c01_control(data) -> float:
    from ..customize import campaign_results

    return float(campaign_results(data, "C01").loc["control", "response_rate"])


@register("04.4", "What is the observed uplift in response (treated minus control) of campaign C02?",
          "campaign_results(data, 'C02').loc['uplift (treated - control)', 'response_rate'].",
          tolerance=1e-4)
def c02_uplift(data) -> float:
    from ..customize import campaign_results

    return float(campaign_results(data, "C02").loc["uplift (treated - control)", "response_rate"])


@register("04.5", "Break-even uplift of C01 at 2.5 a contact and a 60 % margin?",
          "customize.campaign_roi(campaign_results(data, 'C01'), 2.5, 0.6)['break_even_uplift'].",
          tolerance=1e-4)
def c01_break_even(data) -> float:
    from ..customize import campaign_results, campaign_roi

    return float(campaign_roi(campaign_results(data, "C01"), 2.5, 0.6)["break_even_uplift"])


@register("04.6", "How many active customers get an up-sell as their next best offer?",
          "next_best_offer(data, rules) with the rules of 04.1; count kind == 'up-sell'.")
def upsells(data) -> int:
    from ..customize import cross_sell_rules, next_best_offer

    rules = cross_sell_rules(data.subscriptions, min_support=0.02, min_confidence=0.2)
    return int((next_best_offer(data, rules)["kind"] == "up-sell").sum())
