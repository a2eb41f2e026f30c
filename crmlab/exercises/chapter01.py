"""Exercises of notebook 01: identify customers."""

from __future__ import annotations

from ._check import register, written


@register("01.1", "How many records of crm_raw come from the source 'web_signup'?",
          "crm_raw is a pile of records from several systems; each record says where it came from.",
          "In data.crm_raw, compare the source column with 'web_signup' and count the matches.",
          kind="count")
def web_records(data) -> int:
    return int((data.crm_raw["source"] == "web_signup").sum())


@register("01.2", "After normalising the phone numbers, how many distinct phone numbers does "
          "crm_raw hold (missing ones not counted)?",
          "The same number is written in many ways (+86, spaces, dashes); compare numbers only "
          "after writing them all the same way.",
          "Normalise the phone column of data.crm_raw with the kit's phone normaliser of chapter 01, "
          "then count the distinct non-missing values.", kind="count")
def distinct_phones(data) -> int:
    from ..identify import normalize_phone

    return int(normalize_phone(data.crm_raw["phone"]).nunique())


@register("01.3", "How many people (entities) does identity resolution find in crm_raw with its "
          "default settings?",
          "Identity resolution links records that share a strong key (phone, e-mail) into one person.",
          "Resolve the identities of data.crm_raw with the chapter's resolver (default settings); it "
          "gives one entity id per record: count the distinct ids.", kind="count")
def entities(data) -> int:
    from ..identify import resolve_identities

    return int(resolve_identities(data.crm_raw).nunique())


@register("01.4", "What is the pairwise recall (0-1) of that resolution against raw_truth: of all "
          "pairs of records that truly belong to one customer, the share put in one entity?",
          "Recall asks: of the pairs that should be together, how many did we put together?",
          "Index data.raw_truth by record_id and take its customer_id as the truth; score the "
          "entities of 01.3 against it with the chapter's match-quality function; read recall.",
          kind="share")
def recall(data) -> float:
    from ..identify import match_quality, resolve_identities

    truth = data.raw_truth.set_index("record_id")["customer_id"]
    return float(match_quality(resolve_identities(data.crm_raw), truth)["recall"])


@register("01.5", "In the master file, how many customers have at least one complaint still open?",
          "The master file (客户主文件) holds one row per customer with what we know of them.",
          "Build the master file of chapter 01 from data; count the customers whose number of "
          "open complaints is above 0. (Check it from data.complaints: status not closed.)",
          kind="count")
def open_complaints(data) -> int:
    from ..identify import master_file

    return int((master_file(data)["open_complaints"] > 0).sum())


@register("01.6", "On 2025-12-31, how many customers are in the decline stage (衰退期)?",
          "Lifecycle stages come from how a customer's spending moves over time.",
          "Give every customer a lifecycle stage on 2025-12-31 with the chapter's rules, then count "
          "the customers whose stage is 'decline'.", kind="count")
def declining(data) -> int:
    from ..identify import lifecycle_stage

    return int((lifecycle_stage(data, "2025-12-31") == "decline").sum())


@register("01.7", "With SQL on the customer database: total amount billed in 2025 to customers "
          "on plan 'P06'?",
          "Bills do not know the plan; customers do — join the two tables on the customer.",
          "JOIN bills to customers on customer_id, keep plan_id 'P06' and months from '2025-01-01' "
          "up to (not including) '2026-01-01', and SUM the amount.", kind="money")
def p06_revenue(data) -> float:
    bills = data.bills.merge(data.customers[["customer_id", "plan_id"]], on="customer_id")
    keep = (bills["plan_id"] == "P06") & (bills["month"].dt.year == 2025)
    return float(bills.loc[keep, "amount"].sum())


@register("01.8", "What share (0-1) of the records of crm_raw have no e-mail address (missing)?",
          "Information completeness (信息完整度) starts with counting what is missing.",
          "In data.crm_raw, mark the e-mail values that are missing and take the share of marked "
          "records among all records.", kind="share")
def missing_email(data) -> float:
    return float(data.crm_raw["email"].isna().mean())


written("01.9", "Decide: marketing wants to mail an offer to every record of crm_raw next week. "
        "What do you advise, and what would it cost to skip your advice?",
        "Records are not customers.",
        "Compare the number of records with the people found in 01.3, use the recall of 01.4, and "
        "think of what a customer who gets three letters thinks of us.")
written("01.10", "Decide: should identity resolution merge more aggressively (e.g. on name and city "
        "too) — for a marketing mailing, and for a customer's bill?",
        "Merging wrongly and failing to merge cost different things in different uses.",
        "Relate recall (01.4) and precision to the two uses; say which error is worse in each and "
        "why a name is never a key.")


@register("01.11", "Credit records and sales limits: the master file gives a customer who paid more "
          "than a tenth of their bills late a credit limit of one average bill, everyone else three. "
          "How many customers get the one-bill limit?",
          "The credit part of the raw records turns payment behaviour into a sales limit.",
          "Per customer, take the share of bills with paid_late True; count the customers whose "
          "share is above 0.1 (strictly).", kind="count")
def one_bill_credit(data) -> int:
    late = data.bills.groupby("customer_id")["paid_late"].mean()
    return int((late > 0.1).sum())


@register("01.12", "What share (0-1) of consumer customers have at least one piece of attitude "
          "information in the master file (a last NPS answer or a mean contact rating)?",
          "Attitude information (心理/态度信息) must be asked for; completeness shows how often we did.",
          "Build the master file; keep the consumers; mark those where last_nps or mean_csat is "
          "not missing (either one is enough); take the share of marked customers.", kind="share")
def attitude_share(data) -> float:
    from ..identify import master_file

    master = master_file(data)
    consumers = master[master["customer_type"] == "consumer"]
    return float(consumers[["last_nps", "mean_csat"]].notna().any(axis=1).mean())


written("01.13", "Decide: of the course's customer types (by relationship, importance, loyalty and "
        "value behaviour), which could this operator's data show, which not — and what would you "
        "collect, through which channel, to see the value-behaviour types (lighthouse, follower, "
        "rational, profit-seeking)?",
        "Data record what customers do with us; types like 'profit-seeking' are about why.",
        "Go through the four ways of typing customers and name the columns that show each; for the "
        "value-behaviour types, pick a collection channel (questionnaire, interview, observation of "
        "adoption and of leaving after a discount) and say what you would record.")
