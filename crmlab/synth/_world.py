"""Behaviour of the simulated operator: contracts and churn, services, bills, top-ups, contacts.

Everything is vectorised over customers; the only loop in Python runs over the months of the
window (churn depends on the complaints of the months before it).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import parameters as P
from ._calendar import DAYS_PER_MONTH, Calendar

CONTRACT_NAMES = np.array(list(P.CONTRACTS))
SEGMENT_NAMES = np.array(list(P.SEGMENTS))
SERVICE_NAMES = list(P.SERVICES)
PLAN_IDS = np.array([p[0] for p in P.PLANS])
PLAN_INDEX = {plan_id: i for i, plan_id in enumerate(PLAN_IDS)}
PLAN_FEE = np.array([p[2] for p in P.PLANS])
PLAN_DATA = np.array([p[3] for p in P.PLANS])
PLAN_VOICE = np.array([p[4] for p in P.PLANS], dtype=float)
SERVICE_FEE = np.array([P.SERVICES[s]["monthly_fee"] for s in SERVICE_NAMES])
MONTHLY_DISCOUNT = (1 + P.CLV_ANNUAL_DISCOUNT_RATE) ** (1 / 12) - 1


def segment_array(key: str, segment: np.ndarray, inner: str | None = None) -> np.ndarray:
    """Per-customer value of a segment parameter."""
    values = np.array([P.SEGMENTS[s][key] if inner is None else P.SEGMENTS[s][key][inner]
                       for s in SEGMENT_NAMES], dtype=float)
    return values[segment]


def churn_beta(segment: int, contract: int) -> tuple[float, float]:
    """Planted (alpha, beta) of monthly churn θ for a segment × contract cell."""
    seg = P.SEGMENTS[SEGMENT_NAMES[segment]]
    mean = P.CONTRACTS[CONTRACT_NAMES[contract]] * seg["churn_multiplier"]
    kappa = seg["churn_concentration"]
    return mean * kappa, (1 - mean) * kappa


def draw_accounts(rng, n: int) -> dict[str, np.ndarray]:
    """Segment, contract, plan, lines, θ and tenure of every customer."""
    shares = np.array([P.SEGMENTS[s]["share"] for s in SEGMENT_NAMES])
    segment = np.sort(rng.choice(len(shares), size=n, p=shares / shares.sum()))
    rng.shuffle(segment)
    contract = np.empty(n, dtype=np.int64)
    plan = np.empty(n, dtype=np.int64)
    lines = np.ones(n, dtype=np.int64)
    theta = np.empty(n)
    new = rng.random(n) < P.NEW_CUSTOMER_SHARE
    tenure = np.zeros(n, dtype=np.int64)  # months billed before the window
    for s, name in enumerate(SEGMENT_NAMES):
        seg = P.SEGMENTS[name]
        members = np.flatnonzero(segment == s)
        contract[members] = rng.choice(3, size=len(members), p=seg["contract_mix"])
        plan_ids = list(seg["plan_mix"])
        plan_p = np.array(list(seg["plan_mix"].values()))
        plan[members] = np.array([PLAN_INDEX[i] for i in plan_ids])[
            rng.choice(len(plan_ids), size=len(members), p=plan_p / plan_p.sum())]
        if name in P.BUSINESS_LINES:
            spec = P.BUSINESS_LINES[name]
            drawn = np.exp(np.log(spec["median"]) + spec["sigma"] * rng.standard_normal(len(members)))
            lines[members] = np.clip(np.round(drawn), spec["low"], spec["high"]).astype(np.int64)
        for c in range(3):
            cell = members[contract[members] == c]
            if not len(cell):
                continue
            a, b = churn_beta(s, c)
            fresh = cell[new[cell]]
            theta[fresh] = rng.beta(a, b, size=len(fresh))
            base = cell[~new[cell]]
            theta[base], tenure[base] = _survivors(rng, a, b, len(base))
    return dict(segment=segment, contract=contract, plan=plan, lines=lines, theta=theta,
                new=new, tenure=tenure)


def _survivors(rng, a: float, b: float, size: int) -> tuple[np.ndarray, np.ndarray]:
    """θ and months of tenure of customers found active in a stationary base.

    A customer with churn probability θ is still active after k months with probability
    (1-θ)^k, so the active base over-represents small θ: resample Beta draws with weight
    Σ_{k<72} (1-θ)^k, then draw the tenure from the truncated geometric given θ.
    """
    if size == 0:
        return np.empty(0), np.empty(0, dtype=np.int64)
    candidates = rng.beta(a, b, size=4 * size + 100)
    candidates = np.clip(candidates, 1e-9, 1 - 1e-9)
    weight = (1 - (1 - candidates) ** P.MAX_TENURE_MONTHS) / candidates
    theta = candidates[rng.choice(len(candidates), size=size, p=weight / weight.sum())]
    survive_all = (1 - theta) ** P.MAX_TENURE_MONTHS
    u = rng.random(size)
    tenure = np.floor(np.log1p(-u * (1 - survive_all)) / np.log1p(-theta)).astype(np.int64)
    return theta, np.clip(tenure, 0, P.MAX_TENURE_MONTHS - 1) + 1


def simulate(rng, cal: Calendar, acc: dict, age_years: np.ndarray) -> dict:
    """Month by month: complaints, churn, services, campaigns and bills."""
    n = len(acc["segment"])
    segment, theta = acc["segment"], acc["theta"]
    months = cal.months

    signup_month = np.where(acc["new"], rng.integers(0, months, n), -acc["tenure"])
    signup_day = np.where(acc["new"], cal.random_day_in(rng, np.clip(signup_month, 0, None)),
                          cal.months_before_start(rng, np.maximum(acc["tenure"], 1)))
    late_prop = _late_propensity(rng, segment)
    complaint_rate = segment_array("complaint_rate", segment) * (1 + 2 * late_prop)
    plan = acc["plan"].copy()

    held, service_start = _initial_services(rng, acc, signup_day, cal)
    service_end = np.full(held.shape, np.nan)
    seg_mult = np.array([[P.SERVICES[v]["segments"].get(s, 1.0) for v in SERVICE_NAMES]
                         for s in SEGMENT_NAMES])[segment]
    service_events = []  # (customer, service, start_day, end_day) of spells that ended

    churned = np.zeros(n, dtype=bool)
    churn_day = np.full(n, np.nan)
    last_complaint = np.full(n, -99, dtype=np.int64)
    last_quality_good = np.ones(n, dtype=bool)
    retention_factor = np.ones(n)
    complaints = []  # (customer, month, handled_well)
    bill_parts = []
    campaign_parts = []
    campaign_at = campaign_months(months)
    uplift = planted_uplift(segment, age_years, acc["tenure"], late_prop)

    for t in range(months):
        active = (signup_month <= t) & ~churned
        idx = np.flatnonzero(active)

        for k, spec in enumerate(P.CAMPAIGNS):
            if campaign_at[k] == t:
                part = _run_campaign(rng, k, spec, t, idx, acc, plan, held, uplift, late_prop)
                campaign_parts.append(part)
                took = part["customer"][part["responded"]]
                if spec["offer"] in P.SERVICES:
                    j = SERVICE_NAMES.index(spec["offer"])
                    newly = took[~held[took, j]]
                    held[newly, j] = True
                    service_start[newly, j] = (cal.month_start[t] + 5
                                               + rng.random(len(newly)) * 20)
                elif spec["offer"] in PLAN_IDS:
                    plan[took] = PLAN_INDEX[spec["offer"]]
                else:
                    retention_factor[took] = spec["churn_factor"]

        # complaints this month, and their effect on churn now and in the next months
        has_complaint = rng.random(len(idx)) < complaint_rate[idx]
        who = idx[has_complaint]
        good = rng.random(len(who)) < P.COMPLAINTS["share_handled_well"]
        complaints.append((who, np.full(len(who), t), good))
        last_complaint[who] = t
        last_quality_good[who] = good

        recent = (t - last_complaint[idx]) < P.COMPLAINTS["months_of_effect"]
        multiplier = np.where(recent, np.where(last_quality_good[idx],
                                               P.COMPLAINTS["churn_multiplier_good"],
                                               P.COMPLAINTS["churn_multiplier_poor"]), 1.0)
        hazard = np.clip(theta[idx] * multiplier * retention_factor[idx], 0, 1)

        # bill for the month (before the churn decision at its end)
        bill_parts.append(_bill_rows(rng, t, idx, acc, plan, held, late_prop, segment))

        leave = idx[rng.random(len(idx)) < hazard]
        churned[leave] = True
        lo = np.maximum(cal.month_start[t], signup_day[leave])
        churn_day[leave] = lo + rng.random(len(leave)) * (cal.month_start[t + 1] - lo)

        # services: take-up (affinity to what is held) and cancellation
        still = idx[~churned[idx]]
        affinity = _affinity(held[still])
        adopt_p = (np.array([P.SERVICES[v]["base"] for v in SERVICE_NAMES]) / 12
                   * seg_mult[still] * affinity)
        draw = rng.random(adopt_p.shape)
        adopt = ~held[still] & (draw < adopt_p)
        drop = held[still] & (draw > 1 - P.SERVICE_CANCEL_PER_MONTH)
        rows, cols = np.nonzero(adopt)
        day = cal.month_start[t] + rng.random(len(rows)) * cal.month_length[t]
        held[still[rows], cols] = True
        service_start[still[rows], cols] = day
        rows, cols = np.nonzero(drop)
        ends = cal.month_start[t] + rng.random(len(rows)) * cal.month_length[t]
        customers = still[rows]
        service_events.append((customers, cols, service_start[customers, cols], ends))
        held[customers, cols] = False
        service_start[customers, cols] = np.nan
        # churned customers end every service they hold on the churn day
        rows, cols = np.nonzero(held[leave])
        service_events.append((leave[rows], cols, service_start[leave[rows], cols],
                               churn_day[leave[rows]]))
        held[leave] = False

    rows, cols = np.nonzero(held)
    service_events.append((rows, cols, service_start[rows, cols], np.full(len(rows), np.nan)))
    return dict(signup_month=signup_month, signup_day=signup_day, churned=churned,
                churn_day=churn_day, late_prop=late_prop, plan=plan, uplift=uplift,
                complaints=[np.concatenate(x) for x in zip(*complaints)],
                bills=_concat_parts(bill_parts), campaigns=campaign_parts,
                services=_spells(service_events))


def _spells(events: list[tuple]) -> list[np.ndarray]:
    """Concatenated (customer, service, start, end); a spell that a churn cut short ends on its start."""
    customer, service, start, end = (np.concatenate(x) for x in zip(*events))
    return [customer, service, start, np.where(end < start, start, end)]


def _concat_parts(parts: list[dict]) -> dict:
    return {key: np.concatenate([p[key] for p in parts]) for key in parts[0]}


def _late_propensity(rng, segment: np.ndarray) -> np.ndarray:
    ab = np.array([P.SEGMENTS[s]["late_payment_beta"] for s in SEGMENT_NAMES])[segment]
    return rng.beta(ab[:, 0], ab[:, 1])


def _affinity(held: np.ndarray) -> np.ndarray:
    """Multiplier of each service's take-up given the services already held."""
    out = np.ones(held.shape)
    for j, name in enumerate(SERVICE_NAMES):
        for other, factor in P.SERVICES[name]["affinity"].items():
            out[:, j] *= np.where(held[:, SERVICE_NAMES.index(other)], factor, 1.0)
    return out


