"""Chinese text of what chapter 02 prints: ``tr`` sentences, column labels, table values."""

ZH: dict[str, str] = {
    # --- §2 · the 80/20 rule
    "revenue": "收入",
    "share": "占比",
    "cumulative share of revenue": "累计收入占比",
    "cumulative share of customers": "累计客户占比",
    "the top 20 % of customers bring {share:.1%} of revenue": "前 20 % 的客户带来了 {share:.1%} 的收入",
    "Gini of revenue = {gini:.2f}": "收入的基尼系数 = {gini:.2f}",
    "business (集团) accounts: {customers:.1%} of customers, {revenue:.1%} of revenue":
        "企业客户：占客户数的 {customers:.1%}，占收入的 {revenue:.1%}",
    # --- §3 · ABC analysis
    "abc_class": "ABC 类别",
    "customer share %": "客户占比 %",
    "revenue share %": "收入占比 %",
    "class A holds {n:,} customers; at an assumed 50 accounts per dedicated representative "
    "that is {reps} representatives":
        "A 类共有 {n:,} 位客户；假设每名专职客户代表负责 50 个账户，需要 {reps} 名客户代表",
    # --- §4 · RFM: the segment names of differentiate.RFM_RULES (its segment_zh column)
    "champions": "冠军客户",
    "loyal": "忠诚客户",
    "new customers": "新客户",
    "potential loyalists": "潜力客户",
    "can't lose them": "不能失去的客户",
    "at risk": "流失风险客户",
    "need attention": "需关注客户",
    "hibernating": "沉睡客户",
    "mean top-up spend": "平均充值金额",
    "customers with no top-up at all, hence no RFM row: {n}":
        "从未充值、因而没有 RFM 记录的客户：{n} 位",
    # --- §5 · CLV
    "assumed margins: service {service:.0%}, top-ups {topups:.0%}; discount rate {rate:.0%} a year":
        "假设的毛利率：服务账单 {service:.0%}，充值 {topups:.0%}；年折现率 {rate:.0%}",
    "historical value of the base: {total}; median customer {median:,.0f}":
        "全体客户的历史价值：{total}；客户中位数 {median:,.0f}",
    "CLV over 36 months = {months:,.0f}; over an infinite horizon m·r/(1+d−r) = {infinite:,.0f}":
        "36 个月的 CLV = {months:,.0f}；无限期 m·r/(1+d−r) = {infinite:,.0f}",
    "month-to-month, by hand: α = {alpha:.3g}, β = {beta:.3g}, mean churn α/(α+β) = {churn:.2%} a month":
        "按月合约，手算：α = {alpha:.3g}, β = {beta:.3g}, 平均流失率 α/(α+β) = 每月 {churn:.2%}",
    "mean monthly churn": "平均月流失率",
    "left": "离网客户数",
    "at search bound": "停在搜索边界的参数",
    "two-year: α = {alpha:.3g}, β = {beta:.3g} — β sits at the search bound, and neither is "
    "identified by the data; only the mean churn {churn:.2%} is":
        "两年合约：α = {alpha:.3g}, β = {beta:.3g}——β 停在搜索边界上，两者都无法由数据识别；"
        "能识别的只有平均流失率 {churn:.2%}",
    "one-year: the fit rests on {left} leavers among {n} customers":
        "一年合约：拟合只依据 {n} 位客户中的 {left} 位离网者",
    "log-likelihood below the best": "对数似然（相对最大值）",
    "α/(α+β) = fitted mean churn": "α/(α+β) = 拟合的平均流失率",
    "sBG likelihood of the two-year cohort: a ridge, not a peak":
        "两年合约客户群的 sBG 似然：一道山脊，而不是一座山峰",
    "start (α, β)": "起点 (α, β)",
    "log-lik below kit's fit": "对数似然（相对教学包的拟合）",
    "retention rate": "客户保持率",
    "tenure of active customers: up to {months} months (the fits saw at most 24)":
        "在网客户的在网时长：最长 {months} 个月（拟合所用的数据最多只有 24 个月）",
    "contract CLV of the {n:,} active customers over 36 months: {total}":
        "{n:,} 位在网客户未来 36 个月的合约 CLV：{total}",
    "fitted (3 significant digits)": "拟合值（3 位有效数字）",
    "Gamma-Gamma": "伽马-伽马模型",
    "predicted 36-month CLV of the base: {total} ({contracts:.0%} from contracts, the rest from top-ups)":
        "全体客户未来 36 个月的预测 CLV：{total}（{contracts:.0%} 来自合约，其余来自充值）",
    # --- §6 · ABC, RFM and CLV side by side
    "class A, already left": "A 类，已离网",
    "class A, active, bottom half of CLV": "A 类，在网，CLV 位于后一半",
    "RFM champions in class C": "C 类中的 RFM 冠军客户",
    "business, RFM 'hibernating'": "企业客户，RFM 为“沉睡客户”",
    "top-20 % CLV outside class A": "CLV 前 20 % 却不在 A 类",
    "ABC revenue": "ABC（收入）",
    "RFM score": "RFM 得分",
    "historical CLV": "历史 CLV",
    "predicted CLV": "预测 CLV",
    # --- §7 · the customer pyramid
    "mean": "均值",
    "charging acquisition only to this window's joiners: {n} customers below zero, "
    "{joiners:.0%} of them joiners;":
        "只向本窗口内新入网的客户计入获客成本：{n} 位客户低于零，其中 {joiners:.0%} 是新入网客户；",
    "per year, charged to everyone: {n} below zero, {joiners:.0%} of them joiners":
        "按年计算、向每位客户计入：{n} 位低于零，其中 {joiners:.0%} 是新入网客户",
    "type": "类型",
    "current value": "当前价值",
    "potential value": "潜在价值",
    "room": "增长空间",
    "pyramid_level": "金字塔层级",
    "median annual value": "年净价值中位数",
    "median room": "增长空间中位数",
    "share of survey respondents who are promoters (NPS 9-10), by level:":
        "各层级回答过调查的客户中推荐者（NPS 9-10）所占比例：",
    "share of promoters": "推荐者占比",
    "no survey answers": "没有调查回答",
    "pyramid level of the 500 highest predicted CLVs:": "预测 CLV 最高的 500 位客户所在的金字塔层级：",
    # --- §8 · key customers
    "volume: lines (mean)": "采购量：线路数（均值）",
    "alternatives: month-to-month %": "替代方案：按月合约 %",
    "switching cost: services held (mean)": "转换成本：办理的业务数（均值）",
    "cost to serve: contacts a year (mean)": "服务成本：每年接触次数（均值）",
    "revenue per account (mean)": "每账户收入（均值）",
    # the course's words of differentiate.KEY_CUSTOMER_FRAMEWORK
    "  the course looks at: {looks_at}\n  measured here by:    {measured}":
        "  课程考察：{looks_at}\n  这里的衡量指标：{measured}",
    "value and price, difference from other customers, preferences, access to key people, buying rules":
        "价值与价格、与其他客户的差异、偏好、能否接触到关键人物、采购规则",
    "sales volume, margin; growth potential": "销售量、毛利；增长潜力",
    "the relationship's current state and its potential": "关系的现状及其潜力",
    "attractiveness": "吸引力",
    "customer potential": "客户潜力",
    "relationship": "关系",
    "score": "综合得分",
    "the largest account brings {largest:.1%} of all revenue; the 10 top-scored accounts "
    "together {top10:.1%}":
        "最大的账户带来全部收入的 {largest:.1%}；得分最高的 10 个账户合计带来 {top10:.1%}",
    # k-means profile (differentiate.kmeans_segments)
    "description": "特征描述",
    "high {feature}": "{feature} 偏高",
    "low {feature}": "{feature} 偏低",
    "high {high}, low {low}": "{high} 偏高，{low} 偏低",
    "average on every feature": "各项特征均接近平均",
    # --- §9 · scoring against the truth
    "fitted mean monthly churn": "拟合的平均月流失率",
    "true mean θ of the cohort": "该客户群真实 θ 的均值",
    "rank correlation of predicted and true CLV (active customers): {rho:.2f}":
        "预测 CLV 与真实 CLV 的秩相关（在网客户）：{rho:.2f}",
    "predicted total {predicted} vs true total {true}": "预测合计 {predicted}，真实合计 {true}",
    "P(alive) vs planted 'still buying' flag": "P(存活) 与植入的“仍在充值”标记",
    "Gamma-Gamma spend vs planted mean spend": "伽马-伽马模型估计的消费额与植入的平均消费额",
    "top-up CLV vs planted rate × active × spend": "充值 CLV 与植入的充值速率 × 是否活跃 × 消费额",
    "rank correlation (active customers with top-ups)": "秩相关（有充值记录的在网客户）",
    "mean true CLV": "真实 CLV 均值",
    "k-means cluster": "k-means 聚类",
    "planted segment": "植入的细分",
}
