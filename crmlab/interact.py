"""Interact (客户互动): channels and touchpoints, the contact centre as a queue (Erlang C),
complaints handled in four steps, and the satisfaction → loyalty → profit chain.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._validation import check_columns

BUYING_STEPS = ["establish need", "find sources", "establish trust", "determine value",
                "select product", "make transaction", "service", "upgrade / repeat"]
BUYING_STEPS_ZH = {"establish need": "确立需求", "find sources": "寻找来源",
                   "establish trust": "建立信任", "determine value": "确定价值",
                   "select product": "选择产品", "make transaction": "完成交易",
                   "service": "售后服务", "upgrade / repeat": "升级/重复购买"}
SERVICE_REASONS = {"billing question", "technical fault", "device", "roaming", "complaint",
                   "cancellation"}


def _check_interactions(interactions, where, columns=("channel",)):
    check_columns(interactions, list(columns), "interactions", where=where)
    if "duration_s" in interactions and (interactions["duration_s"] < 0).any():
        raise ValueError(f"{where}: column 'duration_s' has "
                         f"{int((interactions['duration_s'] < 0).sum())} negative durations")
    if "wait_s" in interactions and (interactions["wait_s"] < 0).any():
        raise ValueError(f"{where}: column 'wait_s' has negative waiting times")


# ------------------------------------------------------------------ channels


def channel_mix(interactions: pd.DataFrame, by=None) -> pd.DataFrame:
    """Contacts, share, first-contact resolution, mean handling time, CSAT and abandonment per channel.

    Parameters
    ----------
    by : str or Series, optional
        A column of ``interactions`` or a Series aligned with it (e.g. the customer type of each
        contact) to split every channel by; shares are then within each group.

    Examples
    --------
    >>> contacts = pd.DataFrame({"channel": ["phone", "app", "phone"], "duration_s": [300, 60, 0],
    ...                          "resolved_first_contact": [True, True, False],
    ...                          "csat": [4, None, None], "abandoned": [False, False, True]})
    >>> channel_mix(contacts)[["contacts", "share", "first_contact_resolution"]]
             contacts     share  first_contact_resolution
    channel
    phone           2  0.666667                       0.5
    app             1  0.333333                       1.0
    """
    where = "channel_mix"
    _check_interactions(interactions, where, ("channel", "duration_s", "resolved_first_contact"))
    frame = interactions.copy()
    keys = ["channel"]
    if by is not None:
        if isinstance(by, str):
            check_columns(interactions, [by], "interactions", where=where)
            keys = [by, "channel"]
        else:
            by = pd.Series(by)
            if len(by) != len(frame):
                raise ValueError(f"{where}: by must be a column name or have one value per "
                                 f"contact ({len(frame)}), got {len(by)} values")
            frame["group"] = by.to_numpy()
            keys = ["group", "channel"]
    abandoned = frame["abandoned"] if "abandoned" in frame else pd.Series(False, index=frame.index)
    frame["handled_s"] = frame["duration_s"].where(~abandoned.astype(bool))
    frame["abandoned_"] = abandoned.astype(bool)
    frame["csat_"] = frame["csat"] if "csat" in frame else np.nan
    table = frame.groupby(keys, observed=True).agg(
        contacts=("channel", "size"),
        first_contact_resolution=("resolved_first_contact", "mean"),
        mean_handling_time_s=("handled_s", "mean"),
        csat=("csat_", "mean"),
        abandonment=("abandoned_", "mean"))
    if len(keys) == 1:
        table.insert(1, "share", table["contacts"] / table["contacts"].sum())
        return table.sort_values("contacts", ascending=False)
    table.insert(1, "share", table["contacts"] / table.groupby(level=0)["contacts"].transform("sum"))
    return table


# ------------------------------------------------------------------ contact-centre KPIs


def contact_kpis(interactions: pd.DataFrame, interval: str = "30min",
                 answer_within_s: float = 20.0) -> pd.DataFrame:
    """Per interval: arrivals, average handling time, service level and abandonment.

    Service level = calls answered within ``answer_within_s`` / calls offered; it needs the queue
    columns (``wait_s``, ``abandoned``), so pass the phone contacts. Intervals without a call are
    left out.
    """
    where = "contact_kpis"
    _check_interactions(interactions, where, ("timestamp", "duration_s"))
    stamps = interactions["timestamp"]
    if not stamps.is_monotonic_increasing:
        raise ValueError(f"{where}: column 'timestamp' must be in time order; sort the contacts first")
    frame = pd.DataFrame({"interval": stamps.dt.floor(interval),
                          "duration_s": interactions["duration_s"]})
    has_queue = {"wait_s", "abandoned"} <= set(interactions.columns)
    if has_queue:
        abandoned = interactions["abandoned"].astype(bool)
        frame["answered_in_time"] = (~abandoned) & (interactions["wait_s"] <= answer_within_s)
        frame["abandoned"] = abandoned
        frame["handled_s"] = interactions["duration_s"].where(~abandoned)
    else:
        frame["handled_s"] = interactions["duration_s"]
    grouped = frame.groupby("interval")
    table = pd.DataFrame({"arrivals": grouped.size(),
                          "average_handling_time_s": grouped["handled_s"].mean()})
    if has_queue:
        table["service_level"] = grouped["answered_in_time"].mean()
        table["abandonment"] = grouped["abandoned"].mean()
    return table


def arrival_profile(interactions: pd.DataFrame, interval: str = "1h") -> pd.DataFrame:
    """Mean arrivals by weekday (rows, Monday first) and time of day (columns) — for a heat map.

    Each weekday's count is divided by the number of such weekdays in the period covered.
    """
    where = "arrival_profile"
    _check_interactions(interactions, where, ("timestamp",))
    stamps = interactions["timestamp"]
    slot = stamps.dt.floor(interval)
    counts = pd.crosstab(stamps.dt.day_of_week, slot.dt.strftime("%H:%M"))
    days = pd.date_range(stamps.min().normalize(), stamps.max().normalize(), freq="D")
    per_weekday = pd.Series(days.day_of_week).value_counts()
    table = counts.div(per_weekday.reindex(counts.index), axis=0)
    table.index = pd.Index(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])[table.index]
    table.index.name = "weekday"
    return table


# ------------------------------------------------------------------ Erlang C


def _check_positive(value, name, where, integer=False):
    array = np.asarray(value, dtype=float)
    if np.isnan(array).any() or (array <= 0).any():
        raise ValueError(f"{where}: {name} must be > 0, got {value!r}")
    if integer and (array != np.round(array)).any():
        raise ValueError(f"{where}: {name} must be a whole number, got {value!r}")
    return array


def erlang_b(traffic_erlangs, agents):
    """Erlang B blocking probability by the stable recursion B(n) = A·B(n-1) / (n + A·B(n-1)).

    >>> round(erlang_b(10, 14), 4)
    0.0568
    """
    where = "erlang_b"
    traffic = _check_positive(traffic_erlangs, "traffic_erlangs", where)
    agents = _check_positive(agents, "agents", where, integer=True).astype(np.int64)
    traffic, agents = np.broadcast_arrays(traffic, agents)
    blocking = np.ones(traffic.shape)
    for n in range(1, int(agents.max()) + 1):
        step = traffic * blocking / (n + traffic * blocking)
        blocking = np.where(n <= agents, step, blocking)
    return blocking.item() if blocking.ndim == 0 else blocking


def erlang_c(traffic_erlangs, agents):
    """Probability that a call waits (Erlang C), from Erlang B: N·B / (N - A·(1 - B)).

    1 when the agents cannot carry the traffic (N ≤ A): the queue grows without end.

    >>> round(erlang_c(10, 14), 4)
    0.1741
    """
    traffic = _check_positive(traffic_erlangs, "traffic_erlangs", "erlang_c")
    n = _check_positive(agents, "agents", "erlang_c", integer=True)
    blocking = np.asarray(erlang_b(traffic, n))
    with np.errstate(divide="ignore", invalid="ignore"):
        waiting = n * blocking / (n - traffic * (1 - blocking))
    waiting = np.where(n <= traffic, 1.0, waiting)
    return waiting.item() if waiting.ndim == 0 else waiting


def _traffic(calls, interval_s, aht_s, where):
    calls = np.asarray(calls, dtype=float)
    if np.isnan(calls).any() or (calls < 0).any():
        raise ValueError(f"{where}: calls must be >= 0, got {calls!r}")
    interval_s = _check_positive(interval_s, "interval_s", where)
    aht_s = _check_positive(aht_s, "aht_s", where)
    return calls * aht_s / interval_s


def service_level(calls, interval_s, aht_s, agents, answer_within_s=20.0):
    """Share of calls answered within ``answer_within_s``: 1 - C·exp(-(N - A)·t / AHT).

    >>> round(service_level(100, 1800, 180, 14, 20), 3)
    0.888
    """
    where = "service_level"
    traffic = _traffic(calls, interval_s, aht_s, where)
    n = _check_positive(agents, "agents", where, integer=True)
    if np.any(np.asarray(answer_within_s) < 0):
        raise ValueError(f"{where}: answer_within_s must be >= 0")
    safe = np.maximum(traffic, 1e-12)
    level = 1 - np.asarray(erlang_c(safe, n)) * np.exp(-(n - traffic) * answer_within_s / aht_s)
    level = np.where(n <= traffic, 0.0, np.where(traffic == 0, 1.0, level))
    return level.item() if level.ndim == 0 else level


def average_speed_of_answer(calls, interval_s, aht_s, agents):
    """Mean wait of all calls in seconds: C · AHT / (N - A); infinite when N ≤ A.

    >>> round(average_speed_of_answer(100, 1800, 180, 14), 1)
    7.8
    """
    where = "average_speed_of_answer"
    traffic = _traffic(calls, interval_s, aht_s, where)
    n = _check_positive(agents, "agents", where, integer=True)
    with np.errstate(divide="ignore"):
        asa = np.asarray(erlang_c(np.maximum(traffic, 1e-12), n)) * aht_s / (n - traffic)
    asa = np.where(n <= traffic, np.inf, np.where(traffic == 0, 0.0, asa))
    return asa.item() if asa.ndim == 0 else asa


def agents_required(calls, interval_s, aht_s, target_service_level=0.8, answer_within_s=20.0,
                    max_occupancy=None) -> int:
    """The fewest agents that answer ``target_service_level`` of calls within ``answer_within_s``
    (and keep occupancy A/N at or below ``max_occupancy`` if given).

    >>> agents_required(100, 1800, 180, target_service_level=0.8, answer_within_s=20)
    14
    """
    where = "agents_required"
    if not 0 < target_service_level < 1:
        raise ValueError(f"{where}: target_service_level must be between 0 and 1 (exclusive), "
                         f"got {target_service_level!r}")
    if max_occupancy is not None and not 0 < max_occupancy <= 1:
        raise ValueError(f"{where}: max_occupancy must be in (0, 1], got {max_occupancy!r}")
    traffic = float(_traffic(calls, interval_s, aht_s, where))
    if traffic == 0:
        return 0
    n = max(1, int(np.floor(traffic)) + 1)
    if max_occupancy is not None:
        n = max(n, int(np.ceil(traffic / max_occupancy - 1e-12)))
    while service_level(calls, interval_s, aht_s, n, answer_within_s) < target_service_level:
        n += 1
    return n


def staffing_table(arrivals_by_interval: pd.Series, interval_s: float = 1800, aht_s: float = 300,
                   target_service_level=0.8, answer_within_s=20.0, max_occupancy=None) -> pd.DataFrame:
    """Agents needed in each interval, with the service level, speed of answer and occupancy they give."""
    where = "staffing_table"
    calls = pd.Series(arrivals_by_interval, dtype=float)
    if calls.isna().any() or (calls < 0).any():
        raise ValueError(f"{where}: arrivals_by_interval must be counts >= 0")
    agents = calls.map(lambda c: agents_required(c, interval_s, aht_s, target_service_level,
                                                 answer_within_s, max_occupancy))
    table = pd.DataFrame({"calls": calls, "traffic_erlangs": calls * aht_s / interval_s,
                          "agents": agents})
    staffed = table["agents"] > 0
    table["service_level"] = 1.0
    table["average_speed_of_answer_s"] = 0.0
    table["occupancy"] = 0.0
    if staffed.any():
        rows = table[staffed]
        table.loc[staffed, "service_level"] = service_level(rows["calls"], interval_s, aht_s,
                                                            rows["agents"], answer_within_s)
        table.loc[staffed, "average_speed_of_answer_s"] = average_speed_of_answer(
            rows["calls"], interval_s, aht_s, rows["agents"])
        table.loc[staffed, "occupancy"] = rows["traffic_erlangs"] / rows["agents"]
    return table


# ------------------------------------------------------------------ complaints


COMPLAINT_STEPS = [("1 · let the customer vent", "opened"),
                   ("2 · record and judge", "recorded"),
                   ("3 · propose and carry out a remedy", "remedied"),
                   ("4 · follow up", "followed_up")]


def complaint_funnel(complaints: pd.DataFrame) -> pd.DataFrame:
    """How many complaints reached each of the four handling steps, and how long it took.

    Returns one row per step: complaints reaching it, share of all, and the median and 90th
    percentile of hours from the complaint being made.
    """
    where = "complaint_funnel"
    check_columns(complaints, [c for _, c in COMPLAINT_STEPS] + ["closed"], "complaints", where=where)
    if complaints.empty:
        raise ValueError(f"{where}: complaints is empty")
    opened = complaints["opened"]
    rows = []
    for step, column in COMPLAINT_STEPS:
        reached = complaints[column].notna()
        hours = (complaints[column] - opened).dt.total_seconds() / 3600
        if (hours < 0).any():
            raise ValueError(f"{where}: column {column!r} has times before 'opened'")
        rows.append((step, int(reached.sum()), reached.mean(), hours.median(), hours.quantile(0.9)))
    return pd.DataFrame(rows, columns=["step", "complaints", "share", "median_hours",
                                       "p90_hours"]).set_index("step")


def complaint_summary(complaints: pd.DataFrame) -> pd.Series:
    """Resolution time (days to close: median, 90th percentile), share still open, reopen rate,
    compensation paid (total, share of complaints compensated)."""
    where = "complaint_summary"
    check_columns(complaints, ["opened", "closed", "reopened", "compensation"], "complaints",
                  where=where)
    days = (complaints["closed"] - complaints["opened"]).dt.total_seconds() / 86400
    return pd.Series({"complaints": len(complaints),
                      "median_days_to_close": days.median(),
                      "p90_days_to_close": days.quantile(0.9),
                      "still_open": complaints["closed"].isna().mean(),
                      "reopen_rate": complaints["reopened"].mean(),
                      "compensation_total": complaints["compensation"].sum(),
                      "compensated_share": (complaints["compensation"] > 0).mean()})


def handled_well(complaints: pd.DataFrame, max_days: float = 7.0) -> pd.Series:
    """A complaint was handled well when it was closed within ``max_days``, followed up, and
    not reopened — what a customer can see of the four steps."""
    days = (complaints["closed"] - complaints["opened"]).dt.total_seconds() / 86400
    return (days <= max_days) & complaints["followed_up"].notna() & ~complaints["reopened"]


def _churn_within(churn_date: pd.Series, start: pd.Series, days: int) -> pd.Series:
    gap = (churn_date - start).dt.days
    return gap.between(0, days)


def complaint_effect_on_churn(data, days: int = 90, max_days_to_close: float = 7.0) -> pd.DataFrame:
    """Churn within ``days`` after a complaint, handled well or badly, against everyone's churn
    within ``days`` of an ordinary month.

    Comparing churn *after the event* is the fair test: simply comparing complainants with
    other customers misleads, because a customer who stays longer has more months in which to
    complain. Only complaints and months with ``days`` of window left after them count.
    """
    where = "complaint_effect_on_churn"
    customers = data.customers.set_index("customer_id")
    end = data.window_end
    last_start = end - pd.Timedelta(days=days)
    complaints = data.complaints[data.complaints["opened"] < last_start]
    if complaints.empty:
        raise ValueError(f"{where}: no complaint leaves {days} days of observation")
    churn = customers["churn_date"].reindex(complaints["customer_id"]).set_axis(complaints.index)
    left = _churn_within(churn, complaints["opened"].dt.normalize(), days)
    well = handled_well(complaints, max_days_to_close)
    bills = data.bills[data.bills["month"] < last_start]
    base_churn = customers["churn_date"].reindex(bills["customer_id"]).set_axis(bills.index)
    base = _churn_within(base_churn, bills["month"], days)
    rows = [("complaint handled well", int(well.sum()), left[well].mean()),
            ("complaint handled badly", int((~well).sum()), left[~well].mean()),
            ("any customer-month (baseline)", len(bills), base.mean())]
    table = pd.DataFrame(rows, columns=["group", "cases", f"churn_within_{days}_days"]).set_index("group")
    table["relative_to_baseline"] = table[f"churn_within_{days}_days"] / base.mean()
    return table


# ------------------------------------------------------------------ satisfaction → loyalty → profit


def nps(scores) -> float:
    """Net Promoter Score: % promoters (9-10) minus % detractors (0-6), from -100 to 100.

    >>> nps([10, 9, 8, 7, 6, 0])
    0.0
    """
    values = pd.Series(scores, dtype=float)
    if values.empty:
        raise ValueError("nps: scores is empty")
    if values.isna().any() or not values.between(0, 10).all():
        raise ValueError("nps: scores must be numbers from 0 to 10, without missing values")
    return float(100 * ((values >= 9).mean() - (values <= 6).mean()))


def nps_group(scores: pd.Series) -> pd.Series:
    """detractor (0-6), passive (7-8) or promoter (9-10)."""
    return pd.Series(pd.cut(scores, [-1, 6, 8, 10], labels=["detractor", "passive", "promoter"]),
                     index=scores.index, name="nps_group")


def satisfaction_loyalty(data, days: int = 180) -> pd.DataFrame:
    """The satisfaction → loyalty → profit chain, with numbers: for each NPS group (and CSAT score),
    churn within ``days`` of the survey and mean bill in the three months after it.

    Surveys with fewer than ``days`` of window left after them are not used.
    """
    customers = data.customers.set_index("customer_id")
    end = data.window_end
    surveys = data.surveys[data.surveys["date"] < end - pd.Timedelta(days=days)].copy()
    if surveys.empty:
        raise ValueError(f"satisfaction_loyalty: no survey leaves {days} days of observation")
    churn = customers["churn_date"].reindex(surveys["customer_id"]).set_axis(surveys.index)
    surveys["churned"] = _churn_within(churn, surveys["date"], days)
    bills = data.bills[["customer_id", "month", "amount"]]
    after = surveys[["customer_id", "date"]].reset_index().merge(bills, on="customer_id")
    after = after[(after["month"] > after["date"]) & (after["month"] <= after["date"]
                                                       + pd.DateOffset(months=3))]
    surveys["bill_next_3_months"] = after.groupby("index")["amount"].mean()
    surveys["nps_group"] = nps_group(surveys["nps_score"])
    table = surveys.groupby("nps_group", observed=True).agg(
        surveys=("customer_id", "size"), mean_csat=("csat", "mean"),
        **{f"churn_within_{days}_days": ("churned", "mean")},
        mean_bill_next_3_months=("bill_next_3_months", "mean"))
    return table


# ------------------------------------------------------------------ the single customer view


def customer_journey(data, customer_id) -> pd.DataFrame:
    """One customer's contacts across every channel, in time order — the single customer view —
    with each contact's step in the buying process (see :func:`journey_stages`)."""
    where = "customer_journey"
    if customer_id not in set(data.customers["customer_id"]):
        raise ValueError(f"{where}: customer_id {customer_id!r} is not in data.customers")
    contacts = data.interactions[data.interactions["customer_id"] == customer_id]
    journey = contacts.sort_values("timestamp")[
        ["timestamp", "channel", "reason", "duration_s", "resolved_first_contact", "csat"]]
    signup = data.customers.set_index("customer_id").loc[customer_id, "signup_date"]
    journey = journey.assign(step=journey_stages(journey, signup))
    return journey.reset_index(drop=True)


