"""TelecomData: CSV and SQLite round trips, the shipped dataset, load_telecom's dtypes."""

import sqlite3

import pandas as pd
import pytest

from crmlab import SCHEMA, TelecomData, generate_telecom, load_telecom
from crmlab.tables import apply_schema


def assert_same(left: TelecomData, right: TelecomData):
    for name, frame in left.tables().items():
        pd.testing.assert_frame_equal(frame, right.tables()[name], obj=name)


def test_csv_round_trip(tmp_path, small_world):
    small_world.to_csv(tmp_path / "csv")
    assert sorted(p.stem for p in (tmp_path / "csv").glob("*.csv")) == sorted(SCHEMA)
    assert_same(small_world, TelecomData.from_csv(tmp_path / "csv"))


def test_sqlite_round_trip_and_plain_sql(tmp_path, small_world):
    path = small_world.to_sqlite(tmp_path / "crm.db")
    assert_same(small_world, TelecomData.from_sqlite(path))
    with sqlite3.connect(path) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables == set(SCHEMA)
        n_business, = db.execute(
            "SELECT COUNT(*) FROM customers WHERE customer_type = 'business'").fetchone()
        revenue, = db.execute("SELECT ROUND(SUM(amount), 2) FROM bills "
                              "WHERE month >= '2024-06-01' AND month < '2024-07-01'").fetchone()
    customers, bills = small_world.customers, small_world.bills
    assert n_business == (customers["customer_type"] == "business").sum()
    june = bills.loc[bills["month"] == "2024-06-01", "amount"].sum()
    assert revenue == pytest.approx(june, abs=0.01)
    # written twice: the file is replaced, not appended to
    small_world.to_sqlite(path)
    assert len(TelecomData.from_sqlite(path).customers) == len(customers)


def test_shipped_dataset_is_generate_telecom_defaults(world):
    assert_same(generate_telecom(), world)


def test_load_telecom_dtypes(world):
    for name, columns in SCHEMA.items():
        frame = world.tables()[name]
        for column, (kind, *_rest) in columns.items():
            dtype = frame[column].dtype
            if kind == "datetime":
                assert pd.api.types.is_datetime64_any_dtype(dtype), (name, column)
            elif kind == "category":
                assert isinstance(dtype, pd.CategoricalDtype), (name, column)
            elif kind == "int":
                assert pd.api.types.is_integer_dtype(dtype), (name, column)
            elif kind == "bool":
                assert pd.api.types.is_bool_dtype(dtype), (name, column)
    assert world.customers["churn_date"].isna().any() and world.customers["churn_date"].notna().any()


def test_tables_in_schema_order(small_world):
    tables = small_world.tables()
    assert list(tables) == list(SCHEMA)
    assert "customers=800" in repr(small_world)


def test_missing_files_and_columns_are_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="no folder"):
        TelecomData.from_csv(tmp_path / "nowhere")
    (tmp_path / "partial").mkdir()
    with pytest.raises(FileNotFoundError, match="customers.csv is missing"):
        TelecomData.from_csv(tmp_path / "partial")
    with pytest.raises(ValueError, match=r"table 'bills' is missing column\(s\) \['amount'"):
        apply_schema("bills", pd.DataFrame({"customer_id": [1], "month": ["2024-01-01"]}))


def test_load_does_not_share_state_between_calls():
    first = load_telecom()
    first.customers.loc[0, "name"] = "changed"
    assert load_telecom().customers.loc[0, "name"] != "changed"


def test_data_dictionary_is_current():
    from crmlab.datasets import DATASETS, data_dictionary

    assert (DATASETS / "README.md").read_text(encoding="utf-8") == data_dictionary()


def test_chinese_data_dictionary_covers_every_column():
    from crmlab.tables import MEANINGS_ZH, TABLE_NOTES, TABLE_NOTES_ZH, UNITS_ZH

    chinese = r"[\u4e00-\u9fff]"
    columns = {(table, column) for table, spec in SCHEMA.items() for column in spec}
    assert set(MEANINGS_ZH) == columns
    assert all(pd.Series(list(MEANINGS_ZH.values())).str.contains(chinese))
    assert set(TABLE_NOTES_ZH) == set(TABLE_NOTES) == set(SCHEMA)
    assert all(pd.Series(list(TABLE_NOTES_ZH.values())).str.contains(chinese))
    units = {unit for spec in SCHEMA.values() for (_kind, unit, _zh, _meaning) in spec.values()}
    assert units <= set(UNITS_ZH)
    assert UNITS_ZH["currency"] == "货币单位" and UNITS_ZH["minutes"] == "分钟"
