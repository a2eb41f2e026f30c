"""Datasets that ship with the kit: the default simulated operator (CSV) and real reference data.

``make data`` (``crmlab.datasets.write_telecom()``) regenerates ``datasets/telecom/`` from ``generate_telecom()``.
"""

from __future__ import annotations

from pathlib import Path

from .tables import TelecomData

DATASETS = Path(__file__).resolve().parent.parent / "datasets"
TELECOM = DATASETS / "telecom"


def load_telecom() -> TelecomData:
    """The shipped default dataset: ``generate_telecom()`` with its defaults, read from CSV.

    Dates come back as datetimes, labels as categories, exactly as ``generate_telecom`` makes them.

    Examples
    --------
    >>> data = load_telecom()
    >>> len(data.customers)
    5000
    """
    return TelecomData.from_csv(TELECOM)


def write_telecom(folder: Path = TELECOM) -> Path:
    """Regenerate the shipped dataset (and its parameter table) into ``folder``."""
    from .synth import generate_telecom
    from .synth.parameters import parameter_table

    data = generate_telecom()
    data.to_csv(folder)
    parameter_table().to_csv(Path(folder) / "parameters.csv", index=False)
    return Path(folder)

