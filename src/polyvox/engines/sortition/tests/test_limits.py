"""Hostile numbers are refused at once, with the line and the limit; the CSV parsers never crash (fuzzed)."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polyvox.engines.sortition import InputError, SortitionError, read_pool_csv, read_quotas_csv, select_panel
from polyvox.engines.sortition import io as sortition_io
from polyvox.engines.sortition.cli import main
from polyvox.engines.sortition.models import MAX_LOTTERY_SIZE, MAX_PANEL_SIZE, MAX_QUOTA_NUMBER

from .conftest import SORTITION

SMALL = SORTITION / "example_small_20"


def _cli(capsys, *extra, people=SMALL / "respondents.csv"):
    code = main(["select", "--people", str(people), "--quotas", str(SMALL / "categories.csv"), "--quiet", *extra])
    return code, capsys.readouterr().err


def test_a_lottery_of_a_billion_panels_is_refused_at_once(capsys):
    code, err = _cli(capsys, "--panel-size", "20", "--lottery-size", "1000000000")
    assert code == 2
    assert f"above the limit of {MAX_LOTTERY_SIZE:,} panels" in err
    # refused before anything is read: with a missing people file, the limit is still what is reported
    code, err = _cli(capsys, "--panel-size", "20", "--lottery-size", "1000000000", people="/nonexistent.csv")
    assert code == 2 and "limit" in err and "no such file" not in err


@pytest.mark.parametrize("size,needle", [("1000000", f"limit of {MAX_PANEL_SIZE:,} seats"), ("0", "positive"),
                                         ("-3", "positive")])
def test_panel_sizes_out_of_bounds_are_refused(capsys, size, needle):
    code, err = _cli(capsys, "--panel-size", size)
    assert code == 2 and needle in err


def test_a_lottery_listing_too_many_names_is_refused(capsys):
    code, err = _cli(capsys, "--panel-size", "100", "--lottery-size", "90000")
    assert code == 2 and "9,000,000 names, above the limit" in err


def test_the_engine_refuses_the_same_limits_when_called_directly(examples):
    pool, quotas, _ = examples["example_small_20"]
    with pytest.raises(SortitionError, match="limit"):
        select_panel(pool, quotas, 20, lottery_size=MAX_LOTTERY_SIZE + 1)
    with pytest.raises(SortitionError, match="limit"):
        select_panel(pool, quotas, MAX_PANEL_SIZE + 1)


@pytest.mark.parametrize("number", ["1e999999", "nan", "inf", "1" * 500, "12.5", "-1", "0x10", "١٢",
                                    str(MAX_QUOTA_NUMBER + 1)])
def test_hostile_quota_numbers_are_refused_with_the_line(number):
    text = f"feature,value,min,max\ng,x,1,2\ng,y,0,{number}\n"
    with pytest.raises(InputError) as err:
        read_quotas_csv(io.StringIO(text))
    assert err.value.line == 3
    if number == str(MAX_QUOTA_NUMBER + 1) or number == "1" * 500:
        assert f"limit of {MAX_QUOTA_NUMBER:,}" in str(err.value)


def test_whole_numbers_written_with_a_decimal_point_are_still_read():
    quotas = read_quotas_csv(io.StringIO("feature,value,min,max\ng,x,1.0,2\ng,y,0,3.\n"))
    assert [(q.min, q.max) for q in quotas] == [(1, 2), (0, 3)]


def test_pools_columns_fields_and_quotas_beyond_the_limits_are_refused(monkeypatch):
    monkeypatch.setattr(sortition_io, "MAX_POOL_SIZE", 3)
    with pytest.raises(InputError, match="more than 3 people") as err:
        read_pool_csv(io.StringIO("id,g\n1,x\n2,y\n3,x\n4,y\n"))
    assert err.value.line == 5
    monkeypatch.setattr(sortition_io, "MAX_QUOTAS", 2)
    with pytest.raises(InputError, match="more than 2 quotas") as err:
        read_quotas_csv(io.StringIO("feature,value,min,max\ng,x,1,2\ng,y,0,3\ng,z,0,3\n"))
    assert err.value.line == 4
    with pytest.raises(InputError, match="columns, more than the limit"):
        read_pool_csv(io.StringIO(",".join(f"c{i}" for i in range(600)) + "\n"))
    with pytest.raises(InputError, match="characters, more than the limit") as err:
        read_pool_csv(io.StringIO("id,g\n1," + "x" * 5000 + "\n"))
    assert err.value.line == 2
    with pytest.raises(InputError, match="NUL"):
        read_pool_csv(io.StringIO("id,g\n1,x\x00\n"))


def test_a_json_with_an_endless_integer_is_refused_without_a_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"lottery_size": ' + "9" * 10000 + "}")
    assert main(["verify", "--json", str(bad), "--seed", "x"]) == 2
    assert "not usable JSON" in capsys.readouterr().err
    bad.write_text("[1, 2]")
    assert main(["verify", "--json", str(bad), "--seed", "x"]) == 2


# -- fuzzing ---------------------------------------------------------------------------------------------

CELLS = st.one_of(
    st.sampled_from(["", "0", "1", "2", "45", "1e999999", "nan", "-1", "1.5", "9" * 400, "x", "Female", "\x00",
                     "\ufeff", '"', '"a,b"', "é", "١", "\u202e", "\r", "\t"]),
    st.text(max_size=12),
)
ROWS = st.lists(st.lists(CELLS, min_size=0, max_size=7), min_size=0, max_size=8)
SEPARATORS = st.sampled_from([",", ";", "\t"])


def _csv(header, rows, sep):
    return "\n".join(sep.join(row) for row in [header, *rows]) + "\n"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=st.sampled_from([["feature", "value", "min", "max"], ["category", "feature", "min", "max"],
                               ["feature", "value", "min", "max", "min_flex", "max_flex"], ["a", "b"]]),
       rows=ROWS, sep=SEPARATORS)
def test_the_quotas_parser_answers_every_file_or_refuses_it_cleanly(header, rows, sep):
    text = _csv(header, rows, sep)
    try:
        quotas = read_quotas_csv(io.StringIO(text))
    except InputError as error:
        assert str(error)
        return
    for quota in quotas:
        assert 0 <= quota.min <= quota.max <= MAX_QUOTA_NUMBER


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=st.lists(CELLS, min_size=1, max_size=6), rows=ROWS, sep=SEPARATORS,
       households=st.booleans())
def test_the_pool_parser_answers_every_file_or_refuses_it_cleanly(header, rows, sep, households):
    text = _csv(header, rows, sep)
    try:
        pool = read_pool_csv(io.StringIO(text), households=header[-1:] if households else None)
    except InputError as error:
        assert str(error)
        return
    assert len(set(pool.ids)) == len(pool)
    assert all(pid for pid in pool.ids)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.tuples(st.sampled_from(["x", "y", "z"]), st.sampled_from(["0", "1", "2", "3", "99999", "7.0"]),
                               st.sampled_from(["0", "1", "2", "3", "100000", "4.00"])), min_size=1, max_size=3),
       people=st.lists(st.sampled_from(["x", "y", "z", "w"]), min_size=1, max_size=8),
       k=st.integers(min_value=-2, max_value=10))
def test_select_on_fuzzed_small_files_answers_or_refuses_cleanly(rows, people, k):
    quotas_text = "feature,value,min,max\n" + "".join(f"g,{v},{lo},{hi}\n" for v, lo, hi in rows)
    people_text = "id,g\n" + "".join(f"{i},{v}\n" for i, v in enumerate(people, start=1))
    try:
        quotas = read_quotas_csv(io.StringIO(quotas_text))
        pool = read_pool_csv(io.StringIO(people_text), features=quotas.features)
        result = select_panel(pool, quotas, k, lottery_size=50)
    except SortitionError as error:
        assert str(error)
        return
    assert abs(sum(result.probabilities.values()) - k) < 1e-6
