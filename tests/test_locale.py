"""Locale changes words, never numbers: zh_CN and en_US with the same seed are the same world."""

import numpy as np
import pandas as pd
import pytest

from crmlab import generate_telecom
from crmlab.identify import normalize_birth_date, normalize_phone
from crmlab.synth import _zh_cn

#: The only columns whose values a locale may change: the words of an identity.
WORDS = {"customers": {"name", "phone", "email", "address", "city", "province", "company"},
         "crm_raw": {"name", "phone", "email", "city", "birth_date"}}

CASES = [dict(n_customers=300, months=6, seed=0), dict(n_customers=300, months=6, seed=5),
         dict(seed=0), dict(seed=1)]


@pytest.fixture(scope="module", params=CASES, ids=lambda case: "-".join(map(str, case.values())))
def pair(request):
    return (generate_telecom(**request.param, locale="en_US"),
            generate_telecom(**request.param, locale="zh_CN"))


def test_every_number_date_and_category_is_the_same(pair):
    en, zh = pair
    for table in en.__dataclass_fields__:
        left, right = getattr(en, table), getattr(zh, table)
        assert list(left.columns) == list(right.columns), table
        assert len(left) == len(right), table
        same = [c for c in left.columns if c not in WORDS.get(table, ())]
        # dtypes, values, categories and their codes, missing values: all equal
        pd.testing.assert_frame_equal(left[same], right[same], check_exact=True, obj=table)


def test_the_words_differ_and_stay_where_they_were(pair):
    en, zh = pair
    for table, columns in WORDS.items():
        left, right = getattr(en, table), getattr(zh, table)
        for column in columns:
            # missing in one locale exactly where missing in the other
            assert left[column].isna().equals(right[column].isna()), (table, column)
            present = left[column].notna()
            if column == "birth_date":
                continue  # only its restyled records differ (below)
            assert (left.loc[present, column] != right.loc[present, column]).mean() > 0.5
    # the dirty birth dates are typed the Chinese way, and read back as the same days
    assert normalize_birth_date(en.crm_raw["birth_date"].dropna()).equals(
        normalize_birth_date(zh.crm_raw["birth_date"].dropna()))


def test_the_zh_cn_world_is_believable():
    people = generate_telecom(n_customers=3000, months=6, seed=2, locale="zh_CN").customers
    # 11-digit China Telecom mobile numbers, one per customer
    assert people["phone"].str.fullmatch(r"1\d{10}").all() and people["phone"].is_unique
    prefixes = {str(p) for p in _zh_cn.TELECOM_PREFIXES}
    assert people["phone"].str[:3].isin(prefixes).all()
    assert people["email"].is_unique
    # Chinese names of two to four characters, no spaces
    assert people["name"].str.fullmatch(r"[\u4e00-\u9fff]{2,4}").all()
    # real cities in their own provinces, the big provinces most often
    cities = _zh_cn.CITIES.set_index("city")
    assert (people["province"].to_numpy() == cities.loc[people["city"], "province"].to_numpy()).all()
    assert people["province"].nunique() >= 25
    shares = people["province"].value_counts(normalize=True)
    assert shares["广东"] > shares["江苏"] > shares["宁夏"] and shares.index[0] in {"广东", "山东", "河南"}
    # address order 省 市 区 路 号, starting with the customer's own province and city
    official = cities.loc[people["city"], "province_official"].to_numpy()
    assert all(a.startswith(p) for a, p in zip(people["address"], official))
    assert all(c in a for a, c in zip(people["address"], people["city"]))
    assert people["address"].str.fullmatch(r"\w+?(省|市|自治区)\w*?市?\w+区\w+?(路|街|大道)\d+号(\d+栋\d+室)?").all()
    # companies for business accounts only, named after their industry
    business = people["customer_type"] == "business"
    assert people.loc[business, "company"].notna().all() and people.loc[~business, "company"].isna().all()
    makers = people.loc[people["industry"] == "manufacturing", "company"]
    assert makers.str.contains("制造|电子|化工|纺织").all() and makers.str.endswith("有限公司").all()
    # Chinese surnames are concentrated: the commonest few cover a large share
    assert people["name"].str[0].value_counts(normalize=True).iloc[:5].sum() > 0.2


def test_zh_cn_dirty_names_get_chinese_typos():
    from crmlab.synth._crm_raw import HOMOPHONES, _typo_zh
    assert _typo_zh("王伟", 0.99, 0.0) in {"王" + c for c in HOMOPHONES["伟"] if c != "伟"}
    assert _typo_zh("欧阳娜", 0.5, 0.95) == "欧阳"  # a character left out
    data = generate_telecom(n_customers=2000, months=6, seed=3, locale="zh_CN")
    raw = data.crm_raw.merge(data.raw_truth, on="record_id").merge(
        data.customers[["customer_id", "name"]], on="customer_id", suffixes=("", "_true"))
    typed = raw["name"].str.replace(" ", "") != raw["name_true"]
    # a few percent of the records, all still Chinese characters only
    assert 0.01 < typed.mean() < 0.1
    assert raw.loc[typed, "name"].str.replace(" ", "").str.fullmatch(r"[\u4e00-\u9fff]{1,4}").all()
    phones = normalize_phone(raw["phone"].dropna(), "CN")
    assert phones.str.fullmatch(r"1\d{10}").mean() > 0.99
