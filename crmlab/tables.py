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

#: The Chinese edition's data dictionary (``crmlab.set_language("zh")``): each column's meaning in
#: Chinese, keyed by (table, column) — the same columns as ``SCHEMA``, whose fourth element is the
#: English meaning. Category codes stay as the data hold them (the zh_CN data keep the codes), with
#: their Chinese names beside them.
MEANINGS_ZH: dict[tuple[str, str], str] = {
    ("customers", "customer_id"): "账户的唯一键",
    ("customers", "name"): "个人姓名；集团/企业客户为联系人姓名",
    ("customers", "gender"): "female（女）/ male（男）",
    ("customers", "birth_date"): "个人的出生日期",
    ("customers", "phone"): "手机号码，按本国格式书写",
    ("customers", "email"): "电子邮箱地址",
    ("customers", "address"): "街道地址",
    ("customers", "city"): "所在城市",
    ("customers", "province"): "所在省份（en_US 数据中为美国的州）",
    ("customers", "customer_type"): "consumer（个人客户）或 business（集团/企业客户）",
    ("customers", "company"): "集团/企业客户的公司名称；个人客户为空",
    ("customers", "industry"): "集团/企业客户所属行业；个人客户为空",
    ("customers", "lines"): "账户下的号码（线路）数，个人客户为 1",
    ("customers", "signup_date"): "开户（入网）日期",
    ("customers", "acquisition_channel"): "获得该客户的渠道",
    ("customers", "contract"): "month-to-month（按月合约）/ one-year（一年合约）/ two-year（两年合约）",
    ("customers", "plan_id"): "当前资费套餐，见 plans 表",
    ("customers", "payment_method"): "账单的付款方式",
    ("customers", "churn_date"): "账户离网日期；仍在网时为空",
    ("plans", "plan_id"): "套餐的键",
    ("plans", "name"): "套餐的营销名称",
    ("plans", "monthly_fee"): "观察窗口开始时每条线路的标价",
    ("plans", "data_gb"): "套餐内的流量额度",
    ("plans", "voice_minutes"): "套餐内的通话分钟数",
    ("plans", "kind"): "consumer（个人）或 business（集团/企业）套餐",
    ("plans", "tier"): "entry（入门档）/ mid（中档）/ premium（高端）",
    ("services", "service"): "增值业务的键",
    ("services", "name_zh"): "业务的中文名称",
    ("services", "monthly_fee"): "每月价格",
    ("subscriptions", "customer_id"): "见 customers 表",
    ("subscriptions", "service"): "订购的业务，见 services 表（mobile 即套餐本身）",
    ("subscriptions", "start"): "开始持有该业务的第一天",
    ("subscriptions", "end"): "业务终止的日期；仍在订购时为空",
    ("bills", "customer_id"): "见 customers 表",
    ("bills", "month"): "账单所属月份",
    ("bills", "amount"): "账单金额：套餐月租 × 线路数 × 价格指数 + 增值业务 + 额外费用",
    ("bills", "data_gb"): "当月所有线路使用的流量",
    ("bills", "voice_minutes"): "当月所有线路的通话分钟数",
    ("bills", "paid_late"): "账单在到期日之后才支付",
    ("topups", "customer_id"): "见 customers 表",
    ("topups", "date"): "购买日期",
    ("topups", "amount"): "支付金额",
    ("topups", "product"): "充值、附加包、配件或终端",
    ("interactions", "interaction_id"): "接触的唯一键",
    ("interactions", "customer_id"): "见 customers 表",
    ("interactions", "timestamp"): "接触开始的时间",
    ("interactions", "channel"): "接触渠道：phone（电话）、IVR（自助语音）、app（手机应用）、web（网站）、store（营业厅）、e-mail（电子邮件）、social/WeChat（社交媒体/微信）",
    ("interactions", "reason"): "接触的原因",
    ("interactions", "duration_s"): "处理时长；放弃的来电为 0",
    ("interactions", "wait_s"): "在电话队列中等待的时间；非电话渠道为空",
    ("interactions", "abandoned"): "来电者在坐席接听前挂断",
    ("interactions", "resolved_first_contact"): "无需再次接触即已解决（首次解决，FCR）",
    ("interactions", "csat"): "接触后的满意度评分；未调查时为空",
    ("complaints", "complaint_id"): "投诉的唯一键",
    ("complaints", "customer_id"): "见 customers 表",
    ("complaints", "interaction_id"): "提出投诉的那次接触（第 1 步：让客户发泄）",
    ("complaints", "opened"): "客户提出投诉的时间",
    ("complaints", "recorded"): "第 2 步：记录要点并判断投诉是否成立",
    ("complaints", "remedied"): "第 3 步：提出并实施补救；尚未补救时为空",
    ("complaints", "followed_up"): "第 4 步：跟踪回访；没有回访时为空",
    ("complaints", "closed"): "结案时间；未结案时为空",
    ("complaints", "category"): "billing（计费账单）、network quality（网络质量）、service attitude（服务态度）、product & tariff（产品与资费）、device（终端）",
    ("complaints", "severity"): "low（低）/ medium（中）/ high（高）",
    ("complaints", "status"): "观察窗口结束时的状态：open（未关闭）或 closed（已关闭）",
    ("complaints", "reopened"): "客户就同一问题再次投诉",
    ("complaints", "compensation"): "给予客户的补偿（账户抵扣）",
    ("surveys", "customer_id"): "见 customers 表",
    ("surveys", "date"): "调查日期",
    ("surveys", "nps_score"): "向他人推荐的可能性（净推荐值 NPS 问题）",
    ("surveys", "csat"): "总体满意度",
    ("campaigns", "campaign_id"): "营销活动的键",
    ("campaigns", "name"): "活动名称",
    ("campaigns", "kind"): "cross-sell（交叉销售）、up-sell（向上销售）或 retention（客户挽留）",
    ("campaigns", "offer"): "推荐的业务或套餐",
    ("campaigns", "start"): "第一次接触的日期",
    ("campaigns", "channel"): "接触渠道",
    ("campaigns", "cost_per_contact"): "一次接触的成本",
    ("campaign_contacts", "campaign_id"): "见 campaigns 表",
    ("campaign_contacts", "customer_id"): "见 customers 表",
    ("campaign_contacts", "treated"): "被随机选中接触（实验组）；False 表示对照组",
    ("campaign_contacts", "responded"): "在 90 天内接受了推荐",
    ("campaign_contacts", "revenue_90d"): "该推荐在 90 天内带来的收入",
    ("crm_raw", "record_id"): "原始记录的键",
    ("crm_raw", "source"): "来源系统：billing（计费）、store_pos（营业厅收银系统）、web_signup（网站注册）、call_center（呼叫中心）、campaign_list（营销名单）",
    ("crm_raw", "name"): "按来源系统中的录入原样保留",
    ("crm_raw", "phone"): "按来源系统中的录入原样保留",
    ("crm_raw", "email"): "按来源系统中的录入原样保留",
    ("crm_raw", "city"): "按来源系统中的录入原样保留",
    ("crm_raw", "birth_date"): "按来源系统中的录入原样保留（文本）",
    ("crm_raw", "captured"): "记录被采集的日期",
    ("truth", "customer_id"): "见 customers 表",
    ("truth", "segment"): "驱动客户行为的潜在细分",
    ("truth", "churn_prob"): "每月流失概率 θ（移位贝塔几何模型 sBG），未计投诉的影响",
    ("truth", "topup_rate"): "客户仍活跃时的购买率 λ（BG/NBD 模型）",
    ("truth", "dropout_prob"): "每次重复购买后悄然离开的概率 p（BG/NBD 模型）",
    ("truth", "topup_active"): "观察窗口结束时购买过程是否仍然活跃",
    ("truth", "mean_spend"): "每次购买的平均金额 p / ν（Gamma-Gamma 模型）",
    ("truth", "expected_clv"): "由真实参数算出的未来 36 个月期望折现毛利（年折现率 10 %）",
    ("truth", "uplift"): "被营销活动 C01 接触时响应概率的增加（增量响应）",
    ("raw_truth", "record_id"): "见 crm_raw 表",
    ("raw_truth", "customer_id"): "该原始记录所属的客户",
}

