"""The bad-input sweep: every public function and method, given wrong types, empty and one-row
frames, missing columns, NaN / inf / negative values, out-of-range shares, duplicated ids and bad
dates, must refuse with a crmlab ValueError / TypeError that names it — never a raw library
traceback, never an impossible result, never a hang — and must leave its inputs as they were.

The list of public functions is built by introspection of the modules, so a new public function
(or a new parameter) without a valid call in ``VALID`` makes ``test_every_public_function_is_swept``
fail.
"""

from __future__ import annotations

import contextlib
import copy
import importlib
import inspect
import math
import signal
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmlab import generate_telecom
from crmlab.clv import (BetaGeoModel, ConvergenceError, GammaGammaModel, ShiftedBetaGeometric,
                        summarize_transactions)
from crmlab.tables import TelecomData

MODULES = ["crmlab.identify", "crmlab.differentiate", "crmlab.clv", "crmlab.interact",
           "crmlab.customize", "crmlab.strategy", "crmlab.tables", "crmlab.datasets",
           "crmlab.cases.key_accounts", "crmlab.synth"]
#: Public names that take no data at all: swept with the arguments they have, or not at all.
NO_INPUT = {"crmlab.datasets.load_telecom", "crmlab.datasets.data_dictionary",
            "crmlab.datasets.write_telecom", "crmlab.tables.TelecomData.tables"}
SECONDS_PER_CALL = 5
SWEEP = {"calls": 0, "outcomes": {}}


def public_callables() -> dict[str, object]:
    """'module.name' (and 'module.Class.method') of every public function and method."""
    found = {}
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        names = getattr(module, "__all__", None) if module_name == "crmlab.synth" else None
        for name, obj in vars(module).items():
            if name.startswith("_") or (names is not None and name not in names):
                continue
            if getattr(obj, "__module__", None) != module_name and names is None:
                continue
            if inspect.isfunction(obj):
                found[f"{module_name}.{name}"] = obj
            elif inspect.isclass(obj) and not issubclass(obj, BaseException):
                for method, member in vars(obj).items():
                    if method.startswith("_") or not callable(getattr(obj, method)):
                        continue
                    if isinstance(member, property):
                        continue
                    found[f"{module_name}.{name}.{method}"] = getattr(obj, method)
    return found


# ------------------------------------------------------------------ the valid call of each


def _world():
    return generate_telecom(n_customers=600, months=24, seed=5)


WORLD = _world()
PRISTINE = copy.deepcopy(WORLD)
LOG = pd.DataFrame({"customer_id": [1, 1, 1, 2, 3, 3],
                    "date": pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-05", "2024-02-10",
                                            "2024-01-15", "2024-03-20"]),
                    "amount": [20.0, 30.0, 10.0, 500.0, 10.0, 12.0]})
SURVIVORS = [1000, 631, 468, 382, 326, 289, 262, 241]
CDNOW_LIKE = pd.DataFrame({"frequency": [0, 2, 5, 1, 0, 3, 7, 1, 0, 4] * 30,
                           "recency": [0.0, 20.0, 35.0, 5.0, 0.0, 30.0, 37.0, 12.0, 0.0, 25.0] * 30,
                           "T": [39.0, 38.0, 38.5, 36.0, 30.0, 39.0, 38.0, 35.0, 33.0, 37.0] * 30,
                           "monetary_value": [0, 25.0, 40.0, 15.0, 0, 30.0, 22.0, 60.0, 0, 35.0] * 30})
CDNOW = __import__("crmlab.datasets").datasets.load_cdnow("summary")
BUYERS = CDNOW[CDNOW["frequency"] > 0]
SBG = ShiftedBetaGeometric().fit(SURVIVORS)
BG = BetaGeoModel().fit(CDNOW["frequency"], CDNOW["recency"], CDNOW["T"])
GG = GammaGammaModel().fit(BUYERS["frequency"], BUYERS["monetary_value"])
VALUES = pd.Series([50.0, 30.0, 10.0, 5.0, 5.0, 0.0], index=list("abcdef"))


def _fixtures():
    from crmlab import cases, customize, differentiate, identify, interact
    from crmlab.cases import key_accounts as ka

    w = WORLD
    raw = w.crm_raw.head(60).reset_index(drop=True)
    clean = identify.standardize_contacts(raw)
    rfm = differentiate.rfm_table(LOG, as_of="2024-04-01", bins=3)
    scores5 = pd.DataFrame({"R": [5, 1, 5, 2], "F": [5, 5, 1, 1], "M": [5, 4, 1, 2]})
    rules = customize.cross_sell_rules(w.subscriptions, min_support=0.02, min_confidence=0.1)
    chosen = w.campaign_contacts[w.campaign_contacts["campaign_id"] == "C01"]["customer_id"]
    scores = pd.Series(np.linspace(-0.1, 0.2, len(chosen)), index=chosen.to_numpy())
    results = customize.campaign_results(w, "C01")
    accounts = ka.find_key_accounts(w)
    key = accounts[accounts["is_key"]]
    types = ka.classify_key_accounts(w, accounts)
    indicators = ka.account_indicators(w, key)
    scores_ = ka.score_accounts(indicators)
    regions = ka.chinese_regions(w)
    evaluation = ka.evaluate_key_accounts(w, key)
    features = ka.defection_features(w, key.index, "2025-06-01")
    _, model = ka.defection_drivers(w, w.customers["customer_id"], "2024-07-01")
    risk = pd.Series(np.linspace(0.05, 0.9, len(key)), index=key.index)
    value = key["revenue"] * 1.8
    customer = int(w.customers["customer_id"].iloc[0])
    phone = w.interactions[w.interactions["channel"] == "phone"].sort_values("timestamp")
    journey = w.interactions[w.interactions["customer_id"] == customer].sort_values("timestamp")
    summary = summarize_transactions(LOG, freq="W", observation_end="2024-04-01")
    pilot = __import__("crmlab.synth").synth.simulate_routing_pilot(w, seed=0).head(60)
    needs = customize.needs_profile(w).head(50)
    del cases, interact
    ka_scores = scores_
    return locals()


