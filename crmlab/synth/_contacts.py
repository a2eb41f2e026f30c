"""Contacts: the contact centre's interactions, complaints handled in four steps, and surveys."""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import parameters as P
from ._calendar import Calendar
from ._world import SEGMENT_NAMES, segment_array

CHANNEL_NAMES = np.array(list(P.CHANNELS))
WEEKDAY_WEIGHT = np.array(P.WEEKDAY_WEIGHT)
_OFFICE, _ONLINE = np.array(P.HOURS_OFFICE, dtype=float), np.array(P.HOURS_ONLINE, dtype=float)
HOUR_PROFILE = {"phone": _OFFICE, "IVR": _ONLINE, "app": _ONLINE, "web": _ONLINE,
                "store": np.where(_OFFICE > 0, _OFFICE + 0.5, 0), "e-mail": _ONLINE,
                "social/WeChat": _ONLINE}
REASONS = list(P.CONTACT_REASONS) + ["pre-sales enquiry", "new contract", "complaint",
                                      "cancellation"]
PRE_SALES, NEW_CONTRACT, COMPLAINT, CANCELLATION = range(len(P.CONTACT_REASONS), len(REASONS))
TECHNICAL_FAULT = REASONS.index("technical fault")
SIGNUP_CHANNEL = {"store": "store", "web": "web", "app": "app", "telesales": "phone",
                  "dealer": "store", "direct sales": "phone", "partner": "store"}


def _channel_probabilities() -> np.ndarray:
    """Segment × channel probabilities of an ordinary contact."""
    share = np.array([P.CHANNELS[c]["share"] for c in CHANNEL_NAMES])
    rows = []
    for seg in SEGMENT_NAMES:
        pref = P.CHANNEL_PREFERENCE.get(seg, {})
        w = share * np.array([pref.get(c, 1.0) for c in CHANNEL_NAMES])
        rows.append(w / w.sum())
    return np.array(rows)


