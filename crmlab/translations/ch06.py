"""Chinese text of what chapter 06 prints: ``tr`` sentences, column labels, table values."""

ZH: dict[str, str] = {
    # --- §2 target customers: the A/B/C groups
    "tier": "等级",
    "margin": "毛利",
    "share_of_customers": "客户占比",
    "share_of_margin": "毛利占比",
    "margin_per_customer": "每位客户毛利",
    "A customers are {a_share:.1%} of the customers and bring {margin_share:.1%} of the margin; "
    "an A customer is worth {times:.0f} times a C customer.":
        "A 级客户占全部客户的 {a_share:.1%}，却带来 {margin_share:.1%} 的毛利；"
        "一位 A 级客户的价值是一位 C 级客户的 {times:.0f} 倍。",
    # --- §3 action plans, each checked against the level above
    "action plan": "行动方案",
    "serves the option": "服务于哪项战略选择",
    "serves the vision": "服务于愿景的哪一句",
    "check": "检查结论",
    "handle every complaint well (close in 7 days, follow up)": "把每一起投诉都处理好（7 天内结案，做回访）",
    "process: timing (moment of truth)": "互动过程：时机（关键时刻）",
    "no customer leaves because of how we treated them": "没有一位客户因为我们对待他的方式而离开",
    "consistent": "一致",
    "proactive retention calls to customers at risk": "给有流失风险的客户打主动挽留电话",
    "process: methods": "互动过程：方法",
    "served as their value deserves": "每位客户都得到与其价值相称的服务",
    "consistent only if targeted at A/B: calling every C customer costs more than they bring; "
    "in the case: A/B on month-to-month contracts":
        "只有针对 A/B 级客户才一致：给每位 C 级客户打电话的成本高于他们带来的毛利；"
        "本案例中：按月合约的 A/B 级客户",
    "cross-sell broadband by phone to a random 30 %": "通过电话向随机抽取的 30 % 客户交叉销售宽带",
    "process: methods (cross-sell)": "互动过程：方法（交叉销售）",
    "consistent; keep a control group to keep measuring": "一致；保留对照组，以便持续测量",
    "A/B/C service tiers (representative, membership, self-service)":
        "A/B/C 服务等级（专属客户代表、会员制、自助服务）",
    "target customers; interface": "目标对象；互动界面",
    "best customers never have to ask twice": "最好的客户从不需要问第二遍",
    "consistent, but needs the contact centre staffed for the A promise (ch. 03)":
        "一致，但呼叫中心要配足坐席，才能兑现对 A 级客户的承诺（第 03 章）",
    "one customer database behind every channel": "所有渠道背后同一个客户数据库",
    "interface": "互动界面",
    "one consistent answer on any channel": "无论通过哪个渠道，得到的答复都一致",
    "consistent; a precondition of all the others": "一致；是其他所有方案的前提",
    # --- §5 the baseline (measured)
    "active customers at the end: {n:,}": "年末在网的活跃客户：{n:,} 位",
    "annual churn 2025: {churn:.1%} ({left} left of {start:,} billed in January)":
        "2025 年的年流失率：{churn:.1%}（一月被出账的 {start:,} 位客户中流失了 {left} 位）",
    "annual margin per customer: about {margin} (2025 bills x 60 % margin, over all {n:,} customers "
    "billed in 2025)":
        "每位客户的年毛利：约 {margin}（2025 年账单 × 60 % 毛利率，按 2025 年被出账的全部 {n:,} 位客户计）",
    # --- §6 effects: what was measured
    "churn within 90 days: {bad:.1%} after a badly handled complaint, {good:.1%} after a well handled one":
        "90 天内流失率：投诉处理不当之后为 {bad:.1%}，处理得好之后为 {good:.1%}",
    "{n} complaints handled badly in 2025 -> about {saved:.0f} fewer leavers if the gap is causal: "
    "{share:.1%} of the {left} who left":
        "2025 年有 {n} 起投诉处理不当 -> 如果这个差距是因果效应，流失客户约可减少 {saved:.0f} 位："
        "占 {left} 位流失客户的 {share:.1%}",
    "uplift of C01: {uplift:.1%} (95 % interval {low:.1%} to {high:.1%}); margin per sale {margin:.3g} "
    "(measured 90-day revenue x assumed 60 % margin)":
        "C01 活动的增量响应：{uplift:.1%}（95 % 区间 {low:.1%} 至 {high:.1%}）；每笔销售毛利 {margin:.3g}"
        "（实测的 90 天收入 × 假设的 60 % 毛利率）",
    # --- §6b ... and what was assumed
    "cost_per_customer": "每位客户成本",
    "value_lift": "价值提升比例",
    "tier gain over 'B for all' with the lifts at zero (cost difference only): about {gain} a year":
        "价值提升设为零时（只有成本不同），分级服务相对“全部按 B 级服务”的收益：每年约 {gain}",
    "tier gain over 'B for all' with the assumed lifts: about {gain} a year — assumed":
        "采用假设的价值提升时，分级服务相对“全部按 B 级服务”的收益：每年约 {gain}——假设",
    "the assumed lifts are worth about {worth} a year: without them the tiers cost more than they "
    "bring — all of the gain is the guess":
        "假设的价值提升每年约值 {worth}：没有它们，分级服务的成本高于它带来的收益——全部收益都来自猜测",
    "the assumed lifts are worth about {worth} a year: {share:.0%} of the gain is the guess":
        "假设的价值提升每年约值 {worth}：收益中有 {share:.0%} 来自猜测",
    "at-risk A/B customers to call: {n:,} a year at {cost:.2f} per call (C03's cost per contact) = "
    "about {total} a year":
        "要打电话的有流失风险的 A/B 级客户：每年 {n:,} 位，每通电话 {cost:.2f}（C03 活动的每次接触成本）"
        "= 每年约 {total}",
    "their mean yearly margin: about {theirs} against {everyone} for all customers — valuing a saved "
    "one at the mean {verdict} the line":
        "他们的平均年毛利：约 {theirs}，而全部客户为 {everyone}——按平均值给每位被挽留的客户估值，"
        "{verdict}这一行的收益",
    "overstates": "高估了",
    "understates": "低估了",
    # --- §7 the ledger
    "value": "数值",
    "source": "来源",
    "measured": "实测",
    "assumed": "假设",
    "measured revenue x assumed margin": "实测收入 × 假设毛利率",
    "ch. 06 §5 baseline (customers without churn_date)": "第 06 章 §5 基线（没有 churn_date 的客户）",
    "ch. 06 §5 baseline (2025 bills x 60 % margin)": "第 06 章 §5 基线（2025 年账单 × 60 % 毛利率）",
    "ch. 06 §5 baseline (leavers 2025 / billed Jan 2025)":
        "第 06 章 §5 基线（2025 年流失客户数 / 2025 年一月被出账的客户数）",
    "ch. 03 §8 Complaints, cell complaint_effect_on_churn(data): an association":
        "第 03 章 §8 投诉处理，complaint_effect_on_churn(data) 单元格：一种关联",
    "our guess: no retention test with a control group": "我们的猜测：没有做过带对照组的挽留试验",
    "a decision: at-risk (month-to-month) A/B customers, once a year":
        "一项决策：有流失风险（按月合约）的 A/B 级客户，每年一次",
    "campaigns table, C03 loyalty call": "营销活动表，C03 忠诚度回访电话",
    "a decision: the share we choose to call": "一项决策：我们选择打电话的客户比例",
    "ch. 04 §6 Campaigns, cell campaign_results(data, 'C01'): randomised":
        "第 04 章 §6 营销活动，campaign_results(data, 'C01') 单元格：随机分组",
    "ch. 04 §6 Campaigns: C01 responders' 90-day revenue x 60 %":
        "第 04 章 §6 营销活动：C01 响应者的 90 天收入 × 60 %",
    "campaigns table, C01": "营销活动表，C01",
    "ch. 04 §8 Service tiers: its value lifts 15/4/1 % are our guess":
        "第 04 章 §8 服务等级：其中 15/4/1 % 的价值提升是我们的猜测",
    "our guess: system, integration, training": "我们的猜测：系统、数据整合、培训",
    "our guess: licences, analysts": "我们的猜测：软件许可、分析人员",
    "the operator's cost of capital, given": "运营商的资本成本，给定值",
    "the horizon the board asked for": "董事会要求的期限",
    # --- §8 measured effects only, and measured + assumed
    "NPV with measured effects only, by hand: about {npv}": "只用实测效果的净现值（NPV），手工计算：约 {npv}",
    "scenario": "情景",
    "measured effects only": "只用实测效果",
    "measured + assumed": "实测 + 假设",
    "npv": "净现值 (NPV)",
    "benefits_pv": "收益现值",
    "costs_pv": "成本现值",
    "roi": "投资回报率 (ROI)",
    "payback_year": "回收年份",
    "present_value": "现值",
    "proactive_retention": "主动挽留",
    "cross_sell": "交叉销售",
    "service_tiers": "服务等级",
    "contact_cost": "营销接触成本",
    "retention_call_cost": "挽留电话成本",
    "measured (ch. 03)": "实测（第 03 章）",
    "measured (ch. 04)": "实测（第 04 章）",
    "measured (campaigns)": "实测（营销活动表）",
    "assumed (our guess)": "假设（我们的猜测）",
    "assumed number of calls x measured cost per call": "假设的电话数 × 实测的每通电话成本",
    "assumed lines bring {share:.1%} of the present value of the benefits":
        "假设的各行带来了收益现值的 {share:.1%}",
    "measured effects only: NPV about {npv_measured} (ROI {roi_measured:.0%}); with the assumptions: "
    "NPV about {npv_full} (ROI {roi_full:.0%})":
        "只用实测效果：净现值（NPV）约 {npv_measured}（投资回报率 {roi_measured:.0%}）；"
        "加上各项假设：净现值约 {npv_full}（投资回报率 {roi_full:.0%}）",
    # --- §9 break-even
    "break_even": "盈亏平衡值",
    "break_even / value": "盈亏平衡值 / 数值",
    "with only measured effects, the tier gain alone would have to be about {need} a year ({ratio:.0%} "
    "of the assumed {assumed}); proactive retention alone (with its calls) would have to save "
    "{need_proactive:.1%} of leavers (assumed: {assumed_proactive:.1%})":
        "只用实测效果时，单靠分级服务收益，每年需要约 {need}（相当于假设值 {assumed} 的 {ratio:.0%}）；"
        "单靠主动挽留（连同它的电话成本），需要挽留 {need_proactive:.1%} 的流失客户"
        "（假设值：{assumed_proactive:.1%}）",
    "in the full case the tier gain may fall {fall:.0%} below its assumed value before the NPV reaches zero":
        "在完整方案中，分级服务收益可以比假设值低 {fall:.0%}，净现值才降到零",
    "the assumed costs may rise: set-up by {upfront:.0%}, running cost by {running:.0%}, before the NPV "
    "reaches zero":
        "假设的成本可以上升：一次性投入上升 {upfront:.0%}、运营成本上升 {running:.0%}，净现值才降到零",
    # --- §10 the tornado
    "assumption": "假设项",
    "base": "基准值",
    "swing": "波动幅度",
    "largest swing: {top} ({status}); of the top three, {n} are assumed":
        "波动幅度最大的是：{top}（{status}）；前三项中有 {n} 项是假设的",
    # --- §11 efficiency and effectiveness
    "service_cost": "服务成本",
    "cost_as_share_of_margin": "成本占毛利比例",
    "cutting A service by 20 % saves about {cut} a year; losing {lost:.0f} A customers (of {total}) "
    "would cost that much margin":
        "把 A 级服务削减 20 % 每年约省 {cut}；而只要失去 {lost:.0f} 位 A 级客户（共 {total} 位），"
        "损失的毛利就有这么多",
    # --- §12 benefits for the company and the customer
    "complaints": "投诉数",
    "median_days_to_close": "结案天数中位数",
    "handled well": "处理得好",
    "handled badly": "处理不当",
    # --- §13 metrics
    "metric": "指标",
    "today": "今天的数值",
    "leading / lagging": "先行 / 滞后",
    "why this metric": "为什么选这个指标",
    "annual churn": "年流失率",
    "complaints handled well": "处理得好的投诉占比",
    "churn within 90 days after a complaint": "投诉后 90 天内的流失率",
    "uplift of a campaign vs its control group": "营销活动相对其对照组的增量响应",
    "cost per contact": "每次接触成本",
    "churn of called at-risk A/B customers vs a random uncalled half":
        "被打电话的有风险 A/B 级客户的流失率，对比随机未打电话的一半",
    "margin per customer, tiered pilot region vs control region": "每位客户毛利：分级试点地区对比对照地区",
    "service cost as share of margin, A": "A 级服务成本占毛利的比例",
    "{bad:.1%} bad / {good:.1%} well": "处理不当 {bad:.1%} / 处理得好 {good:.1%}",
    "not measured yet": "尚未测量",
    "effectiveness": "效果导向",
    "efficiency": "效率导向",
    "leading": "先行指标",
    "lagging": "滞后指标",
    "the result the programme is for": "项目要达成的结果",
    "moves before churn does; owned by the contact centre": "在流失之前先变动；由呼叫中心负责",
    "the measured link of the retention line": "挽留这一行的实测关联",
    "the only honest measure of a campaign": "衡量营销活动唯一诚实的指标",
    "the efficiency side; never alone": "效率的一面；绝不能单独使用",
    "the metric of the assumed proactive-retention line": "假设的主动挽留这一行的指标",
    "the metric of the assumed tier value lift": "假设的分级价值提升的指标",
    "watches that tiers stay in proportion to value": "监督各等级的服务与其价值保持相称",
    # --- §14 against the planted truth
    "C01: measured uplift {uplift:.1%} (95 % interval {low:.1%}-{high:.1%}); planted mean uplift of those "
    "contacted {planted:.1%}":
        "C01：实测增量响应 {uplift:.1%}（95 % 区间 {low:.1%}-{high:.1%}）；被接触客户植入的平均增量响应 "
        "{planted:.1%}",
    "complaints: measured churn ratio bad/well {ratio:.1f}; planted churn multipliers {bad} (bad) vs {good} (well)":
        "投诉：实测流失率之比（处理不当 / 处理得好）{ratio:.1f}；植入的流失乘数 {bad}（处理不当）对 {good}（处理得好）",
}
