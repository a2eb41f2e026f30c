"""crmlab.cases.key_accounts on the simulated operator."""

import numpy as np
import pandas as pd
import pytest

from crmlab.cases.key_accounts import (COMMUNICATION, DRIVER_FEATURES, IMPORTANT_INDUSTRIES,
                                       KEY_ACCOUNT_TYPES, MANAGEMENT, SELECTION_CRITERIA,
                                       account_indicators, account_swot, assign_managers,
                                       chinese_regions, classify_key_accounts, communication_plan,
                                       credit_rating, defection_drivers, defection_features,
                                       defection_risk, early_warning_score, evaluate_key_accounts,
                                       find_key_accounts, management_card, portfolio_plan,
                                       retention_actions, revenue_per_unit, score_accounts)
from crmlab.synth.china_regions import PROVINCES


@pytest.fixture(scope="module")
def accounts(world):
    return find_key_accounts(world)


def test_arpu_arpa(world):
    table = revenue_per_unit(world)
    assert table["revenue"].sum() == pytest.approx(world.bills["amount"].sum())
    business = table.xs("business", level="customer_type")
    assert (business["arpa"] > 10 * business["arpu"]).all()  # many lines per account
    consumer = table.xs("consumer", level="customer_type")
    assert np.allclose(consumer["arpa"], consumer["arpu"])  # one line each
    # falling ARPU of the case: business ARPU ends lower than it starts
    assert business["arpu"].iloc[-3:].mean() < business["arpu"].iloc[:3].mean()


def test_find_and_classify(world, accounts):
    assert accounts["is_key"].sum() == round(0.2 * len(accounts))
    assert accounts["revenue"].is_monotonic_decreasing
    assert accounts.loc[accounts["is_key"], "revenue"].sum() / accounts["revenue"].sum() > 0.6
    types = classify_key_accounts(world, accounts)
    assert list(types.cat.categories) == KEY_ACCOUNT_TYPES
    key = accounts["is_key"]
    assert (types[~key].isin(["potential", "other"])).all()
    assert (types[key & (accounts["customer_type"] == "consumer")] == "high-value").all()
    strategic = types == "strategic"
    assert (accounts.loc[strategic, "lines"] >= 100).all()
    with pytest.raises(ValueError, match="share must be in"):
        find_key_accounts(world, share=0)


def test_scores_and_managers(world, accounts):
    key = accounts[accounts["is_key"]]
    scores = score_accounts(account_indicators(world, key))
    for column in ("attractiveness", "potential", "relationship"):
        assert scores[column].between(0, 100).all()
    assert scores["strategy"].isin(["develop", "maintain", "selectively maintain", "defend",
                                    "reduce", "exit"]).all()
    types = classify_key_accounts(world, accounts)
    assignment, staffing = assign_managers(world, types, capacity_hours=140)
    assert set(assignment["level"]) == {"group HQ", "province", "city"}
    assert staffing["accounts"].sum() == len(assignment)
    assert (staffing["hours"] <= staffing["managers"] * 140).all()
    assert ((staffing["managers"] - 1) * 140 < staffing["hours"]).all()  # no spare manager


def test_management_card(world, accounts):
    top = accounts.index[0]
    card = management_card(world, top)
    assert set(card.index.get_level_values(0)) == {"1 profile", "2 transactions with us",
                                                   "3 business situation", "4 dynamic credit"}
    # the course's fields, each present; what the data lack says so instead of being invented
    for item in ("name", "address", "phone", "legal representative", "staff structure", "bank"):
        assert ("1 profile", item) in card.index
    for item in ("bank rating", "its cash flow", "credit term (days; our rule from the payment rating)",
                 "credit limit (our rule: mean monthly bill x 1-3 by rating)"):
        assert ("4 dynamic credit", item) in card.index
    assert card.loc[("4 dynamic credit", "its cash flow"), "value"].startswith("to collect")
    assert card.loc[("1 profile", "legal representative"), "value"].startswith("to collect")
    assert card.loc[("4 dynamic credit", "bank rating"), "value"].startswith("to collect")
    customer = world.customers.set_index("customer_id").loc[top]
    assert card.loc[("1 profile", "phone"), "value"] == customer["phone"]
    assert card.loc[("1 profile", "staff structure"), "value"].startswith(f"{customer['lines']} lines")
    bills = world.bills[world.bills["customer_id"] == top].sort_values("month").tail(12)
    assert card.loc[("2 transactions with us", "bills, last 12 months"), "value"] == \
        pytest.approx(bills["amount"].sum(), abs=0.01)
    regions = chinese_regions(world)
    place = card_place = management_card(world, top, regions=regions).loc[("1 profile", "address"), "value"]
    assert regions.loc[top, "province"] in place and regions.loc[top, "city"] in card_place
    assert credit_rating(0.0) == "AAA" and credit_rating(0.2) == "B"
    with pytest.raises(ValueError, match="not in data.customers"):
        management_card(world, -1)


