"""Interact (客户互动): channels and touchpoints, the contact centre as a queue (Erlang C),
complaints handled in four steps, and the satisfaction → loyalty → profit chain.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._validation import (check_columns, check_customer_id, check_data, check_date,
                          check_datetime_columns, check_freq, check_int, check_not_before,
                          check_number, check_numbers, check_numeric_column, check_share,
                          named_as)

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
    if interactions.empty:
        raise ValueError(f"{where}: interactions is empty; it needs at least one contact")
    if "duration_s" in interactions and pd.api.types.is_numeric_dtype(interactions["duration_s"]):
        negative = interactions["duration_s"] < 0
        if negative.any():
            raise ValueError(f"{where}: column 'duration_s' has {int(negative.sum())} negative "
                             "durations; expected seconds >= 0")
    for column in ("duration_s", "wait_s"):
        if column in interactions:
            check_numeric_column(interactions, column, "interactions", where, low=0)
    if "csat" in interactions:
        check_numeric_column(interactions, "csat", "interactions", where, low=1, high=5)
    if "timestamp" in columns:
        check_datetime_columns(interactions, ["timestamp"], "interactions", where)
        if interactions["timestamp"].isna().any():
            raise ValueError(f"{where}: column 'timestamp' of interactions has missing times")


def _check_flags(frame, columns, where, name="interactions"):
    """Yes/no columns: booleans (or 0/1), missing values not allowed."""
    for column in columns:
        if column in frame:
            values = frame[column]
            if not (pd.api.types.is_bool_dtype(values)
                    or (pd.api.types.is_numeric_dtype(values) and values.isin([0, 1]).all())):
                raise TypeError(f"{where}: column {column!r} of {name} must hold True/False, got "
                                f"dtype {values.dtype}")


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
    _check_flags(interactions, ["resolved_first_contact", "abandoned"], where)
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
    check_freq(interval, "interval", where)
    check_number(answer_within_s, "answer_within_s", where, low=0)
    _check_flags(interactions, ["abandoned"], where)
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
    check_freq(interval, "interval", where)
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
    return check_numbers(value, name, where, low=0, low_open=True, integer=integer,
                         high=MAX_ERLANG_INPUT)


#: Largest traffic, agent count or call volume the queue formulas accept: far beyond any
#: contact centre, small enough for float arithmetic to stay exact in whole numbers.
MAX_ERLANG_INPUT = 1e12
#: Up to this many agents Erlang B runs the textbook recursion (the published tables' numbers);
#: above it, the same quantity in log space from the Poisson distribution, in constant time.
_RECURSION_AGENTS = 1000


def _erlang_b_log_space(traffic: np.ndarray, agents: np.ndarray) -> np.ndarray:
    """B(N, A) = P(N) / P(≤ N) for X ~ Poisson(A), in log space so that nothing overflows.

    Where P(≤ N) underflows (N far below A), 1/B = Σ_k Π_{j<k} (N - j)/A, a series whose terms
    shrink at least as fast as (N/A)^k: summed until the terms no longer count.
    """
    from scipy.special import gammaincc, gammaln, xlogy

    with np.errstate(divide="ignore", invalid="ignore", over="ignore", under="ignore"):
        log_pmf = xlogy(agents, traffic) - traffic - gammaln(agents + 1)
        log_cdf = np.log(gammaincc(agents + 1, traffic))  # P(X <= N) = Q(N + 1, A)
        log_b = log_pmf - log_cdf
    blocking = np.exp(np.minimum(log_b, 0.0))
    stuck = ~np.isfinite(log_b)
    if stuck.any():
        n, a = agents[stuck], traffic[stuck]
        term, total = np.ones(n.shape), np.ones(n.shape)
        for k in range(1, 200_000):
            term = term * np.maximum(n - k + 1, 0) / a
            total += term
            if (term <= 1e-17 * total).all():
                break
        blocking[stuck] = 1 / total
    return blocking


def erlang_b(traffic_erlangs, agents):
    """Erlang B blocking probability by the stable recursion B(n) = A·B(n-1) / (n + A·B(n-1));
    above a thousand agents, the same number from the Poisson distribution in log space, so
    that any size answers at once.

    Parameters
    ----------
    traffic_erlangs : float or array, > 0
    agents : int or array of whole numbers, > 0

    Examples
    --------
    >>> round(erlang_b(10, 14), 4)
    0.0568
    """
    where = "erlang_b"
    traffic = _check_positive(traffic_erlangs, "traffic_erlangs", where)
    agents = _check_positive(agents, "agents", where, integer=True)
    traffic, agents = np.broadcast_arrays(traffic, agents)
    blocking = np.ones(traffic.shape)
    small = agents <= _RECURSION_AGENTS
    if small.any():
        a, n = traffic[small], agents[small].astype(np.int64)
        b = np.ones(a.shape)
        for k in range(1, int(n.max()) + 1):
            step = a * b / (k + a * b)
            b = np.where(k <= n, step, b)
        blocking[small] = b
    if (~small).any():
        blocking[~small] = _erlang_b_log_space(traffic[~small], agents[~small])
    return blocking.item() if blocking.ndim == 0 else blocking


def erlang_c(traffic_erlangs, agents):
    """Probability that a call waits (Erlang C), from Erlang B: N·B / (N - A·(1 - B)).

    1 when the agents cannot carry the traffic (N ≤ A): the queue grows without end.

    Examples
    --------
    >>> round(erlang_c(10, 14), 4)
    0.1741
    """
    traffic = _check_positive(traffic_erlangs, "traffic_erlangs", "erlang_c")
    n = _check_positive(agents, "agents", "erlang_c", integer=True)
    blocking = np.asarray(erlang_b(traffic, n))
    with np.errstate(divide="ignore", invalid="ignore"):
        waiting = n * blocking / (n - traffic * (1 - blocking))
    waiting = np.clip(np.where(n <= traffic, 1.0, waiting), 0.0, 1.0)
    return waiting.item() if waiting.ndim == 0 else waiting


def _traffic(calls, interval_s, aht_s, where):
    calls = check_numbers(calls, "calls", where, low=0)
    if np.any(calls > MAX_ERLANG_INPUT):
        raise ValueError(f"{where}: calls must be <= {MAX_ERLANG_INPUT:g} an interval, "
                         f"got {np.max(calls):g}")
    interval_s = _check_positive(interval_s, "interval_s", where)
    aht_s = _check_positive(aht_s, "aht_s", where)
    traffic = calls * aht_s / interval_s
    if np.any(traffic > MAX_ERLANG_INPUT):
        raise ValueError(f"{where}: calls * aht_s / interval_s (the traffic in erlangs) must be "
                         f"<= {MAX_ERLANG_INPUT:g}, got {np.max(traffic):g}")
    return traffic


def service_level(calls, interval_s, aht_s, agents, answer_within_s=20.0):
    """Share of calls answered within ``answer_within_s``: 1 - C·exp(-(N - A)·t / AHT).

    Examples
    --------
    >>> round(service_level(100, 1800, 180, 14, 20), 3)
    0.888
    """
    where = "service_level"
    traffic = _traffic(calls, interval_s, aht_s, where)
    n = _check_positive(agents, "agents", where, integer=True)
    answer_within_s = check_numbers(answer_within_s, "answer_within_s", where, low=0)
    aht_s = np.asarray(aht_s, dtype=float)
    safe = np.maximum(traffic, 1e-12)
    level = 1 - np.asarray(erlang_c(safe, n)) * np.exp(-(n - traffic) * answer_within_s / aht_s)
    level = np.clip(np.where(n <= traffic, 0.0, np.where(traffic == 0, 1.0, level)), 0.0, 1.0)
    return level.item() if level.ndim == 0 else level


def average_speed_of_answer(calls, interval_s, aht_s, agents):
    """Mean wait of all calls in seconds: C · AHT / (N - A); infinite when N ≤ A.

    Examples
    --------
    >>> round(average_speed_of_answer(100, 1800, 180, 14), 1)
    7.8
    """
    where = "average_speed_of_answer"
    traffic = _traffic(calls, interval_s, aht_s, where)
    n = _check_positive(agents, "agents", where, integer=True)
    aht_s = np.asarray(aht_s, dtype=float)
    with np.errstate(divide="ignore"):
        asa = np.asarray(erlang_c(np.maximum(traffic, 1e-12), n)) * aht_s / (n - traffic)
    asa = np.where(n <= traffic, np.inf, np.where(traffic == 0, 0.0, asa))
    return asa.item() if asa.ndim == 0 else asa


def agents_required(calls, interval_s, aht_s, target_service_level=0.8, answer_within_s=20.0,
                    max_occupancy=None) -> int:
    """The fewest agents that answer ``target_service_level`` of calls within ``answer_within_s``
    (and keep occupancy A/N at or below ``max_occupancy`` if given).

    The service level rises with every agent added beyond the traffic, so the answer is found by
    doubling a step from the traffic until the target is met, then halving back: a few dozen
    evaluations whatever the size of the centre.

    Examples
    --------
    >>> agents_required(100, 1800, 180, target_service_level=0.8, answer_within_s=20)
    14
    """
    where = "agents_required"
    check_share(target_service_level, "target_service_level", where, open_low=True, open_high=True)
    check_number(answer_within_s, "answer_within_s", where, low=0)
    if max_occupancy is not None:
        check_share(max_occupancy, "max_occupancy", where, open_low=True)
    check_number(calls, "calls", where, low=0)
    traffic = float(_traffic(calls, interval_s, aht_s, where))
    if traffic == 0:
        return 0
    n = max(1, int(np.floor(traffic)) + 1)
    if max_occupancy is not None:
        n = max(n, int(np.ceil(traffic / max_occupancy - 1e-12)))

    def enough(agents):
        return service_level(calls, interval_s, aht_s, agents, answer_within_s) >= target_service_level

    if enough(n):
        return n
    failing, step = n, 1
    while not enough(n + step):
        failing = n + step
        step *= 2
        if step > 4 * MAX_ERLANG_INPUT:
            raise ValueError(f"{where}: no number of agents reaches target_service_level "
                             f"{target_service_level!r}")
    passing = n + step
    while passing - failing > 1:
        middle = (failing + passing) // 2
        if enough(middle):
            passing = middle
        else:
            failing = middle
    return int(passing)


def staffing_table(arrivals_by_interval: pd.Series, interval_s: float = 1800, aht_s: float = 300,
                   target_service_level=0.8, answer_within_s=20.0, max_occupancy=None) -> pd.DataFrame:
    """Agents needed in each interval, with the service level, speed of answer and occupancy they give.

    Examples
    --------
    >>> staffing_table(pd.Series([100.0, 0.0]), interval_s=1800, aht_s=180)["agents"].tolist()
    [14, 0]
    """
    where = "staffing_table"
    if isinstance(arrivals_by_interval, (str, bytes, dict)) or np.ndim(arrivals_by_interval) != 1:
        raise TypeError(f"{where}: arrivals_by_interval must be a Series (or 1-D sequence) of call "
                        f"counts, got {type(arrivals_by_interval).__name__}")
    check_numbers(arrivals_by_interval, "arrivals_by_interval", where, low=0)
    calls = pd.Series(arrivals_by_interval, dtype=float)
    _traffic(calls.to_numpy(), interval_s, aht_s, where)
    with named_as(where):
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


def _check_complaints(complaints, dates, where, others=()):
    """A non-empty complaints table whose ``dates`` are datetimes, 'opened' always filled."""
    check_columns(complaints, list(dates) + list(others), "complaints", where=where)
    if complaints.empty:
        raise ValueError(f"{where}: complaints is empty; it needs at least one complaint")
    check_datetime_columns(complaints, dates, "complaints", where)
    if complaints["opened"].isna().any():
        raise ValueError(f"{where}: column 'opened' of complaints has "
                         f"{int(complaints['opened'].isna().sum())} missing times")
    if "compensation" in others:
        check_numeric_column(complaints, "compensation", "complaints", where, low=0,
                             allow_missing=False)
    if "reopened" in others:
        _check_flags(complaints, ["reopened"], where, "complaints")


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
    steps = [c for _, c in COMPLAINT_STEPS] + ["closed"]
    _check_complaints(complaints, steps, where)
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
    _check_complaints(complaints, ["opened", "closed"], where, ["reopened", "compensation"])
    check_not_before(complaints, "opened", "closed", "complaints", where)
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
    where = "handled_well"
    _check_complaints(complaints, ["opened", "closed", "followed_up"], where, ["reopened"])
    check_number(max_days, "max_days", where, low=0)
    check_not_before(complaints, "opened", "closed", "complaints", where)
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
    check_data(data, where)
    check_int(days, "days", minimum=1, where=where)
    check_number(max_days_to_close, "max_days_to_close", where, low=0)
    customers = data.customers.set_index("customer_id")
    end = data.window_end
    last_start = end - pd.Timedelta(days=days)
    complaints = data.complaints[data.complaints["opened"] < last_start]
    if complaints.empty:
        raise ValueError(f"{where}: no complaint leaves {days} days of observation")
    churn = customers["churn_date"].reindex(complaints["customer_id"]).set_axis(complaints.index)
    left = _churn_within(churn, complaints["opened"].dt.normalize(), days)
    with named_as(where):
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
    values = _nps_scores(scores, "nps")
    return float(100 * ((values >= 9).mean() - (values <= 6).mean()))


def _nps_scores(scores, where) -> pd.Series:
    """Whole-number answers from 0 to 10, as floats; strings, booleans and missing refused."""
    if isinstance(scores, (str, bytes, dict)) or np.ndim(scores) != 1:
        raise TypeError(f"{where}: scores must be a Series or list of whole numbers from 0 to 10, "
                        f"got {type(scores).__name__}")
    values = scores if isinstance(scores, pd.Series) else pd.Series(list(scores))
    if values.empty:
        raise ValueError(f"{where}: scores is empty; it needs at least one answer")
    if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        raise TypeError(f"{where}: scores must be whole numbers from 0 to 10, got dtype "
                        f"{values.dtype} (e.g. {values.iloc[0]!r})")
    check_numbers(values, "scores", where, low=0, high=10, integer=True)
    return values.astype(float)


def nps_group(scores: pd.Series) -> pd.Series:
    """detractor (0-6), passive (7-8) or promoter (9-10).

    Examples
    --------
    >>> nps_group(pd.Series([3, 7, 10])).tolist()
    ['detractor', 'passive', 'promoter']
    """
    if not isinstance(scores, pd.Series):
        raise TypeError(f"nps_group: scores must be a pandas Series, got {type(scores).__name__}")
    _nps_scores(scores, "nps_group")
    return pd.Series(pd.cut(scores, [-1, 6, 8, 10], labels=["detractor", "passive", "promoter"]),
                     index=scores.index, name="nps_group")


def satisfaction_loyalty(data, days: int = 180) -> pd.DataFrame:
    """The satisfaction → loyalty → profit chain, with numbers: for each NPS group (and CSAT score),
    churn within ``days`` of the survey and mean bill in the three months after it.

    Surveys with fewer than ``days`` of window left after them are not used.
    """
    check_data(data, "satisfaction_loyalty")
    check_int(days, "days", minimum=1, where="satisfaction_loyalty")
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
    check_data(data, where)
    check_customer_id(data, customer_id, where)
    contacts = data.interactions[data.interactions["customer_id"] == customer_id]
    journey = contacts.sort_values("timestamp")[
        ["timestamp", "channel", "reason", "duration_s", "resolved_first_contact", "csat"]]
    signup = data.customers.set_index("customer_id").loc[customer_id, "signup_date"]
    with named_as(where):
        journey = journey.assign(step=journey_stages(journey, signup))
    return journey.reset_index(drop=True)


def journey_stages(contacts: pd.DataFrame, signup_date=None) -> pd.Series:
    """The step of the eight-step buying process each contact belongs to (our mapping):

    - pre-sales enquiries: the first → establish need, the second → find sources, later ones →
      establish trust;
    - information requests in the first 90 days after signing → establish trust (the new
      customer checks that what was promised holds), later ones → determine value (what is my
      plan, or a better one, worth?);
    - the new contract → make transaction; a plan change within 30 days of signing → select
      product, later → upgrade / repeat; payments → make transaction;
    - billing, faults, devices, roaming, complaints, cancellation → service.
    """
    where = "journey_stages"
    check_columns(contacts, ["timestamp", "reason"], "contacts", where=where)
    check_datetime_columns(contacts, ["timestamp"], "contacts", where)
    if signup_date is not None:
        signup_date = check_date(signup_date, "signup_date", where)
    if not contacts["timestamp"].is_monotonic_increasing:
        raise ValueError(f"{where}: contacts must be in time order (sort by timestamp)")
    reason = contacts["reason"].astype(str)
    enquiry_number = (reason == "pre-sales enquiry").cumsum()
    days = pd.Series(np.inf, index=contacts.index)
    if signup_date is not None:
        days = (contacts["timestamp"] - pd.Timestamp(signup_date)).dt.days
    return _buying_step(reason, enquiry_number, days)


def _buying_step(reason: pd.Series, enquiry_number: pd.Series, days_since_signup: pd.Series):
    """The mapping of :func:`journey_stages`, for one customer or many at once."""
    early = days_since_signup.between(0, 30)
    first_months = days_since_signup.between(0, 90)
    step = np.select(
        [(reason == "pre-sales enquiry") & (enquiry_number == 1),
         (reason == "pre-sales enquiry") & (enquiry_number == 2),
         reason == "pre-sales enquiry",
         (reason == "information") & first_months,
         reason == "information",
         reason.isin(["new contract", "payment"]),
         (reason == "plan change") & early,
         reason == "plan change",
         reason.isin(SERVICE_REASONS)],
        ["establish need", "find sources", "establish trust", "establish trust",
         "determine value", "make transaction", "select product", "upgrade / repeat", "service"],
        default="service")
    return pd.Series(pd.Categorical(step, categories=BUYING_STEPS), index=reason.index,
                     name="buying_step")



def buying_steps(data) -> pd.DataFrame:
    """Every contact of every customer with its step of the eight-step buying process.

    The mapping of :func:`journey_stages`, applied to all journeys at once; a crosstab of
    ``buying_step`` against ``channel`` shows which channel serves which step.

    Examples
    --------
    >>> from crmlab import generate_telecom
    >>> steps = buying_steps(generate_telecom(n_customers=300, months=12, seed=1))
    >>> set(steps["buying_step"].dropna()) <= set(BUYING_STEPS)
    True
    """
    where = "buying_steps"
    check_data(data, where)
    contacts = data.interactions.sort_values(["customer_id", "timestamp"], kind="stable")
    signup = data.customers.set_index("customer_id")["signup_date"]
    reason = contacts["reason"].astype(str)
    enquiry_number = (reason == "pre-sales enquiry").groupby(contacts["customer_id"]).cumsum()
    days = (contacts["timestamp"]
            - signup.reindex(contacts["customer_id"]).to_numpy()).dt.days.astype(float)
    steps = contacts[["customer_id", "timestamp", "channel", "reason", "resolved_first_contact"]]
    return steps.assign(buying_step=_buying_step(reason, enquiry_number, days)).reset_index(drop=True)


# ------------------------------------------------------------------ channel taxonomy

#: The course's channel taxonomy: distance (面对面 face-to-face, 人员 indirect personal — a person
#: answers at a distance —, 非人员 non-personal: self-service, media, events) for each channel.
CHANNEL_DISTANCE = {"store": "face-to-face", "phone": "indirect personal",
                    "e-mail": "indirect personal", "social/WeChat": "indirect personal",
                    "IVR": "non-personal", "app": "non-personal", "web": "non-personal"}
CHANNEL_DISTANCE_ZH = {"face-to-face": "面对面", "indirect personal": "人员(间接)",
                       "non-personal": "非人员"}


def channel_taxonomy(data) -> pd.DataFrame:
    """Every touchpoint of the data by the course's two axes: distance and initiator.

    Customer-initiated touchpoints are the ``interactions`` (each channel placed by
    :data:`CHANNEL_DISTANCE`); company-initiated ones are the campaign calls and messages actually
    made (treated rows of ``campaign_contacts``, by the campaign's channel) and the surveys we sent
    (a non-personal channel). Returns one row per (initiator, distance): touchpoints and share.

    Examples
    --------
    >>> from crmlab import generate_telecom
    >>> table = channel_taxonomy(generate_telecom(n_customers=300, months=12, seed=1))
    >>> sorted(table.index.get_level_values("initiator").unique())
    ['company', 'customer']
    """
    where = "channel_taxonomy"
    check_data(data, where)
    contacts = data.interactions["channel"].astype(str)
    unknown = sorted(set(contacts) - set(CHANNEL_DISTANCE))
    if unknown:
        raise ValueError(f"{where}: channels {unknown} are not in CHANNEL_DISTANCE "
                         f"({sorted(CHANNEL_DISTANCE)})")
    calls = data.campaign_contacts[data.campaign_contacts["treated"].astype(bool)]
    campaign_channel = data.campaigns.set_index("campaign_id")["channel"]
    outbound = calls["campaign_id"].map(campaign_channel).astype(str)
    frame = pd.concat([
        pd.DataFrame({"initiator": "customer", "channel": contacts.to_numpy()}),
        pd.DataFrame({"initiator": "company", "channel": outbound.to_numpy()}),
        pd.DataFrame({"initiator": "company", "channel": np.repeat("survey", len(data.surveys))})])
    frame["distance"] = frame["channel"].map({**CHANNEL_DISTANCE, "survey": "non-personal"}
                                             ).fillna("non-personal")
    table = frame.groupby(["initiator", "distance"]).size().rename("touchpoints").to_frame()
    table["share"] = table["touchpoints"] / table["touchpoints"].sum()
    return table


# ------------------------------------------------------------------ know me, remember me


def repeat_contacts(interactions: pd.DataFrame, days: float = 7.0) -> pd.DataFrame:
    """For each contact: did the same customer come back within ``days``, and on another channel?

    A contact followed by another one soon after is a sign that the first did not settle the
    matter; when the second comes through another channel, only a unified customer view lets that
    channel know what the first was told ("remember me"). Returns the contacts with
    ``next_channel``, ``days_to_next``, ``repeat`` (next contact within ``days``) and
    ``switched_channel`` (a repeat on another channel).

    Examples
    --------
    >>> contacts = pd.DataFrame({"customer_id": [1, 1, 1, 2],
    ...     "timestamp": pd.to_datetime(["2025-01-01", "2025-01-03", "2025-03-01", "2025-01-01"]),
    ...     "channel": ["IVR", "phone", "phone", "app"]})
    >>> repeat_contacts(contacts)[["repeat", "switched_channel"]].values.tolist()
    [[True, True], [False, False], [False, False], [False, False]]
    """
    where = "repeat_contacts"
    _check_interactions(interactions, where, ("customer_id", "timestamp", "channel"))
    check_number(days, "days", where, low=0, low_open=True)
    frame = interactions.reset_index(drop=True).sort_values(["customer_id", "timestamp"],
                                                           kind="stable")
    same = frame["customer_id"].shift(-1).eq(frame["customer_id"])
    gap = (frame["timestamp"].shift(-1) - frame["timestamp"]).dt.total_seconds() / 86400
    next_channel = frame["channel"].astype(str).shift(-1).where(same)
    result = frame.assign(next_channel=next_channel, days_to_next=gap.where(same))
    result["repeat"] = result["days_to_next"].le(days)
    result["switched_channel"] = result["repeat"] & result["next_channel"].ne(
        frame["channel"].astype(str))
    return result.sort_index().set_axis(interactions.index)


# ------------------------------------------------------------------ contact-centre ROI


def abandonment_rate(calls, interval_s, aht_s, agents, patience_s=60.0):
    """Share of callers who hang up before an answer, with patience exponential (mean
    ``patience_s``): P(wait) / (1 + (N - A)·patience / AHT).

    An approximation: the Erlang C queue with impatient callers, ignoring that those who hang up
    lighten the load (so it overstates abandonment a little when many leave). 1 when N ≤ A.

    Examples
    --------
    >>> round(abandonment_rate(100, 1800, 180, 14, patience_s=60), 4)
    0.0746
    """
    where = "abandonment_rate"
    traffic = _traffic(calls, interval_s, aht_s, where)
    n = _check_positive(agents, "agents", where, integer=True)
    patience = _check_positive(patience_s, "patience_s", where)
    aht = np.asarray(aht_s, dtype=float)
    waiting = np.asarray(erlang_c(np.maximum(traffic, 1e-12), n))
    rate = waiting / (1 + np.maximum(n - traffic, 0) * patience / aht)
    rate = np.clip(np.where(n <= traffic, 1.0, np.where(traffic == 0, 0.0, rate)), 0.0, 1.0)
    return rate.item() if rate.ndim == 0 else rate


def staffing_economics(calls, interval_s, aht_s, agents, cost_per_agent_hour,
                       value_at_risk, churn_if_abandoned, churn_if_late=0.0,
                       answer_within_s=20.0, patience_s=60.0, target_service_level=0.8):
    """Contact-centre ROI of each staffing level: agent cost against the margin expected to be lost
    through abandoned and late-answered calls.

    For each number of agents N (one interval of ``interval_s`` seconds):

    - agent cost = N × ``cost_per_agent_hour`` × interval / 3600;
    - abandoned calls = calls × :func:`abandonment_rate`; late calls = answered after
      ``answer_within_s`` (calls × (1 - service level) less the abandoned, at least 0);
    - margin lost = (abandoned × ``churn_if_abandoned`` + late × ``churn_if_late``) ×
      ``value_at_risk`` (the margin a lost customer would have brought);
    - total cost = agent cost + margin lost; ``best`` marks its minimum (the profit-maximising
      staffing), ``meets_target`` the levels reaching ``target_service_level``.

    Parameters
    ----------
    agents : sequence of whole numbers > 0
    cost_per_agent_hour, value_at_risk : float >= 0, currency units
    churn_if_abandoned, churn_if_late : float in [0, 1]
        Extra probability that a caller leaves after an abandoned / a late-answered call.

    Examples
    --------
    >>> table = staffing_economics(100, 1800, 180, [12, 13, 14, 15], cost_per_agent_hour=30,
    ...                            value_at_risk=400, churn_if_abandoned=0.02)
    >>> int(table.loc[table["best"], "agents"].item()), int(table.loc[table["meets_target"], "agents"].min())
    (15, 14)
    """
    where = "staffing_economics"
    traffic = _traffic(calls, interval_s, aht_s, where)
    if np.ndim(traffic) != 0:
        raise TypeError(f"{where}: calls, interval_s and aht_s must be single numbers (one "
                        "interval); pass the staffing levels as agents")
    if isinstance(agents, (str, bytes, dict)) or np.ndim(agents) != 1 or len(agents) == 0:
        raise TypeError(f"{where}: agents must be a non-empty list of whole numbers, got "
                        f"{type(agents).__name__}")
    levels = _check_positive(agents, "agents", where, integer=True).astype(np.int64)
    cost_hour = check_number(cost_per_agent_hour, "cost_per_agent_hour", where, low=0)
    value = check_number(value_at_risk, "value_at_risk", where, low=0)
    churn_abandoned = check_share(churn_if_abandoned, "churn_if_abandoned", where)
    churn_late = check_share(churn_if_late, "churn_if_late", where)
    check_number(answer_within_s, "answer_within_s", where, low=0)
    check_share(target_service_level, "target_service_level", where)
    calls = float(calls)
    with named_as(where):
        level = np.asarray(service_level(calls, interval_s, aht_s, levels, answer_within_s),
                           dtype=float).reshape(-1)
        abandon = np.asarray(abandonment_rate(calls, interval_s, aht_s, levels, patience_s),
                             dtype=float).reshape(-1)
    table = pd.DataFrame({"agents": levels, "service_level": level, "abandonment": abandon})
    table["agent_cost"] = levels * cost_hour * float(interval_s) / 3600
    table["abandoned_calls"] = calls * abandon
    table["late_calls"] = np.maximum(calls * (1 - level) - table["abandoned_calls"], 0.0)
    table["margin_lost"] = (table["abandoned_calls"] * churn_abandoned
                            + table["late_calls"] * churn_late) * value
    table["total_cost"] = table["agent_cost"] + table["margin_lost"]
    table["best"] = table["total_cost"].eq(table["total_cost"].min()) & ~table["total_cost"].duplicated()
    table["meets_target"] = table["service_level"] >= target_service_level
    return table


# ------------------------------------------------------------------ efficiency vs effectiveness


def policy_comparison(pilot: pd.DataFrame, acquisition_cost: float,
                      baseline: str = "status quo") -> pd.DataFrame:
    """Cost, churn and customer value of each arm of a routing pilot — the "pay twice" account.

    ``pilot`` has one row per customer with ``arm``, ``value_tier``, ``yearly_margin``,
    ``handling_cost`` and ``churned`` (as made by
    :func:`crmlab.synth.simulate_routing_pilot`). Per arm and per customer: handling cost, churn
    of each value tier, margin lost with the customers who left, and the cost of winning as many
    new customers back (``acquisition_cost`` each); then, against ``baseline``, the saving on
    handling, the extra margin lost and the extra re-acquisition cost, and the net.

    Examples
    --------
    >>> pilot = pd.DataFrame({"arm": ["status quo", "status quo", "cheap", "cheap"],
    ...                       "value_tier": ["high", "low", "high", "low"],
    ...                       "yearly_margin": [1000.0, 100.0, 1000.0, 100.0],
    ...                       "handling_cost": [50.0, 20.0, 10.0, 5.0],
    ...                       "churned": [False, False, True, False]})
    >>> policy_comparison(pilot, acquisition_cost=300).loc["cheap", "net_per_customer"]
    np.float64(-622.5)
    """
    where = "policy_comparison"
    check_columns(pilot, ["arm", "value_tier", "yearly_margin", "handling_cost", "churned"],
                  "pilot", where=where)
    if pilot.empty:
        raise ValueError(f"{where}: pilot is empty; it needs at least one customer")
    for column in ("yearly_margin", "handling_cost"):
        check_numeric_column(pilot, column, "pilot", where, low=0, allow_missing=False)
    _check_flags(pilot, ["churned"], where, "pilot")
    cost = check_number(acquisition_cost, "acquisition_cost", where, low=0)
    if not isinstance(baseline, str):
        raise TypeError(f"{where}: baseline must be the name of an arm (a string), got "
                        f"{type(baseline).__name__}")
    arms = pilot["arm"].astype(str)
    if baseline not in set(arms):
        raise ValueError(f"{where}: baseline {baseline!r} is not an arm of the pilot "
                         f"({sorted(set(arms))})")
    frame = pilot.assign(arm=arms, churned=pilot["churned"].astype(bool))
    frame["margin_lost"] = frame["yearly_margin"].where(frame["churned"], 0.0)
    grouped = frame.groupby("arm", sort=False)
    table = pd.DataFrame({"customers": grouped.size(),
                          "handling_cost_per_customer": grouped["handling_cost"].mean(),
                          "churn": grouped["churned"].mean()})
    tiers = frame.pivot_table(index="arm", columns="value_tier", values="churned", aggfunc="mean",
                              observed=True)
    for tier in tiers.columns:
        table[f"churn_{tier}_value"] = tiers[tier]
    table["margin_lost_per_customer"] = grouped["margin_lost"].mean()
    table["reacquisition_per_customer"] = table["churn"] * cost
    base = table.loc[baseline]
    table["saving"] = base["handling_cost_per_customer"] - table["handling_cost_per_customer"]
    table["extra_margin_lost"] = table["margin_lost_per_customer"] - base["margin_lost_per_customer"]
    table["extra_reacquisition"] = (table["reacquisition_per_customer"]
                                    - base["reacquisition_per_customer"])
    table["net_per_customer"] = (table["saving"] - table["extra_margin_lost"]
                                 - table["extra_reacquisition"])
    table.index.name = "arm"
    return table
