"""The command line (`polyvox budget count ...`), its JSON, the explanation, and no Django import."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from polyvox.engines.budgeting import count, explain, read_pabulib, voter_account, voter_accounts
from polyvox.engines.budgeting.cli import main

from .data import pabulib_dir  # noqa: F401  (fixture)

SRC = Path(__file__).resolve().parents[4]


def test_count_json_contract(tmp_path, pabulib_dir, capsys):
    out = tmp_path / "out.json"
    code = main(["count", str(pabulib_dir / "Poland_Swiecie_2023.pb"), "--json", str(out)])
    assert code == 0
    data = json.loads(out.read_text())
    assert data["rule"]["name"] == "mes" and data["rule"]["completion"] == "add1"
    assert data["rule"]["utilities"] == "cost" and data["rule"]["source"] == "meta"
    assert data["rule"]["tie_breaking"] == ["votes", "cost", "id"]
    assert data["budget"] == 1070000
    assert data["total_cost"] <= data["budget"]
    assert isinstance(data["selected"], list) and "c12" in data["selected"]
    assert 0 < data["seconds"] < 30
    assert data["add1"]["runs"] > 1
    printed = capsys.readouterr().out
    assert "funded 17 projects" in printed and "mes/add1" in printed


def test_explicit_options(tmp_path, pabulib_dir):
    out = tmp_path / "out.json"
    path = str(pabulib_dir / "Netherlands_Assen_2024.pb")
    assert main(["count", path, "--rule", "greedy", "--no-skip", "--threshold", "20", "--json", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["rule"]["name"] == "greedy" and data["rule"]["skip"] is False and data["rule"]["threshold"] == 20
    assert main(["count", path, "--rule", "mes", "--utilities", "approval", "--comparison", "--json", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["rule"]["utilities"] == "approval" and data["rule"]["completion"] == "none"
    assert data["rule"]["comparison"] is True and "comparison" in data


def test_unknown_meta_rule_asks_for_a_rule(pabulib_dir, capsys):
    assert main(["count", str(pabulib_dir / "Switzerland_Zurich_D10.pb")]) == 2
    assert "--rule" in capsys.readouterr().err
    assert main(["count", str(pabulib_dir / "Switzerland_Zurich_D10.pb"), "--rule", "greedy"]) == 0


def test_malformed_file_exit_code_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.pb"
    bad.write_text("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;ten\nVOTES\nvoter_id;vote\n1;a\n")
    assert main(["count", str(bad), "--rule", "greedy"]) == 3
    assert "line 6" in capsys.readouterr().err


def test_explain_flag_prints_text(pabulib_dir, capsys):
    assert main(["count", str(pabulib_dir / "Netherlands_Assen_2024.pb"), "--explain"]) == 0
    printed = capsys.readouterr().out
    assert "equal share" in printed and "was not funded" in printed


def test_command_line_does_not_import_django(pabulib_dir):
    code = (
        "import sys; from polyvox.engines.budgeting.cli import main; "
        f"rc = main(['count', {str(pabulib_dir / 'Netherlands_Assen_2024.pb')!r}, '--json', '-']); "
        "assert 'django' not in sys.modules, 'django imported'; sys.exit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=SRC, env={"PYTHONPATH": str(SRC)})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rule"]["name"] == "mes"


def test_mes_explanation_is_structured(pabulib_dir):
    election = read_pabulib(pabulib_dir / "Poland_Swiecie_2023.pb")
    result = count(election, rule="auto")
    explanation = explain(result)
    assert [s.code for s in explanation.statements][:2] == ["mes.share", "add1.raised"]
    assert explanation.statements[0].numbers["voters"] == 2553
    assert [p.project_id for p in explanation.funded] == result.selected
    first = explanation.funded[0]
    assert first.code == "mes.funded" and first.numbers["round"] == 1
    assert first.numbers["price"] * first.numbers["supporters"] == pytest.approx(first.cost, rel=1e-4)
    top_unfunded = explanation.unfunded[0]
    assert top_unfunded.project_id == "c8" and top_unfunded.code == "mes.supporters_could_not_pay"
    assert top_unfunded.numbers["money_left"] < top_unfunded.cost
    assert json.dumps(explanation.to_dict())
    text = explanation.to_text()
    assert "c8" not in text.splitlines()[0] and "was not funded" in text
    account = voter_account(result, "v1")
    assert account.share == explanation.statements[1].numbers["final_share"]
    assert sum(p.paid for p in account.payments) + account.left == pytest.approx(account.share, abs=0.05)
    # every voter in one pass: the same accounts, and a spent share lists no zero payments
    accounts = voter_accounts(result)
    assert set(accounts) == {b.voter_id for b in result.election.ballots}
    for ballot in result.election.ballots[:200]:
        assert accounts[ballot.voter_id] == voter_account(result, ballot.voter_id)
    assert all(p.paid > 0 for a in accounts.values() for p in a.payments)


def test_greedy_and_phragmen_explanations(pabulib_dir):
    election = read_pabulib(pabulib_dir / "Poland_Warszawa_2023_Mokotow.pb")
    greedy = explain(count(election, rule="greedy"))
    assert {p.code for p in greedy.funded} == {"greedy.funded"}
    assert {p.code for p in greedy.unfunded} <= {"greedy.did_not_fit", "no_supporters"}
    phragmen = explain(count(election, rule="phragmen"))
    assert {p.code for p in phragmen.funded} == {"phragmen.funded"}
    assert phragmen.unfunded[0].code == "phragmen.stopped"
