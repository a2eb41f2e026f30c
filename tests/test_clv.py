"""crmlab.clv against published results, against the simulator's planted truth, and on bad input."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmlab import generate_telecom
from crmlab.clv import (BetaGeoModel, ConvergenceError, GammaGammaModel, ShiftedBetaGeometric,
                        expected_clv, historical_clv, simple_clv, summarize_transactions)
from crmlab.datasets import load_cdnow
from crmlab.synth import parameters as P
from crmlab.synth._world import CONTRACT_NAMES, SEGMENT_NAMES, churn_beta

REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241]
HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491]


# ------------------------------------------------------------------ published results


def test_sbg_fader_hardie_2007():
    regular = ShiftedBetaGeometric().fit(REGULAR)
    high_end = ShiftedBetaGeometric().fit(HIGH_END)
    assert regular.params_["alpha"] == pytest.approx(0.704, abs=5e-4)
    assert regular.params_["beta"] == pytest.approx(1.182, abs=5e-4)
    assert high_end.params_["alpha"] == pytest.approx(0.668, abs=5e-4)
    assert high_end.params_["beta"] == pytest.approx(3.806, abs=5e-4)
    # the fitted curve reproduces the observed survival closely over the 7 fitted years
    observed = np.array(REGULAR[1:]) / 1000
    assert np.abs(regular.survival(np.arange(1, 8)) - observed).max() < 0.02
    # retention rises with tenure: heterogeneity, not changing behaviour
    assert np.all(np.diff(regular.retention_rate(np.arange(1, 13))) > 0)


def test_sbg_identities():
    model = ShiftedBetaGeometric().fit(HIGH_END)
    t = np.arange(1, 200)
    # P(churn in t) = S(t-1) - S(t); S(t) = S(t-1) r_t
    survival = model.survival(np.arange(0, 200))
    assert np.allclose(model.churn_probability(t), survival[:-1] - survival[1:])
    assert np.allclose(survival[1:], survival[:-1] * model.retention_rate(t))
    a, b = model.params_["alpha"], model.params_["beta"]
    assert model.expected_lifetime() == np.inf if a <= 1 else (a + b - 1) / (a - 1)
    # the closed form of the discounted residual lifetime equals the sum it stands for
    for tenure in (0, 4, 10):
        closed = model.discounted_expected_residual_lifetime(0.1, tenure)
        summed = model.discounted_expected_residual_lifetime(0.1, tenure, horizon=5000)
        assert closed == pytest.approx(summed, rel=1e-9)


def test_sbg_from_tenures_equals_from_survivors():
    counts = np.array(REGULAR)
    lost = counts[:-1] - counts[1:]
    tenure = np.concatenate([np.repeat(np.arange(1, 8), lost), np.full(counts[-1], 7)])
    churned = np.concatenate([np.ones(lost.sum(), bool), np.zeros(counts[-1], bool)])
    by_customer = ShiftedBetaGeometric().fit_tenures(tenure, churned)
    by_cohort = ShiftedBetaGeometric().fit(REGULAR)
    for key in ("alpha", "beta"):
        assert by_customer.params_[key] == pytest.approx(by_cohort.params_[key], rel=1e-5)


def test_bgnbd_cdnow_fader_hardie_lee_2005():
    cdnow = load_cdnow("summary")
    model = BetaGeoModel().fit(cdnow["frequency"], cdnow["recency"], cdnow["T"])
    published = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}
    for key, value in published.items():
        assert model.params_[key] == pytest.approx(value, abs=5e-4), key
    assert model.loglik_ == pytest.approx(-9582.4, abs=0.1)  # as reported in the paper
    # the paper's worked example: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in 39 weeks
    assert model.expected_purchases(39, 2, 30.43, 38.86) == pytest.approx(1.226, abs=5e-4)
    # 52-week forecast of a new customer (E[X(t)] is increasing and concave)
    new = model.expected_purchases_new(np.array([13, 26, 39, 52]))
    assert np.all(np.diff(new) > 0) and np.all(np.diff(np.diff(new)) < 0)
    alive = model.prob_alive(cdnow["frequency"], cdnow["recency"], cdnow["T"])
    assert ((alive > 0) & (alive <= 1)).all()
    assert (alive[cdnow["frequency"] == 0] == 1).all()


def test_gamma_gamma_cdnow():
    cdnow = load_cdnow("summary")
    buyers = cdnow[cdnow["frequency"] > 0]
    model = GammaGammaModel().fit(buyers["frequency"], buyers["monetary_value"])
    # lifetimes reports p = 6.25, q = 3.74, v = 15.44 on the same data
    assert model.params_["p"] == pytest.approx(6.25, abs=0.01)
    assert model.params_["q"] == pytest.approx(3.74, abs=0.01)
    assert model.params_["v"] == pytest.approx(15.44, abs=0.02)
    spend = model.expected_spend(buyers["frequency"], buyers["monetary_value"])
    population = model.params_["p"] * model.params_["v"] / (model.params_["q"] - 1)
    # shrinkage: each estimate lies between the customer's own mean and the population mean
    low = np.minimum(buyers["monetary_value"], population)
    high = np.maximum(buyers["monetary_value"], population)
    assert ((spend >= low - 1e-9) & (spend <= high + 1e-9)).all()


def test_summary_matches_the_published_cdnow_summary():
    published = load_cdnow("summary")
    log = load_cdnow("transactions")
    calibration = log[log["date"] <= "1997-09-30"]  # the paper's 39-week calibration period
    ours = summarize_transactions(calibration, observation_end="1997-09-30")
    assert ours.index.equals(published.index)
    assert (ours["frequency"] == published["frequency"]).all()
    assert np.allclose(ours["recency"] / 7, published["recency"], atol=0.01)
    assert np.allclose(ours["T"] / 7, published["T"], atol=0.01)
    assert np.allclose(ours["monetary_value"], published["monetary_value"], atol=0.01)


# ------------------------------------------------------------------ summaries and simple CLV


def test_summarize_transactions_by_hand():
    log = pd.DataFrame({"customer_id": ["b", "a", "a", "a", "a"],
                        "date": pd.to_datetime(["2024-01-03", "2024-01-01", "2024-01-01",
                                                "2024-01-08", "2024-01-20"]),
                        "amount": [9.0, 10.0, 2.0, 30.0, 6.0]})
    daily = summarize_transactions(log, observation_end="2024-01-31")
    assert daily.loc["a"].tolist() == [2, 19, 30, 18.0]
    assert daily.loc["b"].tolist() == [0, 0, 28, 0.0]
    weekly = summarize_transactions(log, freq="W", observation_end="2024-01-31")
    # weeks Monday-Sunday: 1 Jan and 3 Jan share a week, 8 Jan and 20 Jan are weeks 1 and 2 later
    assert weekly.loc["a"].tolist() == [2, 2, 4, 18.0]
    no_money = summarize_transactions(log, amount_col=None)
    assert list(no_money.columns) == ["frequency", "recency", "T"]
    assert log["customer_id"].tolist() == ["b", "a", "a", "a", "a"]  # input untouched


@pytest.mark.parametrize("change, words", [
    (lambda f: f.drop(columns="amount"), "missing column"),
    (lambda f: f.assign(amount=[1.0, -2.0, 3.0]), "negative amounts"),
    (lambda f: f.assign(amount=[1.0, np.nan, 3.0]), "missing \\(NaN\\) amounts"),
    (lambda f: f.assign(date=["2024-01-01", "not a date", "2024-02-01"]), "must hold dates"),
    (lambda f: f.iloc[0:0], "transactions is empty"),
    (lambda f: f.assign(amount=["1", "2", "3"]), "must be numeric"),
])
def test_summarize_bad_input(change, words):
    log = pd.DataFrame({"customer_id": [1, 1, 2], "amount": [1.0, 2.0, 3.0],
                        "date": pd.to_datetime(["2024-01-01", "2024-01-05", "2024-02-01"])})
    with pytest.raises(ValueError, match=words):
        summarize_transactions(change(log))


def test_dates_after_observation_end_are_refused():
    log = pd.DataFrame({"customer_id": [1], "amount": [1.0], "date": pd.to_datetime(["2024-05-01"])})
    with pytest.raises(ValueError, match="after as_of / observation_end 2024-04-01"):
        summarize_transactions(log, observation_end="2024-04-01")


def test_simple_clv_formula():
    assert simple_clv(100, 0.8, 0.1) == pytest.approx(100 * 0.8 / (1.1 - 0.8))
    finite = sum(100 * 0.8 ** t / 1.1 ** t for t in range(1, 6))
    assert simple_clv(100, 0.8, 0.1, horizon=5) == pytest.approx(finite)
    assert simple_clv(100, 1.0, 0.0, horizon=7) == pytest.approx(700)
    assert np.allclose(simple_clv(100, np.array([0.5, 0.9]), 0.1), [100 * 0.5 / 0.6, 100 * 0.9 / 0.2])
    with pytest.raises(ValueError, match="retention must be between 0.0 and 1.0, got 1.2"):
        simple_clv(100, 1.2, 0.1)
    with pytest.raises(ValueError, match="discount_rate must be >= 0.0"):
        simple_clv(100, 0.5, -0.1)


@settings(max_examples=60, deadline=None)
@given(margin=st.floats(1, 1000), r1=st.floats(0.01, 0.95), r2=st.floats(0.01, 0.95),
       d1=st.floats(0.0, 0.5), d2=st.floats(0.0, 0.5), horizon=st.one_of(st.none(), st.integers(1, 60)))
def test_clv_rises_with_retention_and_falls_with_discounting(margin, r1, r2, d1, d2, horizon):
    low, high = sorted([r1, r2])
    assert simple_clv(margin, low, d1, horizon) <= simple_clv(margin, high, d1, horizon) + 1e-9
    cheap, dear = sorted([d1, d2])
    assert simple_clv(margin, r1, dear, horizon) <= simple_clv(margin, r1, cheap, horizon) + 1e-9
    if horizon is not None:
        assert simple_clv(margin, r1, d1, horizon) <= simple_clv(margin, r1, d1) + 1e-9


def test_historical_clv():
    log = pd.DataFrame({"customer_id": [1, 1, 2], "amount": [100.0, 50.0, 80.0],
                        "date": pd.to_datetime(["2022-01-01", "2024-01-01", "2024-01-01"])})
    plain = historical_clv(log, as_of="2024-01-01", margin=0.5)
    assert plain.to_dict() == {1: 75.0, 2: 40.0}
    compounded = historical_clv(log, as_of="2024-01-01", margin=0.5, annual_rate=0.1)
    assert compounded[1] == pytest.approx(50 * 1.1 ** (730 / 365.25) + 25)


def test_models_need_fitting_and_clean_input():
    with pytest.raises(RuntimeError, match="fit the model first"):
        ShiftedBetaGeometric().survival(3)
    with pytest.raises(ValueError, match="must not increase"):
        ShiftedBetaGeometric().fit([100, 80, 90])
    with pytest.raises(ValueError, match="recency must not exceed T"):
        BetaGeoModel().fit([1, 2], [5.0, 3.0], [4.0, 10.0])
    with pytest.raises(ValueError, match="frequency 0 must have recency 0"):
        BetaGeoModel().fit([0], [3.0], [10.0])
    with pytest.raises(ValueError, match="monetary_value must be > 0"):
        GammaGammaModel().fit([1, 2], [10.0, 0.0])
    assert issubclass(ConvergenceError, RuntimeError)


# ------------------------------------------------------------------ recovery on the simulator


@pytest.fixture(scope="module")
def big_world():
    return generate_telecom(n_customers=20000, seed=5)


def test_sbg_recovers_planted_churn(big_world):
    customers = big_world.customers.set_index("customer_id")
    truth = big_world.truth.set_index("customer_id")
    tenure = big_world.bills.groupby("customer_id").size()
    joined = customers["signup_date"] >= P.WINDOW_START
    for contract in CONTRACT_NAMES:
        cohort = joined & (customers["contract"] == contract)
        model = ShiftedBetaGeometric().fit_tenures(tenure[cohort[cohort].index],
                                                   customers.loc[cohort, "churn_date"].notna())
        theta = truth.loc[cohort, "churn_prob"]
        for t in (1, 6, 12, 18):
            assert model.survival(t) == pytest.approx(((1 - theta) ** t).mean(), abs=0.025)
    # one pure cell: budget customers without a contract
    cell = joined & (customers["contract"] == "month-to-month") & (truth["segment"] == "budget")
    model = ShiftedBetaGeometric().fit_tenures(tenure[cell[cell].index],
                                               customers.loc[cell, "churn_date"].notna())
    a, b = churn_beta(list(SEGMENT_NAMES).index("budget"), 0)
    fitted = model.params_["alpha"] / (model.params_["alpha"] + model.params_["beta"])
    assert fitted == pytest.approx(a / (a + b), rel=0.15)


@pytest.mark.parametrize("segment", ["budget", "digital", "family"])
def test_bgnbd_and_gamma_gamma_recover_planted_parameters(big_world, segment):
    customers = big_world.customers.set_index("customer_id")
    truth = big_world.truth.set_index("customer_id")
    summary = summarize_transactions(big_world.topups, observation_end="2025-12-31")
    # the planted process ends at churn as well: keep customers who stayed (independent of λ, p)
    ids = truth.index[(truth["segment"] == segment) & customers["churn_date"].isna()]
    summary = summary.loc[summary.index.intersection(ids)]
    model = BetaGeoModel().fit(summary["frequency"], summary["recency"], summary["T"])
    planted = P.SEGMENTS[segment]["topup"]
    assert model.params_["r"] == pytest.approx(planted["r"], rel=0.1)
    # λ per day: α in days is α per month x days per month
    assert model.params_["r"] / model.params_["alpha"] == pytest.approx(
        planted["r"] / (planted["alpha"] * 365.25 / 12), rel=0.05)
    p_mean = model.params_["a"] / (model.params_["a"] + model.params_["b"])
    assert p_mean == pytest.approx(planted["a"] / (planted["a"] + planted["b"]), rel=0.1)
    buyers = summary[summary["frequency"] > 0]
    spend = GammaGammaModel().fit(buyers["frequency"], buyers["monetary_value"])
    planted = P.SEGMENTS[segment]["spend"]
    mean_fitted = spend.params_["p"] * spend.params_["v"] / (spend.params_["q"] - 1)
    mean_planted = planted["p"] * planted["gamma"] / (planted["q"] - 1)
    assert mean_fitted == pytest.approx(mean_planted, rel=0.1)
    assert spend.params_["p"] == pytest.approx(planted["p"], rel=0.15)


def test_predicted_clv_ranks_customers_like_the_truth(world):
    """Contract value from sBG per contract type plus top-up value from BG/NBD + Gamma-Gamma."""
    customers = world.customers.set_index("customer_id")
    truth = world.truth.set_index("customer_id")
    bills = world.bills
    tenure = bills.groupby("customer_id").size()
    active = customers["churn_date"].isna()
    joined = customers["signup_date"] >= P.WINDOW_START
    last_bill = bills[bills["month"] == bills["month"].max()].set_index("customer_id")["amount"]
    monthly_rate = 1.1 ** (1 / 12) - 1
    service = pd.Series(0.0, index=customers.index)
    for contract in CONTRACT_NAMES:
        cohort = joined & (customers["contract"] == contract)
        model = ShiftedBetaGeometric().fit_tenures(tenure[cohort[cohort].index],
                                                   customers.loc[cohort, "churn_date"].notna())
        ids = customers.index[active & (customers["contract"] == contract)]
        months = ((pd.Timestamp("2026-01-01") - customers.loc[ids, "signup_date"]).dt.days
                  / (365.25 / 12)).round().clip(lower=1).to_numpy()
        periods = model.discounted_expected_residual_lifetime(monthly_rate, months, horizon=36)
        service[ids] = P.MARGIN_SERVICE * last_bill[ids].to_numpy() * periods
    summary = summarize_transactions(world.topups, observation_end="2025-12-31")
    bg = BetaGeoModel().fit(summary["frequency"], summary["recency"], summary["T"])
    buyers = summary[summary["frequency"] > 0]
    gg = GammaGammaModel().fit(buyers["frequency"], buyers["monetary_value"])
    topups = expected_clv(bg, gg, summary, 36, 0.10, P.MARGIN_TOPUP, freq="D")
    predicted = service + topups.reindex(customers.index, fill_value=0.0) * active
    rho = predicted[active].corr(truth.loc[active, "expected_clv"], method="spearman")
    assert rho > 0.9  # 0.96 on the shipped data
    assert predicted.sum() == pytest.approx(truth["expected_clv"].sum(), rel=0.1)


def test_a_fit_that_does_not_converge_says_so():
    from crmlab.clv import _maximize

    def broken(log_params):
        return np.nan, np.full(len(log_params), np.nan)

    with pytest.raises(ConvergenceError, match="Demo.fit: the fit did not converge"):
        _maximize(broken, np.array([1.0, 1.0]), ["alpha", "beta"], "Demo.fit")