F = _fixtures()
ID = "crmlab.identify."
DI = "crmlab.differentiate."
CL = "crmlab.clv."
IN = "crmlab.interact."
CU = "crmlab.customize."
ST = "crmlab.strategy."
KA = "crmlab.cases.key_accounts."


def _fit(model):
    """A fresh model per call, so the sweep never leaks a fitted state from one call to the next."""
    def call(**kwargs):
        return model().fit(**kwargs) if "survivors" in kwargs or "frequency" in kwargs \
            else model().fit_tenures(**kwargs)
    return call


#: name → (callable, keyword arguments of one valid call). ``None`` callable: the public object.
VALID = {
    ID + "normalize_phone": (None, dict(phones=F["raw"]["phone"], country="US")),
    ID + "city_key": (None, dict(cities=F["raw"]["city"])),
    ID + "normalize_birth_date": (None, dict(text=F["raw"]["birth_date"])),
    ID + "standardize_contacts": (None, dict(raw=F["raw"])),
    ID + "standardize_report": (None, dict(raw=F["raw"], clean=F["clean"])),
    ID + "name_similarity": (None, dict(a="jimmybell", b="jimmbell")),
    ID + "resolve_identities": (None, dict(raw=F["raw"], name_threshold=0.5,
                                           strict_name_threshold=0.85, max_block=30)),
    ID + "match_quality": (None, dict(predicted=pd.Series([1, 1, 2, 3], index=[10, 11, 12, 13]),
                                      truth=pd.Series([7, 7, 7, 8], index=[10, 11, 12, 13]))),
    ID + "mask_pii": (None, dict(frame=F["raw"][["name", "phone", "email"]], columns=None)),
    ID + "pseudonymize": (None, dict(ids=[1, 2, 3], salt="course")),
    ID + "master_file": (None, dict(data=WORLD, cost_per_contact=None)),
    ID + "information_completeness": (None, dict(frame=F["raw"],
                                                 info_types={"basic": ["name", "phone"]})),
    ID + "lifecycle_stage": (None, dict(data=WORLD, as_of="2025-06-01")),
    ID + "lifecycle_over_time": (None, dict(data=WORLD, dates=["2025-01-01", "2025-06-01"])),
    ID + "relationship_state": (None, dict(data=WORLD, as_of="2025-06-01")),

    DI + "pareto_table": (None, dict(values=VALUES)),
    DI + "share_of_top": (None, dict(values=VALUES, fraction=0.2)),
    DI + "gini": (None, dict(values=VALUES)),
    DI + "lorenz_points": (None, dict(values=VALUES)),
    DI + "abc_classes": (None, dict(values=VALUES, cutoffs=(0.8, 0.95))),
    DI + "rfm_table": (None, dict(transactions=LOG, as_of="2024-04-01", customer_col="customer_id",
                                  date_col="date", amount_col="amount", bins=3)),
    DI + "rfm_segments": (None, dict(rfm=F["scores5"], rules=None)),
    DI + "customer_pyramid": (None, dict(value=VALUES, potential=VALUES[::-1].set_axis(VALUES.index),
                                         mvc_share=0.5, mgc_share=0.3)),
    DI + "net_value_per_year": (None, dict(margin=VALUES, cost_to_serve=VALUES / 2,
                                           months_active=VALUES * 0 + 12, acquisition_cost=10.0,
                                           payback_months=36)),
    DI + "wallet_potential": (None, dict(value=VALUES,
                                         peers=pd.Series(list("xxxyyy"), index=VALUES.index),
                                         quantile=0.9)),
    DI + "arpa": (None, dict(bills=WORLD.bills, by="month", customer_col="customer_id",
                             amount_col="amount")),
    DI + "arpu": (None, dict(bills=WORLD.bills, users=WORLD.customers.set_index("customer_id")["lines"],
                             by="month", customer_col="customer_id", amount_col="amount")),
    DI + "key_customer_groups": (None, dict(indicators=pd.DataFrame({"a": [1.0, 2, 3],
                                                                     "b": [3.0, 1, 2]}),
                                            groups={"attractiveness": {"a": 1},
                                                    "relationship": {"b": 1}},
                                            group_weights=None)),
    DI + "key_customer_score": (None, dict(indicators=pd.DataFrame({"a": [1.0, 2, 3],
                                                                    "b": [3.0, 1, 2]}),
                                           weights={"a": 2, "b": 1})),
    DI + "levels": (None, dict(values=VALUES, cuts=(1 / 3, 2 / 3))),
    DI + "portfolio_strategy": (None, dict(attractiveness_level=pd.Series(["low", "high"]),
                                           relationship_level=pd.Series(["low", "medium"]))),
    DI + "kmeans_segments": (None, dict(features=pd.DataFrame({"x": [1, 2, 1, 50, 52, 49.0],
                                                               "y": [9, 8, 9, 1, 2, 1.0]}),
                                        k=2, seed=0)),
    DI + "rfm_grid": (None, dict(rfm=F["rfm"], value="monetary", agg="mean")),
    DI + "portfolio_table": (None, dict(attractiveness_level=pd.Series(["low", "high"]),
                                        relationship_level=pd.Series(["low", "medium"]))),

    CL + "summarize_transactions": (None, dict(transactions=LOG, customer_col="customer_id",
                                               date_col="date", amount_col="amount", freq="W",
                                               observation_end="2024-04-01")),
    CL + "historical_clv": (None, dict(transactions=LOG, as_of="2024-04-01",
                                       customer_col="customer_id", date_col="date",
                                       amount_col="amount", margin=0.5, annual_rate=0.1)),
    CL + "simple_clv": (None, dict(margin=100, retention=0.8, discount_rate=0.1, horizon=3)),
    CL + "ShiftedBetaGeometric.fit": (_fit(ShiftedBetaGeometric), dict(survivors=SURVIVORS)),
    CL + "ShiftedBetaGeometric.fit_tenures": (_fit(ShiftedBetaGeometric),
                                              dict(tenure=[1, 2, 3, 3, 5, 8] * 20,
                                                   churned=[True, True, False, True, False,
                                                            False] * 20)),
    CL + "ShiftedBetaGeometric.churn_probability": (SBG.churn_probability, dict(t=[1, 2, 3])),
    CL + "ShiftedBetaGeometric.survival": (SBG.survival, dict(t=[0, 1, 2])),
    CL + "ShiftedBetaGeometric.retention_rate": (SBG.retention_rate, dict(t=[1, 2, 3])),
    CL + "ShiftedBetaGeometric.expected_lifetime": (SBG.expected_lifetime, dict()),
    CL + "ShiftedBetaGeometric.discounted_expected_residual_lifetime": (
        SBG.discounted_expected_residual_lifetime, dict(discount_rate=0.1, tenure=2, horizon=None)),
    CL + "BetaGeoModel.fit": (_fit(BetaGeoModel), dict(frequency=CDNOW_LIKE["frequency"],
                                                       recency=CDNOW_LIKE["recency"],
                                                       T=CDNOW_LIKE["T"])),
    CL + "BetaGeoModel.prob_alive": (BG.prob_alive, dict(frequency=2, recency=20.0, T=38.0)),
    CL + "BetaGeoModel.expected_purchases": (BG.expected_purchases,
                                             dict(t=10, frequency=2, recency=20.0, T=38.0)),
    CL + "BetaGeoModel.expected_purchases_new": (BG.expected_purchases_new, dict(t=10)),
    CL + "GammaGammaModel.fit": (_fit(GammaGammaModel), dict(frequency=BUYERS["frequency"],
                                                             monetary_value=BUYERS["monetary_value"])),
    CL + "GammaGammaModel.expected_spend": (GG.expected_spend, dict(frequency=2,
                                                                    monetary_value=30.0)),
    CL + "expected_clv": (None, dict(bg_model=BG, gg_model=GG, summary=CDNOW_LIKE.head(20),
                                     horizon_months=6, discount_rate=0.1, margin=0.3, freq="W")),

    IN + "channel_mix": (None, dict(interactions=WORLD.interactions.head(300), by=None)),
    IN + "contact_kpis": (None, dict(interactions=F["phone"].head(300), interval="30min",
                                     answer_within_s=20.0)),
    IN + "arrival_profile": (None, dict(interactions=F["phone"].head(300), interval="1h")),
    IN + "erlang_b": (None, dict(traffic_erlangs=10, agents=14)),
    IN + "erlang_c": (None, dict(traffic_erlangs=10, agents=14)),
    IN + "service_level": (None, dict(calls=100, interval_s=1800, aht_s=180, agents=14,
                                      answer_within_s=20.0)),
    IN + "average_speed_of_answer": (None, dict(calls=100, interval_s=1800, aht_s=180, agents=14)),
    IN + "agents_required": (None, dict(calls=100, interval_s=1800, aht_s=180,
                                        target_service_level=0.8, answer_within_s=20.0,
                                        max_occupancy=None)),
    IN + "staffing_table": (None, dict(arrivals_by_interval=pd.Series([0.0, 100.0, 40.0]),
                                       interval_s=1800, aht_s=180, target_service_level=0.8,
                                       answer_within_s=20.0, max_occupancy=None)),
    IN + "complaint_funnel": (None, dict(complaints=WORLD.complaints)),
    IN + "complaint_summary": (None, dict(complaints=WORLD.complaints)),
    IN + "handled_well": (None, dict(complaints=WORLD.complaints, max_days=7.0)),
    IN + "complaint_effect_on_churn": (None, dict(data=WORLD, days=90, max_days_to_close=7.0)),
    IN + "nps": (None, dict(scores=[10, 9, 8, 7, 6, 0])),
    IN + "nps_group": (None, dict(scores=pd.Series([3, 7, 10]))),
    IN + "satisfaction_loyalty": (None, dict(data=WORLD, days=180)),
    IN + "customer_journey": (None, dict(data=WORLD, customer_id=F["customer"])),
    IN + "journey_stages": (None, dict(contacts=F["journey"], signup_date="2023-01-01")),
    IN + "buying_steps": (None, dict(data=WORLD)),
    IN + "channel_taxonomy": (None, dict(data=WORLD)),
    IN + "repeat_contacts": (None, dict(interactions=WORLD.interactions.head(300), days=7.0)),
    IN + "abandonment_rate": (None, dict(calls=100, interval_s=1800, aht_s=180, agents=14,
                                         patience_s=60.0)),
    IN + "staffing_economics": (None, dict(calls=100, interval_s=1800, aht_s=180,
                                           agents=[12, 13, 14], cost_per_agent_hour=30.0,
                                           value_at_risk=400.0, churn_if_abandoned=0.02,
                                           churn_if_late=0.0, answer_within_s=20.0,
                                           patience_s=60.0, target_service_level=0.8)),
    IN + "policy_comparison": (None, dict(pilot=F["pilot"], acquisition_cost=300.0,
                                          baseline="status quo")),

    CU + "needs_profile": (None, dict(data=WORLD, customer_id=None)),
    CU + "baskets": (None, dict(subscriptions=WORLD.subscriptions, as_of=None)),
    CU + "cross_sell_rules": (None, dict(subscriptions=WORLD.subscriptions, min_support=0.05,
                                         min_confidence=0.2)),
    CU + "next_best_offer": (None, dict(data=WORLD, rules=F["rules"], value=None, margin=0.6,
                                        months=12, upsell_data_use=0.8, as_of=None)),
    CU + "campaign_results": (None, dict(data=WORLD, campaign_id="C01")),
    CU + "campaign_features": (None, dict(data=WORLD, campaign_id="C01")),
    CU + "uplift_model": (None, dict(data=WORLD, campaign_id="C01", features=None, folds=2,
                                     seed=0)),
    CU + "uplift_by_decile": (None, dict(scores=F["scores"], data=WORLD, campaign_id="C01",
                                         bins=5)),
    CU + "qini_curve": (None, dict(scores=F["scores"], data=WORLD, campaign_id="C01", points=10)),
    CU + "campaign_roi": (None, dict(results=F["results"], cost_per_contact=2.0, margin=0.6,
                                     targeting=None)),
    CU + "targeting_profit": (None, dict(scores=F["scores"], data=WORLD, campaign_id="C01",
                                         cost_per_contact=2.0, margin=0.6, shares=[0.2, 0.5, 1.0])),
    CU + "service_tiers": (None, dict(value=VALUES, tier_rules=None, cutoffs=(0.8, 0.95),
                                      one_size_tier="B")),
    CU + "needs_summary": (None, dict(needs=F["needs"])),
    CU + "read_needs": (None, dict(needs=F["needs"], customer_id=F["customer"])),
    CU + "interaction_timing": (None, dict(data=WORLD, as_of=None, upsell_data_use=0.8,
                                           new_days=90, complaint_days=30)),

    ST + "cash_flows": (None, dict(assumptions={"years": 2})),
    ST + "program_roi": (None, dict(assumptions={"years": 3})),
    ST + "sensitivity": (None, dict(assumptions=None, change=0.2, metric="npv", names=["customers"])),
    ST + "compare_scenarios": (None, dict(scenarios={"defaults": {}, "no tiers": {"tiering_gain": 0.0}})),
    ST + "break_even": (None, dict(assumptions={"years": 3}, name="tiering_gain", metric="npv",
                                   target=0.0)),

    "crmlab.tables.apply_schema": (None, dict(name="bills", frame=WORLD.bills.head(5))),
    "crmlab.tables.TelecomData.to_csv": ("to_csv", dict(folder="tmp")),
    "crmlab.tables.TelecomData.from_csv": (TelecomData.from_csv, dict(folder="/nonexistent/x")),
    "crmlab.tables.TelecomData.to_sqlite": ("to_sqlite", dict(path="tmp")),
    "crmlab.tables.TelecomData.from_sqlite": (TelecomData.from_sqlite,
                                              dict(path="/nonexistent/x.db")),
    "crmlab.datasets.load_cdnow": (None, dict(kind="summary")),
    "crmlab.synth.generate_telecom": (None, dict(n_customers=30, months=2, seed=0,
                                                 locale="en_US")),
    "crmlab.synth.simulate_routing_pilot": (None, dict(data=WORLD, seed=0, parameters=None)),

    KA + "revenue_per_unit": (None, dict(data=WORLD)),
    KA + "find_key_accounts": (None, dict(data=WORLD, share=0.2, months=12, as_of=None)),
    KA + "classify_key_accounts": (None, dict(data=WORLD, accounts=F["accounts"])),
    KA + "account_indicators": (None, dict(data=WORLD, accounts=F["key"])),
    KA + "score_accounts": (None, dict(indicators=F["indicators"])),
    KA + "assign_managers": (None, dict(data=WORLD, types=F["types"], capacity_hours=140.0,
                                        management=None, regions=F["regions"])),
    KA + "credit_rating": (None, dict(paid_late_share=0.1)),
    KA + "management_card": (None, dict(data=WORLD, customer_id=F["customer"],
                                        regions=F["regions"])),
    KA + "chinese_regions": (None, dict(data=WORLD)),
    KA + "evaluate_key_accounts": (None, dict(data=WORLD, accounts=F["key"])),
    KA + "account_swot": (None, dict(evaluation=F["evaluation"], customer_id=F["key"].index[0])),
    KA + "portfolio_plan": (None, dict(scores=F["ka_scores"], accounts=F["key"],
                                       types=F["types"].reindex(F["key"].index), management=None,
                                       hourly_cost=60.0, margin=0.6)),
    KA + "communication_plan": (None, dict(types=F["types"], plan=None, costs=None)),
    KA + "early_warning_score": (None, dict(features=F["features"], signals=None)),
    KA + "defection_features": (None, dict(data=WORLD, accounts=F["key"].index,
                                           as_of="2025-06-01")),
    KA + "defection_drivers": (None, dict(data=WORLD, accounts=WORLD.customers["customer_id"],
                                          as_of="2024-07-01", horizon_months=12)),
    KA + "defection_risk": (None, dict(model=F["model"], data=WORLD, accounts=F["key"].index,
                                       as_of="2025-06-01")),
    KA + "retention_actions": (None, dict(risk=F["risk"], value=F["value"], cost_per_action=200.0,
                                          effectiveness=0.3)),
}
#: Calls whose valid run is slow: only the cheap bad values (those refused at the door) are tried.
SLOW = {CU + "uplift_model", KA + "defection_drivers", ID + "resolve_identities",
        "crmlab.synth.generate_telecom", ID + "lifecycle_over_time", CU + "next_best_offer"}


