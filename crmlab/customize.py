"""Customize (客户个性化): each customer's needs, the services that sell together, the next best
offer, campaigns measured by their uplift (not their response), targeting that pays, and
A/B/C service tiers.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .glossary import tr
from ._validation import (check_columns, check_customer_id, check_data, check_date, check_int,
                          check_number, check_numbers, check_series, check_share, named_as)

DAY_PARTS = ["night (0-6)", "morning (6-12)", "afternoon (12-18)", "evening (18-24)"]


# ------------------------------------------------------------------ needs


def needs_profile(data, customer_id=None) -> pd.DataFrame:
    """Each customer's needs along the course's eight questions, from what they do:

    - ``what`` main product: the plan, and ``main_add_on`` the extra service held longest;
    - ``when`` preferred time: the part of day of most of their contacts;
    - ``where`` preferred channel: the channel they use most;
    - ``why`` inferred reason: their most frequent reason for contact (signing excluded);
    - ``how_many`` lines, and ``data_gb`` used a month;
    - ``price_band`` low / medium / high monthly bill (terciles of all customers);
    - ``how_to_pay`` payment method;
    - ``how_often`` top-up purchases a month.
    """
    where = "needs_profile"
    check_data(data, where)
    if customer_id is not None:
        check_customer_id(data, customer_id, where)
    customers = data.customers.set_index("customer_id")
    plans = data.plans.set_index("plan_id")["name"]
    bills = data.bills.groupby("customer_id")
    contacts = data.interactions[~data.interactions["reason"].isin(["new contract"])]
    part = pd.Series(pd.Categorical.from_codes(contacts["timestamp"].dt.hour // 6, DAY_PARTS),
                     index=contacts.index)
    subs = data.subscriptions[data.subscriptions["service"] != "mobile"]
    subs = subs.assign(days=(subs["end"].fillna(data.bills["month"].max()) - subs["start"]).dt.days)
    months = bills.size()
    mean_bill = bills["amount"].mean().reindex(customers.index)
    profile = pd.DataFrame({
        "what": customers["plan_id"].astype(str).map(plans),
        "main_add_on": subs.sort_values("days").groupby("customer_id")["service"].last()
        .astype(str).reindex(customers.index),
        "when": _mode(part, contacts["customer_id"]).reindex(customers.index),
        "where": _mode(contacts["channel"], contacts["customer_id"]).reindex(customers.index),
        "why": _mode(contacts["reason"], contacts["customer_id"]).reindex(customers.index),
        "how_many": customers["lines"],
        "data_gb": bills["data_gb"].mean().reindex(customers.index).round(2),
        "price_band": pd.qcut(mean_bill, 3, labels=["low", "medium", "high"]),
        "mean_bill": mean_bill.round(2),
        "how_to_pay": customers["payment_method"],
        "how_often": (data.topups.groupby("customer_id").size() / months).reindex(
            customers.index).round(2),
    })
    return profile if customer_id is None else profile.loc[[customer_id]]


def _mode(values: pd.Series, groups: pd.Series) -> pd.Series:
    """Most frequent value per group (the first in sorted order on a tie)."""
    counts = pd.DataFrame({"g": groups.to_numpy(), "v": values.astype(str).to_numpy()}).value_counts()
    counts = counts.reset_index().sort_values(["g", "count", "v"], ascending=[True, False, True])
    return counts.drop_duplicates("g").set_index("g")["v"]


# ------------------------------------------------------------------ cross-sell rules


def baskets(subscriptions: pd.DataFrame, as_of=None) -> pd.DataFrame:
    """One row per customer, one boolean column per value-added service held on ``as_of``
    (default: held now, i.e. not ended). The mobile service everyone holds is left out."""
    check_columns(subscriptions, ["customer_id", "service", "start", "end"], "subscriptions",
                  where="baskets")
    for column in ("start", "end"):
        if not pd.api.types.is_datetime64_any_dtype(subscriptions[column]):
            raise TypeError(f"baskets: column {column!r} of subscriptions must hold dates, got "
                            f"dtype {subscriptions[column].dtype}")
    subs = subscriptions[subscriptions["service"] != "mobile"]
    if as_of is None:
        held = subs[subs["end"].isna()]
    else:
        as_of = check_date(as_of, "as_of", "baskets")
        held = subs[(subs["start"] <= as_of) & (subs["end"].isna() | (subs["end"] > as_of))]
    customers = subscriptions["customer_id"].unique()
    table = pd.crosstab(held["customer_id"], held["service"].astype(str)).reindex(
        customers, fill_value=0) > 0
    table.index.name = "customer_id"
    return table


def cross_sell_rules(subscriptions: pd.DataFrame, min_support: float = 0.02,
                     min_confidence: float = 0.2) -> pd.DataFrame:
    """Association rules between services held together: antecedents → consequents with
    support, confidence and lift, strongest lift first.

    Frequent itemsets come from mlxtend's ``apriori`` and the rules from its
    ``association_rules`` — the implementation students meet in every market-basket tutorial,
    tested and maintained, rather than a copy of our own.

    Parameters
    ----------
    subscriptions : DataFrame
        customer_id, service, start, end (the services table of the telecom data), or a
        boolean basket table (rows customers, columns items) as from :func:`baskets`.

    Examples
    --------
    >>> basket = pd.DataFrame({"tv": [1, 1, 0, 1, 0], "broadband": [1, 1, 1, 0, 0]}).astype(bool)
    >>> cross_sell_rules(basket, min_support=0.2, min_confidence=0.5)[
    ...     ["antecedents", "consequents", "support", "confidence"]]
      antecedents consequents  support  confidence
    0   broadband          tv      0.4    0.666667
    1          tv   broadband      0.4    0.666667
    """
    from mlxtend.frequent_patterns import apriori, association_rules

    where = "cross_sell_rules"
    check_number(min_support, "min_support", where)
    if not 0 < min_support <= 1:
        raise ValueError(f"{where}: min_support must be in (0, 1], got {min_support!r}")
    check_number(min_confidence, "min_confidence", where)
    if not 0 <= min_confidence <= 1:
        raise ValueError(f"{where}: min_confidence must be in [0, 1], got {min_confidence!r}")
    check_columns(subscriptions, [], "subscriptions", where=where)
    if {"customer_id", "service"} <= set(subscriptions.columns):
        check_columns(subscriptions, ["customer_id", "service", "start", "end"], "subscriptions",
                      where=where)
        with named_as(where):
            table = baskets(subscriptions)
    else:
        flags = subscriptions.dtypes.map(lambda d: pd.api.types.is_bool_dtype(d)
                                         or pd.api.types.is_integer_dtype(d))
        if not flags.all() or not subscriptions.isin([0, 1, True, False]).all().all():
            raise TypeError(f"{where}: a basket table must hold True/False (or 0/1) only; "
                            f"columns that do not: {list(subscriptions.columns[~flags.to_numpy()])}")
        table = subscriptions.astype(bool)
    if table.empty:
        raise ValueError(f"{where}: there are no baskets")
    frequent = apriori(table, min_support=min_support, use_colnames=True)
    columns = ["antecedents", "consequents", "support", "confidence", "lift"]
    if frequent.empty or (frequent["itemsets"].map(len) > 1).sum() == 0:
        return pd.DataFrame(columns=columns)
    rules = association_rules(frequent, metric="confidence", min_threshold=min_confidence,
                              num_itemsets=len(table))
    rules["antecedents"] = rules["antecedents"].map(lambda s: ", ".join(sorted(s)))
    rules["consequents"] = rules["consequents"].map(lambda s: ", ".join(sorted(s)))
    return (rules[columns].sort_values(["lift", "confidence", "antecedents"],
                                       ascending=[False, False, True]).reset_index(drop=True))


# ------------------------------------------------------------------ next best offer


def next_best_offer(data, rules: pd.DataFrame, value: pd.Series | None = None,
                    margin: float = 0.6, months: int = 12, upsell_data_use: float = 0.8,
                    as_of=None) -> pd.DataFrame:
    """Per active customer, the best offer they do not hold yet, its expected margin and why.

    - Cross-sell: each service not held, with probability the highest confidence among the
      single-consequent ``rules`` whose antecedents the customer holds; expected margin =
      probability × monthly fee × ``margin`` × ``months``.
    - Up-sell: the next plan tier, to customers using more than ``upsell_data_use`` of their data
      allowance, timed to the end of their contract (month-to-month customers any time; one- and
      two-year customers in the last three months of the contract year); probability 0.3 (assumed).
    - No offer to customers with an open complaint: solve the complaint first.

    ``value`` (e.g. predicted CLV, indexed by customer_id) is carried along to rank customers.
    """
    where = "next_best_offer"
    check_data(data, where)
    check_columns(rules, ["antecedents", "consequents", "confidence"], "rules", where=where)
    for column in ("antecedents", "consequents"):
        if not rules[column].map(lambda v: isinstance(v, str)).all():
            raise TypeError(f"{where}: column {column!r} of rules must hold text such as "
                            "'iptv, broadband' (as from cross_sell_rules)")
    check_numbers(rules["confidence"], "rules['confidence']", where, low=0, high=1,
                  allow_empty=True)
    if value is not None:
        check_series(value, "value", where)
    check_share(margin, "margin", where)
    check_int(months, "months", minimum=1, where=where)
    check_number(upsell_data_use, "upsell_data_use", where, low=0)
    customers = data.customers.set_index("customer_id")
    as_of = data.window_end if as_of is None else check_date(as_of, "as_of", where)
    active = customers.index[customers["churn_date"].isna() | (customers["churn_date"] > as_of)]
    fees = data.services.set_index("service")["monthly_fee"]
    with named_as(where):
        held_now = baskets(data.subscriptions, as_of)
    table = (held_now.reindex(index=active, fill_value=False)
             .reindex(columns=fees.index, fill_value=False))
    best = pd.DataFrame({"offer": pd.Series(None, index=active, dtype=object), "probability": 0.0,
                         "because": pd.Series(None, index=active, dtype=object)})
    score = pd.Series(0.0, index=active)  # probability x monthly fee of the best offer so far
    for rule in rules[~rules["consequents"].str.contains(",")].itertuples():
        needed = rule.antecedents.split(", ")
        if rule.consequents not in fees.index or not set(needed) <= set(table.columns):
            continue
        fits = table[needed].all(axis=1) & ~table[rule.consequents]
        better = fits & (rule.confidence * fees[rule.consequents] > score)
        best.loc[better, ["offer", "probability", "because"]] = [
            rule.consequents, rule.confidence, f"holds {rule.antecedents}"]
        score[better] = rule.confidence * fees[rule.consequents]
    # customers no rule fits: the most valuable service they lack, at the share holding it
    base_rate = table.mean()
    for service in (base_rate * fees).sort_values(ascending=False).index:
        if base_rate[service] == 0:
            continue
        chosen = best["offer"].isna() & ~table[service]
        best.loc[chosen, ["offer", "probability", "because"]] = [
            service, base_rate[service], "popular with customers overall"]
        score[chosen] = base_rate[service] * fees[service]
    best["kind"] = np.where(best["offer"].notna(), "cross-sell", None)
    best["expected_margin"] = score * margin * months

    # up-sell to the next tier at the right moment of the contract
    plans = data.plans.set_index("plan_id")
    current = customers.loc[active, "plan_id"].astype(str)
    usage = data.bills[data.bills["month"] >= as_of - pd.DateOffset(months=3)].groupby(
        "customer_id")["data_gb"].mean().reindex(active)
    allowance = plans["data_gb"].reindex(current).to_numpy() * customers.loc[active, "lines"].to_numpy()
    heavy = (usage / allowance).to_numpy() > upsell_data_use
    upgrade = current.map(_next_plan(plans))
    months_in = ((as_of - customers.loc[active, "signup_date"]).dt.days / 30.44).to_numpy()
    contract = customers.loc[active, "contract"].astype(str).to_numpy()
    timely = (contract == "month-to-month") | ((months_in % 12) >= 9)
    gain = (plans["monthly_fee"].reindex(upgrade).to_numpy()
            - plans["monthly_fee"].reindex(current).to_numpy()) * customers.loc[active, "lines"].to_numpy()
    upsell_margin = 0.3 * np.nan_to_num(gain) * margin * months
    take = heavy & timely & upgrade.notna().to_numpy() & (upsell_margin > best["expected_margin"].to_numpy())
    best.loc[take, "offer"] = upgrade[take].map(plans["name"]).to_numpy()
    best.loc[take, "probability"] = 0.3
    best.loc[take, "kind"] = "up-sell"
    best.loc[take, "because"] = "uses most of the data allowance, contract ending"
    best.loc[take, "expected_margin"] = upsell_margin[take]

    open_complaint = data.complaints.loc[data.complaints["status"] == "open", "customer_id"]
    blocked = best.index.isin(open_complaint)
    best.loc[blocked, ["offer", "kind"]] = None
    best.loc[blocked, ["probability", "expected_margin"]] = 0.0
    best.loc[blocked, "because"] = "open complaint: solve it first, no offer"
    nothing = best["offer"].isna() & ~blocked
    best.loc[nothing, "because"] = "holds every service already"
    if value is not None:
        best["customer_value"] = pd.Series(value).reindex(best.index)
    best.index.name = "customer_id"
    return best[["offer", "kind", "probability", "expected_margin", "because"]
                + (["customer_value"] if value is not None else [])]


def _next_plan(plans: pd.DataFrame) -> dict:
    """Each plan's next tier up within its kind (consumer or business), by monthly fee."""
    following = {}
    for _, group in plans.groupby("kind", observed=True):
        ordered = group.sort_values("monthly_fee").index.tolist()
        following.update(dict(zip(ordered[:-1], ordered[1:])))
    return following