def test_defection_drivers_find_the_planted_contract_effect(world, accounts):
    drivers, model = defection_drivers(world, world.customers["customer_id"], "2024-07-01")
    assert set(drivers.index) == set(DRIVER_FEATURES)
    # month-to-month contracts were planted as the strongest driver of churn
    assert drivers.index[0] == "month_to_month" and drivers.iloc[0, 0] > 0
    assert drivers.loc["tenure_months", "log_odds_per_sd"] < 0
    key = accounts.index[accounts["is_key"]]
    risk = defection_risk(model, world, key, "2026-01-01")
    assert risk.between(0, 1).all()
    truth = world.truth.set_index("customer_id")["churn_prob"].reindex(key)
    assert risk.corr(truth, method="spearman") > 0.4
    actions = retention_actions(risk, accounts["revenue"], cost_per_action=200, effectiveness=0.3)
    assert actions["expected_value_of_action"].is_monotonic_decreasing
    assert (actions.loc[actions["act"], "expected_value_of_action"] > 0).all()


def test_key_accounts_as_they_were_include_the_later_leavers(world):
    then = find_key_accounts(world, share=0.2, months=6, as_of="2024-07-01")
    bills = world.bills[(world.bills["month"] >= "2024-01-01") & (world.bills["month"] < "2024-07-01")]
    assert then["revenue"].sum() == pytest.approx(bills["amount"].sum())
    key = then.index[then["is_key"]]
    churn = world.customers.set_index("customer_id")["churn_date"].reindex(key)
    later = churn.between("2024-07-01", "2025-06-30").sum()
    today = find_key_accounts(world)
    survivors = world.customers.set_index("customer_id")["churn_date"].reindex(
        today.index[today["is_key"]]).between("2024-07-01", "2025-06-30").sum()
    # selecting key accounts at the end keeps only survivors: far fewer leavers to learn from
    assert later >= 40 and survivors <= 3


def test_important_type(world, accounts):
    types = classify_key_accounts(world, accounts)
    customers = world.customers.set_index("customer_id").reindex(accounts.index)
    important = types == "important"
    assert important.sum() > 0
    assert customers.loc[important, "industry"].isin(IMPORTANT_INDUSTRIES).all()
    assert (accounts.loc[important, "lines"] < 20).all() and accounts.loc[important, "is_key"].all()
    commercial = types == "commercial"
    assert not customers.loc[commercial, "industry"].isin(IMPORTANT_INDUSTRIES).any()
    assert set(MANAGEMENT.index) == set(KEY_ACCOUNT_TYPES) - {"other"}


def test_chinese_regions_relabel_deterministically(world):
    regions = chinese_regions(world)
    assert regions.index.equals(pd.Index(world.customers["customer_id"], name="customer_id"))
    names = {p[0] for p in PROVINCES}
    assert set(regions["province"]) <= names
    # one data province -> one Chinese province; its cities -> that province's real cities
    assert (regions.groupby("data_province")["province"].nunique() == 1).all()
    cities = {p[0]: set(p[2]) for p in PROVINCES}
    assert all(city in cities[province] for province, city in zip(regions["province"], regions["city"]))
    first = sorted(world.customers["province"].astype(str).unique())[0]
    assert (regions.loc[regions["data_province"] == first, "province"] == PROVINCES[0][0]).all()
    assert chinese_regions(world).equals(regions)
    accounts = find_key_accounts(world)
    types = classify_key_accounts(world, accounts)
    assignment, staffing = assign_managers(world, types, capacity_hours=140, regions=regions)
    assert set(assignment["province"]) <= names
    plain, plain_staffing = assign_managers(world, types, capacity_hours=140)
    assert staffing["accounts"].sum() == plain_staffing["accounts"].sum()
    assert staffing["hours"].sum() == pytest.approx(plain_staffing["hours"].sum())
    with pytest.raises(ValueError, match="regions lacks"):
        assign_managers(world, types, regions=regions.iloc[:10])


