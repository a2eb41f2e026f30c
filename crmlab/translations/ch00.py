"""Chinese text of what chapter 00 prints: ``tr`` sentences, column labels, table values.

Also the Chinese display names of the simulated operator's products (plans and campaigns), shared by
every chapter, and the sentences the exercise solutions print (``exercises/solutions``)."""

ZH: dict[str, str] = {
    # --- products: the operator's tariff plans (data.plans["name"]); shown in every chapter ---
    "Lite 2GB": "轻享 2GB",
    "Talk 500": "畅聊 500",
    "Smart 10GB": "智享 10GB",
    "Smart 25GB": "智享 25GB",
    "Family Share 60GB": "家庭共享 60GB",
    "Unlimited": "不限量畅享",
    "Unlimited Plus": "不限量尊享",
    "Business Basic": "商务基础版",
    "Business Pro": "商务专业版",
    "Enterprise": "企业旗舰版",
    # --- products: the campaigns (data.campaigns["name"]) and their offers ---
    "Broadband bundle offer": "宽带融合优惠",
    "Upgrade to Unlimited": "升级不限量畅享",
    "Loyalty retention call": "忠诚客户挽留外呼",
    "loyalty discount": "忠诚客户优惠",
    # --- §1 one-to-one marketing measured ---
    "share of customer: active customers hold on average {held:.1f} of the {offered} extra services we offer":
        "客户份额：在我们提供的 {offered} 项增值业务中，活跃客户平均持有 {held:.1f} 项",
    "repeat purchase: {share:.0%} of the customers who bought a top-up bought again":
        "重复购买：买过充值的客户中有 {share:.0%} 再次购买",
    "interaction: {median:.0f} contacts per customer (median) over 24 months":
        "互动：24 个月内每位客户接触 {median:.0f} 次（中位数）",
    # --- §2 the CRM architecture chart ---
    "contact channels": "接触渠道",
    "customers ({customers:,}), plans, services,\nsubscriptions ({subscriptions:,}), bills ({bills:,}), "
    "top-ups ({topups:,})":
        "客户（{customers:,}）、套餐、增值业务、\n订购（{subscriptions:,}）、账单（{bills:,}）、充值（{topups:,}）",
    "CRM front office": "CRM 前台",
    "crm_raw ({crm_raw:,} records from 5 sources),\ncampaigns, campaign_contacts ({campaign_contacts:,})":
        "原始客户记录（{crm_raw:,} 条，来自 5 个来源），\n营销活动、营销接触（{campaign_contacts:,}）",
    "contact centre": "呼叫中心",
    "interactions ({interactions:,}), complaints ({complaints:,}),\nsurveys ({surveys:,})":
        "接触记录（{interactions:,}）、投诉（{complaints:,}）、\n满意度调查（{surveys:,}）",
    "data warehouse": "数据仓库",
    "all tables integrated by customer_id\n(load_telecom(), SQLite in chapter 01)":
        "按 customer_id 整合的全部数据表\n（load_telecom()，第 01 章用 SQLite）",
    "models (this kit)": "模型（本教学包）",
    # --- §4 the tables ---
    "rows": "行数",
    "accounts": "账户数",
    "lines (SIM cards)": "线路数（SIM 卡）",
    "share %": "占比 %",
    "left within the window %": "窗口期内离网 %",
    "IBM share %": "IBM 占比 %",
    "IBM left %": "IBM 离网 %",
    "purchases": "购买次数",
    "contacts": "接触次数",
    "FCR %": "首次解决率 %",
    "{complaints:,} complaints, {answers:,} survey answers, NPS {nps:+.0f}":
        "投诉 {complaints:,} 条，满意度调查答卷 {answers:,} 份，净推荐值 (NPS) {nps:+.0f}",
    "control: responded %": "对照组：响应率 %",
    "contacted: responded %": "接触组：响应率 %",
    # --- §5 bills, ARPU and ARPA ---
    "December 2025: revenue {revenue:,.0f} from {accounts:,} accounts with {lines:,} lines":
        "2025 年十二月：收入 {revenue:,.0f}，来自 {accounts:,} 个账户、共 {lines:,} 条线路",
    "ARPA = {arpa:.4g} per account · ARPU = {arpu:.4g} per line":
        "ARPA = {arpa:.4g}（每账户）· ARPU = {arpu:.4g}（每线路）",
    "ARPA and ARPU by customer type (log scale)": "按客户类型的 ARPA 与 ARPU（对数坐标）",
    "billing month": "账期月份",
    "currency units a month": "货币单位/月",
    "from Jan 2024 to Dec 2025: revenue {revenue:+.1%}, active accounts {accounts:+.1%}, "
    "ARPA {arpa:+.1%}, ARPU {arpu:+.1%}":
        "从 2024 年一月到 2025 年十二月：收入 {revenue:+.1%}，活跃账户数 {accounts:+.1%}，"
        "ARPA {arpa:+.1%}，ARPU {arpu:+.1%}",
    "the simulator cuts plan fees by {cut:.1%} a month: {change:+.1%} over the window":
        "模拟器每月把套餐月费下调 {cut:.1%}：整个窗口期累计 {change:+.1%}",
    "ARPU Jan 2024": "2024 年一月的 ARPU",
    "ARPU Dec 2025": "2025 年十二月的 ARPU",
    "same accounts, Jan 2024": "同一批账户，2024 年一月",
    "same accounts, Dec 2025": "同一批账户，2025 年十二月",
    "leavers (their Jan 2024 bill)": "离网客户（其 2024 年一月账单）",
    "joiners (their Dec 2025 bill)": "新加入客户（其 2025 年十二月账单）",
    "top 20 % of customers bring {share:.1%} of billed revenue":
        "前 20 % 的客户贡献了 {share:.1%} 的账单收入",
    "business accounts are {customers:.1%} of customers and bring {revenue:.1%} of billed revenue":
        "企业客户占客户总数的 {customers:.1%}，却贡献了 {revenue:.1%} 的账单收入",
    # --- §6 the simulator's parameters (crmlab.synth.parameters.parameter_table) ---
    "CONTRACTS[month-to-month]": "CONTRACTS[按月合约]",
    "CONTRACTS[one-year]": "CONTRACTS[一年合约]",
    "CONTRACTS[two-year]": "CONTRACTS[两年合约]",
    "per month": "每月",
    "per year": "每年",
    "months": "个月",
    "share": "占比",
    "share of revenue": "占收入的比例",
    "fixed start of the 24-month window": "24 个月观察窗口的固定起点",
    "IBM Telco 24-month churn 42.7 %; prepaid/postpaid 0.8-6 % a month":
        "IBM Telco 样本 24 个月流失率 42.7 %；预付费/后付费每月 0.8-6 %",
    "IBM Telco churn 11.3 %": "IBM Telco 样本流失率 11.3 %",
    "IBM Telco churn 2.8 %": "IBM Telco 样本流失率 2.8 %",
    "falling ARPU (course case)": "ARPU 下降（课程案例）",
    "typical telecom service margin": "电信服务的典型利润率",
    "devices and add-ons, lower margin": "终端和附加包，利润率较低",
    "horizon of truth.expected_clv": "truth.expected_clv 的期限",
    "discount rate of truth.expected_clv": "truth.expected_clv 的折现率",
    "measured monthly churn %": "实测月流失率 %",
    "planted mean θ %": "植入的平均 θ %",
    "base at start": "期初已在网",
    "joined in window": "窗口期内加入",
    "parameter %": "参数 %",
    "24-month loss at the parameter %": "按参数计 24 个月流失 %",
    # --- exercises/solutions (lab sheets 00-06): sentences their worked solutions print ---
    "ARPA {arpa:,.2f} per account, ARPU {arpu:,.2f} per line":
        "ARPA {arpa:,.2f}（每账户），ARPU {arpu:,.2f}（每线路）",
    "target needs {agents} agents, profit is highest at {best} agents":
        "达到服务水平目标需要 {agents} 名坐席，利润在 {best} 名坐席时最高",
    "a C customer's service breaks even at {cost:.2f} a year; it is assumed to cost 4":
        "C 类客户的服务成本每年不超过 {cost:.2f} 才能保本；而假设的成本为每年 4",
    "Answer 06.1-06.6 first: until then the programme below uses the defaults.":
        "请先完成 06.1-06.6：在此之前，下面的项目方案使用默认值。",
    "identify · differentiate · clv\ninteract · customize · strategy":
        "识别客户 · 区分客户 · 客户终身价值\n客户互动 · 客户个性化 · CRM战略",
}
