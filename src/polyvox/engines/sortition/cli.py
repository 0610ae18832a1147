"""`polyvox sortition ...`: select a panel, verify a published draw, check quotas, replace a member."""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from .models import METHODS, InfeasibleQuotasError, SortitionError

DESCRIPTION = "Citizens' panels drawn by lot (LEXIMIN and other fair lotteries, open solvers)."


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except InfeasibleQuotasError as exc:
        print(exc.diagnosis.explain(), file=sys.stderr)
        return 3
    except SortitionError as exc:
        print(f"polyvox sortition: {exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="polyvox sortition", description=DESCRIPTION)
    sub = parser.add_subparsers(dest="command")

    def inputs(p):
        p.add_argument("--people", required=True, help="CSV of the pool, one row per person")
        p.add_argument("--quotas", required=True, help="CSV of quotas: feature,value,min,max[,min_flex,max_flex] "
                       "or category,feature,min,max")
        p.add_argument("--panel-size", type=int, required=True, help="number of people on the panel")
        p.add_argument("--id-column", help="the people file's id column (default: the first column; the row "
                       "number when the file has no id column)")
        p.add_argument("--households", help="address columns, comma-separated: at most one person per household")

    s = sub.add_parser("select", help="compute the fair lottery and (with --seed) draw the panel")
    inputs(s)
    s.add_argument("--method", choices=METHODS, default="leximin", help="default: leximin (exact)")
    s.add_argument("--seed", help="public seed of the final draw (e.g. a lottery's draw, announced in advance)")
    s.add_argument("--lottery-size", type=int, default=1000, help="number M of equally likely panels (1000)")
    s.add_argument("--json", help="write the full result (lottery, probabilities, certificate) to this file")
    s.add_argument("--time-target", type=float, default=60.0,
                   help="seconds (default 60): say so if the computation takes longer (it is never cut short)")
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    s.set_defaults(run=_select)

    v = sub.add_parser("verify", help="check a published draw from its JSON and the seed, with no solver")
    v.add_argument("--json", required=True, help="the published JSON")
    v.add_argument("--seed", required=True, help="the public seed")
    v.add_argument("--announced-digest", help="the lottery digest published before the seed was known: "
                   "checks that the published lottery is the one announced")
    v.add_argument("--optimality", action="store_true",
                   help="also check the LEXIMIN certificate: that no lottery is fairer (needs HiGHS)")
    v.set_defaults(run=_verify)

    c = sub.add_parser("check", help="check that the quotas can be met; if not, the smallest relaxation")
    inputs(c)
    c.set_defaults(run=_check)

    r = sub.add_parser("replace", help="draw a replacement for withdrawn members")
    inputs(r)
    r.add_argument("--panel", required=True, help="ids on the panel, comma-separated, or the JSON of the selection")
    r.add_argument("--withdrawn", required=True, help="ids of the withdrawn members, comma-separated")
    r.add_argument("--exclude", default="", help="ids not to invite (e.g. who already declined), comma-separated")
    r.add_argument("--seed", help="public seed fixing the order in which candidates are tried")
    r.set_defaults(run=_replace)
    return parser


def _load(args):
    from .io import read_pool_csv, read_quotas_csv
    from .selection import check_sizes

    check_sizes(args.panel_size, getattr(args, "lottery_size", None))  # before reading anything

    quotas = read_quotas_csv(args.quotas)
    households = [c.strip() for c in args.households.split(",")] if args.households else None
    pool = read_pool_csv(args.people, id_column=args.id_column, households=households, features=quotas.features)
    return pool, quotas


def _select(args) -> int:
    import time

    from .io import write_json
    from .selection import select_panel

    pool, quotas = _load(args)
    bar = None
    progress = None
    if not args.quiet:
        try:
            from tqdm import tqdm

            bar = tqdm(total=1000, file=sys.stderr, desc=args.method, leave=False,
                       bar_format="{desc}: {percentage:3.0f}%|{bar}| {elapsed} {postfix}")

            def progress(event) -> None:
                bar.n = int(1000 * event.fraction)
                bar.set_postfix_str(event.describe()[:60], refresh=True)
        except ImportError:  # pragma: no cover
            bar = None
    started = time.perf_counter()
    try:
        result = select_panel(pool, quotas, args.panel_size, method=args.method, progress=progress,
                              lottery_size=args.lottery_size, seed=args.seed)
    finally:
        if bar is not None:
            bar.close()
    seconds = time.perf_counter() - started
    print(f"method            {result.method}")
    print(f"pool              {len(pool)} people ({result.stats.get('profiles')} distinct profiles)")
    print(f"panel size        {result.panel_size}")
    print(f"min probability   {result.min_probability:.6f}")
    print(f"max probability   {result.max_probability:.6f}")
    print(f"gini              {result.gini:.4f}")
    print(f"lottery           {len(result.panels)} panels; rounded to {result.lottery.size} equally likely "
          f"panels, losing at most {result.lottery.max_loss:.6f} of any probability")
    if result.method == "leximin":
        print(f"optimality        {len(result.certificate)} LEXIMIN stage(s), dual certificate in the JSON "
              f"({result.stats.get('route')})")
    print(f"time              {seconds:.2f} s")
    if args.time_target and seconds > args.time_target:
        print(f"NOTE: exact {result.method} took {seconds:.1f} s, more than the {args.time_target:g} s target "
              "(the result is exact; nothing was traded away)")
    if result.seed is not None:
        print(f"seed              {result.seed!r} -> panel number {result.panel_index} of {result.lottery.size}")
        print("panel             " + ", ".join(result.panel or []))
    if args.json:
        write_json(result, args.json)
        print(f"written           {args.json}")
    return 0


def _verify(args) -> int:
    from .draw import verify_draw
    from .io import read_json

    published = read_json(args.json)
    report = verify_draw(published, args.seed, announced_digest=args.announced_digest)
    print(report.explain())
    ok = report.ok
    if args.optimality:
        from .certificate import check_certificate

        optimality = check_certificate(published)
        ok = ok and optimality.ok
        lines = [f"  ok  {c}" for c in optimality.checks] + [f"  FAIL {p}" for p in optimality.problems]
        print(("The lottery is LEXIMIN-optimal." if optimality.ok else "The LEXIMIN certificate does NOT check out.")
              + "\n" + "\n".join(lines))
    if report.panel is not None:
        print("panel: " + ", ".join(report.panel))
    return 0 if ok else 1


def _check(args) -> int:
    from .infeasibility import diagnose_infeasible

    pool, quotas = _load(args)
    from .io import check_pool_against_quotas

    check_pool_against_quotas(pool, quotas)
    diagnosis = diagnose_infeasible(pool, quotas, args.panel_size)
    print(diagnosis.explain())
    return 0 if diagnosis.feasible else 3


def _replace(args) -> int:
    from .io import check_pool_against_quotas, read_json
    from .replacement import find_replacement

    pool, quotas = _load(args)
    check_pool_against_quotas(pool, quotas)
    if args.panel.endswith(".json"):
        published = read_json(args.panel)
        panel = published.get("panel")
        if not panel:
            raise SortitionError(f"{args.panel} has no drawn 'panel'")
    else:
        panel = [x.strip() for x in args.panel.split(",") if x.strip()]
    withdrawn = [x.strip() for x in args.withdrawn.split(",") if x.strip()]
    exclude = [x.strip() for x in args.exclude.split(",") if x.strip()]
    result = find_replacement(pool, quotas, panel, withdrawn, seed=args.seed, exclude=exclude)
    print(result.explain())
    if result.ok:
        print("new panel: " + ", ".join(result.panel))
    return 0 if result.ok else 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
