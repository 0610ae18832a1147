"""`polyvox opinion map`: the JSON's schema, exit codes, messages without tracebacks (the engine's own entry point
in process; `python -m polyvox opinion` through a subprocess, as engines import nothing of the web side)."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

from polyvox.engines.opinion.cli import main as opinion_main


def main(argv):
    assert argv[0] == "opinion"
    return opinion_main(argv[1:])

POLIS = Path(__file__).parent / "polis"


def test_map_writes_the_schema(tmp_path, capsys):
    out = tmp_path / "map.json"
    assert main(["opinion", "map", "--polis-export", str(POLIS / "brexit-consensus"), "--json", str(out),
                 "--seed", "3"]) == 0
    result = json.loads(out.read_text())
    assert result["k"] == len(result["groups"]) == 2
    assert set(result) >= {"k", "participants", "groups", "consensus", "seconds", "projection", "seed"}
    assert result["seed"] == 3 and result["seconds"] > 0
    assert len(result["participants"]) == 204
    assert all(g is None or 0 <= g < result["k"] for g in result["participants"].values())
    statements = set(range(50))
    for group in result["groups"]:
        assert {"id", "size", "centre", "representative", "repness", "stability"} <= set(group)
        assert set(group["representative"]) <= statements and group["representative"]
        assert 0 <= group["stability"] <= 1
    assert sum(g["size"] for g in result["groups"]) == sum(v is not None for v in result["participants"].values())
    assert set(result["consensus"]) <= statements
    assert all(len(xy) == 2 for xy in result["projection"].values())
    assert "k = 2" in capsys.readouterr().err


def test_forced_k_and_stdout(capsys):
    assert main(["opinion", "map", "--polis-export", str(POLIS / "15-per-hour-seattle"), "--json", "-", "--k", "3",
                 "--no-projection", "--bootstrap", "0"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["k"] == 3 and "projection" not in result
    assert all(g["stability"] is None for g in result["groups"])


def test_malformed_export_exit_3_with_file_and_line(tmp_path):
    shutil.copy(POLIS / "brexit-consensus" / "comments.csv", tmp_path / "comments.csv")
    lines = (POLIS / "brexit-consensus" / "votes.csv").read_text().splitlines()
    lines[5] = lines[5].rsplit(",", 1)[0] + ",7"
    (tmp_path / "votes.csv").write_text("\n".join(lines) + "\n")
    process = subprocess.run(
        [sys.executable, "-m", "polyvox", "opinion", "map", "--polis-export", str(tmp_path), "--json", str(tmp_path / "o.json")],
        capture_output=True, text=True)
    assert process.returncode == 3
    assert "votes.csv: line 6: vote: 7 is out of range" in process.stderr
    assert "Traceback" not in process.stderr
    assert not (tmp_path / "o.json").exists()


def test_bad_arguments_exit_2(tmp_path, capsys):
    assert main(["opinion", "map", "--polis-export", str(POLIS / "brexit-consensus")]) == 2
    assert main(["opinion", "map", "--polis-export", str(POLIS / "brexit-consensus"), "--json", "-", "--k", "-1"]) == 2
    assert main(["opinion", "map", "--polis-export", str(POLIS / "brexit-consensus"), "--json", "-", "--k", "50"]) == 2
    assert main(["opinion", "map", "--polis-export", str(tmp_path / "none"), "--json", "-"]) == 3
    assert main(["opinion", "map", "--polis-export", str(POLIS / "brexit-consensus"),
                 "--json", str(tmp_path / "no" / "dir.json")]) == 4
