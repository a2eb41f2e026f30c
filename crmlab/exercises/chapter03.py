"""Exercises of notebook 03: channels, the contact centre, complaints and satisfaction."""

from __future__ import annotations

from ._check import register


@register("03.1", "What is the first-contact resolution (0-1) of the app channel?",
          "interact.channel_mix(data.interactions) has a first_contact_resolution column, "
          "one row per channel.", tolerance=1e-4)
def app_fcr(data) -> float:
    contacts = data.interactions
    return float(contacts.loc[contacts["channel"] == "app", "resolved_first_contact"].mean())


@register("03.2", "What is the Net Promoter Score of all survey answers?",
          "interact.nps(data.surveys['nps_score']): % promoters (9-10) minus % detractors (0-6).",
          tolerance=1e-4)
def overall_nps(data) -> float:
    from ..interact import nps

    return nps(data.surveys["nps_score"])


@register("03.3", "How many agents answer 80 % of 300 calls per half hour within 20 s, at an "
          "average handling time of 240 s?",
          "interact.agents_required(calls, interval_s=1800, aht_s=240, target_service_level=0.8, "
          "answer_within_s=20).")
def agents_300(data) -> int:
    from ..interact import agents_required

    return agents_required(300, 1800, 240, 0.8, 20)


@register("03.4", "With 45 agents on that load, what share of calls is answered within 20 s?",
          "interact.service_level(300, 1800, 240, 45, 20).", tolerance=1e-4)
def level_45(data) -> float:
    from ..interact import service_level

    return float(service_level(300, 1800, 240, 45, 20))


@register("03.5", "Median number of hours from a complaint being made to its remedy (step 3)?",
          "interact.complaint_funnel(data.complaints) gives median_hours per step; or compute "
          "(remedied - opened) in hours and take the median.", tolerance=0.01)
def remedy_hours(data) -> float:
    from ..interact import complaint_funnel

    return float(complaint_funnel(data.complaints)["median_hours"].iloc[2])


@register("03.6", "Share (0-1) of badly handled complaints followed by churn within 90 days?",
          "interact.complaint_effect_on_churn(data) — the row 'complaint handled badly'.",
          tolerance=1e-4)
def bad_complaint_churn(data) -> float:
    from ..interact import complaint_effect_on_churn

    return float(complaint_effect_on_churn(data).loc["complaint handled badly",
                                                     "churn_within_90_days"])