# ------------------------------------------------------------------ campaigns


def _campaign(data, campaign_id, where):
    check_data(data, where, {"campaign_contacts": ["campaign_id", "customer_id", "treated",
                                                   "responded", "revenue_90d"]})
    if not isinstance(campaign_id, str):
        raise TypeError(f"{where}: campaign_id must be a str such as 'C01', got "
                        f"{type(campaign_id).__name__} {campaign_id!r}")
    contacts = data.campaign_contacts
    if campaign_id not in set(contacts["campaign_id"].astype(str)):
        raise ValueError(f"{where}: campaign_id {campaign_id!r} does not exist; known campaigns: "
                         f"{sorted(set(contacts['campaign_id'].astype(str)))}")
    chosen = contacts[contacts["campaign_id"] == campaign_id].set_index("customer_id")
    if chosen.index.has_duplicates:
        raise ValueError(f"{where}: campaign {campaign_id!r} lists {int(chosen.index.duplicated().sum())} "
                         "customers twice; each customer is in a test once")
    if chosen["treated"].all() or not chosen["treated"].any():
        raise ValueError(f"{where}: campaign {campaign_id!r} has no control group (or nobody treated); "
                         "its effect cannot be measured")
    return chosen


def _wilson(successes, n, z=1.96):
    p = successes / n
    centre = (p + z**2 / (2 * n)) / (1 + z**2 / n)
    half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / (1 + z**2 / n)
    return centre - half, centre + half


