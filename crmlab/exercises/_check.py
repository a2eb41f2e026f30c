"""Comparing a student's answer with the reference answer computed on *that student's* data.

A notebook starts with ``data = start(seed)``: the seed (the student number) builds the
student's own telecom world, and every reference answer is computed from that world (seed 0 is
the shipped data, so the chapters and the exercises agree). ``check`` records every answer it is
given, so that ``python -m crmlab.grade`` can read the values a notebook computed.
"""

from __future__ import annotations

import copy
import inspect
import math
import numbers
import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable

import numpy as np
import pandas as pd

from ._messages import exercise_text, message

#: How each kind of answer is compared; ``decimals`` is what a careful person keeps.
KINDS = {
    "count": dict(decimals=0, relative=False),    # whole numbers, exact
    "share": dict(decimals=3, relative=False),    # 0-1, absolute: 0.542 for 0.5423
    "money": dict(decimals=4, relative=True),     # 4 significant digits: 12,350 for 12,346
    "number": dict(decimals=2, relative=False),   # anything else, absolute
    "text": dict(decimals=None, relative=False),
    "table": dict(decimals=3, relative=False),    # a Series / DataFrame of numbers, absolute
    "written": dict(decimals=None, relative=False),
}
CLOSE = 20  # an answer within CLOSE x the tolerance is "close"


@dataclass(frozen=True)
class Exercise:
    """One exercise: what is asked, how the kit computes the answer, and two levels of hints."""

    exercise_id: str
    question: str
    reference: Callable[..., Any]  # data (, seed) -> reference answer
    hint: str                        # level 1: the idea
    method: str = ""                 # level 2: which table, which columns, which steps
    kind: str = "number"
    decimals: int | None = None
    relative: bool = False
    mistakes: tuple = field(default=())  # ((data -> value, message key), ...) for "close" feedback

    @property
    def written(self) -> bool:
        return self.kind == "written"

    @property
    def tolerance(self) -> float:
        """Absolute tolerance, or relative when ``relative``: half a unit of the last digit kept."""
        if self.decimals is None:
            return 0.0
        if self.relative:
            return 0.5 * 10.0 ** (1 - self.decimals)
        return 0.5 * 10.0 ** -self.decimals


REGISTRY: dict[str, Exercise] = {}


def register(exercise_id: str, question: str, hint: str, method: str = "", kind: str = "number",
             decimals: int | None = None, mistakes=(), tolerance: float | None = None):
    """Decorator: add the function computing a reference answer to the registry.

    ``kind`` sets how answers are compared (see ``KINDS``); ``decimals`` overrides the digits a
    careful person keeps. ``tolerance`` is accepted for old callers and ignored.
    """
    if kind not in KINDS:
        raise ValueError(f"register: kind must be one of {sorted(KINDS)}, got {kind!r}")

    def wrap(function):
        if exercise_id in REGISTRY:
            raise ValueError(f"exercise {exercise_id!r} is registered twice")
        settings = KINDS[kind]
        REGISTRY[exercise_id] = Exercise(
            exercise_id, question, function, hint, method, kind,
            settings["decimals"] if decimals is None else decimals, settings["relative"],
            tuple(mistakes))
        return function
    return wrap


def written(exercise_id: str, question: str, hint: str, method: str = "") -> None:
    """Register a written "decide and justify" question: not auto-scored, marked by the instructor."""
    register(exercise_id, question, hint, method, kind="written")(lambda data: None)


# --- the student's world -----------------------------------------------------------------------

_STATE: dict[str, Any] = {"seed": 0, "seeds": []}
#: Every answer given to ``check`` in this kernel, by exercise id (the last one counts).
ANSWERS: dict[str, Any] = {}
#: The seed that was in force when each answer was given.
ANSWER_SEEDS: dict[str, int] = {}


def _valid_seed(seed) -> int:
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"start: seed must be a whole number >= 0 (your student number), "
                         f"got {seed!r}")
    return int(seed)


def _data(seed: int = 0, locale: str | None = None):
    """The telecom world of ``seed`` in ``locale`` (None: the kit's language, see
    ``crmlab.set_language``): the shipped data for 0, else ``generate_telecom(seed=seed)``."""
    from .._language import data_locale

    return _world(seed, data_locale() if locale is None else locale)


