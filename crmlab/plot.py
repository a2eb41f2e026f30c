"""One function per chart. Each takes the table a crmlab function computed and ``ax=None``,
draws, and returns the Axes; no computation lives here.

Matplotlib is imported inside the functions so that ``import crmlab`` stays light.
"""

from __future__ import annotations

import pandas as pd

from ._validation import check_columns


def _axes(ax):
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(8, 4))
    return ax


def monthly_trend(summary: pd.DataFrame, ax=None, value: str = "revenue",
                  count: str = "active_customers"):
    """Monthly revenue as bars with the number of active customers as a line on a second axis.

    Parameters
    ----------
    summary : DataFrame
        Indexed by month, with the columns named by ``value`` and ``count``.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when None.

    Returns
    -------
    matplotlib Axes
        The revenue axis (the customer line lives on its twin).

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> months = pd.date_range("2024-01-01", periods=3, freq="MS")
    >>> table = pd.DataFrame({"revenue": [10.0, 12, 11], "active_customers": [5, 6, 6]}, months)
    >>> monthly_trend(table).get_ylabel()
    'revenue (currency units)'
    """
    check_columns(summary, [value, count], "summary", where="monthly_trend")
    ax = _axes(ax)
    labels = summary.index.strftime("%Y-%m") if isinstance(summary.index, pd.DatetimeIndex) \
        else summary.index.astype(str)
    positions = range(len(summary))
    ax.bar(positions, summary[value], color="#9ecae1", label=value.replace("_", " "))
    ax.set_ylabel(f"{value.replace('_', ' ')} (currency units)")
    ax.set_xticks(list(positions)[::3], labels[::3], rotation=45, ha="right")
    ax.set_xlabel("month")
    twin = ax.twinx()
    twin.plot(positions, summary[count], color="#de2d26", marker="o", label=count.replace("_", " "))
    twin.set_ylabel(count.replace("_", " "))
    twin.set_ylim(0, summary[count].max() * 1.15)
    ax.set_title("Monthly revenue and active customers")
    handles = ax.get_legend_handles_labels()[0] + twin.get_legend_handles_labels()[0]
    ax.legend(handles, [h.get_label() for h in handles], loc="lower left")
    return ax