def campaign_results(data, campaign_id: str) -> pd.DataFrame:
    """Response and 90-day revenue of the treated group against the control group, with 95 %
    confidence intervals (Wilson for response rates, normal for means and differences)."""
    chosen = _campaign(data, campaign_id, "campaign_results")
    rows = {}
    for label, group in (("treated", chosen[chosen["treated"]]), ("control", chosen[~chosen["treated"]])):
        n, k = len(group), int(group["responded"].sum())
        low, high = _wilson(k, n)
        revenue = group["revenue_90d"]
        se = revenue.std(ddof=1) / np.sqrt(n)
        rows[label] = dict(customers=n, responders=k, response_rate=k / n, response_low=low,
                           response_high=high, revenue_per_customer=revenue.mean(),
                           revenue_low=revenue.mean() - 1.96 * se,
                           revenue_high=revenue.mean() + 1.96 * se)
    t, c = rows["treated"], rows["control"]
    diff = t["response_rate"] - c["response_rate"]
    se = np.sqrt(t["response_rate"] * (1 - t["response_rate"]) / t["customers"]
                 + c["response_rate"] * (1 - c["response_rate"]) / c["customers"])
    revenue_diff = t["revenue_per_customer"] - c["revenue_per_customer"]
    revenue_se = np.sqrt(chosen.loc[chosen["treated"], "revenue_90d"].var(ddof=1) / t["customers"]
                         + chosen.loc[~chosen["treated"], "revenue_90d"].var(ddof=1) / c["customers"])
    rows["uplift (treated - control)"] = dict(
        customers=t["customers"] + c["customers"], responders=t["responders"] + c["responders"],
        response_rate=diff, response_low=diff - 1.96 * se, response_high=diff + 1.96 * se,
        revenue_per_customer=revenue_diff, revenue_low=revenue_diff - 1.96 * revenue_se,
        revenue_high=revenue_diff + 1.96 * revenue_se)
    table = pd.DataFrame(rows).T
    table[["customers", "responders"]] = table[["customers", "responders"]].astype(int)
    return table


