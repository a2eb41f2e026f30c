"""Concept questions with model answers and marking points (COURSE.md sections 0-6 and the detail
the chapters must carry). One mark a marking point unless the question's points say otherwise."""

from __future__ import annotations

from ._bank import concept

# ============================================================ 00 · what CRM is

concept(
    "K00.1", "00", "easy", 4,
    "CRM is often described as 'philosophy, technology and implementation'. Explain each of the three.",
    "客户关系管理（CRM）常被概括为“理念、技术、实施”三个层面。请分别说明。",
    "Philosophy: the customer is an asset whose value is managed over the whole relationship; the "
    "firm organises around customers, not products. Technology: the systems that hold one customer "
    "database and support sales, service and marketing (operational, analytical, collaborative "
    "CRM). Implementation: changing processes, organisation, roles and incentives so that the "
    "philosophy and the technology are actually used at every contact; most failed CRM projects "
    "bought technology without this.",
    "理念：客户是企业的资产，要在整个关系周期中管理其价值，企业以客户而非产品为中心组织经营。技术：以统一的客户数据库为核心，"
    "支持销售、服务和营销的信息系统（操作型、分析型、合作型 CRM）。实施：改造流程、组织、岗位与考核，使理念和技术真正落实到"
    "每一次客户接触；许多失败的 CRM 项目只买了软件而没有做到这一点。",
    ["philosophy: customer as an asset / customer-centred", "technology: one customer database and systems",
     "implementation: processes, organisation, people", "the three must go together (tech alone fails)"],
    ["理念：客户是资产、以客户为中心", "技术：统一客户数据库与系统", "实施：流程、组织与人员", "三者缺一不可（只有技术会失败）"])

concept(
    "K00.2", "00", "medium", 4,
    "Trace the origins of CRM from contact management to CRM. What did each stage add?",
    "请梳理 CRM 的起源：从接触管理到客户关系管理，每个阶段增加了什么？",
    "Contact management (early 1980s): recording each contact with a customer (who, when, what) so "
    "sales staff could follow up. Customer care (1990s): the call centre and its data turned "
    "contacts into service, with attention to satisfaction. CRM (named by Gartner, late 1990s): one "
    "integrated view of the customer across marketing, sales and service, with analysis of value, "
    "aimed at long-term profitable relationships.",
    "接触管理（20 世纪 80 年代初）：记录与客户的每一次接触（谁、何时、何事），便于销售人员跟进。客户关怀（90 年代）：依托呼叫"
    "中心及其数据，把接触变为服务，关注客户满意。客户关系管理（Gartner 于 90 年代末提出）：在营销、销售、服务之间形成统一的客户"
    "视图，并分析客户价值，目标是长期、有利可图的客户关系。",
    ["contact management: records of contacts, early 1980s", "customer care: call centre, service, 1990s",
     "CRM: integrated view + value analysis, Gartner late 1990s"],
    ["接触管理：记录接触，80 年代初", "客户关怀：呼叫中心与服务，90 年代", "CRM：统一视图与价值分析，Gartner 90 年代末"])

concept(
    "K00.3", "00", "medium", 5,
    "Compare relationship marketing and one-to-one marketing. Which ideas of each does a telecom "
    "operator use?",
    "比较关系营销与一对一营销。电信运营商分别用到了其中哪些思想？",
    "Relationship marketing: the relationship itself is the product of marketing — two-way "
    "communication, cooperation, win-win, intimacy and control (feedback). One-to-one marketing: "
    "treat each customer individually — grow share of customer (share of wallet) rather than market "
    "share, earn repeat purchase, learn from each interaction. A telecom operator uses relationship "
    "marketing in key-account management (long contracts, regular visits, win-win) and one-to-one "
    "marketing in personalised offers (next best offer, cross-selling from the customer's own "
    "usage).",
    "关系营销：把关系本身当作营销的成果——双向沟通、合作、双赢、亲密、控制（反馈）。一对一营销：把每个客户当作个体对待——追求"
    "客户份额（钱包份额）而非市场份额，争取重复购买，从每次互动中学习。电信运营商在大客户管理中运用关系营销（长期合约、定期"
    "拜访、双赢），在个性化推荐中运用一对一营销（下一最佳产品、基于客户自身使用情况的交叉销售）。",
    ["relationship marketing: two-way, cooperation, win-win, intimacy, control",
     "one-to-one: share of customer, repeat purchase, interaction",
     "telecom example for each"],
    ["关系营销：双向沟通、合作、双赢、亲密、控制", "一对一营销：客户份额、重复购买、互动", "各举一个电信例子"])

concept(
    "K00.4", "00", "easy", 4,
    "Name the four steps of the IDIC model and say in one sentence what each does, with the kit "
    "chapter that teaches it.",
    "说出 IDIC 模型的四个步骤，每步用一句话说明其作用，并指出本套教材哪一章讲它。",
    "Identify (识别, chapter 01): know who each customer is, across channels, in one master file. "
    "Differentiate (区分, chapter 02): rank customers by value and by needs (ABC, RFM, CLV, pyramid). "
    "Interact (互动, chapter 03): make every contact efficient and useful — contact centre, "
    "complaints, satisfaction. Customize (定制, chapter 04): adapt the offer or the treatment to the "
    "customer — cross-selling, targeting by uplift, service tiers.",
    "识别（第 01 章）：跨渠道认清每一位客户，建立统一的客户主文件。区分（第 02 章）：按价值和需求区分客户（ABC、RFM、CLV、"
    "金字塔）。互动（第 03 章）：让每一次接触高效而有价值——呼叫中心、投诉、满意度。定制（第 04 章）：按客户调整产品或服务方式"
    "——交叉销售、按增量响应选目标、服务分级。",
    ["identify", "differentiate", "interact", "customize"],
    ["识别", "区分", "互动", "定制"])

concept(
    "K00.5", "00", "medium", 6,
    "Describe the three types of CRM system (operational, analytical, collaborative) and how they "
    "fit around one customer database. Where does the call centre belong?",
    "说明三类 CRM 系统（操作型、分析型、合作型）及其如何围绕统一的客户数据库构成 CRM 系统架构。呼叫中心属于哪一部分？",
    "Operational CRM runs the front office: sales force automation, service and marketing "
    "execution — it creates and uses customer records at each contact. Analytical CRM turns the "
    "data into knowledge: data warehouse, segmentation, CLV, churn and uplift models. Collaborative "
    "CRM connects channels and partners so the customer gets one consistent conversation (contact "
    "centre, web, e-mail, partners). All three share one customer database: operations write to it, "
    "analysis reads and scores it, collaboration delivers the result at the contact. The call "
    "centre is part of the collaborative/operational layer and a key source of data for analysis.",
    "操作型 CRM 支持前台业务：销售自动化、服务与营销执行，在每次接触中产生和使用客户记录。分析型 CRM 把数据变为知识：数据仓库、"
    "客户细分、CLV、流失与增量响应模型。合作型 CRM 连接各渠道与合作伙伴，使客户得到一致的沟通（联络中心、网站、邮件、伙伴）。"
    "三者共用一个客户数据库：操作型写入，分析型读取并打分，合作型在接触点上交付结果。呼叫中心属于合作型/操作型部分，也是分析型"
    "CRM 的重要数据来源。",
    ["operational: front-office processes", "analytical: data warehouse, models, segments",
     "collaborative: channels and partners, consistency", "one shared customer database",
     "call centre placed correctly (collaborative/operational, data source)", "a concrete example"],
    ["操作型：前台流程", "分析型：数据仓库、模型、细分", "合作型：渠道与伙伴、一致性", "共享一个客户数据库",
     "正确定位呼叫中心（合作/操作型，数据来源）", "有具体例子"])

concept(
    "K00.6", "00", "hard", 5,
    "What is the difference between customer data, customer intelligence and customer knowledge? "
    "Illustrate with the operator's data.",
    "客户数据、客户智能和客户知识有何区别？请用本运营商的数据举例。",
    "Data are recorded facts (a bill of 85.40 in December, a complaint about the network). Customer "
    "intelligence is the analysis that turns data into patterns (this customer's bills fell 15 % in "
    "three months and they complained twice: high churn risk). Customer knowledge is that insight "
    "made usable and shared where decisions are taken (the agent sees 'offer a retention call, "
    "network issue' when the customer calls). Database marketing is the practice of using such a "
    "database to choose whom to contact and with what.",
    "客户数据是记录下来的事实（12 月账单 85.40、一条网络质量投诉）。客户智能是把数据变成规律的分析（该客户三个月账单下降 15 %、"
    "投诉两次：流失风险高）。客户知识是把洞察变得可用，并送到做决策的地方（客户来电时坐席看到“网络问题，建议挽留”）。数据库营销"
    "就是利用这样的数据库决定联系谁、提供什么。",
    ["data = recorded facts", "intelligence = analysis, patterns", "knowledge = usable at the point of decision",
     "examples from the telecom data", "link to database marketing"],
    ["数据 = 记录的事实", "智能 = 分析与规律", "知识 = 在决策点可用", "用电信数据举例", "联系数据库营销"])

