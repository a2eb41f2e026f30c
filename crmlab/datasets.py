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
    from ._language import data_locale

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
    (DATASETS / "README.md").write_text(_data_dictionary(zh=False), encoding="utf-8")  # English
    return Path(folder)


def data_dictionary() -> str:
    """The data dictionary of the telecom tables (Markdown), written from ``SCHEMA``, in the kit's
    language (``crmlab.set_language``): after ``set_language("zh")`` all in Chinese — headings,
    introduction, table notes, units, column meanings (``tables.MEANINGS_ZH``) and the key terms
    with their Chinese definitions — with the Chinese column names first; the column names, dtypes
    and category codes stay as the data hold them.

    Examples
    --------
    >>> "| amount | float | currency | 账单金额 |" in data_dictionary()
    True
    """
    from ._language import language

    return _data_dictionary(zh=language() == "zh")


def _data_dictionary(zh: bool) -> str:
    from .glossary import LABELS, glossary
    from .synth.parameters import CLV_ANNUAL_DISCOUNT_RATE, CLV_HORIZON_MONTHS
    from .tables import MEANINGS_ZH, SCHEMA, TABLE_NOTES, TABLE_NOTES_ZH, UNITS_ZH

    def label(key: str, **values) -> str:
        text = LABELS[key][zh]
        return text.format(**values) if values else text

    parts = [label("dictionary_intro")]
    for table, columns in SCHEMA.items():
        note = TABLE_NOTES_ZH[table] if zh else TABLE_NOTES[table]
        parts.append(f"### `{table}` — {note}\n")
        parts.append(label("dictionary_columns"))
        for column, (kind, unit, chinese, meaning) in columns.items():
            parts.append(f"| {chinese} | {column} | {kind} | {UNITS_ZH[unit]} | "
                         f"{MEANINGS_ZH[table, column]} |" if zh else
                         f"| {column} | {kind} | {unit} | {chinese} | {meaning} |")
        parts.append("")
    parts.append(label("dictionary_expected_clv", months=CLV_HORIZON_MONTHS,
                       rate=CLV_ANNUAL_DISCOUNT_RATE))
    parts.append(label("dictionary_terms"))
    used = ["churn", "customer lifetime value (CLV)", "customer complaint", "touchpoint",
            "first-contact resolution (FCR)", "Net Promoter Score (NPS)", "uplift",
            "control group", "cross-selling", "group customer", "ARPU", "ARPA",
            "customer master file"]
    table = glossary().set_index("english")
    parts += [f"| {table.loc[name, 'chinese']} | {name} | {table.loc[name, 'definition_zh']} |"
              if zh else
              f"| {name} | {table.loc[name, 'chinese']} | {table.loc[name, 'definition']} |"
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