UPLIFT_FEATURES = ["age", "tenure_months", "mean_bill", "paid_late_share", "data_gb", "topups",
                   "contacts", "complaints", "lines", "month_to_month"]


def campaign_features(data, campaign_id: str) -> pd.DataFrame:
    """The default features of the customers in a campaign, from data *before* its start (no
    leakage): age, tenure_months, mean_bill, paid_late_share, data_gb, topups, contacts,
    complaints, lines, month_to_month."""
    chosen = _campaign(data, campaign_id, "campaign_features")
    start = pd.Timestamp(data.campaigns.set_index("campaign_id").loc[campaign_id, "start"])
    customers = data.customers.set_index("customer_id").reindex(chosen.index)
    bills = data.bills[data.bills["month"] < start].groupby("customer_id")

    def count(frame, column):
        return frame[frame[column] < start].groupby("customer_id").size().reindex(chosen.index,
                                                                                  fill_value=0)
    return pd.DataFrame({
        "age": (start - customers["birth_date"]).dt.days / 365.25,
        "tenure_months": ((start - customers["signup_date"]).dt.days / 30.44).clip(lower=0),
        "mean_bill": bills["amount"].mean().reindex(chosen.index),
        "paid_late_share": bills["paid_late"].mean().reindex(chosen.index),
        "data_gb": bills["data_gb"].mean().reindex(chosen.index),
        "topups": count(data.topups, "date"),
        "contacts": count(data.interactions, "timestamp"),
        "complaints": count(data.complaints, "opened"),
        "lines": customers["lines"],
        "month_to_month": (customers["contract"] == "month-to-month").astype(float),
    }).fillna(0.0)


def uplift_model(data, campaign_id: str, features: pd.DataFrame | None = None, folds: int = 5,
                 seed: int = 0) -> pd.Series:
    """Predicted uplift (increase in response probability when contacted) of each customer in a
    campaign, by the two-model approach: one random forest learns response among the treated,
    another among the controls; uplift = the difference of their predictions.

    Scores are cross-fitted: each customer is scored by models that never saw them (``folds``),
    so that judging the scores on the same campaign is honest.

    Parameters
    ----------
    features : DataFrame indexed by customer_id, optional
        Default :func:`campaign_features` (``UPLIFT_FEATURES``).
    """
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.model_selection import KFold

    where = "uplift_model"
    chosen = _campaign(data, campaign_id, where)
    folds = check_int(folds, "folds", minimum=2, where=where)
    check_int(seed, "seed", minimum=0, where=where)
    if features is not None:
        check_columns(features, [], "features", where=where)
        if features.index.has_duplicates:
            raise ValueError(f"{where}: features has duplicated customer ids in its index")
        numeric = features.dtypes.map(lambda d: pd.api.types.is_numeric_dtype(d)).all()
        if features.shape[1] == 0 or not numeric:
            raise TypeError(f"{where}: features must be numeric columns indexed by customer_id")
    with named_as(where):
        X = (campaign_features(data, campaign_id) if features is None
             else features.reindex(chosen.index))
    if X.isna().any().any():
        raise ValueError(f"{where}: features are missing for some customers of the campaign")
    if not np.isfinite(X.to_numpy(dtype=float)).all():
        raise ValueError(f"{where}: features has infinite values")
    if len(X) < 2 * folds:
        raise ValueError(f"{where}: folds ({folds}) must leave at least two customers per fold; "
                         f"the campaign has {len(X)}")
    y = chosen["responded"].astype(int).to_numpy()
    treated = chosen["treated"].to_numpy()
    values = X.to_numpy(dtype=float)
    scores = np.zeros(len(X))
    for train, test in KFold(folds, shuffle=True, random_state=seed).split(values):
        predictions = []
        for arm in (True, False):
            rows = train[treated[train] == arm]
            forest = RandomForestClassifier(n_estimators=100, min_samples_leaf=50,
                                            random_state=seed, n_jobs=1)
            forest.fit(values[rows], y[rows])
            proba = forest.predict_proba(values[test])
            predictions.append(proba[:, 1] if proba.shape[1] == 2 else np.zeros(len(test)))
        scores[test] = predictions[0] - predictions[1]
    return pd.Series(scores, index=X.index, name="predicted_uplift")


