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
        "zh": "把第一笔利润算在了期初（t = 0）：题目规定第一笔利润在第 1 个月末到账，并贴现一次。"},
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