# ------------------------------------------------------------------ bad values


def _bad_values(value, slow: bool) -> list[tuple[str, object]]:
    generic = [("None", None), ("text", "bogus"), ("object", object()), ("nan", float("nan")),
               ("inf", float("inf")), ("-inf", -float("inf")), ("negative", -1), ("zero", 0),
               ("huge", 1e18), ("bool", True), ("empty list", []), ("fraction", 2.5),
               ("bad date", "2024-13-45"), ("dict", {"a": 1})]
    specific: list[tuple[str, object]] = []
    if isinstance(value, TelecomData):
        specific += [("frame instead of data", value.customers),
                     ("no bills", _replace(value, bills=value.bills.head(0))),
                     ("customers missing a column",
                      _replace(value, customers=value.customers.drop(columns="signup_date")))]
    elif isinstance(value, pd.DataFrame):
        specific += [("empty frame", value.head(0)), ("one row", value.head(1)),
                     ("no columns", pd.DataFrame(index=value.index)),
                     ("first column dropped", value.drop(columns=value.columns[0])),
                     ("last column dropped", value.drop(columns=value.columns[-1])),
                     ("numbers as text", value.astype(str)),
                     ("NaN in numbers", value.mask(np.zeros(value.shape, bool)
                                                   | (np.arange(len(value)) % 2 == 0)[:, None]
                                                   & value.dtypes.map(pd.api.types.is_numeric_dtype)
                                                   .to_numpy()[None, :])),
                     ("negated numbers", value.apply(lambda c: -c if pd.api.types.is_numeric_dtype(c)
                                                     and not pd.api.types.is_bool_dtype(c) else c)),
                     ("duplicated rows", pd.concat([value, value]))]
    elif isinstance(value, pd.Series):
        specific += [("empty series", value.head(0)), ("one value", value.head(1)),
                     ("as text", value.astype(str)),
                     ("with NaN", value.where(np.arange(len(value)) % 2 == 1)),
                     ("duplicated index", pd.concat([value, value]))]
        if pd.api.types.is_numeric_dtype(value) and not pd.api.types.is_bool_dtype(value):
            specific += [("negated", -value), ("plus 1.2", value + 1.2), ("inf", value * np.inf),
                         ("three values", value.head(3))]
    elif isinstance(value, (list, tuple)) and value:
        specific += [("empty", type(value)()), ("one", type(value)(value[:1])),
                     ("reversed", type(value)(value[::-1])), ("nested", [value])]
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            specific += [("negated", [-v for v in value]), ("with NaN", [math.nan, *value[1:]]),
                         ("above 1", [v + 1.5 for v in value]), ("as text", [str(v) for v in value])]
    elif isinstance(value, str):
        specific += [("empty text", ""), ("other text", "zz-not-a-valid-value"),
                     ("upper case", value.upper() + "X")]
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        specific += [("negated", -value), ("times 1e9", value * 1e9), ("as text", str(value)),
                     ("tiny", 1e-300), ("half", value / 2 + 0.25)]
    elif isinstance(value, dict):
        specific += [("empty dict", {}), ("unknown key", {"zz": 1}),
                     ("negative entries", {k: -1 for k in value})]
    if slow:
        return [(n, v) for n, v in generic + specific
                if n in {"None", "text", "object", "nan", "negative", "bool", "empty list",
                         "bad date", "dict", "frame instead of data", "empty frame",
                         "no columns", "empty series", "empty text", "as text", "empty dict",
                         "inf", "-inf", "unknown key"}]
    return generic + specific


