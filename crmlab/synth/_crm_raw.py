"""The dirty multi-source CRM extract: the same person typed into several systems, differently.

Each kind of damage touches only the records it is drawn for, and text variants are made once
per distinct value (a city) or with fixed-width numpy text (phones, dates), so two million
records take seconds.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import parameters as P
from ._calendar import Calendar
from ._identities import format_digits

US_ABBREVIATIONS = {"North": "N.", "South": "S.", "East": "E.", "West": "W.", "Port": "Pt.",
                    "Lake": "Lk.", "Fort": "Ft.", "Mount": "Mt.", "Saint": "St.", "New": "N."}
PHONE_VARIANTS = {
    "zh_CN": ("+86 DDD DDDD DDDD", "DDD-DDDD-DDDD", "86DDDDDDDDDDD", "DDD DDDD DDDD"),
    "en_US": ("(DDD) DDD-DDDD", "DDD.DDD.DDDD", "+1 DDD DDD DDDD", "1-DDD-DDD-DDDD"),
}


# Characters a pinyin input method offers side by side: typing a name, a clerk picks the wrong one.
_HOMOPHONE_GROUPS = (
    "伟玮炜巍 静晶菁婧 丽莉俐立 明铭鸣 华桦骅 芳方舫 军君钧 杰洁捷 敏民闽 磊蕾雷 婷亭庭 强蔷 "
    "秀绣 玲琳林凌灵 燕艳雁彦 洋阳扬杨 勇永泳 涛韬滔 平萍坪 刚钢纲 辉晖徽 鹏朋彭 红虹宏鸿 "
    "霞侠夏 丹单 建健剑 文雯闻 峰锋枫 宇雨玉羽 欣新心馨 佳嘉家 浩昊皓 晨辰琛 瑶遥尧姚 "
    "怡宜仪依 颖莹英 倩茜 兰岚蓝 张章 王汪 李黎 刘柳 徐许 胡湖 朱诸 何贺 郭国 罗骆 梁良 "
    "宋颂 郑正 韩寒 唐汤 冯封 于余俞 萧肖 程成承 袁元 邓登 傅付 沈申 曾增 卢鲁陆 蒋江姜 "
    "魏卫韦 薛雪 叶业 严颜 钟中忠 范樊 石史施 谭谈 邹周 金今 白柏 邱秋丘 秦琴勤 顾谷 "
    "孟梦 龙隆 钱乾 尹殷 易艺 常长 吴武伍 乔桥 龚宫 志智 娟涓 桂贵 梅美 云芸 东冬 波博 "
    "斌彬 超朝 亮靓 凤风 萍苹 慧惠 敬静 彤桐 琪琦淇 宁凝 帆凡 淑舒")
HOMOPHONES = {c: group for group in _HOMOPHONE_GROUPS.split() for c in group}


def _typo(name: str, u: float, v: float, zh: bool = False) -> str:
    """One slip: swap two neighbours or drop a letter (Latin); for a Chinese name, a homophone
    picked from the input method's list (most often) or a character left out."""
    if zh:
        return _typo_zh(name, u, v)
    if len(name) < 3:
        return name
    i = 1 + int(u * (len(name) - 2))
    if v < 0.5 and name[i] != " " and name[i + 1] != " ":
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name[:i] + name[i + 1:] if name[i] != " " else name


def _typo_zh(name: str, u: float, v: float) -> str:
    """A homophone for one character (v < 0.8), else the given name's last character dropped.

    >>> _typo_zh("张伟", 0.9, 0.1), _typo_zh("李秀英", 0.0, 0.9)
    ('张玮', '李秀')
    """
    spots = [i for i, c in enumerate(name) if c in HOMOPHONES]
    if v < 0.8 and spots:
        i = spots[int(u * len(spots))]
        others = HOMOPHONES[name[i]].replace(name[i], "")
        return name[:i] + others[int(v / 0.8 * len(others))] + name[i + 1:]
    return name[:-1] if len(name) >= 3 else name


def _drop_letter(address: str, u: float) -> str:
    """The address with one letter of its local part lost."""
    local, _, domain = address.partition("@")
    if len(local) < 2:
        return address
    i = int(u * len(local))
    return local[:i] + local[i + 1:] + "@" + domain


def _city_variants(city: str, locale: str) -> list[str]:
    """Ways the same city gets typed: with 市 or spaces (zh_CN); case and abbreviations (en_US)."""
    if locale == "zh_CN":
        return [city + "市", " " + city, city + "市 ", city]
    short = city
    for word, abbreviation in US_ABBREVIATIONS.items():
        if city.startswith(word + " "):
            short = abbreviation + city[len(word):]
            break
    return [city.upper(), city.lower(), short, city + " "]


def _replace(values: np.ndarray, mask: np.ndarray, new) -> None:
    values[mask] = new if np.isscalar(new) or new is None else np.asarray(new, dtype=object)


