"""Comparing a student's answer with the kit's reference answer."""

from __future__ import annotations

import numbers
from dataclasses import dataclass
from functools import cache
from typing import Any, Callable

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Exercise:
    """One exercise: what is asked, how the kit computes the answer, and a hint."""

    exercise_id: str
    question: str
    reference: Callable[[Any], Any]  # data -> reference answer
    hint: str
    tolerance: float = 1e-6  # absolute, for numbers; relative tolerance is 1e-6 as well


REGISTRY: dict[str, Exercise] = {}


def register(exercise_id: str, question: str, hint: str, tolerance: float = 1e-6):
    """Decorator: add the function computing a reference answer to the registry."""
    def wrap(function):
        if exercise_id in REGISTRY:
            raise ValueError(f"exercise {exercise_id!r} is registered twice")
        REGISTRY[exercise_id] = Exercise(exercise_id, question, function, hint, tolerance)
        return function
    return wrap


@cache
def _data():
    from ..datasets import load_telecom

    return load_telecom()


@cache
def _reference(exercise_id: str):
    return REGISTRY[exercise_id].reference(_data())


def _load_chapters() -> None:
    from . import chapter00, chapter01, chapter02, chapter03, chapter04, chapter05  # noqa: F401


def _get(exercise_id) -> Exercise:
    _load_chapters()
    if exercise_id not in REGISTRY:
        raise ValueError(f"check: unknown exercise_id {exercise_id!r}; "
                         f"known ids are {sorted(REGISTRY)}")
    return REGISTRY[exercise_id]


def exercise_ids() -> list[str]:
    """Every registered exercise id, in order.

    >>> exercise_ids()[:2]
    ['00.1', '00.2']
    """
    _load_chapters()
    return sorted(REGISTRY)


def question(exercise_id: str) -> str:
    """The question of an exercise, in one sentence."""
    return _get(exercise_id).question


def hint(exercise_id: str) -> str:
    """The hint of an exercise (it points the way, it never gives the answer)."""
    return _get(exercise_id).hint


def check(exercise_id: str, answer) -> bool:
    """Print ✔ or ✘ with a hint for ``answer`` to exercise ``exercise_id``; return whether it is right.

    Parameters
    ----------
    exercise_id : str
        Id such as ``"00.1"``, as printed in the exercise notebook.
    answer : object
        Your answer: a number, a string, a pandas Series or DataFrame, as the exercise asks.

    Returns
    -------
    bool
        True when the answer matches the kit's reference within tolerance.
    """
    exercise = _get(exercise_id)
    if answer is ... or answer is None:
        print(f"✘ {exercise_id} not yet: replace the ... with your answer.")
        return False
    problem = compare(answer, _reference(exercise_id), exercise.tolerance)
    if problem is None:
        print(f"✔ {exercise_id} correct.")
        return True
    print(f"✘ {exercise_id} {problem}\n  Hint: {exercise.hint}")
    return False


def _is_number(value) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def _close(a, b, tolerance) -> bool:
    return bool(np.isclose(a, b, rtol=1e-6, atol=tolerance, equal_nan=True))


def compare(answer, reference, tolerance: float = 1e-6) -> str | None:
    """None when ``answer`` matches ``reference``; otherwise what is wrong, without the answer.

    Examples
    --------
    >>> compare(3, 3.0) is None
    True
    >>> compare("3", 3)
    'expects a number, got str.'
    >>> compare(pd.Series([1, 2]), pd.Series([1, 2, 3]))
    'expects 3 values, got 2.'
    """
    if isinstance(reference, pd.DataFrame):
        if not isinstance(answer, pd.DataFrame):
            return f"expects a pandas DataFrame, got {type(answer).__name__}."
        missing = [c for c in reference.columns if c not in answer.columns]
        if missing:
            return f"expects the column(s) {missing}."
        if answer.shape[0] != reference.shape[0]:
            return f"expects {reference.shape[0]} rows, got {answer.shape[0]}."
        for column in reference.columns:
            problem = compare(answer[column], reference[column], tolerance)
            if problem:
                return f"column {column!r}: {problem}"
        return None
    if isinstance(reference, pd.Series):
        if isinstance(answer, dict):
            answer = pd.Series(answer)
        if not isinstance(answer, pd.Series):
            return f"expects a pandas Series, got {type(answer).__name__}."
        if len(answer) != len(reference):
            return f"expects {len(reference)} values, got {len(answer)}."
        if not answer.index.sort_values().equals(reference.index.sort_values()):
            return "has the right length but not the expected index (labels)."
        answer = answer.reindex(reference.index)
        if pd.api.types.is_numeric_dtype(reference) and not pd.api.types.is_bool_dtype(reference):
            if not pd.api.types.is_numeric_dtype(answer):
                return "expects numbers."
            wrong = ~np.isclose(answer.to_numpy(float), reference.to_numpy(float), rtol=1e-6,
                                atol=tolerance, equal_nan=True)
        else:
            wrong = answer.astype(str).to_numpy() != reference.astype(str).to_numpy()
        if wrong.any():
            return f"is not right yet for {int(wrong.sum())} of {len(reference)} values."
        return None
    if isinstance(reference, (set, frozenset)):
        if not isinstance(answer, (set, frozenset, list, tuple, pd.Index, pd.Series, np.ndarray)):
            return f"expects a collection (set or list), got {type(answer).__name__}."
        answer = set(answer)
        if len(answer) != len(reference):
            return f"expects {len(reference)} items, got {len(answer)}."
        return None if answer == reference else "has the right size but not the right items."
    if isinstance(reference, str):
        if not isinstance(answer, str):
            return f"expects a string, got {type(answer).__name__}."
        return None if answer.strip().casefold() == reference.casefold() else "is not right yet."
    if isinstance(reference, bool):
        if not isinstance(answer, (bool, np.bool_)):
            return f"expects True or False, got {type(answer).__name__}."
        return None if bool(answer) == reference else "is not right yet."
    if _is_number(reference):
        if isinstance(answer, (pd.Series, np.ndarray)) and np.size(answer) == 1:
            answer = np.asarray(answer).item()
        if not _is_number(answer):
            return f"expects a number, got {type(answer).__name__}."
        if _close(float(answer), float(reference), tolerance):
            return None
        if _close(float(answer) * 100, float(reference), tolerance) or _close(
                float(answer), float(reference) * 100, tolerance * 100):
            return "is off by a factor of 100: a share or a percentage?"
        return "is not right yet."
    raise TypeError(f"compare: no rule for a reference of type {type(reference).__name__}")
