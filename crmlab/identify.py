"""Identify (识别客户): clean the customer records, decide who is who, build the customer master file,
measure how complete it is, place customers in their lifecycle and relationship stages, and
protect their personal data (客户信息安全).
"""

from __future__ import annotations

import difflib
import hashlib
import hmac
import re

import numpy as np
import pandas as pd

from ._validation import (check_columns, check_data, check_date, check_int, check_mapping,
                          check_numbers, check_share, check_text_series, named_as)

CITY_WORDS = {"n.": "north", "s.": "south", "e.": "east", "w.": "west", "pt.": "port",
              "lk.": "lake", "ft.": "fort", "mt.": "mount", "st.": "saint"}


# ------------------------------------------------------------------ cleaning


def _text(series: pd.Series) -> pd.Series:
    return series.astype("str").str.strip().str.replace(r"\s+", " ", regex=True)


def normalize_phone(phones: pd.Series, country: str | None = None) -> pd.Series:
    """National digits of a phone number: spaces, dashes, dots and brackets removed, and the
    country code dropped — 1 before a 10-digit US number, 86 before an 11-digit Chinese mobile.

    ``country`` ("US" or "CN") says which numbering the list uses; by default it is inferred:
    US when at least 30 % of the numbers have 10 digits. (A US "1-852-…" and a Chinese
    "185-…" both have 11 digits: only the country tells them apart.)

    Examples
    --------
    >>> normalize_phone(pd.Series(["+1 212 555 0143", "(212) 555-0143", "1-852-346-6442", None]), "US").tolist()
    ['2125550143', '2125550143', '8523466442', nan]
    >>> normalize_phone(pd.Series(["+86 138 1234 5678", "86-13812345678", "185 2346 6442"])).tolist()
    ['13812345678', '13812345678', '18523466442']
    """
    check_text_series(phones, "phones", "normalize_phone")
    if country is not None and not isinstance(country, str):
        raise TypeError(f"normalize_phone: country must be 'US', 'CN' or None, got {country!r}")
    digits = phones.astype("str").str.replace(r"\D", "", regex=True)
    lengths = digits.str.len()
    if country is None:
        country = "US" if (lengths == 10).mean() >= 0.3 else "CN"
    if country not in ("US", "CN"):
        raise ValueError(f"normalize_phone: country must be 'US' or 'CN', got {country!r}")
    if country == "US":
        digits = digits.where(~((lengths == 11) & digits.str.startswith("1")), digits.str[1:])
    else:
        digits = digits.where(~((lengths == 13) & digits.str.startswith("86")), digits.str[2:])
    return digits.where(digits.str.len() > 0)


def city_key(cities: pd.Series) -> pd.Series:
    """A spelling-free key of a city: case-folded, spaces trimmed, 市 dropped, abbreviations spelled out.

    >>> city_key(pd.Series(["Pt. Emily", "PORT EMILY ", "北京市", "北京"])).tolist()
    ['port emily', 'port emily', '北京', '北京']
    """
    check_text_series(cities, "cities", "city_key")
    text = _text(cities).str.casefold().str.replace("市", "", regex=False).str.strip()
    parts = text.str.split(" ", n=1)
    first, rest = parts.str[0], parts.str[1]
    spelled = first.map(CITY_WORDS).fillna(first)
    key = spelled.where(rest.isna(), spelled + " " + rest)
    # "New" and "North" share the abbreviation "N.": fold both to one key
    return key.str.replace(r"^(new|north) ", "n ", regex=True)


def normalize_birth_date(text: pd.Series) -> pd.Series:
    """Dates typed as ``YYYY-MM-DD``, ``YYYY/MM/DD`` or ``MM/DD/YYYY`` → datetime (NaT if unreadable)."""
    check_text_series(text, "text", "normalize_birth_date")
    text = text.astype("str").str.strip()
    iso = pd.to_datetime(text.str.replace("/", "-"), format="%Y-%m-%d", errors="coerce")
    us = pd.to_datetime(text, format="%m/%d/%Y", errors="coerce")
    return iso.fillna(us)


