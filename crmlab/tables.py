"""The ``TelecomData`` container: one DataFrame per table, their schema, CSV and SQLite export/import.

``SCHEMA`` is the single description of every table and column: dtype, unit, Chinese term and
meaning. Loading applies its dtypes; the data dictionary (``datasets/README.md``) is written
from it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from ._validation import check_choice, check_columns

# (dtype, unit, 中文, description). dtypes: int, float, bool, str, category, datetime.
SCHEMA: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "customers": {
        "customer_id": ("int", "", "客户编号", "unique key of the account"),
        "name": ("str", "", "姓名", "person's name; for business accounts the contact person"),
        "gender": ("category", "", "性别", "female / male"),
        "birth_date": ("datetime", "date", "出生日期", "date of birth of the person"),
        "phone": ("str", "", "手机号码", "mobile number in the national format"),
        "email": ("str", "", "电子邮箱", "e-mail address"),
        "address": ("str", "", "地址", "street address"),
        "city": ("str", "", "城市", "city"),
        "province": ("str", "", "省份", "province (state for en_US)"),
        "customer_type": ("category", "", "客户类型", "consumer (个人客户) or business (集团/企业客户)"),
        "company": ("str", "", "公司名称", "company of a business account; empty for consumers"),
        "industry": ("category", "", "行业", "industry of a business account; empty for consumers"),
        "lines": ("int", "SIM cards", "号码数", "number of lines on the account (1 for consumers)"),
        "signup_date": ("datetime", "date", "入网日期", "date the account was opened"),
        "acquisition_channel": ("category", "", "获客渠道", "channel that acquired the customer"),
        "contract": ("category", "", "合约类型", "month-to-month / one-year / two-year"),
        "plan_id": ("category", "", "套餐编号", "current tariff plan, see plans"),
        "payment_method": ("category", "", "付款方式", "how bills are paid"),
        "churn_date": ("datetime", "date", "离网日期", "date the account left; empty while active"),
    },
    "plans": {
        "plan_id": ("str", "", "套餐编号", "key of the plan"),
        "name": ("str", "", "套餐名称", "marketing name"),
        "monthly_fee": ("float", "currency / line / month", "月租", "list price per line at the window start"),
        "data_gb": ("float", "GB / line / month", "流量", "data allowance"),
        "voice_minutes": ("int", "minutes / line / month", "通话分钟", "voice allowance"),
        "kind": ("category", "", "客户类型", "consumer or business plan"),
        "tier": ("category", "", "档次", "entry / mid / premium"),
    },
    "services": {
        "service": ("str", "", "增值业务", "key of the value-added service"),
        "name_zh": ("str", "", "中文名称", "Chinese name"),
        "monthly_fee": ("float", "currency / month", "月费", "price per month"),
    },
    "subscriptions": {
        "customer_id": ("int", "", "客户编号", "see customers"),
        "service": ("category", "", "业务", "service held, see services (mobile = the plan itself)"),
        "start": ("datetime", "date", "开通日期", "first day the service was held"),
        "end": ("datetime", "date", "终止日期", "day it ended; empty while held"),
    },
    "bills": {
        "customer_id": ("int", "", "客户编号", "see customers"),
        "month": ("datetime", "first day of month", "账期", "billing month"),
        "amount": ("float", "currency", "账单金额", "amount billed: plan x lines x price index + services + extra charges"),
        "data_gb": ("float", "GB", "流量使用", "data used in the month, all lines"),
        "voice_minutes": ("int", "minutes", "通话时长", "voice minutes used in the month, all lines"),
        "paid_late": ("bool", "", "逾期付款", "bill paid after its due date"),
    },
    "topups": {
        "customer_id": ("int", "", "客户编号", "see customers"),
        "date": ("datetime", "date", "购买日期", "date of the purchase"),
        "amount": ("float", "currency", "金额", "amount paid"),
        "product": ("category", "", "产品", "top-up, add-on, accessory or device"),
    },
    "interactions": {
        "interaction_id": ("int", "", "接触编号", "unique key of the contact"),
        "customer_id": ("int", "", "客户编号", "see customers"),
        "timestamp": ("datetime", "date and time", "时间", "start of the contact"),
        "channel": ("category", "", "渠道", "phone, IVR, app, web, store, e-mail, social/WeChat"),
        "reason": ("category", "", "原因", "reason for the contact"),
        "duration_s": ("float", "seconds", "处理时长", "handling time; 0 for abandoned calls"),
        "wait_s": ("float", "seconds", "等待时长", "time in the phone queue; empty off the phone"),
        "abandoned": ("bool", "", "放弃呼叫", "caller hung up before an agent answered"),
        "resolved_first_contact": ("bool", "", "首次解决", "solved without another contact (FCR)"),
        "csat": ("float", "1-5", "满意度", "post-contact satisfaction score; empty if not surveyed"),
    },
    "complaints": {
        "complaint_id": ("int", "", "投诉编号", "unique key of the complaint"),
        "customer_id": ("int", "", "客户编号", "see customers"),
        "interaction_id": ("int", "", "接触编号", "the contact in which it was made (step 1: let the customer vent)"),
        "opened": ("datetime", "date and time", "受理时间", "when the complaint was made"),
        "recorded": ("datetime", "date and time", "记录判断", "step 2: key points recorded and validity judged"),
        "remedied": ("datetime", "date and time", "处理完成", "step 3: remedy proposed and carried out; empty if not yet"),
        "followed_up": ("datetime", "date and time", "回访时间", "step 4: follow-up contact; empty if none"),
        "closed": ("datetime", "date and time", "结案时间", "when it was closed; empty while open"),
        "category": ("category", "", "投诉类别", "billing, network quality, service attitude, product & tariff, device"),
        "severity": ("category", "", "严重程度", "low / medium / high"),
        "status": ("category", "", "状态", "open or closed at the end of the window"),
        "reopened": ("bool", "", "重复投诉", "the customer came back on the same matter"),
        "compensation": ("float", "currency", "补偿金额", "credit given to the customer"),
    },
    "surveys": {
        "customer_id": ("int", "", "客户编号", "see customers"),
        "date": ("datetime", "date", "调查日期", "date of the survey"),
        "nps_score": ("int", "0-10", "推荐意愿", "likelihood to recommend (NPS question)"),
        "csat": ("int", "1-5", "满意度", "overall satisfaction"),
    },
    "campaigns": {
        "campaign_id": ("str", "", "营销活动编号", "key of the campaign"),
        "name": ("str", "", "名称", "name"),
        "kind": ("category", "", "类型", "cross-sell, up-sell or retention"),
        "offer": ("str", "", "产品", "service or plan offered"),
        "start": ("datetime", "date", "开始日期", "first contact date"),
        "channel": ("category", "", "渠道", "contact channel"),
        "cost_per_contact": ("float", "currency", "单次接触成本", "cost of one contact"),
    },
    "campaign_contacts": {
        "campaign_id": ("category", "", "营销活动编号", "see campaigns"),
        "customer_id": ("int", "", "客户编号", "see customers"),
        "treated": ("bool", "", "实验组", "randomly chosen to be contacted (False = control group)"),
        "responded": ("bool", "", "响应", "took the offer within 90 days"),
        "revenue_90d": ("float", "currency", "90天收入", "revenue from the offer in 90 days"),
    },
    "crm_raw": {
        "record_id": ("int", "", "记录编号", "key of the raw record"),
        "source": ("category", "", "来源系统", "billing, store_pos, web_signup, call_center, campaign_list"),
        "name": ("str", "", "姓名", "as typed in the source"),
        "phone": ("str", "", "电话", "as typed in the source"),
        "email": ("str", "", "电子邮箱", "as typed in the source"),
        "city": ("str", "", "城市", "as typed in the source"),
        "birth_date": ("str", "", "出生日期", "as typed in the source (text)"),
        "captured": ("datetime", "date", "采集日期", "when the record was captured"),
    },
    "truth": {
        "customer_id": ("int", "", "客户编号", "see customers"),
        "segment": ("category", "", "真实细分", "latent segment that drives behaviour"),
        "churn_prob": ("float", "per month", "流失概率", "monthly churn probability theta (sBG), before complaint effects"),
        "topup_rate": ("float", "per month", "购买率", "BG/NBD purchase rate lambda while active"),
        "dropout_prob": ("float", "per purchase", "流失概率", "BG/NBD drop-out probability p after each repeat purchase"),
        "topup_active": ("bool", "", "仍活跃", "top-up process still alive at the end of the window"),
        "mean_spend": ("float", "currency", "平均消费", "Gamma-Gamma mean spend per top-up, p / nu"),
        "expected_clv": ("float", "currency", "客户终身价值", "expected discounted margin over the next 36 months at 10 % a year, from the true parameters"),
        "uplift": ("float", "probability", "增量响应", "increase in response probability when contacted by campaign C01"),
    },
    "raw_truth": {
        "record_id": ("int", "", "记录编号", "see crm_raw"),
        "customer_id": ("int", "", "客户编号", "the customer the raw record belongs to"),
    },
}

TABLES = tuple(SCHEMA)

#: One line per table for the data dictionary.
TABLE_NOTES = {
    "customers": "one row per account (客户主数据)",
    "plans": "tariff plans (资费套餐)",
    "services": "value-added services that can be cross-sold (增值业务)",
    "subscriptions": "who held which service, from when to when (业务订购)",
    "bills": "one row per customer and month while active (月账单)",
    "topups": "non-contractual purchases: top-ups, add-ons, accessories, devices (充值与购买)",
    "interactions": "every contact through every channel (客户接触记录)",
    "complaints": "complaints and their four handling steps (客户投诉)",
    "surveys": "NPS and satisfaction survey answers (满意度调查)",
    "campaigns": "marketing campaigns, each a randomised test (营销活动)",
    "campaign_contacts": "who was in each campaign's test, contacted or not, and what they did (营销接触)",
    "crm_raw": "the dirty multi-source CRM extract (多来源原始客户记录)",
    "truth": "the planted truth per customer — never read by analyses (模拟真值)",
    "raw_truth": "which customer each raw record belongs to (记录归属真值)",
}

_PANDAS_DTYPES = {"int": "int64", "float": "float64", "bool": "bool", "str": "str",
                  "category": "category"}


def apply_schema(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with the schema's columns, in order, with the schema's dtypes.

    Examples
    --------
    >>> raw = pd.DataFrame({"customer_id": ["1"], "service": ["iptv"],
    ...                     "start": ["2024-01-05"], "end": [None]})
    >>> apply_schema("subscriptions", raw).dtypes.astype(str).tolist()
    ['int64', 'category', 'datetime64[s]', 'datetime64[s]']
    """
    where = "apply_schema"
    check_choice(name, "name", SCHEMA, where=where)
    check_columns(frame, [], "frame", where=where)
    columns = SCHEMA[name]
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{where}: table {name!r} is missing column(s) {missing}")
    out = {}
    for column, (kind, *_rest) in columns.items():
        values = frame[column]
        try:
            if kind == "datetime":
                out[column] = pd.to_datetime(values, format="ISO8601").astype("datetime64[s]")
            elif kind == "bool" and values.dtype != bool:
                out[column] = _as_bool(values, name, column)
            elif kind == "category":
                out[column] = _as_category(values)
            else:
                out[column] = values.astype(_PANDAS_DTYPES[kind])
        except (ValueError, TypeError, OverflowError) as error:
            if str(error).startswith(where):
                raise
            raise ValueError(f"{where}: column {column!r} of table {name!r} must hold "
                             f"{kind} values; could not convert them ({error})") from None
    return pd.DataFrame({column: values.reset_index(drop=True) for column, values in out.items()},
                        index=pd.RangeIndex(len(frame)))