def _initial_services(rng, acc: dict, signup_day: np.ndarray, cal: Calendar):
    """Services held at the window start by the existing base, taken in catalogue order."""
    n = len(acc["segment"])
    held = np.zeros((n, len(SERVICE_NAMES)), dtype=bool)
    start = np.full(held.shape, np.nan)
    years = np.minimum(acc["tenure"], 36) / 12
    existing = ~acc["new"]
    for j, name in enumerate(SERVICE_NAMES):
        spec = P.SERVICES[name]
        seg = np.array([spec["segments"].get(s, 1.0) for s in SEGMENT_NAMES])[acc["segment"]]
        yearly = np.clip(spec["base"] * seg * _affinity(held)[:, j], 0, 0.9)
        p = 1 - (1 - yearly) ** years
        got = existing & (rng.random(n) < p)
        held[:, j] = got
        start[got, j] = signup_day[got] + rng.random(int(got.sum())) * (0 - signup_day[got])
    return held, start


def planted_uplift(segment, age_years, tenure, late_prop) -> np.ndarray:
    """True increase in response probability when contacted (campaign scale 1).

    Younger, newer customers respond to offers; long-tenure customers with payment trouble are
    'sleeping dogs' whom a contact nudges away (negative uplift).
    """
    spec = P.UPLIFT
    base = segment_array("uplift_base", segment)
    age_factor = np.interp(age_years, spec["age_years"], spec["age_factor"])
    tenure_factor = np.asarray(spec["tenure_factor"])[np.searchsorted(spec["tenure_months"],
                                                                      tenure, side="right")]
    sleeping = np.where((late_prop > spec["sleeping_dog_late_share"])
                        & (tenure >= spec["sleeping_dog_tenure"]), spec["sleeping_dog_uplift"], 0.0)
    return base * age_factor * tenure_factor + sleeping


