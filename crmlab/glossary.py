"""Bilingual CRM terms (English / 中文) used across the course, each with a short definition.

>>> term("customer lifetime value")["chinese"]
'客户终身价值'
>>> len(glossary()) >= 60
True
"""

from __future__ import annotations

import warnings

import pandas as pd

# (english, chinese, chapter, definition)
TERMS = [
    ("customer relationship management (CRM)", "客户关系管理", "00", "A philosophy, technology and practice of winning, keeping and growing profitable customers through knowing them and interacting with them."),
    ("relationship marketing", "关系营销", "00", "Marketing built on two-way communication, cooperation and win-win relationships rather than single transactions."),
    ("one-to-one marketing", "一对一营销", "00", "Treating each customer as a segment of one: share of customer, repeat purchase and interaction."),
    ("database marketing", "数据库营销", "00", "Marketing driven by a database of customers and their transactions."),
    ("contact management", "接触管理", "00", "The 1980s forerunner of CRM: recording every contact with a customer."),
    ("customer care", "客户关怀", "00", "The 1990s stage of CRM around call centres and service data."),
    ("operational CRM", "操作型CRM", "00", "Systems that run sales, service and marketing processes."),
    ("analytical CRM", "分析型CRM", "00", "Data warehouses and models that turn customer data into knowledge: the subject of this kit."),
    ("collaborative CRM", "合作型CRM", "00", "The channels and tools through which company and customer work together."),
    ("IDIC model", "IDIC模型", "00", "Identify, differentiate, interact, customize: the four steps of one-to-one relationships."),
    ("customer intelligence", "客户智能", "00", "Knowledge about customers gained from data and analysis."),
    ("identify customers", "识别客户", "01", "Recognise each customer as one individual across every record and channel."),
    ("customer information", "客户信息", "01", "What the company knows of a customer: basic, attitudinal and behavioural data."),
    ("customer master file", "客户主文件", "01", "One record per customer holding raw records, statistical analysis data and investment records."),
    ("raw records", "客户原始记录", "01", "The customer's code, name, address, contacts, payment terms and credit."),
    ("statistical analysis data", "统计分析资料", "01", "Attitudes, complaints, credit and potential derived from the customer's history."),
    ("investment records", "企业投入记录", "01", "What the company spent on the customer: each contact's time, channel and cost, offers made."),
    ("identity resolution", "客户身份识别", "01", "Deciding which records in different systems belong to the same person."),
    ("precision", "精确率", "01", "Share of the pairs matched that truly belong together."),
    ("recall", "召回率", "01", "Share of the true pairs that were matched."),
    ("customer lifecycle", "客户生命周期", "01", "The stages of a relationship: acquisition, growth, maturity, decline, termination."),
    ("acquisition stage", "潜在获取期", "01", "A prospect or a newly won customer."),
    ("growth stage", "成长期", "01", "A new or growing relationship."),
    ("maturity stage", "成熟期", "01", "A stable, established relationship."),
    ("decline stage", "衰退期", "01", "A relationship showing warning signs: falling spend, complaints."),
    ("termination stage", "终止期", "01", "The relationship has ended."),
    ("potential customer", "潜在客户", "01", "Someone who has shown interest but not bought."),
    ("target customer", "目标客户", "01", "A qualified prospect the company pursues."),
    ("lost customer", "流失客户", "01", "A former customer who left."),
    ("customer information security", "客户信息安全", "01", "Protecting personal data: masking, pseudonyms, access control."),
    ("pseudonymization", "假名化", "01", "Replacing an identifier by a keyed code that cannot be reversed without the key."),
    ("differentiate customers", "区分客户", "02", "Tell customers apart by their value and their needs."),
    ("customer value", "客户价值", "02", "What a customer is worth to the company: revenue minus the cost to serve, communicate and market."),
    ("Pareto principle (80/20 rule)", "帕雷托定理(八二开规则)", "02", "A small share of customers brings most of the value."),
    ("ABC analysis", "ABC分析法", "02", "Classes A, B, C by the cumulative share of value: the first 80 %, the next 15 %, the rest."),
    ("Gini coefficient", "基尼系数", "02", "How unequal value is across customers, from 0 (equal) to 1."),
    ("RFM analysis", "RFM分析", "02", "Scoring customers on recency, frequency and monetary value of purchases."),
    ("recency", "最近一次购买", "02", "Time since the last purchase."),
    ("frequency", "消费频率", "02", "Number of purchases."),
    ("monetary value", "购买金额", "02", "Amount spent."),
    ("customer lifetime value (CLV)", "客户终身价值", "02", "The present value of all future profit a customer will bring."),
    ("retention rate", "客户保持率", "02", "Share of customers who stay from one period to the next."),
    ("churn", "客户流失", "02", "Customers leaving; churn rate is the share who leave in a period."),
    ("discount rate", "折现率", "02", "The rate at which future money is worth less today."),
    ("shifted-beta-geometric model", "移位贝塔几何模型", "02", "A model of contractual churn in which each customer's churn probability follows a Beta distribution."),
    ("BG/NBD model", "BG/NBD模型", "02", "A model of repeat purchases while alive and of silent drop-out in non-contractual settings."),
    ("customer pyramid", "客户金字塔", "02", "Customers layered by value: MVC, MGC, maintain, below-zero."),
    ("most valuable customers (MVC)", "贵宾型客户", "02", "The top of the pyramid by value."),
    ("most growable customers (MGC)", "改进型客户", "02", "Customers with the most potential to grow."),
    ("below-zero customers", "放弃型客户(负值客户)", "02", "Customers who cost more than they bring."),
    ("key customer", "核心客户/关键客户", "02", "A customer vital to the company's results, evaluated on attractiveness, potential and relationship."),
    ("customer attractiveness", "客户吸引力", "02", "How valuable a customer is or could be to the company."),
    ("portfolio strategy", "客户组合策略", "02", "Strategies by attractiveness × relationship: develop, maintain, selectively maintain, defend, reduce, exit."),
    ("interact with customers", "客户互动", "03", "Exchange information, feelings and suggestions with customers."),
    ("touchpoint", "接触点", "03", "Any moment where the customer experiences the company."),
    ("call center / contact center", "呼叫中心", "03", "The unified platform for customer contact by phone and other channels."),
    ("first-contact resolution (FCR)", "首次解决率", "03", "Share of contacts solved without another contact."),
    ("service level", "服务水平", "03", "Share of calls answered within a target time, e.g. 80 % in 20 seconds."),
    ("average handling time (AHT)", "平均处理时长", "03", "Mean time an agent spends on a contact."),
    ("Erlang C", "Erlang C公式", "03", "The queueing formula for the probability that a caller waits, used to size contact centres."),
    ("customer complaint", "客户投诉", "03", "A customer telling the company what went wrong — a chance to keep them."),
    ("first-contact responsibility", "首问负责制", "03", "The first person a customer reaches owns the problem until it is solved."),
    ("customer satisfaction", "客户满意度", "03", "How well the company met the customer's expectations."),
    ("customer loyalty", "客户忠诚度", "03", "The customer's commitment to keep buying and to recommend."),
    ("Net Promoter Score (NPS)", "净推荐值", "03", "Share of promoters (9-10) minus share of detractors (0-6)."),
    ("buying process", "购买过程", "03", "Establish need, find sources, establish trust, determine value, select product, make transaction, service, upgrade."),
    ("customize", "客户个性化(定制)", "04", "Tailor offers, service and communication to each customer."),
    ("customized marketing", "定制营销", "04", "Marketing that adapts the offer to each customer."),
    ("cross-selling", "交叉销售", "04", "Selling a customer products in other categories."),
    ("up-selling", "向上销售", "04", "Selling a customer a higher-value version of what they buy."),
    ("next best offer", "下一个最佳提议", "04", "The offer with the best expected value for a customer now."),
    ("association rule", "关联规则", "04", "If a customer holds X, they tend to hold Y; measured by support, confidence and lift."),
    ("uplift", "增量响应", "04", "The change in a customer's behaviour caused by a contact: response when treated minus response when not."),
    ("control group", "对照组", "04", "Customers deliberately not contacted, to measure what a campaign caused."),
    ("loyalty program", "忠诚度计划", "04", "A programme rewarding repeat business."),
    ("moments of truth", "关键时刻", "04", "Contacts that decide how the customer sees the company."),
    ("return on investment (ROI)", "投资回报率", "06", "Net gain divided by the cost of the investment."),
    ("key account", "大客户", "05", "A customer of great present or strategic value, managed by a dedicated team."),
    ("group customer", "集团客户", "05", "An organisation buying many lines for its staff."),
    ("strategic customer", "战略客户", "05", "A key account of strategic importance beyond its revenue."),
    ("customer manager", "客户经理", "05", "The person responsible for a set of key accounts."),
    ("ARPU", "每用户平均收入", "05", "Average revenue per user (per line)."),
    ("ARPA", "每账户平均收入", "05", "Average revenue per account."),
    ("core-customer management card", "核心客户管理卡", "05", "The profile, transaction trend, business health and credit of a key account."),
    ("key-account defection", "大客户叛离", "05", "A key account leaving for a competitor."),
    ("CRM strategy", "CRM战略", "06", "Vision, strategy options and action plans for customer relationships, kept consistent."),
    ("vision", "愿景", "06", "Where the company wants its customer relationships to be."),
    ("action plan", "行动方案", "06", "The concrete steps that carry out a strategy."),
    ("net present value (NPV)", "净现值", "06", "The sum of discounted future cash flows minus the investment."),
    # chapters 00-02 (issue 13): CRM foundations, customer types and information, value and key customers
    ("customer knowledge", "客户知识", "00", "What the company has learned about its customers and can act on at the next contact."),
    ("CRM philosophy, technology and implementation", "理念·技术·实施", "00", "The three faces of CRM: an idea of putting the customer first, the systems that support it, and the work of putting both into practice."),
    ("data warehouse", "数据仓库", "00", "The analytical store that integrates the operational systems' data for reporting and models."),
    ("consumer customer", "消费者客户", "01", "An individual buying for their own use."),
    ("business customer", "企业客户", "01", "An organisation buying for its own operations (B2B); in telecom a group account with many lines."),
    ("channel customer", "渠道客户", "01", "A dealer, agent or reseller who sells our products on."),
    ("internal customer", "内部客户", "01", "A department or employee inside the company served by another."),
    ("VIP customer", "VIP客户(贵宾型)", "01", "By importance: the few customers of the highest value, served one to one."),
    ("important-type customer", "重要型客户", "01", "By importance: valuable customers below the VIPs, served with priority."),
    ("ordinary customer", "普通型客户", "01", "By importance: the many customers served through standard channels."),
    ("loyal customer", "忠诚客户", "01", "By loyalty: buys repeatedly, for a long time, and would not easily switch."),
    ("old customer", "老客户", "01", "By loyalty: has been a customer for long, without necessarily being loyal."),
    ("new customer", "新客户", "01", "By loyalty: has just begun to buy."),
    ("lighthouse customer", "灯塔型客户", "01", "By value behaviour: tries new products first and leads others."),
    ("follower customer", "跟随型客户", "01", "By value behaviour: adopts what others have tried."),
    ("rational customer", "理性客户", "01", "By value behaviour: compares quality, service and price carefully."),
    ("profit-seeking customer", "逐利客户", "01", "By value behaviour: follows discounts and leaves when they end."),
    ("non-customer", "非客户", "01", "Relationship state: will not or cannot buy from us."),
    ("actual customer", "现实客户", "01", "Relationship state: buys now — first-time, repeat or loyal."),
    ("credit record", "信用记录", "01", "Payment behaviour and credit rating, part of the master file."),
    ("sales limit", "销售限额", "01", "The most the company will sell to a customer on credit."),
    ("blocking", "分块", "01", "Comparing records only within groups sharing a key (phone, e-mail) to avoid comparing every pair."),
    ("name similarity", "姓名相似度", "01", "A score from 0 to 1 of how alike two written names are."),
    ("information completeness", "信息完整度", "01", "The share of the fields of an information type that are filled."),
    ("customer lifecycle value", "客户生命周期价值", "02", "Another name the course gives CLV: the value of the whole customer lifecycle, past and future, discounted."),
    ("non-financial value", "非财务价值", "02", "What a customer is worth beyond the margin: referrals, reputation, knowledge."),
    ("referral", "口碑推荐", "02", "A customer bringing others to the company."),
    ("share of wallet", "钱包份额", "02", "The part of a customer's spending in a category that goes to us."),
    ("room to grow", "增长空间", "02", "Potential value minus current value: what a customer could still be worth."),
    ("maintain customers", "维持型客户", "02", "The middle of the pyramid: positive value, little room to grow; served efficiently."),
    ("bargaining power", "议价能力", "02", "A customer's power to set terms: from volume, alternatives, transaction and switching costs."),
    ("switching cost", "转换成本", "02", "What a customer loses by moving to a competitor."),
    ("complementarity", "互补性", "02", "Key-customer criterion: their needs fit what we do best."),
    ("aggregation", "聚合性", "02", "Key-customer criterion: one relationship brings many users, sites or deals."),
    ("win-win", "双赢性", "02", "Key-customer criterion: both sides gain from the relationship."),
    ("balance", "平衡性", "02", "Key-customer criterion: no dangerous dependence on a few customers."),
    ("compatibility", "相容性", "02", "Key-customer criterion: cultures, processes and systems fit."),
    ("consistency", "一致性", "02", "Key-customer criterion: the customer's strategy goes where ours goes."),
    ("customer potential", "客户潜力", "02", "Indicator group: sales volume and margin the customer could bring."),
    ("weak identification", "弱识别", "02", "When the data pin down a combination of parameters (a ridge) but not each one."),
    # --- chapters 05-06 (issue 15): the key-account engagement and the honest business case ---
    ("important customer", "重要客户", "05", "A key-account type: a customer whose loss would hurt beyond its revenue; in the case, key business accounts of public bodies, schools, hospitals and banks."),
    ("high-value customer", "高值客户", "05", "A key-account type: an individual whose own spending puts them among the key accounts."),
    ("commercial customer", "商业客户", "05", "A key-account type: a business account with a few lines."),
    ("potential key account", "潜在大客户", "05", "An account that is not key yet but is growing towards it."),
    ("key-account selection criteria", "大客户选择标准", "05", "The course's six tests of a key customer: complementarity, aggregation, win-win, balance, compatibility, consistency (互补性, 聚合性, 双赢性, 平衡性, 相容性, 一致性)."),
    ("structural position", "结构性地位", "05", "A customer's bargaining power: volume bought, alternatives, transaction cost, switching cost, cost to serve."),
    ("SWOT analysis", "SWOT分析", "05", "Strengths, weaknesses, opportunities and threats of a key account's relationship with us."),
    ("competitor analysis", "竞争对手分析", "05", "Who else serves the account, with what offer, and how easily the account could switch."),
    ("three-level key-account organisation", "三级大客户管理体系", "05", "Group headquarters, province and city key-account departments, each serving the accounts of its level."),
    ("key-customer club", "大客户俱乐部", "05", "A formal or informal organisation of key customers with extra benefits, events and a forum."),
    ("dynamic credit management", "动态信用管理", "05", "Keeping a key account's credit rating, credit term and credit limit up to date with its payments and cash flow."),
    ("early-warning score", "预警评分", "05", "A score from recent signals (falling bills, complaints, late payments) that flags an account before it leaves."),
    ("deep communication", "深度沟通", "05", "Continuous, personal contact with a key account at several levels, the course's defence against defection."),
    ("strategy options", "战略选择", "06", "The choices between vision and action plans: target customers, the interaction process and the interaction interface."),
    ("target customers", "目标对象", "06", "The groups of customers a CRM strategy serves, each with its own value."),
    ("interaction process", "顾客互动过程", "06", "The methods, timing and content of the company's interaction with its customers."),
    ("interaction interface", "互动界面", "06", "The channels through which the company and its customers meet."),
    ("efficiency", "效率", "06", "Doing things at low cost: cost to serve, cost per contact."),
    ("effectiveness", "效果", "06", "Doing the right things: customers kept, sales made, value created."),
    ("measured effect", "实测效果", "06", "An effect estimated from data, ideally with a control group; labelled with where it was measured."),
    ("assumed effect", "假设效果", "06", "A number in a business case that nobody has measured; labelled with its source or as a guess."),
    ("break-even value", "盈亏平衡值", "06", "The value of one assumption at which the NPV is zero, the others held."),
    ("sensitivity analysis (tornado chart)", "敏感性分析(龙卷风图)", "06", "How much the result moves when each assumption moves, largest first."),
    ("CRM system architecture", "CRM系统架构", "06", "Operational, analytical and collaborative parts around one customer database."),
    # chapters 03-04 (issue 14): the contact centre the course describes; customization along the eight needs
    ("face-to-face interaction", "面对面互动", "03", "A meeting in person, e.g. in a store: the closest kind of interaction."),
    ("indirect personal channel", "人员渠道(间接)", "03", "A person at a distance: phone, letter, e-mail or WeChat answered by an agent."),
    ("non-personal channel", "非人员渠道", "03", "Contact without a person: media, environment, events, website, IVR, app, self-service."),
    ("company-initiated interaction", "企业发起的互动", "03", "A contact the company starts: campaign calls, messages, surveys, visits."),
    ("customer-initiated interaction", "客户发起的互动", "03", "A contact the customer starts: a call, a store visit, a question in the app."),
    ("unified contact center", "统一联络中心", "03", "One platform for every channel, with routing, hand-over between channels and one customer record."),
    ("single customer view", "单一客户视图", "03", "Every contact of a customer across all channels in one record, seen by every agent."),
    ("actionable intelligence", "可行动的客户情报", "03", "Collect customer information, analyse it, and use the knowledge at the next contact."),
    ("know me, treat me right, remember me", "了解我·善待我·记住我", "03", "The customer's expectations a contact centre must manage across channels."),
    ("abandonment rate", "放弃率", "03", "Share of callers who hang up before an agent answers."),
    ("efficiency-driven service", "效率导向", "03", "Cutting cost per contact: downsizing, shorter calls, self-service for all."),
    ("effectiveness-driven service", "效果导向", "03", "Spending where a contact keeps or grows value: segmentation, personalised routing."),
    ("pay twice", "双重代价", "03", "A cost cut that loses valuable customers is paid again in lost margin and in re-acquisition cost."),
    ("contact-centre ROI", "呼叫中心投资回报", "03", "Agent cost weighed against the margin kept by answering customers well and in time."),
    ("service recovery", "服务补救", "03", "Winning back a customer after a service failure, e.g. a call-back that solves the problem."),
    ("eight need questions", "客户需求八问", "04", "What, when, where, why, how many, what price, how to pay, how often."),
    ("proactive recommendation", "主动推荐", "04", "Offering a customer what fits their needs before they ask."),
    ("one-stop service", "一站式服务", "04", "Everything a customer needs from one contact, one place or one manager."),
    ("periodic interaction", "定期互动", "04", "Contact on a schedule: monthly bill, quarterly survey, annual review."),
    ("timely interaction", "及时互动", "04", "Contact triggered by an event in the customer's life with us: a contract ending, a limit reached."),
    ("service tier", "服务等级", "04", "A level of service matched to customer value: A one-to-one, B membership, C customer file."),
]


