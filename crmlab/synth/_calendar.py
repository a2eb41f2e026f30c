"""The window's calendar: times are float days since the window start until the tables are built."""

from __future__ import annotations

import numpy as np

SECONDS_PER_DAY = 86_400
DAYS_PER_MONTH = 365.25 / 12


class Calendar:
    """Month boundaries of an observation window of ``months`` months starting at ``start``."""

    def __init__(self, start: str, months: int):
        self.start = np.datetime64(start, "s")
        first = np.datetime64(start, "M")
        self.months = months
        bounds = np.arange(first, first + months + 1).astype("datetime64[s]")
        self.month_start = (bounds - self.start).astype(np.int64) / SECONDS_PER_DAY
        self.month_length = np.diff(self.month_start)
        self.end = self.month_start[-1]
        self.first_month = first

    def month_of(self, days: np.ndarray) -> np.ndarray:
        """Index of the month that holds each day offset (may be < 0 or >= months)."""
        months = (self.start + (np.asarray(days) * SECONDS_PER_DAY).astype("timedelta64[s]")
                  ).astype("datetime64[M]")
        return (months - self.first_month).astype(np.int64)

    def random_day_in(self, rng, month: np.ndarray) -> np.ndarray:
        """A uniformly random instant within each given month of the window."""
        return self.month_start[month] + rng.random(len(month)) * self.month_length[month]

    def months_before_start(self, rng, months_back: np.ndarray) -> np.ndarray:
        """A random instant in the month ``months_back`` months before the window (1 = last one)."""
        first = (self.first_month - months_back).astype("datetime64[s]")
        after = (self.first_month - months_back + 1).astype("datetime64[s]")
        start = (first - self.start).astype(np.int64) / SECONDS_PER_DAY
        length = (after - first).astype(np.int64) / SECONDS_PER_DAY
        return start + rng.random(len(months_back)) * length

    def to_datetime(self, days: np.ndarray, unit: str = "s") -> np.ndarray:
        """Day offsets → ``datetime64`` (NaN → NaT), floored to ``unit`` ("s" or "D")."""
        days = np.asarray(days, dtype=float)
        seconds = np.floor(np.nan_to_num(days) * SECONDS_PER_DAY).astype(np.int64)
        stamps = self.start + seconds.astype("timedelta64[s]")
        if unit == "D":
            stamps = stamps.astype("datetime64[D]").astype("datetime64[s]")
        return np.where(np.isnan(days), np.datetime64("NaT"), stamps)

    def month_dates(self, month: np.ndarray) -> np.ndarray:
        """First day of each month index as ``datetime64[s]``."""
        return (self.first_month + month).astype("datetime64[s]")
