"""crmlab.interact: Erlang C against published examples, channel and complaint analytics on the
simulator, the satisfaction → loyalty chain, journeys, and bad input."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmlab.interact import (BUYING_STEPS, agents_required, arrival_profile,
                             average_speed_of_answer, channel_mix, complaint_effect_on_churn,
                             complaint_funnel, complaint_summary, contact_kpis, customer_journey,
                             erlang_b, erlang_c, journey_stages, nps, satisfaction_loyalty,
                             service_level, staffing_table)


# ------------------------------------------------------------------ Erlang C


def test_published_worked_example():
    """100 calls in 30 minutes at 180 s: 10 Erlangs; 14 agents answer 80 % within 20 s.

    The widely used worked example (e.g. Call Centre Helper's Erlang C tutorial) gives for 14
    agents P(wait) 17.4 %, service level 88.8 % and an average speed of answer of 7.8 s, and
    79.6 % with 13 agents — just short of the target.
    """
    assert erlang_c(10, 14) == pytest.approx(0.1741, abs=1e-4)
    assert service_level(100, 1800, 180, 14, 20) == pytest.approx(0.8884, abs=1e-4)
    assert service_level(100, 1800, 180, 13, 20) == pytest.approx(0.7956, abs=1e-4)
    assert average_speed_of_answer(100, 1800, 180, 14) == pytest.approx(7.8, abs=0.05)
    assert agents_required(100, 1800, 180, 0.8, 20) == 14


def test_erlang_b_table_and_formula():
    # classic Erlang B table: A = 2 Erlangs, N = 5 → 3.67 % blocked; the closed form agrees
    from math import factorial

    assert erlang_b(2, 5) == pytest.approx(0.0367, abs=1e-4)
    a, n = 7.3, 11
    closed = (a ** n / factorial(n)) / sum(a ** k / factorial(k) for k in range(n + 1))
    assert erlang_b(a, n) == pytest.approx(closed, rel=1e-12)


def test_hundreds_of_agents_do_not_overflow():
    assert np.isfinite(erlang_c(900.0, 950))
    assert 0 < erlang_c(900.0, 950) < 1
    needed = agents_required(10000, 1800, 180, 0.8, 20)
    assert 1000 < needed < 1030
    assert service_level(10000, 1800, 180, needed, 20) >= 0.8
    assert service_level(10000, 1800, 180, needed - 1, 20) < 0.8


@settings(max_examples=60, deadline=None)
@given(calls=st.integers(1, 2000), aht=st.integers(20, 900), extra=st.integers(1, 30))
def test_more_agents_never_hurt(calls, aht, extra):
    traffic = calls * aht / 1800
    first = int(np.floor(traffic)) + 1
    levels = service_level(calls, 1800, aht, np.arange(first, first + extra + 1), 20)
    assert np.all(np.diff(levels) >= -1e-12)
    assert np.all((levels >= 0) & (levels <= 1))
    waits = erlang_c(traffic, np.arange(first, first + extra + 1))
    assert np.all(np.diff(waits) <= 1e-12)


def test_occupancy_cap_and_staffing_table():
    loose = agents_required(100, 1800, 180, 0.5, 20)
    capped = agents_required(100, 1800, 180, 0.5, 20, max_occupancy=0.7)
    assert capped >= int(np.ceil(10 / 0.7)) and capped >= loose
    table = staffing_table(pd.Series([0, 100, 400], index=["08:00", "09:00", "10:00"]),
                           interval_s=1800, aht_s=180)
    assert table["agents"].tolist()[:2] == [0, 14]
    assert (table.loc[["09:00", "10:00"], "service_level"] >= 0.8).all()
    assert table.loc["10:00", "occupancy"] == pytest.approx(40 / table.loc["10:00", "agents"])


@pytest.mark.parametrize("call, words", [
    (lambda: erlang_c(10, 0), "agents must be > 0"),
    (lambda: erlang_c(10, 2.5), "agents must be a whole number"),
    (lambda: agents_required(100, 1800, 180, target_service_level=1.2), "between 0 and 1"),
    (lambda: agents_required(100, 1800, 180, target_service_level=0), "between 0 and 1"),
    (lambda: service_level(-5, 1800, 180, 3), "calls must be >= 0"),
    (lambda: service_level(5, 1800, 0, 3), "aht_s must be > 0"),
    (lambda: agents_required(100, 1800, 180, max_occupancy=1.5), "max_occupancy"),
])
def test_erlang_bad_input(call, words):
    with pytest.raises(ValueError, match=words):
        call()


def test_too_few_agents_means_no_service():
    assert service_level(100, 1800, 180, 10, 20) == 0.0
    assert average_speed_of_answer(100, 1800, 180, 9) == np.inf
    assert erlang_c(10, 10) == 1.0


# ------------------------------------------------------------------ channels and KPIs


def test_channel_mix_on_the_simulator(world):
    mix = channel_mix(world.interactions)
    assert mix["contacts"].sum() == len(world.interactions)
    assert mix["share"].sum() == pytest.approx(1.0)
    assert mix.index[0] == "phone"
    assert mix.loc["phone", "abandonment"] > 0 and mix.loc["app", "abandonment"] == 0
    # the store solves most at the first contact, IVR and e-mail the least (as planted)
    assert mix["first_contact_resolution"].idxmax() == "store"
    types = world.interactions["customer_id"].map(world.customers.set_index("customer_id")["customer_type"])
    split = channel_mix(world.interactions, by=types)
    assert split.groupby(level=0)["share"].sum().round(9).eq(1).all()
    # business accounts write e-mails far more than consumers (planted channel preference)
    assert split.loc[("business", "e-mail"), "share"] > 2 * split.loc[("consumer", "e-mail"), "share"]
    with pytest.raises(ValueError, match="one value per contact"):
        channel_mix(world.interactions, by=types.iloc[:10])


def test_contact_kpis_and_profile(world):
    phone = world.interactions[world.interactions["channel"] == "phone"]
    kpis = contact_kpis(phone, "1h")
    assert kpis["arrivals"].sum() == len(phone)
    answered = (~phone["abandoned"]) & (phone["wait_s"] <= 20)
    overall = (kpis["service_level"] * kpis["arrivals"]).sum() / kpis["arrivals"].sum()
    assert overall == pytest.approx(answered.mean())
    profile = arrival_profile(phone, "1h")
    assert list(profile.index) == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert profile.loc["Mon"].sum() > profile.loc["Sun"].sum()  # Mondays are busier (planted)
    # the phone line is open from 7:00 to 21:00 (planted hour profile): nobody calls at night
    night = [c for c in profile.columns if c < "07:00" or c >= "21:00"]
    assert not night or profile[night].to_numpy().sum() == 0
    with pytest.raises(ValueError, match="time order"):
        contact_kpis(phone.iloc[::-1])
    with pytest.raises(ValueError, match="negative durations"):
        contact_kpis(phone.assign(duration_s=-phone["duration_s"] - 1))


# ------------------------------------------------------------------ complaints and satisfaction


def test_complaint_funnel_and_summary(world):
    funnel = complaint_funnel(world.complaints)
    assert len(funnel) == 4 and funnel["complaints"].iloc[0] == len(world.complaints)
    assert funnel["complaints"].is_monotonic_decreasing
    assert funnel["median_hours"].is_monotonic_increasing
    summary = complaint_summary(world.complaints)
    assert 0 < summary["reopen_rate"] < 0.5
    assert summary["compensation_total"] == pytest.approx(world.complaints["compensation"].sum())
    broken = world.complaints.assign(recorded=world.complaints["opened"] - pd.Timedelta(hours=1))
    with pytest.raises(ValueError, match="before 'opened'"):
        complaint_funnel(broken)


def test_badly_handled_complaints_drive_churn(world):
    effect = complaint_effect_on_churn(world)
    rate = effect.iloc[:, 1]
    assert rate["complaint handled badly"] > 2 * rate["any customer-month (baseline)"]
    assert rate["complaint handled badly"] > rate["complaint handled well"]


def test_nps_and_the_loyalty_chain(world):
    assert nps([10, 10, 9, 8, 0]) == pytest.approx(40.0)
    assert nps([10] * 5) == 100 and nps([3] * 5) == -100
    with pytest.raises(ValueError, match="from 0 to 10"):
        nps([11, 5])
    chain = satisfaction_loyalty(world)
    churn = chain.iloc[:, 2]
    assert list(chain.index) == ["detractor", "passive", "promoter"]
    assert churn["detractor"] > churn["promoter"]
    assert chain["mean_csat"].is_monotonic_increasing


def test_journey_of_a_new_customer(world):
    contacts = world.interactions
    prospect = contacts.loc[contacts["reason"] == "pre-sales enquiry", "customer_id"].iloc[0]
    journey = customer_journey(world, prospect)
    assert journey["timestamp"].is_monotonic_increasing
    assert len(journey) == (contacts["customer_id"] == prospect).sum()
    assert journey["step"].iloc[0] == "establish need"
    assert "make transaction" in set(journey["step"])
    assert set(journey["step"].cat.categories) == set(BUYING_STEPS)
    with pytest.raises(ValueError, match="is not in data.customers"):
        customer_journey(world, -1)
    with pytest.raises(ValueError, match="time order"):
        journey_stages(journey.iloc[::-1])


# ------------------------------------------------------------------ issue 14: roles, taxonomy, ROI


def test_all_eight_buying_steps_on_real_journeys(world):
    from crmlab.interact import buying_steps

    steps = buying_steps(world)
    assert len(steps) == len(world.interactions)
    assert set(steps["buying_step"].dropna()) == set(BUYING_STEPS)
    # the vectorised mapping agrees with the one-customer journey
    prospect = steps.loc[steps["reason"] == "pre-sales enquiry", "customer_id"].iloc[0]
    one = customer_journey(world, prospect)
    mine = steps[steps["customer_id"] == prospect]
    assert list(one["step"].astype(str)) == list(mine["buying_step"].astype(str))


def test_channel_taxonomy_counts_every_touchpoint(world):
    from crmlab.interact import channel_taxonomy

    table = channel_taxonomy(world)
    treated = int(world.campaign_contacts["treated"].sum())
    assert table["touchpoints"].sum() == len(world.interactions) + treated + len(world.surveys)
    assert table.loc[("customer", "face-to-face"), "touchpoints"] == \
        (world.interactions["channel"] == "store").sum()
    assert table["share"].sum() == pytest.approx(1.0)


def test_repeat_contacts_by_hand():
    from crmlab.interact import repeat_contacts

    contacts = pd.DataFrame({"customer_id": [2, 1, 1, 1],
                             "timestamp": pd.to_datetime(["2025-01-01 00:00", "2025-01-01 10:00",
                                                          "2025-01-05 00:00", "2025-01-06 00:00"]),
                             "channel": ["app", "IVR", "phone", "phone"]})
    result = repeat_contacts(contacts, days=3)
    assert result.index.equals(contacts.index)
    assert result["repeat"].tolist() == [False, False, True, False]
    assert result["switched_channel"].tolist() == [False, False, False, False]
    assert repeat_contacts(contacts, days=7)["switched_channel"].tolist() == [False, True, False,
                                                                              False]
    with pytest.raises(ValueError, match="days"):
        repeat_contacts(contacts, days=0)


def test_abandonment_rate_against_simulation():
    """Exponential patience in an M/M/N queue: the formula against a direct simulation of FIFO
    waits with impatient callers who are (as the formula assumes) still counted in the load."""
    from crmlab.interact import abandonment_rate

    rng = np.random.default_rng(1)
    # waits of an M/M/N queue: with probability C wait ~ Exp(rate (N - A)/AHT), else 0
    c, n, a, aht, patience = erlang_c(10, 14), 14, 10.0, 180.0, 120.0
    size = 400_000
    waits = np.where(rng.random(size) < c, rng.exponential(aht / (n - a), size), 0.0)
    simulated = (waits > rng.exponential(patience, size)).mean()
    assert abandonment_rate(100, 1800, 180, 14, patience) == pytest.approx(simulated, abs=0.002)
    assert abandonment_rate(100, 1800, 180, 10) == 1.0
    assert abandonment_rate(0, 1800, 180, 3) == 0.0


def test_staffing_economics_by_hand():
    from crmlab.interact import abandonment_rate, staffing_economics

    table = staffing_economics(100, 1800, 180, [12, 13, 14, 15, 16, 17], cost_per_agent_hour=30,
                               value_at_risk=400, churn_if_abandoned=0.02, churn_if_late=0.0,
                               patience_s=60)
    row = table.set_index("agents").loc[14]
    assert row["agent_cost"] == pytest.approx(14 * 30 * 0.5)
    assert row["margin_lost"] == pytest.approx(100 * abandonment_rate(100, 1800, 180, 14, 60)
                                               * 0.02 * 400)
    assert table["best"].sum() == 1
    assert table.loc[table["best"], "total_cost"].item() == table["total_cost"].min()
    assert table.loc[table["meets_target"], "agents"].min() == 14
    # free agents: the more the better; worthless customers: the fewest agents
    assert table.loc[staffing_economics(100, 1800, 180, [12, 13, 14, 15, 16, 17], 0, 400, 0.02)[
        "best"].to_numpy(), "agents"].item() == 17
    assert staffing_economics(100, 1800, 180, [12, 13, 14], 30, 0, 0.02)["best"].tolist() == \
        [True, False, False]
    with pytest.raises(ValueError, match="churn_if_abandoned"):
        staffing_economics(100, 1800, 180, [12], 30, 400, 1.5)


def test_routing_pilot_recovers_the_planted_effects(world):
    from crmlab.interact import policy_comparison
    from crmlab.synth import ROUTING_PILOT, simulate_routing_pilot

    before = world.customers.copy()
    pilot = simulate_routing_pilot(world, seed=0)
    pd.testing.assert_frame_equal(world.customers, before)
    active = world.customers["churn_date"].isna().sum()
    assert len(pilot) == 3 * active
    assert (pilot.groupby("arm")["customer_id"].nunique() == active).all()
    # the same customers, the same luck: churn ratios close to the planted multipliers
    rates = pilot.groupby(["arm", "value_tier"])["true_churn_probability"].mean()
    for (arm, tier), multiplier in ROUTING_PILOT["churn_multiplier"].items():
        assert rates[(arm, tier)] / rates[("status quo", tier)] == pytest.approx(multiplier,
                                                                                 rel=0.05)
    table = policy_comparison(pilot, acquisition_cost=300)
    assert table.loc["status quo", "net_per_customer"] == 0
    assert table.loc["efficiency", "saving"] > 0
    assert table.loc["efficiency", "churn_high_value"] > table.loc["status quo", "churn_high_value"]
    high = policy_comparison(pilot[pilot["value_tier"] == "high"], acquisition_cost=300)
    assert high.loc["efficiency", "net_per_customer"] < 0
    # the account: net = saving - extra margin lost - extra re-acquisition
    row = table.loc["efficiency"]
    assert row["net_per_customer"] == pytest.approx(row["saving"] - row["extra_margin_lost"]
                                                    - row["extra_reacquisition"])
    with pytest.raises(ValueError, match="baseline"):
        policy_comparison(pilot, 300, baseline="nobody")