# ------------------------------------------------------------------ labels (issue 17: 中文版)
# Every text a chart or widget shows, in English and Chinese: crmlab.plot and crmlab.widgets take
# their titles, axis labels, legends and slider descriptions from here through ``label(key)``,
# in the language of ``crmlab.set_language``. Chinese in the course's own terms (see TERMS).
LABELS: dict[str, tuple[str, str]] = {
    # shared
    "currency_units": ("{what} (currency units)", "{what}（货币单位）"),
    "month": ("month", "月份"),
    "date": ("date", "日期"),
    "year": ("year", "年"),
    "customers": ("customers", "客户数"),
    "n_customers": ("{n:,} customers", "{n:,} 位客户"),
    "agents_on_duty": ("agents on duty", "在岗坐席数"),
    "cum_customer_share": ("cumulative share of customers (%)", "累计客户占比 (%)"),
    "cum_value_share": ("cumulative share of value (%)", "累计收入占比 (%)"),
    "level_low": ("low", "低"), "level_medium": ("medium", "中"), "level_high": ("high", "高"),
    # column names shown on charts
    "column_revenue": ("revenue", "收入"),
    "column_active_customers": ("active customers", "活跃客户数"),
    "column_customers": ("customers", "客户数"),
    "column_value": ("value", "价值"),
    "column_customer_share": ("customer share", "客户占比"),
    "column_value_share": ("value share", "价值占比"),
    # units of a period
    "unit_period": ("period", "期"), "unit_month": ("month", "月"), "unit_year": ("year", "年"),
    "unit_week": ("week", "周"), "unit_day": ("day", "天"),
    # metrics named in a chart
    "metric_NPV": ("NPV", "净现值 (NPV)"), "metric_ROI": ("ROI", "投资回报率 (ROI)"),
    # 00 · monthly trend
    "monthly_trend_title": ("Monthly revenue and active customers", "月度收入与活跃客户数"),
    # 02 · differentiate
    "pareto_line": ("customers, most valuable first", "客户（价值最高者在前）"),
    "all_equal": ("all customers equal", "所有客户价值相同"),
    "pareto_mark": ("top {mark:.0%} → {share:.0%} of value", "前 {mark:.0%} 的客户 → {share:.0%} 的收入"),
    "pareto_title": ("Pareto chart (80/20)", "帕雷托曲线（80/20）"),
    "lorenz_curve": ("Lorenz curve", "洛伦兹曲线"),
    "lorenz_gini": (" (Gini = {gini:.2f})", "（基尼系数 = {gini:.2f}）"),
    "inequality": ("inequality", "不平等"),
    "equality": ("equality", "完全平等线"),
    "cum_customer_share_low_first": ("cumulative share of customers, least valuable first (%)",
                                     "累计客户占比，价值最低者在前 (%)"),
    "mean_monetary_value": ("mean monetary value", "平均消费金额"),
    "f_score": ("F score (frequency, 5 = most purchases)", "F 分（消费频率，5 = 购买最多）"),
    "r_score": ("R score (recency, 5 = most recent)", "R 分（最近一次消费，5 = 最近）"),
    "rfm_title": ("RFM: {label}", "RFM 分析：{label}"),
    "pyramid_width": ("bar width = number of customers", "条宽 = 客户数"),
    "pyramid_title": ("Customer pyramid", "客户金字塔"),
    "relationship_state": ("relationship state", "关系状态"),
    "attractiveness": ("customer attractiveness", "客户吸引力"),
    "portfolio_title": ("Portfolio: attractiveness × relationship", "客户组合：吸引力 × 关系"),
    "observed": ("observed", "观测值"),
    "sbg": ("shifted-beta-geometric", "移位贝塔几何模型 (sBG)"),
    "since_joining": ("{unit}s since joining", "入网后的{unit}数"),
    "still_active": ("still active (%)", "仍活跃 (%)"),
    "survival_title": ("Survival of a cohort", "同期客户的留存"),
    # 01 · identify
    "lifecycle_title": ("Customers by lifecycle stage", "客户生命周期各阶段的客户数"),
    "all_records": ("all records", "全部记录"),
    "fields_filled": ("fields filled (%)", "已填写字段 (%)"),
    "information_type": ("information type", "信息类型"),
    "completeness_title": ("Completeness of customer information", "客户信息的完整性"),
    "measure_precision": ("precision", "精确率"), "measure_recall": ("recall", "召回率"),
    "measure_f1": ("f1", "F1 值"),
    "record_pairs": ("% of record pairs", "记录对 (%)"),
    "measure": ("measure", "指标"),
    "match_title": ("Identity resolution: {correct:,} of {true:,} true pairs found, {wrong:,} wrong",
                    "客户识别：{true:,} 对真实配对中找到 {correct:,} 对，错配 {wrong:,} 对"),
    # 03 · interact
    "contacts": ("contacts", "接触次数"),
    "channel": ("channel", "渠道"),
    "channel_mix_title": ("Channel mix and first-contact resolution", "渠道组合与首次解决率"),
    "fcr": ("first-contact resolution", "首次解决率"),
    "fcr_percent": ("first-contact resolution (%)", "首次解决率 (%)"),
    "calls_per_hour": ("calls per hour", "每小时来电数"),
    "time_of_day": ("time of day", "时段"),
    "weekday": ("weekday", "星期"),
    "arrivals_title": ("When customers call", "客户何时来电"),
    "target": ("target {target:.0%}", "目标 {target:.0%}"),
    "answered_in_time": ("calls answered in time (%)", "及时接听的来电 (%)"),
    "staffing_title": ("Service level by number of agents (Erlang C)", "坐席数与服务水平（Erlang C）"),
    "funnel_step": ("{step}: {n:,.0f} (median {hours:,.0f} h)", "{step}：{n:,.0f}（中位数 {hours:,.0f} 小时）"),
    "funnel_width": ("bar width = complaints reaching the step", "条宽 = 到达该步骤的投诉数"),
    "funnel_title": ("Complaint handling in four steps", "客户投诉处理四步骤"),
    "nps_group": ("NPS group", "净推荐值 (NPS) 分组"),
    "churned_within": ("churned within {days} days (%)", "{days} 天内流失 (%)"),
    "nps_title": ("Satisfaction and loyalty: churn after the survey", "满意度与忠诚度：调查后的流失"),
    "agent_cost": ("agent cost", "坐席成本"),
    "margin_lost": ("margin lost (abandoned, late calls)", "损失的利润（放弃、迟接的来电）"),
    "total": ("total", "合计"),
    "cheapest_total": ("cheapest total: {n} agents", "总成本最低：{n} 名坐席"),
    "sl_target_agents": ("service-level target: {n} agents", "达到服务水平目标：{n} 名坐席"),
    "cost_per_interval": ("cost per interval (currency units)", "每时段成本（货币单位）"),
    "economics_title": ("Agents cost money; so do callers who give up", "坐席要花钱，放弃等待的来电者也一样"),
    "handling_saved": ("handling cost saved (+) / added (-)", "处理成本节省 (+) / 增加 (-)"),
    "margin_kept": ("margin kept (+) / lost (-) with leavers", "流失客户的利润保住 (+) / 损失 (-)"),
    "reacquisition": ("re-acquisition saved (+) / paid (-)", "重新获客成本节省 (+) / 支付 (-)"),
    "net": ("net", "净额"),
    "per_customer_year": ("per customer and year vs baseline", "每位客户每年，相对基线"),
    "pay_twice_title": ("Pay twice: the saving, then the customers it loses", "双重代价：先省下成本，再失去客户"),
    # 04 · customize
    "lift": ("lift", "提升度"),
    "support": ("support (% of customers holding all)", "支持度（同时持有的客户占比，%）"),
    "confidence": ("confidence (%)", "置信度 (%)"),
    "rules_title": ("Which services sell together", "哪些业务一起销售（关联规则）"),
    "by_uplift": ("targeted by predicted uplift", "按预测增量响应选择"),
    "at_random": ("targeted at random", "随机选择"),
    "share_contacted": ("share of the list contacted (%)", "名单中被接触的比例 (%)"),
    "incremental_responders": ("incremental responders", "增量响应者"),
    "qini_title": ("Qini curve: responders the campaign caused", "Qini 曲线：活动带来的响应者"),
    "best_top": ("best: top {share:.0%}", "最佳：前 {share:.0%}"),
    "share_contacted_best_first": ("share of the list contacted, best predicted uplift first (%)",
                                   "名单中被接触的比例，预测增量响应最高者在前 (%)"),
    "profit_per_1000": ("profit per 1,000 customers (currency units)", "每 1,000 位客户的利润（货币单位）"),
    "targeting_title": ("Profit of targeting", "精准营销的利润"),
    "active_customers_percent": ("active customers (%)", "活跃客户 (%)"),
    "timing_title": ("When to talk: periodic, timely, moments of truth", "何时沟通：定期、及时、关键时刻"),
    # 06 · strategy
    "assumption_lower": ("assumption 20 % lower", "假设值低 20 %"),
    "assumption_higher": ("assumption 20 % higher", "假设值高 20 %"),
    "assumption": ("assumption", "假设"),
    "sensitivity_title": ("Sensitivity of the {metric}", "{metric}的敏感性分析（龙卷风图）"),
    "collaborative_box": ("collaborative CRM\nchannels where customer and company meet",
                          "合作型CRM\n客户与企业相遇的渠道"),
    "operational_box": ("operational CRM\nsystems that run the business", "操作型CRM\n运行业务的系统"),
    "analytical_box": ("analytical CRM\nwarehouse and models: this kit", "分析型CRM\n数据仓库与模型：本工具包"),
    "architecture_title": ("Where the course's data live", "课程数据存放在哪里（CRM系统架构）"),
    "measured": ("measured", "实测"),
    "assumed": ("assumed", "假设"),
    "present_value": ("present value (currency units)", "现值（货币单位）"),
    "business_case_line": ("line of the business case", "商业论证的条目"),
    "business_case_title": ("What was measured and what was assumed", "哪些是实测的，哪些是假设的"),
    # widgets
    "slider_margin": ("margin", "每期利润"),
    "slider_retention": ("retention", "保留率"),
    "slider_discount": ("discount", "折现率"),
    "slider_horizon": ("horizon", "期限"),
    "clv_over_horizon": ("<b>CLV over {horizon} periods: {finite:,.1f}</b> · infinite horizon: {infinite:,.1f}",
                         "<b>{horizon} 期的客户终身价值：{finite:,.1f}</b> · 无限期：{infinite:,.1f}"),
    "cumulative_discounted_value": ("cumulative discounted value", "累计折现价值"),
    "infinite_clv": ("infinite-horizon CLV", "无限期客户终身价值"),
    "horizon_is": ("horizon = {horizon}", "期限 = {horizon}"),
    "periods": ("periods", "期数"),
    "clv_axis": ("CLV (currency units)", "客户终身价值（货币单位）"),
    "clv_title": ("Customer lifetime value", "客户终身价值 / 客户生命周期价值"),
    "slider_a_cutoff": ("A up to", "A 类上限"),
    "slider_b_cutoff": ("B up to", "B 类上限"),
    "b_above_a": ("<b>The B cutoff must be above the A cutoff.</b>", "<b>B 类上限必须高于 A 类上限。</b>"),
    "slider_calls": ("calls/30 min", "来电/30分钟"),
    "slider_aht": ("AHT (s)", "平均处理时长(秒)"),
    "slider_target_sl": ("target SL", "目标服务水平"),
    "agents_needed": ("<b>{needed} agents</b> answer {level:.1%} of calls within {within} s "
                      "(average wait {asa:.1f} s, occupancy {occupancy:.0%})",
                      "<b>{needed} 名坐席</b>在 {within} 秒内接听 {level:.1%} 的来电"
                      "（平均等待 {asa:.1f} 秒，占用率 {occupancy:.0%}）"),
    "slider_share": ("share", "接触比例"),
    "slider_cost_per_contact": ("cost/contact", "每次接触成本"),
    "slider_margin_rate": ("margin", "利润率"),
    "targeting_result": ("contact the top <b>{share:.0%}</b>: profit <b>{profit:,.0f}</b> per 1,000 "
                         "customers, ROI {roi:.0%}",
                         "接触前 <b>{share:.0%}</b>：每 1,000 位客户利润 <b>{profit:,.0f}</b>，"
                         "投资回报率 {roi:.0%}"),
    "slider_churn_cut": ("churn cut", "流失率降低"),
    "slider_cross_sell": ("cross-sell", "交叉销售提升"),
    "slider_upfront": ("upfront", "前期投入"),
    "payback_never": ("never", "无法回收"),
    "payback_year": ("year {year:.0f}", "第 {year:.0f} 年"),
    "roi_result": ("NPV <b>{npv:,.0f}</b> · ROI <b>{roi:.0%}</b> · pays back: {payback}",
                   "净现值 <b>{npv:,.0f}</b> · 投资回报率 <b>{roi:.0%}</b> · 回收期：{payback}"),
    "cumulative_discounted": ("cumulative discounted", "累计折现"),
    "cash_flow": ("cash flow (currency units)", "现金流（货币单位）"),
    "cash_flows_title": ("CRM programme cash flows", "CRM 项目现金流"),
    # data dictionary (crmlab.datasets.data_dictionary)
    "dictionary_intro": ('# Datasets\n\n## `telecom/` — the simulated operator (模拟电信运营商)\n\n`generate_telecom()` with its defaults (5,000 customers, 24 months from 2024-01-01, seed 0,\nlocale en_US), written as one CSV file per table. Read it with `crmlab.load_telecom()`, which\nrestores the dtypes below, or open the files in a spreadsheet. `make data` regenerates the files\nand this page; `tests/test_tables.py` checks that the shipped files equal a fresh generation.\n\nMoney is in currency units (no currency is named). Dates are `YYYY-MM-DD`, times\n`YYYY-MM-DD HH:MM:SS`; an empty cell is a missing value. `truth` and `raw_truth` are the planted\nanswers: analyses never read them. `parameters.csv` lists every parameter of the simulator with its\nsource (the same table as `crmlab.synth.parameters.parameter_table()`).\n',
                         '# 数据集\n\n## `telecom/` — 模拟电信运营商（the simulated operator）\n\n`generate_telecom()` 的默认设置（5,000 位客户，从 2024-01-01 起 24 个月，种子 0），每张表一个 CSV\n文件（en_US 版）。用 `crmlab.load_telecom()` 读取，它会恢复下面的数据类型；也可以用电子表格打开。\n`crmlab.set_language("zh")` 之后，`load_telecom()` 给出 zh_CN 版本：数字和类别代码完全相同，只有姓名、\n地址、电话、电子邮件和公司名称是中文的。`make data` 重新生成这些文件和本页；`tests/test_tables.py`\n检查随附文件与重新生成的结果一致。\n\n金额以货币单位计（不指定币种）。日期格式为 `YYYY-MM-DD`，时间为 `YYYY-MM-DD HH:MM:SS`；空单元格表示\n缺失值。`truth` 和 `raw_truth` 是预设的真实答案：分析从不读取它们。`parameters.csv` 列出模拟器的每个\n参数及其来源（与 `crmlab.synth.parameters.parameter_table()` 相同）。\n'),
    "dictionary_columns": ("| column | type | unit | 中文 | meaning |\n|---|---|---|---|---|",
                           "| 中文 | 列名 | 类型 | 单位 | 说明（英文） |\n|---|---|---|---|---|"),
    "dictionary_expected_clv": (
        "`truth.expected_clv` is the expected discounted gross margin over the next {months} months "
        "after the window, at {rate:.0%} a year, computed from each customer's true parameters and "
        "state.\n",
        "`truth.expected_clv` 是观察窗口之后 {months} 个月内的期望折现毛利（年折现率 {rate:.0%}），"
        "由每位客户的真实参数和状态计算。\n"),
    "dictionary_terms": (
        "## Key terms of the data (from `crmlab.glossary`; all terms: GLOSSARY.md)\n\n"
        "| English | 中文 | meaning |\n|---|---|---|",
        "## 数据中的关键术语（来自 `crmlab.glossary`；全部术语见 GLOSSARY.md）\n\n"
        "| 中文 | English | 定义（英文） |\n|---|---|---|"),
}


