"""The question bank (crmlab.questions): its size and coverage, answers that match an independent
pandas computation on two seeds, and exports that are complete, bilingual and reproducible."""

from __future__ import annotations

import math
import re
from functools import lru_cache

import numpy as np
import pandas as pd
import pytest

from crmlab.exercises._check import _data
from crmlab.questions import exam
from crmlab.questions.__main__ import main
from crmlab.questions._bank import CHAPTERS, load, question_rng
from crmlab.questions.export import exam_markdown, write_exam

SEEDS = (0, 1)
BANK = load()
CALCULATIONS = sorted(i for i, q in BANK.items() if q.kind == "calculation")
CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=None)
def solved(question_id: str, seed: int):
    """(numbers of the question text, answer) of one question for one seed, computed once."""
    return BANK[question_id].solve(_data(seed), question_rng(seed, question_id))


@lru_cache(maxsize=None)
def full_exam(seed: int, language: str = "en") -> pd.DataFrame:
    return exam(seed, language=language)


def close(answer, expected, question_id):
    question = BANK[question_id]
    tolerance = question.tolerance * (abs(expected) if question.relative else 1)
    # the kit's answer must agree far inside the tolerance a student is given
    return math.isclose(answer, expected, rel_tol=1e-9, abs_tol=max(tolerance * 1e-3, 1e-9))


# ------------------------------------------------------------ independent computations

def revenue(data) -> pd.Series:
    total = pd.concat([data.bills[["customer_id", "amount"]], data.topups[["customer_id", "amount"]]])
    return total.groupby("customer_id")["amount"].sum().reindex(data.customers["customer_id"],
                                                                fill_value=0.0)


def held_now(data) -> pd.DataFrame:
    subs = data.subscriptions
    now = subs[subs["end"].isna() & (subs["service"] != "mobile")]
    customers = subs["customer_id"].unique()
    return pd.DataFrame({s: pd.Series(customers).isin(now.loc[now["service"] == s, "customer_id"]).to_numpy()
                         for s in now["service"].astype(str).unique()}, index=customers)


def erlang_c_by_hand(traffic: float, agents: int) -> float:
    blocking = 1.0
    for n in range(1, agents + 1):
        blocking = traffic * blocking / (n + traffic * blocking)
    return agents * blocking / (agents - traffic * (1 - blocking))


def service_level_by_hand(calls, aht, agents, within):
    traffic = calls * aht / 1800
    if agents <= traffic:
        return 0.0
    return 1 - erlang_c_by_hand(traffic, agents) * math.exp(-(agents - traffic) * within / aht)


def key_accounts_by_hand(data, share):
    recent = data.bills[data.bills["month"] >= "2025-01-01"]
    revenue_12 = recent.groupby("customer_id")["amount"].sum().sort_values(ascending=False, kind="stable")
    months = recent.groupby("customer_id").size()
    keys = revenue_12.index[: int(round(share * len(revenue_12)))]
    return revenue_12, months, keys


def aht(data) -> int:
    phone = data.interactions[(data.interactions["channel"] == "phone") & ~data.interactions["abandoned"]]
    return int(round(phone["duration_s"].mean()))