#: The Chinese edition's one line per table (``TABLE_NOTES`` in Chinese).
TABLE_NOTES_ZH = {
    "customers": "客户主数据：每个账户一行",
    "plans": "资费套餐",
    "services": "可以交叉销售的增值业务",
    "subscriptions": "业务订购：谁在什么时间段持有哪项业务",
    "bills": "月账单：每位在网客户每月一行",
    "topups": "充值与购买：非契约型购买，包括充值、附加包、配件和终端",
    "interactions": "客户接触记录：所有渠道的每一次接触",
    "complaints": "客户投诉及其四个处理步骤",
    "surveys": "满意度调查：净推荐值（NPS）和满意度的答卷",
    "campaigns": "营销活动：每个都是一次随机对照试验",
    "campaign_contacts": "营销接触：每个活动的试验中有谁、是否被接触、做了什么",
    "crm_raw": "多来源原始客户记录：未经清洗的多系统 CRM 数据",
    "truth": "模拟真值：每位客户的预设真实答案——分析从不读取",
    "raw_truth": "记录归属真值：每条原始记录属于哪位客户",
}

#: The units of ``SCHEMA`` in Chinese, for the Chinese data dictionary.
UNITS_ZH = {
    "": "", "0-10": "0–10 分", "1-5": "1–5 分", "GB": "GB", "GB / line / month": "GB/线路/月",
    "SIM cards": "SIM 卡（张）", "currency": "货币单位", "currency / line / month": "货币单位/线路/月",
    "currency / month": "货币单位/月", "date": "日期", "date and time": "日期和时间",
    "first day of month": "当月第一天", "minutes": "分钟", "minutes / line / month": "分钟/线路/月",
    "per month": "每月", "per purchase": "每次购买", "probability": "概率", "seconds": "秒",
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
