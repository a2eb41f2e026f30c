"""Every text ``check()`` prints, in English and Chinese, in one table.

The Chinese edition calls ``crmlab.set_language("zh")`` (the same switch as
``crmlab.exercises.set_language("zh")``; or set the environment variable ``CRMLAB_LANGUAGE=zh``
before starting Jupyter); nothing else changes.
"""

from __future__ import annotations

from .._language import LANGUAGES, STATE as _STATE
from .._language import language as _kit_language
from .._language import set_language as _kit_set_language

MESSAGES: dict[str, dict[str, str]] = {
    "correct": {"en": "✔ {id} correct.", "zh": "✔ {id} 正确。"},
    "not_yet": {"en": "✘ {id} not yet: replace the ... with your answer.",
                "zh": "✘ {id} 还没有作答：请把 ... 换成你的答案。"},
    "wrong": {"en": "✘ {id} {problem}", "zh": "✘ {id} {problem}"},
    "hint_line": {"en": "  Hint: {hint}", "zh": "  提示：{hint}"},
    "hint_more": {"en": "  More: hint(\"{id}\", 2) gives the method.",
                  "zh": "  需要更多帮助：hint(\"{id}\", 2) 给出方法。"},
    "written": {"en": "✎ {id} is a written answer: write it in the answer cell; your instructor marks it.",
                "zh": "✎ {id} 是文字题：请写在答案单元格里，由老师批改。"},
    "started": {"en": "Your data: seed {seed} ({customers:,} customers). Every check uses this seed.",
                "zh": "你的数据：种子 {seed}（{customers:,} 位客户）。所有检查都按这个种子计算。"},
    # what is wrong, never the answer
    "not_right": {"en": "is not right yet.", "zh": "还不对。"},
    "close": {"en": "is close but not within the accepted precision: check your rounding "
                    "(keep at least {digits}) and the exact definition in the question.",
              "zh": "很接近，但还不够精确：检查一下四舍五入（至少保留{digits}）以及题目中的确切定义。"},
    "percent": {"en": "looks like a percentage: give a share between 0 and 1 (0.25, not 25).",
                "zh": "看起来是百分数：请给出 0 到 1 之间的比例（写 0.25，而不是 25）。"},
    "share_for_percent": {"en": "looks like a share: this one asks for a percentage or points (25, not 0.25).",
                          "zh": "看起来是比例：这一题要的是百分数或分值（写 25，而不是 0.25）。"},
    "shipped_seed": {"en": "matches the shipped data (seed 0), not your data (seed {seed}): "
                           "use the data returned by start(seed), not load_telecom().",
                     "zh": "这是默认数据（种子 0）的答案，不是你的数据（种子 {seed}）的答案："
                           "请使用 start(seed) 返回的数据，而不是 load_telecom()。"},
    "expects_number": {"en": "expects a number, got {type}.", "zh": "需要一个数，得到的是 {type}。"},
    "expects_real": {"en": "expects a real number, got {type}.", "zh": "需要一个实数，得到的是 {type}。"},
    "expects_whole": {"en": "expects a whole number (a count), got {value}.",
                      "zh": "需要一个整数（计数），得到的是 {value}。"},
    "expects_string": {"en": "expects a string, got {type}.", "zh": "需要一个字符串，得到的是 {type}。"},
    "expects_bool": {"en": "expects True or False, got {type}.", "zh": "需要 True 或 False，得到的是 {type}。"},
    "expects_series": {"en": "expects a pandas Series (or a one-column DataFrame, or a dict), got {type}.",
                       "zh": "需要一个 pandas Series（或单列 DataFrame、dict），得到的是 {type}。"},
    "expects_frame": {"en": "expects a pandas DataFrame, got {type}.",
                      "zh": "需要一个 pandas DataFrame，得到的是 {type}。"},
    "expects_collection": {"en": "expects a collection (set or list), got {type}.",
                           "zh": "需要一个集合（set 或 list），得到的是 {type}。"},
    "one_value": {"en": "expects one value, got {n}.", "zh": "需要一个值，得到了 {n} 个。"},
    "n_values": {"en": "expects {expected} values, got {got}.", "zh": "需要 {expected} 个值，得到了 {got} 个。"},
    "n_items": {"en": "expects {expected} items, got {got}.", "zh": "需要 {expected} 项，得到了 {got} 项。"},
    "n_rows": {"en": "expects {expected} rows, got {got}.", "zh": "需要 {expected} 行，得到了 {got} 行。"},
    "columns": {"en": "expects the column(s) {missing}.", "zh": "缺少列 {missing}。"},
    "column": {"en": "column {column!r}: {problem}", "zh": "列 {column!r}：{problem}"},
    "index": {"en": "has the right length but not the expected index (labels).",
              "zh": "长度对了，但索引（标签）不对。"},
    "numbers": {"en": "expects numbers.", "zh": "需要数值。"},
    "n_wrong": {"en": "is not right yet for {wrong} of {total} values.",
                "zh": "{total} 个值中有 {wrong} 个还不对。"},
    "items": {"en": "has the right size but not the right items.", "zh": "数量对了，但内容不对。"},
    "unreadable": {"en": "cannot be checked: an answer of type {type} is not something this exercise "
                         "can read ({detail}).",
                   "zh": "无法检查：这一题读不懂类型为 {type} 的答案（{detail}）。"},
    "digits_decimals": {"en": "{n} decimals", "zh": "{n} 位小数"},
    "digits_significant": {"en": "{n} significant digits", "zh": "{n} 位有效数字"},
    "digits_whole": {"en": "whole units", "zh": "到个位"},
}

# _STATE is the one switch of crmlab.language: both directions stay in sync


def set_language(language: str) -> None:
    """Print the feedback of ``check()`` in ``"en"`` (English) or ``"zh"`` (中文).

    The same switch as ``crmlab.set_language``: charts, widgets and the data locale follow too.

    >>> set_language("zh"); message("not_right"); set_language("en")
    '还不对。'
    """
    _kit_set_language(language)


def language() -> str:
    """The language ``check()`` answers in (the kit's language, ``crmlab.language()``)."""
    return _kit_language()


#: Chinese questions and hints of exercises, by id: {"00.1": {"question": ..., "hint": ...,
#: "method": ...}}. In "zh", ``question``, ``hint`` and ``check`` print these; an exercise (or a
#: field) without an entry falls back to its English text.
EXERCISE_TEXTS: dict[str, dict[str, str]] = {}


