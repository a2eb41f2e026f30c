"""Chinese text of what chapter 01 prints: ``tr`` sentences, column labels, table values."""

ZH: dict[str, str] = {
    # §2 · customer types: column labels and the values of the importance and loyalty rules
    "customers won through": "赢得的客户数",
    "revenue share %": "收入占比 %",
    "business accounts": "企业客户数",
    "ordinary": "普通客户",
    "importance": "重要程度",
    "old": "老客户",
    "new": "新客户",
    "(lost)": "（流失客户）",
    "(not in touch yet)": "（尚未接触）",
    # the campaigns whose discounts and upgrades hint at value behaviour: the same Chinese names as
    # ch00, which names the operator's products (plans, campaigns, offers)
    "Broadband bundle offer": "宽带融合优惠",
    "Upgrade to Unlimited": "升级不限量畅享",
    "Loyalty retention call": "忠诚客户挽留外呼",
    "offered": "收到优惠的客户数",
    "took it": "接受优惠的客户数",
    "share": "占比",
    # §3 · information types and sources
    "{kind} · {part}: {columns}": "{kind}的{part}：{columns}",
    "individual": "个人客户",
    "organisation": "组织客户",
    "individuals": "个人客户",
    "organisations": "组织客户",
    "psychological / attitude": "心理与态度信息",
    "business status": "业务状况",
    "transaction status": "交易状况",
    "key persons": "关键人物",
    "records": "记录数",
    "{records:,} records in five systems for {customers:,} customers in billing":
        "五个系统中共有 {records:,} 条记录，而计费系统中有 {customers:,} 位客户",
    # §4 · integrate: clean, block, match
    "{n} records: {possible} possible pairs, {candidates} candidate pairs after blocking":
        "{n} 条记录：共有 {possible} 个可能的记录对，分块后剩下 {candidates} 个候选记录对",
    "similarity": "相似度",
    "same person": "是否同一人",
    "{n} records → {people} people; true owners: {owners}":
        "{n} 条记录 → {people} 个人；这些记录真正属于 {owners} 位客户",
    "{records:,} records → {people:,} people (billing knows {customers:,} customers)":
        "{records:,} 条记录 → {people:,} 个人（计费系统中有 {customers:,} 位客户）",
    "precision {precision:.1%}, recall {recall:.1%} ({correct:,} right of {joined:,} joined; "
    "{true:,} true pairs)":
        "精确率 {precision:.1%}，召回率 {recall:.1%}（合并的 {joined:,} 个记录对中有 {correct:,} 个正确；"
        "真实的记录对共 {true:,} 个）",
    # the threshold curve: in the Chinese edition `raw` itself holds Chinese names (zh_CN)
    "English names": "英文姓名（en_US）",
    "Chinese names": "中文姓名（zh_CN）",
    "names": "姓名数据",
    "threshold": "阈值",
    "precision": "精确率",
    "recall": "召回率",
    "kit default 0.5": "教学包默认值 0.5",
    "name threshold": "姓名阈值",
    "share of pairs": "记录对占比",
    # §5 · the customer master file
    "{part}: {columns}": "{part}的字段：{columns}",
    "raw records (客户原始记录)": "客户原始记录",
    "statistical analysis (统计分析资料)": "统计分析资料",
    "investment records (企业投入记录)": "企业投入记录",
    "{share:.1%} of customers paid more than a tenth of their bills late and get one bill of credit":
        "{share:.1%} 的客户逾期支付的账单超过十分之一，信用额度只有一个月的平均账单",
    "% filled": "已填写 %",
    "attitude information: {filled:.0%} of its fields filled; {some:.0%} of consumers have at least "
    "one attitude field, {none:.0%} have none":
        "态度信息：字段填写率为 {filled:.0%}；{some:.0%} 的个人客户至少填有一个态度字段，"
        "{none:.0%} 的个人客户一个也没有",
    "birth date": "出生日期",
    "billing fills at least {least:.0%} of every field; the other four sources lack {birth:.0%} of "
    "birth dates, {email:.0%} of e-mails and {phone:.0%} of phones "
    "(each between {low:.0%} and {high:.0%} for birth dates)":
        "计费系统每个字段的填写率都至少为 {least:.0%}；其他四个数据源缺少 {birth:.0%} 的出生日期、"
        "{email:.0%} 的电子邮件和 {phone:.0%} 的电话号码（出生日期的缺失率在各数据源之间为 "
        "{low:.0%} 到 {high:.0%}）",
    # §7 · the customer database
    "revenue": "收入",
    # §8 · check against the truth
    "{records:,} records → {people:,} people found; {customers:,} true customers":
        "{records:,} 条记录 → 找到 {people:,} 个人；真实客户共 {customers:,} 位",
    "precision {precision:.1%}, recall {recall:.1%}; {split} true customers are split over two or more "
    "entities":
        "精确率 {precision:.1%}，召回率 {recall:.1%}；有 {split} 位真实客户被拆分到两个或更多实体中",
    "entity": "实体编号",
    "key accounts classed 'ordinary':": "被归为“普通客户”的大客户：",
    "revenue_last_12_months": "最近 12 个月收入",
    "customer name": "客户姓名", "home city": "所在城市",
}
