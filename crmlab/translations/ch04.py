"""Chinese text of what chapter 04 prints: ``tr`` sentences, column labels, table values."""

from itertools import combinations

from ..glossary import CATEGORY_LABELS

ZH: dict[str, str] = {
    # ---- 1 · the eight need questions (customize.needs_profile, needs_summary, read_needs)
    "what": "买什么", "when": "何时", "where": "在哪里", "why": "为什么",
    "how many": "买多少", "what price": "什么价格", "how to pay": "如何付款", "how often": "多久一次",
    "question": "问题", "question_zh": "问题（中文）", "typical_answer": "典型答案",
    "read_from": "从哪里读出", "share_%": "占比 (%)",
    "main_add_on": "主要附加业务", "how_many": "买多少",
    "price_band": "价格档位", "mean_bill": "平均月账单", "how_to_pay": "如何付款",
    "how_often": "多久一次",
    "night (0-6)": "夜间 0-6 点", "morning (6-12)": "上午 6-12 点",
    "afternoon (12-18)": "下午 12-18 点", "evening (18-24)": "晚上 18-24 点",
    "plan held (and main add-on)": "持有的套餐（及主要附加业务）",
    "part of day of most contacts": "多数接触发生的时段",
    "channel used most": "最常用的渠道",
    "most frequent contact reason": "最常见的接触原因",
    "lines on the account": "账户上的线路数",
    "monthly bill band (terciles)": "月账单档位（三分位）",
    "payment method": "付款方式",
    "top-ups a month": "每月充值次数",
    "median {median:g}": "中位数 {median:g}",
    "customer {cid}": "客户 {cid}",
    "mean bill (for what price)": "平均月账单（什么价格）",
    "how often (top-ups a month)": "多久一次（每月充值次数）",
    # read_needs: one customer's needs as a sentence
    "Customer {customer_id} buys {what} (what), {lines}{usage} (how many), in the {band} "
    "price band{bill} (what price), paid by {pay} (how to pay); gets in touch mostly in "
    "the {when} (when) through the {where} (where), most often about {why} (why); "
    "{often} (how often).":
        "客户 {customer_id} 买的是{what}（买什么）；{lines}{usage}（买多少）；处于{band}价格档位"
        "{bill}（什么价格）；用{pay}付款（如何付款）；最常在{when}（何时）通过{where}（在哪里）"
        "联系我们，最常为了{why}（为什么）；{often}（多久一次）。",
    "{plan} with {add_on}": "{plan}，另加{add_on}",
    "{lines} line": "{lines} 条线路", "{lines} lines": "{lines} 条线路",
    " using {usage} GB a month": "，每月使用 {usage} GB",
    " at {bill} a month": "，每月 {bill}",
    "no top-up on record": "没有充值记录",
    "tops up {often} times a month": "每月充值 {often} 次",
    "(no record)": "（无记录）",
    # purchase records: where and when customers buy
    "where customers signed (acquisition channel), %:": "客户在哪里签约（获客渠道），%：",
    "when add-ons are bought (top-ups by weekday), %:": "何时购买附加业务（按星期统计的充值），%：",
    "weekday": "星期",
    "Monday": "周一", "Tuesday": "周二", "Wednesday": "周三", "Thursday": "周四",
    "Friday": "周五", "Saturday": "周六", "Sunday": "周日",
    # ---- 3 · timing
    "active customers: {n:,}": "活跃客户：{n:,} 位",
    "contract year ending AND near the data limit: {both:,} customers; moments of truth now: "
    "{moments:,} (of which open or recent complaints: {complaints:,})":
        "合约年度将满且接近流量上限：{both:,} 位客户；当前处于关键时刻：{moments:,} 位"
        "（其中有未关闭或近期投诉的：{complaints:,} 位）",
    # ---- 4 · association rules
    "iptv -> broadband: support {support:.3f}; confidence {confidence:.3f}; lift {lift:.2f}":
        "IPTV → 宽带：支持度 {support:.3f}；置信度 {confidence:.3f}；提升度 {lift:.2f}",
    "antecedents": "前项（已持有）", "consequents": "后项（推荐）",
    "support": "支持度", "confidence": "置信度", "lift": "提升度",
    # ---- 5 · next best offer
    "offer": "提议", "kind": "类型", "probability": "接受概率", "expected_margin": "预期毛利",
    "because": "理由", "no offer": "无提议",
    "popular with customers overall": "在全体客户中受欢迎",
    "holds every service already": "已持有全部业务",
    "uses most of the data allowance, contract ending": "已用掉大部分流量，合约年度将满",
    "open complaint: solve it first, no offer": "投诉未关闭：先解决投诉，不做提议",
    "up-sells: {n} (of which to month-to-month customers, any time: {monthly})":
        "向上销售：{n} 个（其中给按月合约客户、随时可以提的：{monthly} 个）",
    "the {n} contract-year-ending customers near the data limit got: cross-sell {cross}; "
    "up-sell {up}; no offer {none}":
        "{n} 位合约年度将满且接近流量上限的客户得到：交叉销售 {cross} 位；向上销售 {up} 位；"
        "无提议 {none} 位",
    "recent complaints (open, or opened lately) among active customers: {recent}; still open, "
    "so no offer: {still_open}; no offer because they hold every service: {holds_all}":
        "活跃客户中的近期投诉（未关闭或最近提出）：{recent} 位；仍未关闭、因此不做提议："
        "{still_open} 位；因已持有全部业务而无提议：{holds_all} 位",
    # ---- 6 · campaign: response is not uplift
    "treated": "实验组", "control": "对照组",
    "uplift (treated - control)": "增量响应（实验组 − 对照组）",
    "responders": "响应者", "response_rate": "响应率", "response_low": "响应率下限",
    "response_high": "响应率上限", "revenue_per_customer": "每位客户收入",
    "revenue_low": "收入下限", "revenue_high": "收入上限",
    "cost per call {cost} (campaigns table); margin {margin:.0%} (assumed)":
        "每通电话成本 {cost}（营销活动表）；毛利率 {margin:.0%}（假设）",
    "break-even uplift {break_even:.3f}; observed uplift {observed:.3f} (95 % interval "
    "{low:.3f} to {high:.3f})":
        "盈亏平衡的增量响应 {break_even:.3f}；观察到的增量响应 {observed:.3f}（95 % 区间为 "
        "{low:.3f} 至 {high:.3f}）",
    "value": "数值",
    "incremental_margin_per_contact": "每次接触的增量毛利", "profit_per_contact": "每次接触的利润",
    "roi": "投资回报率 (ROI)", "break_even_uplift": "盈亏平衡的增量响应",
    "observed_uplift": "观察到的增量响应",
    "profit_per_1000_everyone": "每 1000 位客户的利润（全部接触）",
    # ---- 7 · uplift model and targeting
    "decile": "十分位组", "treated_response": "实验组响应率", "control_response": "对照组响应率",
    "predicted_uplift": "预测增量响应",
    "share_targeted": "接触比例", "contacts_per_1000": "每 1000 位客户的接触数",
    "incremental_revenue_per_contact": "每次接触的增量收入",
    "profit_per_1000": "每 1000 位客户的利润",
    "profit is highest calling the top {share:.0%}: {profit:,.0f} per 1,000 (ROI {roi:.2f})":
        "给前 {share:.0%} 的客户打电话时利润最高：每 1,000 位客户 {profit:,.0f}（ROI {roi:.2f}）",
    "ROI is highest calling the top {share:.0%}: ROI {roi:.2f} but profit {profit:,.0f}":
        "给前 {share:.0%} 的客户打电话时 ROI 最高：ROI {roi:.2f}，但利润只有 {profit:,.0f}",
    "calling everyone: {everyone:,.0f}; a random {share:.0%}: {random:,.0f}":
        "给所有人打电话：{everyone:,.0f}；随机给 {share:.0%} 的客户打电话：{random:,.0f}",
    # ---- 8 · A/B/C service tiers
    "tier": "等级", "service_offered": "服务内容", "value_lift": "价值提升比例",
    "cost_per_customer": "每位客户成本",
    "dedicated representative, one-to-one service": "专属客户代表，一对一服务",
    "membership programme": "会员计划",
    "customer file, regular information, sampled calls": "客户档案、定期信息、抽样电话",
    "cost": "成本", "gain": "收益", "profit": "利润",
    "tiered total": "分级服务合计",
    "one size (A for all)": "一刀切（全部按 A 级）",
    "one size (B for all)": "一刀切（全部按 B 级）",
    "one size (C for all)": "一刀切（全部按 C 级）",
    "active customers billed in 2025: {n:,}": "2025 年有账单的活跃客户：{n:,} 位",
    "customers_%": "客户占比 (%)", "mean yearly margin": "平均年毛利",
    "gain per customer (margin x lift)": "每位客户收益（毛利 × 提升比例）",
    "assumed cost per customer": "假设的每位客户成本",
    # ---- 9 · against the truth
    "correlation with the true uplift: {pearson:.2f} (Pearson), {spearman:.2f} (rank, Spearman)":
        "与真实增量响应的相关系数：{pearson:.2f}（Pearson），{spearman:.2f}（秩相关，Spearman）",
    "true uplift per customer: model's top 30 % {top:.3f}; perfect top 30 % {ideal:.3f}; "
    "everyone {everyone:.3f}":
        "每位客户的真实增量响应：模型选出的前 30 % 为 {top:.3f}；完美的前 30 % 为 {ideal:.3f}；"
        "全体客户为 {everyone:.3f}",
    "of the uplift a perfect top 30 % would hold, the model's top 30 % holds {captured:.0%}, "
    "a random 30 % {random:.0%}":
        "完美的前 30 % 所拥有的增量响应，模型选出的前 30 % 拥有其中的 {captured:.0%}，"
        "随机的 30 % 拥有 {random:.0%}",
}

# The services of a rule as cross_sell_rules joins them ("broadband, music_streaming") and the
# reason next_best_offer gives for a rule's offer ("holds broadband, music_streaming").
_SERVICES = ("broadband", "cloud_storage", "device_insurance", "iptv", "music_streaming",
             "roaming_pack")
for _size in (1, 2, 3):
    for _items in combinations(_SERVICES, _size):
        _english, _chinese = ", ".join(_items), "、".join(CATEGORY_LABELS[i] for i in _items)
        if _size > 1:
            ZH[_english] = _chinese
        ZH[f"holds {_english}"] = f"持有{_chinese}"
