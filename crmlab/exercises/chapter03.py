"""Exercises of notebook 03: channels, the contact centre, complaints and satisfaction."""

from __future__ import annotations

import pandas as pd

from ._check import register, written


@register("03.1", "What is the first-contact resolution (0-1) of the app channel: the share of "
          "its contacts resolved at the first contact?",
          "FCR (首次解决率) = contacts solved the first time / all contacts, per channel.",
          "Keep the interactions whose channel is 'app' and take the mean of resolved_first_contact "
          "(True counts as 1).", kind="share")
def app_fcr(data) -> float:
    contacts = data.interactions
    return float(contacts.loc[contacts["channel"] == "app", "resolved_first_contact"].mean())


@register("03.2", "What is the Net Promoter Score (in points, -100 to 100) of all survey answers?",
          "NPS = % promoters (9-10) minus % detractors (0-6); passives (7-8) count in the total only.",
          "From data.surveys['nps_score'], take the share of answers 9 or 10 and the share 0 to 6, "
          "subtract, and multiply by 100.", kind="number", decimals=0)
def overall_nps(data) -> float:
    from ..interact import nps

    return nps(data.surveys["nps_score"])


def calls_of(seed: int) -> int:
    """Calls per half hour the campaign of 03.3 brings: each student's own load (250 to 350)."""
    return 250 + seed % 101


def handling_time(data) -> int:
    """Average handling time: mean duration of the answered phone contacts, in whole seconds."""
    contacts = data.interactions
    answered = contacts[(contacts["channel"] == "phone") & ~contacts["abandoned"]]
    return int(round(answered["duration_s"].mean()))


@register("03.3", "How many agents answer 80 % of the campaign's calls within 20 s? The load is "
          "calls = 250 + seed % 101 per half hour (set in the notebook); the average handling "
          "time is the mean duration_s of the answered (not abandoned) phone contacts of your data, "
          "rounded to whole seconds.",
          "Erlang C: with N agents for a traffic of A erlangs, some calls wait; add agents until the "
          "share answered within 20 s reaches 80 %.",
          "Measure the handling time from data.interactions; traffic A = calls x handling time / "
          "1800 s; start at the first N above A and compute the service level for N, N+1, ... with "
          "the Erlang C formula of the chapter.", kind="count")
def agents_needed(data, seed) -> int:
    from ..interact import agents_required

    return agents_required(calls_of(seed), 1800, handling_time(data), 0.8, 20)


@register("03.4", "With one agent fewer than your answer to 03.3, on the same load, what share (0-1) "
          "of calls is answered within 20 s?",
          "Service level = 1 - P(wait) x exp(-(N - A) x target time / handling time).",
          "Compute A, then the Erlang C probability of waiting for N = (03.3) - 1, then the service "
          "level for a target of 20 s; the chapter's service-level function confirms it.",
          kind="share")
def level_one_fewer(data, seed) -> float:
    from ..interact import agents_required, service_level

    aht = handling_time(data)
    agents = agents_required(calls_of(seed), 1800, aht, 0.8, 20)
    return float(service_level(calls_of(seed), 1800, aht, agents - 1, 20))


@register("03.5", "Median number of hours from a complaint being made (opened) to its remedy "
          "(remedied, step 3 of 4)?",
          "Time between two steps of the complaint process = one timestamp minus the other.",
          "In data.complaints, subtract opened from remedied, turn the gaps into hours and take the "
          "median (missing gaps are skipped).", kind="number", decimals=1)
def remedy_hours(data) -> float:
    complaints = data.complaints
    return float(((complaints["remedied"] - complaints["opened"]).dt.total_seconds() / 3600).median())


@register("03.6", "Share (0-1) of badly handled complaints followed by churn within 90 days?",
          "Compare what happens after the event: of the complaints handled badly, how many "
          "customers left within 90 days?",
          "A complaint is handled well when closed within 7 days, followed up and not reopened; "
          "keep complaints opened at least 90 days before the end of the data, and count those "
          "whose customer's churn_date falls 0-90 days after the day of opening; the "
          "chapter's complaint-effect table has the row to confirm it.", kind="share")
def bad_complaint_churn(data) -> float:
    from ..interact import complaint_effect_on_churn

    return float(complaint_effect_on_churn(data).loc["complaint handled badly",
                                                     "churn_within_90_days"])


def _abandoned_all(data) -> float:
    return float(data.interactions["abandoned"].mean())


@register("03.7", "What share (0-1) of the phone contacts were abandoned (the caller hung up "
          "before an agent answered)?",
          "Abandonment rate (放弃率) = abandoned calls / calls offered, on one channel.",
          "Keep the interactions whose channel is 'phone' and take the mean of abandoned.",
          kind="share", mistakes=[(_abandoned_all, "denominator_all_channels")])