def uplift_by_decile(scores: pd.Series, data, campaign_id: str, bins: int = 10) -> pd.DataFrame:
    """Observed response of treated and control customers in each decile of predicted uplift
    (1 = highest predicted), and the observed uplift there.

    Each group needs treated and control customers, so ``bins`` must leave room for both; scores
    that tie are split by their order (rank ``method="first"``).
    """
    where = "uplift_by_decile"
    bins = check_int(bins, "bins", minimum=1, where=where)
    chosen = _scored_campaign(scores, data, campaign_id, where)
    if scores.nunique() < bins:
        raise ValueError(f"{where}: scores take {scores.nunique()} distinct value(s); they cannot "
                         f"rank customers into {bins} groups (bins); use fewer bins or real scores")
    rank = scores.rank(method="first", ascending=False, pct=True)
    decile = np.ceil(rank * bins).astype(int).clip(1, bins)
    frame = pd.DataFrame({"decile": decile, "treated": chosen["treated"],
                          "responded": chosen["responded"], "predicted": scores})
    table = frame.groupby(["decile", "treated"])["responded"].mean().unstack("treated")
    if table.shape[1] != 2 or table.isna().any().any():
        raise ValueError(f"{where}: with {len(scores)} scores in {bins} bins some bin lacks treated "
                         "or control customers; use fewer bins")
    table.columns = ["control_response", "treated_response"]
    table = table[["treated_response", "control_response"]]
    table["observed_uplift"] = table["treated_response"] - table["control_response"]
    table["predicted_uplift"] = frame.groupby("decile")["predicted"].mean()
    table["customers"] = frame.groupby("decile").size()
    return table


def qini_curve(scores: pd.Series, data, campaign_id: str, points: int = 20) -> pd.DataFrame:
    """Incremental responders gained by contacting the top share of customers by ``scores``,
    estimated from the randomised test, against contacting a random share of the same size.

    At share s: treated responders among the top s, minus control responders among the top s
    scaled to the number treated there; the random line rises straight to the overall gain.
    """
    where = "qini_curve"
    check_int(points, "points", minimum=1, where=where)
    chosen = _scored_campaign(scores, data, campaign_id, where)
    order = np.argsort(-scores.to_numpy(), kind="stable")
    treated = chosen["treated"].to_numpy()[order]
    responded = chosen["responded"].to_numpy()[order].astype(float)
    n_t, n_c = np.cumsum(treated), np.cumsum(~treated)
    r_t, r_c = np.cumsum(responded * treated), np.cumsum(responded * ~treated)
    with np.errstate(invalid="ignore", divide="ignore"):
        gain = r_t - np.where(n_c > 0, r_c * n_t / n_c, 0.0)
    share = np.arange(1, len(order) + 1) / len(order)
    marks = np.unique(np.clip(np.round(np.linspace(0, 1, points + 1) * len(order)).astype(int) - 1,
                              0, None))
    curve = pd.DataFrame({"share_targeted": np.concatenate([[0.0], share[marks]]),
                          "incremental_responders": np.concatenate([[0.0], gain[marks]])})
    curve["random"] = curve["share_targeted"] * gain[-1]
    return curve


def _scored_campaign(scores, data, campaign_id, where):
    """The campaign's customers in the order of ``scores``, every score one of them."""
    chosen = _campaign(data, campaign_id, where)
    check_series(scores, "scores", where)
    if scores.index.has_duplicates:
        raise ValueError(f"{where}: scores has duplicated customer ids in its index")
    outside = ~scores.index.isin(chosen.index)
    if outside.any():
        raise ValueError(f"{where}: {int(outside.sum())} of the scores are for customers not in "
                         f"campaign {campaign_id!r}; score the campaign's customers")
    return chosen.reindex(scores.index)


# ------------------------------------------------------------------ ROI


