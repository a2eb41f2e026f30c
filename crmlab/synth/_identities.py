"""Identities (names, phones, e-mails, addresses, companies) from Faker pools sampled with numpy.

Faker is called a few thousand times to build pools; every customer is then drawn from the pools
with numpy, so a million identities cost no more Faker calls than five thousand.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import _zh_cn

POOL_SIZE = 400

INDUSTRIES = np.array(["manufacturing", "retail", "finance", "government", "education",
                       "healthcare", "logistics", "IT services", "hospitality", "construction"])
CONSUMER_CHANNELS = (("store", 0.38), ("web", 0.17), ("app", 0.18), ("telesales", 0.12),
                     ("dealer", 0.15))
BUSINESS_CHANNELS = (("direct sales", 0.7), ("partner", 0.2), ("web", 0.1))
CONSUMER_PAYMENT = (("e-wallet", 0.42), ("credit card", 0.28), ("bank transfer", 0.22),
                    ("cash", 0.08))
BUSINESS_PAYMENT = (("bank transfer", 0.85), ("credit card", 0.15))


def build_pools(locale: str, seed: int) -> dict:
    """Draw the Faker pools once: first names by gender, last names, places, companies, streets.

    zh_CN gets the en_US pools too (under "en_US"): their sizes fix how the en_US draws, which
    also make every behavioural quantity, consume the random stream.
    """
    from faker import Faker

    if locale == "zh_CN":
        return {"en_US": build_pools("en_US", seed), "zh_CN": _zh_cn.build_pools(seed)}
    fake = Faker(locale)
    fake.seed_instance(seed)

    def unique(draw, size):
        return np.array(sorted({draw() for _ in range(size)}))

    pools = {
        "first_female": unique(fake.first_name_female, POOL_SIZE),
        "first_male": unique(fake.first_name_male, POOL_SIZE),
        "last": unique(fake.last_name, POOL_SIZE),
        "street": np.array([fake.street_address() for _ in range(POOL_SIZE)]),
        "company": unique(fake.company, POOL_SIZE),
    }
    cities = np.array([fake.city() for _ in range(POOL_SIZE // 2)])
    pools["city"] = cities
    pools["province"] = np.array([fake.state() for _ in range(len(cities))])
    weights = np.random.default_rng(seed).pareto(1.2, len(cities)) + 0.2
    pools["email_domain"] = np.array(sorted({fake.free_email_domain() for _ in range(60)}))
    pools["city_weight"] = weights / weights.sum()
    return pools


def _letters(names: np.ndarray) -> np.ndarray:
    """Lower-case letters only, as in an e-mail address (computed once per distinct name)."""
    unique, index = np.unique(names, return_inverse=True)
    cleaned = pd.Series(unique).str.lower().str.replace(r"[^a-z]", "", regex=True)
    return cleaned.to_numpy(dtype="U")[index]


def _pick(rng, pool: np.ndarray, size: int, p=None) -> np.ndarray:
    return pool[rng.choice(len(pool), size=size, p=p)]


def _choice(rng, options, size):
    labels = np.array([label for label, _ in options])
    weights = np.array([w for _, w in options], dtype=float)
    return labels[rng.choice(len(labels), size=size, p=weights / weights.sum())]


PHONE_PATTERN = {"zh_CN": "DDDDDDDDDDD", "en_US": "DDD-DDD-DDDD"}


def format_digits(numbers: np.ndarray, pattern: str) -> np.ndarray:
    """Write each number into ``pattern``, one digit per ``D``, without a Python loop.

    Examples
    --------
    >>> format_digits(np.array([2125550143]), "(DDD) DDD-DDDD").tolist()
    ['(212) 555-0143']
    """
    numbers = np.asarray(numbers, dtype=np.int64)
    width = pattern.count("D")
    chars = np.empty((len(numbers), len(pattern)), dtype=np.uint32)
    slots = [i for i, c in enumerate(pattern) if c == "D"]
    for i, c in enumerate(pattern):
        if c != "D":
            chars[:, i] = ord(c)
    for k, slot in enumerate(slots):
        chars[:, slot] = (numbers // 10 ** (width - 1 - k)) % 10 + ord("0")
    return chars.view(f"<U{len(pattern)}").ravel()


def format_phone(numbers: np.ndarray, locale: str) -> np.ndarray:
    """National format: 11 digits for zh_CN, ``NNN-NNN-NNNN`` for en_US."""
    return format_digits(numbers, PHONE_PATTERN[locale])


def draw_identities(rng, pools: dict, locale: str, is_business: np.ndarray,
                    window_start: pd.Timestamp, local_rng=None) -> pd.DataFrame:
    """One identity per customer: name, gender, birth date, phone, e-mail, address, company.

    Locale changes words, never numbers: every locale makes the en_US draws from ``rng`` (which
    fix gender, birth date, industry, acquisition channel and payment method), then zh_CN
    rewrites the words from ``local_rng`` alone (see :mod:`crmlab.synth._zh_cn`).
    """
    if locale == "zh_CN":
        if local_rng is None:
            raise ValueError("draw_identities: zh_CN needs local_rng, a generator of its own")
        people = _draw_en_us(rng, pools["en_US"], is_business, window_start)
        return _zh_cn.localize(local_rng, pools["zh_CN"], people)
    return _draw_en_us(rng, pools, is_business, window_start)


def _draw_en_us(rng, pools: dict, is_business: np.ndarray, window_start: pd.Timestamp) -> pd.DataFrame:
    locale = "en_US"
    n = len(is_business)
    female = rng.random(n) < 0.5
    first = np.where(female, _pick(rng, pools["first_female"], n), _pick(rng, pools["first_male"], n))
    last = _pick(rng, pools["last"], n)
    city_index = rng.choice(len(pools["city"]), size=n, p=pools["city_weight"])

    name = np.char.add(np.char.add(first, " "), last)

    def draw_us(k):
        area = rng.integers(201, 990, k)
        area = np.where(area % 100 == 11, area + 1, area)  # no N11 service codes
        return area * 10**7 + rng.integers(200, 1000, k) * 10**4 + rng.integers(0, 10**4, k)

    numbers = _dedupe(rng, draw_us(n), draw_us)
    domain = _pick(rng, pools["email_domain"], n)
    local = np.char.add(np.char.add(_letters(first), "."), _letters(last))
    # Digits make the address personal; the customer index breaks the rare remaining tie.
    suffix = np.where(domain == "qq.com", "", rng.integers(1, 1000, n).astype(str))
    email = pd.Series(np.char.add(np.char.add(np.char.add(local, suffix), "@"), domain))
    repeated = email.duplicated(keep="first").to_numpy()
    if repeated.any():
        tie = np.char.add(np.char.add(local[repeated], suffix[repeated]),
                          np.char.add(".", np.arange(n)[repeated].astype(str)))
        email[repeated] = np.char.add(np.char.add(tie, "@"), domain[repeated])

    age_years = np.where(is_business, rng.uniform(25, 62, n), rng.uniform(18, 80, n))
    birth = window_start - pd.to_timedelta(np.round(age_years * 365.25), unit="D")
    company = np.where(is_business, _pick(rng, pools["company"], n), None)
    industry = np.where(is_business, INDUSTRIES[rng.integers(0, len(INDUSTRIES), n)], None)
    return pd.DataFrame({
        "name": name,
        "gender": np.where(female, "female", "male"),
        "birth_date": birth,
        "phone": format_phone(numbers, locale),
        "email": email.to_numpy(dtype=object),
        "address": _pick(rng, pools["street"], n),
        "city": pools["city"][city_index],
        "province": pools["province"][city_index],
        "company": company,
        "industry": industry,
        "acquisition_channel": np.where(is_business, _choice(rng, BUSINESS_CHANNELS, n),
                                        _choice(rng, CONSUMER_CHANNELS, n)),
        "payment_method": np.where(is_business, _choice(rng, BUSINESS_PAYMENT, n),
                                   _choice(rng, CONSUMER_PAYMENT, n)),
    })


def _dedupe(rng, numbers: np.ndarray, redraw) -> np.ndarray:
    """Redraw repeated phone numbers until every customer has their own."""
    numbers = numbers.copy()
    while True:
        _, first = np.unique(numbers, return_index=True)
        repeat = np.ones(len(numbers), dtype=bool)
        repeat[first] = False
        if not repeat.any():
            return numbers
        numbers[repeat] = redraw(int(repeat.sum()))
