"""The registry of exam questions: calculation questions computed on each student's data, and
concept questions with model answers and marking points.

A calculation question is a function ``solve(data, rng) -> (numbers, answer)``: ``numbers`` fill
the placeholders of its English and Chinese text (so each student reads their own numbers) and
``answer`` is what the kit computes for that seed. ``rng`` is a generator seeded by the student's
seed and the question id, so a question that picks a month, a customer or a campaign picks the
same one every time for the same seed.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

CHAPTERS = ("00", "01", "02", "03", "04", "05", "06")
DIFFICULTIES = ("easy", "medium", "hard")
KINDS = ("calculation", "concept")


@dataclass(frozen=True)
class Question:
    """One exam question, in English and Chinese."""

    question_id: str
    chapter: str
    kind: str
    difficulty: str
    points: int
    text_en: str
    text_zh: str
    # calculation questions
    solve: Callable[..., Any] | None = None
    tolerance: float = 0.0          # half a unit of the last digit kept (0: exact)
    relative: bool = False           # tolerance relative to the answer
    decimals: int | None = None      # digits the answer is shown with (None: text / whole number)
    method_en: str = ""
    method_zh: str = ""
    # concept questions
    model_en: str = ""
    model_zh: str = ""
    marking_en: tuple = field(default=())
    marking_zh: tuple = field(default=())


REGISTRY: dict[str, Question] = {}


def _add(question: Question) -> None:
    if question.question_id in REGISTRY:
        raise ValueError(f"question {question.question_id!r} is registered twice")
    if question.chapter not in CHAPTERS or question.kind not in KINDS \
            or question.difficulty not in DIFFICULTIES:
        raise ValueError(f"question {question.question_id!r}: bad chapter, kind or difficulty")
    REGISTRY[question.question_id] = question


def calculation(question_id: str, chapter: str, difficulty: str, points: int, text_en: str,
                text_zh: str, method_en: str, method_zh: str, decimals: int | None = None,
                relative: bool = False, tolerance: float | None = None):
    """Decorator: register ``solve(data, rng) -> (numbers, answer)`` as a calculation question.

    ``decimals`` are the digits a careful person keeps (significant digits when ``relative``);
    the tolerance is half a unit of the last of them unless ``tolerance`` is given.
    """
    if tolerance is None:
        if decimals is None:
            tolerance = 0.0
        elif relative:
            tolerance = 0.5 * 10.0 ** (1 - decimals)
        else:
            tolerance = 0.5 * 10.0 ** -decimals

    def wrap(solve):
        _add(Question(question_id, chapter, "calculation", difficulty, points, text_en, text_zh,
                      solve=solve, tolerance=tolerance, relative=relative, decimals=decimals,
                      method_en=method_en, method_zh=method_zh))
        return solve
    return wrap


def concept(question_id: str, chapter: str, difficulty: str, points: int, text_en: str,
            text_zh: str, model_en: str, model_zh: str, marking_en, marking_zh) -> None:
    """Register a concept question with its model answer and marking points (one per point)."""
    if len(marking_en) != len(marking_zh):
        raise ValueError(f"question {question_id!r}: marking points differ in number")
    _add(Question(question_id, chapter, "concept", difficulty, points, text_en, text_zh,
                  model_en=model_en, model_zh=model_zh, marking_en=tuple(marking_en),
                  marking_zh=tuple(marking_zh)))


def question_rng(seed: int, question_id: str) -> np.random.Generator:
    """The generator of one question for one seed: the same seed and id give the same draws."""
    return np.random.default_rng([int(seed), zlib.crc32(question_id.encode())])


def load() -> dict[str, Question]:
    """Every registered question (importing the modules that register them)."""
    from . import calculations, concepts  # noqa: F401

    return REGISTRY