def campaign_months(months: int) -> list[int]:
    return [min(months - 1, int(round(spec["month"] / 24 * months))) for spec in P.CAMPAIGNS]


def _run_campaign(rng, k, spec, t, active, acc, plan, held, uplift, late_prop) -> dict:
    """Randomised test: eligible customers drawn into the list, half of them contacted."""
    consumer = np.array([P.SEGMENTS[s]["customer_type"] == "consumer"
                         for s in SEGMENT_NAMES])[acc["segment"][active]]
    if spec["offer"] in P.SERVICES:
        eligible = active[consumer & ~held[active, SERVICE_NAMES.index(spec["offer"])]]
    elif spec["offer"] in PLAN_IDS:
        eligible = active[consumer & (PLAN_FEE[plan[active]] < PLAN_FEE[
            PLAN_INDEX[spec["offer"]]])]
    else:
        eligible = active[acc["contract"][active] == 0]
    chosen = np.sort(eligible[rng.random(len(eligible)) < spec["eligible_share"]])
    treated = rng.random(len(chosen)) < 0.5
    segment = acc["segment"][chosen]
    base = segment_array("response_base", segment) * (1 + 2 * late_prop[chosen])
    p = np.clip(base + treated * uplift[chosen] * spec["uplift_scale"], 0, 1)
    responded = rng.random(len(chosen)) < p
    revenue = np.where(responded, spec["revenue_per_response"]
                       * rng.gamma(4.0, 0.25, len(chosen)), 0.0)
    return dict(campaign=np.full(len(chosen), k), customer=chosen, treated=treated,
                responded=responded, revenue=np.round(revenue, 2), month=t)