def _replace(data: TelecomData, **tables) -> TelecomData:
    return TelecomData(**{**data.tables(), **tables})


# ------------------------------------------------------------------ judging one call


class CallTimeout(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: int):
    def handler(signum, frame):
        raise CallTimeout(f"no answer within {seconds} s")
    previous = signal.signal(signal.SIGALRM, handler)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


RAW = (KeyError, AttributeError, IndexError, OverflowError, ZeroDivisionError, LookupError,
       AssertionError, NotImplementedError, RecursionError, MemoryError)
SHARE_WORDS = ("share", "probability", "service_level", "occupancy", "first_contact_resolution",
               "abandonment", "_response", "response_rate", "completeness", "precision",
               "recall", "still_open", "reopen_rate", "defection_risk", "prob_alive", "utilisation")
COUNT_WORDS = ("customers", "agents", "managers", "accounts", "contacts", "complaints",
               "frequency", "recency", "months_billed", "topups", "arrivals", "surveys", "cases",
               "lines", "calls", "rank")


def _check_frame_ranges(name, result):
    columns = result.items() if isinstance(result, pd.DataFrame) else [(result.name, result)]
    for column, values in columns:
        label = str(column)
        if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
            continue
        array = values.to_numpy(dtype=float, na_value=np.nan)
        array = array[~np.isnan(array)]
        if any(word in label for word in SHARE_WORDS) and "uplift" not in label:
            assert ((array >= -1e-12) & (array <= 1 + 1e-12)).all(), \
                f"{name}: column {label!r} holds values outside [0, 1]: {array[:5]}"
        if any(label == word or label.startswith(word + "_") for word in COUNT_WORDS):
            assert (array >= 0).all(), f"{name}: count column {label!r} holds negative values"