# ============================================================ 01 · identify

concept(
    "K01.1", "01", "easy", 4,
    "Classify customers in four ways used in the course (by role, by importance, by loyalty, by "
    "value behaviour) and give the categories of each.",
    "请按课程中的四种方式（按角色、按重要性、按忠诚度、按价值行为）对客户分类，并列出各类别。",
    "By role: consumers, business (B2B) customers, channel customers (distributors, dealers), "
    "internal customers. By importance: VIP, important, ordinary. By loyalty: loyal, old, new, "
    "potential. By value behaviour: lighthouse (early adopters who lead others), followers, rational "
    "customers (compare value), profit-seeking customers (chase discounts).",
    "按角色：消费者、企业客户（B2B）、渠道客户（经销商、代理商）、内部客户。按重要性：贵宾型、重要型、普通型。按忠诚度：忠诚客户、"
    "老客户、新客户、潜在客户。按价值行为：灯塔型（率先尝试并带动他人）、跟随型、理性型（比较性价比）、逐利型（追逐优惠）。",
    ["by role (4)", "by importance (3)", "by loyalty (4)", "by value behaviour (4)"],
    ["按角色（4 类）", "按重要性（3 类）", "按忠诚度（4 类）", "按价值行为（4 类）"])

concept(
    "K01.2", "01", "medium", 5,
    "Name the five stages of the customer lifecycle and, for each, one signal in the operator's "
    "data that shows a customer is in it.",
    "说出客户生命周期的五个阶段，并为每个阶段指出运营商数据中能显示客户处于该阶段的一个信号。",
    "Acquisition/potential (潜在获取期): an enquiry without a contract, or joined less than three "
    "months ago. Growth (成长期): tenure under a year or rising bills, new services. Maturity "
    "(成熟期): stable bills, several services, long tenure. Decline (衰退期): bills falling (last "
    "three months at least 10 % below the three before), recent complaints, fewer contacts. "
    "Termination (终止期): churn_date set, contract ended. The stage decides the action: welcome, "
    "cross-sell, maintain, win back or learn from the loss.",
    "潜在获取期：有咨询但未签约，或入网不足三个月。成长期：在网不足一年或账单上升、新开业务。成熟期：账单稳定、业务多、在网时间长。"
    "衰退期：账单下降（最近三个月比之前三个月低 10 % 以上）、近期有投诉、接触减少。终止期：有离网日期、合约结束。所处阶段决定"
    "措施：欢迎、交叉销售、维持、挽回或从流失中学习。",
    ["five stages named in order", "a data signal for each", "stage → action"],
    ["按顺序说出五个阶段", "每阶段一个数据信号", "阶段与措施对应"])

concept(
    "K01.3", "01", "easy", 3,
    "List the relationship states from non-customer to lost customer.",
    "列出从非客户到流失客户的各种关系状态。",
    "Non-customer (no need or no fit) → potential customer (has the need) → target customer (chosen "
    "by the firm to win) → actual customer: first-time, repeat, loyal → lost customer (left; some "
    "can be won back).",
    "非客户（无需求或不匹配）→ 潜在客户（有需求）→ 目标客户（企业选定要争取的）→ 现实客户：首次购买、重复购买、忠诚客户 → "
    "流失客户（已离开，部分可以挽回）。",
    ["non-customer, potential, target", "actual: first-time, repeat, loyal", "lost (win-back)"],
    ["非客户、潜在客户、目标客户", "现实客户：首次、重复、忠诚", "流失客户（可挽回）"])

concept(
    "K01.4", "01", "medium", 5,
    "Describe the customer identification process in five steps and explain why customer "
    "information security belongs to it.",
    "按五个步骤描述客户识别过程，并说明为什么客户信息安全是其中一环。",
    "Define what information is needed (for which decisions); collect it (interviews, observation, "
    "questionnaires, complaints, clubs, purchases; direct and indirect channels); integrate and "
    "manage it (standardise, resolve duplicates into one master record); update it (information "
    "ages — addresses, needs, status change); secure it (access rights, masking, pseudonymisation, "
    "legal duties such as the Personal Information Protection Law). Security belongs because the "
    "data are only useful if customers trust the firm with them, and a leak destroys the "
    "relationship the data were meant to build.",
    "界定需要哪些信息（为哪些决策服务）；收集（访谈、观察、问卷、投诉、俱乐部、购买记录；直接与间接渠道）；整合与管理（标准化、"
    "把重复记录合并为一条主记录）；更新（信息会过时——地址、需求、状态都会变化）；保护（访问权限、脱敏、假名化、遵守《个人信息"
    "保护法》等法定义务）。信息安全属于识别过程，因为只有客户信任企业，数据才有用；一旦泄露，就毁掉了数据本应帮助建立的关系。",
    ["define", "collect (methods and channels)", "integrate/manage (dedup, master record)", "update",
     "secure, with the reason (trust, law)"],
    ["界定", "收集（方法与渠道）", "整合管理（去重、主记录）", "更新", "安全及其理由（信任、法律）"])

concept(
    "K01.5", "01", "medium", 5,
    "What does a customer master file (客户主文件) contain? Name its three parts and what the "
    "operator would keep in each, including credit.",
    "客户主文件包含哪些内容？说出其三个部分以及运营商在各部分中会记录什么（包括信用）。",
    "Raw records (客户原始记录): identity and contact details, contract, plan, services — the basic, "
    "attitude and behaviour information. Statistical analysis data (统计分析资料): derived figures "
    "such as revenue, ARPU, tenure, RFM scores, CLV, complaint counts, satisfaction. Investment "
    "records (企业投入记录): what the firm spent on the customer — contacts, campaigns, "
    "compensation, service cost. Credit records and sales limits: payment behaviour (late bills), "
    "credit rating, credit limit. The master file is the single customer record all departments "
    "use.",
    "客户原始记录：身份与联系方式、合约、套餐、业务——基本信息、态度信息和行为信息。统计分析资料：推导出的指标，如收入、ARPU、"
    "在网时长、RFM 得分、CLV、投诉次数、满意度。企业投入记录：企业在该客户身上的投入——接触、营销活动、补偿、服务成本。信用记录"
    "与销售限额：付款行为（逾期账单）、信用等级、信用额度。客户主文件是各部门共用的唯一客户记录。",
    ["raw records", "statistical analysis data", "investment records", "credit records / limits",
     "one record shared by all departments"],
    ["原始记录", "统计分析资料", "企业投入记录", "信用记录与限额", "各部门共用的唯一记录"])

concept(
    "K01.6", "01", "hard", 5,
    "Five source systems hold records of the same people with different spellings. Explain how "
    "identity resolution works and the cost of merging too much versus too little.",
    "五个来源系统中同一个人的记录写法各不相同。请解释身份识别（记录合并）的做法，以及合并过度与合并不足各有什么代价。",
    "Standardise first (phone numbers to one format, city names, dates, e-mail in lower case); then "
    "compare records in blocks that share a key (phone, e-mail) and score name similarity; link "
    "pairs above a threshold and take connected groups as one person. Merging too much (false "
    "matches) mixes two customers: wrong bills, privacy breaches, wrong offers. Merging too little "
    "(missed matches) splits one customer: duplicate mailings, an incomplete view, under-estimated "
    "value. Measure both against a checked sample with precision and recall and set the threshold "
    "by which error costs more.",
    "先标准化（电话号码统一格式、城市名、日期、邮箱小写）；再在共享某个键（电话、邮箱）的分块内比较记录并计算姓名相似度；相似度"
    "超过阈值的记录对相连，连通的一组视为同一个人。合并过度（错误匹配）会把两个客户混为一人：账单出错、泄露隐私、推荐错误。合并"
    "不足（漏匹配）会把一个客户拆成几个：重复寄送、视图不完整、低估客户价值。应以人工核对样本计算精确率和召回率，并根据哪种错误"
    "代价更大来设定阈值。",
    ["standardise", "blocking + similarity + threshold", "cost of over-merging", "cost of under-merging",
     "measure with precision/recall, choose threshold by cost"],
    ["标准化", "分块 + 相似度 + 阈值", "合并过度的代价", "合并不足的代价", "用精确率/召回率衡量，按代价选阈值"])