@lru_cache(maxsize=4)
def _world(seed: int, locale: str):
    if seed == 0:
        from ..datasets import load_telecom

        return load_telecom(locale=locale)
    from ..synth import generate_telecom

    return generate_telecom(seed=seed, locale=locale)


def start(seed: int = 0, quiet: bool = False):
    """Build your own data from ``seed`` (your student number) and check every answer against it.

    Returns the ``TelecomData`` of that seed (a copy: changing it changes nothing for ``check``).
    Seed 0 is the shipped data of the chapter notebooks.
    """
    seed = _valid_seed(seed)
    _STATE["seed"] = seed
    _STATE["seeds"].append(seed)
    data = _data(seed)
    if not quiet:
        print(message("started", seed=seed, customers=len(data.customers)))
    return copy.deepcopy(data)


def current_seed() -> int:
    """The seed ``check`` uses (set by ``start``; 0 before)."""
    return _STATE["seed"]


def _call(function, seed: int, locale: str | None = None):
    """``function(data)``, or ``function(data, seed)`` for the exercises whose numbers the seed sets."""
    if len(inspect.signature(function).parameters) == 2:
        return function(_data(seed, locale), seed)
    return function(_data(seed, locale))


@lru_cache(maxsize=None)
def _reference_for(exercise_id: str, seed: int, locale: str):
    return _call(_get(exercise_id).reference, seed, locale)


def _reference(exercise_id: str, seed: int | None = None):
    """The reference answer, computed on the same world ``start`` gives (seed and locale)."""
    from .._language import data_locale

    return _reference_for(exercise_id, current_seed() if seed is None else _valid_seed(seed),
                          data_locale())


def _load_chapters() -> None:
    from . import (chapter00, chapter01, chapter02, chapter03, chapter04,  # noqa: F401
                   chapter05, chapter06)


def _get(exercise_id) -> Exercise:
    _load_chapters()
    if exercise_id not in REGISTRY:
        raise ValueError(f"check: unknown exercise_id {exercise_id!r}; "
                         f"known ids are {exercise_ids()}")
    return REGISTRY[exercise_id]


def _order(exercise_id: str):
    return tuple(int(part) for part in re.findall(r"\d+", exercise_id))


def exercise_ids(chapter: str | None = None, written: bool | None = None) -> list[str]:
    """Every registered exercise id in order (of one ``chapter`` such as ``"00"``; only the
    written ones with ``written=True``, only the checked ones with ``written=False``).

    >>> exercise_ids()[:2]
    ['00.1', '00.2']
    """
    _load_chapters()
    ids = [i for i in REGISTRY if chapter is None or i.split(".")[0] == chapter]
    if written is not None:
        ids = [i for i in ids if REGISTRY[i].written == written]
    return sorted(ids, key=_order)


class _Text(str):
    """A string that Jupyter shows as plain text (no quotes)."""

    def __repr__(self) -> str:
        return str(self)

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(str(self))


def question(exercise_id: str) -> str:
    """The question of an exercise, in one sentence."""
    return _Text(exercise_text(exercise_id, "question", _get(exercise_id).question))


def hint(exercise_id: str, level: int = 1) -> str:
    """A hint: level 1 the idea, level 2 the method (which table, columns, steps) — never the code."""
    exercise = _get(exercise_id)
    if level not in (1, 2):
        raise ValueError(f"hint: level must be 1 (the idea) or 2 (the method), got {level!r}")
    if level == 2 and exercise.method:
        return _Text(exercise_text(exercise_id, "method", exercise.method))
    return _Text(exercise_text(exercise_id, "hint", exercise.hint))


def check(exercise_id: str, answer) -> None:
    """Print ✔ or ✘ with a hint for ``answer`` to exercise ``exercise_id``; return nothing.

    Parameters
    ----------
    exercise_id : str
        Id such as ``"00.1"``, as printed in the exercise notebook.
    answer : object
        Your answer: a number, a string, a pandas Series or DataFrame, as the exercise asks.

    The answer is recorded (the last one per exercise counts) for ``python -m crmlab.grade``.
    """
    exercise = _get(exercise_id)
    if exercise.written:
        print(message("written", id=exercise_id))
        return None
    ANSWERS[exercise_id] = answer
    ANSWER_SEEDS[exercise_id] = current_seed()
    problem = feedback(exercise_id, answer, current_seed())
    if problem is None:
        print(message("correct", id=exercise_id))
    elif problem == "not_yet":
        print(message("not_yet", id=exercise_id))
    else:
        print(message("wrong", id=exercise_id, problem=problem))
        print(message("hint_line", hint=exercise_text(exercise_id, "hint", exercise.hint)))
        if exercise.method:
            print(message("hint_more", id=exercise_id))
    return None