#: Ranges of the scalar (or array) answers of functions that return numbers.
RANGES = {IN + "erlang_b": (0, 1), IN + "erlang_c": (0, 1), IN + "service_level": (0, 1),
          IN + "nps": (-100, 100), DI + "gini": (0, 1), DI + "share_of_top": (0, 1),
          IN + "agents_required": (0, np.inf), IN + "average_speed_of_answer": (0, np.inf),
          CL + "ShiftedBetaGeometric.churn_probability": (0, 1),
          CL + "ShiftedBetaGeometric.survival": (0, 1),
          CL + "ShiftedBetaGeometric.retention_rate": (0, 1),
          CL + "ShiftedBetaGeometric.expected_lifetime": (1, np.inf),
          CL + "ShiftedBetaGeometric.discounted_expected_residual_lifetime": (0, np.inf),
          CL + "BetaGeoModel.prob_alive": (0, 1), CL + "BetaGeoModel.expected_purchases": (0, np.inf),
          CL + "BetaGeoModel.expected_purchases_new": (0, np.inf),
          CL + "GammaGammaModel.expected_spend": (0, np.inf), CL + "simple_clv": (0, np.inf),
          CL + "expected_clv": (0, np.inf), CL + "historical_clv": (0, np.inf),
          ID + "name_similarity": (0, 1)}