def journey_stages(contacts: pd.DataFrame, signup_date=None) -> pd.Series:
    """The step of the eight-step buying process each contact belongs to (our mapping):

    - pre-sales enquiries: the first → establish need, the second → find sources, later ones →
      establish trust;
    - information requests → determine value;
    - the new contract → make transaction; a plan change within 30 days of signing → select
      product, later → upgrade / repeat; payments → make transaction;
    - billing, faults, devices, roaming, complaints, cancellation → service.
    """
    where = "journey_stages"
    check_columns(contacts, ["timestamp", "reason"], "contacts", where=where)
    if not contacts["timestamp"].is_monotonic_increasing:
        raise ValueError(f"{where}: contacts must be in time order (sort by timestamp)")
    reason = contacts["reason"].astype(str)
    enquiry_number = (reason == "pre-sales enquiry").cumsum()
    early = pd.Series(False, index=contacts.index)
    if signup_date is not None:
        early = (contacts["timestamp"] - pd.Timestamp(signup_date)).dt.days <= 30
    step = np.select(
        [(reason == "pre-sales enquiry") & (enquiry_number == 1),
         (reason == "pre-sales enquiry") & (enquiry_number == 2),
         reason == "pre-sales enquiry",
         reason == "information",
         reason.isin(["new contract", "payment"]),
         (reason == "plan change") & early,
         reason == "plan change",
         reason.isin(SERVICE_REASONS)],
        ["establish need", "find sources", "establish trust", "determine value",
         "make transaction", "select product", "upgrade / repeat", "service"], default="service")
    return pd.Series(pd.Categorical(step, categories=BUYING_STEPS), index=contacts.index,
                     name="buying_step")
