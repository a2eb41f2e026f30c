"""Input checks every public function calls first, so errors name what was wrong and what is expected."""

from __future__ import annotations

import numbers
from collections.abc import Iterable


def check_int(value, name: str, *, minimum: int | None = None, where: str = "") -> int:
    """Return ``value`` as int, or raise naming the argument and the accepted values.

    Examples
    --------
    >>> check_int(5, "n_customers", minimum=1)
    5
    >>> check_int(0, "n_customers", minimum=1, where="generate_telecom")
    Traceback (most recent call last):
    ...
    ValueError: generate_telecom: n_customers must be an integer >= 1, got 0
    """
    prefix = f"{where}: " if where else ""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{prefix}{name} must be an integer, got {type(value).__name__} {value!r}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{prefix}{name} must be an integer >= {minimum}, got {value!r}")
    return int(value)


def check_choice(value, name: str, choices: Iterable, *, where: str = ""):
    """Return ``value`` if it is one of ``choices``, else raise naming the accepted values.

    Examples
    --------
    >>> check_choice("en_US", "locale", ("en_US", "zh_CN"))
    'en_US'
    """
    prefix = f"{where}: " if where else ""
    choices = tuple(choices)
    if not isinstance(value, str) and all(isinstance(c, str) for c in choices):
        raise TypeError(f"{prefix}{name} must be a str, one of {choices}, got "
                        f"{type(value).__name__} {value!r}")
    if value not in choices:
        raise ValueError(f"{prefix}{name} must be one of {choices}, got {value!r}")
    return value


def check_columns(frame, columns: Iterable[str], name: str = "frame", *, where: str = ""):
    """Raise if ``frame`` is not a DataFrame or lacks any of ``columns``.

    Examples
    --------
    >>> import pandas as pd
    >>> check_columns(pd.DataFrame({"a": [1]}), ["a", "b"], "bills", where="f")
    Traceback (most recent call last):
    ...
    ValueError: f: bills is missing column(s) ['b']; it has ['a']
    """
    import pandas as pd

    prefix = f"{where}: " if where else ""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{prefix}{name} must be a pandas DataFrame, got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{prefix}{name} is missing column(s) {missing}; "
                         f"it has {list(frame.columns)}")
    return frame