def _pick_by_row(rng, probabilities: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """One draw per element of ``rows`` from the categorical distribution in that row."""
    out = np.empty(len(rows), dtype=np.int8)
    for row in range(len(probabilities)):
        members = np.flatnonzero(rows == row)
        out[members] = rng.choice(probabilities.shape[1], size=len(members), p=probabilities[row])
    return out


def _timestamp(rng, cal: Calendar, month: np.ndarray, channel: np.ndarray) -> np.ndarray:
    """A day in the month (weekdays busier than Sundays) and an hour by the channel's profile."""
    day = np.floor(cal.random_day_in(rng, month))
    weekday = (day.astype(np.int64) + int(cal.start.astype("datetime64[D]").view("int64") + 3)) % 7
    todo = rng.random(len(day)) > WEEKDAY_WEIGHT[weekday] / WEEKDAY_WEIGHT.max()
    while todo.any():
        redraw = np.floor(cal.random_day_in(rng, month[todo]))
        day[todo] = redraw
        weekday = (redraw.astype(np.int64) + int(cal.start.astype("datetime64[D]").view("int64")
                                                 + 3)) % 7
        again = rng.random(len(redraw)) > WEEKDAY_WEIGHT[weekday] / WEEKDAY_WEIGHT.max()
        todo[np.flatnonzero(todo)] = again
    return day + _time_of_day(rng, channel)


def _time_of_day(rng, channel: np.ndarray) -> np.ndarray:
    """Fraction of the day: an hour drawn from the channel's profile, then minutes and seconds."""
    hour = np.empty(len(channel))
    for c, name in enumerate(CHANNEL_NAMES):
        members = np.flatnonzero(channel == c)
        profile = HOUR_PROFILE[name]
        hour[members] = rng.choice(24, size=len(members), p=profile / profile.sum())
    return (hour + rng.random(len(channel))) / 24


def _on_day(rng, days: np.ndarray, channel: np.ndarray) -> np.ndarray:
    """Keep the day of each event, at a time of day its channel is open."""
    return np.floor(days) + _time_of_day(rng, channel)


def simulate_contacts(rng, cal: Calendar, acc: dict, sim: dict) -> dict[str, pd.DataFrame]:
    """Interactions (ordinary, pre-sales, complaints, cancellations), complaints and surveys."""
    segment = acc["segment"]
    bills = sim["bills"]

    # ordinary contacts of active customer-months
    rate = segment_array("contact_rate", segment) * np.sqrt(acc["lines"])
    count = rng.poisson(rate[bills["customer"]])
    customer = np.repeat(bills["customer"], count)
    month = np.repeat(bills["month"], count)
    reason_p = np.array(list(P.CONTACT_REASONS.values()))
    reason = rng.choice(len(reason_p), size=len(customer), p=reason_p / reason_p.sum()).astype(np.int8)

    # pre-sales enquiries of customers who joined in the window, and the signup itself
    joined = np.flatnonzero(acc["new"])
    n_enquiries = rng.integers(0, 3, len(joined))
    pre_customer = np.repeat(joined, n_enquiries)
    pre_day = sim["signup_day"][pre_customer] - rng.uniform(1, 30, len(pre_customer))
    inside = pre_day >= 0
    pre_customer, pre_day = pre_customer[inside], pre_day[inside]

    # complaints and cancellations
    c_customer, c_month, c_good = sim["complaints"]
    churners = np.flatnonzero(sim["churned"])
    cancel = churners[rng.random(len(churners)) < P.CANCELLATION_CONTACT_SHARE]

    channel_p = _channel_probabilities()
    ordinary_channel = _pick_by_row(rng, channel_p, segment[customer])
    ordinary_time = _timestamp(rng, cal, month, ordinary_channel)
    complaint_channel = np.where(rng.random(len(c_customer)) < P.COMPLAINTS_BY_PHONE, 0,
                                 _pick_by_row(rng, channel_p, segment[c_customer]))
    complaint_time = _timestamp(rng, cal, c_month, complaint_channel)
    web_app = np.array([list(CHANNEL_NAMES).index("web"), list(CHANNEL_NAMES).index("app")])
    pre_channel = web_app[rng.integers(0, 2, len(pre_customer))]
    signup_channel = pd.Series(sim["acquisition_channel"][joined]).map(
        {k: list(CHANNEL_NAMES).index(v) for k, v in SIGNUP_CHANNEL.items()}).to_numpy(np.int64)
    cancel_channel = np.where(rng.random(len(cancel)) < 0.5, 0, list(CHANNEL_NAMES).index("store"))

    parts = [
        (customer, ordinary_time, ordinary_channel, reason),
        (pre_customer, _on_day(rng, pre_day, pre_channel), pre_channel,
         np.full(len(pre_customer), PRE_SALES, np.int8)),
        (joined, _on_day(rng, sim["signup_day"][joined], signup_channel), signup_channel,
         np.full(len(joined), NEW_CONTRACT, np.int8)),
        (c_customer, complaint_time, complaint_channel, np.full(len(c_customer), COMPLAINT, np.int8)),
        (cancel, _on_day(rng, sim["churn_day"][cancel], cancel_channel), cancel_channel,
         np.full(len(cancel), CANCELLATION, np.int8)),
    ]
    who = np.concatenate([p[0] for p in parts])
    when = np.concatenate([p[1] for p in parts])
    channel = np.concatenate([p[2] for p in parts])
    why = np.concatenate([p[3] for p in parts])
    # the complaint contacts keep their complaint's position so complaints can point to them
    complaint_pos = np.arange(len(c_customer)) + sum(len(p[0]) for p in parts[:3])
    order = np.argsort(when, kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))

    n = len(who)
    median = np.array([P.CHANNELS[c]["median_s"] for c in CHANNEL_NAMES])[channel]
    is_complaint = why == COMPLAINT
    duration = median * np.exp(0.6 * rng.standard_normal(n)) * np.where(is_complaint, 1.8, 1.0)
    fcr_p = np.array([P.CHANNELS[c]["fcr"] for c in CHANNEL_NAMES])[channel]
    fcr_p = np.where(is_complaint, fcr_p * 0.6, np.where(why == TECHNICAL_FAULT, fcr_p * 0.85,
                                                         np.minimum(fcr_p * 1.08, 0.97)))
    resolved = rng.random(n) < fcr_p

    phone = channel == 0
    hour = np.floor((when % 1) * 24)
    peak = np.isin(hour, [10, 11, 14, 15, 16])
    mean_wait = np.where(peak, P.PHONE_QUEUE["mean_wait_s_peak"], P.PHONE_QUEUE["mean_wait_s_quiet"])
    wait = rng.exponential(mean_wait)
    patience = rng.exponential(P.PHONE_QUEUE["mean_patience_s"], n)
    abandoned = phone & (wait > patience) & ~is_complaint
    wait = np.where(abandoned, patience, wait)
    duration = np.where(abandoned, 0.0, duration)
    resolved &= ~abandoned

    surveyed = (rng.random(n) < np.array([P.CHANNELS[c]["csat_rate"] for c in CHANNEL_NAMES])[
        channel]) & ~abandoned
    score = 3.7 + 0.9 * resolved - 0.5 * ~resolved - 0.004 * np.where(phone, wait, 0) \
        - 0.4 * is_complaint + 0.8 * rng.standard_normal(n)
    csat = np.where(surveyed, np.clip(np.round(score), 1, 5), np.nan)

    interactions = pd.DataFrame({
        "interaction_id": rank + 1,
        "customer_id": who + 1,
        "timestamp": cal.to_datetime(when),
        "channel": pd.Categorical.from_codes(channel, CHANNEL_NAMES),
        "reason": pd.Categorical.from_codes(why, REASONS),
        "duration_s": np.round(duration),
        "wait_s": np.where(phone, np.round(wait), np.nan),
        "abandoned": abandoned,
        "resolved_first_contact": resolved,
        "csat": csat,
    }).iloc[order].reset_index(drop=True)

    complaints = _complaints(rng, cal, c_customer, c_good, complaint_time, rank[complaint_pos] + 1)
    surveys = _surveys(rng, cal, acc, sim)
    return dict(interactions=interactions, complaints=complaints, surveys=surveys)