def label(key: str, default: str | None = None, **values) -> str:
    """The label ``key`` of :data:`LABELS` in the current language (``crmlab.set_language``),
    filled with ``values`` when given; ``default`` (unchanged) for a key the table lacks.

    Examples
    --------
    >>> label("pareto_title")
    'Pareto chart (80/20)'
    >>> import crmlab
    >>> crmlab.set_language("zh"); label("cum_value_share"); crmlab.set_language("en")
    '累计收入占比 (%)'
    >>> label("target", target=0.8)
    'target 80%'
    """
    from ._language import language

    if key not in LABELS:
        if default is None:
            raise KeyError(f"label: no label {key!r} in crmlab.glossary.LABELS")
        return default
    text = LABELS[key][language() == "zh"]
    return text.format(**values) if values else text

#: Category values shown in tables and on chart axes (contract types, channels, segments,
#: lifecycle stages, …) → Chinese; ``category_label`` and ``translate_labels`` read them, with the
#: Chinese names the chapter modules already carry (lifecycle stages, portfolio strategies, …).
CATEGORY_LABELS: dict[str, str] = {
    "All": "合计",
    # customers
    "female": "女", "male": "男", "consumer": "个人客户", "business": "集团客户",
    "IT services": "信息技术服务", "construction": "建筑业", "education": "教育", "finance": "金融",
    "government": "政府", "healthcare": "医疗卫生", "hospitality": "酒店餐饮", "logistics": "物流",
    "manufacturing": "制造业", "retail": "零售",
    "dealer": "代理商", "direct sales": "直销", "partner": "合作伙伴", "telesales": "电话销售",
    "month-to-month": "按月合约", "one-year": "一年合约", "two-year": "两年合约",
    "bank transfer": "银行转账", "cash": "现金", "credit card": "信用卡", "e-wallet": "电子钱包",
    "entry": "入门档", "mid": "中档", "premium": "高端",
    # services and products
    "broadband": "宽带", "cloud_storage": "云存储", "device_insurance": "终端保险", "iptv": "IPTV",
    "mobile": "移动通信", "music_streaming": "音乐流媒体", "roaming_pack": "漫游包",
    "accessory": "配件", "data top-up": "流量充值", "device": "终端", "streaming add-on": "流媒体附加包",
    "voice & SMS pack": "语音短信包",
    # channels and reasons
    "IVR": "IVR 自助语音", "app": "手机应用", "e-mail": "电子邮件", "phone": "电话",
    "social/WeChat": "社交媒体/微信", "store": "营业厅", "web": "网站",
    "billing question": "账单咨询", "cancellation": "销户", "complaint": "投诉", "information": "信息查询",
    "new contract": "新签合约", "payment": "缴费", "plan change": "套餐变更",
    "pre-sales enquiry": "售前咨询", "roaming": "漫游", "technical fault": "技术故障",
    # complaints
    "billing": "计费账单", "network quality": "网络质量", "product & tariff": "产品与资费",
    "service attitude": "服务态度", "low": "低", "medium": "中", "high": "高",
    "closed": "已关闭", "open": "未关闭",
    "1 · let the customer vent": "1 · 让客户发泄", "2 · record and judge": "2 · 记录并判断",
    "3 · propose and carry out a remedy": "3 · 提出并实施补救", "4 · follow up": "4 · 跟踪回访",
    # campaigns
    "cross-sell": "交叉销售", "up-sell": "向上销售", "retention": "客户挽留",
    # source systems
    "call_center": "呼叫中心", "campaign_list": "营销名单", "store_pos": "营业厅收银系统",
    "web_signup": "网站注册",
    # latent segments (truth)
    "budget": "经济型", "digital": "数字型", "family": "家庭型", "key_account": "大客户",
    "small_business": "小微企业", "voice": "语音型",
    # differentiate
    "MVC": "贵宾型客户 (MVC)", "MGC": "改进型客户 (MGC)", "maintain": "维持型客户",
    "below-zero": "放弃型客户(负值客户)",
    # interact
    "detractor": "贬损者", "passive": "被动者", "promoter": "推荐者",
    "Mon": "周一", "Tue": "周二", "Wed": "周三", "Thu": "周四", "Fri": "周五", "Sat": "周六", "Sun": "周日",
    # customize: interaction timing
    "periodic": "定期", "timely": "及时", "moment_of_truth": "关键时刻",
    "contract_year_ending": "合约年度将满", "near_data_limit": "接近流量上限",
    "new_customer": "新客户", "recent_complaint": "近期投诉",
    # identify: information types
    "basic": "基本信息", "attitude": "态度信息", "attitudinal": "态度信息", "behaviour": "行为信息",
    "behavioural": "行为信息", "all records": "全部记录",
    # strategy: assumptions of the business case
    "customers": "客户数", "annual_margin_per_customer": "每位客户年利润", "base_annual_churn": "基准年流失率",
    "churn_reduction": "流失率降低", "proactive_churn_reduction": "主动挽留的流失率降低",
    "campaign_share": "营销覆盖比例", "cross_sell_uplift": "交叉销售提升", "margin_per_sale": "每笔销售利润",
    "cost_per_contact": "每次接触成本", "retention_calls": "挽留电话数",
    "cost_per_retention_call": "每通挽留电话成本", "tiering_gain": "分级服务收益",
    "upfront_cost": "前期投入", "running_cost": "运营成本", "years": "年数", "discount_rate": "折现率",
}


