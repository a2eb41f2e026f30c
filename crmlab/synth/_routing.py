"""A simulated experiment on the shipped customers: one year under three routing policies.

Not part of :func:`crmlab.synth.generate_telecom` (whose tables stay as they are): it takes a
world that already exists and simulates what the next year would bring its active customers
under each of three policies —

- **status quo**: contacts reach agents as they do today (each customer's own share of personal
  channels, measured from the last 12 months);
- **efficiency** (the downturn's recipe): push everyone to self-service and cut handling time —
  agents take only ``efficiency_agent_share`` of the contacts they took before, at
  ``efficiency_cost_factor`` of the cost;
- **effectiveness**: personalised routing — high-value customers keep their channels and reach a
  skilled agent (dearer), the others are pushed to self-service as in the efficiency arm.

A simulator can do what no operator can: run the *same* customers through every policy with the
same luck (one random number per customer decides who leaves, in every arm), so differences
between arms are the policies' effects alone. A real operator would split customers at random.

Every effect below is an ASSUMPTION of ours, planted so that the lesson can be measured and then
checked: the churn multipliers of each arm and value tier, the costs of a contact. The baseline
churn is each customer's true monthly churn probability (``truth.churn_prob``) over 12 months.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._validation import check_data, check_int, check_mapping
from . import parameters as P

#: The planted (assumed) parameters of the pilot. Costs in currency units per contact.
ROUTING_PILOT = {
    "high_value_share": 0.2,          # top 20 % of yearly margin are "high value"
    "margin": P.MARGIN_SERVICE,       # margin on service revenue (the simulator's own)
    "cost_agent_contact": 6.0,        # a phone contact handled by an agent (as in identify)
    "cost_self_service": 0.5,         # an IVR / app / web contact
    "cost_skilled_contact": 7.5,      # a contact routed to a skilled agent
    "efficiency_agent_share": 0.3,    # agents keep 30 % of the contacts they handled
    "efficiency_cost_factor": 0.8,    # shorter handling: an agent contact costs 20 % less
    # yearly churn multipliers (arm, value tier): the planted truth
    "churn_multiplier": {("status quo", "high"): 1.0, ("status quo", "low"): 1.0,
                         ("efficiency", "high"): 1.8, ("efficiency", "low"): 1.05,
                         ("effectiveness", "high"): 0.7, ("effectiveness", "low"): 1.05},
}
ARMS = ["status quo", "efficiency", "effectiveness"]
PERSONAL_CHANNELS = {"phone", "store", "e-mail", "social/WeChat"}


def simulate_routing_pilot(data, seed: int = 0, parameters: dict | None = None) -> pd.DataFrame:
    """Simulate one year of the active customers under each of three routing policies.

    Parameters
    ----------
    data : TelecomData
        The world (its customers active at the end of the window take part).
    seed : int
        Seed of who leaves (one uniform draw per customer, shared by the three policies).
    parameters : dict, optional
        Values that replace those of :data:`ROUTING_PILOT`.

    Returns
    -------
    DataFrame, one row per customer and policy: ``customer_id``, ``arm``, ``value_tier`` (high / low),
    ``yearly_margin`` (last 12 months' bills × margin), ``contacts`` (a year, as measured),
    ``agent_share`` (share of contacts an agent handles in the arm), ``handling_cost``,
    ``churned`` (left during the pilot year) and ``true_churn_probability`` (the planted one).

    Examples
    --------
    >>> from crmlab import generate_telecom
    >>> pilot = simulate_routing_pilot(generate_telecom(n_customers=300, months=12, seed=1))
    >>> sorted(pilot["arm"].unique())
    ['effectiveness', 'efficiency', 'status quo']
    """
    where = "simulate_routing_pilot"
    check_data(data, where)
    seed = check_int(seed, "seed", minimum=0, where=where)
    spec = {**ROUTING_PILOT, **check_mapping(parameters or {}, "parameters", where,
                                             allow_empty=True)}
    unknown = set(spec) - set(ROUTING_PILOT)
    if unknown:
        raise ValueError(f"{where}: unknown parameters {sorted(unknown)}; known: "
                         f"{sorted(ROUTING_PILOT)}")
    rng = np.random.default_rng(seed)
    customers = data.customers
    active = customers.loc[customers["churn_date"].isna(), "customer_id"].to_numpy()
    if len(active) < 3:
        raise ValueError(f"{where}: needs at least 3 customers active at the end of the window, "
                         f"got {len(active)}")
    year_start = data.window_end - pd.DateOffset(months=12)
    bills = data.bills[data.bills["month"] >= year_start]
    monthly = bills.groupby("customer_id")["amount"].mean().reindex(active, fill_value=0.0)
    yearly_margin = monthly.to_numpy() * 12 * spec["margin"]
    cut = np.quantile(yearly_margin, 1 - spec["high_value_share"])
    tier = np.where(yearly_margin >= cut, "high", "low")
    recent = data.interactions[data.interactions["timestamp"] >= year_start]
    contacts = recent.groupby("customer_id").size().reindex(active, fill_value=0).to_numpy()
    personal = recent["channel"].astype(str).isin(PERSONAL_CHANNELS)
    overall = float(personal.mean()) if len(recent) else 0.5
    share = personal.groupby(recent["customer_id"]).mean().reindex(active).fillna(overall)
    share = share.to_numpy()

    n = len(active)
    luck = rng.random(n)
    arm = np.repeat(np.array(ARMS), n)
    active, tier, yearly_margin = np.tile(active, 3), np.tile(tier, 3), np.tile(yearly_margin, 3)
    contacts, share, luck = np.tile(contacts, 3), np.tile(share, 3), np.tile(luck, 3)
    pushed = share * spec["efficiency_agent_share"]
    agent_share = np.where((arm == "status quo") | ((arm == "effectiveness") & (tier == "high")),
                           share, pushed)
    agent_cost = np.select([arm == "efficiency", (arm == "effectiveness") & (tier == "high")],
                           [spec["cost_agent_contact"] * spec["efficiency_cost_factor"],
                            spec["cost_skilled_contact"]], spec["cost_agent_contact"])
    handling = contacts * (agent_share * agent_cost + (1 - agent_share) * spec["cost_self_service"])

    theta = data.truth.set_index("customer_id")["churn_prob"].reindex(active).to_numpy()
    base = 1 - (1 - theta) ** 12
    multiplier = np.array([spec["churn_multiplier"][(a, t)] for a, t in zip(arm, tier)])
    probability = np.minimum(base * multiplier, 1.0)
    churned = luck < probability
    return pd.DataFrame({"customer_id": active, "arm": arm, "value_tier": tier,
                         "yearly_margin": yearly_margin, "contacts": contacts,
                         "agent_share": agent_share, "handling_cost": handling,
                         "churned": churned, "true_churn_probability": probability})