def standardize_contacts(raw: pd.DataFrame) -> pd.DataFrame:
    """One spelling for every contact field, so that records can be compared.

    Names trimmed, inner spaces collapsed and case-folded (``name_key`` also drops the spaces);
    phones reduced to national digits; e-mails trimmed and lower-cased; each city mapped to the
    spelling most often used for it; birth dates read from the formats the sources use.
    The input is not changed; :func:`standardize_report` counts what changed.

    Examples
    --------
    >>> raw = pd.DataFrame({"record_id": [1, 2], "name": [" JIMMY  Bell", "Jimmy Bell"],
    ...                     "phone": ["(532) 817-4879", "532-817-4879"],
    ...                     "email": [None, "Jimmy.Bell1@Mail.com "], "city": ["BAKERTON", "Bakerton"],
    ...                     "birth_date": ["01/02/1990", "1990-01-02"]})
    >>> standardize_contacts(raw)[["name", "phone", "email", "city"]].iloc[0].tolist()
    ['jimmy bell', '5328174879', nan, 'Bakerton']
    """
    where = "standardize_contacts"
    check_columns(raw, ["record_id", "name", "phone", "email", "city"], "raw", where=where)
    clean = raw.copy()
    clean["name"] = _text(raw["name"]).str.casefold().where(raw["name"].notna())
    clean["name_key"] = clean["name"].str.replace(r"[\s.\-']", "", regex=True)
    clean["phone"] = normalize_phone(raw["phone"])
    clean["email"] = _text(raw["email"]).str.casefold().where(raw["email"].notna())
    keys = city_key(raw["city"]).where(raw["city"].notna())
    spelled = _text(raw["city"]).where(raw["city"].notna())
    # the most used spelling of each city; on a tie, one that is neither all capitals nor all lower
    counts = (pd.DataFrame({"key": keys, "spelling": spelled}).dropna()
              .value_counts().rename("n").reset_index())
    counts["mixed_case"] = ((counts["spelling"] != counts["spelling"].str.upper())
                            & (counts["spelling"] != counts["spelling"].str.lower()))
    canonical = (counts.sort_values(["key", "n", "mixed_case", "spelling"],
                                    ascending=[True, False, False, True])
                 .drop_duplicates("key").set_index("key")["spelling"])
    clean["city"] = keys.map(canonical)
    if "birth_date" in raw:
        clean["birth_date"] = normalize_birth_date(raw["birth_date"]).where(raw["birth_date"].notna())
    return clean


def standardize_report(raw: pd.DataFrame, clean: pd.DataFrame) -> pd.DataFrame:
    """Per field: how many values standardisation changed, and how many are missing.

    Examples
    --------
    >>> raw = pd.DataFrame({"record_id": [1], "name": [" Ann  Lee"], "phone": ["555-0101"],
    ...                     "email": [None], "city": ["Lyon"]})
    >>> standardize_report(raw, standardize_contacts(raw))["changed"].tolist()
    [1, 1, 0, 0]
    """
    where = "standardize_report"
    check_columns(raw, [], "raw", where=where)
    check_columns(clean, [], "clean", where=where)
    if len(raw) != len(clean) or not raw.index.equals(clean.index):
        raise ValueError(f"{where}: clean must be standardize_contacts(raw): same rows as raw "
                         f"({len(raw)}), got {len(clean)}")
    if "birth_date" in clean and not pd.api.types.is_datetime64_any_dtype(clean["birth_date"]):
        raise TypeError(f"{where}: column 'birth_date' of clean must hold dates "
                        "(as standardize_contacts makes them)")
    rows = []
    for column in ("name", "phone", "email", "city", "birth_date"):
        if column not in raw or column not in clean:
            continue
        before = raw[column].astype("str")
        after = (clean[column].dt.strftime("%Y-%m-%d") if column == "birth_date"
                 else clean[column]).astype("str")
        present = raw[column].notna()
        rows.append((column, int((before != after)[present].sum()), int((~present).sum())))
    report = pd.DataFrame(rows, columns=["field", "changed", "missing"]).set_index("field")
    report["records"] = len(raw)
    return report


