"""Input checks every public function calls first, so errors name what was wrong and what is expected."""

from __future__ import annotations

import contextlib
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

    from collections.abc import Hashable

    prefix = f"{where}: " if where else ""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{prefix}{name} must be a pandas DataFrame, got {type(frame).__name__}")
    columns = list(columns)
    for column in columns:
        if not isinstance(column, Hashable) or column is None or isinstance(column, bool):
            raise TypeError(f"{prefix}a column name of {name} must be a str, got "
                            f"{type(column).__name__} {column!r}")
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


# ------------------------------------------------------------------ one helper per kind of check


class NotFittedError(ValueError, AttributeError, RuntimeError):
    """A model's prediction was asked for before ``fit`` (as scikit-learn's NotFittedError)."""


def _prefix(where: str) -> str:
    return f"{where}: " if where else ""


def _is_real(value) -> bool:
    import numpy as np

    return (isinstance(value, (numbers.Real, np.number)) and not isinstance(value, (bool, np.bool_))
            and not isinstance(value, complex))


def _bounds_text(low, high, low_open, high_open) -> str:
    if low is not None and high is not None and high <= 1:
        if low_open != high_open:
            return f"in {'(' if low_open else '['}{low:g}, {high:g}{')' if high_open else ']'}"
        return f"between {low:g} and {high:g}{' (exclusive)' if low_open else ''}"
    if low is not None and high is not None and not (low_open or high_open):
        return f"from {low:g} to {high:g}"
    parts = []
    if low is not None:
        parts.append(f"{'>' if low_open else '>='} {low:g}")
    if high is not None:
        parts.append(f"{'<' if high_open else '<='} {high:g}")
    return " and ".join(parts) or "a finite number"


def check_number(value, name: str, where: str = "", *, low=None, high=None, low_open=False,
                 high_open=False, integer=False, allow_inf=False) -> float:
    """Return a scalar real number as float, or raise naming the argument and the accepted range.

    Examples
    --------
    >>> check_number(0.3, "margin", "f", low=0, high=1)
    0.3
    >>> check_number(-1, "capacity_hours", "assign_managers", low=0, low_open=True)
    Traceback (most recent call last):
    ...
    ValueError: assign_managers: capacity_hours must be > 0, got -1
    """
    import math

    if not _is_real(value):
        kind = "an integer" if integer else "a number"
        raise TypeError(f"{_prefix(where)}{name} must be {kind}, got {type(value).__name__} "
                        f"{value!r}")
    number = float(value)
    bounds = _bounds_text(low, high, low_open, high_open)
    if math.isnan(number) or (math.isinf(number) and not allow_inf):
        raise ValueError(f"{_prefix(where)}{name} must be a finite number ({bounds}), got {value!r}")
    if ((low is not None and (number < low or (low_open and number == low)))
            or (high is not None and (number > high or (high_open and number == high)))):
        raise ValueError(f"{_prefix(where)}{name} must be {bounds}, got {value!r}")
    if integer and number != round(number):
        raise ValueError(f"{_prefix(where)}{name} must be a whole number, got {value!r}")
    return number


def check_share(value, name: str, where: str = "", *, open_low=False, open_high=False) -> float:
    """A probability or share: a number in [0, 1] (ends open on request).

    >>> check_share(0.25, "share", "f")
    0.25
    """
    return check_number(value, name, where, low=0, high=1, low_open=open_low, high_open=open_high)


def check_numbers(values, name: str, where: str = "", *, low=None, high=None, low_open=False,
                  high_open=False, integer=False, allow_inf=False, allow_empty=False):
    """A number or array-like of numbers as a float ndarray, checked element-wise.

    >>> check_numbers([0.1, 0.5], "shares", "f", low=0, high=1).tolist()
    [0.1, 0.5]
    """
    import numpy as np
    import pandas as pd

    if isinstance(values, (str, bytes, dict, set, pd.DataFrame)) or values is None:
        raise TypeError(f"{_prefix(where)}{name} must be a number or a sequence of numbers, got "
                        f"{type(values).__name__}")
    try:
        raw = np.asarray(values.to_numpy() if isinstance(values, pd.Series) else values)
    except ValueError:
        raise TypeError(f"{_prefix(where)}{name} must be a number or a flat sequence of numbers, "
                        f"got {values!r}"[:300]) from None
    if raw.ndim > 1:
        raise TypeError(f"{_prefix(where)}{name} must be a number or a flat sequence of numbers, "
                        f"got {raw.ndim} dimensions")
    if raw.dtype == object and raw.size:
        if not all(_is_real(v) for v in raw.ravel()):
            raise TypeError(f"{_prefix(where)}{name} must hold numbers, got {values!r}"[:300])
    elif raw.size and (raw.dtype.kind not in "iuf"):
        raise TypeError(f"{_prefix(where)}{name} must hold numbers, got dtype {raw.dtype}")
    array = raw.astype(float)
    if array.size == 0 and not allow_empty:
        raise ValueError(f"{_prefix(where)}{name} is empty; it needs at least one value")
    bounds = _bounds_text(low, high, low_open, high_open)
    bad = np.isnan(array) | (np.isinf(array) if not allow_inf else False)
    if low is not None:
        bad |= (array < low) | ((array == low) if low_open else False)
    if high is not None:
        bad |= (array > high) | ((array == high) if high_open else False)
    if np.any(bad):
        shown = array[bad][:3].tolist()
        raise ValueError(f"{_prefix(where)}{name} must be {bounds} (finite, no missing values); "
                         f"got {int(np.sum(bad))} value(s) outside, e.g. {shown}")
    fractional = array != np.round(array)
    if integer and np.any(fractional):
        raise ValueError(f"{_prefix(where)}{name} must be a whole number, got "
                         f"{int(fractional.sum())} value(s) that are not, e.g. "
                         f"{array[fractional][:3].tolist()}")
    return array