def campaign_roi(results: pd.DataFrame, cost_per_contact: float, margin: float,
                 targeting: pd.DataFrame | None = None) -> pd.Series:
    """Return on contacting everyone, from :func:`campaign_results`.

    Incremental margin per contact = uplift in revenue per customer × ``margin``; ROI =
    (incremental margin − cost) / cost; the break-even uplift in response is the cost divided by
    the margin of one response. Pass ``targeting`` (from :func:`targeting_profit`) to add the
    profit per 1,000 customers of contacting each top share, next to contacting everyone.
    """
    where = "campaign_roi"
    check_number(cost_per_contact, "cost_per_contact", where)
    if cost_per_contact <= 0:
        raise ValueError(f"{where}: cost_per_contact must be > 0, got {cost_per_contact!r}")
    check_number(margin, "margin", where)
    if not 0 < margin <= 1:
        raise ValueError(f"{where}: margin must be in (0, 1], got {margin!r}")
    check_columns(results, ["revenue_per_customer", "response_rate"], "results", where=where)
    for column in ("revenue_per_customer", "response_rate"):
        check_numbers(results[column], f"results[{column!r}]", where)
    needed = ["treated", "uplift (treated - control)"]
    if not set(needed) <= set(results.index) or results.index.has_duplicates:
        raise ValueError(f"{where}: results must be campaign_results(...) with rows {needed}, "
                         f"got rows {list(results.index)}")
    uplift = results.loc["uplift (treated - control)"]
    treated = results.loc["treated"]
    incremental = uplift["revenue_per_customer"] * margin
    revenue_per_response = treated["revenue_per_customer"] / max(treated["response_rate"], 1e-12)
    summary = pd.Series({
        "incremental_margin_per_contact": incremental,
        "cost_per_contact": cost_per_contact,
        "profit_per_contact": incremental - cost_per_contact,
        "roi": (incremental - cost_per_contact) / cost_per_contact,
        "break_even_uplift": cost_per_contact / (revenue_per_response * margin),
        "observed_uplift": uplift["response_rate"],
        "profit_per_1000_everyone": 1000 * (incremental - cost_per_contact),
    })
    if targeting is not None:
        check_columns(targeting, ["share_targeted", "profit_per_1000"], "targeting", where=where)
        for row in targeting.itertuples():
            summary[f"profit_per_1000_top_{row.share_targeted:.0%}"] = row.profit_per_1000
    return summary


def targeting_profit(scores: pd.Series, data, campaign_id: str, cost_per_contact: float,
                     margin: float, shares=None) -> pd.DataFrame:
    """Profit of contacting the top share of customers by ``scores``, per 1,000 customers in
    the campaign list, estimated from the test: incremental revenue × ``margin`` − contact costs.

    Incremental revenue in the top share = treated revenue − control revenue scaled to the
    treated count there (the Qini idea, in money).
    """
    where = "targeting_profit"
    chosen = _scored_campaign(scores, data, campaign_id, where)
    check_number(cost_per_contact, "cost_per_contact", where, low=0, low_open=True)
    check_share(margin, "margin", where, open_low=True)
    shares = (np.linspace(0.1, 1.0, 10) if shares is None
              else check_numbers(shares, "shares", where, low=0, high=1, low_open=True))
    order = np.argsort(-scores.to_numpy(), kind="stable")
    treated = chosen["treated"].to_numpy()[order]
    revenue = chosen["revenue_90d"].to_numpy(dtype=float)[order]
    n = len(order)
    rows = []
    for share in shares:
        top = slice(0, max(1, int(round(share * n))))
        t, c = treated[top], ~treated[top]
        if t.sum() == 0 or c.sum() == 0:
            incremental_per_contact = 0.0
        else:
            incremental_per_contact = revenue[top][t].mean() - revenue[top][c].mean()
        contacts = 1000 * share
        profit = contacts * (incremental_per_contact * margin - cost_per_contact)
        rows.append((share, contacts, incremental_per_contact, profit,
                     profit / (contacts * cost_per_contact)))
    return pd.DataFrame(rows, columns=["share_targeted", "contacts_per_1000",
                                       "incremental_revenue_per_contact", "profit_per_1000",
                                       "roi"])


# ------------------------------------------------------------------ service tiers

#: Assumed service levels (course: A one-to-one service with a dedicated representative, B a
#: membership programme, C a customer file, regular information and sampled calls): yearly cost
#: per customer and the share of the customer's yearly margin the service keeps or grows.
DEFAULT_TIER_RULES = pd.DataFrame({
    "tier": ["A", "B", "C"],
    "service_offered": ["dedicated representative, one-to-one service", "membership programme",
                        "customer file, regular information, sampled calls"],
    "cost_per_customer": [120.0, 24.0, 4.0],
    "value_lift": [0.15, 0.04, 0.01],
}).set_index("tier")


