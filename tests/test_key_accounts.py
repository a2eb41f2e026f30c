"""crmlab.cases.key_accounts on the simulated operator."""

import numpy as np
import pandas as pd
import pytest

from crmlab.cases.key_accounts import (DRIVER_FEATURES, KEY_ACCOUNT_TYPES, account_indicators,
                                       assign_managers, classify_key_accounts, credit_rating,
                                       defection_drivers, defection_risk, find_key_accounts,
                                       management_card, retention_actions, revenue_per_unit,
                                       score_accounts)


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
    assert set(card.index.get_level_values(0)) == {"profile", "transaction trend",
                                                   "business health", "credit"}
    assert card.loc[("profile", "lines"), "value"] == accounts.loc[top, "lines"]
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
