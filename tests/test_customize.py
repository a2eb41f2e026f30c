"""crmlab.customize: rules on a hand-computed basket, offers that respect the business rules,
campaigns measured by uplift against the planted truth, ROI and service tiers."""

import numpy as np
import pandas as pd
import pytest

from crmlab.customize import (DEFAULT_TIER_RULES, baskets, campaign_results, campaign_roi,
                              cross_sell_rules, needs_profile, next_best_offer, qini_curve,
                              service_tiers, targeting_profit, uplift_by_decile, uplift_model)

BASKET = pd.DataFrame({
    "broadband": [1, 1, 1, 1, 0, 0, 1, 0, 0, 0],
    "iptv":      [1, 1, 1, 0, 0, 0, 0, 0, 0, 0],
    "cloud":     [0, 1, 0, 0, 1, 1, 0, 0, 0, 0],
}).astype(bool)


def test_rules_by_hand():
    rules = cross_sell_rules(BASKET, min_support=0.2, min_confidence=0.5).set_index(
        ["antecedents", "consequents"])
    # iptv in 3 of 10 baskets, broadband in 5, both in 3
    rule = rules.loc[("iptv", "broadband")]
    assert rule["support"] == pytest.approx(0.3)
    assert rule["confidence"] == pytest.approx(1.0)
    assert rule["lift"] == pytest.approx(1.0 / 0.5)
    back = rules.loc[("broadband", "iptv")]
    assert back["confidence"] == pytest.approx(0.6) and back["lift"] == pytest.approx(0.6 / 0.3)
    # cloud and broadband share one basket: support 0.1 < 0.2, no rule
    assert ("cloud", "broadband") not in rules.index
    with pytest.raises(ValueError, match=r"min_support must be in \(0, 1\]"):
        cross_sell_rules(BASKET, min_support=0)
    with pytest.raises(ValueError, match=r"min_support must be in \(0, 1\]"):
        cross_sell_rules(BASKET, min_support=1.5)


def test_planted_bundles_are_found(world):
    rules = cross_sell_rules(world.subscriptions).set_index(["antecedents", "consequents"])
    # the simulator made iptv nine times likelier with broadband
    assert rules.loc[("iptv", "broadband"), "lift"] > 2
    assert rules["lift"].max() == pytest.approx(rules["lift"].iloc[0])
    table = baskets(world.subscriptions)
    assert "mobile" not in table.columns and len(table) == len(world.customers)


def test_needs_profile(world):
    profile = needs_profile(world)
    assert len(profile) == len(world.customers)
    for column in ("what", "when", "where", "why", "how_many", "price_band", "how_to_pay",
                   "how_often"):
        assert column in profile
    one = needs_profile(world, customer_id=2)
    assert len(one) == 1 and one.index[0] == 2
    assert profile["price_band"].value_counts().between(1600, 1740).all()  # terciles
    with pytest.raises(ValueError, match="not in data.customers"):
        needs_profile(world, customer_id=-3)


def test_next_best_offer_respects_the_rules(world):
    rules = cross_sell_rules(world.subscriptions)
    offers = next_best_offer(world, rules)
    customers = world.customers.set_index("customer_id")
    assert customers.loc[offers.index, "churn_date"].isna().all()
    open_complaint = set(world.complaints.loc[world.complaints["status"] == "open", "customer_id"])
    blocked = offers.loc[offers.index.isin(open_complaint)]
    assert len(blocked) > 0 and blocked["offer"].isna().all()
    assert blocked["because"].str.startswith("open complaint").all()
    held = baskets(world.subscriptions)
    cross = offers[offers["kind"] == "cross-sell"]
    assert not any(held.loc[c, o] for c, o in cross["offer"].items())
    assert offers["probability"].between(0, 1).all()
    assert (offers.loc[offers["offer"].notna(), "expected_margin"] > 0).all()
    with pytest.raises(ValueError, match="missing column"):
        next_best_offer(world, rules.drop(columns="confidence"))


def test_campaign_results_cover_the_planted_uplift(world):
    results = campaign_results(world, "C01")
    contacts = world.campaign_contacts[world.campaign_contacts["campaign_id"] == "C01"]
    assert results.loc["treated", "customers"] == contacts["treated"].sum()
    uplift = results.loc["uplift (treated - control)"]
    truth = world.truth.set_index("customer_id").loc[contacts["customer_id"], "uplift"].mean()
    assert uplift["response_low"] <= truth <= uplift["response_high"]
    assert results.loc["treated", "response_low"] < results.loc["treated", "response_rate"] \
        < results.loc["treated", "response_high"]
    with pytest.raises(ValueError, match="does not exist"):
        campaign_results(world, "C99")
    no_control = world.campaign_contacts.assign(treated=True)
    broken = type(world)(**{**world.tables(), "campaign_contacts": no_control})
    with pytest.raises(ValueError, match="no control group"):
        campaign_results(broken, "C01")


@pytest.fixture(scope="module")
def scores(world):
    return uplift_model(world, "C01")


