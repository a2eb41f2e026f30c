"""Datasets that ship with the kit: the default simulated operator (CSV) and real reference data.

``make data`` (``crmlab.datasets.write_telecom()``) regenerates ``datasets/telecom/`` from ``generate_telecom()``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .tables import TelecomData


def _datasets_folder() -> Path:
    """Where the shipped data lives: ``crmlab/_data`` in an installed wheel, else the repository's
    ``datasets/`` folder (a clone, or an editable install)."""
    package = Path(__file__).resolve().parent
    installed = package / "_data"
    return installed if (installed / "telecom").is_dir() else package.parent / "datasets"


DATASETS = _datasets_folder()
TELECOM = DATASETS / "telecom"


def load_telecom(locale: str | None = None) -> TelecomData:
    """The shipped default dataset: ``generate_telecom()`` with its defaults, read from CSV.

    Dates come back as datetimes, labels as categories, exactly as ``generate_telecom`` makes them.

    Parameters
    ----------
    locale : {"en_US", "zh_CN"}, optional
        The locale of names, places, phones, e-mails and company names. None (the default) follows
        the kit's language (``crmlab.set_language``): "en" reads the shipped en_US files, "zh"
        gives ``generate_telecom(locale="zh_CN")`` with the shipped defaults (generated once per
        process, then cached) — the same numbers and category codes, Chinese names.

    Examples
    --------
    >>> data = load_telecom()
    >>> len(data.customers)
    5000
    """
    import copy

    from ._validation import check_choice
    from .language import data_locale

    locale = data_locale() if locale is None else check_choice(locale, "locale",
                                                                ("en_US", "zh_CN"),
                                                                where="load_telecom")
    if locale == "en_US":
        return TelecomData.from_csv(TELECOM)
    return copy.deepcopy(_generated(locale))


@lru_cache(maxsize=2)
def _generated(locale: str) -> TelecomData:
    """``generate_telecom(locale=locale)`` with the shipped defaults, once per process."""
    from .synth import generate_telecom

    return generate_telecom(locale=locale)


def write_telecom(folder: Path = TELECOM) -> Path:
    """Regenerate the shipped dataset, its parameter table and the data dictionary."""
    from .synth import generate_telecom
    from .synth.parameters import parameter_table
    from .tables import _path

    folder = _path(folder, "folder", "write_telecom")

    data = generate_telecom()
    data.to_csv(folder)
    parameter_table().to_csv(Path(folder) / "parameters.csv", index=False)
    (DATASETS / "README.md").write_text(data_dictionary(), encoding="utf-8")
    return Path(folder)


DICTIONARY_INTRO = """# Datasets

## `telecom/` — the simulated operator (模拟电信运营商)

`generate_telecom()` with its defaults (5,000 customers, 24 months from 2024-01-01, seed 0,
locale en_US), written as one CSV file per table. Read it with `crmlab.load_telecom()`, which
restores the dtypes below, or open the files in a spreadsheet. `make data` regenerates the files
and this page; `tests/test_tables.py` checks that the shipped files equal a fresh generation.

Money is in currency units (no currency is named). Dates are `YYYY-MM-DD`, times
`YYYY-MM-DD HH:MM:SS`; an empty cell is a missing value. `truth` and `raw_truth` are the planted
answers: analyses never read them. `parameters.csv` lists every parameter of the simulator with its
source (the same table as `crmlab.synth.parameters.parameter_table()`).
"""


def data_dictionary() -> str:
    """The data dictionary of the telecom tables (Markdown), written from ``SCHEMA``.

    Examples
    --------
    >>> "| amount | float | currency | 账单金额 |" in data_dictionary()
    True
    """
    from .synth.parameters import CLV_ANNUAL_DISCOUNT_RATE, CLV_HORIZON_MONTHS
    from .tables import SCHEMA, TABLE_NOTES

    parts = [DICTIONARY_INTRO]
    for table, columns in SCHEMA.items():
        parts.append(f"### `{table}` — {TABLE_NOTES[table]}\n")
        parts.append("| column | type | unit | 中文 | meaning |\n|---|---|---|---|---|")
        for column, (kind, unit, zh, meaning) in columns.items():
            parts.append(f"| {column} | {kind} | {unit} | {zh} | {meaning} |")
        parts.append("")
    parts.append(f"`truth.expected_clv` is the expected discounted gross margin over the next "
                 f"{CLV_HORIZON_MONTHS} months after the window, at {CLV_ANNUAL_DISCOUNT_RATE:.0%} "
                 "a year, computed from each customer's true parameters and state.\n")
    from .glossary import glossary

    parts.append("## Key terms of the data (from `crmlab.glossary`; all terms: GLOSSARY.md)\n")
    parts.append("| English | 中文 | meaning |\n|---|---|---|")
    used = ["churn", "customer lifetime value (CLV)", "customer complaint", "touchpoint",
            "first-contact resolution (FCR)", "Net Promoter Score (NPS)", "uplift",
            "control group", "cross-selling", "group customer", "ARPU", "ARPA",
            "customer master file"]
    table = glossary().set_index("english")
    parts += [f"| {name} | {table.loc[name, 'chinese']} | {table.loc[name, 'definition']} |"
              for name in used]
    parts.append("")
    return "\n".join(parts)



CDNOW = DATASETS / "cdnow"


def load_cdnow(kind: str = "transactions"):
    """The CDNOW sample of Fader, Hardie & Lee (2005): 2,357 customers who first bought in Q1 1997,
    followed to the end of June 1998 (78 weeks).

    Parameters
    ----------
    kind : {"transactions", "summary"}
        ``"transactions"``: one row per purchase (customer_id, date, quantity, amount).
        ``"summary"``: one row per customer over the paper's 39-week calibration period (to
        1997-09-30), in weeks: ``frequency`` (repeat purchases), ``recency`` and ``T`` (weeks
        since the first purchase), ``monetary_value`` (mean repeat spend), indexed by customer_id.

    Examples
    --------
    >>> summary = load_cdnow("summary")
    >>> len(summary), int(summary["frequency"].sum())
    (2357, 2457)
    """
    import pandas as pd

    from ._validation import check_choice

    check_choice(kind, "kind", ("transactions", "summary"), where="load_cdnow")
    if kind == "summary":
        frame = pd.read_csv(CDNOW / "cdnow_customers_summary_with_transactions.csv")
        frame = frame.rename(columns={"ID": "customer_id", "x": "frequency", "t_x": "recency",
                                      "zbar": "monetary_value"})
        return frame.set_index("customer_id")
    frame = pd.read_csv(CDNOW / "CDNOW_sample.txt", sep=r"\s+", header=None,
                        names=["master_id", "customer_id", "date", "quantity", "amount"],
                        dtype={"date": str})
    frame["date"] = pd.to_datetime(frame["date"], format="%Y%m%d")
    return frame[["customer_id", "date", "quantity", "amount"]]