def expected(question_id: str, data, x: dict):
    """The answer of ``question_id`` computed here with plain pandas from the data and the
    numbers the question text shows."""
    c, b = data.customers, data.bills
    if question_id == "Q00.1":
        return (c["customer_type"] == "business").sum()
    if question_id == "Q00.2":
        return 100 * (c["contract"] == x["contract"]).sum() / len(c)
    if question_id == "Q00.3":
        return b.loc[b["month"] == x["month"], "amount"].sum()
    if question_id == "Q00.4":
        month = b[b["month"] == x["month"]]
        return month["amount"].sum() / month["customer_id"].nunique()
    if question_id == "Q00.5":
        month = b[b["month"] == x["month"]]
        lines = c.set_index("customer_id").loc[month["customer_id"].unique(), "lines"].sum()
        return month["amount"].sum() / lines
    if question_id == "Q01.1":
        return (data.crm_raw["source"] == x["source"]).sum()
    if question_id == "Q01.3":
        return ((c["signup_date"].dt.year == x["year"]) & (c["acquisition_channel"] == x["channel"])).sum()
    if question_id == "Q01.5":
        return data.complaints.query("status == 'open'")["customer_id"].nunique()
    if question_id == "Q02.1":
        value = revenue(data).sort_values(ascending=False).to_numpy()
        return 100 * value[: int(round(x["top"] * len(value)))].sum() / value.sum()
    if question_id == "Q02.2":
        value = revenue(data).sort_values(ascending=False).to_numpy()
        before = (np.cumsum(value) - value) / value.sum()
        labels = np.where(before < 0.8, "A", np.where(before < 0.95, "B", "C"))
        return (labels == x["klass"]).sum()
    if question_id == "Q02.3":
        value = revenue(data).sort_values(ascending=False).to_numpy()
        return int(np.argmax(np.cumsum(value) / value.sum() >= 0.5)) + 1
    if question_id == "Q02.6":
        value = np.sort(revenue(data).to_numpy())
        n = len(value)
        return ((2 * np.arange(1, n + 1) - n - 1) * value).sum() / (n * value.sum())
    if question_id == "Q02.7":
        t = np.arange(1, x["years"] + 1)
        return (x["margin"] * x["retention"] ** t / (1 + x["discount"]) ** t).sum()
    if question_id == "Q02.8":
        return x["margin"] * x["retention"] / (1 + 0.01 - x["retention"])
    if question_id == "Q03.1":
        scores = data.surveys.loc[data.surveys["date"].dt.year == x["year"], "nps_score"]
        return 100 * ((scores >= 9).mean() - (scores <= 6).mean())
    if question_id == "Q03.2":
        return 100 * data.interactions.loc[data.interactions["channel"] == x["channel"],
                                           "resolved_first_contact"].mean()
    if question_id == "Q03.3":
        return 100 * data.interactions.loc[data.interactions["channel"] == "phone", "abandoned"].mean()
    if question_id == "Q03.4":
        assert x["aht"] == aht(data)
        agents = int(x["calls"] * x["aht"] / 1800) + 1
        while service_level_by_hand(x["calls"], x["aht"], agents, x["within"]) < x["target"]:
            agents += 1
        return agents
    if question_id == "Q03.5":
        return erlang_c_by_hand(x["calls"] * x["aht"] / 1800, x["agents"])
    if question_id == "Q03.8":
        return 100 * (data.surveys["nps_score"] >= 9).mean()
    if question_id == "Q04.1":
        chosen = data.campaign_contacts[data.campaign_contacts["campaign_id"] == x["campaign"]]
        rates = chosen.groupby("treated")["responded"].mean()
        return 100 * (rates[True] - rates[False])
    if question_id == "Q04.4":
        held = held_now(data)
        return 100 * (held[x["a"]] & held[x["b"]]).sum() / held[x["a"]].sum()
    if question_id == "Q04.5":
        held = held_now(data)
        return (held[x["a"]] & held[x["b"]]).mean() / (held[x["a"]].mean() * held[x["b"]].mean())
    if question_id == "Q04.6":
        return 100 * held_now(data)[x["service"]].mean()
    if question_id == "Q05.1":
        revenue_12, _, keys = key_accounts_by_hand(data, x["share"])
        return 100 * revenue_12[keys].sum() / revenue_12.sum()
    if question_id == "Q05.4":
        revenue_12, months, keys = key_accounts_by_hand(data, 0.2)
        return (revenue_12[keys] / months[keys]).mean()
    if question_id == "Q06.1":
        at_start = b.loc[b["month"] == "2025-01-01", "customer_id"].nunique()
        return 100 * (c["churn_date"].dt.year == 2025).sum() / at_start
    if question_id == "Q06.2":
        flows = [float(f.replace(",", "")) for f in x["flows"].split(", ")]
        return -x["upfront"] + sum(f / (1 + x["rate"]) ** t for t, f in enumerate(flows, start=1))
    raise KeyError(question_id)


