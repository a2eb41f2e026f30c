"""Bilingual CRM terms (English / 中文) used across the course, each with a short definition.

>>> term("customer lifetime value")["chinese"]
'客户终身价值'
>>> len(glossary()) >= 60
True
"""

from __future__ import annotations

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