concept(
    "K01.7", "01", "easy", 4,
    "What information does a firm collect about an individual customer and about an organisation, "
    "and through which channels?",
    "企业要收集个人客户和组织客户的哪些信息？通过哪些渠道收集？",
    "Individual: basic information (name, age, address, contact), psychological and attitude "
    "information (preferences, satisfaction, opinions), behavioural information (purchases, usage, "
    "contacts, payments). Organisation: basic information (name, address, legal form, industry, "
    "size), business status (strategy, market, finances), transaction status (what and how much "
    "they buy from us, payment record) and key persons (decision makers, influencers, contacts). "
    "Collection: interviews, observation, questionnaires, complaints, customer clubs, purchase "
    "records; directly (own staff, own channels) or indirectly (partners, public sources, "
    "purchased data).",
    "个人客户：基本信息（姓名、年龄、地址、联系方式）、心理与态度信息（偏好、满意度、意见）、行为信息（购买、使用、接触、付款）。"
    "组织客户：基本信息（名称、地址、法律形式、行业、规模）、经营状况（战略、市场、财务）、交易状况（向我们买什么、买多少、付款记录）"
    "以及关键人物（决策者、影响者、联系人）。收集方法：访谈、观察、问卷、投诉、客户俱乐部、购买记录；可直接收集（本企业员工与渠道），"
    "也可间接收集（合作伙伴、公开资料、购买的数据）。",
    ["individual: basic, attitude, behaviour", "organisation: basic, business, transactions, key persons",
     "collection methods", "direct and indirect channels"],
    ["个人：基本、态度、行为", "组织：基本、经营、交易、关键人物", "收集方法", "直接与间接渠道"])

# ============================================================ 02 · differentiate

concept(
    "K02.1", "02", "easy", 4,
    "What makes up customer value? Distinguish financial and non-financial value.",
    "客户价值由什么构成？请区分财务价值与非财务价值。",
    "Financial value = revenue minus the costs of the customer: cost to serve, to communicate, to "
    "market to and to produce for them; over time, discounted, it becomes CLV. Non-financial value: "
    "reputation (a prestigious client), referrals and word of mouth, information and ideas (feedback, "
    "co-development), scale that lowers cost for all. A customer with low revenue can still be "
    "valuable (an opinion leader); a large one can be unprofitable (high cost to serve).",
    "财务价值 = 收入减去客户带来的成本：服务成本、沟通成本、营销成本和生产成本；按时间折现累计即为 CLV。非财务价值：声誉（知名"
    "客户）、推荐与口碑、信息与创意（反馈、共同开发）、规模效应降低整体成本。收入低的客户也可能很有价值（意见领袖）；大客户也"
    "可能不赚钱（服务成本高）。",
    ["revenue − costs (serve, communicate, market, produce)", "non-financial: reputation, referrals, information",
     "low revenue can be valuable / large can be unprofitable", "link to CLV"],
    ["收入 − 成本（服务、沟通、营销、生产）", "非财务：声誉、推荐、信息", "低收入也可能有价值 / 大客户也可能亏损", "与 CLV 的联系"])

concept(
    "K02.2", "02", "medium", 6,
    "Compare ABC analysis, RFM and CLV: what each sees, what each misses, and when you would use it.",
    "比较 ABC 分析、RFM 与 CLV：各自看到了什么、遗漏了什么，分别在什么情况下使用？",
    "ABC ranks customers by past value (revenue or profit) with cumulative cut-offs (80 %/95 %): "
    "simple, shows concentration, but sees only the past contribution, not cost or future. RFM "
    "scores recency, frequency and money of purchases: sees behaviour and early signs of drifting "
    "away, cheap to compute, but not cost, margin or the length of the future relationship, and "
    "scores are relative. CLV values the whole relationship: historical plus expected future profit, "
    "discounted to today: forward-looking and comparable with acquisition cost, but needs a model and "
    "assumptions (retention, margin, discount rate). Use ABC for service tiers and reporting, RFM "
    "for campaign selection and early warning, CLV for budget decisions (how much to spend to win "
    "or keep a customer).",
    "ABC 分析按过去的价值（收入或利润）排序并按累计占比划分（80 %/95 %）：简单、能显示集中度，但只看过去的贡献，不看成本与未来。"
    "RFM 对最近一次购买、购买频率和购买金额打分：能看到行为和渐行渐远的早期迹象，计算便宜，但不含成本、利润和未来关系长度，且得分"
    "是相对的。CLV 衡量整个关系：历史利润加上预期未来利润并折现到今天：面向未来、可与获客成本比较，但需要模型和假设（留存率、"
    "利润率、折现率）。ABC 用于服务分级和报告，RFM 用于营销选人和预警，CLV 用于预算决策（值得花多少钱争取或保留一个客户）。",
    ["ABC: past value, concentration", "ABC misses cost and future", "RFM: behaviour, recency",
     "RFM misses cost/future, relative scores", "CLV: whole relationship, discounted, needs assumptions",
     "a sensible use case for each"],
    ["ABC：过去价值、集中度", "ABC 忽略成本与未来", "RFM：行为、最近购买", "RFM 忽略成本/未来，得分相对",
     "CLV：整个关系、折现、需要假设", "各自合适的使用场景"])

concept(
    "K02.3", "02", "easy", 3,
    "State the 80/20 rule (帕雷托定理) and two reasons not to act on it blindly.",
    "陈述 80/20 规则（帕雷托定理），并给出不能盲目据此行动的两个理由。",
    "A small share of customers (about 20 %) brings most of the value (about 80 %); the exact "
    "numbers vary by business. Not blindly: revenue is not profit (the top may cost most to serve); "
    "it is the past, not the future (growable customers sit in the 80 %); the 80 % carry fixed costs "
    "and referrals; cutting service for them can push valuable customers out (pay twice).",
    "少数客户（约 20 %）贡献了大部分价值（约 80 %），具体比例因行业而异。不能盲目行动：收入不等于利润（头部客户的服务成本可能最高）；"
    "它反映的是过去而非未来（可成长的客户在那 80 % 里）；其余客户分摊固定成本、带来推荐；削减对他们的服务可能把有价值的客户也"
    "推走（付两次钱）。",
    ["statement (few customers, most value)", "reason 1", "reason 2"],
    ["规则表述（少数客户、大部分价值）", "理由一", "理由二"])

concept(
    "K02.4", "02", "medium", 4,
    "Describe the customer pyramid (客户金字塔) and the strategy for each level.",
    "描述客户金字塔及各层对应的策略。",
    "MVC, most valuable customers (贵宾型): the top by current value — retain, dedicated service, "
    "protect from competitors. MGC, most growable customers (改进型): high potential not yet "
    "realised — develop with cross-selling and up-selling. Maintain (维持型): ordinary customers — "
    "serve efficiently, low-cost channels. Below-zero (放弃型/负值客户): cost more than they bring — "
    "reprice, change how they are served, or let go.",
    "MVC 最有价值客户（贵宾型）：当前价值最高——保留、专属服务、防止被竞争对手争夺。MGC 最具成长性客户（改进型）：潜力大但尚未"
    "实现——通过交叉销售和向上销售加以培养。维持型：普通客户——高效服务、使用低成本渠道。负值客户（放弃型）：成本高于贡献——调整"
    "价格、改变服务方式或放弃。",
    ["MVC + strategy", "MGC + strategy", "maintain + strategy", "below-zero + strategy"],
    ["MVC 及策略", "MGC 及策略", "维持型及策略", "负值客户及策略"])

concept(
    "K02.5", "02", "medium", 5,
    "Who is a key customer (核心客户/大客户)? Give the course's characteristics.",
    "什么是核心客户（大客户）？请给出课程中的特征。",
    "A customer who (1) makes a large share of current or future sales; (2) whose loss would hurt "
    "and could not be replaced quickly; (3) with whom cooperation is stable and the potential "
    "large; (4) who is costly to manage because they have strong bargaining power; (5) whose "
    "development fits the firm's future direction — a strategic alliance.",
    "核心客户是：（1）占当前或未来销售额很大比重的客户；（2）一旦流失损失大且难以很快弥补；（3）合作稳定、潜力大；（4）议价能力强，"
    "因而管理成本高；（5）其发展方向与企业未来方向一致——可结成战略联盟。",
    ["large share of sales (current/future)", "loss hurts, not quickly replaced", "stable, large potential",
     "strong bargaining power, costly", "fits the firm's future (strategic)"],
    ["占销售额比重大（当前/未来）", "流失损失大、难以替代", "合作稳定、潜力大", "议价能力强、管理成本高", "符合企业未来方向（战略）"])

