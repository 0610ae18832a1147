"""Reading both formats, and clear messages (file, line, problem) for malformed input."""

from __future__ import annotations

import pytest

from polyvox.engines.sortition import (InputError, check_pool_against_quotas, read_pool_csv, read_quotas_csv,
                                       select_panel)
from polyvox.engines.sortition.cli import main

from .conftest import SORTITION


def test_replication_format_ids_are_row_numbers(examples):
    pool, quotas, _ = examples["example_small_20"]
    assert quotas.features == ["gender", "leaning"]
    assert pool.ids[:3] == ["1", "2", "3"] and len(pool) == 200
    assert pool.get("1").features == {"gender": "female", "leaning": "conservative"}


def test_sortition_foundation_format(examples):
    pool, quotas, _ = examples["sortition_algorithms_fixture"]
    assert pool.ids[0] == "p0"
    q = quotas.get("Gender", "Female")
    assert (q.min, q.max, q.min_flex, q.max_flex) == (11, 12, 0, 12)


def test_id_column_option(tmp_path):
    f = tmp_path / "p.csv"
    f.write_text("name,code,g\nAnn,a1,x\nBob,b2,y\n")
    pool = read_pool_csv(f, id_column="code")
    assert pool.ids == ["a1", "b2"]
    with pytest.raises(InputError, match="no id column 'nope'"):
        read_pool_csv(f, id_column="nope")


def test_malformed_csv_names_file_and_line(tmp_path):
    q = tmp_path / "q.csv"
    q.write_text("feature,value,min,max\ng,x,1,2\ng,y,two,3\n")
    with pytest.raises(InputError) as err:
        read_quotas_csv(q)
    assert "q.csv, line 3" in str(err.value) and "whole number" in str(err.value)
    q.write_text("feature,value,min,max\ng,x,3,2\n")
    with pytest.raises(InputError, match="line 2: g=x: min 3 is greater than max 2"):
        read_quotas_csv(q)
    q.write_text("foo,bar\n1,2\n")
    with pytest.raises(InputError, match="line 1"):
        read_quotas_csv(q)
    p = tmp_path / "p.csv"
    p.write_text("id,g\n1,x\n2,y,extra\n")
    with pytest.raises(InputError, match="p.csv, line 3: expected 2 fields, found 3"):
        read_pool_csv(p)
    p.write_text("id,g\n1,x\n1,y\n")
    with pytest.raises(InputError, match="line 3: the id '1' was already used on line 2"):
        read_pool_csv(p)


def test_unknown_feature_and_value(tmp_path):
    q = tmp_path / "q.csv"
    q.write_text("feature,value,min,max\ng,x,1,1\ng,y,1,1\nh,u,0,2\n")
    p = tmp_path / "p.csv"
    p.write_text("id,g\n1,x\n2,y\n")
    with pytest.raises(InputError, match="no such column"):
        check_pool_against_quotas(read_pool_csv(p), read_quotas_csv(q))
    q.write_text("feature,value,min,max\ng,x,1,1\n")
    with pytest.raises(InputError, match=r"line 3: person '2' has g='y', a value with no quota"):
        select_panel(read_pool_csv(p), read_quotas_csv(q), 1)


def test_cli_reports_errors_cleanly(tmp_path, capsys):
    code = main(["select", "--people", str(tmp_path / "missing.csv"),
                 "--quotas", str(SORTITION / "example_small_20" / "categories.csv"), "--panel-size", "20"])
    assert code == 2
    assert "missing.csv: no such file" in capsys.readouterr().err