def build_crm_raw(rng, cal: Calendar, customers: pd.DataFrame, churn_day: np.ndarray,
                  signup_day: np.ndarray, locale: str):
    """``crm_raw`` and ``raw_truth``: one billing record per customer, more from other sources.

    Every draw from ``rng`` is the same in both locales (only the words it is applied to differ),
    so which records exist, which get damaged and when they were captured do not depend on it.
    """
    spec = P.CRM_RAW
    n = len(customers)
    sources = ["billing"] + list(spec["sources"])
    extra = np.stack([rng.random(n) < p for p in spec["sources"].values()], axis=1)
    owner = np.concatenate([np.arange(n)] + [np.flatnonzero(extra[:, k])
                                             for k in range(extra.shape[1])])
    source = np.concatenate([np.zeros(n, dtype=np.int8)] + [
        np.full(int(extra[:, k].sum()), k + 1, dtype=np.int8) for k in range(extra.shape[1])])
    m = len(owner)
    dirty = source > 0
    u = rng.random((m, 10))

    def drawn(column: int, probability: float) -> np.ndarray:
        return dirty & (u[:, column] < probability)

    name = customers["name"].to_numpy(dtype=object)[owner]
    case = np.flatnonzero(drawn(0, spec["name_case"]))
    if locale == "zh_CN":
        name[case] = [s[:1] + " " + s[1:] for s in name[case]]
    else:
        upper = u[case, 1] < 0.5
        name[case[upper]] = [s.upper() for s in name[case[upper]]]
        name[case[~upper]] = [s.lower() for s in name[case[~upper]]]
    typo = np.flatnonzero(drawn(2, spec["name_typo"]))
    name[typo] = [_typo(s, a, b, locale == "zh_CN") for s, a, b in zip(name[typo], u[typo, 8], u[typo, 9])]
    padded = np.flatnonzero(drawn(3, 0.1))
    name[padded] = [" " + s + "  " for s in name[padded]]

    numbers = np.char.replace(customers["phone"].to_numpy(dtype=str), "-", "").astype(np.int64)
    phone = customers["phone"].to_numpy(dtype=object)[owner]
    style = rng.integers(0, 4, m)
    for k, pattern in enumerate(PHONE_VARIANTS[locale]):
        chosen = drawn(4, spec["phone_reformat"]) & (style == k)
        _replace(phone, chosen, format_digits(numbers[owner[chosen]], pattern))
    other = dirty & (rng.random(m) < spec["phone_other_customer"])
    _replace(phone, other, customers["phone"].to_numpy(dtype=object)[rng.integers(0, n, int(other.sum()))])
    changed = dirty & ~other & (rng.random(m) < spec["phone_new"])
    fresh = numbers[rng.integers(0, n, int(changed.sum()))] + rng.integers(1, 10**4, int(changed.sum()))
    _replace(phone, changed, format_digits(fresh, PHONE_VARIANTS[locale][1]))
    _replace(phone, drawn(5, spec["phone_missing"]), None)

    email = customers["email"].to_numpy(dtype=object)[owner]
    shout = drawn(6, spec["email_case"])
    _replace(email, shout, [s.upper() for s in email[shout]])
    slip = np.flatnonzero(dirty & (rng.random(m) < spec["email_typo"]))
    email[slip] = [_drop_letter(s, u) for s, u in zip(email[slip], rng.random(len(slip)))]
    _replace(email, drawn(7, spec["email_missing"]), None)

    codes, cities = pd.factorize(customers["city"])
    variants = np.array([_city_variants(c, locale) for c in cities], dtype=object)
    city = cities.to_numpy(dtype=object)[codes][owner]
    retyped = drawn(8, spec["city_variant"])
    _replace(city, retyped, variants[codes[owner[retyped]], rng.integers(0, 4, int(retyped.sum()))])

    iso = customers["birth_date"].to_numpy().astype("datetime64[D]").astype(str)
    digits = np.char.replace(iso, "-", "").astype(np.int64)
    birth = iso.astype(object)[owner]
    other = "DDDD/DD/DD" if locale == "zh_CN" else "DD/DD/DDDD"
    reordered = digits if locale == "zh_CN" else (digits % 10000) * 10000 + digits // 10000
    restyled = drawn(9, 0.35)
    _replace(birth, restyled, format_digits(reordered[owner[restyled]], other))
    _replace(birth, dirty & (rng.random(m) < spec["birth_missing"]), None)

    first_day = signup_day[owner]
    last_day = np.where(np.isnan(churn_day), cal.end, churn_day)[owner]
    captured = np.where(dirty, first_day + rng.random(m) * (last_day - first_day), first_day)

    order = rng.permutation(m)
    raw = pd.DataFrame({
        "record_id": np.arange(1, m + 1),
        "source": pd.Categorical.from_codes(source[order], sources),
        "name": name[order],
        "phone": phone[order],
        "email": email[order],
        "city": city[order],
        "birth_date": birth[order],
        "captured": cal.to_datetime(captured[order], "D"),
    })
    truth = pd.DataFrame({"record_id": raw["record_id"], "customer_id": owner[order] + 1})
    return raw, truth
