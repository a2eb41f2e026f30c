"""Chinese text of what chapter 03 prints: ``tr`` sentences, column labels, table values."""

ZH: dict[str, str] = {
    # --- sentences (tr templates) ---
    "first-contact resolution: self-service {self_service:.1%}, personal channels {personal:.1%}, "
    "all {overall:.1%} (industry average 67-70 %, world class 80 %)":
        "首次解决率：自助服务 {self_service:.1%}，人员渠道 {personal:.1%}，全部 {overall:.1%}"
        "（行业平均 67-70 %，世界一流 80 %）",
    "phone first-contact resolution on answered calls only: {answered:.1%} "
    "(all phone contacts, abandoned ones counted as unresolved: {all_phone:.1%})":
        "只计接通来电的电话首次解决率：{answered:.1%}（计入全部电话接触、放弃的来电算作未解决：{all_phone:.1%}）",
    "unresolved contacts brought back within 7 days on another channel with the same reason: {n:,}":
        "未解决、7 天内又以同一原因经另一个渠道再次联系的接触：{n:,} 次",
    "contacts followed within 7 days by another contact: {repeat:.1%}; "
    "by one on ANOTHER channel: {switched:.1%} ({handovers:,} hand-overs in two years)":
        "7 天内有下一次接触的接触：{repeat:.1%}；下一次接触在“另一个”渠道上：{switched:.1%}"
        "（两年内共 {handovers:,} 次转接）",
    "followed by another contact within 7 days: after an unresolved contact {unresolved:.1%}, "
    "after a resolved one {resolved:.1%}":
        "7 天内再次联系的比例：未解决的接触之后 {unresolved:.1%}，已解决的接触之后 {resolved:.1%}",
    "service level (answered within 20 s): {level:.1%}": "服务水平（20 秒内接通）：{level:.1%}",
    "abandoned calls: {abandoned:.1%}; average handling time {aht:.0f} s":
        "放弃的来电：{abandoned:.1%}；平均处理时长 {aht:.0f} 秒",
    "agents needed for 80 % in 20 s: {needed}": "20 秒内接通 80 % 所需的坐席数：{needed}",
    "14 agents: agent cost {agent_cost:,.0f}; abandoned calls {abandoned:.1f}; late calls {late:.1f}; "
    "margin lost {lost:,.0f} per half hour":
        "14 名坐席，每半小时：坐席成本 {agent_cost:,.0f}，放弃的来电 {abandoned:.1f} 通，"
        "迟接的来电 {late:.1f} 通，损失的利润 {lost:,.0f}",
    "the service-level target needs {target} agents; profit is highest at {best} agents":
        "达到服务水平目标需要 {target} 名坐席；利润在 {best} 名坐席时最高",
    "13 instead of 14 agents saves {saved:,.0f} of agent cost "
    "and loses {lost:,.0f} of expected margin per half hour":
        "用 13 名而不是 14 名坐席，每半小时省下坐席成本 {saved:,.0f}，却损失预期利润 {lost:,.0f}",
    "at {best} agents the total is {best_total:,.0f} against {target_total:,.0f} at {target}":
        "{best} 名坐席时总成本为 {best_total:,.0f}，{target} 名坐席时为 {target_total:,.0f}",
    "of the margin lost by dropping the 14th agent: {from_abandoned:.0f} from abandoned calls, "
    "{from_late:.0f} from late answers":
        "去掉第 14 名坐席损失的利润中：{from_abandoned:.0f} 来自放弃的来电，{from_late:.0f} 来自迟接的来电",
    "13 agents pay only if both churn effects (or the value at risk) are below {share:.0%} of what we assume":
        "只有当两项流失效应（或风险价值）都低于我们假设值的 {share:.0%} 时，13 名坐席才划算",
    "acquisition cost {cost:.0f} = {mean_months:.1f} months of the mean bill ({mean_bill:.0f}) "
    "or {median_months:.1f} months of the median bill ({median_bill:.0f})":
        "获客成本 {cost:.0f} = {mean_months:.1f} 个月的平均月账单（{mean_bill:.0f}），"
        "或 {median_months:.1f} 个月的月账单中位数（{median_bill:.0f}）",
    "efficiency saves {saving:.2f} per customer, then pays {lost:.2f} in lost margin "
    "and {reacquire:.2f} to re-acquire: net {net:+.2f}":
        "效率导向每位客户节省 {saving:.2f}，随后付出损失的利润 {lost:.2f} 和重新获客成本 {reacquire:.2f}："
        "净额 {net:+.2f}",
    "on a high-value customer: saves {saving:.1f} and nets {net:+.1f}":
        "在一位高价值客户身上：节省 {saving:.1f}，净额 {net:+.1f}",
    "effectiveness nets {net:+.2f} per customer; x {n:,} customers = about {total:+,.0f} a year":
        "效果导向每位客户净额 {net:+.2f}；× {n:,} 位客户 = 每年约 {total:+,.0f}",
    "{arm}: handling cost cut by {cut:.1%}": "{arm}：处理成本降低 {cut:.1%}",
    "median {median:.1f} days to close, 90 % within {p90:.0f} days; reopened {reopened:.1%}; "
    "compensation paid {paid:,.0f} on {share:.0%} of complaints":
        "关闭用时中位数 {median:.1f} 天，90 % 在 {p90:.0f} 天内关闭；重新打开 {reopened:.1%}；"
        "对 {share:.0%} 的投诉支付补偿，共 {paid:,.0f}",
    "complaints: {n:,}; left out because opened in the last 90 days: {late:,}":
        "投诉：{n:,} 件；因在最后 90 天内提出而排除：{late:,} 件",
    "after a badly handled complaint, churn is {bad:.1f} x the baseline; after a well-handled one {well:.1f} x":
        "投诉处理不当之后，流失率是基线的 {bad:.1f} 倍；处理得好的投诉之后是 {well:.1f} 倍",
    "NPS: {nps:+.0f} (telecom operators: about -3 to +24)":
        "净推荐值 (NPS)：{nps:+.0f}（电信运营商：约 -3 至 +24）",
    "detractor minus promoter churn: {overall:.1%} over everyone, "
    "{within:.1%} on average within a propensity third":
        "贬损者减推荐者的流失率：全体为 {overall:.1%}，在流失倾向的各三分位组内平均为 {within:.1%}",
    "mean true monthly churn probability: detractors {detractors:.4f}; promoters {promoters:.4f}":
        "真实月流失概率的平均值：贬损者 {detractors:.4f}，推荐者 {promoters:.4f}",
    "complaints that look handled well to the customer (closed within a week, followed up, not reopened): "
    "{visible:.1%}, planted share handled well: {planted:.0%}":
        "在客户看来处理得好的投诉（一周内关闭、做了回访、没有重新打开）：{visible:.1%}；"
        "植入的处理得好的比例：{planted:.0%}",
    # --- chart titles written in the notebook ---
    "High-value customers": "高价值客户",
    "Everyone else": "其余客户",
    # --- 1 · touchpoints by distance and initiator ---
    "distance": "距离",
    "initiator": "发起方",
    "company": "企业",
    "customer": "客户",
    "touchpoints": "接触点数",
    "share_%": "占比 (%)",
    "customer-initiated touchpoints": "客户发起的接触点数",
    "company-initiated touchpoints": "企业发起的接触点数",
    "campaign by phone": "营销活动（电话）",
    "campaign by app": "营销活动（手机应用）",
    "satisfaction survey": "满意度调查",
    # --- 2 · channels ---
    "contacts": "接触次数",
    "share": "占比",
    "first_contact_resolution": "首次解决率",
    "mean_handling_time_s": "平均处理时长（秒）",
    "abandonment": "放弃率",
    "first-contact resolution %": "首次解决率 (%)",
    "FCR on billing questions %": "账单咨询的首次解决率 (%)",
    # --- 3 · remember me ---
    "next_channel": "下一次接触的渠道",
    "days_to_next": "距下一次接触的天数",
    "another contact within 7 days %": "7 天内再次接触 (%)",
    "on another channel %": "经另一个渠道 (%)",
    # --- 4 · buying process ---
    "buying_step": "购买步骤",
    "step": "步骤",
    # --- 5 · the queue ---
    "agents": "坐席数",
    "service_level": "服务水平",
    "average_speed_of_answer_s": "平均应答时间（秒）",
    "occupancy": "占用率",
    "calls": "来电数",
    "traffic_erlangs": "话务量（爱尔兰）",
    "hour (each half hour of it)": "时段（该小时内的每半小时）",
    # --- 6 · contact-centre ROI ---
    "input": "输入参数",
    "measured or assumed": "实测或假设",
    "value used": "取值",
    "measured": "实测",
    "assumed": "假设",
    "measured x assumed margin": "实测 × 假设的利润率",
    "mean patience of a caller (s)": "来电者的平均耐心时间（秒）",
    "extra 90-day churn, badly handled complaint": "投诉处理不当后 90 天内增加的流失率",
    "a caller's yearly margin (value at risk)": "一位来电者的年利润（风险价值）",
    "cost per agent-hour": "每坐席小时成本",
    "extra churn after an abandoned call": "放弃来电后增加的流失率",
    "extra churn after a late answer": "迟接后增加的流失率",
    "agent_cost": "坐席成本",
    "margin_lost": "损失的利润",
    "total_cost": "总成本",
    "best": "最优",
    "meets_target": "达到目标",
    # --- 7 · efficiency vs effectiveness ---
    "arm": "试点组",
    "value_tier": "价值层级",
    "yearly_margin": "年利润",
    "handling_cost": "处理成本",
    "churn": "流失率",
    "status quo": "现状",
    "efficiency": "效率导向",
    "effectiveness": "效果导向",
    "handling_cost_per_customer": "每位客户的处理成本",
    "churn_high_value": "高价值客户流失率",
    "churn_low_value": "低价值客户流失率",
    "saving": "节省",
    "extra_margin_lost": "额外损失的利润",
    "extra_reacquisition": "额外的重新获客成本",
    "net_per_customer": "每位客户净额",
    "high value: saving": "高价值客户：节省",
    "high value: net": "高价值客户：净额",
    "low value: saving": "低价值客户：节省",
    "low value: net": "低价值客户：净额",
    # --- 8 · complaints ---
    "complaints": "投诉数",
    "median_hours": "小时数中位数",
    "p90_hours": "小时数第 90 百分位",
    "comparison group": "比较组",
    "cases": "件数",
    "churn_within_90_days_%": "90 天内流失率 (%)",
    "relative_to_baseline": "相对基线的倍数",
    "complaint handled well": "投诉处理得好",
    "complaint handled badly": "投诉处理不当",
    "any customer-month (baseline)": "任一客户-月（基线）",
    # --- 9 · satisfaction → loyalty ---
    "nps_group": "净推荐值 (NPS) 分组",
    "surveys": "调查数",
    "mean_csat": "平均 CSAT",
    "churn_within_180_days": "180 天内流失率",
    "mean_bill_next_3_months": "此后 3 个月的平均账单",
    "propensity": "流失倾向",
    "middle": "中",
    "true_churn_prob": "真实流失概率",
    # --- 10 · against the truth ---
    "planted": "植入的真实值",
    "churn_multiplier_good": "流失倍数（处理得好）",
    "churn_multiplier_poor": "流失倍数（处理不当）",
    "months_of_effect": "影响月数",
    "share_handled_well": "处理得好的比例",
}