# ------------------------------------------------------------------ identity resolution


def _block_pairs(keys: pd.Series, max_block: int) -> np.ndarray:
    """All pairs of positions sharing a key, from blocks of at most ``max_block`` records."""
    valid = keys.notna().to_numpy()
    codes = pd.factorize(keys)[0]
    positions = np.flatnonzero(valid)
    codes = codes[valid]
    order = np.argsort(codes, kind="stable")
    positions, codes = positions[order], codes[order]
    sizes = np.bincount(codes)
    small = sizes[codes] <= max_block
    positions, codes = positions[small], codes[small]
    pairs = []
    for gap in range(1, max_block):
        same = codes[gap:] == codes[:-gap]
        if not same.any():
            break
        pairs.append(np.stack([positions[:-gap][same], positions[gap:][same]], axis=1))
    return np.concatenate(pairs) if pairs else np.empty((0, 2), dtype=np.int64)


def name_similarity(a: str, b: str) -> float:
    """difflib's ratio of two name keys, 0 (nothing in common) to 1 (equal).

    >>> name_similarity("jimmybell", "jimmbell")
    0.9411764705882353
    """
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError(f"name_similarity: a and b must be str, got {type(a).__name__} and "
                        f"{type(b).__name__}")
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def resolve_identities(raw: pd.DataFrame, *, name_threshold: float = 0.5,
                       strict_name_threshold: float = 0.85, max_block: int = 30) -> pd.Series:
    """Decide which raw records are the same person: record_id → entity_id.

    Blocking keeps it fast — only records that share a phone, an e-mail or a (birth date, first
    letter of the name) are ever compared, never all pairs. Two records are the same person when

    1. they share a phone or an e-mail and their names are at least ``name_threshold`` alike
       (a guard against family phones and reused numbers), or
    2. they share a birth date and their names are at least ``strict_name_threshold`` alike and
       their cities agree (or one is missing) — a name alone is never enough: names repeat.

    Matches are chained (if A = B and B = C then A = C). Records that match nobody stay as their
    own entity; none is dropped.

    Returns
    -------
    Series named entity_id, indexed by record_id; entity ids are 1, 2, … in order of first record.
    """
    where = "resolve_identities"
    check_share(name_threshold, "name_threshold", where)
    check_share(strict_name_threshold, "strict_name_threshold", where)
    check_int(max_block, "max_block", minimum=2, where=where)
    check_columns(raw, ["record_id", "name", "phone", "email", "city"], "raw", where=where)
    if raw.empty:
        raise ValueError(f"{where}: raw is empty")
    if raw["record_id"].duplicated().any():
        raise ValueError(f"{where}: column 'record_id' has duplicate ids; each record needs its own")
    identifying = raw[["name", "phone", "email"]].notna().any(axis=1)
    if not identifying.any():
        raise ValueError(f"{where}: every record has empty name, phone and email; "
                         "nothing to match on")
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    clean = standardize_contacts(raw)
    names = clean["name_key"].fillna("").to_numpy(dtype=object)
    candidates = [_block_pairs(clean["phone"], max_block), _block_pairs(clean["email"], max_block)]
    if "birth_date" in clean:
        initial = clean["name_key"].str[:1]
        birth_key = clean["birth_date"].dt.strftime("%Y-%m-%d") + "|" + initial
        candidates.append(_block_pairs(birth_key, max_block))
    pairs = np.unique(np.sort(np.concatenate(candidates), axis=1), axis=0)

    left, right = pairs[:, 0], pairs[:, 1]
    similarity = np.array([name_similarity(names[i], names[j]) if names[i] and names[j] else 0.0
                           for i, j in zip(left, right)])
    phone, email = clean["phone"].to_numpy(dtype=object), clean["email"].to_numpy(dtype=object)
    same_contact = (_equal(phone, left, right) | _equal(email, left, right))
    accept = same_contact & (similarity >= name_threshold)
    if "birth_date" in clean:
        birth = clean["birth_date"].to_numpy()
        city = clean["city"].to_numpy(dtype=object)
        same_birth = ~np.isnat(birth[left]) & (birth[left] == birth[right])
        city_ok = _equal(city, left, right) | pd.isna(city[left]) | pd.isna(city[right])
        accept |= same_birth & (similarity >= strict_name_threshold) & city_ok
    n = len(raw)
    graph = coo_matrix((np.ones(int(accept.sum())), (left[accept], right[accept])), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    entity = pd.factorize(component)[0] + 1
    return pd.Series(entity, index=pd.Index(raw["record_id"].to_numpy(), name="record_id"),
                     name="entity_id")


def _equal(values: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    a, b = values[left], values[right]
    return (~pd.isna(a)) & (~pd.isna(b)) & (a == b)


def match_quality(predicted: pd.Series, truth: pd.Series) -> pd.Series:
    """Pairwise precision and recall of an identity resolution against the true owners.

    ``predicted``: record_id → entity_id; ``truth``: record_id → true customer id (both Series).
    A pair of records is a true positive when both put them together. Precision: share of the
    predicted same-person pairs that are right; recall: share of the true pairs found.

    Examples
    --------
    >>> predicted = pd.Series([1, 1, 2, 3], index=[10, 11, 12, 13])
    >>> truth = pd.Series([7, 7, 7, 8], index=[10, 11, 12, 13])
    >>> match_quality(predicted, truth)[["precision", "recall"]].tolist()
    [1.0, 0.3333333333333333]
    """
    where = "match_quality"
    if not isinstance(predicted, pd.Series) or not isinstance(truth, pd.Series):
        raise TypeError(f"{where}: predicted and truth must be Series indexed by record_id")
    for name, series in (("predicted", predicted), ("truth", truth)):
        if series.index.has_duplicates:
            raise ValueError(f"{where}: {name} has duplicated record ids; expected one entity per "
                             "record")
        if series.isna().any():
            raise ValueError(f"{where}: {name} has {int(series.isna().sum())} missing ids")
    if predicted.empty:
        raise ValueError(f"{where}: predicted is empty; it needs at least one record")
    if not predicted.index.sort_values().equals(truth.index.sort_values()):
        raise ValueError(f"{where}: predicted and truth must cover the same record ids")
    truth = truth.reindex(predicted.index)

    def pairs(sizes):
        sizes = np.asarray(sizes, dtype=np.int64)
        return int((sizes * (sizes - 1) // 2).sum())

    predicted_pairs = pairs(predicted.value_counts())
    true_pairs = pairs(truth.value_counts())
    both = pairs(pd.DataFrame({"p": predicted.to_numpy(), "t": truth.to_numpy()}).value_counts())
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    sizes = predicted.value_counts()
    return pd.Series({"precision": precision, "recall": recall, "f1": f1,
                      "predicted_pairs": predicted_pairs, "true_pairs": true_pairs,
                      "correct_pairs": both, "records": len(predicted),
                      "entities": int(len(sizes)), "true_entities": int(truth.nunique()),
                      "single_record_entities": int((sizes == 1).sum())})


# ------------------------------------------------------------------ privacy


def _mask_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def _mask_email(value: str) -> str:
    local, _, domain = value.partition("@")
    return (local[:1] + "***@" + domain) if domain else "***"


def _mask_name(value: str) -> str:
    value = value.strip()
    if not value:
        return value
    if re.search(r"[\u4e00-\u9fff]", value):  # Chinese: the surname comes first
        return value[0] + "*" * (len(value.replace(" ", "")) - 1)
    words = value.split()
    if len(words) == 1:
        return words[0][0] + "***"
    return words[0][0] + "*** " + words[-1]


_MASKS = {"phone": _mask_phone, "email": _mask_email, "name": _mask_name}


def mask_pii(frame: pd.DataFrame, columns: dict | None = None) -> pd.DataFrame:
    """A copy with personal data masked: phones as 138****5678, e-mails as a***@domain, names
    reduced to the surname (王* / J*** Smith).

    Parameters
    ----------
    columns : dict column → kind ("phone", "email", "name"), optional
        Default: every column whose name contains "phone", "email" or is "name".

    Examples
    --------
    >>> people = pd.DataFrame({"name": ["王伟", "John Smith"], "phone": ["13812345678", "212-555-0143"],
    ...                        "email": ["wang@qq.com", None]})
    >>> mask_pii(people).values.tolist()
    [['王*', '138****5678', 'w***@qq.com'], ['J*** Smith', '212***0143', nan]]
    """
    where = "mask_pii"
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{where}: frame must be a DataFrame, got {type(frame).__name__}")
    if columns is None:
        columns = {}
        for column in frame.columns:
            lowered = str(column).lower()
            kind = ("phone" if "phone" in lowered else "email" if "email" in lowered
                    else "name" if lowered in ("name", "contact_name") else None)
            if kind:
                columns[column] = kind
    check_mapping(columns, "columns", where, allow_empty=True)
    check_columns(frame, list(columns), "frame", where=where)
    masked = frame.copy()
    for column, kind in columns.items():
        if kind not in _MASKS:
            raise ValueError(f"{where}: kind of column {column!r} must be one of {list(_MASKS)}, "
                             f"got {kind!r}")
        values = frame[column]
        masked[column] = values.map(lambda v: _MASKS[kind](str(v)), na_action="ignore")
    return masked


def pseudonymize(ids, salt) -> pd.Series:
    """Stable keyed pseudonyms: HMAC-SHA256 of each id under ``salt``, first 16 hex digits.

    The same id and salt always give the same pseudonym, so tables can still be joined; without
    the salt nobody can recompute them from the ids.

    Examples
    --------
    >>> pseudonymize([1, 2, 1], salt="course-2026").tolist()[0] == pseudonymize([1], "course-2026")[0]
    True
    """
    where = "pseudonymize"
    if isinstance(salt, str):
        salt = salt.encode("utf-8")
    if not isinstance(salt, bytes) or not salt:
        raise ValueError(f"{where}: salt must be a non-empty str or bytes")
    if ids is None or isinstance(ids, (str, bytes, dict, pd.DataFrame)) or np.ndim(ids) != 1:
        raise TypeError(f"{where}: ids must be a Series or list of ids, got {type(ids).__name__}")
    series = ids.copy() if isinstance(ids, pd.Series) else pd.Series(list(ids))
    if series.isna().any():
        raise ValueError(f"{where}: ids has {int(series.isna().sum())} missing values")
    return series.map(lambda v: hmac.new(salt, str(v).encode("utf-8"),
                                         hashlib.sha256).hexdigest()[:16]).rename("pseudonym")


# ------------------------------------------------------------------ the customer master file

#: Assumed cost of one contact by channel (currency units), for the investment records.
COST_PER_CONTACT = {"phone": 6.0, "IVR": 0.8, "app": 0.3, "web": 0.5, "store": 12.0,
                    "e-mail": 3.0, "social/WeChat": 1.0}

#: The three parts of the customer master file (客户主文件) and the columns of each.
MASTER_FILE_PARTS = {
    "raw records (客户原始记录)": [
        "name", "gender", "birth_date", "phone", "email", "address", "city", "province",
        "customer_type", "company", "industry", "lines", "signup_date", "contract", "plan_id",
        "payment_method", "paid_late_share", "credit_limit"],
    "statistical analysis (统计分析资料)": [
        "months_billed", "mean_bill", "revenue", "topups", "topup_spend", "services_held",
        "data_use_of_allowance", "last_nps", "mean_csat", "complaints", "open_complaints",
        "churn_date"],
    "investment records (企业投入记录)": [
        "contacts", "contact_minutes", "contact_cost", "last_contact", "campaigns", "offers_made",
        "compensation"],
}

#: Information types for individual and organisational customers, as columns of the master file.
INDIVIDUAL_INFO = {
    "basic": ["name", "gender", "birth_date", "phone", "email", "address", "city"],
    "psychological / attitude": ["last_nps", "mean_csat"],
    "behavioural": ["mean_bill", "topups", "last_contact", "data_use_of_allowance"],
}
ORGANISATION_INFO = {
    "basic": ["company", "industry", "address", "city", "province"],
    "business status": ["lines", "plan_id", "contract"],
    "transaction status": ["mean_bill", "revenue", "paid_late_share", "credit_limit"],
    "key persons": ["name", "phone", "email"],
}


def master_file(data, cost_per_contact: dict | None = None) -> pd.DataFrame:
    """The customer master file: one row per customer with its three parts (``MASTER_FILE_PARTS``).

    Raw records come from the customer table plus credit (share of bills paid late, and a credit
    limit of three average bills, one for late payers); statistical analysis data summarise
    bills, top-ups, services, surveys and complaints; investment records count what the company
    spent on the customer: contacts (at ``cost_per_contact``, default ``COST_PER_CONTACT``), campaigns,
    offers made and compensation paid.
    """
    where = "master_file"
    check_data(data, where, {"customers": ["customer_id", "plan_id", "lines"],
                             "bills": ["customer_id", "amount", "paid_late", "data_gb"]})
    costs = COST_PER_CONTACT if cost_per_contact is None else cost_per_contact
    check_mapping(costs, "cost_per_contact", where)
    check_numbers(list(costs.values()), "cost_per_contact", where, low=0)
    customers = data.customers.set_index("customer_id")
    ids = customers.index
    bills, topups, contacts = data.bills, data.topups, data.interactions
    by_bill = bills.groupby("customer_id")
    frame = customers[[c for c in MASTER_FILE_PARTS["raw records (客户原始记录)"]
                       if c in customers.columns]].copy()
    frame["paid_late_share"] = by_bill["paid_late"].mean().reindex(ids)
    mean_bill = by_bill["amount"].mean().reindex(ids)
    frame["credit_limit"] = (mean_bill * np.where(frame["paid_late_share"] > 0.1, 1, 3)).round(0)

    frame["months_billed"] = by_bill.size().reindex(ids, fill_value=0)
    frame["mean_bill"] = mean_bill.round(2)
    frame["revenue"] = by_bill["amount"].sum().reindex(ids, fill_value=0.0).round(2)
    frame["topups"] = topups.groupby("customer_id").size().reindex(ids, fill_value=0)
    frame["topup_spend"] = topups.groupby("customer_id")["amount"].sum().reindex(ids, fill_value=0.0)
    held = data.subscriptions[data.subscriptions["end"].isna()]
    frame["services_held"] = held.groupby("customer_id").size().reindex(ids, fill_value=0)
    allowance = (data.plans.set_index("plan_id")["data_gb"].reindex(customers["plan_id"]).to_numpy()
                 * customers["lines"].to_numpy())
    frame["data_use_of_allowance"] = (by_bill["data_gb"].mean().reindex(ids) / allowance).round(3)
    surveys = data.surveys.sort_values("date")
    frame["last_nps"] = surveys.groupby("customer_id")["nps_score"].last().reindex(ids)
    frame["mean_csat"] = contacts.groupby("customer_id")["csat"].mean().reindex(ids).round(2)
    complaints = data.complaints.groupby("customer_id")
    frame["complaints"] = complaints.size().reindex(ids, fill_value=0)
    frame["open_complaints"] = complaints["status"].apply(lambda s: (s == "open").sum()).reindex(
        ids, fill_value=0)
    frame["churn_date"] = customers["churn_date"]

    by_contact = contacts.groupby("customer_id")
    frame["contacts"] = by_contact.size().reindex(ids, fill_value=0)
    frame["contact_minutes"] = (by_contact["duration_s"].sum() / 60).reindex(ids, fill_value=0.0).round(1)
    cost = contacts["channel"].astype(str).map(costs).astype(float)
    frame["contact_cost"] = cost.groupby(contacts["customer_id"]).sum().reindex(ids, fill_value=0.0)
    frame["last_contact"] = by_contact["timestamp"].max().reindex(ids)
    campaign = data.campaign_contacts.groupby("customer_id")
    frame["campaigns"] = campaign.size().reindex(ids, fill_value=0)
    frame["offers_made"] = campaign["treated"].sum().reindex(ids, fill_value=0)
    frame["compensation"] = complaints["compensation"].sum().reindex(ids, fill_value=0.0)
    return frame[[c for part in MASTER_FILE_PARTS.values() for c in part]]


def information_completeness(frame: pd.DataFrame, info_types: dict) -> pd.DataFrame:
    """Share of fields filled, per information type, for each row of ``frame``.

    ``info_types`` maps a type (basic, behavioural, …) to its columns. ``.mean()`` of the result
    gives the share filled over all customers.

    Examples
    --------
    >>> table = pd.DataFrame({"name": ["a", None], "phone": ["1", "2"], "nps": [None, 9]})
    >>> information_completeness(table, {"basic": ["name", "phone"], "attitude": ["nps"]})
       basic  attitude
    0    1.0       0.0
    1    0.5       1.0
    """
    where = "information_completeness"
    if not isinstance(info_types, dict) or not info_types:
        raise TypeError(f"{where}: info_types must be a non-empty dict type -> list of columns")
    for kind, columns in info_types.items():
        if isinstance(columns, str) or not isinstance(columns, (list, tuple)) or not columns:
            raise TypeError(f"{where}: info_types[{kind!r}] must be a non-empty list of column "
                            f"names, got {columns!r}")
    check_columns(frame, [c for columns in info_types.values() for c in columns], "frame",
                  where=where)
    return pd.DataFrame({kind: frame[columns].notna().mean(axis=1)
                         for kind, columns in info_types.items()}, index=frame.index)


# ------------------------------------------------------------------ lifecycle and relationship

STAGES = ["acquisition", "growth", "maturity", "decline", "termination"]
STAGES_ZH = {"acquisition": "潜在获取期", "growth": "成长期", "maturity": "成熟期",
             "decline": "衰退期", "termination": "终止期"}
RELATIONSHIPS = ["non-customer", "potential", "target", "first-time", "repeat", "loyal", "lost"]
RELATIONSHIPS_ZH = {"non-customer": "非客户", "potential": "潜在客户", "target": "目标客户",
                    "first-time": "首次购买客户", "repeat": "重复购买客户", "loyal": "忠诚客户",
                    "lost": "流失客户"}


def _as_of(as_of, where):
    try:
        return check_date(as_of, "as_of", where)
    except TypeError as error:
        raise ValueError(str(error)) from None


def _bill_trend(bills: pd.DataFrame, as_of: pd.Timestamp) -> pd.Series:
    """Mean of the last three bills before ``as_of`` over the mean of the three before them, - 1."""
    recent = bills[(bills["month"] < as_of) & (bills["month"] >= as_of - pd.DateOffset(months=6))]
    recent = recent.assign(back=recent["month"].rsub(as_of).dt.days)
    late = recent[recent["back"] <= 92].groupby("customer_id")["amount"].agg(["mean", "size"])
    early = recent[recent["back"] > 92].groupby("customer_id")["amount"].agg(["mean", "size"])
    both = late.merge(early, left_index=True, right_index=True, suffixes=("_late", "_early"))
    both = both[(both["size_late"] == 3) & (both["size_early"] == 3)]
    return both["mean_late"] / both["mean_early"] - 1


def _enquiries(data, as_of):
    contacts = data.interactions
    enquiries = contacts[(contacts["reason"] == "pre-sales enquiry") & (contacts["timestamp"] < as_of)]
    return enquiries.groupby("customer_id")["timestamp"].agg(["size", "max"])


def lifecycle_stage(data, as_of) -> pd.Series:
    """Each known customer's lifecycle stage (客户生命周期) on ``as_of``, by these rules in order:

    1. termination (终止期): left on or before ``as_of``;
    2. acquisition (潜在获取期): joined less than 3 months ago, or not yet joined but asked about
       an offer in the last 60 days;
    3. decline (衰退期): the last three bills average at least 10 % below the three before them,
       or a complaint in the last 90 days;
    4. growth (成长期): with us less than 12 months, or bills up at least 5 %;
    5. maturity (成熟期): everyone else.

    Customers with no signup and no enquiry before ``as_of`` are not known yet and are left out.
    """
    where = "lifecycle_stage"
    check_data(data, where)
    as_of = _as_of(as_of, where)
    customers = data.customers.set_index("customer_id")
    joined = customers["signup_date"] <= as_of
    enquiries = _enquiries(data, as_of)
    recent_enquiry = enquiries["max"] >= as_of - pd.Timedelta(days=60)
    prospect = ~joined & customers.index.isin(enquiries.index[recent_enquiry])
    known = joined | prospect
    tenure_months = (as_of - customers["signup_date"]).dt.days / (365.25 / 12)
    trend = _bill_trend(data.bills, as_of).reindex(customers.index)
    complaints = data.complaints
    recent_complaint = customers.index.isin(complaints.loc[
        (complaints["opened"] < as_of) & (complaints["opened"] >= as_of - pd.Timedelta(days=90)),
        "customer_id"])
    left = customers["churn_date"].notna() & (customers["churn_date"] <= as_of)
    stage = np.select(
        [left, prospect | (joined & (tenure_months < 3)),
         (trend <= -0.10).to_numpy() | recent_complaint,
         (tenure_months < 12).to_numpy() | (trend >= 0.05).to_numpy()],
        ["termination", "acquisition", "decline", "growth"], default="maturity")
    result = pd.Series(pd.Categorical(stage, categories=STAGES), index=customers.index,
                       name="lifecycle_stage")
    return result[known.to_numpy()]


def lifecycle_over_time(data, dates) -> pd.DataFrame:
    """Customers in each lifecycle stage on each of ``dates`` (rows) — for a lifecycle chart."""
    where = "lifecycle_over_time"
    check_data(data, where)
    if isinstance(dates, (str, bytes, dict)) or dates is None or np.ndim(dates) != 1 or not len(dates):
        raise TypeError(f"{where}: dates must be a non-empty list of dates, got {dates!r}")
    dates = [_as_of(d, where) for d in dates]
    with named_as(where):
        rows = {d: lifecycle_stage(data, d).value_counts().reindex(STAGES, fill_value=0)
                for d in dates}
    return pd.DataFrame(rows).T.rename_axis("date")


def relationship_state(data, as_of) -> pd.Series:
    """Each customer's relationship with the company on ``as_of`` (客户关系状态):

    - lost (流失客户): left on or before ``as_of``;
    - first-time (首次购买客户): a customer for less than 6 months;
    - loyal (忠诚客户): a customer for 24 months or more who also holds a two-year contract, two or
      more extra services, or gave a 9-10 in the last NPS survey;
    - repeat (重复购买客户): every other current customer (they have renewed month after month);
    - target (目标客户): not a customer yet, with two or more enquiries — a qualified lead;
    - potential (潜在客户): not a customer yet, one enquiry;
    - non-customer (非客户): not a customer and not in touch yet.
    """
    where = "relationship_state"
    check_data(data, where)
    as_of = _as_of(as_of, where)
    customers = data.customers.set_index("customer_id")
    joined = customers["signup_date"] <= as_of
    enquiries = _enquiries(data, as_of)["size"].reindex(customers.index, fill_value=0)
    tenure_months = (as_of - customers["signup_date"]).dt.days / (365.25 / 12)
    subs = data.subscriptions
    held = subs[(subs["start"] <= as_of) & (subs["end"].isna() | (subs["end"] > as_of))
                & (subs["service"] != "mobile")].groupby("customer_id").size().reindex(
        customers.index, fill_value=0)
    surveys = data.surveys[data.surveys["date"] <= as_of].sort_values("date")
    last_nps = surveys.groupby("customer_id")["nps_score"].last().reindex(customers.index)
    committed = (customers["contract"] == "two-year") | (held >= 2) | (last_nps >= 9)
    left = customers["churn_date"].notna() & (customers["churn_date"] <= as_of)
    state = np.select(
        [left, joined & (tenure_months < 6), joined & (tenure_months >= 24) & committed, joined,
         enquiries >= 2, enquiries == 1],
        ["lost", "first-time", "loyal", "repeat", "target", "potential"], default="non-customer")
    return pd.Series(pd.Categorical(state, categories=RELATIONSHIPS), index=customers.index,
                     name="relationship_state")