concept(
    "K02.6", "02", "hard", 6,
    "How do you evaluate a potential key customer? Explain the evaluation framework, including "
    "the customer's structural position and the sources of their bargaining power.",
    "如何评价一个潜在的核心客户？请说明评价框架，包括客户的结构地位及其议价能力的来源。",
    "Three questions: (1) the customer's needs against the company's capability — can we serve "
    "them well and profitably? (2) growth potential — will their volume and margin grow? (3) "
    "structural position — how much bargaining power do they hold? Bargaining power grows with "
    "purchase volume (a large share of our sales), the alternatives available to them, low "
    "transaction and switching costs for them, and a high cost to serve for us. A customer with "
    "strong power can squeeze margins; the firm weighs this against the volume and strategic fit. "
    "Indicators are scored (attractiveness, potential, relationship) into a composite; methods: BCG "
    "matrix, fuzzy judgement, customer-classification matrix, all resting on 80/20.",
    "三个问题：（1）客户需求与公司能力是否匹配——我们能否服务好并赚钱？（2）成长潜力——其业务量和利润会否增长？（3）结构地位——"
    "他们有多大的议价能力？议价能力随以下因素增强：采购量（占我们销售的比重大）、可供选择的替代者多、其交易成本和转换成本低、"
    "我们的服务成本高。议价能力强的客户会压低利润，企业要把这一点与业务量和战略契合度一起权衡。指标（吸引力、潜力、关系）打分后"
    "合成综合得分；方法有波士顿矩阵、模糊评判、客户分类矩阵，都以 80/20 为基础。",
    ["needs vs capability", "growth potential", "structural position", "bargaining power sources: volume, alternatives",
     "transaction cost, switching cost, cost to serve", "composite score / methods named"],
    ["需求与能力", "成长潜力", "结构地位", "议价能力来源：采购量、替代者", "交易成本、转换成本、服务成本", "综合评分 / 方法"])

concept(
    "K02.7", "02", "medium", 6,
    "Name and explain the six criteria for selecting key customers.",
    "说出并解释选择核心客户的六项标准。",
    "Complementarity (互补性): their needs and our strengths complete each other. Aggregation (聚合性): "
    "the relationship concentrates volume and resources, giving scale. Win-win (双赢性): both sides "
    "gain, so the relationship lasts. Balance (平衡性): neither side dominates; power and dependence "
    "are in proportion. Compatibility (相容性): cultures, values and ways of working fit. Consistency "
    "(一致性): their strategy and direction agree with ours over time.",
    "互补性：对方需求与我方优势相互补充。聚合性：关系能集中业务量和资源，形成规模。双赢性：双方都受益，关系才能持久。平衡性：任何"
    "一方都不占绝对主导，权力与依赖相称。相容性：企业文化、价值观与工作方式契合。一致性：双方的战略与发展方向长期一致。",
    ["complementarity", "aggregation", "win-win", "balance", "compatibility", "consistency"],
    ["互补性", "聚合性", "双赢性", "平衡性", "相容性", "一致性"])

concept(
    "K02.8", "02", "medium", 5,
    "Explain the attractiveness × relationship matrix and its six strategies.",
    "解释“吸引力 × 关系”矩阵及其六种策略。",
    "Customers are scored on attractiveness (value, potential, fit) and on the strength of the "
    "current relationship, each high/medium/low. High attractiveness and a weak relationship: "
    "develop (发展). High attractiveness and a strong relationship: maintain (保持). Medium "
    "attractiveness: selective maintenance (选择性保持) where the relationship is good; defend (防御) "
    "where a valuable position is under attack. Low attractiveness: reduce (少量保持) to a low-cost "
    "service; exit (退出) where both are low. Resources follow the quadrant.",
    "按吸引力（价值、潜力、契合度）和当前关系强度将客户各分为高/中/低。吸引力高而关系弱：发展。吸引力高且关系强：保持。吸引力中等："
    "关系好的选择性保持；有价值的地位受到威胁时防御。吸引力低：少量保持，转为低成本服务；两者都低则退出。资源随象限分配。",
    ["two axes explained", "develop / maintain", "selective / defend", "reduce / exit", "resources follow the cell"],
    ["解释两个维度", "发展 / 保持", "选择性保持 / 防御", "少量保持 / 退出", "资源按格分配"])

concept(
    "K02.9", "02", "easy", 3,
    "What service does each ABC class get in the course's service tiers?",
    "在课程的 ABC 服务分级中，各类客户分别得到什么服务？",
    "A: one-to-one service with a dedicated representative (customer manager), priority handling. "
    "B: membership — a club or loyalty programme with standard benefits. C: a customer file, "
    "regular information (newsletters, offers), and contact by phone on a sample basis.",
    "A 类：一对一服务，配专属客户代表（客户经理），优先处理。B 类：会员制——俱乐部或忠诚计划，提供标准权益。C 类：建立客户档案，"
    "定期发送信息（简讯、优惠），抽样电话联系。",
    ["A: one-to-one, dedicated representative", "B: membership", "C: file, regular information, sampled calls"],
    ["A：一对一、专属代表", "B：会员制", "C：档案、定期信息、抽样电话"])

concept(
    "K02.10", "02", "hard", 5,
    "In a cohort, the retention rate rises with tenure. Does that mean customers become more loyal "
    "over time? Explain with the sBG model and say what it implies for spending on new customers.",
    "在一个客户群组中，留存率随在网时间上升。这是否意味着客户随时间变得更忠诚？请用 sBG 模型解释，并说明这对新客户投入的含义。",
    "Not necessarily. In the shifted-beta-geometric model each customer has a constant churn "
    "probability drawn from a Beta distribution; nobody changes. The flighty (high churn) leave "
    "first, so the survivors are increasingly the loyal ones and the cohort's retention rate rises "
    "— a selection effect (heterogeneity), not learning. Implication: the first months decide most "
    "losses; onboarding and early service protect value; a simple CLV with one constant retention "
    "rate understates the value of long-tenure customers and overstates that of new ones. To show "
    "true loyalty growth you would need the same customers' behaviour changing (e.g. an experiment).",
    "不一定。在 sBG（移位贝塔几何）模型中，每个客户的流失概率是常数，服从 Beta 分布，没有人发生变化。易流失的客户先离开，留下的"
    "越来越是忠诚的客户，群组留存率因而上升——这是选择效应（异质性），而不是客户学会了忠诚。含义：大部分流失发生在最初几个月，"
    "入网引导和早期服务最能保护价值；用一个固定留存率的简单 CLV 会低估老客户的价值、高估新客户的价值。要证明忠诚度真的提高，需要"
    "看到同一批客户的行为发生变化（例如做实验）。",
    ["no: selection / heterogeneity", "sBG: constant individual churn, Beta-distributed",
     "flighty leave first", "implication for early months / onboarding", "constant-retention CLV biased"],
    ["否：选择效应 / 异质性", "sBG：个人流失率不变、服从 Beta 分布", "易流失者先离开", "对早期/入网引导的含义",
     "固定留存率 CLV 有偏"])

# ============================================================ 03 · interact

concept(
    "K03.1", "03", "easy", 4,
    "Classify interactions by content, by distance and by initiator, with a telecom example of "
    "each.",
    "按内容、距离和发起方对客户互动进行分类，并各举一个电信例子。",
    "Content: information (a bill explanation), feelings (thanks, frustration), suggestions (a "
    "request for a new plan). Distance: face-to-face (a store visit), indirect personal (a call or "
    "e-mail from a person), non-personal (advertising, the store environment, events, website, "
    "self-service app). Initiator: company-initiated (an outbound retention call), "
    "customer-initiated (a complaint call). Touchpoints are all the places these happen.",
    "按内容：信息（账单说明）、情感（感谢、不满）、建议（希望推出新套餐）。按距离：面对面（营业厅）、间接人员接触（人员打来的电话"
    "或发出的邮件）、非人员接触（广告、营业厅环境、活动、网站、自助 App）。按发起方：企业发起（外呼挽留）、客户发起（投诉来电）。"
    "接触点就是这些互动发生的所有地方。",
    ["content: information, feelings, suggestions", "distance: face-to-face, indirect personal, non-personal",
     "initiator: company / customer", "telecom examples"],
    ["内容：信息、情感、建议", "距离：面对面、间接人员、非人员", "发起方：企业 / 客户", "电信例子"])

concept(
    "K03.2", "03", "medium", 5,
    "What are the three roles of the call centre (呼叫中心) in CRM? Why is it 'once a cost centre, "
    "now a profit lever'?",
    "呼叫中心在 CRM 中的三个角色是什么？为什么说它“过去是成本中心，现在是利润杠杆”？",
    "(1) One single platform for every customer conversation: no running between departments, "
    "consistent answers, 24-hour and personalised service. (2) The key channel for collecting "
    "customer data and needs: complaints and suggestions are passed on to improve products. (3) The "
    "centre for quality service and loyalty. It was seen as a cost to minimise (calls handled per "
    "hour); with customer data at the agent's desk it can resolve, retain, cross-sell and feed "
    "product improvement — revenue and retention it influences make it a profit lever.",
    "（1）所有客户沟通的统一平台：客户不必在部门间奔波，答复一致，提供 24 小时个性化服务。（2）收集客户数据与需求的关键渠道："
    "投诉和建议被传递出去用于改进产品。（3）优质服务与客户忠诚的中心。过去它被看作要压缩的成本（每小时处理多少电话）；当坐席"
    "桌面上有客户数据时，它能解决问题、挽留客户、交叉销售并推动产品改进——它影响的收入和留存使之成为利润杠杆。",
    ["single platform", "data and needs channel", "quality service and loyalty centre", "cost centre → profit lever, why"],
    ["统一平台", "数据与需求渠道", "优质服务与忠诚中心", "从成本中心到利润杠杆的理由"])