def exercise_text(exercise_id: str, field: str, english: str) -> str:
    """The ``field`` ("question", "hint", "method") of an exercise in the current language.

    >>> exercise_text("no such id", "hint", "the idea")
    'the idea'
    """
    if _STATE["language"] != "zh":
        return english
    return EXERCISE_TEXTS.get(exercise_id, {}).get(field) or english


def message(key: str, **values) -> str:
    """The text ``key`` in the current language, filled with ``values``."""
    texts = MESSAGES[key]
    return texts.get(_STATE["language"], texts["en"]).format(**values)

# "close" feedback for one exercise: what is probably off (a denominator, a period, a convention)
MESSAGES.update({
    "all_months": {"en": "is the revenue of every month in the data: keep only the months of 2025.",
                   "zh": "这是数据中所有月份的收入：只保留 2025 年的月份。"},
    "denominator_all_customers": {
        "en": "divides by all customers: the question counts only the customers billed that month.",
        "zh": "除以了全部客户：题目只计算当月有账单的客户。"},
    "denominator_active": {
        "en": "divides by the active customers only: check the denominator the question names.",
        "zh": "只除以了活跃客户：请核对题目指定的分母。"},
    "timing_start": {
        "en": "counts the first margin at once (t = 0): the question has it arrive at the end of "
              "month 1, discounted once.",
        "zh": "把第一笔利润算在了期初（t = 0）：题目规定第一笔利润在第 1 个月末到账，并折现一次。"},
    "all_complaints": {"en": "counts every complaint: keep only those opened in 2025.",
                       "zh": "统计了所有投诉：只保留 2025 年提出的投诉。"},
    "both_directions": {"en": "looks like the other direction of the rule: the question asks for "
                              "iptv → broadband.",
                        "zh": "看起来是反方向的规则：题目问的是 iptv → broadband。"},
    "ended_too": {"en": "counts subscriptions that have ended: holding means no end date.",
                  "zh": "把已结束的订阅也算进去了：持有是指没有结束日期。"},
    "not_rounded": {"en": "uses the measured values unrounded: build the assumptions as the "
                          "notebook does (churn to 4 decimals, margin to 2).",
                    "zh": "使用了未四舍五入的测量值：请按笔记本的方式构建假设（流失率保留4位小数，利润保留2位）。"},
})
MESSAGES.update({
    "denominator_all_channels": {
        "en": "is the share over all channels: keep the phone contacts only.",
        "zh": "这是所有渠道的比例：只保留电话渠道的接触。"},
})
MESSAGES.update({
    "denominator_start": {"en": "divides by all customers ever: the question divides by those "
                                "billed in January 2025.",
                          "zh": "除以了所有客户：题目要求除以 2025 年 1 月有账单的客户。"},
    "margin_missing": {"en": "is revenue, not margin: multiply by the 60 % margin.",
                       "zh": "这是收入，不是利润：请乘以 60% 的利润率。"},
})
# Chapter 00 in Chinese (the other chapters fall back to English until their texts are added here)
EXERCISE_TEXTS.update({
    "00.1": {"question": "有多少客户是集团/企业客户？",
             "hint": "每位客户是 customers 表中的一行，表中写明了每位客户的类型。",
             "method": "在 data.customers 中保留 customer_type 为 'business' 的行并计数。"},
    "00.2": {"question": "在全部客户中，签按月合约（month-to-month）的客户占多大比例（0-1）？",
             "hint": "比例 = 部分客户的数量除以全部客户的数量。",
             "method": "在 data.customers 中统计 contract 为 'month-to-month' 的行数，再除以总行数"
                       "（全部客户，包括已流失的）；也可以一次算出各合约类型的比例。"},
    "00.3": {"question": "2025 年共开出多少账单收入（2025 年各月 bills.amount 之和）？",
             "hint": "一年的收入 = 该年所有账单的金额相加。",
             "method": "在 data.bills 中保留 month 落在 2025 年的行（month 列是日期），再把 amount 列相加。"},
    "00.4": {"question": "有多少客户收到了 2025 年 12 月的账单（活跃客户）？",
             "hint": "客户在某月收到该月账单，就是该月的活跃客户。",
             "method": "在 data.bills 中保留 month 为 2025-12-01 的行，统计不同的客户编号个数。"},
    "00.5": {"question": "在 interactions 表中，哪个渠道承载的接触最多？",
             "hint": "interactions 的每一行是一次接触，并写明了渠道。",
             "method": "按渠道统计 data.interactions 的行数，取次数最多的渠道；以字符串给出渠道名称"
                       "（用数据中的英文代码，例如 'phone'）。"},
    "00.6": {"question": "月度收入：每个月的账单总金额，以月份为索引。",
             "hint": "每个月一个数：该月所有账单相加。",
             "method": "按 month 对 data.bills 分组，把每组的 amount 相加；月份成为索引"
                       "（Series、单列 DataFrame 或月份 Period 都可以）。"},
    "00.7": {"question": "账单总收入中有多大比例（0-1）来自前 20% 的客户（在 n 位有账单的客户中，"
                         "按账单总额排序后的前 int(0.2 * n) 位）？",
             "hint": "把客户从大到小排序，看前五分之一的客户贡献多少 —— 帕雷托定理（八二开规则）。",
             "method": "把每位客户的账单相加，按总额从大到小排序，把前 int(0.2 * n) 个相加，"
                       "再除以所有总额之和。"},
    "00.8": {"question": "2025 年 12 月的 ARPA：该月账单收入除以该月有账单的账户（客户）数？",
             "hint": "ARPA（每账户平均收入）是每个付费账户的收入：只算该月有账单的账户，"
                     "一个有很多号码的集团账户只算一次。",
             "method": "保留 month 为 2025-12-01 的账单；用 amount 之和除以其中不同客户的个数（即 00.4 的答案）。"},
    "00.9": {"question": "决策：销售总监看了你的 00.7，提议停止为前 20% 以外的所有客户提供电话服务。"
                         "你是否同意？为什么？",
             "hint": "收入不是利润，过去也不是未来。",
             "method": "用 00.7 的比例和它排除在外的客户数；想一想服务他们的成本、他们将来可能的价值，"
                       "以及他们会对别人说什么。"},
    "00.10": {"question": "决策：根据 00.6 的月度收入，业务在增长吗？你会对 CEO 说什么？下一步看什么？",
              "hint": "总额的趋势可能来自客户变多，也可能来自每位客户花得更多。",
              "method": "比较 00.6 的第一个月和最后一个月，再把变化拆成活跃账户数（00.4）和 ARPA（00.8）："
                        "收入 = 账户数 × ARPA。"},
    "00.11": {"question": "2025 年 12 月的 ARPU：该月账单收入除以用户数 —— 即该月有账单的账户的号码数"
                          "（customers.lines）之和？",
              "hint": "ARPU（每用户平均收入）是每个用户的收入，一个用户就是一个号码（SIM 卡）："
                      "有 50 个号码的集团账户算 50 次。",
              "method": "保留 month 为 2025-12-01 的账单；在 data.customers 中查出每个有账单账户的号码数并相加；"
                        "用该月收入除以这个号码总数。"},
    "00.12": {"question": "决策：今年的预算只够做一个 CRM 项目 —— 新的手机应用和微信服务（合作型CRM）、"
                          "整合 crm_raw 背后五个系统的客户主文件（操作型/分析型CRM），或者一个流失预测模型"
                          "（分析型CRM）。先做哪一个？为什么？",
              "hint": "三类 CRM 系统相互依赖：模型和渠道都需要先知道客户是谁。",
              "method": "用笔记本 00 的架构图：哪个系统为哪个系统提供数据；统计 crm_raw 中每位客户有多少条记录；"
                        "说明每个项目需要其他项目提供什么。"},
})
# Chapters 01-06 in Chinese: the question, the idea (hint) and the method (hint level 2) of every exercise
EXERCISE_TEXTS.update({
    "01.1": {"question": "crm_raw 中有多少条记录来自数据源 'web_signup'？",
             "hint": "crm_raw 是来自几个系统的一堆客户原始记录；每条记录都写明了它来自哪里。",
             "method": "在 data.crm_raw 中，把 source 列与 'web_signup' 比较，统计相符的记录数。"},
    "01.2": {"question": "把电话号码标准化之后，crm_raw 中共有多少个不同的电话号码（缺失的不计）？",
             "hint": "同一个号码有很多种写法（+86、空格、短横线）；先把它们统一成同一种写法，再比较。",
             "method": "用第 01 章工具包里的电话号码标准化方法处理 data.crm_raw 的 phone 列，"
                       "再统计不缺失的不同取值个数。"},
    "01.3": {"question": "按默认设置进行客户身份识别，在 crm_raw 中能找到多少个人（实体）？",
             "hint": "客户身份识别把共享强键（电话、电子邮箱）的记录连成同一个人。",
             "method": "用本章的身份识别方法（默认设置）处理 data.crm_raw；它给每条记录一个实体编号："
                       "统计不同编号的个数。"},
    "01.4": {"question": "以 raw_truth 为准，这次身份识别的成对召回率（0-1）是多少：在所有真正属于同一位客户的"
                         "记录对中，被放进同一个实体的比例？",
             "hint": "召回率问的是：本该在一起的记录对中，我们把多少对放在了一起？",
             "method": "以 record_id 为索引读取 data.raw_truth，把其中的 customer_id 当作真实答案；"
                       "用本章的匹配质量评估方法，把 01.3 得到的实体与之对照，读出召回率（recall）。"},
    "01.5": {"question": "在客户主文件中，有多少客户至少有一条投诉仍未结案？",
             "hint": "客户主文件每位客户一行，汇总了我们对这位客户的了解。",
             "method": "按第 01 章的方法用 data 建立客户主文件；统计未结投诉数（open_complaints）大于 0 的客户数。"
                       "（也可以用 data.complaints 核对：status 不是已结案。）"},
    "01.6": {"question": "在 2025-12-31，有多少客户处于衰退期？",
             "hint": "客户生命周期阶段来自客户的消费随时间如何变化。",
             "method": "按本章的规则给每位客户判定 2025-12-31 的生命周期阶段，再统计阶段为 'decline'（衰退期）的客户数。"},
    "01.7": {"question": "在客户数据库上用 SQL 查询：2025 年向套餐 'P06' 的客户开出的账单总金额是多少？",
             "hint": "账单表不知道套餐，客户表知道 —— 按客户把两张表连接起来。",
             "method": "按 customer_id 把 bills 与 customers 连接（JOIN），保留 plan_id 为 'P06'、月份从 "
                       "'2025-01-01' 起到 '2026-01-01' 之前（不含）的行，再对 amount 求和（SUM）。"},
    "01.8": {"question": "crm_raw 的记录中，没有电子邮箱（缺失）的占多大比例（0-1）？",
             "hint": "信息完整度从统计缺了什么开始。",
             "method": "在 data.crm_raw 中标出 email 缺失的记录，计算被标出的记录占全部记录的比例。"},
    "01.9": {"question": "决策：市场部想在下周给 crm_raw 的每一条记录寄一份优惠。你有什么建议？"
                         "不听你的建议会付出什么代价？",
             "hint": "记录不等于客户。",
             "method": "把记录数与 01.3 找到的人数相比，用上 01.4 的召回率，并想一想一位收到三封信的客户会怎么看我们。"},
    "01.10": {"question": "决策：客户身份识别是否应该更激进地合并（例如也按姓名和城市合并）—— "
                          "用于营销邮寄时怎样？用于客户的账单时又怎样？",
              "hint": "错误合并与漏掉合并，在不同用途中代价不同。",
              "method": "把召回率（01.4）和精确率与这两种用途联系起来；说明每种用途中哪种错误更严重，"
                        "以及为什么姓名永远不能当作键。"},
    "01.11": {"question": "信用记录与销售限额：客户主文件给逾期付款账单超过十分之一的客户一个相当于一期平均账单的"
                          "信用额度，其他客户三期。有多少客户只得到一期账单的额度？",
              "hint": "客户原始记录中的信用部分把付款行为变成销售限额。",
              "method": "按客户计算 paid_late 为 True 的账单占其全部账单的比例；统计比例严格大于 0.1 的客户数。"},
    "01.12": {"question": "在消费者客户中，客户主文件里至少有一项态度信息（最近一次 NPS 回答或平均接触评分）的"
                          "占多大比例（0-1）？",
              "hint": "心理/态度信息必须去问才有；信息完整度显示我们问得有多勤。",
              "method": "建立客户主文件；只保留消费者客户（consumer）；标出 last_nps 或 mean_csat 不缺失的客户"
                        "（有一项即可）；计算被标出客户所占的比例。"},
    "01.13": {"question": "决策：课程中的几种客户类型（按关系、重要性、忠诚度和价值行为划分），这家运营商的数据"
                          "能看出哪些、看不出哪些？要看出价值行为类型（灯塔型、跟随型、理性、逐利客户），"
                          "你会通过什么渠道收集什么信息？",
              "hint": "数据记录的是客户和我们之间做了什么；'逐利'这样的类型关乎的是为什么。",
              "method": "逐一检查四种客户分类方式，指出能反映每种分类的列；对价值行为类型，选一个收集渠道"
                        "（问卷、访谈、观察新产品采用情况和优惠结束后的离开情况），并说明你会记录什么。"},
})
EXERCISE_TEXTS.update({
    "02.1": {"question": "收入（账单 + 充值）中有多大比例（0-1）来自前 20% 的客户（累计曲线上的前 20%，"
                         "5,000 位客户全部计入）？",
             "hint": "帕雷托（累计）曲线上的八二开问题：给客户排序，再累加价值。",
             "method": "把收入从大到小排序；累计价值份额对累计客户份额就是帕雷托曲线；读出 20% 客户处的价值份额"
                       "（5,000 位客户时，正好是前 1,000 位）。"},
    "02.2": {"question": "各客户收入（账单 + 充值）的基尼系数（0-1）是多少？",
             "hint": "基尼系数衡量洛伦兹曲线在绝对平均线下方凹陷了多少：0 表示人人相同，趋近 1 表示一位客户拥有全部。",
             "method": "把收入从小到大排序（x_1..x_n，名次 i = 1..n）；基尼系数 = sum((2i - n - 1) x_i) / (n x sum(x))。"},
    "02.3": {"question": "在收入的 ABC 分析（80% / 95%）中，有多少客户属于 A 类？",
             "hint": "A 类客户是从大到小排列、合计构成前 80% 价值的那些客户。",
             "method": "把收入从大到小排序并累加其份额；如果排在某位客户之前的所有客户的份额仍低于 0.8，"
                       "这位客户就是 A 类（因此跨过 80% 的那一位也算 A 类）。统计 A 类客户数。"},
    "02.4": {"question": "在充值数据的 RFM 分析中（截至 2026-01-01），有多少客户是'冠军'（champions）？",
             "hint": "RFM 给最近一次购买、消费频率和购买金额各打 1-5 分；冠军客户三项得分都高。",
             "method": "以 2026-01-01 为基准，用 data.topups 建立 RFM 表，并按本章的规则给细分命名；"
                       "统计 'champions' 的个数。"},
    "02.5": {"question": "一位客户的 36 个月客户终身价值：月利润取你的种子对应的值（margin = 30 + seed % 21，"
                         "在笔记本中设定），月保持率 0.97，年折现率 10%（月折现率 d = 1.1 ** (1/12) - 1），"
                         "每月利润在第 t = 1..36 个月末到账：即 margin x 0.97**t / (1 + d)**t 之和？",
             "hint": "客户终身价值 = 客户预期带来的各期利润，每期乘以客户仍在的概率，再折现到今天。",
             "method": "取 t = 1, ..., 36；对每个 t，把利润乘以 0.97**t（客户仍在），再除以 (1 + d)**t（折现）；"
                       "把 36 项相加。"},
    "02.6": {"question": "用移位贝塔几何模型（sBG）拟合 Fader & Hardie 的'高端'（high end）客户群 "
                         "[1000, 869, 743, 653, 593, 551, 517, 491]：beta 是多少？",
             "hint": "sBG：每位客户有自己的流失概率，服从 Beta(alpha, beta) 分布；拟合就是找出使存活人数最可能出现的 alpha 和 beta。",
             "method": "用本章的 sBG 模型拟合这组存活人数（拟合时直接传入这个列表），从拟合参数中读出 beta。"},
    "02.7": {"question": "在 CDNOW 汇总数据上用 BG/NBD 模型：一位 frequency 为 2、recency 为 30.43、T 为 38.86（周）的客户，"
                         "在未来 52 周内预计购买多少次？",
             "hint": "BG/NBD：客户在'存活'期间按自己的速率购买，每次购买后都可能悄悄离开；预测同时考虑这两点。",
             "method": "用 CDNOW 汇总表的 frequency、recency 和 T 三列拟合本章的 BG/NBD 模型，"
                       "再用它求这位客户在 52 周内的预期购买次数。"},
    "02.8": {"question": "对在观察窗口内入网的按月合约客户（signup_date 从 2024-01-01 起；在网时长 = 账单数，"
                         "已流失 = 有 churn_date）拟合 sBG：第 12 个月的客户保持率（0-1）是多少？",
             "hint": "第 t 个月的保持率 = 第 t-1 个月仍在的客户中留到第 t 个月的比例；在 sBG 中它随 t 上升，"
                     "因为容易离开的客户先走了。",
             "method": "从 data.customers 中选出这批客户；数出每位客户的账单数作为在网时长；"
                       "用在网时长和流失标记拟合 sBG 模型，求第 12 个月的保持率。"},
    "02.9": {"question": "决策：保留预算只够覆盖 500 位客户。按过去的收入（02.3 的 A 类）挑选，还是按客户终身价值挑选？请说明理由。",
             "hint": "过去的收入向后看；客户终身价值向前看，并计入客户离开的可能。",
             "method": "比较 ABC、RFM 和客户终身价值各看到什么（COURSE.md：ABC 看过去，RFM 看行为，"
                       "客户终身价值看整个关系）；用上 02.1、02.3 和 02.8 的保持率规律。"},
    "02.10": {"question": "决策：02.8 显示保持率随在网时长上升。下一块钱应该花在哪里 —— 获取新客户，"
                          "还是留住入网头几个月的客户？",
              "hint": "在 sBG 中，一批客户的保持率上升是因为容易离开的客户早早走了，而不是因为有人改变了。",
              "method": "比较 02.8 中第 1 个月和第 12 个月的保持率；说明这对早期挽留一位客户的价值意味着什么，"
                        "以及你要测量什么才能确定。"},
    "02.11": {"question": "年度净价值（笔记本 02，§7）：利润（账单的 60%、充值的 30%）减去服务成本（每次接触按 "
                          "COST_PER_CONTACT 计，加上投诉补偿），按在网每年计算（12 x 总额 / 有账单的月数，至少 1 个月），"
                          "再减去 250 的获客成本（分摊到 36 个月，向每位客户收取）。有多少客户低于零？",
              "hint": "净价值把每位客户放在同一基础上比较：按年计算、扣除他们的成本，获客成本对所有人一视同仁，"
                      "而不只是对新客户。",
              "method": "按客户把利润和成本分别相加（每位客户都计入，没有的记 0）；除以有账单的月数再乘以 12；"
                        "减去 12 x 250 / 36；统计小于 0 的值的个数。"},
    "02.12": {"question": "用 02.11 的年度净价值：有多少客户是贵宾型客户（MVC），即价值最大、合计构成全部正的年度净价值"
                          "前 50% 的客户（跨过 50% 的那一位也算）？",
              "hint": "贵宾型客户是一条按价值份额划分的规则，和 ABC 的 A 类一样：人数来自数据，而不是一个固定的数。",
              "method": "把负值截为 0，从大到小排序；如果排在某位客户之前的所有客户所占的正价值份额仍低于 0.5，"
                        "这位客户就是贵宾型客户。统计人数。"},
    "02.13": {"question": "决策：你的核心客户评分（笔记本 02，§8）把十个企业账户排在最前面。在给每个账户配备大客户经理之前，"
                          "六条选择标准中哪些能用数据检验、哪些不能？那些不能的你打算怎样检验？",
              "hint": "评分衡量的是价值、潜力和关系；六条标准（互补性、聚合性、双赢性、平衡性、相容性、一致性）"
                      "问的是这种合作是否合适。",
              "method": "逐条检查六条标准：说明数据中哪一列能反映它（号码数、业务、利润、NPS、收入份额）；"
                        "对其余的标准，说明哪一次交谈、拜访或分析（SWOT 分析、客户的战略）能回答它。"},
})
EXERCISE_TEXTS.update({
    "03.1": {"question": "app 渠道的首次解决率（0-1）是多少：该渠道的接触中在首次接触就解决的比例？",
             "hint": "首次解决率（FCR）= 首次就解决的接触数 / 全部接触数，按渠道计算。",
             "method": "保留 channel 为 'app' 的 interactions，取 resolved_first_contact 的平均值（True 记为 1）。"},
    "03.2": {"question": "全部调查回答的净推荐值（以分计，-100 到 100）是多少？",
             "hint": "净推荐值 = 推荐者（9-10 分）的百分比减去贬损者（0-6 分）的百分比；被动者（7-8 分）只计入总数。",
             "method": "从 data.surveys 的 nps_score 中，求 9 或 10 分回答的比例和 0 到 6 分回答的比例，相减后乘以 100。"},
    "03.3": {"question": "要在 20 秒内接听本次活动 80% 的来电，需要多少名座席？话务量为每半小时 250 + seed % 101 通"
                         "（在笔记本中设定）；平均处理时长是你的数据中已接听（未放弃）的电话接触 duration_s 的平均值，"
                         "四舍五入到整秒。",
             "hint": "Erlang C 公式：N 名座席承接 A 爱尔兰的话务量时，有些来电要等待；不断增加座席，"
                     "直到 20 秒内接听的比例达到 80%。",
             "method": "从 data.interactions 测出平均处理时长；话务量 A = 来电数 x 处理时长 / 1800 秒；"
                       "从大于 A 的第一个整数 N 开始，用本章的 Erlang C 公式依次计算 N、N+1、…… 的服务水平。"},
    "03.4": {"question": "在同样的话务量下，座席比你 03.3 的答案少一名时，20 秒内接听的来电占多大比例（0-1）？",
             "hint": "服务水平 = 1 - P(等待) x exp(-(N - A) x 目标时间 / 处理时长)。",
             "method": "先算出 A，再算 N = (03.3) - 1 时 Erlang C 的等待概率，然后求目标为 20 秒的服务水平；"
                       "可以用本章计算服务水平的方法核对。"},
    "03.5": {"question": "从投诉提出（opened）到给出补救（remedied，四个步骤中的第 3 步）的小时数，中位数是多少？",
             "hint": "投诉处理流程中两个步骤之间的时间 = 一个时间戳减去另一个。",
             "method": "在 data.complaints 中用 remedied 减去 opened，把时间差换算成小时，取中位数（缺失的时间差跳过）。"},
    "03.6": {"question": "处理不好的投诉中，之后 90 天内客户流失的占多大比例（0-1）？",
             "hint": "比较事件之后发生了什么：处理不好的投诉中，有多少客户在 90 天内离开了？",
             "method": "投诉在 7 天内结案、有回访（followed_up）且未重开，才算处理好；只保留在数据结束前至少 90 天提出的投诉，"
                       "统计客户的 churn_date 落在提出日之后 0-90 天内的投诉；本章的投诉影响表中有对应的一行可以核对。"},
    "03.7": {"question": "电话接触中被放弃（座席接听前来电者就挂断）的占多大比例（0-1）？",
             "hint": "放弃率 = 被放弃的来电 / 呼入的来电，按单一渠道计算。",
             "method": "保留 channel 为 'phone' 的 interactions，取 abandoned 的平均值。"},
    "03.8": {"question": "全部调查回答中，推荐者（9 或 10 分）占多大比例（0-1）？",
             "hint": "推荐者是会热情地向别人推荐我们的客户。",
             "method": "在 data.surveys 中标出 nps_score 为 9 分及以上的回答，求它们占全部回答的比例。"},
    "03.9": {"question": "决策：预算只允许本次活动的座席比 03.3 少一名。你是接受、招满 03.3 的人数，"
                         "还是把来电引到别的渠道？请用数字说明理由。",
             "hint": "服务水平有两种代价：座席的成本，以及流失或不满的客户。",
             "method": "用 03.3 和 03.4、03.7 的放弃率，以及各渠道的首次解决率（03.1）。"},
    "03.10": {"question": "决策：为更快、有回访的投诉处理付费值得吗？要给出一个数字，你需要知道什么？",
              "hint": "公平的比较是：投诉处理得好与处理得不好之后的客户流失。",
              "method": "把 03.6 与处理好的投诉之后的流失率对比，再乘以每年处理不好的投诉数；说明这种研究设计"
                        "支持'导致'还是只支持'伴随'。"},
    "03.11": {"question": "全部接触中，有多大比例（0-1）在 7 天内跟着同一位客户在另一个渠道上的接触"
                          "（第二个渠道必须记住的交接）？",
              "hint": "把每位客户的接触按时间排序；看同一位客户的下一次接触。",
              "method": "把 data.interactions 按 customer_id 和 timestamp 排序；对每一行取下一行的客户、时间和渠道；"
                        "统计下一行是同一位客户、相隔不超过 7 天、渠道不同的行数，再除以全部接触数"
                        "（本章的重复接触分析可以核对）。"},
    "03.12": {"question": "呼叫中心投资回报：在 03.3 的活动话务量下，每座席小时成本 40（假设），多少名座席能使座席成本 + "
                          "预期损失的利润最低？本章的其他输入用你的数据测量：耐心 = 电话来电的 wait_s 总和 / 被放弃的来电数；"
                          "风险价值 = 0.6 x 打过电话的客户最近 12 个月账单总额的平均值；一通被放弃来电带来的额外流失 = "
                          "（处理不好的投诉后 90 天内的流失率 - 基线）/ 5，一次迟接的额外流失为同一差值 / 20。",
              "hint": "每多一名座席要付工资，也能挽回那些本会放弃或等太久的来电者的利润；当挽回的利润低于工资时就停。",
              "method": "按本章的方法算出四个输入；座席数从刚高于话务量起到再多 40 名，对每个座席数：座席成本 = 座席数 x 40 x 0.5 小时，"
                        "损失的利润 = (被放弃来电数 x 放弃来电的流失 + 迟接来电数 x 迟接的流失) x 价值；"
                        "本章的人员配置经济表做的就是这个计算，并标出了最优的一行。"},
    "03.13": {"question": "决策：董事会要求把处理成本削减 30%。根据本章的分流试点（效率导向与效果导向）和你对 03.12 的答案，"
                          "你提出什么方案、针对哪些客户？成本报表又看不到什么？",
              "hint": "处理成本上的节约，可能以损失的利润和重新获客的成本回来：付出双重代价。",
              "method": "分别对高价值客户和其他客户，比较两种策略下每位客户的净额；说明哪些数字是测量的，哪些是假设的。"},
})
EXERCISE_TEXTS.update({
    "04.1": {"question": "规则 iptv → broadband 的支持度（0-1）是多少：现在同时持有两者（订阅没有结束日期）的客户数，"
                         "除以订阅表中的全部客户数？",
             "hint": "支持度 = 两项业务被同时持有的频率，以占全部客户的比例表示。",
             "method": "保留没有结束日期的订阅；找出持有 iptv 的客户和持有 broadband 的客户；统计两者都持有的客户数，"
                       "再除以 data.subscriptions 中不同客户的个数（全部客户，已流失的也算）。"},
    "04.2": {"question": "规则 iptv → broadband 的提升度（lift）是多少？",
             "hint": "提升度 = 置信度 / 后项本身的普遍程度；大于 1 表示持有 iptv 的客户比随机情况更常持有宽带。",
             "method": "用 04.7 的置信度除以持有宽带的客户比例（04.8）。"},
    "04.3": {"question": "活动 C01 对照组的响应率（0-1）是多少（响应者 / 对照组客户数）？",
             "hint": "对照组没有被联系：它的响应就是不做活动也会发生的情况。",
             "method": "在 data.campaign_contacts 中保留活动 C01 且 treated 为 False 的行，取 responded 的平均值。"},
    "04.4": {"question": "活动 C02 观察到的响应增量（实验组响应率减对照组响应率，以 0-1 计的差值）是多少？",
             "hint": "活动带来的只是被联系的客户与对照组之间的差异。",
             "method": "对活动 C02，分别求实验组（被联系）和对照组客户的响应率，再相减。"},
    "04.5": {"question": "C01 的盈亏平衡增量（0-1）：每次联系成本 2.5、利润率 60% 时，额外响应带来的利润恰好抵消联系成本的响应增量是多少？",
             "hint": "盈亏平衡：额外响应数 x 一次响应的利润 = 联系的成本。",
             "method": "一次响应的收入 = 每位实验组客户的收入 / 实验组响应率（两者都取 C01 的实验组）；"
                       "盈亏平衡增量 = 2.5 / (该收入 x 0.6)。"},
    "04.6": {"question": "有多少活跃客户的下一个最佳提议是向上销售（up-sell）？",
             "hint": "下一个最佳提议同时权衡客户接受的可能性和这项提议的价值。",
             "method": "按笔记本中的规则给每位活跃客户生成下一个最佳提议，统计类型为 'up-sell' 的提议数。"},
    "04.7": {"question": "iptv → broadband 的置信度（0-1）是多少：现在持有 iptv 的客户中，同时持有宽带的比例？",
             "hint": "置信度 = 两者同时出现的支持度 / 前项的支持度。",
             "method": "在持有未结束 iptv 订阅的客户中，求同时持有未结束 broadband 订阅的比例。"},
    "04.8": {"question": "订阅表的客户中，现在持有宽带（有一条没有结束日期的 broadband 订阅）的占多大比例（0-1）？",
             "hint": "一项业务本身有多普遍 —— 这是提升度的参照标准。",
             "method": "统计持有未结束 broadband 订阅的不同客户数，除以 data.subscriptions 中不同客户的个数。"},
    "04.9": {"question": "决策：把活动 C01 推广到全部客户吗？把它观察到的增量与盈亏平衡增量比较，并说明不确定性意味着什么。",
             "hint": "当活动带来的额外响应的价值超过联系成本时，活动才划算。",
             "method": "把 04.5 与 C01 的增量及其 95% 区间对照；再说明你会先联系谁（目标选择），以及为什么对照组很重要。"},
    "04.10": {"question": "决策：很少有客户的下一个最佳提议是向上销售（04.6）。你会放宽限制它们的规则吗？",
              "hint": "业务规则既保护利润，也保护客户关系。",
              "method": "指出是哪条规则，放宽它能得到什么（04.6），以及可能付出什么代价（投诉、流失、信任）。"},
    "04.11": {"question": "在哪里（客户需求八问之一）：最常使用 app 渠道的客户占多大比例（0-1）？按渠道统计每位客户的接触"
                          "（不计 'new contract' 接触）；次数相同时按字母顺序靠前的渠道胜出；除以 data.customers 的全部客户数。",
              "hint": "'在哪里'从行为中读出：客户最常用的渠道。",
              "method": "去掉新签合约的接触，按客户和渠道统计接触次数，保留每位客户最常用的渠道（并列时按字母顺序），"
                        "统计渠道为 'app' 的客户数，再除以客户总数（本章的需求画像在其'在哪里'（where）列中给出了它）。"},
    "04.12": {"question": "C 级服务：每位客户的年利润是其 2025 年账单的 0.6 倍；服务等级按 ABC 分析划分（A：构成前 80% 利润的客户，"
                          "B：其后 15%，C：其余）。按本章假设的 C 级服务能使利润提高 1%，每位 C 级客户每年的服务成本最多"
                          "为多少时 C 级服务仍能盈亏平衡？",
              "hint": "盈亏平衡成本 = 一位客户的服务带来的收益：客户的利润 x 提升幅度。",
              "method": "算出年利润，从大到小排序；若某位客户之前的累计份额低于 80% 记为 A，低于 95% 记为 B，其余为 C；"
                        "求 C 级客户的平均利润，再乘以 0.01。"},
    "04.13": {"question": "决策：市场部想按预测增量给 C01 名单中排在前 30% 的客户打电话，'因为投资回报率最高'。"
                          "本章的利润表在另一个比例处达到峰值。你会联系哪些客户？为什么投资回报率和利润给出不同的答案？",
              "hint": "投资回报率是每单位成本的平均值；只要下一位客户还能付得起他那通电话的成本，利润就在增长。",
              "method": "用本章的目标选择利润表：比较 10%、30%、50% 和 100% 处的利润和投资回报率，"
                        "并说明什么样的预算限制会改变你的答案。"},
})
EXERCISE_TEXTS.update({
    "05.1": {"question": "有多少大客户（按最近 12 个月收入排在前 20%）？",
             "hint": "大客户是带来大部分收入的少数客户：先排序，再截取。",
             "method": "把每位客户在数据结束前 12 个月的账单相加，排序后用本案例的大客户识别方法取前 20%；统计个数。"},
    "05.2": {"question": "大客户贡献了最近 12 个月收入的多大比例（0-1）？",
             "hint": "又是八二开，这次用本案例自己的排序。",
             "method": "把 05.1 中大客户的收入相加，再除以同一张表中全部账户的收入。"},
    "05.3": {"question": "大客户中有多少是集团客户？",
             "hint": "大客户类型不同：集团客户、大型单一企业、高值个人客户。",
             "method": "用本案例的分类方法给大客户分类，统计类型为 'group' 的个数。"},
    "05.4": {"question": "大客户中有多少是重要客户：号码数少于 20、属于政府、教育、医疗或金融行业的企业大客户？",
             "hint": "重要客户的意义超出它的收入：政府机关、学校、医院、银行。",
             "method": "统计本案例分类结果中类型为 'important' 的个数，或者自己按号码数和行业筛选企业大客户。"},
    "05.5": {"question": "2025 年 12 月企业客户的每用户平均收入（ARPU，每个号码的收入）是多少？",
             "hint": "对企业客户，ARPU 按号码计算，而不是按账户计算（那是 ARPA）。",
             "method": "保留企业客户 2025-12-01 的账单；用账单金额之和除以这些客户的号码数（lines）之和；"
                       "本案例的单位收入表可以核对。"},
    "05.6": {"question": "如果每个部门各自配备人员（每人每月 140 小时），本案例中国地图上的三级大客户管理体系需要多少名客户经理？",
             "hint": "客户经理人数跟着账户所需的工时走，逐个部门计算，向上取整。",
             "method": "用本案例的中国地区重新标注地点，按每月 140 小时的工作能力和这些地区，把分类后的账户分配到三个层级；"
                       "人员配置表给出每个部门的客户经理数：把它们相加。"},
    "05.7": {"question": "如果由一个全国统一的人员池服务所有部门（所有部门的工时合计，每人每月 140 小时，向上取整），又需要多少名？",
             "hint": "全公司只向上取整一次、而不是每个部门各取整一次，这就是协同服务体系节省下来的。",
             "method": "把 05.6 人员配置表中的工时相加，除以 140，再向上取整。"},
    "05.8": {"question": "叛离模型必须从它将要服务的大客户身上学习。在 2024-07-01 时的大客户（按此前六个月收入排在前 20%，"
                         "且当天仍活跃）中，有多少在随后 12 个月内离开了？",
             "hint": "今天找到的大客户都是幸存者；要了解谁会离开，就得回到过去。",
             "method": "按 2024-01 至 2024-06 的账单给账户排序，保留 2024-07-01 仍活跃的前 20%，"
                       "统计其中 churn_date 早于 2025-07-01 的个数。"},
    "05.9": {"question": "今天的大客户中，有多少满足课程六条选择标准中的至少五条（按本案例的评估方法检验）？",
             "hint": "互补性、聚合性、双赢性、平衡性、相容性、一致性：每一条都是对数据的一项检验。",
             "method": "用本案例的评估方法评估大客户，统计 criteria_met >= 5 的个数。"},
    "05.10": {"question": "大客户收入中，有多大比例（0-1）来自组合矩阵标为'退出'（exit）或'缩减'（reduce）的账户？",
              "hint": "在建议退出之前，先弄清楚涉及多少利益。",
              "method": "给大客户打分（先算指标，再算得分），保留策略为 exit 或 reduce 的账户，用它们的收入除以全部大客户收入。"},
    "05.11": {"question": "用大客户叛离模型（在 05.8 的大客户上按 2024-07-01 的状态拟合，预测期 12 个月）在数据结束时给今天的大客户打分，"
                          "有多少值得采取挽留行动（成本 200、有效率 0.3 —— 两者都是假设 —— 价值 = 最近 12 个月收入按 60% 利润率计算的 3 年利润）？",
              "hint": "当 风险 x 有效率 x 账户价值 超过行动成本时，行动才值得。",
              "method": "在 05.8 的大客户上拟合叛离驱动因素，在数据的最后一天给 05.1 的大客户打分，"
                        "每个账户的价值按 收入 x 0.6 x 3 计算，保留 风险 x 0.3 x 价值 > 200 的账户。"},
    "05.12": {"question": "决策：财务总监提议放弃'退出'类大客户，并把'缩减'类大客户的服务减半。你怎么回答？",
              "hint": "退出大客户计划不等于离开公司；一项节约的价值取决于它没有损失掉什么。",
              "method": "用 05.10 和笔记本中对几种方案（保留、转入 A 级服务、放弃）的比较：每种方案节省什么、冒什么风险；"
                        "说明你推荐哪一种，以及你会关注什么。"},
    "05.13": {"question": "决策：三级体系按部门各自配备人员（05.6），还是全国统一人员池（05.7）？两者对客户和对成本分别意味着什么？",
              "hint": "课程中的全国协同服务体系：统一标准、快速响应，而不必在每个小部门都有闲置的客户经理。",
              "method": "比较 05.6 和 05.7 的客户经理人数和年度成本（每小时 60，每月 140 小时）；"
                        "说明在人员池中一个账户怎样保留自己的专属客户经理。"},
    "05.14": {"question": "你的建议：用五句话说明选哪些账户、采用什么组织、先做哪些行动、它们值多少，以及花钱之前你要检查什么。",
              "hint": "一条经理能照着执行的建议要说清楚：对谁、做什么、值多少、风险在哪里。",
              "method": "用 05.1-05.11：大客户及其收入份额、组织方式、值得采取行动的账户；最后指出你最不放心的假设以及怎样检验它。"},
})
EXERCISE_TEXTS.update({
    "06.1": {"question": "2025 年的年流失率（0-1）：churn_date 落在 2025 年的客户数，除以 2025 年 1 月有账单的客户数？",
             "hint": "年流失率 = 年内离开的客户 / 年初在网的客户。",
             "method": "统计 churn_date 在 2025 年的客户数；统计有 2025-01-01 账单的不同客户数；两者相除。"},
    "06.2": {"question": "2025 年每位客户的年利润：每位客户 2025 年账单的 60%，在 2025 年至少有一张账单的客户中取平均？",
             "hint": "留住一位客户一年的价值，就是他一年带来的利润。",
             "method": "保留 2025 年的账单，按客户把 amount 相加，乘以 0.6，再对这些客户取平均值。"},
    "06.3": {"question": "数据结束时有多少客户是活跃的（没有 churn_date）？",
             "hint": "计划针对的是我们仍然拥有的客户。",
             "method": "统计 data.customers 中 churn_date 缺失的行数。"},
    "06.4": {"question": "2025 年提出的投诉中，有多少处理得不好（7 天内未结案，或没有回访，或被重开）？",
             "hint": "计划中的客户保持部分，从我们今天处理不好的投诉开始。",
             "method": "保留 2025 年提出的投诉；(closed - opened) 不超过 7 天、followed_up 已设置且 reopened 为 False 的算处理好；"
                       "统计其余的投诉数。"},
    "06.5": {"question": "实测的客户保持效果（0-1）：如果 2025 年每一条处理不好的投诉（06.4）都处理好了，2025 年离开的客户中"
                         "有多大比例会留下来？用处理不好的投诉之后 90 天内的流失率减去处理好的投诉之后的流失率"
                         "（interact.complaint_effect_on_churn）。",
             "hint": "保住的客户 = 处理不好的投诉数 x 处理好带来的流失率差异；除以当年离开的客户数，就得到流失的降低幅度。",
             "method": "从第 03 章的投诉影响表中取两个 90 天流失率，用它们的差乘以 06.4，再除以 churn_date 在 2025 年的客户数。"},
    "06.6": {"question": "实测的交叉销售效果（0-1）：活动 C01 的增量响应 —— 实验组的响应率减去对照组的响应率？",
             "hint": "只有随机对照组才能把活动带来的效果与本来就会发生的情况区分开。",
             "method": "保留 campaign_contacts 中 C01 的行；按 treated 为 True / False 分别求 responded 的平均值；相减。"},
    "06.7": {"question": "只用实测效果、按 10% 折现的 5 年净现值：使用 strategy.DEFAULT_ASSUMPTIONS 的默认值，years = 5，"
                         "代入你的 06.1-06.3（流失率保留 4 位小数，利润保留 2 位），churn_reduction = 06.5，"
                         "cross_sell_uplift = 06.6（各保留 4 位小数），并且不计任何假设效果"
                         "（proactive_churn_reduction = 0，tiering_gain = 0）？",
             "hint": "商业论证首先要展示仅凭实测效果值多少；无论效果如何，成本都要付出。",
             "method": "按题目所述构建假设字典，用战略模块的项目投资回报计算求出其净现值"
                       "（或者自己算出各年的现金流，再按 1.1**年 折现）。"},
    "06.8": {"question": "加上假设效果之后同一计划的净现值：主动挽留再多留住 5% 的离开客户（proactive_churn_reduction = 0.05），"
                         "服务等级每年增收 100,000（tiering_gain）？",
             "hint": "实测 + 假设：这是计划发起人希望展示的论证。",
             "method": "从 06.7 的假设出发，设定这两个假设值，求净现值。"},
    "06.9": {"question": "在 06.8 的情形下，收益的现值中有多大比例（0-1）来自假设效果（主动挽留和服务等级）？",
             "hint": "承诺中有多少是没有人测量过的？",
             "method": "取战略模块按 06.8 的假设算出的现金流，把每一项收益按 1.1**年 折现，分项相加；"
                       "用两项假设收益之和除以全部四项收益之和。"},
    "06.10": {"question": "盈亏平衡：只有实测效果时（06.7），每年的服务等级收益要多大，净现值才能达到零？（如果净现值已经为正，答 0）",
              "hint": "每年 g 的收益使净现值增加 g/1.1 + g/1.1**2 + ... + g/1.1**5。",
              "method": "用 06.7 净现值的相反数除以 t = 1..5 时 1/1.1**t 之和；可以用战略模块的盈亏平衡计算核对。"},
    "06.11": {"question": "在各项假设数字（proactive_churn_reduction、tiering_gain、upfront_cost、running_cost、campaign_share、"
                          "discount_rate）中，哪一项在降低或提高 20%（其他不变）时对 06.8 的净现值影响最大？",
              "hint": "对假设做龙卷风图（敏感性分析），按它们引起的波动幅度排序。",
              "method": "对六项中的每一项，分别按 x 0.8 和 x 1.2 计算净现值，取两者之差的绝对值，选出最大的一项；"
                        "战略模块的敏感性分析表（带名称）可以核对。以字符串给出假设的英文名称。"},
    "06.12": {"question": "决策：董事会问是否批准这个计划。批准、否决，还是有条件地批准？请用实测效果的净现值（06.7）、"
                          "加上假设后的净现值（06.8）、假设所占的比例（06.9）和盈亏平衡值（06.10）说明理由。",
              "hint": "批准取决于回报，也取决于我们对背后数字有多大把握。",
              "method": "先讲实测的净现值；说明哪一项假设支撑着整个论证、它最多可以下降多少；把决策变成条件（试点、阶段关卡）。"},
    "06.13": {"question": "决策：花钱之前你会先测量哪一个数字？怎样测量（什么试验、多长时间、什么结果会改变决策）？",
              "hint": "先测量对结果影响最大而又最不清楚的那个数。",
              "method": "取假设的龙卷风图（06.11）最上面的一项；像第 04 章那样提出一个随机试点，"
                        "并说明哪个数值（06.10）会改变决策。"},
    "06.14": {"question": "决策：为了给计划筹资，财务总监提议把每个服务等级的服务预算都削减 20%。这是效率还是效果？你怎么回答？",
              "hint": "效率是服务成本；效果是保住的价值。平均分摊的削减会打击那些贡献利润的客户。",
              "method": "比较削减 A 级服务 20% 节省的金额与因此面临风险的 A 级客户利润（要离开多少位客户才会把节省抵消掉）；"
                        "提出应该在哪里削减。"},
})
