"""Chinese text of what chapter 05 prints: ``tr`` sentences, column labels, table values."""

ZH: dict[str, str] = {
    # --- the data-warehouse view (ARPU / ARPA)
    "ARPU (revenue per line) by customer type": "各类客户的 ARPU（每条线路的收入）",
    "ARPU (currency units a month)": "ARPU（货币单位/月）",
    "customer type": "客户类型",
    # --- step 1: who is a key account
    "top 20 % = {n} of {total} accounts bring {share:.1%} of the revenue":
        "前 20 % = {total} 个账户中的 {n} 个，带来了 {share:.1%} 的收入",
    "{gone} of them have already left; everything below (plans, visits, budgets) uses the "
    "{n} that are still customers":
        "其中 {gone} 个已经离网；下文的一切（客户管理策略、拜访、预算）只用仍在网的 {n} 个客户",
    "key_account_type": "大客户类型",
    "accounts": "账户数",
    "revenue": "收入",
    "mean_lines": "平均线路数",
    "mean_arpa": "平均 ARPA",
    "revenue_share": "收入占比",
    # evaluation framework (ka.evaluate_key_accounts)
    "data_use": "流量使用率",
    "services held": "持有服务数",
    "bill growth": "账单增长",
    "volume_share": "采购量份额",
    "alternatives": "可替代性（按月合约）",
    "switching_cost": "转换成本",
    "cost_to_serve": "服务成本",
    "bargaining_power": "议价能力",
    # the six selection criteria (ka.SELECTION_CRITERIA)
    "criterion": "标准",
    "chinese": "中文",
    "test on the data": "在数据上的检验",
    "complementarity": "互补性",
    "aggregation": "聚合性",
    "win-win": "双赢性",
    "balance": "平衡性",
    "compatibility": "相容性",
    "consistency": "一致性",
    "holds 2+ of our services: its needs fit what we sell":
        "使用我们 2 项及以上服务：它的需求与我们提供的相符",
    "5+ lines: the account brings many users together": "5 条及以上线路：一个账户聚合了许多用户",
    "last NPS 7+: the relationship pays for the customer too":
        "最近一次 NPS 在 7 分及以上：这段关系对客户也有利",
    "under 2 % of key-account revenue: we do not depend on it alone":
        "低于大客户收入的 2 %：我们不依赖它一家",
    "at most 15 % of bills paid late: its payments fit our credit terms":
        "逾期支付的账单不超过 15 %：它的付款符合我们的信用条件",
    "bills down no more than 5 % (last 6 vs 6 months before): it grows with us":
        "账单降幅不超过 5 %（最近 6 个月对比之前 6 个月）：它与我们一起成长",
    "{share:.0%} of the key accounts have never answered a survey":
        "{share:.0%} 的大客户从未回答过满意度调查",
    "mean criteria met": "平均满足的标准数",
    # --- step 2: SWOT (ka.account_swot)
    "quadrant": "象限",
    "point": "要点",
    "strength": "优势",
    "weakness": "劣势",
    "opportunity": "机会",
    "threat": "威胁",
    "high switching cost for the customer (lines x contract months {cost:.0f})":
        "客户的转换成本高（线路数 × 合约月数 = {cost:.0f}）",
    "holds {n} of our services": "使用我们的 {n} 项服务",
    "pays on time ({late:.0%} of bills late)": "按时付款（逾期账单占 {late:.0%}）",
    "month-to-month contract: it can leave at a month's notice": "按月合约：提前一个月通知即可离开",
    "no recent promoter score: we do not know it is satisfied":
        "最近没有推荐者评分：我们不知道它是否满意",
    "costly to serve ({contacts:.2f} contacts a month per line)":
        "服务成本高（每条线路每月接触 {contacts:.2f} 次）",
    "uses {use:.0%} of its data allowance: an upgrade fits": "用掉了 {use:.0%} 的流量额度：适合升级套餐",
    "bills growing ({growth:+.0%} in six months)": "账单在增长（六个月内 {growth:+.0%}）",
    "few services held: room to cross-sell": "持有的服务少：有交叉销售的空间",
    "bills falling ({growth:+.0%} in six months): is a competitor taking lines?":
        "账单在下降（六个月内 {growth:+.0%}）：是竞争对手在抢走线路吗？",
    "strong bargaining power ({power:.0f}/100): it can demand price cuts":
        "议价能力强（{power:.0f}/100）：它可以要求降价",
    "{share:.1%} of key-account revenue rests on this one account": "大客户收入的 {share:.1%} 依赖这一个客户",
    "none visible in the data: to collect in interviews (its plans, new sites, contracts ending "
    "elsewhere)":
        "数据中看不到：有待在访谈中收集（它的计划、新的营业场所、在别家即将到期的合约）",
    # --- step 3: competitors
    "bills_falling_5pct": "账单降幅超过 5 %",
    # --- step 4: the core-customer management card (ka.management_card)
    "section": "部分",
    "item": "项目",
    "1 profile": "1 基本资料",
    "2 transactions with us": "2 与我们的交易",
    "3 business situation": "3 经营状况",
    "4 dynamic credit": "4 动态信用管理",
    "legal representative": "法定代表人",
    "contact person": "联系人",
    "staff structure": "人员结构",
    "bank": "开户银行",
    "bills, last 12 months": "最近 12 个月账单",
    "mean monthly bill": "月均账单",
    "trend (last 3 vs first 3 of 12)": "趋势（12 个月中后 3 个月对比前 3 个月）",
    "services held (ended)": "在用服务数（已终止）",
    "plan / contract": "套餐 / 合约",
    "customer since": "入网日期",
    "contacts, last 12 months": "最近 12 个月接触次数",
    "complaints (open)": "投诉数（未关闭）",
    "last NPS": "最近一次 NPS",
    "bank rating": "银行评级",
    "our payment rating (bills paid late)": "我方付款评级（逾期账单占比）",
    "its cash flow": "客户的现金流",
    "credit term (days; our rule from the payment rating)": "信用期限（天；我方按付款评级定的规则）",
    "credit limit (our rule: mean monthly bill x 1-3 by rating)":
        "信用额度（我方规则：月均账单 × 1–3，视评级而定）",
    "{province} {city} (data: {data_city}, {data_province})":
        "{province} {city}（数据中：{data_city}，{data_province}）",
    "to collect (not in the operator's data)": "有待收集（运营商数据中没有）",
    "— (a person)": "—（个人客户）",
    "{lines} lines in use; headcount {collect}": "在用线路 {lines} 条；员工人数{collect}",
    "{collect}; pays by {method}": "{collect}；付款方式：{method}",
    "left {date}": "已于 {date} 离网",
    "active": "在网",
    "{collect} (our mean monthly bill to it is in part 2)": "{collect}（我们给它的月均账单见第 2 部分）",
    # --- step 5: the account plan (ka.portfolio_plan, ka.STRATEGY_SERVICE)
    "manager_hours": "客户经理工时",
    "margin": "毛利",
    "service_cost": "服务成本",
    "margin_after_service": "扣除服务成本后的毛利",
    "meaning": "含义",
    "invest: more manager time, an account plan to grow the relationship":
        "投入：更多客户经理时间，制定客户管理策略来发展关系",
    "keep what works: regular visits, renewal on time": "保持行之有效的做法：定期拜访，按时续约",
    "defend: protect a strong relationship of middling value from competitors":
        "防御：保护一段价值中等但牢固的关系，不让竞争对手夺走",
    "keep selectively: serve the parts of the account that pay": "选择性保持：只服务客户中有利可图的部分",
    "serve at lower cost: shared manager, more self-service": "降低服务成本：共用客户经理，更多自助服务",
    "leave the key-account programme: served by ordinary channels, not cut off":
        "退出大客户管理计划：改由普通渠道服务，而不是断绝关系",
    "exit + reduce: {n} accounts, {share:.1%} of key-account revenue":
        "退出 + 少量保持：{n} 个客户，占大客户收入的 {share:.1%}",
    "yearly margin": "年毛利",
    "yearly service cost": "年服务成本",
    "margin after service": "扣除服务成本后的毛利",
    "keep in the key-account programme": "留在大客户管理计划中",
    "move to A-tier service (assumed cost, ch. 04)": "转为 A 级服务（假设成本，见第 04 章）",
    "drop them as customers": "放弃这些客户",
    "moving them to the A tier saves about {saving} a year (assumed costs); if the move made more than "
    "{share:.1%} of their margin leave, it would lose money — dropping them loses about {lost}":
        "把他们转为 A 级服务，每年约可节省 {saving}（假设成本）；如果这次调整使他们超过 {share:.1%} "
        "的毛利流失，就得不偿失——而放弃他们会损失约 {lost}",
    # communication (ka.communication_plan)
    "manager_visits_total": "客户经理拜访次数",
    "executive_visits_total": "高层拜访次数",
    "club_members_total": "俱乐部会员数",
    "forum_seats_total": "论坛席位数",
    "yearly_cost": "年成本",
    "total": "合计",
    # --- the organisation (ka.MANAGEMENT, ka.assign_managers)
    "level": "层级",
    "group HQ": "集团总部",
    "HQ": "总部",
    "cities of {province}": "{province}各市",
    "hours_per_month": "每月工时",
    "yearly cost per account (60/h)": "每个客户的年成本（60/小时）",
    "mean yearly revenue per account": "每个客户的平均年收入",
    "cost / revenue": "成本 / 收入",
    "departments": "部门数",
    "hours": "工时",
    "managers": "客户经理数",
    "department": "部门",
    "utilisation": "利用率",
    "the simulated operator has {n:,} customers in all": "模拟运营商共有 {n:,} 位客户",
    "{n} of {total} departments use less than a quarter of one manager; "
    "together they hold {managers} managers for {hours:.0f} hours a month":
        "{total} 个部门中有 {n} 个用不到一名客户经理四分之一的工时；"
        "它们合计占用 {managers} 名客户经理，每月工作量却只有 {hours:.0f} 小时",
    # --- step 6: defection
    "today's key accounts active on {date}: {n}; of them, {left} left in the next 12 months":
        "今天的大客户中，{date} 已在网的有 {n} 个，其中在随后 12 个月内离网的有 {left} 个",
    "pooled model: {n:,} accounts, {consumers:.0%} of customers are consumers; "
    "odds ratio of complaints {odds:.1f} (95 % bootstrap interval {low:.1f} to {high:.1f})":
        "合并模型：{n:,} 个账户，{consumers:.0%} 的客户是个人客户；"
        "投诉的优势比为 {odds:.1f}（95 % 自助法区间 {low:.1f} 至 {high:.1f}）",
    "learned from {n} key accounts, {left} of whom left ({per:.1f} leavers per feature)":
        "从 {n} 个大客户中学习，其中 {left} 个离网（每个特征 {per:.1f} 个流失者）",
    "{low:.2f} to {high:.2f}": "{low:.2f} 至 {high:.2f}",
    "direction": "方向",
    "odds ratio per SD": "每个标准差的优势比",
    "95 % bootstrap interval": "95 % 自助法区间",
    "with leaving": "与离开相关",
    "with staying": "与留下相关",
    "not told apart (interval holds 1)": "无法区分（区间包含 1）",
    "key-account model": "大客户模型",
    "pooled model": "合并模型",
    "early-warning score": "预警评分",
    "{n} key accounts, {left} left in the six months": "{n} 个大客户，其中 {left} 个在这六个月内离网",
    "AUC (who left by 2026-01)": "AUC（截至 2026-01 的流失者）",
    "rank corr. with planted churn prob.": "与植入流失概率的秩相关",
    "Leavers found when calling the riskiest accounts first": "先联系风险最高的客户时找到的流失者",
    "random order": "随机顺序",
    "share of key accounts called (riskiest first)": "已联系的大客户占比（风险最高者在前）",
    "share of later leavers found": "已找到的后来流失者占比",
    # retention actions (ka.retention_actions)
    "defection_risk": "叛离风险",
    "expected_saving": "期望挽回价值",
    "expected_value_of_action": "行动的期望价值",
    "act": "是否行动",
    "act on {n} of {total} key accounts (assumed cost and effect): expected net value "
    "about {value} after {cost} of cost":
        "在 {total} 个大客户中对 {n} 个采取行动（假设的成本和效果）：扣除 {cost} 的成本后，"
        "期望净价值约为 {value}",
    "accounts worth acting": "值得行动的客户数",
    "expected net value": "期望净价值",
    "effectiveness (assumed)": "效果（假设）",
    # --- the programme for the board
    "hours a month: {by_type:,.0f} by account type (organisation), {by_strategy:,.0f} by the step-5 strategies":
        "每月工时：按客户类型（组织架构）计 {by_type:,.0f} 小时，按第 5 步的策略计 {by_strategy:,.0f} 小时",
    "three levels, one manager per department (floor)": "三级架构，每个部门一名客户经理（下限）",
    "pooled national team (step-5 plan hours)": "全国统一调配团队（按第 5 步客户管理策略的工时）",
    "managers' cost": "客户经理成本",
    "training": "培训",
    "clubs, visits, forum": "俱乐部、拜访、论坛",
    "retention actions": "挽留行动",
    "share of key-account margin": "占大客户毛利的比例",
    "pooled design: about {total} a year (assumed costs), {share:.1%} of the key accounts' margin of about {margin}":
        "全国统一调配的设计：每年约 {total}（假设成本），占大客户毛利（约 {margin}）的 {share:.1%}",
    "margin the defection model expects to lose in the next year: about {at_risk} ({share:.1%} of the margin)":
        "叛离模型预计未来一年会流失的毛利：约 {at_risk}（占毛利的 {share:.1%}）",
    "to pay for itself, after the visits' expected saving (assumed effect: about {saved}), the "
    "develop accounts' margin must grow by about {growth} a year — "
    "{share:.0%} of their margin of about {margin} (assumed costs)":
        "要收回成本，在计入拜访的期望挽回价值（假设效果：约 {saved}）之后，发展类客户的毛利每年还必须"
        "增长约 {growth}——相当于它们约 {margin} 毛利的 {share:.0%}（假设成本）",
    # --- the recommendation
    "1. Key accounts: {n} current accounts bring {share:.0%} of revenue; "
    "keep the three levels as lines of responsibility, served by a pooled team of {managers} managers.":
        "1. 大客户：{n} 个现有大客户带来 {share:.0%} 的收入；保留三级架构作为责任体系，"
        "由一支 {managers} 名客户经理组成的全国统一调配团队提供服务。",
    "2. Keep every account: move the {n} exit/reduce accounts to cheaper service, not out of the company.":
        "2. 保留每一个客户：把 {n} 个退出/少量保持类客户转为成本更低的服务，而不是让他们离开公司。",
    "3. Against defection: the strongest warning sign among key accounts is '{driver}'; "
    "visit the {n} accounts where a visit pays on our assumed cost and effect, and pilot the visit's effect.":
        "3. 防止叛离：大客户中最强的预警信号是\u201c{driver}\u201d；按我们假设的成本和效果，拜访值得拜访的 "
        "{n} 个客户，并通过试点测出拜访的实际效果。",
    "month to month": "按月合约",
    "4. Programme cost about {cost} a year (assumed; {share:.1%} of key-account margin): "
    "it pays only if the develop accounts' margin grows by about {growth} a year (assumed costs), "
    "which is the number to track.":
        "4. 项目成本每年约 {cost}（假设；占大客户毛利的 {share:.1%}）：只有发展类客户的毛利每年增长约 "
        "{growth}（假设成本），它才能收回成本——这正是要跟踪的数字。",
}