concept(
    "K03.3", "03", "hard", 6,
    "Efficiency versus effectiveness: what went wrong when firms chased one and then the other? "
    "Explain 'pay twice'.",
    "效率与效益：企业先追求其一、再追求另一个时出了什么问题？请解释“付两次钱”。",
    "In the 1990s firms chased effectiveness: acquisitions, heavy investment in all customers "
    "equally, all channels all the time, quick 'band-aid' builds. In the downturn they chased "
    "efficiency: downsizing, cost containment, cuts spread equally — and lost touch with the most "
    "profitable customers; they could not win customers when the economy turned, could not build "
    "relationships and under-achieved, because effectiveness has an implicit ROI. 'Pay twice': "
    "pushing valuable customers to cheap channels saves little (stranded cost stays), the customers "
    "leave, and the firm pays again to re-acquire them. The answer is to differentiate: spend "
    "effectiveness on valuable customers and efficiency where value is low.",
    "20 世纪 90 年代企业追求效益：大量获客、对所有客户同等重投入、所有渠道全天候开放、快速“打补丁”式建设。经济下行时又追求效率："
    "裁员、控制成本、平均削减——结果与最有价值的客户失去联系；经济回暖时赢不回客户、建立不了关系、业绩不达预期，因为效益本身隐含"
    "着投资回报。“付两次钱”：把高价值客户推向低成本渠道省不了多少（沉没成本仍在），客户却离开了，企业还得再花钱重新获取他们。"
    "正确做法是区分客户：对高价值客户讲效益，对低价值客户讲效率。",
    ["1990s effectiveness features", "downturn efficiency features", "lost touch with most profitable customers",
     "effectiveness has implicit ROI", "pay twice explained", "differentiate as the answer"],
    ["90 年代追求效益的特点", "下行期追求效率的特点", "失去最有价值客户", "效益隐含回报", "解释“付两次钱”", "以区分客户作答"])

concept(
    "K03.4", "03", "medium", 5,
    "List the eight steps of the buying process and explain 'the customer sees a straight line'.",
    "列出购买过程的八个步骤，并解释“客户看到的是一条直线”。",
    "Establish need, find sources, establish trust, determine value, select product, make the "
    "transaction, service, upgrade/repeat. The enterprise sees channels (mail, e-mail, web, phone, "
    "retail) and organises by them; the customer moves through the steps across channels (reads on "
    "the web, asks on the phone, buys in a store) and expects one continuous conversation — a "
    "straight line. So data and context must follow the customer between channels (unified contact "
    "centre); inconsistency costs money: dissatisfaction, frustration, a damaged brand, lost "
    "opportunities.",
    "确立需求、寻找来源、建立信任、确定价值、选择产品、完成交易、服务、升级/重复购买。企业看到的是渠道（邮件、电子邮件、网站、电话、"
    "门店），并按渠道组织；客户则跨渠道走完这些步骤（网上了解、电话咨询、门店购买），期望得到一段连续的对话——一条直线。因此数据"
    "与上下文必须随客户在渠道间流转（统一联络中心）；不一致是要花钱的：不满、沮丧、品牌受损、错失机会。",
    ["eight steps in order (4 marks for all, 2 for 5+)", "firm sees channels, customer sees one line",
     "implication: integration / cost of inconsistency"],
    ["按序写出八步（全对 4 分，5 步以上 2 分）", "企业看渠道、客户看直线", "含义：整合 / 不一致的代价"])

concept(
    "K03.5", "03", "easy", 5,
    "Describe the four steps of complaint handling and three common mistakes.",
    "描述投诉处理的四个步骤以及三个常见错误。",
    "(1) Let the customer vent — listen without interrupting; (2) record the key points and judge "
    "whether the complaint is valid; (3) propose and carry out a remedy; (4) follow up to check the "
    "customer is satisfied. Common mistakes: admitting fault before the facts are known; arguing "
    "with the customer; lecturing or doubting the customer; blaming colleagues or other "
    "departments; asking pointless questions; giving inconsistent answers.",
    "（1）让客户发泄——倾听，不打断；（2）记录要点，判断投诉是否成立；（3）提出并实施补救方案；（4）跟踪回访，确认客户满意。"
    "常见错误：事实未明就承认过错；与客户争辩；教训或怀疑客户；推卸给同事或其他部门；问无关紧要的问题；前后答复不一致。",
    ["vent", "record and judge", "remedy", "follow up", "three mistakes"],
    ["让客户发泄", "记录与判断", "补救", "跟踪回访", "三个错误"])

concept(
    "K03.6", "03", "medium", 4,
    "Why are complaints valuable to a firm, and what is first-contact responsibility (首问负责制)?",
    "为什么投诉对企业有价值？什么是首问负责制？",
    "Most dissatisfied customers do not complain, they leave; a complaint is a second chance and "
    "free information about what fails (products, processes, staff). Handled well and fast, a "
    "complaint can raise loyalty; the data show churn is higher after badly handled complaints. "
    "First-contact responsibility: the first employee the customer reaches owns the matter until it "
    "is solved or properly handed over — no 'that's another department', which is what the "
    "customer hates most.",
    "大多数不满的客户不投诉，而是直接离开；投诉是第二次机会，也是关于产品、流程、员工哪里出了问题的免费信息。处理得又快又好，投诉"
    "反而能提高忠诚度；数据显示投诉处理不好之后流失率更高。首问负责制：客户首先接触到的员工对问题负责到底，直到解决或妥善移交——"
    "不能说“这归别的部门管”，这是客户最反感的。",
    ["silent leavers / second chance", "information for improvement", "handled well → loyalty (data)",
     "first-contact responsibility defined"],
    ["沉默流失 / 第二次机会", "改进所需的信息", "处理得好 → 忠诚（数据）", "正确定义首问负责制"])

concept(
    "K03.7", "03", "medium", 4,
    "Explain the chain satisfaction → loyalty → profit and one reason why high satisfaction does "
    "not guarantee loyalty. What does NPS measure?",
    "解释“满意度 → 忠诚度 → 利润”链条，并给出高满意度不一定带来忠诚的一个原因。NPS 衡量的是什么？",
    "Satisfied customers stay longer, buy more and recommend the firm, and loyal customers cost "
    "less to serve, so profit rises. But satisfied customers still leave when a competitor offers "
    "more, when switching costs are low or when their needs change; satisfaction is an attitude, "
    "loyalty a behaviour (repeat purchase, staying). NPS asks how likely the customer is to "
    "recommend (0-10): % promoters (9-10) minus % detractors (0-6); it measures willingness to "
    "recommend, a proxy for loyalty, not loyalty itself.",
    "满意的客户留得更久、买得更多、愿意推荐，而忠诚客户的服务成本更低，因此利润上升。但满意的客户在竞争对手给出更多、转换成本低或"
    "需求变化时仍会离开；满意是态度，忠诚是行为（重复购买、继续留下）。NPS 询问客户推荐意愿（0-10 分）：推荐者（9-10）百分比减"
    "贬损者（0-6）百分比；它衡量的是推荐意愿，是忠诚的替代指标，而不是忠诚本身。",
    ["chain explained", "satisfaction ≠ loyalty, a reason", "NPS definition", "NPS is a proxy"],
    ["解释链条", "满意 ≠ 忠诚及原因", "NPS 定义", "NPS 只是替代指标"])

concept(
    "K03.8", "03", "hard", 5,
    "A manager wants to cut one agent from a shift because 'occupancy is only 85 %'. Using Erlang "
    "C, explain why the service level may fall much more than one agent's share.",
    "某经理因为“坐席占用率只有 85 %”想在一个班次中减少一名坐席。请用 Erlang C 解释为什么服务水平的下降可能远超一名坐席所占的比例。",
    "Calls arrive at random, so queues form even when agents are not fully busy. Near full load "
    "the probability of waiting and the average wait rise steeply (non-linearly) as agents are "
    "removed: with traffic A and N agents, waiting grows as N approaches A, and the service level "
    "1 − C·exp(−(N − A)·t/AHT) drops fast. Removing one agent from a centre running at 85 % may move "
    "the service level from 80 % to well below. Longer waits mean more abandoned calls and "
    "dissatisfaction, and valuable customers may leave — the saving can cost more than it saves "
    "(efficiency vs effectiveness). Compute the service level for N and N − 1 before deciding.",
    "呼叫随机到达，即使坐席未被占满也会排队。接近满负荷时，每减少一名坐席，等待概率和平均等待时间都会急剧（非线性）上升：话务量为"
    "A、坐席为 N 时，N 越接近 A 等待越多，服务水平 1 − C·exp(−(N − A)·t/AHT) 下降很快。在占用率 85 % 时减一名坐席，服务水平可能"
    "从 80 % 跌到远低于此。等待更久意味着更多放弃呼叫和不满，有价值的客户可能离开——节省下来的钱可能比损失少（效率与效益）。"
    "决策前应分别计算 N 与 N − 1 时的服务水平。",
    ["random arrivals → queues below full occupancy", "non-linear rise near capacity",
     "service-level formula used", "consequences: abandonment, churn", "compute before deciding"],
    ["随机到达 → 未满也排队", "接近容量时非线性上升", "运用服务水平公式", "后果：放弃、流失", "先算再定"])