def _complaints(rng, cal, customer, good, opened, interaction_id) -> pd.DataFrame:
    """The four steps: vent (opened) → record and judge → remedy → follow up, then close."""
    spec = P.COMPLAINTS
    n = len(customer)
    categories = np.array(list(spec["categories"]))
    cat_p = np.array(list(spec["categories"].values()))
    severities = np.array(list(spec["severity"]))
    sev_p = np.array(list(spec["severity"].values()))
    category = rng.choice(len(categories), size=n, p=cat_p / cat_p.sum())
    severity = rng.choice(len(severities), size=n, p=sev_p / sev_p.sum())

    hours = 1 / 24
    recorded = opened + np.where(good, rng.exponential(2 * hours, n), rng.exponential(30 * hours, n))
    remedy_days = rng.gamma(2.0, np.where(good, spec["remedy_mean_days_good"],
                                          spec["remedy_mean_days_poor"]) / 2, n) * (1 + severity)
    remedied = recorded + remedy_days
    follow = rng.random(n) < np.where(good, spec["followup_prob_good"], spec["followup_prob_poor"])
    followed_up = np.where(follow, remedied + rng.uniform(1, 4, n), np.nan)
    closed = np.where(follow, followed_up, remedied) + rng.uniform(0, 0.5, n)
    reopened = rng.random(n) < np.where(good, spec["reopen_prob_good"], spec["reopen_prob_poor"])
    base = np.array(spec["compensation_by_severity"])[severity]
    compensation = np.where(rng.random(n) < np.where(good, spec["compensation_prob_good"],
                                                     spec["compensation_prob_poor"]),
                            np.round(base * rng.gamma(3.0, 1 / 3.0, n), 2), 0.0)

    def within(days):
        return np.where(days < cal.end, days, np.nan)

    frame = pd.DataFrame({
        "customer_id": customer + 1,
        "interaction_id": interaction_id,
        "opened": cal.to_datetime(opened),
        "recorded": cal.to_datetime(within(recorded)),
        "remedied": cal.to_datetime(within(remedied)),
        "followed_up": cal.to_datetime(within(followed_up)),
        "closed": cal.to_datetime(within(closed)),
        "category": categories[category],
        "severity": severities[severity],
        "status": np.where(closed < cal.end, "closed", "open"),
        "reopened": reopened & (closed < cal.end),
        "compensation": compensation,
    }).sort_values("opened", kind="stable").reset_index(drop=True)
    frame.insert(0, "complaint_id", np.arange(1, n + 1))
    return frame


def _surveys(rng, cal: Calendar, acc: dict, sim: dict) -> pd.DataFrame:
    """Quarterly NPS/CSAT surveys of a sample of active customers.

    Satisfaction falls with the customer's churn propensity and after a complaint (much more when
    it was handled badly), so NPS and CSAT predict churn: the satisfaction → loyalty chain.
    """
    spec = P.SURVEYS
    bills = sim["bills"]
    quarter_months = np.flatnonzero(np.arange(cal.months) % 3 == 1)
    rows = np.flatnonzero(np.isin(bills["month"], quarter_months))
    rows = rows[rng.random(len(rows)) < spec["quarterly_sample"]]
    customer, month = bills["customer"][rows], bills["month"][rows]
    day = cal.random_day_in(rng, month)
    if not len(customer):
        return pd.DataFrame({"customer_id": [], "date": [], "nps_score": [], "csat": []})

    theta = acc["theta"]
    z = -np.log(theta / (1 - theta))
    z = (z - np.median(z)) / (np.std(z) + 1e-9)
    penalty = _complaint_penalty(customer, month, *sim["complaints"], cal.months)
    latent = spec["nps_centre"] + spec["nps_spread"] * (0.7 * z[customer]
                                                          + 0.7 * rng.standard_normal(len(customer)))
    nps_score = np.clip(np.round(latent - penalty), 0, 10).astype(np.int64)
    csat = np.clip(np.round(1.2 + nps_score / 2.6 + 0.6 * rng.standard_normal(len(customer))),
                   1, 5).astype(np.int64)
    frame = pd.DataFrame({"customer_id": customer + 1, "date": cal.to_datetime(day, "D"),
                          "nps_score": nps_score, "csat": csat})
    return frame.sort_values(["date", "customer_id"], kind="stable").reset_index(drop=True)


def _complaint_penalty(customer, month, c_customer, c_month, c_good, months) -> np.ndarray:
    """Points of NPS lost to a complaint in the survey's month or the two before it."""
    span = months + 3
    code = c_customer.astype(np.int64) * span + c_month
    # a month with a badly handled complaint counts as bad
    poor = pd.Series(~c_good).groupby(code).max()
    penalty = np.zeros(len(customer))
    for back in range(P.COMPLAINTS["months_of_effect"]):
        lookup = customer.astype(np.int64) * span + (month - back)
        found = poor.reindex(lookup)
        hit = found.notna().to_numpy()
        worse = np.where(found.fillna(False).to_numpy(dtype=bool),
                         P.COMPLAINTS["nps_penalty_poor"], P.COMPLAINTS["nps_penalty_good"])
        penalty = np.maximum(penalty, np.where(hit, worse, 0.0))
    return penalty