def check_series(values, name: str, where: str = "", *, low=None, high=None, allow_empty=False):
    """A numeric pandas Series (index kept), without missing values and within bounds.

    >>> import pandas as pd
    >>> check_series(pd.Series([0.2, 0.4]), "risk", "f", low=0, high=1).tolist()
    [0.2, 0.4]
    """
    import pandas as pd

    if not isinstance(values, pd.Series):
        raise TypeError(f"{_prefix(where)}{name} must be a pandas Series of numbers, got "
                        f"{type(values).__name__}")
    if values.empty and not allow_empty:
        raise ValueError(f"{_prefix(where)}{name} is empty; it needs at least one value")
    if values.dtype == bool or not (pd.api.types.is_numeric_dtype(values) or values.empty):
        raise TypeError(f"{_prefix(where)}{name} must be numeric, got dtype {values.dtype}")
    check_numbers(values, name, where, low=low, high=high, allow_empty=allow_empty)
    return values


def check_date(value, name: str, where: str = ""):
    """A date-like value as a pandas Timestamp, or an error naming the argument.

    >>> check_date("2024-03-01", "as_of", "f")
    Timestamp('2024-03-01 00:00:00')
    """
    import pandas as pd

    # a bare number is not a date: pandas would read -1 as a nanosecond before 1970
    if isinstance(value, (bool, numbers.Number)) or value is None:
        raise TypeError(f"{_prefix(where)}{name} must be a date (e.g. '2024-06-30'), got "
                        f"{type(value).__name__} {value!r}")
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError):
        raise ValueError(f"{_prefix(where)}{name} must be a date (e.g. '2024-06-30'), got "
                         f"{value!r}") from None
    if pd.isna(stamp):
        raise ValueError(f"{_prefix(where)}{name} must be a date (e.g. '2024-06-30'), got {value!r}")
    if stamp.tzinfo is not None:
        raise ValueError(f"{_prefix(where)}{name} must be a date without a time zone, got {value!r}")
    return stamp


def check_freq(value, name: str, where: str = "", choices=None, *, period=False):
    """A pandas frequency: a fixed step ('30min', '1h', 'D') to cut time with, or with
    ``period=True`` a period alias ('D', 'W', 'M', 'Q'); or one of ``choices`` when given.

    >>> check_freq("30min", "interval", "f")
    '30min'
    >>> check_freq("fortnightly", "freq", "summarize_transactions", period=True)
    Traceback (most recent call last):
    ...
    ValueError: summarize_transactions: freq must be a pandas period alias such as 'D', 'W' or 'M', got 'fortnightly'
    """
    import pandas as pd
    from pandas.tseries.frequencies import to_offset

    if choices is not None:
        return check_choice(value, name, choices, where=where)
    example = "'D', 'W' or 'M'" if period else "'30min', '1h' or 'D'"
    kind = "period alias" if period else "fixed frequency"
    if not isinstance(value, str):
        raise TypeError(f"{_prefix(where)}{name} must be a pandas {kind} such as {example}, "
                        f"got {type(value).__name__} {value!r}")
    try:
        if period:
            pd.Period("2024-01-01", freq=value)
        else:
            offset = to_offset(value)
            if offset.nanos <= 0:
                raise ValueError("not positive")
    except (ValueError, TypeError, AttributeError):
        raise ValueError(f"{_prefix(where)}{name} must be a pandas {kind} such as {example}, "
                         f"got {value!r}") from None
    return value


def check_data(data, where: str, tables: dict | None = None):
    """A :class:`~crmlab.tables.TelecomData`, with the columns each named table needs.

    >>> check_data(None, "master_file")
    Traceback (most recent call last):
    ...
    TypeError: master_file: data must be a TelecomData (from crmlab.load_telecom() or generate_telecom()), got NoneType
    """
    from .tables import SCHEMA, TelecomData

    if not isinstance(data, TelecomData):
        raise TypeError(f"{_prefix(where)}data must be a TelecomData (from crmlab.load_telecom() "
                        f"or generate_telecom()), got {type(data).__name__}")
    for table, frame in data.tables().items():
        check_columns(frame, list(SCHEMA[table]), f"data.{table}", where=where)
    for table in ("customers", "bills"):
        if getattr(data, table).empty:
            raise ValueError(f"{_prefix(where)}data.{table} is empty; a world without "
                             f"{table} has nothing to analyse")
    for table, columns in (tables or {}).items():
        check_columns(getattr(data, table), columns, f"data.{table}", where=where)
    return data