concept(
    "K03.9", "03", "medium", 5,
    "'Know me, treat me right, remember me.' Explain how a unified contact centre and actionable "
    "intelligence meet these expectations.",
    "“了解我、公平待我、记住我。”请说明统一联络中心和可行动的客户智能如何满足这些期望。",
    "Customers expect the firm to know who they are and their history, to treat them according to "
    "their value and situation, and to remember what they said before, whatever channel they use. "
    "Integrated care combines response (fast, right answer), channel (the one they chose, with "
    "smooth transitions) and context (history at hand), and respects the value of the customer's "
    "time. A unified contact centre routes each contact (personalised routing, IVR, self-service), "
    "moves it between channels without loss and integrates all into one record. Actionable "
    "intelligence is the loop collect → analyse → use the knowledge at the contact (the agent sees "
    "the churn risk and the next best offer), so every interaction counts.",
    "客户期望企业知道他是谁、了解他的历史，按他的价值和处境对待他，并记得他以前说过的话，无论他用哪个渠道。整合式关怀把响应"
    "（快速、正确）、渠道（客户自选，且能顺畅切换）和情境（历史记录在手）结合起来，并尊重客户时间的价值。统一联络中心对每次接触"
    "进行路由（个性化路由、IVR、自助服务），在渠道之间无损切换，并把一切整合进同一条客户记录。可行动的客户智能就是“收集 → 分析 →"
    "在接触中使用知识”的闭环（坐席能看到流失风险和下一最佳产品），让每一次互动都有价值。",
    ["the three expectations explained", "response, channel, context; customer's time", "unified contact centre: routing, transition, integration",
     "collect → analyse → use at the contact", "make every interaction count"],
    ["解释三种期望", "响应、渠道、情境；客户时间", "统一联络中心：路由、切换、整合", "收集 → 分析 → 在接触中使用", "让每次互动都有价值"])

# ============================================================ 04 · customize

concept(
    "K04.1", "04", "easy", 4,
    "List the eight questions that describe a customer's needs, with a telecom example for two of "
    "them.",
    "列出描述客户需求的八个问题，并为其中两个给出电信例子。",
    "What (which product or service), when (at which time), where (through which channel or place), "
    "why (the motive), how many (quantity), at what price, how to pay (payment method), how often "
    "(frequency). Examples: 'how often' — a customer topping up data every week needs a larger "
    "plan; 'how to pay' — a customer paying late by bank transfer may prefer automatic debit.",
    "买什么（哪种产品或服务）、何时买、在哪里买（哪个渠道或地点）、为什么买（动机）、买多少、什么价格、如何付款、多久买一次。例子："
    "“多久买一次”——每周都充流量的客户需要更大的套餐；“如何付款”——用银行转账常常逾期的客户可能更适合自动扣款。",
    ["eight questions (3 marks all, 2 for 6+)", "two telecom examples"],
    ["八个问题（全对 3 分，6 个以上 2 分）", "两个电信例子"])

concept(
    "K04.2", "04", "easy", 3,
    "Distinguish cross-selling (交叉销售) and up-selling (向上销售), with an operator example of each.",
    "区分交叉销售与向上销售，并各举一个运营商的例子。",
    "Cross-selling sells another, related product (broadband or IPTV to a mobile customer); "
    "up-selling sells a higher, more valuable version of what they have (from Smart 10GB to "
    "Unlimited). Both raise the share of customer; both should be offered where the customer needs "
    "them, or they annoy and can raise churn.",
    "交叉销售是销售另一种相关产品（向手机客户推荐宽带或 IPTV）；向上销售是把客户现有产品升级为更高价值的版本（从智享 10GB 升到"
    "不限量畅享）。两者都能提高客户份额；都应在客户有需要时提供，否则会惹人反感、甚至提高流失。",
    ["cross-sell definition + example", "up-sell definition + example", "fit to need / share of customer"],
    ["交叉销售定义与例子", "向上销售定义与例子", "契合需求 / 客户份额"])

concept(
    "K04.3", "04", "medium", 4,
    "What are the three kinds of interaction timing in customisation? What is a moment of truth "
    "(关键时刻)?",
    "定制中的互动时机有哪三种？什么是关键时刻？",
    "Periodic: at regular intervals (a monthly statement, an annual review). Timely: triggered by an "
    "event in the customer's life or behaviour (a data allowance nearly used up, a contract ending). "
    "Moments of truth: the few contacts in which the customer forms their judgement of the firm — a "
    "complaint, a network outage, the first bill, a move — handled well they build loyalty, badly "
    "they end the relationship.",
    "定期：按固定周期（月度账单、年度回顾）。及时：由客户生活或行为中的事件触发（流量快用完、合约即将到期）。关键时刻：客户形成对"
    "企业判断的少数几次接触——投诉、网络故障、第一张账单、搬家——处理得好会建立忠诚，处理不好会终结关系。",
    ["periodic", "timely (event-triggered)", "moments of truth defined", "example"],
    ["定期", "及时（事件触发）", "正确定义关键时刻", "举例"])

concept(
    "K04.4", "04", "hard", 6,
    "A campaign reports a 12 % response rate. Why is that not its effect? Explain control groups, "
    "uplift and how you would target the next campaign.",
    "某营销活动报告响应率为 12 %。为什么这不是它的效果？请解释对照组、增量响应（uplift），以及你将如何为下一次活动选择目标客户。",
    "Some customers would have bought anyway; the response rate of the contacted mixes them with "
    "those the contact persuaded. A randomly chosen control group that is not contacted shows what "
    "would have happened without the campaign; the effect (uplift) is treated minus control "
    "response (and revenue). ROI must use the uplift, not the response rate. Uplift differs by "
    "customer: some are persuadable, some sure things, some lost causes, some do-not-disturbs "
    "(react badly). An uplift model scores each customer's expected increase; contact the top "
    "deciles while the incremental margin exceeds the cost per contact, and keep a control group "
    "in every campaign to keep measuring.",
    "有些客户本来就会购买；被接触客户的响应率把他们与被说服的客户混在了一起。随机抽取、不予接触的对照组显示了没有活动时会发生"
    "什么；活动的效果（增量响应）= 实验组响应率减对照组响应率（收入亦然）。ROI 必须用增量，而不是响应率。增量因人而异：有的可被"
    "说服，有的无论如何都会买，有的怎么都不会买，有的被打扰反而反感。增量模型为每个客户预测其增量；只要增量利润高于每次接触成本，"
    "就接触增量最高的那几档，并在每次活动中保留对照组以持续衡量。",
    ["response includes those who would buy anyway", "random control group", "uplift = treated − control",
     "ROI on uplift", "heterogeneous uplift, four types", "target by uplift vs cost, keep a control"],
    ["响应中包含本来就会买的人", "随机对照组", "增量 = 实验组 − 对照组", "ROI 按增量计算", "增量因人而异（四类）",
     "按增量与成本选人，保留对照组"])

concept(
    "K04.5", "04", "medium", 4,
    "Define support, confidence and lift of an association rule A → B and say how a marketer reads "
    "a lift of 0.8 and of 2.5.",
    "定义关联规则 A → B 的支持度、置信度和提升度，并说明营销人员如何解读提升度为 0.8 和 2.5 的情况。",
    "Support = share of all customers holding A and B. Confidence = share of A-holders who also hold "
    "B, an estimate of P(B | A). Lift = confidence / support of B: how much more likely B is among "
    "A-holders than among everyone. Lift 0.8: A-holders are less likely to hold B — not a "
    "cross-selling opportunity (maybe substitutes). Lift 2.5: A-holders are 2.5 times as likely to "
    "hold B — offer B to A-holders who lack it; but it is association, not proof the offer will "
    "cause a purchase (test it with a control group).",
    "支持度 = 同时持有 A 和 B 的客户占全部客户的比例。置信度 = 持有 A 的客户中也持有 B 的比例，即 P(B | A) 的估计。提升度 = 置信度 / "
    "B 的支持度：持有 A 的客户持有 B 的可能性是全体客户的多少倍。提升度 0.8：持有 A 的客户更不可能持有 B——不是交叉销售机会（可能是"
    "替代品）。提升度 2.5：持有 A 的客户持有 B 的可能性是 2.5 倍——向尚未持有 B 的 A 客户推荐 B；但这只是关联，不能证明推荐会导致购买"
    "（需用对照组检验）。",
    ["support", "confidence", "lift", "interpretation of 0.8 and 2.5, association ≠ causation"],
    ["支持度", "置信度", "提升度", "解读 0.8 与 2.5，关联 ≠ 因果"])