def feedback(exercise_id: str, answer, seed: int) -> str | None:
    """None when ``answer`` is right for ``seed``; "not_yet" for a placeholder; else what is off."""
    exercise = _get(exercise_id)
    if answer is ... or answer is None:
        return "not_yet"
    reference = _reference(exercise_id, seed)
    try:
        problem = compare(answer, reference, exercise)
    except Exception as error:  # an answer nobody foresaw: say so, never a traceback
        return message("unreadable", type=type(answer).__name__, detail=type(error).__name__)
    if problem is None or problem not in (message("not_right"),
                                          message("close", digits=_digits(exercise))):
        return problem
    for function, key in exercise.mistakes:
        try:
            if compare(answer, _call(function, seed), exercise) is None:
                return message(key)
        except Exception:
            continue
    if seed != 0:
        try:
            if compare(answer, _reference(exercise_id, 0), exercise) is None:
                return message("shipped_seed", seed=seed)
        except Exception:
            pass
    return problem


# --- comparing -----------------------------------------------------------------------------------

def _is_number(value) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))


def _digits(exercise: Exercise) -> str:
    if exercise.relative:
        return message("digits_significant", n=exercise.decimals)
    if exercise.decimals == 0:
        return message("digits_whole")
    return message("digits_decimals", n=exercise.decimals)


def _within(answer: float, reference: float, exercise: Exercise, factor: float = 1.0) -> bool:
    if math.isnan(reference):
        return math.isnan(answer)
    scale = max(abs(reference), 1e-12) if exercise.relative else 1.0
    return abs(answer - reference) <= factor * exercise.tolerance * scale + 1e-9 * scale


def _as_scalar(answer):
    """A number inside a one-element Series, DataFrame, array, list or tuple."""
    if isinstance(answer, (pd.Series, pd.DataFrame, pd.Index, np.ndarray, list, tuple)):
        size = np.size(answer) if not isinstance(answer, (list, tuple)) else len(answer)
        if size != 1:
            return answer, message("one_value", n=size)
        answer = np.asarray(answer, dtype=object).ravel()[0]
    if isinstance(answer, np.generic):
        answer = answer.item()
    return answer, None


def _compare_number(answer, reference, exercise: Exercise) -> str | None:
    answer, problem = _as_scalar(answer)
    if problem:
        return problem
    if isinstance(answer, complex):
        return message("expects_real", type=type(answer).__name__)
    if not _is_number(answer):
        return message("expects_number", type=type(answer).__name__)
    answer, reference = float(answer), float(reference)
    if exercise.kind == "count" and not math.isnan(answer) and answer != round(answer):
        return message("expects_whole", value=answer)
    if _within(answer, reference, exercise):
        return None
    if exercise.kind == "share" and abs(answer) > 1 and _within(answer / 100, reference, exercise, CLOSE):
        return message("percent")
    if (exercise.kind == "number" and abs(reference) > 1 and abs(answer) <= 1
            and _within(answer * 100, reference, exercise, 100 * CLOSE)):
        return message("share_for_percent")
    if exercise.kind != "count" and _within(answer, reference, exercise, CLOSE):
        return message("close", digits=_digits(exercise))
    return message("not_right")


def _monthly(index: pd.Index) -> pd.Index:
    """Months as a monthly PeriodIndex, whatever the container (PeriodIndex, Timestamps, text)."""
    if isinstance(index, pd.PeriodIndex):
        return index.asfreq("M")
    if isinstance(index, pd.DatetimeIndex):
        return index.to_period("M")
    with warnings.catch_warnings():  # text months such as "2025-01": any format a person writes
        warnings.simplefilter("ignore", UserWarning)
        return pd.DatetimeIndex(pd.to_datetime(index.astype(str))).to_period("M")