def test_evaluation_criteria_by_hand(world, accounts):
    key = accounts[accounts["is_key"]]
    table = evaluate_key_accounts(world, key)
    assert list(SELECTION_CRITERIA.index) == ["complementarity", "aggregation", "win-win", "balance",
                                              "compatibility", "consistency"]
    assert (table["criteria_met"] == table[list(SELECTION_CRITERIA.index)].sum(axis=1)).all()
    assert table["bargaining_power"].between(0, 100).all()
    # the course: bargaining power comes first from purchase volume
    top = table["volume_share"] >= table["volume_share"].quantile(0.9)
    low = table["volume_share"] <= table["volume_share"].quantile(0.1)
    assert table.loc[top, "bargaining_power"].mean() > table.loc[low, "bargaining_power"].mean() + 30
    assert table["volume_share"].sum() == pytest.approx(1.0)
    customers = world.customers.set_index("customer_id").reindex(key.index)
    months = customers["contract"].astype(str).map({"month-to-month": 1, "one-year": 12, "two-year": 24})
    assert (table["switching_cost"] == key["lines"] * months).all()
    assert (table["aggregation"] == (key["lines"] >= 5)).all()
    assert (table["alternatives"] == (customers["contract"] == "month-to-month")).all()
    one = key.index[0]
    bills = world.bills[(world.bills["customer_id"] == one) & (world.bills["month"] >= "2025-01-01")]
    assert table.loc[one, "compatibility"] == (bills["paid_late"].mean() <= 0.15)
    swot = account_swot(table, one)
    assert set(swot["quadrant"]) == {"strength", "weakness", "opportunity", "threat"}  # all four
    assert list(swot["quadrant"].drop_duplicates()) == [q for q in
                                                         ["strength", "weakness", "opportunity", "threat"]
                                                         if q in set(swot["quadrant"])]
    flexible = table.index[table["alternatives"] == 1][0]
    assert "month-to-month" in " ".join(account_swot(table, flexible)["point"])


def test_portfolio_plan_and_communication_costs_by_hand(world, accounts):
    key = accounts[accounts["is_key"]]
    scores = score_accounts(account_indicators(world, key))
    types = classify_key_accounts(world, accounts).reindex(key.index)
    plan = portfolio_plan(scores, key, types, hourly_cost=60.0, margin=0.6)
    assert plan["accounts"].sum() == len(key)
    assert plan.loc["exit", "manager_hours"] == 0 and plan.loc["exit", "service_cost"] == 0
    develop = scores.index[scores["strategy"] == "develop"]
    hours = (types[develop].astype(str).map(MANAGEMENT["hours_per_month"]) * 12 * 1.5).sum()
    assert plan.loc["develop", "manager_hours"] == pytest.approx(hours)
    assert plan.loc["develop", "margin"] == pytest.approx(key.loc[develop, "revenue"].sum() * 0.6)
    plan_cost = communication_plan(types)
    group = COMMUNICATION.loc["group"]
    n = int((types == "group").sum())
    assert plan_cost.loc["group", "yearly_cost"] == pytest.approx(
        n * (group["manager_visits"] * 100 + group["executive_visits"] * 500 + 300
             + group["forum_seats"] * 600))
    assert plan_cost.loc["total", "yearly_cost"] == pytest.approx(plan_cost["yearly_cost"].iloc[:-1].sum())
    cheaper = communication_plan(types, costs={"executive_visit": 0.0})
    assert cheaper.loc["total", "yearly_cost"] < plan_cost.loc["total", "yearly_cost"]


def test_key_account_model_validated_out_of_time_against_the_truth(world):
    from sklearn.metrics import roc_auc_score

    then = find_key_accounts(world, share=0.2, months=6, as_of="2024-07-01")
    drivers, model = defection_drivers(world, then.index[then["is_key"]], "2024-07-01")
    assert drivers.attrs["left"] >= 40
    assert drivers.index[0] == "month_to_month"  # the planted contract effect
    assert drivers.loc["badly_handled", "log_odds_per_sd"] > 0  # chapter 03's effect, in key accounts
    later = find_key_accounts(world, share=0.2, months=12, as_of="2025-07-01")
    customers = world.customers.set_index("customer_id")
    ids = later.index[later["is_key"]]
    churn = customers["churn_date"].reindex(ids)
    ids = ids[(churn.isna() | (churn >= "2025-07-01")).to_numpy()]
    left = customers["churn_date"].reindex(ids).notna().to_numpy()
    risk = defection_risk(model, world, ids, "2025-07-01")
    truth = world.truth.set_index("customer_id")["churn_prob"].reindex(ids)
    assert roc_auc_score(left, risk) > 0.7
    assert risk.corr(truth, method="spearman") > 0.5
    warning = early_warning_score(defection_features(world, ids, "2025-07-01"))
    assert roc_auc_score(left, warning) > 0.6 and warning.corr(truth, method="spearman") > 0.3


def test_early_warning_score_by_hand():
    f = pd.DataFrame({"bill_trend": [0.0, -1.0], "badly_handled": [0.0, 1.0],
                      "paid_late_share": [0.0, 1.0], "month_to_month": [0.0, 1.0],
                      "last_nps": [10.0, 0.0], "tenure_months": [10.0, 0.0]})
    # two accounts: every standardised signal is -1 / +1 after turning; the mean is -1 / +1
    assert early_warning_score(f).tolist() == pytest.approx([-1.0, 1.0])
    only = early_warning_score(f, {"bill_trend": -1})
    assert only.tolist() == pytest.approx([-1.0, 1.0])
    with pytest.raises(ValueError, match="must be \\+1 or -1"):
        early_warning_score(f, {"bill_trend": 2})