concept(
    "K04.6", "04", "medium", 4,
    "Name the methods of customised interaction and choose two for a family customer whose data "
    "allowance runs out every month, with reasons.",
    "说出定制化互动的方法，并为一位每月流量都不够用的家庭客户选择其中两种，说明理由。",
    "Methods: proactive recommendation, promotion, cross-selling, up-selling, after-sales service, "
    "loyalty programmes, one-stop service, customised (one-to-one) offers. For this customer: a "
    "timely up-sell to a family plan with more data (the need is visible in the usage: what, how "
    "much, how often), offered at the moment the allowance runs out; and one-stop service or a "
    "loyalty benefit (broadband + mobile bundle) that raises the share of customer and the cost of "
    "switching. Avoid a promotion the customer would have bought anyway (measure with a control "
    "group).",
    "方法：主动推荐、促销、交叉销售、向上销售、售后服务、忠诚计划、一站式服务、定制（一对一）方案。对这位客户：在流量用完的"
    "时刻及时向上销售流量更多的家庭套餐（需求在使用数据中清晰可见：买什么、买多少、多久买一次）；再提供一站式服务或忠诚权益"
    "（宽带 + 手机融合套餐），提高客户份额和转换成本。避免向本来就会购买的客户促销（用对照组衡量）。",
    ["methods listed", "first choice tied to the data", "second choice tied to the data", "timing / control group"],
    ["列出方法", "第一种选择与数据挂钩", "第二种选择与数据挂钩", "时机 / 对照组"])

# ============================================================ 05 · key accounts case

concept(
    "K05.1", "05", "easy", 4,
    "Why did the telecom operator in the case set up key-account management? Name the key-account "
    "types it used.",
    "案例中的电信运营商为什么要建立大客户管理？它划分了哪些大客户类型？",
    "Falling ARPU, fiercer competition and more varied demand, while 80 % of revenue came from 20 % "
    "of customers — losing few key accounts would hurt badly. Types: commercial (商业客户), "
    "potential key accounts (潜在大客户), important (重要客户), high-value (高值客户), group (集团客户), "
    "strategic (战略客户).",
    "ARPU 下滑、竞争加剧、需求日益多样，而 80 % 的收入来自 20 % 的客户——失去少数大客户就会损失惨重。类型：商业客户、潜在大客户、"
    "重要客户、高值客户、集团客户、战略客户。",
    ["falling ARPU / competition / varied demand", "80/20 concentration", "types (2 marks for all six)"],
    ["ARPU 下滑 / 竞争 / 需求多样", "80/20 集中", "类型（六类全对 2 分）"])

concept(
    "K05.2", "05", "medium", 6,
    "Describe the six steps of key-customer management.",
    "描述核心客户管理的六个步骤。",
    "(1) Build an indicator system and a composite score to identify key customers; (2) collect "
    "information — industry, market, the customer's strategy, organisation, past results — and run "
    "a SWOT; (3) analyse competitors; (4) analyse our own position and current business with the "
    "customer; (5) draw up a customer management strategy / account plan — what relationship, how "
    "to build it; (6) keep innovating and review ('take stock of') key customers regularly.",
    "（1）建立指标体系并计算综合得分，识别核心客户；（2）收集信息——行业、市场、客户战略、组织结构、以往业绩——并做 SWOT 分析；"
    "（3）分析竞争对手；（4）分析我方地位及与该客户的现有业务；（5）制定客户管理策略/客户计划——建立何种关系、如何建立；"
    "（6）不断创新，定期盘点核心客户。",
    ["indicators + score", "information + SWOT", "competitors", "own position", "account plan", "innovate and review"],
    ["指标与得分", "信息与 SWOT", "竞争对手", "我方地位", "客户计划", "创新与定期盘点"])

concept(
    "K05.3", "05", "medium", 4,
    "What are the two roles of a key-account manager?",
    "大客户经理的两个角色是什么？",
    "The customer's consultant: knows the customer's strengths and weaknesses, analyses their "
    "market, proposes solutions to their problems. The company's strategist: analyses the industry, "
    "writes account plans, raises the customer's value to the company, aims at win-win.",
    "客户的顾问：了解客户的优势与劣势，分析其市场，为其问题提出解决方案。企业的战略家：分析行业，制定客户计划，提升客户对企业的价值，"
    "追求双赢。",
    ["consultant role", "its content", "strategist role", "its content (win-win)"],
    ["顾问角色", "其内容", "战略家角色", "其内容（双赢）"])

concept(
    "K05.4", "05", "easy", 4,
    "What does the core-customer management card (核心客户管理卡) record? Which parts can the kit fill "
    "from the data?",
    "核心客户管理卡记录哪些内容？本工具包能从数据中填写哪些部分？",
    "(1) Profile: name, address, phone, legal representative, staff structure, bank; (2) changes in "
    "the transactions with us; (3) the customer's overall business situation; (4) dynamic credit "
    "management: bank rating, cash flow, credit term, credit limit. There is no fixed format. From "
    "the data: profile fields held in customers (name, address, phone, lines, industry), the "
    "transaction history from bills (trend), and credit from paid_late (a rating); the legal "
    "representative, staff structure, bank rating and cash flow must come from the customer "
    "(cases.key_accounts.management_card).",
    "（1）基本资料：名称、地址、电话、法人代表、人员结构、开户银行；（2）与我方交易的变化；（3）客户整体经营状况；（4）动态信用管理："
    "银行评级、现金流、信用期限、信用额度。没有固定格式。数据能提供：customers 表中的资料（名称、地址、电话、号码数、行业）、bills "
    "中的交易历史（趋势）、由 paid_late 得到的信用等级；法人代表、人员结构、银行评级和现金流必须向客户了解"
    "（cases.key_accounts.management_card）。",
    ["four parts", "no fixed format", "what the data can fill", "what must come from the customer"],
    ["四部分内容", "无固定格式", "数据能填写的部分", "需向客户了解的部分"])

concept(
    "K05.5", "05", "medium", 5,
    "Describe the operator's three-level key-account organisation and its roles. Why a national "
    "collaborative system?",
    "描述运营商三级大客户组织及其岗位。为什么需要全国协同服务体系？",
    "Group headquarters → province → city key-account departments, with market managers, customer "
    "managers, project managers and business (support) managers, giving one-stop service from "
    "marketing to after-sales. A group customer operates in many provinces; a national collaborative "
    "system gives fast response, uniform standards and world-class service indicators wherever the "
    "customer's branches are, so the customer deals with one organisation. A data warehouse with "
    "data mining supports ARPU/ARPA and marketing analysis; customer managers at every level are "
    "trained (operations, authority, duties, communication and selling, role play).",
    "集团总部 → 省公司 → 市公司三级大客户部门，设市场经理、客户经理、项目经理和业务（支撑）经理，提供从营销到售后的一站式服务。集团"
    "客户分布在多个省份；全国协同服务体系保证无论客户分支在哪里，都能快速响应、标准统一、达到一流服务指标，使客户面对的是一个整体。"
    "数据仓库与数据挖掘支撑 ARPU/ARPA 和营销分析；各级客户经理都要接受培训（业务操作、权限、职责、沟通与销售、角色扮演）。",
    ["three levels", "four manager roles", "one-stop service", "why national collaboration", "data warehouse / training"],
    ["三个层级", "四类经理岗位", "一站式服务", "全国协同的理由", "数据仓库 / 培训"])

concept(
    "K05.6", "05", "medium", 5,
    "How does a firm prevent key-account defection (大客户叛离)? Name the communication practices of "
    "the course.",
    "企业如何防止大客户叛离？说出课程中的沟通做法。",
    "Deep, continuous communication, organised by a dedicated key-account department with a routine: "
    "take part in the customer's purchase decisions (help them buy, plan re-purchase, analyse their "
    "use); build key-customer organisations (formal or informal clubs, associations) with extra "
    "benefits; regular visits by sales staff and by executives; an annual forum; ask the customer's "
    "opinion of our staff; a complaint process with named roles. Plus early warning from the data "
    "(falling bills, complaints, late payment) to act before they leave.",
    "深入、持续的沟通，由专门的大客户部门按固定机制组织：参与客户的采购决策（协助购买、规划再采购、分析其使用情况）；建立核心客户"
    "组织（正式或非正式的俱乐部、协会）并给予额外权益；销售人员和高层定期拜访；每年举办论坛；征询客户对我方员工的意见；设立分工明确"
    "的投诉流程。再加上数据预警（账单下降、投诉、逾期付款），在客户离开之前采取行动。",
    ["deep continuous communication, dedicated department", "purchase decisions", "clubs/associations",
     "visits, forum, opinion of staff, complaints", "data early warning"],
    ["深入持续沟通、专门部门", "参与采购决策", "俱乐部/协会", "拜访、论坛、征询意见、投诉流程", "数据预警"])

