"""Bilingual CRM terms (English / 中文) used across the course, each with a short definition.

>>> term("customer lifetime value")["chinese"]
'客户终身价值'
>>> len(glossary()) >= 120
True
"""

from __future__ import annotations

import warnings
from functools import lru_cache

import pandas as pd

# (english, chinese, chapter, definition, definition_zh): the definition in English and, written for
# the Chinese edition in the course's own terms, in Chinese (not a word-for-word translation).
TERMS = [
    ("customer relationship management (CRM)", "客户关系管理", "00", "A philosophy, technology and practice of winning, keeping and growing profitable customers through knowing them and interacting with them.", "以客户为中心的经营理念、支撑它的技术和把二者落地的实施：通过了解客户、与客户互动，获得、保持并发展有利可图的客户。"),
    ("relationship marketing", "关系营销", "00", "Marketing built on two-way communication, cooperation and win-win relationships rather than single transactions.", "把营销看作一段长期关系而非一次交易：双向沟通、合作、双赢、亲密和可控。"),
    ("one-to-one marketing", "一对一营销", "00", "Treating each customer as a segment of one: share of customer, repeat purchase and interaction.", "把每位客户当作只有一人的细分市场，追求客户份额、重复购买和持续互动。"),
    ("database marketing", "数据库营销", "00", "Marketing driven by a database of customers and their transactions.", "以客户及其交易的数据库为依据来策划和执行营销。"),
    ("share of customer", "客户份额", "00", "The part of one customer's spending on our kind of product that comes to us; one-to-one marketing grows it.", "一位客户在我们这类产品上的支出中流向我们的部分；一对一营销追求的是提高客户份额，而不只是市场份额。"),
    ("repeat purchase", "重复购买", "00", "A customer buying again; with share of customer and interaction, what one-to-one marketing aims at.", "客户再次购买；与客户份额和互动一起，是一对一营销追求的目标。"),
    ("contact management", "接触管理", "00", "The 1980s forerunner of CRM: recording every contact with a customer.", "CRM 的前身（20 世纪 80 年代初）：记录与客户的每一次接触。"),
    ("customer care", "客户关怀", "00", "The 1990s stage of CRM around call centres and service data.", "CRM 发展的第二阶段（20 世纪 90 年代）：围绕呼叫中心和服务数据关怀客户。"),
    ("operational CRM", "操作型CRM", "00", "Systems that run sales, service and marketing processes.", "支撑销售、服务和营销日常流程的系统，如计费、营业厅收银和呼叫中心系统。"),
    ("analytical CRM", "分析型CRM", "00", "Data warehouses and models that turn customer data into knowledge: the subject of this kit.", "用数据仓库和模型把客户数据变成客户知识；本教学包讲的就是分析型 CRM。"),
    ("collaborative CRM", "合作型CRM", "00", "The channels and tools through which company and customer work together.", "企业与客户共同协作的渠道和工具，如呼叫中心、网站和社交媒体。"),
    ("IDIC model", "IDIC模型", "00", "Identify, differentiate, interact, customize: the four steps of one-to-one relationships.", "一对一客户关系的四个步骤：识别（Identify）、区分/差异分析（Differentiate）、互动（Interact）、定制（Customize）；本课程各章即按此展开。"),
    ("customer intelligence", "客户智能", "00", "Knowledge about customers gained from data and analysis.", "从数据和分析中得出的关于客户的认识，是形成客户知识的过程。"),
    ("identify customers", "识别客户", "01", "Recognise each customer as one individual across every record and channel.", "IDIC 的第一步（也称客户识别）：知道客户是谁，并在每条记录、每个渠道中把同一位客户认出来。"),
    ("customer information", "客户信息", "01", "What the company knows of a customer: basic, attitudinal and behavioural data.", "企业掌握的客户资料：个人客户分为基本信息、心理与态度信息和行为信息；组织客户还包括经营状况、交易状况和关键人物。"),
    ("identification process", "客户识别过程", "01", "The course's five steps of identifying customers: define, collect, integrate and manage, update, secure customer information.", "课程中识别客户的五个步骤：定义 → 收集 → 整合与管理 → 更新 → 保护客户信息（客户信息安全）。"),
    ("key persons", "关键人物", "01", "In an organisational customer, the decision maker and the contacts who influence buying.", "组织客户中的决策者以及影响采购的联系人，属于组织客户信息的一部分。"),
    ("data cleaning", "数据清洗", "01", "Giving every field one spelling and format (phones, e-mails, names) before records are compared.", "在比较记录之前，把每个字段（电话、电子邮箱、姓名）统一为同一种写法和格式。"),
    ("customer master file", "客户主文件", "01", "One record per customer holding raw records, statistical analysis data and investment records.", "每位客户一条的主记录，汇集客户原始记录、统计分析资料和企业投入记录。"),
    ("raw records", "客户原始记录", "01", "The customer's code, name, address, contacts, payment terms and credit.", "客户主文件中说明“客户是谁”的部分：客户代码、姓名、地址、联系方式、付款条件和信用。"),
    ("statistical analysis data", "统计分析资料", "01", "Attitudes, complaints, credit and potential derived from the customer's history.", "客户主文件中由客户历史推算出的部分：态度、投诉、信用状况和潜力。"),
    ("investment records", "企业投入记录", "01", "What the company spent on the customer: each contact's time, channel and cost, offers made.", "客户主文件中记录企业在该客户身上投入的部分：每次接触的时间、渠道和成本，以及提供过的优惠。"),
    ("identity resolution", "客户身份识别", "01", "Deciding which records in different systems belong to the same person.", "判断不同系统中的哪些记录属于同一个人，把它们合并为一位客户；是客户识别过程中整合信息的一步。"),
    ("precision", "精确率", "01", "Share of the pairs matched that truly belong together.", "客户身份识别的质量指标：被判为同一人的记录对中，真正属于同一人的比例。"),
    ("recall", "召回率", "01", "Share of the true pairs that were matched.", "客户身份识别的质量指标：真正属于同一人的记录对中，被找出来的比例。"),
    ("customer lifecycle", "客户生命周期", "01", "The stages of a relationship: acquisition, growth, maturity, decline, termination.", "客户关系经历的阶段：潜在获取期、成长期、成熟期、衰退期和终止期。"),
    ("acquisition stage", "潜在获取期", "01", "A prospect or a newly won customer.", "客户生命周期的第一阶段：潜在客户或刚刚获得的新客户。"),
    ("growth stage", "成长期", "01", "A new or growing relationship.", "客户生命周期中关系刚建立并在加深的阶段，消费和往来逐步增加。"),
    ("maturity stage", "成熟期", "01", "A stable, established relationship.", "客户生命周期中关系稳定、成熟的阶段，是企业获利的主要时期。"),
    ("decline stage", "衰退期", "01", "A relationship showing warning signs: falling spend, complaints.", "客户生命周期中出现预警信号的阶段：消费下降、投诉增多，需要及时挽留。"),
    ("termination stage", "终止期", "01", "The relationship has ended.", "客户生命周期的最后阶段：客户关系已经结束。"),
    ("potential customer", "潜在客户", "01", "Someone who has shown interest but not bought.", "对企业的产品表现出兴趣、但尚未购买的人或组织。"),
    ("target customer", "目标客户", "01", "A qualified prospect the company pursues.", "经过筛选、企业决定主动争取的潜在客户。"),
    ("lost customer", "流失客户", "01", "A former customer who left.", "曾经是客户、后来离开的人或组织。"),
    ("customer information security", "客户信息安全", "01", "Protecting personal data: masking, pseudonyms, access control.", "客户识别过程的最后一步：通过脱敏、假名化和权限控制保护客户的个人信息。"),
    ("pseudonymization", "假名化", "01", "Replacing an identifier by a keyed code that cannot be reversed without the key.", "用带密钥的代码代替客户标识：同一客户始终得到同一代码，没有密钥就无法还原身份。"),
    ("data masking", "脱敏", "01", "Hiding part of a personal field (e.g. the middle digits of a phone number) before data are shared.", "在共享数据之前隐藏个人字段的一部分（如手机号码中间几位）；是客户信息安全的一种手段。"),
    ("differentiate customers", "区分客户", "02", "Tell customers apart by their value and their needs.", "IDIC 的第二步（区分/差异分析）：按价值和需求把客户区分开来，以便区别对待。"),
    ("customer value", "客户价值", "02", "What a customer is worth to the company: revenue minus the cost to serve, communicate and market.", "客户对企业的价值：财务上是收入减去服务、沟通、营销和生产成本，另有口碑、声誉等非财务价值。"),
    ("financial value", "财务价值", "02", "What a customer brings (revenue × margin) minus what they cost to serve, communicate with and market to.", "客户带来的收入乘以毛利率，减去服务、沟通和营销成本。"),
    ("cost to serve", "服务成本", "02", "What it costs the company to serve one customer: contacts, complaints, managers, discounts.", "企业为服务一位客户所花的成本：接触、投诉处理、客户经理和折扣等。"),
    ("Pareto principle (80/20 rule)", "帕雷托定理(八二开规则)", "02", "A small share of customers brings most of the value.", "少数客户带来大部分价值，例如 20 % 的客户贡献 80 % 的收入。"),
    ("ABC analysis", "ABC分析法", "02", "Classes A, B, C by the cumulative share of value: the first 80 %, the next 15 %, the rest.", "按价值累计占比把客户分为三类：A 类占前 80 %，B 类占其后 15 %，C 类为其余部分。"),
    ("Lorenz curve", "洛伦兹曲线", "02", "Cumulative share of value against cumulative share of customers, least valuable first; the further below the diagonal, the more unequal.", "以价值最低者在前的累计客户占比为横轴、累计价值占比为纵轴画出的曲线；离对角线（完全平等线）越远，价值越集中。"),
    ("Gini coefficient", "基尼系数", "02", "How unequal value is across customers, from 0 (equal) to 1.", "用一个数概括客户价值分布的不平等程度：0 表示人人相同，越接近 1 越集中于少数客户。"),
    ("RFM analysis", "RFM分析", "02", "Scoring customers on recency, frequency and monetary value of purchases.", "按最近一次购买（R）、消费频率（F）和购买金额（M）给客户打分并分组。"),
    ("recency", "最近一次购买", "02", "Time since the last purchase.", "RFM 中的 R：距客户最近一次购买的时间，越近越可能再次购买。"),
    ("frequency", "消费频率", "02", "Number of purchases.", "RFM 中的 F：客户在一段时间内的购买次数。"),
    ("monetary value", "购买金额", "02", "Amount spent.", "RFM 中的 M：客户的消费金额。"),
    ("customer lifetime value (CLV)", "客户终身价值", "02", "The present value of all future profit a customer will bring.", "客户在整个关系中将为企业带来的未来利润的现值（按折现率折算到今天）；课程中也称客户生命周期价值。"),
    ("customer lifecycle value", "客户生命周期价值", "02", "Another name the course gives CLV: the value of the whole customer lifecycle, past and future, discounted.", "课程对客户终身价值（CLV）的另一种叫法：客户整个生命周期（历史与未来）利润的折现值。"),
    ("retention rate", "客户保持率", "02", "Share of customers who stay from one period to the next.", "本期的客户中下一期仍然留下的比例；等于 1 减去流失率。"),
    ("churn", "客户流失", "02", "Customers leaving; churn rate is the share who leave in a period.", "客户离开企业；流失率是一段时间内离开的客户占比。"),
    ("discount rate", "折现率", "02", "The rate at which future money is worth less today.", "把未来的钱折算成今天价值时使用的比率：折现率越高，未来的钱在今天越不值钱。"),
    ("shifted-beta-geometric model", "移位贝塔几何模型", "02", "A model of contractual churn in which each customer's churn probability follows a Beta distribution.", "契约型情境下的流失模型：每位客户每期的流失概率不同，服从 Beta 分布，所以留下来的老客户流失得越来越少。"),
    ("BG/NBD model", "BG/NBD模型", "02", "A model of repeat purchases while alive and of silent drop-out in non-contractual settings.", "非契约型情境下的模型：客户“活着”时随机重复购买，每次购买后可能悄然离开；用来估计客户是否仍活跃及未来购买次数。"),
    ("Gamma-Gamma model", "Gamma-Gamma模型", "02", "A model of the spend per purchase, used with BG/NBD to give a customer's expected value.", "描述每次购买金额的模型，与 BG/NBD 模型一起估计客户的期望价值。"),
    ("customer pyramid", "客户金字塔", "02", "Customers layered by value: MVC, MGC, maintain, below-zero.", "按价值把客户分层：贵宾型（MVC）、改进型（MGC）、维持型和放弃型（负值客户）。"),
    ("most valuable customers (MVC)", "贵宾型客户", "02", "The top of the pyramid by value.", "客户金字塔的顶层：价值最高的客户，应重点保持。"),
    ("most growable customers (MGC)", "改进型客户", "02", "Customers with the most potential to grow.", "客户金字塔中增长潜力最大的客户，应着力发展。"),
    ("maintain customers", "维持型客户", "02", "The middle of the pyramid: positive value, little room to grow; served efficiently.", "客户金字塔的中层：价值为正但增长空间不大，宜高效率地服务。"),
    ("below-zero customers", "放弃型客户(负值客户)", "02", "Customers who cost more than they bring.", "客户金字塔的底层：给企业带来的收益低于服务成本的客户（负值客户）。"),
    ("key customer", "核心客户/关键客户", "02", "A customer vital to the company's results, evaluated on attractiveness, potential and relationship.", "对企业经营成果至关重要的客户（也称核心客户、大客户），从吸引力、潜力和关系三方面评价。"),
    ("customer attractiveness", "客户吸引力", "02", "How valuable a customer is or could be to the company.", "客户对企业现在或将来有多大价值；评价核心客户的三组指标之一。"),
    ("portfolio strategy", "客户组合策略", "02", "Strategies by attractiveness × relationship: develop, maintain, selectively maintain, defend, reduce, exit.", "按客户吸引力 × 关系矩阵选择的客户策略：发展、保持、选择性保持、防御、少量保持、退出。"),
    ("interact with customers", "客户互动", "03", "Exchange information, feelings and suggestions with customers.", "IDIC 的第三步：与客户交流信息、情感和意见。"),
    ("touchpoint", "接触点", "03", "Any moment where the customer experiences the company.", "客户接触和感受企业的任何时刻和地点，如电话、营业厅、账单和 App。"),
    ("call center / contact center", "呼叫中心", "03", "The unified platform for customer contact by phone and other channels.", "通过电话及其他渠道与客户接触的统一平台；在 CRM 中是单一接触平台、数据渠道和忠诚服务中心。"),
    ("first-contact resolution (FCR)", "首次解决率", "03", "Share of contacts solved without another contact.", "第一次接触就解决问题、无需客户再次联系的比例。"),
    ("service level", "服务水平", "03", "Share of calls answered within a target time, e.g. 80 % in 20 seconds.", "在目标时间内接通的呼叫比例，例如 20 秒内接通 80 %。"),
    ("average handling time (AHT)", "平均处理时长", "03", "Mean time an agent spends on a contact.", "坐席处理一次接触平均花费的时间。"),
    ("Erlang C", "Erlang C公式", "03", "The queueing formula for the probability that a caller waits, used to size contact centres.", "计算来电需要排队概率的排队公式，用来确定呼叫中心需要多少坐席。"),
    ("customer complaint", "客户投诉", "03", "A customer telling the company what went wrong — a chance to keep them.", "客户告诉企业哪里出了问题；处理得好，是留住客户的机会。"),
    ("complaint handling steps", "投诉处理四步骤", "03", "Let the customer vent, record the key points and judge validity, propose and carry out a remedy, follow up.", "让客户发泄 → 记录要点并判断是否成立 → 提出并实施补救 → 跟踪回访。"),
    ("complaint-handling mistakes", "投诉处理的常见错误", "03", "Admitting fault before the facts, arguing, lecturing or doubting the customer, blaming others, pointless questions, inconsistent answers.", "未查明事实就认错、与客户争辩、教训或怀疑客户、推卸责任、问无关的问题、前后说法不一。"),
    ("first-contact responsibility", "首问负责制", "03", "The first person a customer reaches owns the problem until it is solved.", "客户第一个找到的员工负责到底，直到问题解决，不让客户在部门间来回奔波。"),
    ("customer satisfaction", "客户满意度", "03", "How well the company met the customer's expectations.", "企业满足客户期望的程度。"),
    ("customer loyalty", "客户忠诚度", "03", "The customer's commitment to keep buying and to recommend.", "客户继续购买并愿意推荐企业的承诺；满意 → 忠诚 → 利润。"),
    ("Net Promoter Score (NPS)", "净推荐值", "03", "Share of promoters (9-10) minus share of detractors (0-6).", "推荐者（打 9–10 分）的比例减去贬损者（打 0–6 分）的比例。"),
    ("promoter", "推荐者", "03", 'A survey answer of 9 or 10 to "how likely are you to recommend us?".', "在“您向他人推荐我们的可能性有多大”一题中打 9 或 10 分的客户。"),
    ("passive", "被动者", "03", "A survey answer of 7 or 8: satisfied but not enthusiastic; not counted in the NPS.", "打 7 或 8 分的客户：满意但不热情，不计入净推荐值。"),
    ("detractor", "贬损者", "03", "A survey answer of 0 to 6: an unhappy customer who may speak against us.", "打 0 至 6 分的客户：不满意，可能传播负面口碑。"),
    ("buying process", "购买过程", "03", "Establish need, find sources, establish trust, determine value, select product, make transaction, service, upgrade.", "客户购买的八个步骤：确立需求、寻找来源、建立信任、确定价值、选择产品、完成交易、售后服务、升级/重复购买。"),
    ("customize", "客户个性化(定制)", "04", "Tailor offers, service and communication to each customer.", "IDIC 的第四步：根据每位客户调整产品、服务和沟通方式。"),
    ("customized marketing", "定制营销", "04", "Marketing that adapts the offer to each customer.", "针对每位客户调整所提供产品与服务的营销方式。"),
    ("cross-selling", "交叉销售", "04", "Selling a customer products in other categories.", "向客户销售其他品类的产品，例如给手机客户推荐宽带。"),
    ("up-selling", "向上销售", "04", "Selling a customer a higher-value version of what they buy.", "向客户销售其所购产品的更高价值版本，例如升级到更高档的套餐。"),
    ("next best offer", "下一个最佳提议", "04", "The offer with the best expected value for a customer now.", "此刻对某位客户期望价值最高的那项推荐。"),
    ("association rule", "关联规则", "04", "If a customer holds X, they tend to hold Y; measured by support, confidence and lift.", "“持有 X 的客户往往也持有 Y”这样的规则，用支持度、置信度和提升度衡量。"),
    ("support", "支持度", "04", "Of an association rule: the share of customers holding both sides of the rule.", "关联规则的指标：同时持有规则两边产品的客户所占比例。"),
    ("confidence", "置信度", "04", "Of an association rule: of the customers holding the left side, the share also holding the right side.", "关联规则的指标：持有规则左边产品的客户中，也持有右边产品的比例。"),
    ("lift", "提升度", "04", "Of an association rule: confidence divided by how common the right side is; above 1, the two go together.", "关联规则的指标：置信度除以右边产品本身的持有率；大于 1 说明二者相互关联。"),
    ("uplift", "增量响应", "04", "The change in a customer's behaviour caused by a contact: response when treated minus response when not.", "一次接触真正引起的行为变化：接触时的响应率减去不接触时的响应率。"),
    ("control group", "对照组", "04", "Customers deliberately not contacted, to measure what a campaign caused.", "有意不接触的客户，用来衡量营销活动真正带来的效果。"),
    ("treatment group", "实验组", "04", "Customers chosen at random to be contacted in a campaign test.", "营销活动测试中被随机选中、实际接触的客户。"),
    ("randomised test", "随机对照试验", "04", "A test in which chance decides who is contacted, so the difference between treatment and control groups measures what the contact caused.", "由随机决定谁被接触的测试，因此实验组与对照组的差异就是接触真正带来的效果。"),
    ("loyalty program", "忠诚度计划", "04", "A programme rewarding repeat business.", "奖励客户持续购买的计划，如积分、会员等级和专属优惠。"),
    ("moments of truth", "关键时刻", "04", "Contacts that decide how the customer sees the company.", "决定客户如何看待企业的那些关键接触，例如投诉、故障或合约到期。"),
    ("return on investment (ROI)", "投资回报率", "06", "Net gain divided by the cost of the investment.", "净收益除以投资成本，衡量每单位投入的回报。"),
    ("key account", "大客户", "05", "A customer of great present or strategic value, managed by a dedicated team.", "当前或战略价值很大、由专门团队管理的客户。"),
    ("group customer", "集团客户", "05", "An organisation buying many lines for its staff.", "为员工购买大量线路的组织客户，是电信运营商最重要的大客户类型之一。"),
    ("strategic customer", "战略客户", "05", "A key account of strategic importance beyond its revenue.", "重要性超出其收入本身的大客户，其发展与企业未来方向一致。"),
    ("customer manager", "客户经理", "05", "The person responsible for a set of key accounts.", "负责一组大客户的专职人员，从营销到售后为客户提供一站式服务。"),
    ("ARPU", "每用户平均收入", "05", "Average revenue per user (per line).", "每用户平均收入：收入除以用户数（电信中按线路计）。"),
    ("ARPA", "每账户平均收入", "05", "Average revenue per account.", "每账户平均收入：收入除以账户数（一个集团账户可有很多条线路）。"),
    ("core-customer management card", "核心客户管理卡", "05", "The profile, transaction trend, business health and credit of a key account.", "记录大客户档案、交易变化、整体经营状况和动态信用管理的卡片，没有固定格式。"),
    ("key-account defection", "大客户叛离", "05", "A key account leaving for a competitor.", "大客户转投竞争对手；课程的对策是深入、持续的沟通。"),
    ("CRM strategy", "CRM战略", "06", "Vision, strategy options and action plans for customer relationships, kept consistent.", "客户关系的愿景、战略选择和行动方案，三者要保持一致。"),
    ("vision", "愿景", "06", "Where the company wants its customer relationships to be.", "企业希望客户关系达到的共同图景：远大目标、清晰的价值观和对未来的描绘，而非实施细节。"),
    ("action plan", "行动方案", "06", "The concrete steps that carry out a strategy.", "把战略落到实处的具体步骤，依据环境、客户和核心能力分析制定。"),
    ("net present value (NPV)", "净现值", "06", "The sum of discounted future cash flows minus the investment.", "未来各期现金流按折现率折算到今天后的总和，再减去投资。"),
    ("discounted cash flow", "折现现金流", "06", "A future cash flow multiplied by 1/(1+r)^t to give its value today at the discount rate r.", "未来某期的现金流乘以 1/(1+r)^t，得到按折现率 r 折算的今日价值。"),
    ("payback period", "回收期", "06", "The year in which the cumulative discounted cash flow first turns positive: how long the money is at risk.", "累计折现现金流首次转正的年份：投入的资金要承担多久的风险。"),
    # chapters 00-02 (issue 13): CRM foundations, customer types and information, value and key customers
    ("customer knowledge", "客户知识", "00", "What the company has learned about its customers and can act on at the next contact.", "企业对客户已经了解、并能在下一次接触中用上的认识。"),
    ("CRM philosophy, technology and implementation", "理念·技术·实施", "00", "The three faces of CRM: an idea of putting the customer first, the systems that support it, and the work of putting both into practice.", "CRM 的三个层面：以客户为中心的理念、支撑理念的技术系统，以及把二者落到实处的实施。"),
    ("data warehouse", "数据仓库", "00", "The analytical store that integrates the operational systems' data for reporting and models.", "整合各业务系统数据、供报表和建模使用的分析型数据库。"),
    ("consumer customer", "消费者客户", "01", "An individual buying for their own use.", "为自己使用而购买的个人客户。"),
    ("business customer", "企业客户", "01", "An organisation buying for its own operations (B2B); in telecom a group account with many lines.", "为自身经营而购买的组织客户（B2B）；在电信业中常是拥有多条线路的集团账户。"),
    ("channel customer", "渠道客户", "01", "A dealer, agent or reseller who sells our products on.", "转售企业产品的经销商、代理商或零售商。"),
    ("internal customer", "内部客户", "01", "A department or employee inside the company served by another.", "企业内部接受其他部门或员工服务的部门或员工。"),
    ("VIP customer", "VIP客户(贵宾型)", "01", "By importance: the few customers of the highest value, served one to one.", "按重要性划分：价值最高的少数客户，享受一对一服务。"),
    ("important-type customer", "重要型客户", "01", "By importance: valuable customers below the VIPs, served with priority.", "按重要性划分：仅次于贵宾型、享受优先服务的有价值客户。"),
    ("ordinary customer", "普通型客户", "01", "By importance: the many customers served through standard channels.", "按重要性划分：数量最多、通过标准渠道服务的客户。"),
    ("loyal customer", "忠诚客户", "01", "By loyalty: buys repeatedly, for a long time, and would not easily switch.", "按忠诚度划分：长期重复购买、不轻易转换的客户。"),
    ("old customer", "老客户", "01", "By loyalty: has been a customer for long, without necessarily being loyal.", "按忠诚度划分：做客户时间很长，但不一定忠诚。"),
    ("new customer", "新客户", "01", "By loyalty: has just begun to buy.", "按忠诚度划分：刚开始购买的客户。"),
    ("lighthouse customer", "灯塔型客户", "01", "By value behaviour: tries new products first and leads others.", "按价值行为划分：率先尝试新产品并带动他人的客户。"),
    ("follower customer", "跟随型客户", "01", "By value behaviour: adopts what others have tried.", "按价值行为划分：跟随别人采用已被尝试过的产品的客户。"),
    ("rational customer", "理性客户", "01", "By value behaviour: compares quality, service and price carefully.", "按价值行为划分：仔细比较质量、服务和价格后才购买的客户。"),
    ("profit-seeking customer", "逐利客户", "01", "By value behaviour: follows discounts and leaves when they end.", "按价值行为划分：追逐折扣、优惠一结束就离开的客户。"),
    ("non-customer", "非客户", "01", "Relationship state: will not or cannot buy from us.", "客户关系状态之一：不会或不能向我们购买的人。"),
    ("actual customer", "现实客户", "01", "Relationship state: buys now — first-time, repeat or loyal.", "客户关系状态之一：正在购买的客户，包括首次购买、重复购买和忠诚客户。"),
    ("relationship state", "客户关系状态", "01", "Where someone stands with the company on a given day: non-customer, potential, target, first-time, repeat, loyal, lost.", "某一天某人与企业的关系：非客户、潜在客户、目标客户、首次购买客户、重复购买客户、忠诚客户、流失客户。"),
    ("first-time customer", "首次购买客户", "01", "Relationship state: an actual customer who has only just begun to buy (in the kit, a customer for less than 6 months).", "客户关系状态之一：刚开始购买的现实客户（本教学包中指入网不足 6 个月的客户）。"),
    ("repeat customer", "重复购买客户", "01", "Relationship state: an actual customer who buys again, not yet loyal.", "客户关系状态之一：已多次购买、但尚未达到忠诚的现实客户。"),
    ("credit record", "信用记录", "01", "Payment behaviour and credit rating, part of the master file.", "客户的付款表现和信用等级，是客户主文件的一部分。"),
    ("sales limit", "销售限额", "01", "The most the company will sell to a customer on credit.", "企业愿意以赊销方式卖给某位客户的最高金额。"),
    ("credit limit", "信用额度", "01", "The most a customer may owe the company at one time; part of the credit records.", "客户在同一时间最多可以欠企业的金额，属于信用记录的一部分；与销售限额不是一回事。"),
    ("blocking", "分块", "01", "Comparing records only within groups sharing a key (phone, e-mail) to avoid comparing every pair.", "身份识别中只在共享同一键（如电话、电子邮箱）的记录组内比较，避免两两比较所有记录。"),
    ("name similarity", "姓名相似度", "01", "A score from 0 to 1 of how alike two written names are.", "衡量两个书写的姓名有多相像的 0 到 1 之间的分数。"),
    ("information completeness", "信息完整度", "01", "The share of the fields of an information type that are filled.", "某类客户信息的字段中已填写的比例。"),
    ("non-financial value", "非财务价值", "02", "What a customer is worth beyond the margin: referrals, reputation, knowledge.", "客户在利润之外的价值：口碑推荐、声誉和带给企业的知识。"),
    ("referral", "口碑推荐", "02", "A customer bringing others to the company.", "客户把别人介绍给企业，即口碑推荐。"),
    ("share of wallet", "钱包份额", "02", "The part of a customer's spending in a category that goes to us.", "客户在某类消费上的支出中流向我们的部分。"),
    ("room to grow", "增长空间", "02", "Potential value minus current value: what a customer could still be worth.", "客户的潜在价值减去当前价值：客户还能增长多少。"),
    ("bargaining power", "议价能力", "02", "A customer's power to set terms: from volume, alternatives, transaction and switching costs.", "客户决定交易条件的能力，来自购买量、替代选择、交易成本和转换成本。"),
    ("switching cost", "转换成本", "02", "What a customer loses by moving to a competitor.", "客户转向竞争对手时要付出的代价。"),
    ("complementarity", "互补性", "02", "Key-customer criterion: their needs fit what we do best.", "大客户选择标准之一：客户的需求正好与我们的长处互补。"),
    ("aggregation", "聚合性", "02", "Key-customer criterion: one relationship brings many users, sites or deals.", "大客户选择标准之一：一段关系能带来众多用户、网点或业务。"),
    ("win-win", "双赢性", "02", "Key-customer criterion: both sides gain from the relationship.", "大客户选择标准之一：双方都能从关系中获益。"),
    ("balance", "平衡性", "02", "Key-customer criterion: no dangerous dependence on a few customers.", "大客户选择标准之一：不过度依赖少数客户，避免风险失衡。"),
    ("compatibility", "相容性", "02", "Key-customer criterion: cultures, processes and systems fit.", "大客户选择标准之一：双方的文化、流程和系统相互契合。"),
    ("consistency", "一致性", "02", "Key-customer criterion: the customer's strategy goes where ours goes.", "大客户选择标准之一：客户的战略方向与我们一致。"),
    ("customer potential", "客户潜力", "02", "Indicator group: sales volume and margin the customer could bring.", "评价核心客户的一组指标：客户可能带来的销售量和利润。"),
    ("weak identification", "弱识别", "02", "When the data pin down a combination of parameters (a ridge) but not each one.", "数据只能确定参数的某种组合（沿一条“山脊”），无法分别确定每个参数；例如移位贝塔几何模型中，数据只确定了平均流失率。"),
    ("k-means clustering", "k-means聚类", "02", "Grouping customers by similar behaviour without being told the groups; the groups still need names and a business reading.", "在没有事先给定分组的情况下，按行为相似程度把客户分成若干组；分出的组还需要命名并从业务角度解读。"),
    # --- chapters 05-06 (issue 15): the key-account engagement and the honest business case ---
    ("important customer", "重要客户", "05", "A key-account type: a customer whose loss would hurt beyond its revenue; in the case, key business accounts of public bodies, schools, hospitals and banks.", "大客户类型之一：失去它的损失超出其收入本身；在本案例中指政府机关、学校、医院和银行等重点行业客户。"),
    ("high-value customer", "高值客户", "05", "A key-account type: an individual whose own spending puts them among the key accounts.", "大客户类型之一：个人消费额高到足以跻身大客户之列的个人客户。"),
    ("commercial customer", "商业客户", "05", "A key-account type: a business account with a few lines.", "大客户类型之一：只有少量线路的企业账户。"),
    ("potential key account", "潜在大客户", "05", "An account that is not key yet but is growing towards it.", "目前还不是大客户、但正在向大客户成长的账户。"),
    ("key-account selection criteria", "大客户选择标准", "05", "The course's six tests of a key customer: complementarity, aggregation, win-win, balance, compatibility, consistency (互补性, 聚合性, 双赢性, 平衡性, 相容性, 一致性).", "课程中判断大客户的六项标准：互补性、聚合性、双赢性、平衡性、相容性、一致性。"),
    ("structural position", "结构性地位", "05", "A customer's bargaining power: volume bought, alternatives, transaction cost, switching cost, cost to serve.", "客户在交易中的结构性地位即其议价能力，取决于购买量、替代选择、交易成本、转换成本和服务成本。"),
    ("BCG matrix", "波士顿矩阵", "05", "The Boston Consulting Group's growth × share matrix, one of the course's methods of classifying key customers.", "波士顿咨询公司的“增长率 × 份额”矩阵，是课程中划分大客户的方法之一。"),
    ("fuzzy comprehensive evaluation", "模糊综合评价", "05", "Scoring a customer on many graded indicators at once with fuzzy judgement, a method named for key-customer evaluation.", "用模糊评判同时综合多项分级指标给客户打分，是评价大客户的方法之一。"),
    ("customer-classification matrix", "客户分类矩阵", "05", "Customers placed by attractiveness × relationship, each cell with its strategy.", "按吸引力 × 关系给客户定位，每个格子对应一种客户策略。"),
    ("SWOT analysis", "SWOT分析", "05", "Strengths, weaknesses, opportunities and threats of a key account's relationship with us.", "分析我们与某个大客户关系中的优势、劣势、机会和威胁。"),
    ("competitor analysis", "竞争对手分析", "05", "Who else serves the account, with what offer, and how easily the account could switch.", "分析还有谁在为该客户服务、提供什么，以及客户转换有多容易。"),
    ("key-account management steps", "大客户管理六步骤", "05", "Find key customers by an indicator system, collect information and run a SWOT, analyse competitors, analyse our own position, write an account plan, review regularly.", "用指标体系找出大客户 → 收集信息并做 SWOT 分析 → 分析竞争对手 → 分析自身地位和现有业务 → 制定客户管理策略 → 持续创新并定期盘点。"),
    ("account plan", "客户管理策略", "05", "The plan for one key account: what relationship we want and how we will build it.", "针对某个大客户的计划：要建立什么样的关系，以及如何建立。"),
    ("key-account manager's two roles", "大客户经理的双重角色", "05", "The customer's consultant (their strengths, weaknesses, market, solutions) and the company's strategist (industry analysis, account plans, raising customer value).", "既是客户的顾问（分析客户的优劣势和市场、提出解决方案），又是企业的战略家（行业分析、制定客户计划、提升客户价值）。"),
    ("three-level key-account organisation", "三级大客户管理体系", "05", "Group headquarters, province and city key-account departments, each serving the accounts of its level.", "集团总部、省公司、地市公司三级大客户部门，各自服务本级的大客户。"),
    ("national collaborative service system", "全国协同服务体系", "05", "Key-account managers across provinces serving one account together: fast response, uniform standards.", "各省的大客户经理共同服务同一客户：响应快、标准统一。"),
    ("key-customer club", "大客户俱乐部", "05", "A formal or informal organisation of key customers with extra benefits, events and a forum.", "由大客户组成的正式或非正式组织，提供额外权益、活动和年度论坛。"),
    ("dynamic credit management", "动态信用管理", "05", "Keeping a key account's credit rating, credit term and credit limit up to date with its payments and cash flow.", "根据大客户的付款和现金流随时更新其信用等级、信用期限和信用额度。"),
    ("early-warning score", "预警评分", "05", "A score from recent signals (falling bills, complaints, late payments) that flags an account before it leaves.", "根据近期信号（账单下降、投诉、逾期付款）打出的分数，在大客户离开之前发出预警。"),
    ("deep communication", "深度沟通", "05", "Continuous, personal contact with a key account at several levels, the course's defence against defection.", "与大客户在多个层级保持持续、深入的个人接触，是课程防止大客户叛离的办法。"),
    ("strategy options", "战略选择", "06", "The choices between vision and action plans: target customers, the interaction process and the interaction interface.", "介于愿景与行动方案之间的选择：目标对象、顾客互动过程和互动界面。"),
    ("target customers", "目标对象", "06", "The groups of customers a CRM strategy serves, each with its own value.", "CRM 战略要服务的客户群体，不同群体价值不同（如花店的送礼客户与装饰客户）。"),
    ("interaction process", "顾客互动过程", "06", "The methods, timing and content of the company's interaction with its customers.", "企业与客户互动的方法、时机和内容。"),
    ("interaction interface", "互动界面", "06", "The channels through which the company and its customers meet.", "企业与客户相遇的渠道，如面对面、电话、网站和 App。"),
    ("efficiency", "效率", "06", "Doing things at low cost: cost to serve, cost per contact.", "用低成本把事情做好：服务成本、每次接触成本。"),
    ("effectiveness", "效果", "06", "Doing the right things: customers kept, sales made, value created.", "做正确的事：留住客户、实现销售、创造价值。"),
    ("measured effect", "实测效果", "06", "An effect estimated from data, ideally with a control group; labelled with where it was measured.", "从数据中估计出的效果，最好有对照组，并注明在哪里测得。"),
    ("assumed effect", "假设效果", "06", "A number in a business case that nobody has measured; labelled with its source or as a guess.", "商业论证中没人测量过的数字，须注明来源或标明是猜测。"),
    ("break-even value", "盈亏平衡值", "06", "The value of one assumption at which the NPV is zero, the others held.", "在其他假设不变时，使净现值恰好为零的某一假设的取值。"),
    ("sensitivity analysis (tornado chart)", "敏感性分析(龙卷风图)", "06", "How much the result moves when each assumption moves, largest first.", "每个假设变动时结果变动多少，按影响从大到小排列（龙卷风图）。"),
    ("CRM system architecture", "CRM系统架构", "06", "Operational, analytical and collaborative parts around one customer database.", "围绕同一个客户数据库的操作型、分析型和合作型三部分，呼叫中心是其中一部分。"),
    # chapters 03-04 (issue 14): the contact centre the course describes; customization along the eight needs
    ("face-to-face interaction", "面对面互动", "03", "A meeting in person, e.g. in a store: the closest kind of interaction.", "面对面的接触，例如在营业厅：距离最近的互动方式。"),
    ("indirect personal channel", "人员渠道(间接)", "03", "A person at a distance: phone, letter, e-mail or WeChat answered by an agent.", "通过人员进行但不见面的接触：由员工处理的电话、信函、电子邮件或微信。"),
    ("non-personal channel", "非人员渠道", "03", "Contact without a person: media, environment, events, website, IVR, app, self-service.", "没有人员参与的接触：媒体、环境、活动、网站、IVR、App 和自助服务。"),
    ("company-initiated interaction", "企业发起的互动", "03", "A contact the company starts: campaign calls, messages, surveys, visits.", "由企业发起的接触：营销电话、短信、调查和拜访。"),
    ("customer-initiated interaction", "客户发起的互动", "03", "A contact the customer starts: a call, a store visit, a question in the app.", "由客户发起的接触：来电、到营业厅、在 App 中提问。"),
    ("unified contact center", "统一联络中心", "03", "One platform for every channel, with routing, hand-over between channels and one customer record.", "所有渠道共用的一个平台，具备路由、渠道间转接和统一的客户记录。"),
    ("IVR", "交互式语音应答(IVR)", "03", "Interactive voice response: the phone menu that routes a caller or lets them serve themselves.", "电话自助语音菜单：为来电者分配路由，或让其自助办理业务。"),
    ("self-service", "自助服务", "03", "Contacts the customer completes without an agent: IVR, app, website.", "客户无需坐席即可完成的接触，如 IVR、App 和网站。"),
    ("personalised routing", "个性化路由", "03", "Sending each contact to the agent or channel that fits the customer's value and need.", "按客户的价值和需求，把每次接触分配给合适的坐席或渠道。"),
    ("single customer view", "单一客户视图", "03", "Every contact of a customer across all channels in one record, seen by every agent.", "把客户在所有渠道的每次接触汇总为一条记录，每位坐席都能看到。"),
    ("actionable intelligence", "可行动的客户情报", "03", "Collect customer information, analyse it, and use the knowledge at the next contact.", "收集客户信息、加以分析，并在下一次接触中用上这些知识。"),
    ("know me, treat me right, remember me", "了解我·善待我·记住我", "03", "The customer's expectations a contact centre must manage across channels.", "客户对呼叫中心的期望：了解我、善待我、记住我；要跨渠道地加以管理。"),
    ("abandonment rate", "放弃率", "03", "Share of callers who hang up before an agent answers.", "在坐席接听之前就挂断的来电比例。"),
    ("efficiency-driven service", "效率导向", "03", "Cutting cost per contact: downsizing, shorter calls, self-service for all.", "以降低每次接触成本为目标：裁员、缩短通话、把所有客户推向自助服务。"),
    ("effectiveness-driven service", "效果导向", "03", "Spending where a contact keeps or grows value: segmentation, personalised routing.", "把钱花在能保持或提升客户价值的接触上：客户细分、个性化路由。"),
    ("pay twice", "双重代价", "03", "A cost cut that loses valuable customers is paid again in lost margin and in re-acquisition cost.", "削减成本却失去了高价值客户，代价要付两次：失去的利润和重新获取客户的成本。"),
    ("contact-centre ROI", "呼叫中心投资回报", "03", "Agent cost weighed against the margin kept by answering customers well and in time.", "把坐席成本与及时、妥善接待客户而保住的利润相比较。"),
    ("service recovery", "服务补救", "03", "Winning back a customer after a service failure, e.g. a call-back that solves the problem.", "服务失误后把客户挽回，例如回电并解决问题。"),
    ("association (not causation)", "相关关系", "03", "Two things going together in the data; it shows a cause only when the design carries it, e.g. a randomised test.", "数据中两件事同时出现；只有研究设计（如随机对照试验）支持时，才能说一个导致另一个（因果关系）。"),
    ("eight need questions", "客户需求八问", "04", "What, when, where, why, how many, what price, how to pay, how often.", "了解客户需求的八问：买什么、何时、在哪里、为什么、买多少、什么价格、如何付款、多久一次。"),
    ("proactive recommendation", "主动推荐", "04", "Offering a customer what fits their needs before they ask.", "在客户开口之前，主动推荐符合其需求的产品或服务。"),
    ("one-stop service", "一站式服务", "04", "Everything a customer needs from one contact, one place or one manager.", "客户通过一次接触、一个地点或一位经理就能办好所需的一切。"),
    ("periodic interaction", "定期互动", "04", "Contact on a schedule: monthly bill, quarterly survey, annual review.", "按日程进行的接触：月度账单、季度调查、年度回顾。"),
    ("timely interaction", "及时互动", "04", "Contact triggered by an event in the customer's life with us: a contract ending, a limit reached.", "由客户与我们之间的事件触发的接触：合约将到期、流量接近上限。"),
    ("service tier", "服务等级", "04", "A level of service matched to customer value: A one-to-one, B membership, C customer file.", "与客户价值相匹配的服务等级：A 类一对一专人服务，B 类会员服务，C 类客户档案加定期信息。"),
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
                    "客户身份识别：{true:,} 对真实配对中找到 {correct:,} 对，错配 {wrong:,} 对"),
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
                           "| 中文 | 列名 | 类型 | 单位 | 说明 |\n|---|---|---|---|---|"),
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
        "| 中文 | English | 定义 |\n|---|---|---|"),
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
    "female": "女", "male": "男", "consumer": "个人客户", "business": "企业客户",
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