def _check_result(name, result):
    if name == KA + "credit_rating":
        assert result in ("AAA", "AA", "A", "B")
    if name in RANGES:
        low, high = RANGES[name]
        array = np.asarray(result, dtype=float)
        assert not np.isnan(array).any(), f"{name} returned NaN"
        assert ((array >= low - 1e-9) & (array <= high)).all(), \
            f"{name} returned {array.ravel()[:5]} outside [{low}, {high}]"
    parts = result if isinstance(result, tuple) else (result,)
    for part in parts:
        if isinstance(part, (pd.DataFrame, pd.Series)):
            _check_frame_ranges(name, part)


def _same(a, b) -> bool:
    if isinstance(a, (pd.DataFrame, pd.Series, pd.Index)):
        return type(a) is type(b) and a.equals(b) and (
            not isinstance(a, pd.DataFrame) or list(a.dtypes) == list(b.dtypes))
    if isinstance(a, np.ndarray):
        return np.array_equal(a, b, equal_nan=True)
    if isinstance(a, (list, tuple, dict)):
        try:
            return bool(a == b) or repr(a) == repr(b)
        except ValueError:
            return repr(a) == repr(b)
    return True


def run_call(name, function, kwargs, tmp_path) -> str:
    """Run one call; return 'refused' or 'answered'. Fails on anything else."""
    kwargs = {k: (tmp_path / f"{name.rsplit('.', 1)[-1]}.out" if isinstance(v, str) and v == "tmp" else v)
              for k, v in kwargs.items()}
    copies = {k: copy.deepcopy(v) for k, v in kwargs.items() if not isinstance(v, TelecomData)
              and not callable(getattr(v, "predict_proba", None))}
    parts = name.split(".")
    where = ".".join(parts[-2:]) if parts[-2][:1].isupper() else parts[-1]
    start = time.perf_counter()
    SWEEP["calls"] += 1
    try:
        # in a scratch folder: a bad path must never leave files in the repository
        with time_limit(SECONDS_PER_CALL), warnings.catch_warnings(), contextlib.chdir(tmp_path):
            warnings.simplefilter("ignore")
            result = function(**kwargs)
    except CallTimeout:
        pytest.fail(f"{name}({kwargs}) did not answer within {SECONDS_PER_CALL} s")
    except ConvergenceError as error:
        assert where in str(error), f"{name}: ConvergenceError without the function's name: {error}"
        outcome = "refused"
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError) as error:
        assert "TelecomData" in name, f"{name}: {error!r}"
        outcome = "refused"
    except RAW as error:
        pytest.fail(f"{name}: raw {type(error).__name__} {error!r} for {_show(kwargs)}")
    except (ValueError, TypeError) as error:
        module = type(error).__module__
        assert module == "builtins" or module.startswith("crmlab"), \
            f"{name}: raw {module}.{type(error).__name__} {error!r} for {_show(kwargs)}"
        assert f"{where}:" in str(error), \
            f"{name}: the message does not name {where!r}: {error!r} for {_show(kwargs)}"
        outcome = "refused"
    except Exception as error:  # noqa: BLE001 - anything else is a raw traceback
        pytest.fail(f"{name}: raw {type(error).__module__}.{type(error).__name__} {error!r} "
                    f"for {_show(kwargs)}")
    else:
        _check_result(name, result)
        outcome = "answered"
    assert time.perf_counter() - start < SECONDS_PER_CALL
    for key, before in copies.items():
        assert _same(before, kwargs[key]), f"{name} changed its argument {key!r}"
    return outcome