def service_tiers(value: pd.Series, tier_rules: pd.DataFrame | None = None,
                  cutoffs=(0.8, 0.95), one_size_tier: str = "B"):
    """A/B/C service tiers by ABC analysis of ``value`` (yearly margin per customer), their cost,
    and the profit of tiering against giving everyone the ``one_size_tier`` service.

    Profit of a tier = Σ value × value_lift − customers × cost_per_customer.

    Returns
    -------
    tiers : Series of "A" / "B" / "C" indexed like ``value``
    summary : DataFrame per tier (customers, value, cost, profit under tiering) plus the totals of
        tiering and of one size for all.
    """
    from .differentiate import abc_classes

    where = "service_tiers"
    rules = DEFAULT_TIER_RULES if tier_rules is None else tier_rules
    check_columns(rules, ["cost_per_customer", "value_lift"], "tier_rules", where=where)
    check_numbers(rules["cost_per_customer"], "tier_rules['cost_per_customer']", where, low=0)
    check_numbers(rules["value_lift"], "tier_rules['value_lift']", where, low=0)
    check_series(value, "value", where, low=0)
    if not isinstance(one_size_tier, str):
        raise TypeError(f"{where}: one_size_tier must be 'A', 'B' or 'C', got {one_size_tier!r}")
    if not {"A", "B", "C"} <= set(rules.index):
        raise ValueError(f"{where}: tier_rules needs rows A, B and C, got {list(rules.index)}")
    if one_size_tier not in rules.index:
        raise ValueError(f"{where}: one_size_tier must be one of {list(rules.index)}")
    with named_as(where):
        tiers = abc_classes(value, cutoffs=cutoffs).rename("service_tier")
    frame = pd.DataFrame({"tier": tiers.astype(str), "value": value})
    summary = frame.groupby("tier").agg(customers=("value", "size"), value=("value", "sum"))
    summary = summary.join(rules[["cost_per_customer", "value_lift"]])
    summary["cost"] = summary["customers"] * summary["cost_per_customer"]
    summary["gain"] = summary["value"] * summary["value_lift"]
    summary["profit"] = summary["gain"] - summary["cost"]
    one = rules.loc[one_size_tier]
    summary.loc["tiered total"] = [summary["customers"].sum(), summary["value"].sum(), np.nan,
                                   np.nan, summary["cost"].sum(), summary["gain"].sum(),
                                   summary["profit"].sum()]
    everyone = len(frame)
    one_gain = frame["value"].sum() * one["value_lift"]
    one_cost = everyone * one["cost_per_customer"]
    summary.loc[f"one size ({one_size_tier} for all)"] = [everyone, frame["value"].sum(),
                                                          one["cost_per_customer"],
                                                          one["value_lift"], one_cost, one_gain,
                                                          one_gain - one_cost]
    return tiers, summary


# ------------------------------------------------------------------ the eight needs, read

#: The course's eight need questions and the column of :func:`needs_profile` that answers each.
NEED_QUESTIONS = pd.DataFrame({
    "question": ["what", "when", "where", "why", "how many", "what price", "how to pay",
                 "how often"],
    "question_zh": ["买什么", "何时买", "在哪里买", "为什么买", "买多少", "什么价格", "如何付款",
                    "多久买一次"],
    "column": ["what", "when", "where", "why", "how_many", "price_band", "how_to_pay",
               "how_often"],
    "read_from": ["plan held (and main add-on)", "part of day of most contacts",
                  "channel used most", "most frequent contact reason", "lines on the account",
                  "monthly bill band (terciles)", "payment method", "top-ups a month"],
}).set_index("question")


def needs_summary(needs: pd.DataFrame) -> pd.DataFrame:
    """The eight need questions over all customers: the most common answer and its share (for
    counts — lines, top-ups a month — the median and the share at or below it).

    Examples
    --------
    >>> needs = pd.DataFrame({"what": ["A", "A", "B"], "when": ["evening"] * 3,
    ...     "where": ["app", "phone", "app"], "why": ["billing"] * 3, "how_many": [1, 1, 3],
    ...     "price_band": ["low", "low", "high"], "how_to_pay": ["card"] * 3,
    ...     "how_often": [0.0, 0.5, 2.0]})
    >>> row = needs_summary(needs).loc["where"]
    >>> row["typical_answer"], round(float(row["share"]), 3)
    ('app', 0.667)
    """
    where = "needs_summary"
    columns = NEED_QUESTIONS["column"].tolist()
    check_columns(needs, columns, "needs", where=where)
    if needs.empty:
        raise ValueError(f"{where}: needs is empty; it needs at least one customer")
    rows = []
    for question, row in NEED_QUESTIONS.iterrows():
        values = needs[row["column"]].dropna()
        if values.empty:
            rows.append((question, row["question_zh"], None, np.nan, row["read_from"]))
        elif pd.api.types.is_numeric_dtype(values) and row["column"] in ("how_many", "how_often"):
            median = float(values.median())
            rows.append((question, row["question_zh"], tr("median {median:g}", median=median),
                         float((values <= median).mean()), row["read_from"]))
        else:
            counts = values.astype(str).value_counts(normalize=True)
            counts = counts[counts == counts.max()].sort_index()
            rows.append((question, row["question_zh"], counts.index[0], float(counts.iloc[0]),
                         row["read_from"]))
    return pd.DataFrame(rows, columns=["question", "question_zh", "typical_answer", "share",
                                       "read_from"]).set_index("question")