def _category_table() -> dict[str, str]:
    from .cases.key_accounts import KEY_ACCOUNT_TYPES_ZH
    from .differentiate import STRATEGY_ZH
    from .identify import RELATIONSHIPS_ZH, STAGES_ZH
    from .interact import BUYING_STEPS_ZH, CHANNEL_DISTANCE_ZH
    from .translations import ZH

    table = dict(ZH)
    for names in (KEY_ACCOUNT_TYPES_ZH, BUYING_STEPS_ZH, CHANNEL_DISTANCE_ZH, RELATIONSHIPS_ZH,
                  STRATEGY_ZH, STAGES_ZH):
        table.update(names)
    table.update(CATEGORY_LABELS)
    return table


def _context_tables() -> dict[str, dict[str, str]]:
    """Values whose Chinese depends on the column they sit in: "maintain" is a pyramid level
    (维持型客户) in one table and a portfolio strategy (保持) in another."""
    from .differentiate import STRATEGY_ZH

    return {"strategy": STRATEGY_ZH}


def category_label(value, column: str | None = None) -> str:
    """A category value as text in the current language: unchanged (``str(value)``) in English,
    its Chinese name in Chinese when the glossary has one. ``column`` names the column the value
    sits in, for the values whose Chinese depends on it (``"strategy"``).

    Examples
    --------
    >>> category_label("month-to-month")
    'month-to-month'
    >>> import crmlab
    >>> crmlab.set_language("zh"); category_label("month-to-month"); crmlab.set_language("en")
    '按月合约'
    >>> crmlab.set_language("zh"); category_label("maintain", "strategy"); crmlab.set_language("en")
    '保持'
    """
    from ._language import language

    text = str(value)
    if language() != "zh":
        return text
    context = _context_tables().get(column, {}) if isinstance(column, str) else {}
    return context.get(text, _category_table().get(text, text))