def _show(kwargs) -> str:
    return ", ".join(f"{k}={type(v).__name__}:{str(v)[:60]!r}" for k, v in kwargs.items())


def _target(name):
    function, kwargs = VALID[name]
    if function is None:
        module, attr = name.rsplit(".", 1)
        function = getattr(importlib.import_module(module), attr)
    elif isinstance(function, str):
        function = getattr(WORLD, function)
    return function, kwargs


def _cases():
    for name in sorted(VALID):
        yield pytest.param(name, id=name.replace("crmlab.", ""))


# ------------------------------------------------------------------ the tests


def test_every_public_function_is_swept():
    public = public_callables()
    missing = sorted(set(public) - set(VALID) - NO_INPUT)
    assert not missing, f"public functions without a valid call in the sweep: {missing}"
    for name in VALID:
        assert name in public, f"{name} is in the sweep but not public"
        obj = public[name]
        parameters = [p for p in inspect.signature(obj).parameters.values()
                      if p.name not in ("self", "cls")]
        names = {p.name for p in parameters}
        assert set(VALID[name][1]) == names, \
            f"{name}: the sweep covers {sorted(VALID[name][1])}, the function takes {sorted(names)}"


@pytest.mark.parametrize("name", list(_cases()))
def test_bad_input_sweep(name, tmp_path):
    function, kwargs = _target(name)
    assert run_call(name, function, kwargs, tmp_path) in ("answered", "refused")
    outcomes = SWEEP["outcomes"].setdefault(name, {"refused": 0, "answered": 0})
    for parameter, value in kwargs.items():
        for label, bad in _bad_values(value, name in SLOW):
            outcome = run_call(name, function, {**kwargs, parameter: bad}, tmp_path)
            outcomes[outcome] += 1
    if any(isinstance(v, TelecomData) for v in kwargs.values()):
        for table, frame in WORLD.tables().items():
            assert frame.equals(getattr(PRISTINE, table)), f"{name} changed data.{table}"


def test_sweep_size():
    """Runs after the sweep (file order): at least 2,000 calls, none of them failed."""
    calls = SWEEP["calls"]
    refused = sum(o["refused"] for o in SWEEP["outcomes"].values())
    answered = sum(o["answered"] for o in SWEEP["outcomes"].values())
    print(f"\nbad-input sweep: {calls} calls over {len(SWEEP['outcomes'])} public functions "
          f"({len(SWEEP['outcomes'])} valid calls, {refused + answered} bad ones: {refused} refused "
          f"with a crmlab error naming the function, {answered} answered within range)")
    if len(SWEEP["outcomes"]) == len(VALID):
        assert calls >= 2000


# ------------------------------------------------------------------ the values that broke it


@pytest.mark.parametrize("call, words", [
    (lambda: SBG.survival(-1), "t must be >= 0"),
    (lambda: SBG.churn_probability(-1), "t must be >= 1"),
    (lambda: SBG.churn_probability(1.5), "whole number"),
    (lambda: SBG.survival(np.nan), "t must be"),
    (lambda: BetaGeoModel().fit([0] * 3, [0.0] * 3, [0.0] * 3), "BetaGeoModel.fit"),
    (lambda: BG.expected_purchases(-5, 2, 20, 30), "t must be >= 0"),
    (lambda: GG.expected_spend(2, -10.0), "monetary_value must be"),
    (lambda: __import__("crmlab.clv").clv.expected_clv(BG, GG, CDNOW_LIKE, horizon_months=-3),
     "horizon_months"),
    (lambda: __import__("crmlab.interact").interact.nps(["9", "10"]), "whole numbers"),
    (lambda: __import__("crmlab.interact").interact.nps([True, False]), "whole numbers"),
    (lambda: __import__("crmlab.interact").interact.nps([7.5, 9.5]), "whole number"),
    (lambda: __import__("crmlab.interact").interact.nps_group(pd.Series([11, -3])), "from 0 to 10"),
])
def test_reported_cases_are_refused(call, words):
    with pytest.raises((ValueError, TypeError, ConvergenceError), match=words):
        call()