#: The spellings of yes and no that a boolean column may hold (text compared case-folded).
_BOOL_WORDS = {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}


def _as_bool(values: pd.Series, table: str, column: str) -> pd.Series:
    """True/False, 1/0, "true"/"false", "yes"/"no" → bool; anything else, missing values
    included (no boolean column of the schema allows them), is refused."""
    def known(value):
        if isinstance(value, str):
            return _BOOL_WORDS.get(value.strip().casefold())
        if isinstance(value, (bool, int, float)) and not pd.isna(value) and value in (0, 1):
            return bool(value)
        try:
            if value in (0, 1) and not pd.isna(value):
                return bool(value)
        except (TypeError, ValueError):
            pass
        return None

    mapped = values.map(known, na_action=None)
    unknown = mapped.isna()
    if unknown.any():
        examples = sorted({repr(v) for v in values[unknown]})[:5]
        raise ValueError(f"apply_schema: column {column!r} of table {table!r} must hold yes/no "
                         f"values (True/False, 1/0, 'true'/'false', 'yes'/'no'), got "
                         f"{int(unknown.sum())} other value(s): {', '.join(examples)}")
    return mapped.astype(bool)


def _as_category(values: pd.Series) -> pd.Series:
    """Categories are the values present, sorted, however the column was made."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        values = values.cat.remove_unused_categories()
        return values.cat.reorder_categories(sorted(values.cat.categories))
    return values.astype("category")


@dataclass(frozen=True, eq=False)
class TelecomData:
    """The simulated telecom operator: one DataFrame per table (see ``SCHEMA``).

    Build one with :func:`crmlab.generate_telecom` or :func:`crmlab.load_telecom`.
    ``truth`` and ``raw_truth`` hold the planted ground truth: analyses never read them,
    notebooks compare against them at the end.
    """

    customers: pd.DataFrame
    plans: pd.DataFrame
    services: pd.DataFrame
    subscriptions: pd.DataFrame
    bills: pd.DataFrame
    topups: pd.DataFrame
    interactions: pd.DataFrame
    complaints: pd.DataFrame
    surveys: pd.DataFrame
    campaigns: pd.DataFrame
    campaign_contacts: pd.DataFrame
    crm_raw: pd.DataFrame
    truth: pd.DataFrame
    raw_truth: pd.DataFrame

    def tables(self) -> dict[str, pd.DataFrame]:
        """Table name → DataFrame, in schema order."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def window_end(self) -> pd.Timestamp:
        """The day after the observation window: the first day after the last billing month."""
        return self.bills["month"].max() + pd.offsets.MonthBegin(1)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(frame):,}" for name, frame in self.tables().items())
        return f"TelecomData({sizes})"

    def to_csv(self, folder) -> Path:
        """Write one ``<table>.csv`` per table into ``folder`` (created if needed)."""
        folder = _path(folder, "folder", "TelecomData.to_csv")
        folder.mkdir(parents=True, exist_ok=True)
        for name, frame in self.tables().items():
            frame.to_csv(folder / f"{name}.csv", index=False, date_format=_date_format(frame))
        return folder

    @classmethod
    def from_csv(cls, folder) -> TelecomData:
        """Read the tables written by :meth:`to_csv`, with the schema's dtypes."""
        folder = _path(folder, "folder", "TelecomData.from_csv")
        if not folder.is_dir():
            raise FileNotFoundError(f"TelecomData.from_csv: no folder {folder}")
        tables = {}
        for name, columns in SCHEMA.items():
            path = folder / f"{name}.csv"
            if not path.exists():
                raise FileNotFoundError(f"TelecomData.from_csv: {path} is missing")
            dtypes = {c: _PANDAS_DTYPES[k] for c, (k, *_r) in columns.items()
                      if k in ("int", "float", "str", "category")}
            frame = pd.read_csv(path, dtype=dtypes, keep_default_na=False,
                                na_values={c: [""] for c in columns})
            tables[name] = apply_schema(name, frame)
        return cls(**tables)

    def to_sqlite(self, path) -> Path:
        """Write every table into a SQLite database file (replaced if it exists).

        Dates are stored as ISO text (``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM:SS``), booleans as 0/1,
        so the file reads back with ``sqlite3`` or ``pandas.read_sql``.
        """
        path = _path(path, "path", "TelecomData.to_sqlite")
        path.unlink(missing_ok=True)
        with sqlite3.connect(path) as connection:
            for name, frame in self.tables().items():
                frame = frame.copy()
                for column in frame.columns:
                    if pd.api.types.is_datetime64_any_dtype(frame[column]):
                        text = frame[column].dt.strftime(_date_format(frame[[column]]))
                        frame[column] = text.astype(object).where(frame[column].notna(), None)
                    elif isinstance(frame[column].dtype, pd.CategoricalDtype):
                        frame[column] = frame[column].astype(object)
                frame.to_sql(name, connection, index=False)
        connection.close()
        return path

    @classmethod
    def from_sqlite(cls, path) -> TelecomData:
        """Read a database written by :meth:`to_sqlite`, with the schema's dtypes."""
        where = "TelecomData.from_sqlite"
        path = _path(path, "path", where)
        if not path.exists():
            raise FileNotFoundError(f"{where}: no file {path}")
        if not path.is_file():
            raise ValueError(f"{where}: path must be a SQLite file written by to_sqlite, got the "
                             f"folder {path}")
        try:
            with sqlite3.connect(path) as connection:
                tables = {name: apply_schema(name, pd.read_sql(f"SELECT * FROM {name}",
                                                               connection))
                          for name in SCHEMA}
            connection.close()
        except (sqlite3.Error, pd.errors.DatabaseError) as error:
            raise ValueError(f"{where}: {path} is not a database written by to_sqlite "
                             f"({error})") from None
        return cls(**tables)


def _path(value, name: str, where: str) -> Path:
    """A file or folder path given as str or os.PathLike."""
    import os

    if not isinstance(value, (str, os.PathLike)) or (isinstance(value, str) and not value.strip()):
        raise TypeError(f"{where}: {name} must be a path (str or pathlib.Path), got "
                        f"{type(value).__name__} {value!r}")
    return Path(value)


def _date_format(frame: pd.DataFrame) -> str:
    """Dates without a time of day are written as dates only."""
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            stamps = values.dropna()
            if len(stamps) and (stamps != stamps.dt.normalize()).any():
                return "%Y-%m-%d %H:%M:%S"
    return "%Y-%m-%d"
