"""Building one student's exam from the question bank, and writing it (and its key) as Markdown."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .._validation import check_choice, check_int
from ._bank import CHAPTERS, Question, load, question_rng

LANGUAGES = ("en", "zh")

LABELS = {
    "en": {
        "title": "CRM exam", "key": "CRM exam — answer key", "seed": "seed",
        "intro": ("Answer every question. Calculation questions use **your own data**: "
                  "`data = crmlab.exercises.start({seed})` (or `crmlab.generate_telecom(seed={seed})`; "
                  "seed 0 is the shipped data). Give numbers with the digits the question asks for; "
                  "show your method."),
        "chapter": "chapter", "points": "points", "total": "Total points",
        "calculation": "calculation", "concept": "concept",
        "easy": "easy", "medium": "medium", "hard": "hard",
        "answer": "Answer", "tolerance": "Accepted", "method": "Method", "model": "Model answer",
        "marking": "Marking points", "your_answer": "Your answer{digits}:", "colon": ": ", "exact": "exactly",
        "within": "within ± {tol}", "within_rel": "within ± {tol} of the answer (relative)",
        "digits_whole": "a whole number", "digits_text": "exact",
        "digits_decimals": "{d} decimal(s)", "digits_significant": "{d} significant digits",
    },
    "zh": {
        "title": "客户关系管理 考试", "key": "客户关系管理 考试 — 参考答案", "seed": "种子",
        "intro": ("请回答全部题目。计算题使用**你自己的数据**：`data = crmlab.exercises.start({seed})`"
                  "（或 `crmlab.generate_telecom(seed={seed})`；种子 0 为随教材提供的数据）。数值请保留题目要求的位数，"
                  "并写出计算方法。"),
        "chapter": "第", "points": "分", "total": "总分",
        "calculation": "计算题", "concept": "概念题",
        "easy": "易", "medium": "中", "hard": "难",
        "answer": "答案", "tolerance": "允许误差", "method": "解题方法", "model": "参考答案",
        "marking": "评分要点", "your_answer": "你的答案{digits}：", "colon": "：", "exact": "须完全一致",
        "within": "± {tol}", "within_rel": "相对误差 ± {tol}",
        "digits_whole": "整数", "digits_text": "准确写出",
        "digits_decimals": "保留 {d} 位小数", "digits_significant": "保留 {d} 位有效数字",
    },
}


def _chapters(chapters) -> list[str]:
    if chapters is None:
        return list(CHAPTERS)
    if isinstance(chapters, (str, int, np.integer)):
        chapters = [chapters]
    result = []
    for chapter in chapters:
        if isinstance(chapter, bool) or not isinstance(chapter, (str, int, np.integer)):
            raise TypeError(f"exam: chapters must be chapter numbers such as '02' or 2, got {chapter!r}")
        text = str(chapter).strip().zfill(2)
        check_choice(text, "chapter", CHAPTERS, where="exam")
        if text not in result:
            result.append(text)
    if not result:
        raise ValueError(f"exam: chapters is empty; choose from {list(CHAPTERS)} or pass None")
    return result


def _format_answer(question: Question, answer) -> str:
    if isinstance(answer, str):
        return answer
    if isinstance(answer, (int, np.integer)):
        return f"{int(answer):,}"
    if question.decimals is None:
        return f"{answer:,.0f}"
    if question.relative:
        digits = max(question.decimals - 1 - int(np.floor(np.log10(abs(answer)))), 0) if answer else 0
        return f"{round(answer, digits):,.{digits}f}"
    return f"{answer:,.{question.decimals}f}"


def _tolerance_text(question: Question, language: str) -> str:
    labels = LABELS[language]
    if question.tolerance == 0:
        return labels["exact"]
    if question.relative:
        return labels["within_rel"].format(tol=f"{question.tolerance:.2%}")
    return labels["within"].format(tol=f"{question.tolerance:g}")


def digits_text(question: Question, language: str) -> str:
    """How many digits to give, in words ("1 decimal(s)", "4 significant digits", ...)."""
    labels = LABELS[language]
    if question.kind != "calculation":
        return ""
    if question.decimals is None:
        return labels["digits_whole"] if question.tolerance == 0 and not _is_text(question) \
            else labels["digits_text"]
    key = "digits_significant" if question.relative else "digits_decimals"
    return labels[key].format(d=question.decimals)


def _is_text(question: Question) -> bool:
    return question.question_id in TEXT_ANSWERS


#: Calculation questions whose answer is a code, not a number.
TEXT_ANSWERS = {"Q02.4"}


def _row(question: Question, seed: int, language: str, data) -> dict:
    numbers, answer = {}, None
    if question.kind == "calculation":
        numbers, answer = question.solve(data, question_rng(seed, question.question_id))
    text = {lang: getattr(question, f"text_{lang}").format(**numbers) for lang in LANGUAGES}
    method = {lang: getattr(question, f"method_{lang}").format(**numbers) for lang in LANGUAGES}
    return {
        "question_id": question.question_id, "chapter": question.chapter, "kind": question.kind,
        "difficulty": question.difficulty, "points": question.points,
        "question": text[language], "question_en": text["en"], "question_zh": text["zh"],
        "answer": answer,
        "answer_text": None if answer is None else _format_answer(question, answer),
        "tolerance": question.tolerance if question.kind == "calculation" else np.nan,
        "relative": question.relative,
        "method": method[language],
        "model_answer": getattr(question, f"model_{language}"),
        "marking_points": list(getattr(question, f"marking_{language}")),
    }


def _order(question_id: str):
    prefix, number = question_id.split(".")
    return (prefix[1:], prefix[0] == "K", int(number))


def _select(ids: list[str], bank: dict, seed: int, n: int | None) -> list[str]:
    """All ``ids``, or ``n`` of them drawn with the seed: calculation and concept questions in
    turn, so that a short exam holds both."""
    if n is None or n >= len(ids):
        return ids
    rng = np.random.default_rng([seed, 18])
    pools = [[i for i in ids if bank[i].kind == kind] for kind in ("calculation", "concept")]
    pools = [list(rng.permutation(pool)) for pool in pools]
    chosen = []
    while len(chosen) < n:
        for pool in pools:
            if pool and len(chosen) < n:
                chosen.append(str(pool.pop(0)))
    return sorted(chosen, key=_order)


def exam(seed: int, chapters=None, n: int | None = None, language: str = "en") -> pd.DataFrame:
    """One student's exam: the questions of ``chapters`` (all by default), ``n`` of them drawn
    with the seed (all by default), with their answers computed on that student's data.

    The data are those of ``crmlab.exercises.start(seed)`` (seed 0 is the shipped data); the same
    seed gives the same questions, numbers and answers.

    Parameters
    ----------
    seed : int
        The student's number, >= 0.
    chapters : list of str or int, optional
        Chapters such as ``["02", "03"]`` (or ``[2, 3]``); default every chapter 00-06.
    n : int, optional
        How many questions to draw (calculation and concept in turn); default all of them.
    language : {"en", "zh"}
        Language of the columns ``question``, ``method``, ``model_answer`` and ``marking_points``
        (``question_en`` and ``question_zh`` are always both there).

    Returns
    -------
    DataFrame, one row per question (index 1..n): question_id, chapter, kind, difficulty,
    points, question, question_en, question_zh, answer, answer_text, tolerance, relative,
    method, model_answer, marking_points.

    Examples
    --------
    >>> paper = exam(0, chapters=["02"], n=4)
    >>> paper["kind"].value_counts().to_dict()
    {'calculation': 2, 'concept': 2}
    >>> exam(0, chapters=["02"], n=4)["question"].equals(paper["question"])
    True
    """
    seed = check_int(seed, "seed", minimum=0, where="exam")
    chosen_chapters = _chapters(chapters)
    if n is not None:
        n = check_int(n, "n", minimum=1, where="exam")
    check_choice(language, "language", LANGUAGES, where="exam")
    from ..exercises._check import _data

    bank = load()
    ids = sorted((i for i, q in bank.items() if q.chapter in chosen_chapters), key=_order)
    ids = _select(ids, bank, seed, n)
    data = _data(seed) if any(bank[i].kind == "calculation" for i in ids) else None
    table = pd.DataFrame([_row(bank[i], seed, language, data) for i in ids])
    table.index = pd.RangeIndex(1, len(table) + 1, name="number")
    return table


def _heading(row, number: int, language: str) -> str:
    labels = LABELS[language]
    if language == "zh":
        meta = (f"{row.question_id} · 第 {row.chapter} 章 · {labels[row.kind]} · "
                f"{labels[row.difficulty]} · {row.points} 分")
    else:
        meta = (f"{row.question_id} · {labels['chapter']} {row.chapter} · {labels[row.kind]} · "
                f"{labels[row.difficulty]} · {row.points} {labels['points']}")
    return f"## {number}. ({meta})"


def exam_markdown(paper: pd.DataFrame, seed: int, language: str = "en", answers: bool = False) -> str:
    """The Markdown text of an exam from :func:`exam` (the answer key with ``answers=True``)."""
    labels = LABELS[language]
    title = labels["key"] if answers else labels["title"]
    lines = [f"# {title} — {labels['seed']} {seed}", ""]
    if not answers:
        lines += [labels["intro"].format(seed=seed), ""]
    total = int(paper["points"].sum())
    colon = labels["colon"]
    lines += [f"{labels['total']}{colon}{total}", ""]
    for number, row in zip(paper.index, paper.itertuples()):
        lines += [_heading(row, number, language), "", row.question, ""]
        if not answers:
            digits = digits_text(load()[row.question_id], language)
            if digits:
                digits = f"（{digits}）" if language == "zh" else f" ({digits})"
            prompt = labels["your_answer"].format(digits=digits)
            lines += [prompt, "", ""]
            continue
        if row.kind == "calculation":
            question = load()[row.question_id]
            lines += [f"**{labels['answer']}{colon}** {row.answer_text}  ",
                      f"**{labels['tolerance']}{colon}** {_tolerance_text(question, language)}  ",
                      f"**{labels['method']}{colon}** {row.method}", ""]
        else:
            lines += [f"**{labels['model']}{colon}** {row.model_answer}", "",
                      f"**{labels['marking']}{colon}**", ""]
            lines += [f"- {point}" for point in row.marking_points] + [""]
    return "\n".join(lines).rstrip() + "\n"


def write_exam(seed: int, out, chapters=None, n: int | None = None, language: str = "en",
               answers: bool = False) -> list[Path]:
    """Write the exam of ``seed`` to ``out`` (Markdown) and, with ``answers``, its key to
    ``<out stem>_key.md`` beside it; returns the paths written."""
    paper = exam(seed, chapters=chapters, n=n, language=language)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(exam_markdown(paper, seed, language), encoding="utf-8")
    written = [out]
    if answers:
        key = out.with_name(out.stem + "_key" + (out.suffix or ".md"))
        key.write_text(exam_markdown(paper, seed, language, answers=True), encoding="utf-8")
        written.append(key)
    return written
