"""The Method of Equal Shares for cardinal ballots: cumulative and scoring points, ordinal scores.

The general rule of Peters, Pierczyński and Skowron ("Proportional participatory budgeting with
additive utilities", NeurIPS 2021), as pabutools' `method_of_equal_shares` runs it with a cardinal
satisfaction (`Additive_Cardinal_Sat`, or `Additive_Borda_Sat` for ordinal ballots): voter i's
utility for project c is the points (or the ordinal score) u_i(c) > 0 the ballot gives it. Every
voter gets an equal share of the budget. A project c is bought at the smallest price per unit of
utility rho such that its supporters can pay its cost, each paying ``min(money left, rho * u_i(c))``;
each round buys the project with the smallest rho, until no project can be paid for. Voters giving a
project 0 points (or fewer) do not support it and do not pay for it.

Arithmetic: the run is done in floats (NumPy, over groups of identical ballots). Whenever a decision
is within rounding reach (two projects' rho within ``NEAR``, money within ``TOL`` of a cost, a voter's
money within ``TOL`` of their price), the whole run is done again in exact fractions and that
outcome is returned: no outcome depends on rounding. Exact ties are broken by the profile's
tie-breaking order.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from .mes import MESOutcome, MESPurchase
from .profile import CountingProfile

TOL = 1e-9
NEAR = 1e-8


class _NearDecision(Exception):
    pass


def cardinal_mes(profile: CountingProfile, share: Fraction | None = None) -> MESOutcome:
    """MES with the cardinal utilities of `profile` (points / ordinal scores), each voter holding `share`."""
    if not profile.cardinal:
        raise ValueError("cardinal MES needs a profile of points or ordinal ballots")
    if share is None:
        share = Fraction(profile.budget, max(profile.n_voters, 1))
    share = Fraction(share)
    try:
        outcome = _run(profile, share, exact=False)
    except _NearDecision:
        outcome = _run(profile, share, exact=True)
        outcome.exact_checks = 1
    return outcome


def _run(p: CountingProfile, share: Fraction, *, exact: bool) -> MESOutcome:
    groups = len(p.weights)
    if exact:
        money: list = [share] * groups
        weights = [int(w) for w in p.weights]
    else:
        money = np.full(groups, float(share), dtype=np.float64)
    selected: list[int] = []
    purchases: list[MESPurchase] = []
    dropped: dict[int, int] = {}
    lower: dict[int, float] = {}
    for c in range(p.m):
        if p.votes[c] == 0:
            continue
        if p.costs[c] == 0:
            selected.append(c)
            purchases.append(MESPurchase(c, -1, 0.0, 0.0, int(p.votes[c]), 0, 0.0, Fraction(0)))
            continue
        lower[c] = 0.0
    rounds = 0
    while lower:
        order = sorted(lower, key=lambda c: (lower[c], p.rank[c]))
        best = None
        evaluated = []
        for c in order:
            if best is not None and lower[c] > float(best) * (1 + NEAR):
                break
            found = _exact_rho(p, c, money, weights) if exact else _float_rho(p, c, money)
            if found is None:
                del lower[c]
                dropped[c] = rounds
                continue
            rho = found[0]
            lower[c] = float(rho)
            evaluated.append((c, rho))
            if best is None or rho < best:
                best = rho
        if not evaluated:
            break
        if exact:
            tied = [c for c, rho in evaluated if rho == best]
        else:
            tied = [c for c, rho in evaluated if rho <= best * (1 + NEAR)]
            if len(tied) > 1:
                raise _NearDecision
        winner = min(tied, key=lambda c: p.rank[c])
        rho = best
        sup = p.supporters[winner]
        if exact:
            utils = p.support_utilities[winner]
            poor_w = paid_poor = 0
            for g, u in zip(sup.tolist(), utils):
                due = rho * u
                if money[g] <= due:
                    poor_w += weights[g]
                    paid_poor += money[g] * weights[g]
                    money[g] = Fraction(0)
                else:
                    money[g] -= due
        else:
            due = rho * p.support_utilities_f[winner]
            have = money[sup]
            poor = have <= due
            poor_w = int(p.weights[sup[poor]].sum())
            paid_poor = float(np.multiply(p.support_weights_f[winner][poor], have[poor]).sum())
            money[sup] = np.where(poor, 0.0, have - due)
        purchases.append(MESPurchase(
            project=winner, round=rounds, price=float(rho), rho=float(rho), supporters=int(p.votes[winner]),
            full_payers=poor_w, full_payers_paid=float(paid_poor), price_exact=rho if exact else None,
        ))
        selected.append(winner)
        del lower[winner]
        rounds += 1
    final = np.array([float(x) for x in money], dtype=np.float64) if exact else money.copy()
    return MESOutcome(
        selected=selected, purchases=purchases, share=share, utilities="points", final_budgets=final,
        dropped_round=dropped, exact_checks=0,
    )


def _float_rho(p: CountingProfile, c: int, money: np.ndarray):
    """(rho,) of project c, or None when its supporters cannot pay; raises _NearDecision near a border."""
    sup = p.supporters[c]
    w = p.support_weights_f[c]
    u = p.support_utilities_f[c]
    b = money[sup]
    cost = p.costs_f[c]
    total = float(np.multiply(w, b).sum())
    if total < cost * (1 - TOL):
        return None
    if total <= cost * (1 + TOL):
        raise _NearDecision
    ratio = b / u
    order = np.argsort(ratio, kind="stable")
    r = ratio[order]
    wb = (w * b)[order]
    wu = (w * u)[order]
    paid = np.concatenate(([0.0], np.cumsum(wb)))[:-1]
    rest = np.cumsum(wu[::-1])[::-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        rhos = (cost - paid) / rest
    fits = np.flatnonzero(rhos <= r)
    if not len(fits):
        raise _NearDecision
    k = int(fits[0])
    rho = float(rhos[k])
    scale = max(rho, 1e-300)
    if np.any(np.abs(r - rho) <= TOL * scale):
        raise _NearDecision
    return (rho,)


def _exact_rho(p: CountingProfile, c: int, money: list, weights: list):
    sup = p.supporters[c].tolist()
    utils = p.support_utilities[c]
    cost = p.costs[c]
    total = sum((money[g] * weights[g] for g in sup), Fraction(0))
    if total < cost:
        return None
    items = sorted(((money[g] / u, money[g] * weights[g], u * weights[g]) for g, u in zip(sup, utils)),
                   key=lambda x: x[0])
    rest = sum((wu for _r, _wb, wu in items), Fraction(0))
    paid = Fraction(0)
    for r, wb, wu in items:
        rho = (cost - paid) / rest
        if rho <= r:
            return (rho,)
        paid += wb
        rest -= wu
    return (Fraction(0),) if paid >= cost else None