def phone_abandoned(data) -> float:
    contacts = data.interactions
    return float(contacts.loc[contacts["channel"] == "phone", "abandoned"].mean())


@register("03.8", "What share (0-1) of all survey answers are promoters (score 9 or 10)?",
          "Promoters are the customers who would recommend us warmly.",
          "In data.surveys, mark the nps_score values of 9 or more and take their share of all answers.",
          kind="share")
def promoters(data) -> float:
    return float((data.surveys["nps_score"] >= 9).mean())


written("03.9", "Decide: the budget allows one agent fewer than 03.3 for the campaign's calls. Do you "
        "accept, hire up to the number of 03.3, or move calls to another channel? Justify with "
        "numbers.",
        "A service level has a price in agents and a price in lost or angry customers.",
        "Use 03.3 and 03.4, the abandonment of 03.7, and the FCR of the channels (03.1).")
written("03.10", "Decide: is it worth paying for faster, followed-up complaint handling? What would "
        "you need to know to put a number on it?",
        "The fair comparison is churn after a complaint handled well vs badly.",
        "Use 03.6 against the churn after a well-handled complaint and the number of bad "
        "complaints a year; say whether the design supports 'causes' or only 'goes with'.")


@register("03.11", "What share (0-1) of all contacts are followed, within 7 days, by a contact of "
          "the same customer on ANOTHER channel (a hand-over the second channel must remember)?",
          "Sort each customer's contacts in time; look at the next contact of the same customer.",
          "Sort data.interactions by customer_id and timestamp; the next row's customer, time and "
          "channel come from shift(-1); count rows where the next row is the same customer, at "
          "most 7 days later, on a different channel, and divide by all contacts "
          "(interact.repeat_contacts confirms it).", kind="share")
def switched_channel_share(data) -> float:
    from ..interact import repeat_contacts

    return float(repeat_contacts(data.interactions, days=7)["switched_channel"].mean())


def roi_inputs(data) -> dict:
    """The chapter's contact-centre ROI inputs, measured on the student's data (see 03.12)."""
    from ..interact import complaint_effect_on_churn

    contacts = data.interactions
    phone = contacts[contacts["channel"] == "phone"]
    effect = complaint_effect_on_churn(data)
    extra = (effect.loc["complaint handled badly", "churn_within_90_days"]
             - effect.loc["any customer-month (baseline)", "churn_within_90_days"])
    bills = data.bills[data.bills["month"] >= data.window_end - pd.DateOffset(months=12)]
    value = (bills.groupby("customer_id")["amount"].sum()
             .reindex(phone["customer_id"].unique()).dropna().mean() * 0.6)
    return dict(patience_s=float(phone["wait_s"].sum() / phone["abandoned"].sum()),
                value_at_risk=float(value), churn_if_abandoned=float(max(extra, 0) / 5),
                churn_if_late=float(max(extra, 0) / 20))


@register("03.12", "Contact-centre ROI on the campaign load of 03.3: with 40 an agent-hour "
          "(assumed), how many agents give the lowest agent cost + expected margin lost? Use the "
          "chapter's other inputs measured on your data: patience = total wait_s of the phone "
          "calls / abandoned calls; value at risk = 0.6 x the mean last-12-month bill total of "
          "customers who phoned; extra churn of an abandoned call = (churn within 90 days after a "
          "badly handled complaint - baseline) / 5, of a late answer the same / 20.",
          "Every extra agent costs its wage and saves the margin of callers who would have "
          "given up or waited too long; stop where the saving falls below the wage.",
          "Compute the four inputs as in the chapter; for each number of agents from just above "
          "the traffic to 40 more, agent cost = agents x 40 x 0.5 h and margin lost = (abandoned "
          "calls x churn of an abandoned call + late calls x churn of a late answer) x value; "
          "the chapter's staffing-economics table does it and marks the best row.", kind="count")
def profit_agents(data, seed) -> int:
    import numpy as np

    from ..interact import staffing_economics

    aht = handling_time(data)
    calls = calls_of(seed)
    first = int(np.floor(calls * aht / 1800)) + 1
    inputs = roi_inputs(data)
    table = staffing_economics(calls, 1800, aht, list(range(first, first + 40)), 40.0,
                               inputs["value_at_risk"], inputs["churn_if_abandoned"],
                               inputs["churn_if_late"], patience_s=inputs["patience_s"])
    return int(table.loc[table["best"], "agents"].item())


written("03.13", "Decide: the board asks for a 30 % cut in handling cost. Using the chapter's "
        "routing pilot (efficiency vs effectiveness) and your answer to 03.12, what do you propose, "
        "for which customers, and what will the cost report not show?",
        "A saving in handling cost can come back as lost margin and as the cost of winning new "
        "customers: pay twice.",
        "Compare the net per customer of the two policies for high-value customers and for the "
        "others; say which numbers are measured and which are assumed.")