def check_datetime_columns(frame, columns, name: str, where: str = ""):
    """Columns that must hold datetimes (missing values allowed)."""
    import pandas as pd

    for column in columns:
        if not pd.api.types.is_datetime64_any_dtype(frame[column]):
            raise TypeError(f"{_prefix(where)}column {column!r} of {name} must hold datetimes, "
                            f"got dtype {frame[column].dtype}")
    return frame


def check_not_before(frame, earlier: str, later: str, name: str, where: str = ""):
    """Raise if any row has ``later`` before ``earlier`` (e.g. a complaint closed before it opened)."""
    wrong = frame[later] < frame[earlier]
    if wrong.any():
        raise ValueError(f"{_prefix(where)}{name} has {int(wrong.sum())} row(s) with {later!r} "
                         f"before {earlier!r}; expected {later!r} >= {earlier!r}")
    return frame


def check_covers(left, right, names: tuple[str, str], where: str = ""):
    """Raise unless every label of ``left`` has a value in ``right`` (which may hold more)."""
    missing = ~left.index.isin(right.index)
    if missing.any():
        raise ValueError(f"{_prefix(where)}{names[1]} must have a value for every customer of "
                         f"{names[0]}: {int(missing.sum())} of {len(left)} are missing, e.g. "
                         f"{list(left.index[missing][:3])}")
    return right


def check_numeric_column(frame, column: str, name: str, where: str = "", *, low=None, high=None,
                         allow_missing=True):
    """A numeric (not boolean) column whose present values lie within bounds.

    >>> import pandas as pd
    >>> check_numeric_column(pd.DataFrame({"wait_s": [3.0, -1.0]}), "wait_s", "interactions", "f",
    ...                      low=0)
    Traceback (most recent call last):
    ...
    ValueError: f: column 'wait_s' of interactions must be >= 0, got 1 value(s) outside, e.g. [-1.0]
    """
    import numpy as np
    import pandas as pd

    values = frame[column]
    if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        raise TypeError(f"{_prefix(where)}column {column!r} of {name} must be numeric, "
                        f"got dtype {values.dtype}")
    array = values.to_numpy(dtype=float, na_value=np.nan)
    missing = np.isnan(array)
    if missing.any() and not allow_missing:
        raise ValueError(f"{_prefix(where)}column {column!r} of {name} has {int(missing.sum())} "
                         "missing values")
    bad = np.isinf(array)
    if low is not None:
        bad |= array < low
    if high is not None:
        bad |= array > high
    if bad.any():
        raise ValueError(f"{_prefix(where)}column {column!r} of {name} must be "
                         f"{_bounds_text(low, high, False, False)}, got {int(bad.sum())} value(s) "
                         f"outside, e.g. {array[bad][:3].tolist()}")
    return values


def check_customer_id(data, customer_id, where: str = ""):
    """A single customer id that is in ``data.customers``."""
    from collections.abc import Hashable

    if not isinstance(customer_id, Hashable) or isinstance(customer_id, (float, bool)):
        raise TypeError(f"{_prefix(where)}customer_id must be one id (an integer), got "
                        f"{type(customer_id).__name__} {customer_id!r}")
    if customer_id not in set(data.customers["customer_id"]):
        raise ValueError(f"{_prefix(where)}customer_id {customer_id!r} is not in data.customers")
    return customer_id


def check_text_series(values, name: str, where: str = ""):
    """A pandas Series of text (names, phones, cities …); missing values allowed.

    >>> check_text_series(["a"], "phones", "normalize_phone")
    Traceback (most recent call last):
    ...
    TypeError: normalize_phone: phones must be a pandas Series of text, got list
    """
    import pandas as pd

    if not isinstance(values, pd.Series):
        raise TypeError(f"{_prefix(where)}{name} must be a pandas Series of text, got "
                        f"{type(values).__name__}")
    return values


def check_mapping(value, name: str, where: str = "", *, allow_empty=False) -> dict:
    """A dict (e.g. column → kind, assumption → value)."""
    if not isinstance(value, dict):
        raise TypeError(f"{_prefix(where)}{name} must be a dict, got {type(value).__name__} {value!r}")
    if not value and not allow_empty:
        raise ValueError(f"{_prefix(where)}{name} is empty; it needs at least one entry")
    return value


_NAMED = __import__("re").compile(r"^[A-Za-z_][\w.]*: ")


@contextlib.contextmanager
def named_as(where: str):
    """Errors of the crmlab functions called inside carry the caller's name in front of theirs.

    >>> from crmlab.differentiate import pareto_table
    >>> with named_as("service_tiers"):
    ...     pareto_table([])
    Traceback (most recent call last):
    ...
    ValueError: service_tiers: pareto_table: values is empty
    """
    try:
        yield
    except (ValueError, TypeError) as error:
        text = str(error)
        if text.startswith(f"{where}:") or not _NAMED.match(text):
            raise
        raise type(error)(f"{where}: {text}") from error