concept(
    "K05.7", "05", "easy", 4,
    "Why does the case report ARPA as well as ARPU for business accounts, and what does a falling "
    "ARPU with a rising ARPA tell management?",
    "为什么案例在企业客户上同时报告 ARPA 和 ARPU？ARPU 下降而 ARPA 上升说明了什么？",
    "ARPU is revenue per user (per line); ARPA is revenue per account. A business account holds many "
    "lines, so ARPU hides how valuable the account is and ARPA hides how much each line earns. "
    "Falling ARPU with rising ARPA means accounts are adding lines (growth in the relationship) at a "
    "lower price per line — volume discounts or cheaper plans: the account is worth more, each line "
    "less. Management should check the margin per line and whether the discounts buy loyalty.",
    "ARPU 是每用户（每个号码）平均收入；ARPA 是每账户平均收入。一个企业账户有许多号码，只看 ARPU 看不出账户有多大价值，只看"
    "ARPA 看不出每个号码赚多少。ARPU 下降而 ARPA 上升，说明账户在增加号码（关系在增长），但每个号码的价格更低——批量折扣或更便宜的"
    "套餐：账户更值钱了，单个号码不那么值钱。管理层应检查每号码的利润，以及折扣是否换来了忠诚。",
    ["ARPU per line vs ARPA per account", "why both for business accounts", "interpretation of the combination",
     "what to check next (margin, loyalty)"],
    ["ARPU 按号码、ARPA 按账户", "企业客户为何两者都要", "解读两者组合", "下一步检查（利润、忠诚）"])

# ============================================================ 06 · strategy and ROI

concept(
    "K06.1", "06", "medium", 5,
    "Explain the chain vision (愿景) → strategy → action plan (行动方案) and why each level must be "
    "checked against the one above.",
    "解释“愿景 → 战略 → 行动方案”的链条，以及为什么每一层都要对照上一层检查。",
    "Vision: the shared picture that aligns everyone — ambitious goals, clear values, an image of "
    "the future, not implementation detail. Strategy: the choices of target customers, interaction "
    "process and interaction interface that realise it. Action plans: concrete steps derived from "
    "environment, customer and core-competence analysis. Each level must be consistent with the one "
    "above: an action that serves no strategic choice wastes money, a strategy that contradicts the "
    "vision confuses staff and customers (e.g. a 'premium service' vision with cuts in the contact "
    "centre for top customers).",
    "愿景：统一所有人的共同图景——远大目标、清晰价值观、未来的样子，而不是实施细节。战略：为实现愿景而对目标客户、互动过程和互动"
    "界面做出的选择。行动方案：根据环境、客户和核心能力分析得出的具体步骤。每一层都要与上一层保持一致：不服务于任何战略选择的行动"
    "是浪费，违背愿景的战略会让员工和客户无所适从（例如愿景是“高端服务”，却削减面向高价值客户的联络中心）。",
    ["vision defined", "strategy as choices", "action plan from analyses", "consistency and why", "example"],
    ["愿景的含义", "战略即选择", "行动方案源于分析", "一致性及理由", "举例"])

concept(
    "K06.2", "06", "medium", 6,
    "Name the three strategy options of a CRM strategy and illustrate them with the florist "
    "example of the course.",
    "说出 CRM 战略的三类战略选择，并用课程中花店的例子说明。",
    "(1) Target customers: different groups bring different value — a florist's gift buyers (occasion, "
    "delivery, presentation) versus decoration buyers (regular, price, freshness). (2) The "
    "interaction process: methods (proactive recommendation, promotion, cross-selling, up-selling, "
    "after-sales), timing (periodic, timely, moments of truth — reminders before birthdays), content "
    "(one-stop shopping, customised service, loyalty programmes). (3) The interaction interface: "
    "through which channels and touchpoints (web site, phone, local shops). The online florist's "
    "'premium flowers for upscale neighbourhoods' action plan: alliances with local florists, a site "
    "with local culture, forums, events.",
    "（1）目标客户：不同客户群价值不同——花店的送礼型顾客（场合、配送、包装）与装饰型顾客（定期、价格、新鲜度）。（2）互动过程：方式"
    "（主动推荐、促销、交叉销售、向上销售、售后服务）、时机（定期、及时、关键时刻——生日前提醒）、内容（一站式购物、定制服务、忠诚"
    "计划）。（3）互动界面：通过哪些渠道和接触点（网站、电话、本地门店）。网上花店“为高档社区提供高端鲜花”的行动方案：与本地花店"
    "结盟、体现本地文化的网站、论坛、活动。",
    ["target customers + florist groups", "interaction process: methods", "timing and content",
     "interaction interface", "action plan example", "coherence among them"],
    ["目标客户与花店客群", "互动过程：方式", "时机与内容", "互动界面", "行动方案例子", "三者协调"])

concept(
    "K06.3", "06", "medium", 4,
    "What does 'demonstrable ROI' of CRM require? Name the steps and two metrics you would choose "
    "for a retention programme.",
    "CRM 的“可证明的投资回报”需要什么？说出步骤，并为一个客户保留项目选择两个指标。",
    "Measure transactions (before and after, with a control group where possible); count the "
    "benefits for both the company (retained margin, cross-sales, lower cost to serve) and the "
    "customer (time saved, problems solved); choose the metrics in advance and tie them to money. "
    "For retention: churn of treated versus control customers, margin retained per saved customer "
    "(and the programme's NPV), complaint resolution time, first-contact resolution.",
    "衡量交易（前后对比，尽可能设对照组）；同时计算企业的收益（保留的利润、交叉销售、更低的服务成本）与客户的收益（节省时间、问题"
    "得到解决）；事先选定指标并与金额挂钩。客户保留项目可用：实验组与对照组的流失率差异、每个被保留客户的利润（及项目 NPV）、投诉"
    "处理时长、首次解决率。",
    ["measure transactions (control group)", "benefits to company and customer", "choose metrics in advance",
     "two sensible retention metrics"],
    ["衡量交易（对照组）", "企业与客户双方收益", "事先选定指标", "两个合理的保留指标"])

concept(
    "K06.4", "06", "hard", 6,
    "A CRM business case shows a positive NPV. What would you check before approving it? Use "
    "payback, ROI and a sensitivity (tornado) analysis.",
    "某 CRM 商业论证显示 NPV 为正。批准之前你会检查什么？请结合回收期、ROI 和敏感性（龙卷风图）分析说明。",
    "NPV > 0 at the discount rate means the programme earns more than the cost of capital. Check: "
    "where each assumption comes from — measured on our data (churn, margin, campaign uplift with a "
    "control group) or guessed (churn reduction); the payback year (money at risk and for how long); "
    "ROI (benefit per unit of cost, useful to compare programmes of different size); the "
    "sensitivity: move each assumption ±20 % and rank by the swing of NPV — the top assumptions "
    "decide the case; compute the break-even value of the most uncertain one (e.g. the churn "
    "reduction at which NPV = 0) and judge whether it is plausible. Approve, or approve a pilot that "
    "measures the uncertain number first.",
    "在给定折现率下 NPV > 0 意味着项目收益超过资金成本。检查：每个假设的来源——是在我们数据上测得的（流失率、利润、带对照组的营销"
    "增量）还是猜测的（流失减少幅度）；回收期（资金承担风险的时间）；ROI（单位成本的收益，便于比较规模不同的项目）；敏感性：每个"
    "假设上下浮动 20 %，按 NPV 的变化幅度排序——排在最前的假设决定结论；计算最不确定假设的盈亏平衡值（如使 NPV = 0 的流失减少幅度），"
    "判断其是否可信。然后批准，或先批准一个试点，先把不确定的数字测准。",
    ["meaning of NPV > 0", "sources of assumptions: measured vs guessed", "payback and ROI",
     "sensitivity ±20 %, ranking", "break-even of the key assumption", "decision: approve / pilot"],
    ["NPV > 0 的含义", "假设来源：测得 vs 猜测", "回收期与 ROI", "±20 % 敏感性及排序", "关键假设的盈亏平衡值",
     "决策：批准 / 试点"])

concept(
    "K06.5", "06", "easy", 3,
    "Why do firms adopt CRM? Give the three reasons of the course.",
    "企业为什么要实施 CRM？给出课程中的三个理由。",
    "To expand the market through new channels (phone, web); to retain customers and raise profit "
    "as product advantages erode (products are copied quickly, relationships are not); because "
    "technology now turns a customer strategy into results (one database, analysis, every "
    "contact).",
    "通过新渠道（电话、网络）拓展市场；在产品优势逐渐消失时保留客户、提高利润（产品容易被模仿，关系不容易）；技术如今能把客户战略"
    "转化为成果（统一数据库、分析、每一次接触）。",
    ["new channels", "retention as product advantages erode", "technology turns strategy into results"],
    ["新渠道", "产品优势消失时的客户保留", "技术把战略变成成果"])
