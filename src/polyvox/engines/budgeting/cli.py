"""`polyvox budget ...`: count a pabulib file from the command line (no Django involved).

    polyvox budget count FILE.pb [--rule auto|greedy|mes|phragmen]
        [--completion none|add1|add1-exhaustive|add1u] [--utilities cost|approval] [--comparison]
        [--no-skip] [--threshold N] [--tie-breaking votes,cost,id] [--json OUT.json] [--explain]

Exit status: 0 counted, 2 bad arguments or a rule is needed, 3 malformed file.
"""

from __future__ import annotations

import argparse
import json
import sys

from .counting import RULES, RuleNotUnderstood, count
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
    c.add_argument("--completion", choices=COMPLETIONS, default=None, help="MES completion (default none)")
    c.add_argument("--utilities", choices=UTILITIES, default=None, help="MES utilities (default cost)")
    c.add_argument("--comparison", action="store_true", default=None, help="keep greedy when more voters prefer it")
    c.add_argument("--no-skip", dest="skip", action="store_false", default=None, help="greedy stops at the first project that does not fit")
    c.add_argument("--threshold", default=None, help="greedy: minimum score to be funded")
    c.add_argument("--tie-breaking", default="votes,cost,id", help="comma-separated criteria among votes, cost, id, order")
    c.add_argument("--json", dest="json_out", default=None, help="write the result as JSON to this file ('-' for stdout)")
    c.add_argument("--explain", action="store_true", help="print the citizen-readable explanation")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)

    try:
        election = read_pabulib(args.file)
    except FileNotFoundError:
        print(f"polyvox budget: no such file: {args.file}", file=sys.stderr)
        return 2
    except PabulibError as exc:
        print(f"polyvox budget: {args.file}: line {exc.line}: {exc.message}", file=sys.stderr)
        return 3
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
        f"rule: {result.label}{' (from the file)' if result.source == 'meta' else ''}",
        f"funded {len(result.selected)} projects for {data_num(result.total_cost)} "
        f"({data_num(result.budget - result.total_cost)} left) in {result.seconds:.3f} s",
        "selected: " + ", ".join(result.selected),
    ]
    return "\n".join(lines)


def args_name(election) -> str:
    return " ".join(x for x in (election.meta.get("country"), election.meta.get("unit"), election.meta.get("instance")) if x)


def data_num(x) -> str:
    x = float(x)
    return f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"
