"""The simulated telecom operator, with its ground truth.

>>> from crmlab import generate_telecom
>>> data = generate_telecom(n_customers=200, months=6, seed=1)
>>> len(data.customers)
200
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._validation import check_choice, check_int
from ..tables import TelecomData, apply_schema
from . import parameters
from ._calendar import Calendar
from ._contacts import simulate_contacts
from ._crm_raw import build_crm_raw
from ._identities import build_pools, draw_identities
from ._world import (CONTRACT_NAMES, PLAN_IDS, SEGMENT_NAMES, SERVICE_NAMES, campaign_months,
                     draw_accounts, expected_clv, simulate, simulate_topups)

__all__ = ["generate_telecom", "parameters"]


def generate_telecom(n_customers: int = 5000, months: int = 24, seed: int = 0,
                     locale: str = "en_US") -> TelecomData:
    """Simulate a telecom operator's customers and everything they do, with the planted truth.

    Contractual churn is shifted-beta-geometric per segment and contract, raised for three months
    after a complaint (much more when it is handled badly); top-ups and add-on purchases follow
    BG/NBD with Gamma-Gamma spend; a few business (集团) accounts carry a large share of revenue;
    campaigns are randomised with a known individual uplift. Every figure lives in
    :mod:`crmlab.synth.parameters`. Same arguments give identical tables, in any process.

    Parameters
    ----------
    n_customers : int, default 5000
        Number of accounts (customers active at the window start plus those who join in it).
    months : int, default 24
        Length of the observation window, starting 2024-01-01.
    seed : int, default 0
        Seed of every random draw.
    locale : {"en_US", "zh_CN"}, default "en_US"
        Language of names, addresses, cities, phone numbers, e-mails and company names (zh_CN:
        Chinese names, real provinces and cities, 11-digit China Telecom mobile numbers). Locale
        changes words, never numbers: with the same seed both locales give identical numbers,
        dates and categories in every table.

    Returns
    -------
    TelecomData
        The tables: customers, plans, services, subscriptions, bills, topups, interactions,
        complaints, surveys, campaigns, campaign_contacts, crm_raw, truth and raw_truth.

    Examples
    --------
    >>> data = generate_telecom(n_customers=300, months=12, seed=7, locale="zh_CN")
    >>> data.customers["phone"].str.len().eq(11).all()
    np.True_
    >>> sorted(data.customers["contract"].unique())
    ['month-to-month', 'one-year', 'two-year']
    """
    where = "generate_telecom"
    n = check_int(n_customers, "n_customers", minimum=1, where=where)
    months = check_int(months, "months", minimum=1, where=where)
    seed = check_int(seed, "seed", minimum=0, where=where)
    locale = check_choice(locale, "locale", parameters.LOCALES, where=where)

    # One generator per part of the world. Locale changes words, never numbers: the words of
    # zh_CN come from a generator of their own (the last), so every other stream is consumed
    # the same in both locales. (spawn(8)[:7] are the same children as spawn(7).)
    streams = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(8)]
    cal = Calendar(parameters.WINDOW_START, months)
    acc = draw_accounts(streams[0], n)
    is_business = np.array([parameters.SEGMENTS[s]["customer_type"] == "business"
                            for s in SEGMENT_NAMES])[acc["segment"]]
    pools = build_pools(locale, seed)
    people = draw_identities(streams[1], pools, locale, is_business,
                             pd.Timestamp(parameters.WINDOW_START), local_rng=streams[7])
    age_years = ((np.datetime64(parameters.WINDOW_START) - people["birth_date"].to_numpy())
                 .astype("timedelta64[D]").astype(float) / 365.25)
    acc["age_years"] = age_years
    sim = simulate(streams[2], cal, acc, age_years)
    sim["acquisition_channel"] = people["acquisition_channel"].to_numpy()
    top = simulate_topups(streams[3], cal, acc, sim)
    contacts = simulate_contacts(streams[4], cal, acc, sim)

    # Each table takes its final form at once, and what built it is let go: a million
    # customers fit in a few GB only this way.
    tables = {}

    def put(name, frame):
        tables[name] = apply_schema(name, frame)

    put("customers", _customers(cal, acc, sim, people, is_business))
    del people
    crm_raw, raw_truth = build_crm_raw(streams[5], cal, tables["customers"], sim["churn_day"],
                                       sim["signup_day"], locale)
    put("crm_raw", crm_raw)
    put("raw_truth", raw_truth)
    del crm_raw, raw_truth
    for name in ("interactions", "complaints", "surveys"):
        put(name, contacts.pop(name))
    put("bills", _bills(cal, sim.pop("bills")))
    put("topups", _topups(cal, top))
    put("subscriptions", _subscriptions(cal, sim, n))
    put("plans", _plans())
    put("services", pd.DataFrame({
        "service": SERVICE_NAMES,
        "name_zh": [parameters.SERVICES[s]["label_zh"] for s in SERVICE_NAMES],
        "monthly_fee": [parameters.SERVICES[s]["monthly_fee"] for s in SERVICE_NAMES]}))
    put("campaigns", _campaigns(cal))
    put("campaign_contacts", _campaign_contacts(sim))
    put("truth", pd.DataFrame({
        "customer_id": np.arange(1, n + 1),
        "segment": pd.Categorical.from_codes(acc["segment"], SEGMENT_NAMES),
        "churn_prob": acc["theta"],
        "topup_rate": top["lam"],
        "dropout_prob": top["p"],
        "topup_active": top["alive"],
        "mean_spend": top["mean_spend"],
        "expected_clv": np.round(expected_clv(cal, acc, sim, top, _held_at_end(sim, n)), 2),
        "uplift": sim["uplift"],
    }))
    return TelecomData(**{name: tables[name] for name in TelecomData.__dataclass_fields__})


def _customers(cal, acc, sim, people, is_business) -> pd.DataFrame:
    frame = pd.DataFrame({"customer_id": np.arange(1, len(is_business) + 1)})
    frame = frame.join(people)
    frame["customer_type"] = np.where(is_business, "business", "consumer")
    frame["lines"] = acc["lines"]
    frame["signup_date"] = cal.to_datetime(sim["signup_day"], "D")
    frame["contract"] = CONTRACT_NAMES[acc["contract"]]
    frame["plan_id"] = PLAN_IDS[sim["plan"]]
    frame["churn_date"] = cal.to_datetime(sim["churn_day"], "D")
    return frame


def _plans() -> pd.DataFrame:
    return pd.DataFrame(parameters.PLANS, columns=["plan_id", "name", "monthly_fee", "data_gb",
                                                   "voice_minutes", "kind", "tier"])


def _held_at_end(sim, n) -> np.ndarray:
    customer, service, _start, end = sim["services"]
    held = np.zeros((n, len(SERVICE_NAMES)), dtype=bool)
    open_spell = np.isnan(end)
    held[customer[open_spell], service[open_spell]] = True
    return held


def _subscriptions(cal, sim, n) -> pd.DataFrame:
    """The mobile service itself (signup → churn) and every spell of a value-added service."""
    customer, service, start, end = sim["services"]
    mobile = pd.DataFrame({"customer_id": np.arange(1, n + 1), "service": "mobile",
                           "start": cal.to_datetime(sim["signup_day"], "D"),
                           "end": cal.to_datetime(sim["churn_day"], "D")})
    extra = pd.DataFrame({"customer_id": customer + 1,
                          "service": np.array(SERVICE_NAMES)[service],
                          "start": cal.to_datetime(start, "D"),
                          "end": cal.to_datetime(end, "D")})
    return (pd.concat([mobile, extra], ignore_index=True)
            .sort_values(["customer_id", "start", "service"], kind="stable")
            .reset_index(drop=True))


def _bills(cal, bills) -> pd.DataFrame:
    """One row per customer and month, month by month (as a billing run writes them)."""
    return pd.DataFrame({"customer_id": bills["customer"].astype(np.int64) + 1,
                         "month": cal.month_dates(bills["month"]),
                         "amount": bills["amount"], "data_gb": bills["data_gb"],
                         "voice_minutes": bills["voice_minutes"].astype(np.int64),
                         "paid_late": bills["paid_late"]})


def _topups(cal, top) -> pd.DataFrame:
    bounds = np.array([b for b, _ in parameters.TOPUP_PRODUCTS])
    names = np.array([name for _, name in parameters.TOPUP_PRODUCTS])
    return pd.DataFrame({"customer_id": top["customer"] + 1,
                         "date": cal.to_datetime(top["day"], "D"),
                         "amount": top["amount"],
                         "product": names[np.searchsorted(bounds, top["amount"])]})


def _campaigns(cal) -> pd.DataFrame:
    frame = pd.DataFrame(parameters.CAMPAIGNS)
    frame["start"] = cal.month_dates(np.array(campaign_months(cal.months)))
    return frame


def _campaign_contacts(sim) -> pd.DataFrame:
    ids = np.array([spec["campaign_id"] for spec in parameters.CAMPAIGNS])
    parts = sim["campaigns"]
    if not parts:
        return pd.DataFrame({"campaign_id": [], "customer_id": [], "treated": [],
                             "responded": [], "revenue_90d": []})
    return pd.DataFrame({
        "campaign_id": ids[np.concatenate([p["campaign"] for p in parts])],
        "customer_id": np.concatenate([p["customer"] for p in parts]) + 1,
        "treated": np.concatenate([p["treated"] for p in parts]),
        "responded": np.concatenate([p["responded"] for p in parts]),
        "revenue_90d": np.concatenate([p["revenue"] for p in parts]),
    })
