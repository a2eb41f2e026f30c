"""Identities (names, phones, e-mails, addresses, companies) from Faker pools sampled with numpy.

Faker is called a few thousand times to build pools; every customer is then drawn from the pools
with numpy, so a million identities cost no more Faker calls than five thousand.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

POOL_SIZE = 400

# Major Chinese cities with their provinces and rough weights (urban population, millions).
ZH_CITIES = [
    ("北京", "北京", 21.9), ("上海", "上海", 24.9), ("广州", "广东", 18.8), ("深圳", "广东", 17.7),
    ("重庆", "重庆", 16.0), ("天津", "天津", 11.6), ("成都", "四川", 15.0), ("武汉", "湖北", 11.3),
    ("杭州", "浙江", 11.9), ("南京", "江苏", 9.3), ("苏州", "江苏", 8.0), ("西安", "陕西", 10.0),
    ("郑州", "河南", 8.7), ("长沙", "湖南", 7.0), ("沈阳", "辽宁", 7.2), ("青岛", "山东", 6.5),
    ("济南", "山东", 6.0), ("哈尔滨", "黑龙江", 6.0), ("昆明", "云南", 5.8), ("福州", "福建", 4.9),
    ("厦门", "福建", 4.3), ("合肥", "安徽", 5.4), ("南昌", "江西", 4.3), ("石家庄", "河北", 4.9),
    ("太原", "山西", 4.4), ("南宁", "广西", 4.4), ("贵阳", "贵州", 4.2), ("兰州", "甘肃", 3.5),
    ("乌鲁木齐", "新疆", 3.8), ("呼和浩特", "内蒙古", 2.4),
]
ZH_MOBILE_PREFIXES = np.array([130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152,
                               153, 155, 156, 157, 158, 159, 177, 180, 181, 182, 183, 185, 186,
                               187, 188, 189, 199])
ZH_EMAIL_DOMAINS = np.array(["qq.com", "163.com", "126.com", "sina.com", "139.com", "gmail.com"])

INDUSTRIES = np.array(["manufacturing", "retail", "finance", "government", "education",
                       "healthcare", "logistics", "IT services", "hospitality", "construction"])
CONSUMER_CHANNELS = (("store", 0.38), ("web", 0.17), ("app", 0.18), ("telesales", 0.12),
                     ("dealer", 0.15))
BUSINESS_CHANNELS = (("direct sales", 0.7), ("partner", 0.2), ("web", 0.1))
CONSUMER_PAYMENT = (("e-wallet", 0.42), ("credit card", 0.28), ("bank transfer", 0.22),
                    ("cash", 0.08))
BUSINESS_PAYMENT = (("bank transfer", 0.85), ("credit card", 0.15))


def build_pools(locale: str, seed: int) -> dict[str, np.ndarray]:
    """Draw the Faker pools once: first names by gender, last names, places, companies, streets."""
    from faker import Faker

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
    if locale == "zh_CN":
        pools["city"] = np.array([c for c, _, _ in ZH_CITIES])
        pools["province"] = np.array([p for _, p, _ in ZH_CITIES])
        weights = np.array([w for _, _, w in ZH_CITIES])
        pools["romanized_first"] = unique(fake.first_romanized_name, POOL_SIZE)
        pools["romanized_last"] = unique(fake.last_romanized_name, POOL_SIZE)
    else:
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
                    window_start: pd.Timestamp) -> pd.DataFrame:
    """One identity per customer: name, gender, birth date, phone, e-mail, address, company."""
    n = len(is_business)
    female = rng.random(n) < 0.5
    first = np.where(female, _pick(rng, pools["first_female"], n), _pick(rng, pools["first_male"], n))
    last = _pick(rng, pools["last"], n)
    city_index = rng.choice(len(pools["city"]), size=n, p=pools["city_weight"])

    if locale == "zh_CN":
        name = np.char.add(last, first)
        def draw_zh(k):
            prefix = ZH_MOBILE_PREFIXES[rng.integers(0, len(ZH_MOBILE_PREFIXES), k)]
            return prefix * 10**8 + rng.integers(0, 10**8, k)

        numbers = _dedupe(rng, draw_zh(n), draw_zh)
        domain = _pick(rng, ZH_EMAIL_DOMAINS, n, p=[0.45, 0.2, 0.1, 0.08, 0.07, 0.1])
        local = np.char.add(np.char.add(_pick(rng, np.char.lower(pools["romanized_first"]), n), "."),
                            _pick(rng, np.char.lower(pools["romanized_last"]), n))
        local = np.where(domain == "qq.com", rng.integers(10**5, 10**9, n).astype(str), local)
    else:
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
