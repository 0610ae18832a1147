"""`polyvox budget ...`: count a pabulib file from the command line (no Django involved).

    polyvox budget count FILE.pb [--rule auto|greedy|mes|phragmen] [--closest]
        [--completion none|add1|add1-exhaustive|add1u] [--utilities cost|approval|points] [--comparison]
        [--no-skip] [--threshold N] [--tie-breaking votes,cost,id] [--json OUT.json] [--explain]
    polyvox budget check FILE.pb... [--json OUT.json]

`count` prints the file's reading warnings (quirks read anyway) on standard error; the JSON
carries them. `check` prints one line per file: the META rule, the ballot type, whether the count
reproduces the file's `selected` column, and the first difference with its reason.

Exit status: 0 counted (check: every file reproduced or not checkable), 1 (check) some file not
reproduced or unreadable, 2 bad arguments, a rule is needed or not defined for the ballot type,
3 malformed file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .check import check_file
from .counting import RULES, BallotTypeNotSupported, RuleNotUnderstood, count
from .explain import explain
from .pabulib import PabulibError, read_pabulib
from .rules.completion import COMPLETIONS
from .rules.mes import UTILITIES


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="polyvox budget", description="Count participatory budgets (pabulib files).")
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("count", help="count a .pb file")
    c.add_argument("file")
    c.add_argument("--rule", choices=RULES, default="auto", help="auto follows the file's META rule")
    c.add_argument("--closest", action="store_true",
                   help="with auto: when the file's rule cannot be known, count with the closest defined rule")
    c.add_argument("--completion", choices=COMPLETIONS, default=None, help="MES completion (default none)")
    c.add_argument("--utilities", choices=UTILITIES + ("points",), default=None,
                   help="MES utilities (default: cost for approval ballots, the points or ordinal scores otherwise)")
    c.add_argument("--comparison", action="store_true", default=None, help="keep greedy when more voters prefer it")
    c.add_argument("--no-skip", dest="skip", action="store_false", default=None, help="greedy stops at the first project that does not fit")
    c.add_argument("--threshold", default=None, help="greedy: minimum score to be funded")
    c.add_argument("--tie-breaking", default="votes,cost,id", help="comma-separated criteria among votes, cost, id, order")
    c.add_argument("--json", dest="json_out", default=None, help="write the result as JSON to this file ('-' for stdout)")
    c.add_argument("--explain", action="store_true", help="print the citizen-readable explanation")
    k = sub.add_parser("check", help="does the count reproduce each file's selected column?")
    k.add_argument("files", nargs="+", help=".pb files, or folders of them")
    k.add_argument("--json", dest="json_out", default=None, help="also write the verdicts as JSON ('-' for stdout)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command == "check":
        return _check(args)

    try:
        election = read_pabulib(args.file)
    except FileNotFoundError:
        print(f"polyvox budget: no such file: {args.file}", file=sys.stderr)
        return 2
    except IsADirectoryError:
        print(f"polyvox budget: {args.file} is a folder, not a file", file=sys.stderr)
        return 2
    except PabulibError as exc:
        print(f"polyvox budget: {args.file}: line {exc.line}: {exc.message}", file=sys.stderr)
        return 3
    for warning in election.warnings:
        print(f"polyvox budget: {args.file}: warning: {warning}", file=sys.stderr)
    try:
        result = count(
            election,
            rule=args.rule,
            completion=args.completion,
            utilities=args.utilities,
            comparison=args.comparison,
            skip=args.skip,
            threshold=args.threshold,
            tie_breaking=tuple(x.strip() for x in args.tie_breaking.split(",") if x.strip()),
            closest=args.closest,
        )
    except RuleNotUnderstood as exc:
        print(f"polyvox budget: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"polyvox budget: {exc}", file=sys.stderr)
        return 2

    data = result.to_json()
    if args.json_out == "-":
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        if args.json_out:
            with open(args.json_out, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=2)
        print(_summary(result, election))
    if args.explain:
        print()
        print(explain(result).to_text())
    return 0


def _summary(result, election) -> str:
    name = election.meta.get("description") or args_name(election)
    lines = [
        f"{name}: {len(election.ballots)} voters, {len(election.projects)} projects, budget {data_num(result.budget)}",
        f"rule: {result.label}{' (from the file)' if result.source == 'meta' else ''}"
        + (f": {result.note}" if result.note else ""),
        f"funded {len(result.selected)} projects for {data_num(result.total_cost)} "
        f"({data_num(result.budget - result.total_cost)} left) in {result.seconds:.3f} s",
        "selected: " + ", ".join(result.selected),
    ]
    return "\n".join(lines)


def _check(args) -> int:
    paths = []
    for name in args.files:  # a folder stands for its .pb files
        folder = Path(name)
        paths.extend(sorted(folder.glob("*.pb")) if folder.is_dir() else [name])
    lines = [check_file(path) for path in paths]
    for line in lines:
        print(line.to_text())
    if args.json_out:
        data = [line.to_json() for line in lines]
        if args.json_out == "-":
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            with open(args.json_out, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=2)
    counts = {s: sum(1 for line in lines if line.status == s) for s in ("reproduced", "differs", "not_checked", "unreadable")}
    print(f"{len(lines)} files: {counts['reproduced']} reproduced, {counts['differs']} not reproduced, "
          f"{counts['not_checked']} not checked, {counts['unreadable']} unreadable", file=sys.stderr)
    return 1 if counts["differs"] or counts["unreadable"] else 0


def args_name(election) -> str:
    return " ".join(x for x in (election.meta.get("country"), election.meta.get("unit"), election.meta.get("instance")) if x)


def data_num(x) -> str:
    x = float(x)
    return f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"
