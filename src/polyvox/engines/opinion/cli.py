"""`polyvox opinion ...`: the opinion map of a Pol.is export from the command line (no Django involved).

    polyvox opinion map --polis-export DIR --json OUT [--k K] [--seed S] [--bootstrap B]
        [--moderation drop|zero] [--no-projection]

Reads DIR/comments.csv and DIR/votes.csv (or DIR/participants-votes.csv), computes the map and writes it as
JSON to OUT ('-' for standard output); prints a short summary on standard error.

Exit status: 0 written, 2 bad arguments, 3 malformed or oversized export (the message names the file and
the line), 4 the output cannot be written.
"""

from __future__ import annotations

import argparse
import json
import sys

from .conversation import Conversation, OpinionInputError
from .polis_export import PolisExportError, read_polis_export


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return value


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="polyvox opinion", description="Opinion maps of conversations (Pol.is-class).")
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("map", help="compute the opinion map of a Pol.is export")
    m.add_argument("--polis-export", required=True, metavar="DIR",
                   help="folder with comments.csv and votes.csv or participants-votes.csv")
    m.add_argument("--json", dest="json_out", required=True, metavar="OUT", help="where to write the map ('-': stdout)")
    m.add_argument("--k", type=_positive, default=None, help="number of groups (default: by silhouette, 2 to 5)")
    m.add_argument("--max-k", type=_positive, default=5, help="largest number of groups tried (default 5)")
    m.add_argument("--seed", type=_positive, default=0, help="seed of the restarts and the resampling (default 0)")
    m.add_argument("--bootstrap", type=_positive, default=20, help="resamples for the stability scores (default 20)")
    m.add_argument("--moderation", choices=("drop", "zero"), default="drop",
                   help="moderated-out statements: left out (default) or zeroed as Pol.is's code does")
    m.add_argument("--no-projection", action="store_true", help="leave the coordinates out of the JSON")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        export = read_polis_export(args.polis_export)
    except PolisExportError as exc:
        print(f"polyvox opinion: {exc}", file=sys.stderr)
        return 3
    try:
        conversation = Conversation.from_polis_export(
            export, seed=args.seed, k=args.k or None, max_k=max(args.max_k, 2), bootstrap=args.bootstrap,
            moderation=args.moderation)
        result = conversation.recompute()
    except OpinionInputError as exc:
        print(f"polyvox opinion: {exc}", file=sys.stderr)
        return 2 if exc.code in {"k", "max_k", "bootstrap", "restarts", "moderation", "choose"} else 3
    if args.no_projection:
        result.pop("projection", None)
        result.pop("statement_projection", None)
    result["source"] = {"folder": str(args.polis_export), "votes_from": export.source}
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.json_out == "-":
        sys.stdout.write(text + "\n")
    else:
        try:
            with open(args.json_out, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
        except OSError as exc:
            print(f"polyvox opinion: cannot write {args.json_out}: {exc.strerror or exc}", file=sys.stderr)
            return 4
    sizes = ", ".join(str(g["size"]) for g in result["groups"])
    print(f"polyvox opinion: {result['n_participants']} participants ({result['n_clustered']} clustered), "
          f"{result['n_statements']} statements, k = {result['k']} (sizes {sizes}), {result['seconds']:.3f} s",
          file=sys.stderr)
    return 0
