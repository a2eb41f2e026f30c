"""The answers a notebook gave to ``check``, as JSON that the grader reads back.

Only plain data crosses from the student's kernel to the grader — numbers, text, and pandas
objects rebuilt from their values — never a pickle, so grading runs no code of the submission.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd

MAX_VALUES = 100_000  # an answer larger than this is not read


def _scalar(value):
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or value is ...:
        return {"t": "none"}
    if isinstance(value, bool):
        return {"t": "bool", "v": value}
    if isinstance(value, int):
        return {"t": "int", "v": str(value)}
    if isinstance(value, float):
        return {"t": "float", "v": repr(value)}
    if isinstance(value, str):
        return {"t": "str", "v": value}
    if isinstance(value, pd.Timestamp):
        return {"t": "timestamp", "v": value.isoformat()}
    if isinstance(value, pd.Period):
        return {"t": "period", "v": str(value), "freq": value.freqstr}
    return {"t": "unsupported", "type": type(value).__name__}


def _index(index: pd.Index) -> dict:
    if isinstance(index, pd.PeriodIndex):
        return {"t": "periodindex", "v": [str(p) for p in index], "freq": index.freqstr}
    if isinstance(index, pd.DatetimeIndex):
        return {"t": "datetimeindex", "v": [t.isoformat() for t in index]}
    if isinstance(index, pd.MultiIndex):
        return {"t": "multiindex", "v": [[_scalar(x) for x in row] for row in index]}
    return {"t": "index", "v": [_scalar(x) for x in index]}


def _series(series: pd.Series) -> dict:
    if pd.api.types.is_datetime64_any_dtype(series):
        values = [_scalar(None) if pd.isna(x) else _scalar(pd.Timestamp(x)) for x in series]
    else:
        values = [_scalar(x) for x in series.tolist()]
    return {"t": "series", "v": values, "index": _index(series.index),
            "name": _scalar(series.name)}


def encode(value) -> dict:
    """A JSON-able description of ``value``; types the exercises never ask for are 'unsupported'."""
    try:
        size = np.size(value) if isinstance(value, (pd.Series, pd.DataFrame, np.ndarray)) else 1
        if size > MAX_VALUES:
            return {"t": "unsupported", "type": f"{type(value).__name__} of {size} values"}
        if isinstance(value, pd.DataFrame):
            return {"t": "frame", "columns": [_scalar(c) for c in value.columns],
                    "data": [_series(value.iloc[:, i]) for i in range(value.shape[1])],
                    "index": _index(value.index)}
        if isinstance(value, pd.Series):
            return _series(value)
        if isinstance(value, pd.Index):
            return {"t": "pindex", "v": _index(value)}
        if isinstance(value, np.ndarray):
            return {"t": "array", "v": [_scalar(x) for x in value.ravel().tolist()],
                    "shape": list(value.shape)}
        if isinstance(value, dict):
            return {"t": "dict", "v": [[_scalar(k), encode(v)] for k, v in value.items()]}
        if isinstance(value, (list, tuple, set, frozenset)):
            kind = {list: "list", tuple: "tuple"}.get(type(value), "set")
            return {"t": kind, "v": [encode(x) for x in value]}
        return _scalar(value)
    except Exception as error:  # never let a strange answer stop the grading
        return {"t": "unsupported", "type": f"{type(value).__name__} ({type(error).__name__})"}


class Unsupported:
    """An answer the grader could not read; compares as wrong."""

    def __init__(self, type_name: str):
        self.type_name = type_name

    def __repr__(self) -> str:
        return f"<unsupported {self.type_name}>"


def _unscalar(item: dict):
    kind = item["t"]
    if kind == "none":
        return None
    if kind == "bool":
        return bool(item["v"])
    if kind == "int":
        return int(item["v"])
    if kind == "float":
        return float(item["v"]) if item["v"] not in ("nan", "inf", "-inf") else float(item["v"])
    if kind == "str":
        return str(item["v"])
    if kind == "timestamp":
        return pd.Timestamp(item["v"])
    if kind == "period":
        return pd.Period(item["v"], freq=item["freq"])
    return Unsupported(item.get("type", "?"))


def _unindex(item: dict) -> pd.Index:
    kind = item["t"]
    if kind == "periodindex":
        return pd.PeriodIndex(item["v"], freq=item["freq"])
    if kind == "datetimeindex":
        return pd.DatetimeIndex(item["v"])
    if kind == "multiindex":
        return pd.MultiIndex.from_tuples([tuple(_unscalar(x) for x in row) for row in item["v"]])
    return pd.Index([_unscalar(x) for x in item["v"]])


def _unseries(item: dict) -> pd.Series:
    values = [_unscalar(x) for x in item["v"]]
    series = pd.Series(values, index=_unindex(item["index"]), name=_unscalar(item["name"]),
                       dtype=object)
    return series.infer_objects()


def decode(item: dict):
    """The value that :func:`encode` described (pandas objects rebuilt from their values)."""
    kind = item["t"]
    if kind == "frame":
        columns = [_unscalar(c) for c in item["columns"]]
        frame = pd.DataFrame({i: _unseries(s).to_numpy() for i, s in enumerate(item["data"])},
                             index=_unindex(item["index"]))
        frame.columns = columns
        return frame.infer_objects()
    if kind == "series":
        return _unseries(item)
    if kind == "pindex":
        return _unindex(item["v"])
    if kind == "array":
        return np.array([_unscalar(x) for x in item["v"]]).reshape(item["shape"])
    if kind == "dict":
        return {_unscalar(k): decode(v) for k, v in item["v"]}
    if kind in ("list", "tuple", "set"):
        values = [decode(x) for x in item["v"]]
        return {"list": list, "tuple": tuple, "set": set}[kind](values)
    return _unscalar(item)


def dump() -> str:
    """Every seed started and every answer given in this kernel, as one line of JSON."""
    from ._check import _STATE, ANSWER_SEEDS, ANSWERS

    answers = {i: {"seed": ANSWER_SEEDS.get(i), "value": encode(v)} for i, v in ANSWERS.items()}
    return json.dumps({"seeds": list(_STATE["seeds"]), "answers": answers}, allow_nan=True)


def load(text: str) -> dict:
    """The seeds and the decoded answers of a :func:`dump`."""
    raw = json.loads(text)
    seeds = [int(s) for s in raw.get("seeds", []) if isinstance(s, int) and not math.isnan(s)]
    answers = {str(i): (a.get("seed"), decode(a["value"])) for i, a in raw.get("answers", {}).items()}
    return {"seeds": seeds, "answers": answers}