def test_uplift_model_recovers_the_planted_uplift(world, scores):
    truth = world.truth.set_index("customer_id")["uplift"].reindex(scores.index)
    assert np.corrcoef(scores, truth)[0, 1] > 0.5
    top = scores.rank(pct=True, ascending=False) <= 0.3
    assert truth[top].mean() > 1.5 * truth.mean()
    deciles = uplift_by_decile(scores, world, "C01")
    assert deciles["observed_uplift"].iloc[:3].mean() > deciles["observed_uplift"].iloc[-3:].mean()
    assert deciles["customers"].sum() == len(scores)
    curve = qini_curve(scores, world, "C01")
    middle = curve.iloc[len(curve) // 3]
    assert middle["incremental_responders"] > middle["random"]


def test_targeting_the_top_pays_more_than_random(world, scores):
    profit = targeting_profit(scores, world, "C01", cost_per_contact=2.5, margin=0.6)
    top30 = profit.loc[np.isclose(profit["share_targeted"], 0.3), "profit_per_1000"].item()
    everyone = profit.loc[np.isclose(profit["share_targeted"], 1.0), "profit_per_1000"].item()
    assert top30 > 2 * 0.3 * everyone  # random 30 % earns 30 % of contacting everyone
    roi = campaign_roi(campaign_results(world, "C01"), cost_per_contact=2.5, margin=0.6,
                       targeting=profit)
    assert roi["profit_per_contact"] == pytest.approx(everyone / 1000)
    assert roi["profit_per_1000_everyone"] == pytest.approx(everyone)
    assert roi["profit_per_1000_top_30%"] == pytest.approx(top30)
    assert roi["roi"] == pytest.approx(roi["profit_per_contact"] / 2.5)
    with pytest.raises(ValueError, match="cost_per_contact must be > 0"):
        campaign_roi(campaign_results(world, "C01"), 0, 0.6)


def test_service_tiers_arithmetic():
    value = pd.Series([500.0, 300.0, 100.0, 60.0, 40.0], index=list("abcde"))
    tiers, summary = service_tiers(value)
    assert tiers.tolist() == ["A", "A", "B", "B", "C"]
    a = summary.loc["A"]
    assert a["cost"] == 2 * DEFAULT_TIER_RULES.loc["A", "cost_per_customer"]
    assert a["profit"] == pytest.approx(800 * DEFAULT_TIER_RULES.loc["A", "value_lift"] - a["cost"])
    assert summary.loc["tiered total", "profit"] == pytest.approx(summary.loc[["A", "B", "C"], "profit"].sum())
    one = summary.loc["one size (B for all)"]
    assert one["profit"] == pytest.approx(1000 * DEFAULT_TIER_RULES.loc["B", "value_lift"]
                                          - 5 * DEFAULT_TIER_RULES.loc["B", "cost_per_customer"])
    with pytest.raises(ValueError, match="needs rows A, B and C"):
        service_tiers(value, DEFAULT_TIER_RULES.drop(index="C"))


# ------------------------------------------------------------------ issue 14: needs and timing


def test_needs_summary_and_reading_by_hand(world):
    from crmlab.customize import NEED_QUESTIONS, needs_summary, read_needs

    needs = needs_profile(world)
    summary = needs_summary(needs)
    assert list(summary.index) == list(NEED_QUESTIONS.index) and len(summary) == 8
    where = needs["where"].value_counts(normalize=True)
    assert summary.loc["where", "typical_answer"] == where.index[0]
    assert summary.loc["where", "share"] == pytest.approx(where.iloc[0])
    assert summary.loc["how many", "typical_answer"] == f"median {needs['how_many'].median():g}"
    sentence = read_needs(needs, 4)
    for question in ("(what)", "(when)", "(where)", "(why)", "(how many)", "(what price)",
                     "(how to pay)", "(how often)"):
        assert question in sentence
    assert str(needs.loc[4, "how_to_pay"]) in sentence
    with pytest.raises(ValueError, match="not in needs"):
        read_needs(needs, -1)



def test_needs_read_in_chinese_with_the_same_numbers():
    import re

    import crmlab
    from crmlab.customize import needs_summary, read_needs

    needs = pd.DataFrame({"what": ["Lite 2GB", "Lite 2GB"], "main_add_on": ["roaming_pack", None],
                          "when": ["evening (18-24)"] * 2, "where": ["app", "phone"],
                          "why": ["technical fault"] * 2, "how_many": [2, 1], "data_gb": [7.44, None],
                          "price_band": ["high", "low"], "mean_bill": [114.24, 20.0],
                          "how_to_pay": ["credit card", "cash"], "how_often": [0.08, None]},
                         index=[4, 5])
    english = [read_needs(needs, i) for i in (4, 5)]
    crmlab.set_language("zh")
    try:
        chinese = [read_needs(needs, i) for i in (4, 5)]
        median = needs_summary(needs).loc["how many", "typical_answer"]
    finally:
        crmlab.set_language("en")
    assert english[0].startswith("Customer 4 buys Lite 2GB with roaming_pack (what), 2 lines using")
    assert "漫游包" in chinese[0] and "信用卡" in chinese[0] and "晚上 18-24 点" in chinese[0]
    assert "没有充值记录" in chinese[1] and "Customer" not in chinese[1]
    for en, zh in zip(english, chinese):
        assert re.findall(r"\d+(?:\.\d+)?", en) == re.findall(r"\d+(?:\.\d+)?", zh)
    assert median == "中位数 1.5"


def test_interaction_timing_on_the_simulator(world):
    from crmlab.customize import interaction_timing

    timing = interaction_timing(world)
    active = world.customers["churn_date"].isna().sum()
    assert len(timing) == active and timing["periodic"].all()
    # month-to-month contracts have no contract year to end
    contract = world.customers.set_index("customer_id")["contract"].reindex(timing.index)
    assert not timing.loc[contract == "month-to-month", "contract_year_ending"].any()
    # an open complaint is a moment of truth
    open_ids = world.complaints.loc[world.complaints["status"] == "open", "customer_id"]
    flagged = timing.index.isin(open_ids)
    assert timing.loc[flagged, "recent_complaint"].all()
    signup = world.customers.set_index("customer_id")["signup_date"].reindex(timing.index)
    new = (world.window_end - signup).dt.days <= 90
    assert (timing["new_customer"] == new).all()
    assert (timing["timely"] == (timing["contract_year_ending"] | timing["near_data_limit"])).all()
