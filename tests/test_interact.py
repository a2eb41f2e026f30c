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
