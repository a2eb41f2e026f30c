"""Calculation questions: numbers from each student's own data, answers from the kit's functions.

Each ``solve(data, rng)`` returns the numbers its text shows and the answer. The text never
gives away the answer; the worked method names the steps (and the kit function that checks them).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._bank import calculation

END = pd.Timestamp("2026-01-01")
MONTHS_2025 = pd.date_range("2025-01-01", "2025-12-01", freq="MS")
MARGIN = 0.6  # the operator's service margin, as in chapter 06


def _revenue(data) -> pd.Series:
    """Revenue per customer over the whole window: bills + top-ups, every customer counted."""
    customers = data.customers["customer_id"]
    return (data.bills.groupby("customer_id")["amount"].sum()
            .add(data.topups.groupby("customer_id")["amount"].sum(), fill_value=0)
            .reindex(customers, fill_value=0))


def _month(rng) -> pd.Timestamp:
    return MONTHS_2025[int(rng.integers(len(MONTHS_2025)))]


def _pick(rng, options):
    return options[int(rng.integers(len(options)))]


# ============================================================ 00 · what CRM is: the data

@calculation("Q00.1", "00", "easy", 2,
             "How many of the {customers:,} customers are business (集团/企业) accounts?",
             "在 {customers:,} 个客户中，有多少个是企业（集团）客户？",
             "Count the rows of data.customers with customer_type == 'business'.",
             "统计 data.customers 中 customer_type 为 'business' 的行数。")
def business_accounts(data, rng):
    return ({"customers": len(data.customers)},
            int((data.customers["customer_type"] == "business").sum()))


@calculation("Q00.2", "00", "easy", 2,
             "What share (in %) of the {customers:,} customers is on a {contract} contract?",
             "在 {customers:,} 个客户中，合约类型为 {contract}（{contract_zh}）的客户占多少（%）？",
             "Count the customers with that contract and divide by all customers; × 100.",
             "统计该合约类型的客户数，除以全部客户数，再乘以 100。", decimals=1)
def contract_share(data, rng):
    contract = _pick(rng, ["month-to-month", "one-year", "two-year"])
    share = 100 * (data.customers["contract"] == contract).mean()
    names = {"month-to-month": "按月合约", "one-year": "一年合约", "two-year": "两年合约"}
    return ({"customers": len(data.customers), "contract": contract, "contract_zh": names[contract]},
            float(share))


@calculation("Q00.3", "00", "easy", 3,
             "What was the total amount billed in {month:%B %Y} (sum of bills.amount for that "
             "billing month)?",
             "{month:%Y}年{month.month}月的账单总额（该账期 bills.amount 之和）是多少？",
             "Keep the bills whose month is the first day of that month and add their amounts.",
             "筛选账期为该月的账单，把 amount 相加。", decimals=4, relative=True)
def month_revenue(data, rng):
    month = _month(rng)
    return {"month": month}, float(data.bills.loc[data.bills["month"] == month, "amount"].sum())


@calculation("Q00.4", "00", "medium", 4,
             "ARPA (average revenue per account) of {month:%B %Y}: the amount billed for that "
             "month divided by the number of accounts billed that month?",
             "{month:%Y}年{month.month}月的 ARPA（每账户平均收入）：该月账单总额除以该月有账单的账户数，是多少？",
             "Filter the bills of that month; ARPA = sum(amount) / number of distinct customer_id.",
             "筛选该月账单；ARPA = 金额之和 / 不同 customer_id 的个数。", decimals=2)
def month_arpa(data, rng):
    month = _month(rng)
    bills = data.bills[data.bills["month"] == month]
    return {"month": month}, float(bills["amount"].sum() / bills["customer_id"].nunique())


@calculation("Q00.5", "00", "medium", 4,
             "ARPU (average revenue per user = per line) of {month:%B %Y}: the amount billed for "
             "that month divided by the number of lines (customers.lines) of the accounts billed "
             "that month?",
             "{month:%Y}年{month.month}月的 ARPU（每用户平均收入，按号码数计）：该月账单总额除以该月有账单账户的号码数"
             "（customers.lines）之和，是多少？",
             "Sum the month's bills; join customers.lines for the accounts billed that month; "
             "ARPU = revenue / total lines (revenue_per_unit gives it by customer type).",
             "该月账单求和；按有账单的账户合并 customers.lines 并求和；ARPU = 收入 / 号码总数"
             "（revenue_per_unit 按客户类型给出）。", decimals=2)
def month_arpu(data, rng):
    from ..cases.key_accounts import revenue_per_unit

    month = _month(rng)
    table = revenue_per_unit(data).xs(month, level="month")
    return {"month": month}, float(table["revenue"].sum() / table["lines"].sum())


# ============================================================ 01 · identify

@calculation("Q01.1", "01", "easy", 2,
             "How many of the {records:,} raw records (crm_raw) come from the source '{source}'?",
             "在 {records:,} 条原始记录（crm_raw）中，来源为 '{source}' 的有多少条？",
             "Count the rows of data.crm_raw with that source.",
             "统计 data.crm_raw 中该来源的行数。")
def raw_source(data, rng):
    source = _pick(rng, ["billing", "store_pos", "web_signup", "call_center", "campaign_list"])
    return ({"records": len(data.crm_raw), "source": source},
            int((data.crm_raw["source"] == source).sum()))


@calculation("Q01.2", "01", "easy", 3,
             "What share (in %) of the raw records (crm_raw) have no {field}?",
             "原始记录（crm_raw）中缺少 {field} 的记录占多少（%）？",
             "Count the missing values of that column (empty text counts as missing) and divide "
             "by the number of records; × 100.",
             "统计该字段缺失（空字符串也算缺失）的记录数，除以记录总数，再乘以 100。", decimals=1)
def raw_missing(data, rng):
    field_ = _pick(rng, ["email", "phone", "birth_date"])
    values = data.crm_raw[field_]
    missing = values.isna() | (values.astype(str).str.strip() == "")
    return {"field": field_}, float(100 * missing.mean())


@calculation("Q01.3", "01", "easy", 3,
             "How many customers were acquired through the channel '{channel}' in {year}?",
             "{year} 年通过 '{channel}' 渠道获取的客户有多少？",
             "Keep the customers whose signup_date falls in that year and count those with that "
             "acquisition_channel.",
             "筛选 signup_date 在该年的客户，统计 acquisition_channel 为该渠道的人数。")
def acquired_through(data, rng):
    year = _pick(rng, [2024, 2025])
    channels = sorted(data.customers["acquisition_channel"].astype(str).unique())
    channel = _pick(rng, channels)
    c = data.customers
    return ({"channel": channel, "year": year},
            int(((c["signup_date"].dt.year == year) & (c["acquisition_channel"] == channel)).sum()))


@calculation("Q01.4", "01", "medium", 4,
             "With the course's lifecycle rules (crmlab.identify.lifecycle_stage), how many "
             "customers are in the {stage} stage on {as_of:%Y-%m-%d}?",
             "按课程的生命周期规则（crmlab.identify.lifecycle_stage），{as_of:%Y-%m-%d} 处于 {stage_zh}"
             "的客户有多少？",
             "Apply the rules in order — termination, acquisition, decline (last three bills 10 % "
             "below the three before, or a complaint in 90 days), growth, maturity — and count.",
             "按顺序套用规则：终止期、潜在获取期、衰退期（最近三期账单比前三期低 10 % 以上，或 90 天内有投诉）、"
             "成长期、成熟期，然后计数。")
def lifecycle_count(data, rng):
    from ..identify import lifecycle_stage

    stages = {"growth": "成长期", "maturity": "成熟期", "decline": "衰退期"}
    stage = _pick(rng, list(stages))
    as_of = _pick(rng, [pd.Timestamp("2025-06-30"), pd.Timestamp("2025-12-31")])
    count = int((lifecycle_stage(data, as_of) == stage).sum())
    return {"stage": stage, "stage_zh": stages[stage], "as_of": as_of}, count


@calculation("Q01.5", "01", "medium", 3,
             "How many customers have at least one complaint still open (status 'open') at the "
             "end of the data?",
             "数据期末，有多少个客户至少有一条仍未结案（status 为 'open'）的投诉？",
             "Keep the complaints with status 'open' and count the distinct customer_id.",
             "筛选 status 为 'open' 的投诉，统计不同 customer_id 的个数。")
def open_complaints(data, rng):
    c = data.complaints
    return {}, int(c.loc[c["status"] == "open", "customer_id"].nunique())


# ============================================================ 02 · differentiate

@calculation("Q02.1", "02", "easy", 3,
             "What share (in %) of revenue (bills + top-ups over the whole window, all {customers:,} "
             "customers) comes from the top {top:.0%} of customers?",
             "收入（整个观察期的账单 + 充值，全部 {customers:,} 个客户）中，前 {top:.0%} 的客户贡献了多少（%）？",
             "Sort customers by revenue, largest first; add the revenue of the first "
             "{top:.0%} × n customers and divide by the total (differentiate.share_of_top).",
             "按收入从大到小排序；前 n × {top:.0%} 个客户的收入之和除以总收入（differentiate.share_of_top）。",
             decimals=1)
def top_share(data, rng):
    from ..differentiate import share_of_top

    top = _pick(rng, [0.1, 0.2, 0.25, 0.3])
    return ({"customers": len(data.customers), "top": top},
            100 * float(share_of_top(_revenue(data), top)))


@calculation("Q02.2", "02", "easy", 3,
             "In an ABC analysis of revenue (bills + top-ups; cut-offs 80 % and 95 % of cumulative "
             "value), how many customers are class {klass}?",
             "按收入（账单 + 充值）做 ABC 分析（累计价值 80 % 和 95 % 为分界），{klass} 类客户有多少？",
             "Sort revenue largest first, accumulate the share; A while the share of everyone above "
             "is below 80 % (the one who crosses 80 % is an A), B up to 95 %, C the rest "
             "(differentiate.abc_classes).",
             "按收入从大到小累计占比；排在其前面的累计占比低于 80 % 的为 A（跨过 80 % 的那位也算 A），"
             "到 95 % 为 B，其余为 C（differentiate.abc_classes）。")
def abc_count(data, rng):
    from ..differentiate import abc_classes

    klass = _pick(rng, ["A", "B", "C"])
    return {"klass": klass}, int((abc_classes(_revenue(data)) == klass).sum())


@calculation("Q02.3", "02", "medium", 4,
             "How few customers, largest first, make at least half of the revenue (bills + "
             "top-ups)?",
             "按收入（账单 + 充值）从大到小，最少需要多少个客户，其收入之和才能达到总收入的一半？",
             "Sort revenue largest first; cumulative share; count the customers up to and including "
             "the first one at which it reaches 50 % (differentiate.pareto_table).",
             "按收入从大到小排序并累计占比；数到累计占比首次达到 50 % 的那个客户（含）为止"
             "（differentiate.pareto_table）。")
def half_revenue(data, rng):
    from ..differentiate import pareto_table

    table = pareto_table(_revenue(data))
    return {}, int((table["cum_value_share"] < 0.5).sum() + 1)


@calculation("Q02.4", "02", "medium", 4,
             "RFM of the top-ups as of 2026-01-01 (five scores each by percentile rank, 5 best): "
             "what is the RFM cell (code R F M, e.g. 534) of customer {customer}?",
             "以 2026-01-01 为基准对充值记录做 RFM 分析（每项按百分位分 5 档，5 为最好）：客户 {customer} 的 "
             "RFM 单元（R F M 代码，如 534）是什么？",
             "Recency = days from the last top-up to 2026-01-01, frequency = number of top-ups, "
             "monetary = their sum; score each 1-5 by percentile rank, equal values sharing a score "
             "(differentiate.rfm_table, column rfm_code).",
             "R = 最后一次充值到 2026-01-01 的天数，F = 充值次数，M = 充值金额之和；每项按百分位排名打 1-5 分，"
             "相同值得同分（differentiate.rfm_table 的 rfm_code 列）。")
def rfm_cell(data, rng):
    from ..differentiate import rfm_table

    table = rfm_table(data.topups, as_of=END)
    customer = int(table.index[int(rng.integers(len(table)))])
    return {"customer": customer}, str(table.loc[customer, "rfm_code"])


@calculation("Q02.5", "02", "medium", 4,
             "How many customers are '{segment}' in the RFM analysis of the top-ups as of "
             "2026-01-01 (the chapter's segment rules)?",
             "以 2026-01-01 为基准对充值记录做 RFM 分析，按本章的细分规则，'{segment}' 客户有多少？",
             "Build the RFM table, then name segments with the rules top to bottom (FM = rounded "
             "mean of F and M); count (differentiate.rfm_segments).",
             "先得到 RFM 表，再按规则自上而下命名细分（FM = F 与 M 的平均值四舍五入）；计数"
             "（differentiate.rfm_segments）。")
def rfm_segment_count(data, rng):
    from ..differentiate import rfm_segments, rfm_table

    segment = _pick(rng, ["champions", "loyal", "at risk", "hibernating"])
    segments = rfm_segments(rfm_table(data.topups, as_of=END))
    return {"segment": segment}, int((segments == segment).sum())


@calculation("Q02.6", "02", "medium", 4,
             "What is the Gini coefficient (0-1) of revenue (bills + top-ups) across the customers?",
             "客户收入（账单 + 充值）的基尼系数（0-1）是多少？",
             "Sort revenue smallest first (x_1..x_n); Gini = Σ(2i − n − 1)·x_i / (n·Σx) "
             "(differentiate.gini).",
             "按收入从小到大排序（x_1..x_n）；Gini = Σ(2i − n − 1)·x_i / (n·Σx)（differentiate.gini）。",
             decimals=3)
def revenue_gini(data, rng):
    from ..differentiate import gini

    return {}, float(gini(_revenue(data)))


@calculation("Q02.7", "02", "medium", 5,
             "A customer brings an annual margin of {margin:,.2f} (60 % of the mean 2025 bills of "
             "your data's customers) at the end of each year they stay; they stay from one year to "
             "the next with probability {retention:.2f}; money is discounted at {discount:.0%} a "
             "year. What is their CLV over {years} years?",
             "某客户每年年末带来 {margin:,.2f} 的年利润（你的数据中客户 2025 年账单均值的 60 %）；每年留存概率为 "
             "{retention:.2f}；年折现率 {discount:.0%}。其 {years} 年的客户终身价值（CLV）是多少？",
             "Weight each year's margin by the chance of still being there and discount it: "
             "CLV = Σ_{{t=1..H}} m·r^t / (1+d)^t (clv.simple_clv with horizon H).",
             "逐年计算 m·r^t / (1+d)^t 并相加：CLV = Σ_{{t=1..H}} m·r^t / (1+d)^t（clv.simple_clv，horizon = H）。",
             decimals=4, relative=True)
def formula_clv(data, rng):
    from ..clv import simple_clv

    bills = data.bills[data.bills["month"].dt.year == 2025]
    margin = round(float(bills.groupby("customer_id")["amount"].sum().mean() * MARGIN), 2)
    retention = float(_pick(rng, [0.75, 0.8, 0.85, 0.9]))
    discount = float(_pick(rng, [0.08, 0.1, 0.12]))
    years = int(_pick(rng, [3, 5, 10]))
    return ({"margin": margin, "retention": retention, "discount": discount, "years": years},
            float(simple_clv(margin, retention, discount, horizon=years)))


@calculation("Q02.8", "02", "easy", 3,
             "With a monthly margin of {margin:,.2f} (60 % of the mean December 2025 bill), "
             "monthly retention {retention:.3f} and a monthly discount rate of 1 %, what is the "
             "CLV with no horizon (the customer may stay forever)?",
             "月利润 {margin:,.2f}（2025 年 12 月平均账单的 60 %），月留存率 {retention:.3f}，月折现率 1 %，"
             "不设期限时的 CLV 是多少？",
             "Infinite horizon: CLV = m·r / (1 + d − r) (clv.simple_clv without horizon).",
             "无期限公式：CLV = m·r / (1 + d − r)（clv.simple_clv，不设 horizon）。",
             decimals=4, relative=True)
def infinite_clv(data, rng):
    from ..clv import simple_clv

    margin = round(float(data.bills.loc[data.bills["month"] == "2025-12-01", "amount"].mean()
                         * MARGIN), 2)
    retention = float(_pick(rng, [0.95, 0.96, 0.97, 0.98]))
    return ({"margin": margin, "retention": retention},
            float(simple_clv(margin, retention, 0.01)))


@calculation("Q02.9", "02", "hard", 6,
             "Fit the shifted-beta-geometric (sBG) model to the {contract} customers who joined "
             "from 2024-01-01 on (tenure = number of bills, churned = has a churn_date; "
             "{cohort:,} customers). What is the cohort's mean monthly churn probability "
             "alpha / (alpha + beta)?",
             "对 2024-01-01 起入网的 {contract} 客户（共 {cohort:,} 人；在网期 = 账单数，流失 = 有 churn_date）"
             "拟合 sBG（移位贝塔几何）模型。该群组的平均月流失概率 alpha / (alpha + beta) 是多少？",
             "Count bills per customer; select the cohort; fit sBG by maximum likelihood on "
             "(tenure, churned) and read alpha / (alpha + beta) "
             "(clv.ShiftedBetaGeometric().fit_tenures(...).mean_churn_).",
             "按客户统计账单数；选出群组；用最大似然对（在网期，是否流失）拟合 sBG，读取 alpha / (alpha + beta)"
             "（clv.ShiftedBetaGeometric().fit_tenures(...).mean_churn_）。",
             decimals=3, relative=True)
def sbg_mean_churn(data, rng):
    from ..clv import ShiftedBetaGeometric

    contract = _pick(rng, ["month-to-month", "one-year"])
    customers = data.customers.set_index("customer_id")
    tenure = data.bills.groupby("customer_id").size()
    cohort = (customers["signup_date"] >= "2024-01-01") & (customers["contract"] == contract)
    ids = cohort[cohort].index.intersection(tenure.index)
    model = ShiftedBetaGeometric().fit_tenures(tenure[ids], customers.loc[ids, "churn_date"].notna())
    return {"contract": contract, "cohort": len(ids)}, float(model.mean_churn_)


@calculation("Q02.10", "02", "medium", 4,
             "Customer pyramid: value = revenue (bills + top-ups), potential = the planted "
             "expected future CLV (truth.expected_clv). Of the MVC customers (top 20 % by value), "
             "how many are NOT among the top 20 % of customers by potential?",
             "客户金字塔：价值 = 收入（账单 + 充值），潜力 = 预设的未来期望 CLV（truth.expected_clv）。"
             "在 MVC（按价值排名前 20 %）客户中，有多少个不在按潜力排名的前 20 % 之内？",
             "MVC = the first 20 % of n by value, largest first (differentiate.customer_pyramid); "
             "rank potential the same way and take its first 20 % of n; count the MVC not in it.",
             "MVC = 按价值从大到小的前 n × 20 %（differentiate.customer_pyramid）；按潜力同样取前 n × 20 %；"
             "统计不在其中的 MVC 人数。")
def pyramid_mvc_not_growing(data, rng):
    from ..differentiate import customer_pyramid

    value = _revenue(data)
    potential = data.truth.set_index("customer_id")["expected_clv"].reindex(value.index)
    mvc = customer_pyramid(value, potential) == "MVC"
    n_top = int(round(0.2 * len(value)))
    top_potential = potential.sort_values(ascending=False, kind="stable").index[:n_top]
    return {}, int((mvc & ~value.index.isin(top_potential)).sum())


# ============================================================ 03 · interact

@calculation("Q03.1", "03", "easy", 3,
             "What is the Net Promoter Score (in points) of the survey answers of {year}?",
             "{year} 年调查答卷的净推荐值（NPS，分）是多少？",
             "NPS = % promoters (9-10) − % detractors (0-6) of that year's answers "
             "(interact.nps).",
             "NPS = 推荐者（9-10 分）百分比 − 贬损者（0-6 分）百分比（interact.nps）。", decimals=1)
def year_nps(data, rng):
    from ..interact import nps

    year = _pick(rng, [2024, 2025])
    scores = data.surveys.loc[data.surveys["date"].dt.year == year, "nps_score"]
    return {"year": year}, float(nps(scores))


@calculation("Q03.2", "03", "easy", 3,
             "What is the first-contact resolution rate (in %) of the '{channel}' channel "
             "(share of its contacts resolved_first_contact)?",
             "'{channel}' 渠道的首次解决率（%，resolved_first_contact 为真的接触占比）是多少？",
             "Keep that channel's contacts; mean of resolved_first_contact × 100.",
             "筛选该渠道的接触记录；resolved_first_contact 的均值 × 100。", decimals=1)
def channel_fcr(data, rng):
    channels = sorted(data.interactions["channel"].astype(str).unique())
    channel = _pick(rng, channels)
    contacts = data.interactions[data.interactions["channel"] == channel]
    return {"channel": channel}, float(100 * contacts["resolved_first_contact"].mean())


@calculation("Q03.3", "03", "easy", 3,
             "What share (in %) of the phone contacts were abandoned (the caller hung up before an "
             "agent answered)?",
             "电话接触中放弃呼叫（客户在坐席接听前挂断）的比例（%）是多少？",
             "Keep channel == 'phone'; mean of abandoned × 100.",
             "筛选 channel 为 'phone' 的接触；abandoned 的均值 × 100。", decimals=1)
def abandonment(data, rng):
    phone = data.interactions[data.interactions["channel"] == "phone"]
    return {}, float(100 * phone["abandoned"].mean())


def _aht(data) -> int:
    contacts = data.interactions
    answered = contacts[(contacts["channel"] == "phone") & ~contacts["abandoned"]]
    return int(round(answered["duration_s"].mean()))


@calculation("Q03.4", "03", "medium", 5,
             "A campaign brings {calls} calls per half hour; the average handling time is {aht} s "
             "(the mean duration of the answered phone contacts of your data). How many agents "
             "answer {target:.0%} of the calls within {within} s (Erlang C)?",
             "某营销活动每半小时带来 {calls} 个呼叫；平均处理时长为 {aht} 秒（你的数据中已接听电话的平均时长）。"
             "按 Erlang C，需要多少个坐席才能在 {within} 秒内接听 {target:.0%} 的呼叫？",
             "Traffic A = calls × AHT / 1800 erlangs; for N = ⌊A⌋+1, ⌊A⌋+2, … compute "
             "SL = 1 − C(N, A)·exp(−(N − A)·t / AHT); the first N with SL ≥ target "
             "(interact.agents_required).",
             "话务量 A = 呼叫数 × AHT / 1800 爱尔兰；从 N = ⌊A⌋+1 起逐个计算 SL = 1 − C(N, A)·exp(−(N − A)·t / AHT)，"
             "第一个达到目标的 N（interact.agents_required）。")
def erlang_agents(data, rng):
    from ..interact import agents_required

    calls = int(rng.integers(150, 351))
    aht = _aht(data)
    target, within = _pick(rng, [(0.8, 20), (0.9, 30), (0.8, 30)])
    return ({"calls": calls, "aht": aht, "target": target, "within": within},
            int(agents_required(calls, 1800, aht, target, within)))


@calculation("Q03.5", "03", "medium", 4,
             "With {agents} agents for a traffic of {traffic:.2f} erlangs ({calls} calls per half "
             "hour at {aht} s each), what is the probability (0-1) that a call has to wait "
             "(Erlang C)?",
             "话务量 {traffic:.2f} 爱尔兰（每半小时 {calls} 个呼叫，每个 {aht} 秒），配 {agents} 个坐席时，"
             "呼叫需要等待的概率（0-1，Erlang C）是多少？",
             "Erlang B by recursion B(0)=1, B(n) = A·B(n−1)/(n + A·B(n−1)); then "
             "C = N·B / (N − A·(1 − B)) (interact.erlang_c).",
             "先递推 Erlang B：B(0)=1，B(n) = A·B(n−1)/(n + A·B(n−1))；再 C = N·B / (N − A·(1 − B))"
             "（interact.erlang_c）。", decimals=3)
def erlang_wait(data, rng):
    from ..interact import erlang_c

    calls = int(rng.integers(150, 351))
    aht = _aht(data)
    traffic = calls * aht / 1800
    agents = int(np.floor(traffic)) + int(rng.integers(2, 5))
    return ({"calls": calls, "aht": aht, "traffic": traffic, "agents": agents},
            float(erlang_c(traffic, agents)))


@calculation("Q03.6", "03", "medium", 4,
             "Median number of hours from a complaint being opened to its remedy (step 3), over "
             "the remedied complaints of category '{category}'?",
             "类别为 '{category}' 且已处理的投诉，从受理到处理完成（第 3 步）的时长中位数（小时）是多少？",
             "Keep that category with a remedied time; hours = (remedied − opened) / 1 h; median.",
             "筛选该类别且 remedied 非空的投诉；小时数 = (remedied − opened) / 1 小时；取中位数。",
             decimals=1)
def remedy_hours(data, rng):
    categories = sorted(data.complaints["category"].astype(str).unique())
    category = _pick(rng, categories)
    c = data.complaints[(data.complaints["category"] == category) & data.complaints["remedied"].notna()]
    hours = (c["remedied"] - c["opened"]) / pd.Timedelta(hours=1)
    return {"category": category}, float(hours.median())


@calculation("Q03.7", "03", "medium", 4,
             "What share (in %) of the complaints opened in {year} were handled well (closed "
             "within 7 days of being opened, with a follow-up contact)?",
             "{year} 年受理的投诉中，处理得当（受理后 7 天内结案且有回访）的占多少（%）？",
             "Keep complaints opened that year; well handled = closed − opened ≤ 7 days and "
             "followed_up present (interact.handled_well); mean × 100.",
             "筛选该年受理的投诉；处理得当 = 结案时间 − 受理时间 ≤ 7 天且有回访（interact.handled_well）；"
             "均值 × 100。", decimals=1)
def handled_share(data, rng):
    from ..interact import handled_well

    year = _pick(rng, [2024, 2025])
    c = data.complaints[data.complaints["opened"].dt.year == year]
    return {"year": year}, float(100 * handled_well(c).mean())


@calculation("Q03.8", "03", "easy", 2,
             "What share (in %) of the {answers:,} survey answers are promoters (score 9 or 10)?",
             "{answers:,} 份调查答卷中，推荐者（9 或 10 分）占多少（%）？",
             "Count the nps_score of 9 or 10 and divide by all answers; × 100.",
             "统计 nps_score 为 9 或 10 的答卷，除以全部答卷，再乘以 100。", decimals=1)
def promoters(data, rng):
    scores = data.surveys["nps_score"]
    return {"answers": len(scores)}, float(100 * (scores >= 9).mean())


# ============================================================ 04 · customize

def _campaign(rng) -> str:
    return _pick(rng, ["C01", "C02", "C03"])


@calculation("Q04.1", "04", "easy", 3,
             "Campaign {campaign}: what is the lift in response rate (treated minus control, in "
             "percentage points)?",
             "营销活动 {campaign}：响应率的提升（实验组减对照组，百分点）是多少？",
             "Response rate of the treated group minus that of the control group, × 100 "
             "(customize.campaign_results, row 'uplift').",
             "实验组响应率减对照组响应率，× 100（customize.campaign_results 的 uplift 行）。",
             decimals=2)
def campaign_lift(data, rng):
    from ..customize import campaign_results

    campaign = _campaign(rng)
    table = campaign_results(data, campaign)
    return {"campaign": campaign}, float(100 * table.loc["uplift (treated - control)", "response_rate"])


@calculation("Q04.2", "04", "medium", 5,
             "Campaign {campaign}: each contact costs {cost:.2f} and revenue carries a {margin:.0%} "
             "margin. What is the ROI of contacting everyone (incremental margin per contact − "
             "cost) / cost, with the incremental margin = the difference in 90-day revenue per "
             "customer (treated − control) × margin?",
             "营销活动 {campaign}：每次接触成本 {cost:.2f}，收入利润率 {margin:.0%}。全部接触的投资回报率 ROI = "
             "（每次接触的增量利润 − 成本）/ 成本是多少？增量利润 = 每客户 90 天收入之差（实验组 − 对照组）× 利润率。",
             "Mean revenue_90d of treated minus control, × margin; subtract the cost, divide by it "
             "(customize.campaign_roi).",
             "实验组与对照组 revenue_90d 均值之差 × 利润率；减去成本后除以成本（customize.campaign_roi）。",
             decimals=2)
def campaign_roi_question(data, rng):
    from ..customize import campaign_results, campaign_roi

    campaign = _campaign(rng)
    cost = float(data.campaigns.set_index("campaign_id").loc[campaign, "cost_per_contact"])
    margin = float(_pick(rng, [0.4, 0.5, 0.6]))
    roi = campaign_roi(campaign_results(data, campaign), cost, margin)["roi"]
    return {"campaign": campaign, "cost": cost, "margin": margin}, float(roi)


@calculation("Q04.3", "04", "medium", 4,
             "Campaign {campaign} at {cost:.2f} a contact and a {margin:.0%} margin: what is the "
             "break-even uplift in response (in percentage points) — the cost of a contact divided "
             "by the margin of one response (revenue per response of the treated group × margin)?",
             "营销活动 {campaign}，每次接触 {cost:.2f}，利润率 {margin:.0%}：盈亏平衡的响应率提升（百分点）是多少？"
             "即每次接触成本除以一次响应的利润（实验组每次响应收入 × 利润率）。",
             "Revenue per response = treated revenue per customer / treated response rate; "
             "break-even = cost / (that × margin); × 100 (customize.campaign_roi).",
             "每次响应收入 = 实验组每客户收入 / 实验组响应率；盈亏平衡提升 = 成本 / (该值 × 利润率)；× 100"
             "（customize.campaign_roi）。", decimals=2)
def break_even_uplift(data, rng):
    from ..customize import campaign_results, campaign_roi

    campaign = _campaign(rng)
    cost = float(data.campaigns.set_index("campaign_id").loc[campaign, "cost_per_contact"])
    margin = float(_pick(rng, [0.4, 0.5, 0.6]))
    value = campaign_roi(campaign_results(data, campaign), cost, margin)["break_even_uplift"]
    return {"campaign": campaign, "cost": cost, "margin": margin}, float(100 * value)


SERVICES = ["broadband", "iptv", "cloud_storage", "device_insurance", "roaming_pack",
            "music_streaming"]


def _held(data):
    from ..customize import baskets

    return baskets(data.subscriptions)


@calculation("Q04.4", "04", "medium", 4,
             "Rule {a} → {b} on the services held now (subscriptions with no end date; all "
             "customers of the subscriptions table count): what is its confidence (in %)?",
             "关联规则 {a} → {b}（按当前持有的业务，即无终止日期的订购；订购表中的全部客户都计入）：置信度（%）是多少？",
             "Confidence = customers holding both / customers holding {a}; × 100 "
             "(customize.baskets gives who holds what).",
             "置信度 = 同时持有两者的客户数 / 持有 {a} 的客户数；× 100（customize.baskets 给出持有情况）。",
             decimals=1)
def rule_confidence(data, rng):
    a, b = (str(s) for s in rng.choice(SERVICES, 2, replace=False))
    held = _held(data)
    return {"a": a, "b": b}, float(100 * (held[a] & held[b]).sum() / held[a].sum())


@calculation("Q04.5", "04", "medium", 5,
             "Rule {a} → {b} on the services held now (all customers of the subscriptions table "
             "count): what is its lift?",
             "关联规则 {a} → {b}（按当前持有的业务，订购表中的全部客户都计入）：提升度（lift）是多少？",
             "Lift = confidence / support of {b} = P(both) / (P({a}) · P({b})).",
             "提升度 = 置信度 / {b} 的支持度 = P(两者) / (P({a}) · P({b}))。", decimals=2)
def rule_lift(data, rng):
    a, b = (str(s) for s in rng.choice(SERVICES, 2, replace=False))
    held = _held(data)
    both, pa, pb = (held[a] & held[b]).mean(), held[a].mean(), held[b].mean()
    return {"a": a, "b": b}, float(both / (pa * pb))


@calculation("Q04.6", "04", "easy", 2,
             "What share (in %) of the customers of the subscriptions table hold {service} now?",
             "订购表中的客户当前持有 {service} 的占多少（%）？",
             "Customers with an open {service} subscription / distinct customers of the table.",
             "当前持有 {service}（无终止日期）的客户数 / 订购表中的不同客户数。", decimals=1)
def service_share(data, rng):
    service = _pick(rng, SERVICES)
    return {"service": service}, float(100 * _held(data)[service].mean())


# ============================================================ 05 · key accounts

@calculation("Q05.1", "05", "easy", 3,
             "Key accounts are the top {share:.0%} of accounts by revenue billed in the last 12 "
             "months (round(share × accounts billed)). What share (in %) of that revenue do they "
             "bring?",
             "大客户为过去 12 个月账单收入排名前 {share:.0%} 的账户（人数 = round(比例 × 有账单账户数)）。"
             "他们贡献了该期收入的多少（%）？",
             "Sum bills of the last 12 months by account, rank, keep the top share, divide their "
             "revenue by the total (cases.key_accounts.find_key_accounts).",
             "按账户汇总过去 12 个月账单并排序，取前若干，其收入除以总收入（cases.key_accounts.find_key_accounts）。",
             decimals=1)
def key_share(data, rng):
    from ..cases.key_accounts import find_key_accounts

    share = float(_pick(rng, [0.1, 0.2]))
    table = find_key_accounts(data, share=share)
    return {"share": share}, float(100 * table.loc[table["is_key"], "revenue"].sum()
                                   / table["revenue"].sum())


@calculation("Q05.2", "05", "medium", 4,
             "What was the ARPU (revenue per line) of {kind} accounts in {month:%B %Y}?",
             "{month:%Y}年{month.month}月{kind_zh}的 ARPU（每号码平均收入）是多少？",
             "That month's bills of those accounts summed, divided by the sum of their lines "
             "(cases.key_accounts.revenue_per_unit).",
             "该月此类账户的账单之和，除以其号码数之和（cases.key_accounts.revenue_per_unit）。", decimals=2)
def type_arpu(data, rng):
    from ..cases.key_accounts import revenue_per_unit

    kind = _pick(rng, ["business", "consumer"])
    month = _month(rng)
    value = revenue_per_unit(data).loc[(month, kind), "arpu"]
    return ({"kind": kind, "kind_zh": {"business": "企业客户", "consumer": "个人客户"}[kind],
             "month": month}, float(value))


@calculation("Q05.3", "05", "medium", 4,
             "Of the key accounts (top 20 % by revenue of the last 12 months), how many are of the "
             "type '{kind}' by the case's rules (cases.key_accounts.classify_key_accounts)?",
             "在大客户（过去 12 个月收入前 20 %）中，按案例的规则（cases.key_accounts.classify_key_accounts），"
             "属于 '{kind_zh}' 的有多少？",
             "Rules in order: strategic = business with 100+ lines on a two-year contract; group = "
             "business with 20+ lines; commercial = other business; high-value = key consumer.",
             "按顺序：战略客户 = 企业、100 个以上号码、两年合约；集团客户 = 企业、20 个以上号码；商业客户 = 其余企业；"
             "高值客户 = 重点个人客户。")
def key_type_count(data, rng):
    from ..cases.key_accounts import classify_key_accounts, find_key_accounts

    kinds = {"group": "集团客户", "commercial": "商业客户", "high-value": "高值客户",
             "strategic": "战略客户"}
    kind = _pick(rng, list(kinds))
    accounts = find_key_accounts(data)
    return ({"kind": kind, "kind_zh": kinds[kind]},
            int((classify_key_accounts(data, accounts) == kind).sum()))


@calculation("Q05.4", "05", "easy", 3,
             "What is the mean monthly ARPA (revenue per billed month) of the key accounts (top "
             "20 % by revenue of the last 12 months)?",
             "大客户（过去 12 个月收入前 20 %）的平均月 ARPA（每个计费月的收入）是多少？",
             "For each key account: revenue of the last 12 months / months billed; then the mean "
             "(find_key_accounts, column arpa).",
             "对每个大客户：过去 12 个月收入 / 计费月数；再取平均（find_key_accounts 的 arpa 列）。",
             decimals=4, relative=True)
def key_arpa(data, rng):
    from ..cases.key_accounts import find_key_accounts

    table = find_key_accounts(data)
    return {}, float(table.loc[table["is_key"], "arpa"].mean())


@calculation("Q05.5", "05", "medium", 4,
             "What share (in %) of the key accounts' bills of the last 12 months were paid late?",
             "大客户过去 12 个月的账单中，逾期付款的占多少（%）？",
             "Key accounts from find_key_accounts; their bills of the last 12 months; mean of "
             "paid_late × 100 (the credit part of the management card).",
             "用 find_key_accounts 找出大客户；取其过去 12 个月的账单；paid_late 的均值 × 100（管理卡中的信用部分）。",
             decimals=1)
def key_paid_late(data, rng):
    from ..cases.key_accounts import find_key_accounts

    table = find_key_accounts(data)
    keys = table.index[table["is_key"]]
    bills = data.bills[(data.bills["month"] >= data.window_end - pd.DateOffset(months=12))
                       & data.bills["customer_id"].isin(keys)]
    return {}, float(100 * bills["paid_late"].mean())


# ============================================================ 06 · strategy and ROI

def _annual_churn(data) -> float:
    bills = data.bills[data.bills["month"].dt.year == 2025]
    at_start = bills.loc[bills["month"] == "2025-01-01", "customer_id"].nunique()
    return int(data.customers["churn_date"].dt.year.eq(2025).sum()) / at_start


def _assumptions(data) -> dict:
    from ..strategy import DEFAULT_ASSUMPTIONS

    bills = data.bills[data.bills["month"].dt.year == 2025]
    margin = float((bills.groupby("customer_id")["amount"].sum() * MARGIN).mean())
    return {**DEFAULT_ASSUMPTIONS, "years": 5, "customers": int(data.customers["churn_date"].isna().sum()),
            "base_annual_churn": round(_annual_churn(data), 4),
            "annual_margin_per_customer": round(margin, 2)}


_PROGRAMME_EN = ("The CRM programme of chapter 06 over 5 years at 10 %: {customers:,} active customers, "
                 "annual churn {churn:.4f}, annual margin per customer {margin:,.2f} (your data), "
                 "the other assumptions at their defaults (churn reduction 10 %, upfront 250,000, "
                 "running 120,000 a year, …). ")
_PROGRAMME_ZH = ("第 06 章的 CRM 项目，5 年，折现率 10 %：活跃客户 {customers:,} 个，年流失率 {churn:.4f}，"
                 "每客户年利润 {margin:,.2f}（来自你的数据），其余假设取默认值（流失减少 10 %，初始投入 250,000，"
                 "每年运营 120,000 …）。")


def _programme_numbers(a: dict) -> dict:
    return {"customers": a["customers"], "churn": a["base_annual_churn"],
            "margin": a["annual_margin_per_customer"]}


@calculation("Q06.1", "06", "easy", 3,
             "Annual churn of 2025 (in %): customers whose churn_date falls in 2025 divided by the "
             "customers billed in January 2025?",
             "2025 年的年流失率（%）：churn_date 在 2025 年的客户数除以 2025 年 1 月有账单的客户数，是多少？",
             "Count churn dates in 2025; count distinct customers billed for 2025-01-01; divide; × 100.",
             "统计 2025 年的离网客户数；统计 2025-01 有账单的不同客户数；相除后乘以 100。", decimals=2)
def annual_churn(data, rng):
    return {}, float(100 * _annual_churn(data))


@calculation("Q06.2", "06", "medium", 4,
             "A project costs {upfront:,.0f} now and brings net cash flows of {flows} at the end of "
             "years 1 to {years}. What is its NPV at {rate:.0%} a year?",
             "某项目现在投入 {upfront:,.0f}，第 1 至 {years} 年末的净现金流分别为 {flows}。年折现率 {rate:.0%} 时，"
             "其净现值（NPV）是多少？",
             "Discount each year's cash flow by (1 + r)^t, add them and subtract the initial cost: "
             "NPV = −C0 + Σ CF_t / (1 + r)^t.",
             "每年现金流按 (1 + r)^t 折现后相加，再减去初始投入：NPV = −C0 + Σ CF_t / (1 + r)^t。", decimals=4, relative=True)
def plain_npv(data, rng):
    bills = data.bills[data.bills["month"].dt.year == 2025]
    base = float(bills["amount"].sum())
    upfront = round(base * float(rng.uniform(0.03, 0.06)), -3)
    years = int(_pick(rng, [3, 4, 5]))
    growth = rng.uniform(0.25, 0.45, size=years)
    flows = [round(upfront * g, -2) for g in growth]
    rate = float(_pick(rng, [0.08, 0.1, 0.12]))
    npv = -upfront + sum(cf / (1 + rate) ** t for t, cf in enumerate(flows, start=1))
    return ({"upfront": upfront, "flows": ", ".join(f"{cf:,.0f}" for cf in flows), "years": years,
             "rate": rate}, float(npv))


@calculation("Q06.3", "06", "medium", 5,
             _PROGRAMME_EN + "What is its NPV?", _PROGRAMME_ZH + "其 NPV 是多少？",
             "Yearly benefits (retention + cross-sell + service tiers) minus costs, each discounted "
             "by 1.1^t, summed over years 0-5 (strategy.program_roi, 'npv').",
             "每年收益（保留 + 交叉销售 + 服务分级）减成本，按 1.1^t 折现，对第 0-5 年求和（strategy.program_roi 的 npv）。",
             decimals=4, relative=True)
def programme_npv(data, rng):
    from ..strategy import program_roi

    a = _assumptions(data)
    return _programme_numbers(a), float(program_roi(a)["npv"])


@calculation("Q06.4", "06", "medium", 4,
             _PROGRAMME_EN + "What is its ROI (PV of benefits − PV of costs) / PV of costs, as a "
             "ratio?", _PROGRAMME_ZH + "其 ROI =（收益现值 − 成本现值）/ 成本现值（比值）是多少？",
             "Discount benefits and costs separately; ROI = (B − C) / C (strategy.program_roi, 'roi').",
             "分别折现收益与成本；ROI = (B − C) / C（strategy.program_roi 的 roi）。", decimals=3)
def programme_roi(data, rng):
    from ..strategy import program_roi

    a = _assumptions(data)
    return _programme_numbers(a), float(program_roi(a)["roi"])


@calculation("Q06.5", "06", "hard", 6,
             _PROGRAMME_EN + "Up to which upfront (set-up) cost is the NPV still 0 or more?",
             _PROGRAMME_ZH + "初始投入最高为多少时，NPV 仍不小于 0？",
             "The upfront cost enters year 0 undiscounted, one for one: break-even upfront = "
             "upfront + NPV.",
             "初始投入在第 0 年、不折现、一比一地进入 NPV：盈亏平衡投入 = 当前投入 + NPV。",
             decimals=4, relative=True)
def break_even_upfront(data, rng):
    from ..strategy import program_roi

    a = _assumptions(data)
    return _programme_numbers(a), float(a["upfront_cost"] + program_roi(a)["npv"])


@calculation("Q06.6", "06", "hard", 6,
             _PROGRAMME_EN + "At which churn reduction (in %, all else held) does the NPV break "
             "even (= 0)?",
             _PROGRAMME_ZH + "在其他假设不变时，流失减少幅度为多少（%）时 NPV 恰好为 0？",
             "The retention benefit is proportional to the churn reduction, so NPV is a straight "
             "line in it: compute NPV at 0 and at 1 (strategy.program_roi) and solve "
             "NPV(0) + x·(NPV(1) − NPV(0)) = 0.",
             "保留收益与流失减少幅度成正比，NPV 是它的一次函数：分别算 x = 0 与 x = 1 时的 NPV"
             "（strategy.program_roi），解 NPV(0) + x·(NPV(1) − NPV(0)) = 0。", decimals=2)
def break_even_churn_reduction(data, rng):
    from ..strategy import program_roi

    a = _assumptions(data)
    low = program_roi({**a, "churn_reduction": 0.0})["npv"]
    high = program_roi({**a, "churn_reduction": 1.0})["npv"]
    return _programme_numbers(a), float(100 * -low / (high - low))


@calculation("Q06.7", "06", "medium", 4,
             _PROGRAMME_EN + "In which year does the cumulative discounted cash flow first turn "
             "positive (payback year; 0 if it never does within 5 years)?",
             _PROGRAMME_ZH + "累计折现现金流在第几年首次转正（回收期年份；5 年内不转正则答 0）？",
             "Cumulative sum of the discounted net cash flows (strategy.cash_flows, "
             "'cumulative_discounted'); the first year above 0.",
             "对折现净现金流累计求和（strategy.cash_flows 的 cumulative_discounted）；第一个大于 0 的年份。")
def payback_year(data, rng):
    from ..strategy import program_roi

    a = _assumptions(data)
    year = program_roi(a)["payback_year"]
    return _programme_numbers(a), 0 if np.isnan(year) else int(year)