def _bill_rows(rng, t, idx, acc, plan, held, late_prop, segment) -> dict:
    lines = acc["lines"][idx]
    p = plan[idx]
    price_index = (1 - P.PRICE_EROSION_PER_MONTH) ** t
    extra_mean = segment_array("extra_charges", segment[idx]) * lines
    extra = rng.gamma(2.0, extra_mean / 2.0)
    amount = lines * PLAN_FEE[p] * price_index + held[idx] @ SERVICE_FEE + extra
    usage = np.exp(0.35 * rng.standard_normal(len(idx)) - 0.45)
    return dict(customer=idx.astype(np.int32), month=np.full(len(idx), t, dtype=np.int16),
                amount=np.round(amount, 2), data_gb=np.round(lines * PLAN_DATA[p] * usage, 3),
                voice_minutes=np.round(lines * PLAN_VOICE[p] * 0.5 * usage * rng.uniform(
                    0.6, 1.4, len(idx))).astype(np.int32),
                paid_late=rng.random(len(idx)) < late_prop[idx])


def expected_bill(t, acc, plan, held, segment) -> np.ndarray:
    """Expected bill of month index ``t`` with today's plan and services."""
    lines = acc["lines"]
    price_index = (1 - P.PRICE_EROSION_PER_MONTH) ** t
    return (lines * PLAN_FEE[plan] * price_index + held @ SERVICE_FEE
            + segment_array("extra_charges", segment) * lines)


