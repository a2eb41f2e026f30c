"""crmlab.differentiate: hand-computed cases, properties and bad input."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmlab.differentiate import (KEY_CUSTOMER_FRAMEWORK, PORTFOLIO, RFM_RULES, abc_classes, arpa,
                                  arpu, customer_pyramid, gini, key_customer_groups,
                                  key_customer_score, kmeans_segments, levels, lorenz_points,
                                  net_value_per_year, pareto_table, portfolio_strategy,
                                  rfm_segments, rfm_table, share_of_top, wallet_potential)

VALUES = pd.Series([50.0, 30.0, 10.0, 5.0, 5.0], index=[11, 12, 13, 14, 15])


def test_pareto_table_by_hand():
    table = pareto_table(VALUES)
    assert table.index.tolist() == [11, 12, 13, 14, 15]
    shuffled = pareto_table(VALUES.sample(frac=1, random_state=1))
    assert shuffled["cum_value_share"].tolist() == table["cum_value_share"].tolist()
    assert table["cum_value_share"].tolist() == pytest.approx([0.5, 0.8, 0.9, 0.95, 1.0])
    assert table["cum_customer_share"].tolist() == pytest.approx([0.2, 0.4, 0.6, 0.8, 1.0])
    assert share_of_top(VALUES, 0.4) == pytest.approx(0.8)
    assert share_of_top(VALUES, 0.5) == pytest.approx(0.85)  # halfway between 0.8 and 0.9
    assert share_of_top(VALUES, 0) == 0 and share_of_top(VALUES, 1) == pytest.approx(1)


def test_gini_and_lorenz_by_hand():
    assert gini([5, 5, 5]) == pytest.approx(0)
    assert gini([0, 0, 0, 0, 10]) == pytest.approx(0.8)
    # G = 1 - 2 x area under the Lorenz curve (trapezoids)
    points = lorenz_points(VALUES)
    area = np.trapezoid(points["value_share"], points["customer_share"])
    assert gini(VALUES) == pytest.approx(1 - 2 * area)
    assert gini(VALUES) == pytest.approx(0.46)  # (-20 - 10 + 0 + 60 + 200) / (5 x 100)


def test_abc_by_hand():
    classes = abc_classes(VALUES)
    assert classes.tolist() == ["A", "A", "B", "B", "C"]
    assert classes.index.equals(VALUES.index)
    assert abc_classes(VALUES, cutoffs=(0.5, 0.9)).tolist() == ["A", "B", "B", "C", "C"]
    with pytest.raises(ValueError, match="cutoffs must satisfy"):
        abc_classes(VALUES, cutoffs=(0.9, 0.8))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.floats(0, 1e6, allow_nan=False), min_size=1, max_size=60).filter(
    lambda v: sum(v) > 0))
def test_value_properties(values):
    series = pd.Series(values)
    table = pareto_table(series)
    assert table["value_share"].sum() == pytest.approx(1.0)
    assert table["cum_value_share"].is_monotonic_increasing
    assert table["cum_value_share"].iloc[-1] == pytest.approx(1.0)
    assert 0 <= gini(series) <= 1 - 1 / len(series) + 1e-9
    top = share_of_top(series, 0.2)
    assert 0.2 - 1e-9 <= top <= 1 + 1e-9  # the top fifth holds at least a fifth
    classes = abc_classes(series)
    assert classes.iloc[int(np.argmax(values))] == "A"
    shares = table.groupby(classes.reindex(table.index).to_numpy(), observed=False)["value_share"].sum()
    assert shares.sum() == pytest.approx(1.0)


@pytest.mark.parametrize("bad, error, words", [
    (pd.Series([1.0, np.nan]), ValueError, "1 missing values"),
    (pd.Series([1.0, -2.0]), ValueError, "1 negative values"),
    (pd.Series([], dtype=float), ValueError, "values is empty"),
    (pd.Series(["a", "b"]), TypeError, "must be numeric"),
    (pd.DataFrame({"a": [1.0]}), TypeError, "got a DataFrame"),
    (pd.Series([0.0, 0.0]), ValueError, "add up to 0"),
])
def test_value_bad_input(bad, error, words):
    with pytest.raises(error, match=words):
        pareto_table(bad)


def rfm_log():
    return pd.DataFrame({
        "customer_id": [1, 1, 1, 1, 2, 3, 3, 4, 5, 5],
        "date": pd.to_datetime(["2024-01-05", "2024-02-10", "2024-03-01", "2024-03-25",
                                "2023-06-01", "2024-03-20", "2024-03-28", "2023-12-01",
                                "2024-01-15", "2024-02-15"]),
        "amount": [100.0, 120.0, 80.0, 100.0, 30.0, 20.0, 40.0, 500.0, 10.0, 10.0],
    })


def test_rfm_table_by_hand():
    log = rfm_log()
    table = rfm_table(log, as_of="2024-03-31")
    assert table["recency_days"].to_dict() == {1: 6, 2: 304, 3: 3, 4: 121, 5: 45}
    assert table["frequency"].to_dict() == {1: 4, 2: 1, 3: 2, 4: 1, 5: 2}
    assert table["monetary"].to_dict() == {1: 400.0, 2: 30.0, 3: 60.0, 4: 500.0, 5: 20.0}
    # 5 customers, 5 bins: distinct values get scores 1..5; ties share one
    assert table["R"].to_dict() == {1: 4, 2: 1, 3: 5, 4: 2, 5: 3}
    assert table["F"].to_dict() == {1: 5, 2: 2, 3: 4, 4: 2, 5: 4}  # the two 1s share, the two 2s share
    assert table["M"].to_dict() == {1: 4, 2: 2, 3: 3, 4: 5, 5: 1}
    assert table.loc[1, "rfm_code"] == "454"
    assert log["amount"].iloc[0] == 100.0 and len(log) == 10  # input untouched
    # default as_of: the day after the last purchase
    assert rfm_table(log)["recency_days"][3] == 1


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 30), st.integers(0, 400), st.floats(0, 1000)),
                min_size=1, max_size=200), st.integers(2, 7))
def test_rfm_scores_are_in_range_and_ties_share_scores(rows, bins):
    log = pd.DataFrame(rows, columns=["customer_id", "day", "amount"])
    log["date"] = pd.Timestamp("2024-01-01") + pd.to_timedelta(log["day"], unit="D")
    table = rfm_table(log, bins=bins)
    for score in ("R", "F", "M"):
        assert table[score].between(1, bins).all()
    for value, score in (("recency_days", "R"), ("frequency", "F"), ("monetary", "M")):
        assert (table.groupby(value)[score].nunique() == 1).all()
    # better values never get worse scores
    ordered = table.sort_values("frequency")
    assert ordered["F"].is_monotonic_increasing
    assert len(table) == log["customer_id"].nunique()


@pytest.mark.parametrize("change, words", [
    (lambda f: f.drop(columns="date"), r"missing column\(s\) \['date'\]"),
    (lambda f: f.assign(amount=-f["amount"]), "negative amounts"),
    (lambda f: f.assign(amount=np.nan), "missing \\(NaN\\) amounts"),
    (lambda f: f.iloc[0:0], "transactions is empty"),
])
def test_rfm_bad_input(change, words):
    with pytest.raises(ValueError, match=words):
        rfm_table(change(rfm_log()))


def test_rfm_dates_after_as_of_and_bins():
    with pytest.raises(ValueError, match="10 transactions in 'date' are after as_of"):
        rfm_table(rfm_log(), as_of="2023-01-01")
    with pytest.raises(ValueError, match="bins must be an integer >= 2"):
        rfm_table(rfm_log(), bins=1)


def test_rfm_segments_rules():
    scores = pd.DataFrame({"R": [5, 4, 5, 1, 2, 3, 1, 5, 3],
                           "F": [5, 3, 1, 5, 4, 1, 1, 2, 5],
                           "M": [5, 3, 1, 5, 4, 2, 2, 2, 5]})
    named = rfm_segments(scores)
    assert named.tolist() == ["champions", "loyal", "new customers", "can't lose them", "at risk",
                              "need attention", "hibernating", "potential loyalists", "loyal"]
    # every combination of scores gets a name (others included): nothing is dropped
    grid = pd.DataFrame([(r, f, m) for r in range(1, 6) for f in range(1, 6) for m in range(1, 6)],
                        columns=["R", "F", "M"])
    assert len(rfm_segments(grid)) == 125
    assert set(RFM_RULES["segment"]) >= {"champions", "loyal", "at risk", "hibernating"}


def test_customer_pyramid_by_shares_and_room():
    value = pd.Series([100, 80, 60, 40, 20, 10, 5, 0, -5, -10], index=list("abcdefghij"))
    potential = pd.Series([100, 80, 60, 90, 20, 10, 85, 0, 99, 0], index=value.index)
    # positive value 315: a (0 before) and b (100/315 = 0.32 before) make the first half
    # room: d 50, g 80 (i is below zero: no room counted); the first 30 % of 130 is g alone
    levels_ = customer_pyramid(value, potential)
    assert levels_.to_dict() == {"a": "MVC", "b": "MVC", "c": "maintain", "d": "maintain",
                                 "e": "maintain", "f": "maintain", "g": "MGC", "h": "maintain",
                                 "i": "below-zero", "j": "below-zero"}
    # MGC follows the room to grow, not the potential: d's potential 90 is above g's 85 ...
    both = customer_pyramid(value, potential, mgc_share=0.7)
    assert both[["d", "g"]].tolist() == ["MGC", "MGC"]
    # ... and a customer at their potential has no room, however large the potential
    assert customer_pyramid(value, value, mgc_share=1.0).eq("MGC").sum() == 0
    # the count in each level depends on the data, not on a fixed number
    assert customer_pyramid(value, potential, mvc_share=0.2)["b"] == "maintain"
    with pytest.raises(ValueError, match="same index"):
        customer_pyramid(value, potential.iloc[:5])


def test_net_value_per_year_charges_everyone_alike():
    margin = pd.Series([240.0, 30.0, 10.0], index=["old", "new", "poor"])
    cost = pd.Series([24.0, 6.0, 9.0], index=margin.index)
    months = pd.Series([24, 3, 12], index=margin.index)
    table = net_value_per_year(margin, cost, months, acquisition_cost=36, payback_months=36)
    # per year of being a customer: old and new earn the same margin a year
    assert table["annual_margin"].tolist() == [120.0, 120.0, 10.0]
    assert table["annual_cost_to_serve"].tolist() == [12.0, 24.0, 9.0]
    assert (table["annual_acquisition"] == 12.0).all()  # everyone, not only the newcomers
    assert table["annual_net_value"].tolist() == [96.0, 84.0, -11.0]
    left_out = net_value_per_year(margin, cost, months)
    assert (left_out["annual_acquisition"] == 0).all()
    with pytest.raises(ValueError, match="months_active must be >= 1"):
        net_value_per_year(margin, cost, months * 0)
    with pytest.raises(ValueError, match="same index"):
        net_value_per_year(margin, cost.iloc[:2], months)


def test_wallet_potential_by_hand():
    value = pd.Series([10.0, 20.0, 30.0, 40.0, 100.0, 300.0])
    peers = pd.DataFrame({"type": ["c", "c", "c", "c", "b", "b"], "band": [1, 1, 2, 2, 1, 1]})
    table = wallet_potential(value, peers, quantile=1.0)
    assert table["potential"].tolist() == [20.0, 20.0, 40.0, 40.0, 300.0, 300.0]
    assert table["room"].tolist() == [10.0, 0.0, 10.0, 0.0, 200.0, 0.0]
    half = wallet_potential(value, peers["type"], quantile=0.5)
    assert half.loc[0, "potential"] == 25.0 and half.loc[3, "room"] == 0.0
    with pytest.raises(ValueError, match="missing labels"):
        wallet_potential(value, peers.assign(band=[1, None, 2, 2, 1, 1]))


def test_arpu_and_arpa_by_hand_and_against_the_case(world):
    bills = pd.DataFrame({"customer_id": [1, 2, 3, 1], "month": ["m1", "m1", "m1", "m2"],
                          "amount": [500.0, 30.0, 70.0, 480.0]})
    lines = pd.Series({1: 10, 2: 1, 3: 1})
    assert arpa(bills).tolist() == [200.0, 480.0]  # 600 / 3 accounts; 480 / 1
    assert arpu(bills, lines).tolist() == [50.0, 48.0]  # 600 / 12 lines; 480 / 10
    assert arpu(bills, pd.Series(1, index=[1, 2, 3])).tolist() == arpa(bills).tolist()
    with pytest.raises(ValueError, match="no line count"):
        arpu(bills, lines.iloc[:2])
    # the same definitions as the key-account case of chapter 05
    from crmlab.cases.key_accounts import revenue_per_unit

    case = revenue_per_unit(world)
    typed = world.bills.merge(world.customers[["customer_id", "customer_type"]], on="customer_id")
    users = world.customers.set_index("customer_id")["lines"]
    by = ["month", "customer_type"]
    assert np.allclose(arpa(typed, by=by).to_numpy(), case["arpa"].to_numpy())
    assert np.allclose(arpu(typed, users, by=by).to_numpy(), case["arpu"].to_numpy())


def test_key_customer_groups_follow_the_framework():
    assert KEY_CUSTOMER_FRAMEWORK["group"].tolist() == ["attractiveness", "potential",
                                                        "relationship"]
    indicators = pd.DataFrame({"value": [10.0, 20.0, 30.0], "room": [5.0, 0.0, 0.0],
                               "tenure": [9.0, 1.0, 5.0]})
    groups = {"attractiveness": {"value": 1}, "potential": {"room": 1},
              "relationship": {"tenure": 1}}
    table = key_customer_groups(indicators, groups)
    assert table["attractiveness"].tolist() == [0.0, 50.0, 100.0]
    assert table["potential"].tolist() == [100.0, 0.0, 0.0]
    assert table["score"].tolist() == pytest.approx([200 / 3, 50 / 3, 50.0])
    weighted = key_customer_groups(indicators, groups, {"attractiveness": 2, "potential": 0,
                                                        "relationship": 0})
    assert weighted["score"].tolist() == table["attractiveness"].tolist()
    with pytest.raises(ValueError, match="a weight to each group"):
        key_customer_groups(indicators, groups, {"attractiveness": 1})


def test_key_customer_score_and_portfolio():
    indicators = pd.DataFrame({"attractiveness": [1.0, 5.0, 9.0], "potential": [3.0, 3.0, 3.0],
                               "relationship": [0.9, 0.1, 0.5]})
    scored = key_customer_score(indicators, {"attractiveness": 0.5, "potential": 0.2,
                                             "relationship": 0.3})
    assert scored["potential"].tolist() == [50.0, 50.0, 50.0]
    assert scored["score"].tolist() == pytest.approx([0 + 10 + 30, 25 + 10 + 0, 50 + 10 + 15])
    with pytest.raises(ValueError, match="missing column"):
        key_customer_score(indicators, {"loyalty": 1})
    with pytest.raises(ValueError, match="weights must be >= 0"):
        key_customer_score(indicators, {"attractiveness": -1})
    assert len(set(PORTFOLIO.values())) == 6
    assert portfolio_strategy("high", "high") == "maintain"
    assert portfolio_strategy("low", "low") == "exit"
    assert portfolio_strategy(levels(pd.Series([1, 9])), pd.Series(["high", "low"])).tolist() == [
        "defend", "develop"]
    with pytest.raises(ValueError, match="must be one of"):
        portfolio_strategy("very high", "low")


def test_kmeans_finds_planted_groups():
    rng = np.random.default_rng(0)
    heavy = pd.DataFrame({"revenue": rng.normal(200, 10, 40), "contacts": rng.normal(1, 0.2, 40)})
    light = pd.DataFrame({"revenue": rng.normal(20, 5, 60), "contacts": rng.normal(6, 0.5, 60)})
    features = pd.concat([heavy, light], ignore_index=True)
    labels, profile = kmeans_segments(features, k=2, seed=0)
    assert labels.iloc[:40].nunique() == 1 and labels.iloc[40:].nunique() == 1
    assert labels.iloc[40] == 0  # segment 0 is the largest
    assert profile.loc[0, "customers"] == 60
    assert profile.loc[1, "description"] == "high revenue, low contacts"
    again, _ = kmeans_segments(features, k=2, seed=0)
    assert again.equals(labels)
    with pytest.raises(ValueError, match="k must be an integer between 1"):
        kmeans_segments(features, k=0)
    with pytest.raises(ValueError, match="missing values"):
        kmeans_segments(features.assign(revenue=np.nan), k=2)


def test_shown_texts_follow_the_language():
    """The k-means descriptions are in the kit's language; the Chinese of the RFM segment names
    and of the key-customer groups (crmlab.translations.ch02) is the one the tables carry."""
    import crmlab
    from crmlab.translations import ch02

    features = pd.DataFrame({"spend": [1, 2, 1, 50, 52, 49.0], "visits": [9, 8, 9, 1, 2, 1.0]})
    crmlab.set_language("zh")
    try:
        _, profile = kmeans_segments(features, k=2)
        flat = kmeans_segments(pd.DataFrame({"spend": [1.0, 1.0, 1.0]}), k=1)[1]
    finally:
        crmlab.set_language("en")
    assert profile["description"].tolist() == ["spend 偏高，visits 偏低", "visits 偏高，spend 偏低"]
    assert flat["description"].tolist() == ["各项特征均接近平均"]
    assert kmeans_segments(features, k=2)[1]["description"].tolist() == \
        ["high spend, low visits", "high visits, low spend"]
    for rule in RFM_RULES.itertuples():
        assert ch02.ZH[rule.segment] == rule.segment_zh
    for row in KEY_CUSTOMER_FRAMEWORK.itertuples():
        assert row.course_looks_at in ch02.ZH
        if row.group != "potential":   # "potential" is a relationship state (潜在客户) in identify
            assert ch02.ZH[row.group] == row.group_zh