def read_needs(needs: pd.DataFrame, customer_id) -> str:
    """One customer's row of :func:`needs_profile` read as a sentence a customer manager can use
    (in the current language: ``crmlab.set_language("zh")`` gives it in Chinese).

    Examples
    --------
    >>> needs = pd.DataFrame({"what": ["Smart 10GB"], "main_add_on": ["roaming_pack"],
    ...     "when": ["evening (18-24)"], "where": ["app"], "why": ["technical fault"],
    ...     "how_many": [1], "data_gb": [7.4], "price_band": ["high"], "mean_bill": [114.2],
    ...     "how_to_pay": ["credit card"], "how_often": [0.0]}, index=[4])
    >>> print(read_needs(needs, 4))
    Customer 4 buys Smart 10GB with roaming_pack (what), 1 line using 7.4 GB a month (how many), in the high price band at 114 a month (what price), paid by credit card (how to pay); gets in touch mostly in the evening (18-24) (when) through the app (where), most often about technical fault (why); tops up 0 times a month (how often).
    """
    where = "read_needs"
    check_columns(needs, NEED_QUESTIONS["column"].tolist(), "needs", where=where)
    if isinstance(customer_id, (bool, np.bool_)) or not pd.api.types.is_scalar(customer_id):
        raise TypeError(f"{where}: customer_id must be one id of needs' index, got "
                        f"{type(customer_id).__name__}")
    found = int((needs.index == customer_id).sum())
    if found == 0:
        raise ValueError(f"{where}: customer_id {customer_id!r} is not in needs")
    if found > 1:
        raise ValueError(f"{where}: customer_id {customer_id!r} appears {found} times in needs; "
                         "expected one row per customer")
    row = needs[needs.index == customer_id].iloc[0]

    def said(value, empty="(no record)"):
        return empty if pd.isna(value) else str(value)

    def number(value, spec):
        """A number in ``spec``, or None for a missing or non-numeric value."""
        if value is None or isinstance(value, bool) or pd.isna(value):
            return None
        try:
            return format(float(value), spec)
        except (TypeError, ValueError):
            return None

    # the sentence in the current language (crmlab.tr): text values show by their Chinese names
    add_on = row.get("main_add_on")
    what = said(row["what"])
    if not pd.isna(add_on):
        what = tr("{plan} with {add_on}", plan=what, add_on=str(add_on))
    lines = number(row["how_many"], "g") or "?"
    lines_text = tr("{lines} line", lines=lines) if lines == "1" else tr("{lines} lines", lines=lines)
    usage = number(row.get("data_gb"), "g")
    usage_text = "" if usage is None else tr(" using {usage} GB a month", usage=usage)
    bill = number(row.get("mean_bill"), ".0f")
    bill_text = "" if bill is None else tr(" at {bill} a month", bill=bill)
    often = number(row["how_often"], "g")
    often_text = (tr("no top-up on record") if often is None
                  else tr("tops up {often} times a month", often=often))
    return tr("Customer {customer_id} buys {what} (what), {lines}{usage} (how many), in the {band} "
              "price band{bill} (what price), paid by {pay} (how to pay); gets in touch mostly in "
              "the {when} (when) through the {where} (where), most often about {why} (why); "
              "{often} (how often).",
              customer_id=customer_id, what=what, lines=lines_text, usage=usage_text,
              band=said(row["price_band"]), bill=bill_text, pay=said(row["how_to_pay"]),
              when=said(row["when"]), where=said(row["where"]), why=said(row["why"]),
              often=often_text)


# ------------------------------------------------------------------ interaction timing


def interaction_timing(data, as_of=None, upsell_data_use: float = 0.8,
                       new_days: int = 90, complaint_days: int = 30) -> pd.DataFrame:
    """When to talk to each active customer — the course's three kinds of timing:

    - **periodic** (定期): the monthly bill every customer receives (always True);
    - **timely** (及时): ``contract_year_ending`` (one- and two-year contracts in the last three
      months of a contract year) and ``near_data_limit`` (more than ``upsell_data_use`` of the
      data allowance used over the last three months);
    - **moments of truth** (关键时刻): ``new_customer`` (signed within ``new_days``) and
      ``recent_complaint`` (a complaint still open or opened within ``complaint_days``).

    Returns one row per customer active at ``as_of`` (default: the end of the window).

    Examples
    --------
    >>> from crmlab import generate_telecom
    >>> timing = interaction_timing(generate_telecom(n_customers=300, months=12, seed=1))
    >>> bool(timing["periodic"].all())
    True
    """
    where = "interaction_timing"
    check_data(data, where)
    check_number(upsell_data_use, "upsell_data_use", where, low=0)
    check_int(new_days, "new_days", minimum=1, where=where)
    check_int(complaint_days, "complaint_days", minimum=1, where=where)
    as_of = data.window_end if as_of is None else check_date(as_of, "as_of", where)
    customers = data.customers.set_index("customer_id")
    active = customers[(customers["signup_date"] <= as_of)
                       & (customers["churn_date"].isna() | (customers["churn_date"] > as_of))]
    plans = data.plans.set_index("plan_id")
    usage = data.bills[(data.bills["month"] >= as_of - pd.DateOffset(months=3))
                       & (data.bills["month"] < as_of)].groupby("customer_id")["data_gb"].mean()
    allowance = (plans["data_gb"].reindex(active["plan_id"].astype(str)).to_numpy()
                 * active["lines"].to_numpy())
    with np.errstate(divide="ignore", invalid="ignore"):
        use = usage.reindex(active.index).to_numpy() / allowance
    days_in = (as_of - active["signup_date"]).dt.days
    months_in = days_in / 30.44
    contract = active["contract"].astype(str)
    complaints = data.complaints
    recent = complaints[(complaints["opened"] <= as_of)
                        & ((complaints["status"] == "open")
                           | (complaints["opened"] > as_of - pd.Timedelta(days=complaint_days)))]
    table = pd.DataFrame({
        "periodic": True,
        "contract_year_ending": (contract != "month-to-month") & ((months_in % 12) >= 9),
        "near_data_limit": np.nan_to_num(use, nan=0.0, posinf=0.0) > upsell_data_use,
        "new_customer": days_in <= new_days,
        "recent_complaint": active.index.isin(recent["customer_id"]),
    }, index=active.index)
    table["timely"] = table["contract_year_ending"] | table["near_data_limit"]
    table["moment_of_truth"] = table["new_customer"] | table["recent_complaint"]
    return table