INDEPENDENT = ["Q00.1", "Q00.2", "Q00.3", "Q00.4", "Q00.5", "Q01.1", "Q01.3", "Q01.5", "Q02.1",
               "Q02.2", "Q02.3", "Q02.6", "Q02.7", "Q02.8", "Q03.1", "Q03.2", "Q03.3", "Q03.4",
               "Q03.5", "Q03.8", "Q04.1", "Q04.4", "Q04.5", "Q04.6", "Q05.1", "Q05.4", "Q06.1",
               "Q06.2"]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("question_id", INDEPENDENT)
def test_answer_matches_an_independent_computation(question_id, seed):
    numbers, answer = solved(question_id, seed)
    want = float(expected(question_id, _data(seed), numbers))
    assert close(float(answer), want, question_id), (question_id, seed, answer, want)


@pytest.mark.parametrize("seed", SEEDS)
def test_break_even_answers_bring_the_npv_to_zero(seed):
    from crmlab.questions.calculations import _assumptions
    from crmlab.strategy import program_roi

    a = _assumptions(_data(seed))
    upfront = solved("Q06.5", seed)[1]
    assert abs(program_roi({**a, "upfront_cost": upfront})["npv"]) < 1e-6 * upfront
    reduction = solved("Q06.6", seed)[1] / 100
    assert abs(program_roi({**a, "churn_reduction": reduction})["npv"]) < 1e-3
    # and the NPV of Q06.3 is what the break-even upfront cost says it is
    assert math.isclose(solved("Q06.3", seed)[1], upfront - a["upfront_cost"], rel_tol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_rfm_cell_is_the_customers_code(seed):
    from crmlab.differentiate import rfm_table

    numbers, answer = solved("Q02.4", seed)
    topups = _data(seed).topups
    mine = topups[topups["customer_id"] == numbers["customer"]]
    table = rfm_table(topups, as_of="2026-01-01")
    assert answer == table.loc[numbers["customer"], "rfm_code"] and re.fullmatch(r"[1-5]{3}", answer)
    assert table.loc[numbers["customer"], "frequency"] == len(mine)


# ------------------------------------------------------------ every calculation question

@pytest.mark.parametrize("question_id", CALCULATIONS)
def test_every_calculation_is_valid_on_two_seeds_and_follows_the_data(question_id):
    question = BANK[question_id]
    shown = []
    for seed in SEEDS:
        numbers, answer = solved(question_id, seed)
        if isinstance(answer, str):
            assert answer
        else:
            assert isinstance(answer, (int, float, np.integer, np.floating)) and np.isfinite(answer)
            if "(in %)" in question.text_en or "(0-1)" in question.text_en:
                assert -100 <= answer <= 100
        text = question.text_en.format(**numbers)
        assert "{" not in text and "}" not in text
        assert CJK.search(question.text_zh.format(**numbers))
        shown.append((text, answer))
    # each student sees other numbers or gets another answer: the seed matters
    assert shown[0] != shown[1], f"{question_id} is the same for seeds 0 and 1"
    # and the same seed gives the same question again
    assert BANK[question_id].solve(_data(1), question_rng(1, question_id)) == solved(question_id, 1)


def test_most_answers_differ_between_seeds():
    differ = [i for i in CALCULATIONS if solved(i, 0)[1] != solved(i, 1)[1]]
    assert len(differ) >= 0.9 * len(CALCULATIONS)


# ------------------------------------------------------------ the bank

def test_bank_size_and_coverage():
    assert len(BANK) >= 60
    for chapter in CHAPTERS:
        kinds = {q.kind for q in BANK.values() if q.chapter == chapter}
        assert kinds == {"calculation", "concept"}, chapter
    for question in BANK.values():
        assert question.points > 0 and question.text_en and CJK.search(question.text_zh)
        assert question.question_id.startswith("Q" if question.kind == "calculation" else "K")
        if question.kind == "concept":
            assert question.model_en and CJK.search(question.model_zh)
            assert len(question.marking_en) >= 2 and all(CJK.search(p) for p in question.marking_zh)
        else:
            assert question.method_en and CJK.search(question.method_zh)


def test_course_detail_is_covered():
    text = " ".join(q.text_en + " " + q.model_en for q in BANK.values()).lower()
    for term in ["idic", "operational", "analytical", "collaborative", "lifecycle", "master file",
                 "abc", "rfm", "clv", "pyramid", "complementarity", "six steps", "call centre",
                 "efficiency", "effectiveness", "eight steps", "complaint", "eight questions",
                 "vision", "action plan", "management card", "defection", "lighthouse", "erlang",
                 "nps", "uplift", "arpu", "arpa", "npv", "break-even", "know me",
                 "touchpoint", "first-contact responsibility", "moments of truth", "80/20"]:
        assert term in text, term


def test_exam_table_and_selection():
    paper = full_exam(0)
    assert len(paper) == len(BANK) and paper["question_id"].is_unique
    calc = paper[paper["kind"] == "calculation"]
    assert calc["answer"].notna().all() and calc["answer_text"].notna().all()
    assert paper.loc[paper["kind"] == "concept", "answer"].isna().all()
    short = exam(12345, chapters=["02", 3], n=6)
    assert set(short["chapter"]) <= {"02", "03"} and len(short) == 6
    assert short["kind"].value_counts().to_dict() == {"calculation": 3, "concept": 3}
    again = exam(12345, chapters=["02", "03"], n=6)
    pd.testing.assert_frame_equal(short, again)
    other = exam(12346, chapters=["02", "03"], n=6)
    assert list(other["question"]) != list(short["question"])


@pytest.mark.parametrize("kwargs", [dict(seed=-1), dict(seed=1.5), dict(seed=0, chapters=["09"]),
                                    dict(seed=0, chapters=[]), dict(seed=0, n=0),
                                    dict(seed=0, language="fr"), dict(seed=0, chapters=[None])])
def test_exam_refuses_bad_input(kwargs):
    with pytest.raises((TypeError, ValueError)):
        exam(**kwargs)


# ------------------------------------------------------------ export

def test_export_contains_every_question_and_answer():
    paper = full_exam(0)
    text = exam_markdown(paper, 0)
    key = exam_markdown(paper, 0, answers=True)
    for row in paper.itertuples():
        assert row.question in text and row.question in key
        if row.kind == "calculation":
            assert row.answer_text in key
        else:
            assert row.model_answer in key
    assert "Model answer" not in text


def test_chinese_export_has_chinese_text_for_every_question():
    paper = full_exam(1, "zh")
    text = exam_markdown(paper, 1, language="zh")
    blocks = text.split("\n## ")[1:]
    assert len(blocks) == len(paper)
    for block, row in zip(blocks, paper.itertuples()):
        assert row.question == row.question_zh and row.question in block
        assert CJK.search(block.split("\n", 1)[1])


def test_same_seed_same_file(tmp_path):
    first = write_exam(5, tmp_path / "a.md", n=20, answers=True)
    second = write_exam(5, tmp_path / "b.md", n=20, answers=True)
    assert [p.name for p in first] == ["a.md", "a_key.md"]
    for a, b in zip(first, second):
        assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8")
    third = write_exam(6, tmp_path / "c.md", n=20)
    assert third[0].read_text(encoding="utf-8") != first[0].read_text(encoding="utf-8")


def test_command_line(tmp_path, capsys):
    out = tmp_path / "exam_12345.md"
    assert main(["--seed", "12345", "--out", str(out), "--answers", "--language", "zh",
                 "--chapters", "02", "03", "--n", "10"]) == 0
    assert out.exists() and (tmp_path / "exam_12345_key.md").exists()
    assert out.read_text(encoding="utf-8").count("\n## ") == 10
    assert "exam_12345_key.md" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--seed", "-3", "--out", str(out)])