def test_degenerate_fits_say_so():
    with pytest.raises(ConvergenceError, match="no customer has repeat purchases"):
        BetaGeoModel().fit([0] * 50, [0.0] * 50, [30.0] * 50)
    with pytest.raises(ConvergenceError, match="one customer"):
        BetaGeoModel().fit([3], [20.0], [30.0])
    with pytest.raises(ConvergenceError):
        GammaGammaModel().fit([1, 1], [10.0, 10.0])
    with pytest.raises(ValueError, match="not finite|finite"):
        ShiftedBetaGeometric().fit([1000, np.inf, 400])


def test_unfitted_models_say_fit_first():
    from crmlab._validation import NotFittedError

    for model, method, args in ((ShiftedBetaGeometric(), "survival", (1,)),
                                (BetaGeoModel(), "prob_alive", (1, 1, 2)),
                                (GammaGammaModel(), "expected_spend", (1, 10.0))):
        with pytest.raises(NotFittedError, match="fit the model first"):
            getattr(model, method)(*args)


def test_erlang_answers_a_billion_calls_at_once():
    from crmlab import interact

    for call in (lambda: interact.agents_required(1e9, 1800, 180),
                 lambda: interact.erlang_b(10, 10**8), lambda: interact.erlang_c(10, 10**8),
                 lambda: interact.staffing_table(pd.Series([1e9, 3e8, 0.0]))):
        start = time.perf_counter()
        with time_limit(5):
            call()
        assert time.perf_counter() - start < 1.0
    with pytest.raises(ValueError, match="staffing_table: arrivals_by_interval"):
        interact.staffing_table(pd.Series([np.inf]))


def test_apply_schema_maps_only_known_booleans():
    from crmlab.tables import apply_schema

    bills = WORLD.bills.head(3)
    with pytest.raises(ValueError, match=r"apply_schema: column 'paid_late' of table 'bills'"):
        apply_schema("bills", bills.assign(paid_late=["yes", "no", np.nan]))
    with pytest.raises(ValueError, match="'maybe'"):
        apply_schema("bills", bills.assign(paid_late=["yes", "no", "maybe"]))
    mapped = apply_schema("bills", bills.assign(paid_late=["yes", "No", "TRUE"]))
    assert mapped["paid_late"].tolist() == [True, False, True]
    mapped = apply_schema("bills", bills.assign(paid_late=[1, 0, 1]))
    assert mapped["paid_late"].tolist() == [True, False, True]


# ------------------------------------------------------------------ properties (hypothesis)

ANY_FLOAT = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**12, 10**12))


def _refuses_or_in_range(call, low, high, where):
    try:
        with time_limit(SECONDS_PER_CALL):
            value = np.asarray(call(), dtype=float)
    except (ValueError, TypeError) as error:
        assert type(error).__module__ in ("builtins",) or type(error).__module__.startswith("crmlab")
        assert where in str(error), error
        return
    assert not np.isnan(value).any()
    assert ((value >= low - 1e-9) & (value <= high + 1e-9)).all(), value


@settings(max_examples=150, deadline=None)
@given(t=ANY_FLOAT)
def test_sbg_predictions_are_probabilities(t):
    _refuses_or_in_range(lambda: SBG.survival(t), 0, 1, "survival")
    _refuses_or_in_range(lambda: SBG.churn_probability(t), 0, 1, "churn_probability")
    _refuses_or_in_range(lambda: SBG.retention_rate(t), 0, 1, "retention_rate")


@settings(max_examples=150, deadline=None)
@given(traffic=ANY_FLOAT, agents=ANY_FLOAT)
def test_erlang_is_a_probability_or_refused(traffic, agents):
    from crmlab import interact

    _refuses_or_in_range(lambda: interact.erlang_b(traffic, agents), 0, 1, "erlang_b")
    _refuses_or_in_range(lambda: interact.erlang_c(traffic, agents), 0, 1, "erlang_c")


@settings(max_examples=100, deadline=None)
@given(calls=ANY_FLOAT, aht=ANY_FLOAT)
def test_agents_required_never_hangs(calls, aht):
    from crmlab import interact

    _refuses_or_in_range(lambda: interact.agents_required(calls, 1800, aht), 0, np.inf,
                         "agents_required")


@settings(max_examples=150, deadline=None)
@given(share=ANY_FLOAT)
def test_credit_rating_and_shares(share):
    from crmlab.cases.key_accounts import credit_rating

    try:
        rating = credit_rating(share)
    except (ValueError, TypeError) as error:
        assert "credit_rating:" in str(error)
        assert not 0 <= share <= 1
    else:
        assert 0 <= share <= 1 and rating in ("AAA", "AA", "A", "B")


@settings(max_examples=100, deadline=None)
@given(scores=st.lists(st.one_of(st.integers(-5, 15), st.floats(), st.booleans(), st.text(max_size=2)),
                       max_size=8))
def test_nps_is_between_minus_and_plus_100(scores):
    from crmlab import interact

    _refuses_or_in_range(lambda: interact.nps(scores), -100, 100, "nps")


@settings(max_examples=100, deadline=None)
@given(frequency=ANY_FLOAT, recency=ANY_FLOAT, T=ANY_FLOAT, t=ANY_FLOAT)
def test_bgnbd_predictions_in_range(frequency, recency, T, t):
    _refuses_or_in_range(lambda: BG.prob_alive(frequency, recency, T), 0, 1, "prob_alive")
    _refuses_or_in_range(lambda: BG.expected_purchases(t, frequency, recency, T), 0, np.inf,
                         "expected_purchases")
