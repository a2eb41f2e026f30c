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


def check_transactions(transactions, customer_col, date_col, amount_col, where, as_of=None):
    """Validate a transaction log; return (customer, date as datetime64[ns], amount) arrays."""
    import numpy as np
    import pandas as pd

    columns = [customer_col, date_col] + ([amount_col] if amount_col is not None else [])
    check_columns(transactions, columns, "transactions", where=where)
    if transactions.empty:
        raise ValueError(f"{where}: transactions is empty; it needs at least one row")
    customers = transactions[customer_col]
    if customers.isna().any():
        raise ValueError(f"{where}: column {customer_col!r} has {int(customers.isna().sum())} "
                         "missing customer ids")
    dates = transactions[date_col]
    if not pd.api.types.is_datetime64_any_dtype(dates):
        try:
            dates = pd.to_datetime(dates, format="ISO8601")
        except (ValueError, TypeError) as error:
            raise ValueError(f"{where}: column {date_col!r} must hold dates; "
                             f"could not parse them ({error})") from None
    if dates.isna().any():
        raise ValueError(f"{where}: column {date_col!r} has {int(dates.isna().sum())} missing dates")
    amounts = None
    if amount_col is not None:
        amounts = transactions[amount_col]
        if not pd.api.types.is_numeric_dtype(amounts) or pd.api.types.is_bool_dtype(amounts):
            raise ValueError(f"{where}: column {amount_col!r} must be numeric, got {amounts.dtype}")
        amounts = amounts.to_numpy(dtype=float)
        if np.isnan(amounts).any():
            raise ValueError(f"{where}: column {amount_col!r} has {int(np.isnan(amounts).sum())} "
                             "missing (NaN) amounts")
        if (amounts < 0).any():
            raise ValueError(f"{where}: column {amount_col!r} has {int((amounts < 0).sum())} "
                             "negative amounts; refunds must be netted out first")
    if as_of is not None and (dates > as_of).any():
        raise ValueError(f"{where}: {int((dates > as_of).sum())} transactions in {date_col!r} are "
                         f"after as_of / observation_end {as_of.date()}")
    return customers, dates, amounts