def tr(text: str, /, **values) -> str:
    """``text`` in the current language, filled with ``values``: the English template itself in
    English, its Chinese text (:mod:`crmlab.translations`) in Chinese, where text values are
    shown by their Chinese names too. The chapters print their sentences with it, so the two
    editions share one code.

    Parameters
    ----------
    text : str
        The English template, with ``str.format`` fields for ``values``.
    **values
        The values of the fields.

    Examples
    --------
    >>> tr("{n:,} customers", n=5000)
    '5,000 customers'
    >>> import crmlab
    >>> crmlab.set_language("zh"); tr("customers"); crmlab.set_language("en")
    '客户数'
    """
    from ._language import language

    if not isinstance(text, str):
        raise TypeError(f"tr: text must be a str template, got {type(text).__name__}")
    if language() == "zh":
        table = _category_table()
        if text not in table:
            warnings.warn(f"tr: no Chinese text for {text!r} in crmlab.translations", stacklevel=2)
        text = table.get(text, text)
        values = {name: table.get(value, value) if isinstance(value, str) else value
                  for name, value in values.items()}
    return text.format(**values) if values else text


def translate_labels(frame):
    """A copy of ``frame`` (DataFrame or Series) for display in the current language: category
    values and texts in its columns, its index and its column labels (and their names) become
    their Chinese names in "zh" (numbers and unknown values unchanged); in "en" an unchanged
    copy. Display only: compute on the original. After ``crmlab.set_language("zh")`` the
    notebook shows every DataFrame and Series through it.

    Examples
    --------
    >>> import crmlab
    >>> table = pd.DataFrame({"contract": ["one-year", "two-year"], "customers": [3, 4]},
    ...                      index=["phone", "store"])
    >>> crmlab.set_language("zh"); shown = translate_labels(table); crmlab.set_language("en")
    >>> shown["contract"].tolist(), shown.index.tolist(), list(shown.columns)
    (['一年合约', '两年合约'], ['电话', '营业厅'], ['contract', '客户数'])
    >>> translate_labels(table).equals(table)
    True
    """
    from ._language import language

    if not isinstance(frame, (pd.DataFrame, pd.Series)):
        raise TypeError(f"translate_labels: frame must be a pandas DataFrame or Series, got "
                        f"{type(frame).__name__}")
    out = frame.copy()
    if language() != "zh":
        return out
    table = _category_table()
    contexts = _context_tables()

    def renamer(name=None):
        context = contexts.get(name, {}) if isinstance(name, str) else {}

        def rename(value):
            if not isinstance(value, str):
                return value
            return context.get(value, table.get(value, value))
        return rename

    def column(values: pd.Series, name) -> pd.Series:
        rename = renamer(name)
        if isinstance(values.dtype, pd.CategoricalDtype):
            categories = [rename(c) for c in values.cat.categories]
            if len(set(categories)) == len(categories):
                return values.cat.rename_categories(categories)
            return values.astype(object).map(rename)
        if values.dtype == object or pd.api.types.is_string_dtype(values.dtype):
            # element by element, keeping the dtype (map would make 3 and 0.65 floats)
            return pd.Series([rename(v) for v in values], index=values.index, name=values.name,
                             dtype=values.dtype)
        return values

    def axis(index: pd.Index) -> pd.Index:
        if isinstance(index, pd.MultiIndex):
            levels = [axis(level) for level in index.levels]
            return index.set_levels(levels, verify_integrity=False).set_names(
                [renamer()(n) for n in index.names])
        if isinstance(index, pd.CategoricalIndex) or index.dtype == object \
                or pd.api.types.is_string_dtype(index.dtype):
            renamed = pd.Index([renamer(index.name)(v) for v in index], name=index.name,
                               tupleize_cols=False)
        else:
            renamed = index.copy()
        return renamed.set_names(renamer()(index.name))

    if isinstance(out, pd.Series):
        out = column(out, out.name)
        out.name = renamer()(out.name)
    else:
        columns = out.columns
        out = pd.DataFrame({i: column(out.iloc[:, i], name if isinstance(name, str) else None)
                            for i, name in enumerate(columns)}, index=out.index)
        out.columns = axis(columns)
    out.index = axis(out.index)
    return out