@lru_cache(maxsize=1)
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


@lru_cache(maxsize=1)
def _context_tables() -> dict[str, dict[str, str]]:
    """Values whose Chinese depends on the column they sit in: "maintain" is a pyramid level
    (维持型客户) in one table and a portfolio strategy (保持) in another."""
    from .cases.key_accounts import KEY_ACCOUNT_TYPES_ZH
    from .differentiate import STRATEGY_ZH

    return {"strategy": STRATEGY_ZH,
            # key-account types: "potential" is 潜在大客户 here, 潜在客户 as a relationship state
            "key_account_type": KEY_ACCOUNT_TYPES_ZH, "type": KEY_ACCOUNT_TYPES_ZH,
            # the three levels of the key-account organisation (chapter 05)
            "level": {"group HQ": "集团总部", "province": "省公司", "city": "地市公司"},
            # the items of the key-account management card, which share names with data columns
            "item": {"name": "名称", "address": "地址", "phone": "电话", "industry": "所属行业",
                     "status": "状态"}}


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
    return _chinese(text, column) if language() == "zh" else text


def _chinese(text: str, column=None) -> str:
    """The Chinese of ``text`` (the context table of ``column`` first, then the shared table);
    ``text`` itself when the glossary has none. The one lookup behind ``category_label``, ``tr``
    and ``translate_labels``."""
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
        if text not in _category_table():
            warnings.warn(f"tr: no Chinese text for {text!r} in crmlab.translations", stacklevel=2)
        text = _chinese(text)
        values = {name: _chinese(value) if isinstance(value, str) else value
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

    def renamer(name=None):
        column = name if isinstance(name, str) else None
        return lambda value: _chinese(value, column) if isinstance(value, str) else value

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
            levels = [axis(level.rename(name)) for level, name in zip(index.levels, index.names)]
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
    """All terms (or one chapter's) as a DataFrame: english, chinese, chapter, definition (in
    English) and definition_zh (in Chinese, for the Chinese edition).

    Examples
    --------
    >>> table = glossary("02")
    >>> list(table.columns)
    ['english', 'chinese', 'chapter', 'definition', 'definition_zh']
    >>> table.set_index("english").loc["discount rate", "chinese"]
    '折现率'
    """
    table = pd.DataFrame(TERMS, columns=["english", "chinese", "chapter", "definition",
                                         "definition_zh"])
    if chapter is not None:
        table = table[table["chapter"] == chapter].reset_index(drop=True)
    return table


def term(name: str) -> pd.Series:
    """Look a term up by its English or Chinese name (case-insensitive, or a unique part of it):
    its english, chinese, chapter, definition and definition_zh.

    Examples
    --------
    >>> term("大客户")["english"]
    'key account'
    >>> term("Lorenz")["chinese"]
    '洛伦兹曲线'
    """
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


#: The chapters' names on the glossary page, in English and Chinese.
_CHAPTER_NAMES = {"00": ("CRM and IDIC", "客户关系管理与 IDIC 模型"),
                  "01": ("Identify", "识别客户"),
                  "02": ("Differentiate", "区分客户"),
                  "03": ("Interact", "客户互动"),
                  "04": ("Customize", "客户个性化"),
                  "05": ("Key-account case", "案例：大客户管理"),
                  "06": ("Strategy and ROI", "CRM战略与投资回报")}


def glossary_markdown() -> str:
    """The glossary as a Markdown page (GLOSSARY.md), by chapter, each term with its English
    and its Chinese definition."""
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    table = glossary()
    lines = ["# Glossary · 术语表", "",
             "The bilingual terms of the course, by chapter, each defined in English and in Chinese. "
             "Written from `crmlab.glossary` "
             "(`python -c \"import crmlab.glossary as g; print(g.glossary_markdown())\"`); "
             "a test keeps this page in step.", "",
             f"本课程的中英文术语，按章排列，每个术语附英文和中文释义（共 {len(table)} 个）。"
             "本页由 `crmlab.glossary` 生成，测试保证它与代码一致。", ""]
    for chapter, rows in table.groupby("chapter", sort=True):
        english, chinese = _CHAPTER_NAMES[chapter]
        lines += [f"## {chapter} · {english} · {chinese}", "",
                  "| English | 中文 | meaning | 释义 |", "|---|---|---|---|"]
        lines += [f"| {cell(r.english)} | {cell(r.chinese)} | {cell(r.definition)} | "
                  f"{cell(r.definition_zh)} |" for r in rows.itertuples()]
        lines.append("")
    return "\n".join(lines)
