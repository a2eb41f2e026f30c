"""The dirty multi-source CRM extract: the same person typed into several systems, differently."""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import parameters as P
from ._calendar import Calendar

US_ABBREVIATIONS = {"North": "N.", "South": "S.", "East": "E.", "West": "W.", "Port": "Pt.",
                    "Lake": "Lk.", "Fort": "Ft.", "Mount": "Mt.", "Saint": "St.", "New": "N."}


def _typo(name: str, u: float, v: float, zh_chars: np.ndarray) -> str:
    """One keyboard slip: swap two neighbours or drop a letter (Latin); a wrong character (Chinese)."""
    if len(name) < 3:
        return name
    if zh_chars is not None:
        i = 1 + int(u * (len(name) - 1))
        return name[:i] + zh_chars[int(v * len(zh_chars))] + name[i + 1:]
    i = 1 + int(u * (len(name) - 2))
    if v < 0.5 and name[i] != " " and name[i + 1] != " ":
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name[:i] + name[i + 1:] if name[i] != " " else name


def _phone_variants(digits: pd.Series, style: np.ndarray, locale: str) -> pd.Series:
    """Re-format national numbers in one of four ways (style 0-3)."""
    if locale == "zh_CN":
        forms = ["+86 " + digits.str[:3] + " " + digits.str[3:7] + " " + digits.str[7:],
                 digits.str[:3] + "-" + digits.str[3:7] + "-" + digits.str[7:],
                 "86" + digits,
                 digits.str[:3] + " " + digits.str[3:7] + " " + digits.str[7:]]
    else:
        forms = ["(" + digits.str[:3] + ") " + digits.str[3:6] + "-" + digits.str[6:],
                 digits.str[:3] + "." + digits.str[3:6] + "." + digits.str[6:],
                 "+1 " + digits.str[:3] + " " + digits.str[3:6] + " " + digits.str[6:],
                 "1-" + digits.str[:3] + "-" + digits.str[3:6] + "-" + digits.str[6:]]
    out = forms[0].copy()
    for k in range(1, 4):
        out = out.where(style != k, forms[k])
    return out


def _city_variant(city: pd.Series, u: np.ndarray, locale: str) -> pd.Series:
    if locale == "zh_CN":
        return city.where(u < 0.5, city + "市").where(u < 0.8, " " + city + "市 ")
    abbreviated = city.copy()
    for word, short in US_ABBREVIATIONS.items():
        abbreviated = abbreviated.str.replace(rf"^{word} ", short + " ", regex=True)
    return city.str.upper().where(u < 0.35, city.str.lower()).where(u < 0.6, abbreviated).where(
        u < 0.9, city + " ")


def build_crm_raw(rng, cal: Calendar, customers: pd.DataFrame, churn_day: np.ndarray,
                  signup_day: np.ndarray, locale: str, zh_chars: np.ndarray | None):
    """``crm_raw`` and ``raw_truth``: one billing record per customer, more from other sources."""
    spec = P.CRM_RAW
    n = len(customers)
    sources = ["billing"] + list(spec["sources"])
    extra = np.stack([rng.random(n) < p for p in spec["sources"].values()], axis=1)
    source_of = np.concatenate([np.zeros(n, dtype=np.int64)]
                               + [np.full(int(extra[:, k].sum()), k + 1) for k in range(extra.shape[1])])
    owner = np.concatenate([np.arange(n)] + [np.flatnonzero(extra[:, k])
                                             for k in range(extra.shape[1])])
    m = len(owner)
    dirty = source_of > 0
    base = customers.iloc[owner].reset_index(drop=True)

    name = base["name"].copy()
    u = rng.random((m, 8))
    case = dirty & (u[:, 0] < spec["name_case"])
    if locale == "zh_CN":
        name = name.where(~case, name.str[:1] + " " + name.str[1:])
    else:
        name = name.where(~case, name.str.upper().where(u[:, 1] < 0.5, name.str.lower()))
    typo = np.flatnonzero(dirty & (u[:, 2] < spec["name_typo"]))
    shuffle = rng.random((len(typo), 2))
    name.iloc[typo] = [_typo(s, a, b, zh_chars) for s, (a, b) in
                       zip(name.iloc[typo].tolist(), shuffle)]
    name = name.where(~(dirty & (u[:, 3] < 0.1)), " " + name + "  ")

    digits = base["phone"].str.replace(r"\D", "", regex=True)
    phone = base["phone"].where(~(dirty & (u[:, 4] < spec["phone_reformat"])),
                                _phone_variants(digits, rng.integers(0, 4, m), locale))
    phone = phone.where(~(dirty & (u[:, 5] < spec["phone_missing"])), None)

    email = base["email"].where(~(dirty & (rng.random(m) < spec["email_case"])),
                                base["email"].str.upper())
    email = email.where(~(dirty & (rng.random(m) < spec["email_missing"])), None)

    city = base["city"].where(~(dirty & (u[:, 6] < spec["city_variant"])),
                              _city_variant(base["city"], rng.random(m), locale))

    birth = base["birth_date"]
    style = rng.integers(0, 3, m)
    if locale == "zh_CN":
        other = birth.dt.year.astype(str) + "/" + birth.dt.month.astype(str) + "/" + \
            birth.dt.day.astype(str)
    else:
        other = birth.dt.strftime("%m/%d/%Y")
    birth_text = birth.dt.strftime("%Y-%m-%d").where(~(dirty & (style == 1)), other)
    birth_text = birth_text.where(~(dirty & (u[:, 7] < spec["birth_missing"])), None)

    last_day = np.where(np.isnan(churn_day), cal.end, churn_day)[owner]
    first_day = signup_day[owner]
    captured = np.where(dirty, first_day + rng.random(m) * (last_day - first_day), first_day)

    order = rng.permutation(m)
    raw = pd.DataFrame({
        "record_id": np.arange(1, m + 1),
        "source": np.array(sources)[source_of][order],
        "name": name.to_numpy()[order],
        "phone": phone.to_numpy()[order],
        "email": email.to_numpy()[order],
        "city": city.to_numpy()[order],
        "birth_date": birth_text.to_numpy()[order],
        "captured": cal.to_datetime(captured[order], "D"),
    })
    truth = pd.DataFrame({"record_id": raw["record_id"], "customer_id": owner[order] + 1})
    return raw, truth