def glossary(chapter: str | None = None) -> pd.DataFrame:
    """All terms (or one chapter's) as a DataFrame: english, chinese, chapter, definition."""
    table = pd.DataFrame(TERMS, columns=["english", "chinese", "chapter", "definition"])
    if chapter is not None:
        table = table[table["chapter"] == chapter].reset_index(drop=True)
    return table


def term(name: str) -> pd.Series:
    """Look a term up by its English or Chinese name (case-insensitive, or a unique part of it)."""
    table = glossary()
    key = name.strip().casefold()
    exact = table[(table["english"].str.casefold() == key) | (table["chinese"] == name.strip())]
    if len(exact) == 1:
        return exact.iloc[0]
    partial = table[table["english"].str.casefold().str.contains(key, regex=False)
                    | table["chinese"].str.contains(name.strip(), regex=False)]
    if len(partial) == 1:
        return partial.iloc[0]
    if partial.empty:
        raise KeyError(f"term: no term matches {name!r}")
    raise KeyError(f"term: {name!r} matches several terms: {partial['english'].tolist()}")


def glossary_markdown() -> str:
    """The glossary as a Markdown page (GLOSSARY.md), by chapter."""
    names = {"00": "CRM and IDIC", "01": "Identify", "02": "Differentiate", "03": "Interact",
             "04": "Customize", "05": "Key-account case", "06": "Strategy and ROI"}
    lines = ["# Glossary · 术语表", "",
             "The bilingual terms of the course, by chapter. Written from `crmlab.glossary` "
             "(`python -c \"import crmlab.glossary as g; print(g.glossary_markdown())\"`); "
             "a test keeps this page in step.", ""]
    for chapter, rows in glossary().groupby("chapter", sort=True):
        lines += [f"## {chapter} · {names[chapter]}", "", "| English | 中文 | meaning |",
                  "|---|---|---|"]
        lines += [f"| {r.english} | {r.chinese} | {r.definition} |" for r in rows.itertuples()]
        lines.append("")
    return "\n".join(lines)