def _as_series(answer):
    if isinstance(answer, dict):
        return pd.Series(answer), None
    if isinstance(answer, pd.DataFrame):
        numeric = answer.select_dtypes("number")
        if answer.shape[1] == 1:
            return answer.iloc[:, 0], None
        if numeric.shape[1] == 1:
            return numeric.iloc[:, 0], None
    if not isinstance(answer, pd.Series):
        return None, message("expects_series", type=type(answer).__name__)
    return answer, None


def _compare_series(answer, reference: pd.Series, exercise: Exercise) -> str | None:
    answer, problem = _as_series(answer)
    if problem:
        return problem
    if len(answer) != len(reference):
        return message("n_values", expected=len(reference), got=len(answer))
    index, wanted = answer.index, reference.index
    if isinstance(wanted, (pd.DatetimeIndex, pd.PeriodIndex)):
        try:
            index, wanted = _monthly(index), _monthly(wanted)
        except (ValueError, TypeError):
            return message("index")
    answer = pd.Series(answer.to_numpy(), index=index)
    reference = pd.Series(reference.to_numpy(), index=wanted)
    if not answer.index.sort_values().equals(reference.index.sort_values()):
        return message("index")
    answer = answer.reindex(reference.index)
    if pd.api.types.is_numeric_dtype(reference) and not pd.api.types.is_bool_dtype(reference):
        try:
            values = answer.to_numpy(float)
        except (ValueError, TypeError):
            return message("numbers")
        expected = reference.to_numpy(float)
        scale = np.maximum(np.abs(expected), 1e-12) if exercise.relative else 1.0
        tolerance = (exercise.tolerance if exercise.decimals is not None else 1e-9) * scale
        wrong = ~(np.isclose(values, expected, rtol=0, atol=0, equal_nan=True)
                  | (np.abs(values - expected) <= tolerance + 1e-9 * scale))
    else:
        wrong = answer.astype(str).to_numpy() != reference.astype(str).to_numpy()
    if wrong.any():
        return message("n_wrong", wrong=int(wrong.sum()), total=len(reference))
    return None


def compare(answer, reference, exercise: Exercise | float | None = None) -> str | None:
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
    if not isinstance(exercise, Exercise):  # old callers passed an absolute tolerance
        exercise = Exercise("", "", lambda data: None, "", kind="number", decimals=9)
    if isinstance(reference, pd.DataFrame):
        if not isinstance(answer, pd.DataFrame):
            return message("expects_frame", type=type(answer).__name__)
        missing = [c for c in reference.columns if c not in answer.columns]
        if missing:
            return message("columns", missing=missing)
        if answer.shape[0] != reference.shape[0]:
            return message("n_rows", expected=reference.shape[0], got=answer.shape[0])
        for column in reference.columns:
            problem = _compare_series(answer[column], reference[column], exercise)
            if problem:
                return message("column", column=column, problem=problem)
        return None
    if isinstance(reference, pd.Series):
        return _compare_series(answer, reference, exercise)
    if isinstance(reference, (set, frozenset)):
        if isinstance(answer, pd.DataFrame) and answer.shape[1] == 1:
            answer = answer.iloc[:, 0]
        if not isinstance(answer, (set, frozenset, list, tuple, pd.Index, pd.Series, np.ndarray)):
            return message("expects_collection", type=type(answer).__name__)
        answer = {a.item() if isinstance(a, np.generic) else a for a in answer}
        if len(answer) != len(reference):
            return message("n_items", expected=len(reference), got=len(answer))
        return None if answer == set(reference) else message("items")
    if isinstance(reference, str):
        answer, problem = _as_scalar(answer)
        if problem:
            return problem
        if not isinstance(answer, str):
            return message("expects_string", type=type(answer).__name__)
        return None if answer.strip().casefold() == reference.casefold() else message("not_right")
    if isinstance(reference, (bool, np.bool_)):
        answer, problem = _as_scalar(answer)
        if problem:
            return problem
        if not isinstance(answer, (bool, np.bool_)):
            return message("expects_bool", type=type(answer).__name__)
        return None if bool(answer) == bool(reference) else message("not_right")
    if _is_number(reference):
        return _compare_number(answer, reference, exercise)
    raise TypeError(f"compare: no rule for a reference of type {type(reference).__name__}")