def simulate_topups(rng, cal: Calendar, acc: dict, sim: dict) -> dict:
    """BG/NBD purchases with Gamma-Gamma spend, from each customer's birth to the window end.

    Birth (the first purchase) is the signup day, or a day in the first month of the window for
    the existing base (the add-on store opened then). After each repeat purchase the customer drops
    out with probability p; purchases stop at churn too.
    """
    n = len(acc["segment"])
    segment = acc["segment"]
    r, alpha = segment_array("topup", segment, "r"), segment_array("topup", segment, "alpha")
    a, b = segment_array("topup", segment, "a"), segment_array("topup", segment, "b")
    lam = rng.gamma(r, 1 / alpha)  # per month
    p = rng.beta(a, b)
    gp, gq, gg = (segment_array("spend", segment, key) for key in ("p", "q", "gamma"))
    nu = rng.gamma(gq, 1 / gg)

    birth = np.where(acc["new"], sim["signup_day"], rng.random(n) * cal.month_length[0])
    span = np.maximum(cal.end - birth, 0)
    potential = rng.poisson(lam * span / DAYS_PER_MONTH)
    drop_after = rng.geometric(p)  # index of the repeat purchase after which the customer leaves
    repeats = np.minimum(potential, drop_after)
    alive = drop_after > potential

    # The first m of C uniform order statistics on [0, span]: exponential spacings over a total
    # that adds a Gamma(C + 1 - m) remainder.
    owner = np.repeat(np.arange(n), repeats)
    gaps = rng.exponential(1.0, len(owner))
    offset = _group_cumsum(gaps, repeats)
    own_total = np.zeros(n)
    np.add.at(own_total, owner, gaps)
    remainder = rng.gamma(np.maximum(potential - repeats + 1, 1).astype(float))
    total = own_total + remainder
    times = birth[owner] + span[owner] * offset / total[owner]

    who = np.concatenate([np.arange(n), owner])
    when = np.concatenate([birth, times])
    keep = np.isnan(sim["churn_day"][who]) | (when <= sim["churn_day"][who])
    keep &= when < cal.end
    who, when = who[keep], when[keep]
    spend = rng.gamma(gp[who], 1 / nu[who])
    order = np.lexsort((when, who))
    return dict(customer=who[order], day=when[order], amount=np.round(spend[order], 2),
                lam=lam, p=p, alive=alive & ~sim["churned"], mean_spend=gp / nu)


def _group_cumsum(values: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Cumulative sum that restarts at each group of ``counts`` consecutive values."""
    if not len(values):
        return values
    cum = np.cumsum(values)
    ends = np.cumsum(counts)
    before = np.concatenate([[0.0], cum[ends[:-1] - 1]])
    before = np.where(np.concatenate([[0], ends[:-1]]) > 0, before, 0.0)
    return cum - np.repeat(before, counts)


def expected_clv(cal: Calendar, acc: dict, sim: dict, top: dict, held_end: np.ndarray) -> np.ndarray:
    """True expected discounted margin over the CLV horizon after the window.

    Service margin: expected bill x survival (1-θ)^k. Top-ups of a customer still alive in the
    BG/NBD sense: purchases leave at rate λp, so the expected purchases in month k are
    (e^{-λp(k-1)} - e^{-λp k}) / p, each worth the mean spend.
    """
    theta, lam, p = acc["theta"], top["lam"], top["p"]
    alive = ~sim["churned"]
    value = np.zeros(len(theta))
    for k in range(1, P.CLV_HORIZON_MONTHS + 1):
        survive = (1 - theta) ** (k - 1)  # bills of month k need k-1 more survived decisions
        discount = (1 + MONTHLY_DISCOUNT) ** -k
        bill = expected_bill(cal.months + k - 1, acc, sim["plan"], held_end, acc["segment"])
        purchases = np.where(top["alive"], (np.exp(-lam * p * (k - 1)) - np.exp(-lam * p * k))
                             / p, 0.0)
        value += discount * survive * (P.MARGIN_SERVICE * bill
                                       + P.MARGIN_TOPUP * purchases * top["mean_spend"])
    return np.where(alive, value, 0.0)
