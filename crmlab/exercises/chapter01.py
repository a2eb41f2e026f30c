"""Exercises of notebook 01: identify customers."""

from __future__ import annotations

from ._check import register


@register("01.1", "How many records of crm_raw come from the source 'web_signup'?",
          "Compare the source column with 'web_signup' and count the True values.")
def web_records(data) -> int:
    return int((data.crm_raw["source"] == "web_signup").sum())


@register("01.2", "After normalize_phone, how many distinct phone numbers does crm_raw hold "
          "(missing ones not counted)?",
          "identify.normalize_phone(data.crm_raw['phone']) then nunique() — it skips missing values.")
def distinct_phones(data) -> int:
    from ..identify import normalize_phone

    return int(normalize_phone(data.crm_raw["phone"]).nunique())


@register("01.3", "How many people (entities) does resolve_identities find in crm_raw with its "
          "default settings?",
          "resolve_identities(data.crm_raw) returns one entity_id per record; count distinct ids.")
def entities(data) -> int:
    from ..identify import resolve_identities

    return int(resolve_identities(data.crm_raw).nunique())


@register("01.4", "What is the pairwise recall (0-1) of that resolution against raw_truth?",
          "match_quality(predicted, truth) with truth = raw_truth indexed by record_id "
          "(its customer_id column); take 'recall'.", tolerance=1e-6)
def recall(data) -> float:
    from ..identify import match_quality, resolve_identities

    truth = data.raw_truth.set_index("record_id")["customer_id"]
    return float(match_quality(resolve_identities(data.crm_raw), truth)["recall"])


@register("01.5", "In the master file, how many customers have at least one open complaint?",
          "identify.master_file(data) has an open_complaints column; count rows where it is > 0.")
def open_complaints(data) -> int:
    from ..identify import master_file

    return int((master_file(data)["open_complaints"] > 0).sum())


@register("01.6", "On 2025-12-31, how many customers are in the decline stage (衰退期)?",
          "identify.lifecycle_stage(data, '2025-12-31') gives one stage per known customer.")
def declining(data) -> int:
    from ..identify import lifecycle_stage

    return int((lifecycle_stage(data, "2025-12-31") == "decline").sum())


@register("01.7", "With SQL on the customer database: total amount billed in 2025 to customers "
          "on plan 'P06'?",
          "JOIN bills to customers on customer_id, keep plan_id = 'P06' and months from "
          "'2025-01-01' up to (not including) '2026-01-01', SUM(amount).", tolerance=0.01)
def p06_revenue(data) -> float:
    bills = data.bills.merge(data.customers[["customer_id", "plan_id"]], on="customer_id")
    keep = (bills["plan_id"] == "P06") & (bills["month"].dt.year == 2025)
    return float(bills.loc[keep, "amount"].sum())
