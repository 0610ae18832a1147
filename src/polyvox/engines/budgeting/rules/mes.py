"""The Method of Equal Shares (MES) for approval ballots, with cost or approval (cardinality) utilities.

Every voter receives an equal share of the budget. In each round, among the projects whose
supporters still hold enough money together, MES funds the one whose cost can be split among its
supporters at the lowest price per unit of utility (rho): each supporter pays ``rho * u`` (``u`` is
the project's cost with cost utilities, 1 with approval utilities) or, when that is more than they
have left, all they have left. It stops when no project can be paid for by its supporters.

Arithmetic: budgets are float64 NumPy arrays (fast, vectorised over groups of identical ballots),
and no decision is ever taken on a float comparison whose margin is within rounding reach.
Every voter's budget is, exactly, either 0 (they once paid all they had) or
``share - sum(prices of the rounds they paid in)``, with each round's price a `Fraction`
derived from the previous ones; the run keeps exactly that record (who paid in which round, who
was emptied). A comparison whose float margin is below ``TOL`` (relative 1e-9; float error here is
below 1e-12 relative) is re-decided with Fractions from that record: affordability (money of the
supporters against the cost), who pays the full price and who pays all they have left, and the
choice between projects whose rho are within ``NEAR`` (1e-8) of each other. Exact ties are then
broken by the profile's tie-breaking order. `MESOutcome.exact_checks` counts these re-decisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from .profile import CountingProfile

TOL = 1e-9
NEAR = 1e-8
UTILITIES = ("cost", "approval")
_NEVER = np.iinfo(np.int64).max
_NO_GROUPS = np.zeros(0, dtype=np.int64)


@dataclass
class MESPurchase:
    """One funded project: how its cost was shared among its supporters."""

    project: int
    round: int
    price: float
    """What each supporter who could afford it paid (the others paid all they had left)."""
    rho: float
    supporters: int
    full_payers: int
    """Supporters (voters) who had less than the price left and paid all of it."""
    full_payers_paid: float
    price_exact: Fraction | None = None


@dataclass
class MESOutcome:
    selected: list[int]
    purchases: list[MESPurchase]
    share: Fraction
    """Each voter's initial share of the budget."""
    utilities: str
    final_budgets: np.ndarray
    """Money left to each ballot group at the end (float)."""
    dropped_round: dict[int, int] = field(default_factory=dict)
    """Round in which each unfunded project was found unaffordable (its supporters' money < cost)."""
    exact_checks: int = 0

    def supporters_money(self, profile: CountingProfile, project: int) -> float:
        sup = profile.supporters[project]
        return float(np.multiply(profile.support_weights[project], self.final_budgets[sup]).sum()) if len(sup) else 0.0


def method_of_equal_shares(
    profile: CountingProfile, *, utilities: str = "cost", share: Fraction | None = None
) -> MESOutcome:
    """Run MES with each voter holding `share` (default: budget / number of voters)."""
    if utilities not in UTILITIES:
        raise ValueError(f"unknown utilities {utilities!r}; expected one of {UTILITIES}")
    if share is None:
        share = Fraction(profile.budget, max(profile.n_voters, 1))
    return _Run(profile, Fraction(share), utilities).run()


class _Run:
    def __init__(self, profile: CountingProfile, share: Fraction, utilities: str):
        self.p = profile
        self.share = share
        self.e = float(share)
        self.utilities = utilities
        groups = len(profile.weights)
        self.b = np.full(groups, self.e, dtype=np.float64)
        self.zero_round = np.full(groups, _NEVER, dtype=np.int64)
        self.rounds: list[tuple[int, np.ndarray, np.ndarray, int]] = []
        self.prices: dict[int, Fraction] = {}
        self.exact_checks = 0
        self.wf = profile.support_weights_f
        self.last_price: dict[int, float] = {}
        self.live: dict[int, tuple[np.ndarray, np.ndarray, float]] = {}

    # --- the rule ------------------------------------------------------------------------------

    def run(self) -> MESOutcome:
        p = self.p
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
            if p.votes[c] * self.share < p.costs[c]:
                dropped[c] = 0
                continue
            lower[c] = (1.0 / p.votes[c]) if self.utilities == "cost" else p.costs_f[c] / p.votes[c]
        rank = p.rank
        bound = np.full(p.m, np.inf)
        for c, value in lower.items():
            bound[c] = value
        while lower:
            # projects by their lower bound (their last rho), ties by rank: a few lexsorted numbers
            order = [int(c) for c in np.lexsort((rank, bound))[: len(lower)]]
            best = np.inf
            evaluated: list[tuple[int, float, float]] = []
            for c in order:
                if lower[c] > best * (1 + NEAR):
                    break
                found = self._evaluate(c)
                if found is None:
                    del lower[c]
                    bound[c] = np.inf
                    dropped[c] = len(self.rounds)
                    continue
                rho, price = found
                lower[c] = rho
                bound[c] = rho
                evaluated.append((c, rho, price))
                if rho < best:
                    best = rho
            if not evaluated:
                break
            near = [(c, rho, price) for c, rho, price in evaluated if rho <= best * (1 + NEAR)]
            exact = None
            if len(near) == 1:
                winner, _, price = near[0]
            else:
                self.exact_checks += 1
                candidates = []
                for c, _, price in near:
                    ex_price, ex_rho, _ = self._exact_price(c, price)
                    candidates.append((ex_rho, int(rank[c]), c, price, ex_price))
                candidates.sort(key=lambda x: (x[0], x[1]))
                _, _, winner, price, exact = candidates[0]
            purchases.append(self._buy(winner, price, exact))
            selected.append(winner)
            del lower[winner]
            bound[winner] = np.inf
        return MESOutcome(
            selected=selected,
            purchases=purchases,
            share=self.share,
            utilities=self.utilities,
            final_budgets=self.b.copy(),
            dropped_round=dropped,
            exact_checks=self.exact_checks,
        )

    def _utility(self, c: int) -> float:
        return self.p.costs_f[c] if self.utilities == "cost" else 1.0

    def _evaluate(self, c: int) -> tuple[float, float] | None:
        """(rho, price) of project c now, or None when its supporters cannot pay for it.

        Float path only (the caller re-decides near-ties exactly). Supporters left with no money
        are dropped from the project's working arrays now and then (they stay at 0 for the run).
        """
        p = self.p
        sup, ws, weight = self.live.get(c) or (p.supporters[c], self.wf[c], float(p.votes[c]))
        bs = np.take(self.b, sup)
        cost = p.costs_f[c]
        both = np.empty((2, len(bs)))
        both[0] = ws
        np.multiply(ws, bs, out=both[1])
        total = float(both[1].sum())
        if total < cost * (1 - TOL):
            return None
        if total <= cost * (1 + TOL):
            self.exact_checks += 1
            if self._exact_sum(p.supporters[c], len(self.rounds)) < p.costs[c]:
                return None
        price = _equal_split(bs, ws, cost, weight, float(p.votes[c]), self.last_price.get(c, 0.0), both)
        self.last_price[c] = price
        if len(sup) > 2000:
            empty = bs <= 0.0
            n_empty = int(np.count_nonzero(empty))
            if n_empty * 4 > len(sup):
                keep = ~empty
                self.live[c] = (sup[keep], ws[keep], weight - float(ws[empty].sum()))
        return price / self._utility(c), price

    def _buy(self, c: int, price: float, exact: Fraction | None) -> MESPurchase:
        p = self.p
        sup = p.supporters[c]
        bs = self.b[sup]
        after = bs - price
        tol = TOL * max(self.e, price)
        if np.any(np.abs(after) <= tol):
            self.exact_checks += 1
            exact, _, poor_mask = self._exact_price(c, price)
            price = float(exact)
            after = np.maximum(bs - price, 0.0)
        else:
            poor_mask = after < 0.0
        k = len(self.rounds)
        votes = int(p.votes[c])
        if np.any(poor_mask):
            poor = sup[poor_mask]
            rich = sup[~poor_mask]
            poor_w = int(p.support_weights[c][poor_mask].sum())
            paid_by_poor = float(np.multiply(self.wf[c][poor_mask], bs[poor_mask]).sum())
            self.zero_round[poor] = np.minimum(self.zero_round[poor], k)
            after[poor_mask] = 0.0
        else:
            poor, rich, poor_w, paid_by_poor = _NO_GROUPS, sup, 0, 0.0
        rich_w = votes - poor_w
        self.rounds.append((c, poor, rich, rich_w))
        if exact is not None:
            self.prices[k] = exact
        self.b[sup] = after
        return MESPurchase(
            project=c,
            round=k,
            price=price,
            rho=price / self._utility(c),
            supporters=int(p.votes[c]),
            full_payers=poor_w,
            full_payers_paid=paid_by_poor,
            price_exact=exact,
        )

    # --- exact re-decisions ---------------------------------------------------------------------

    def _exact_sum(self, groups: np.ndarray, t: int) -> Fraction:
        """Exact money held by `groups` (weighted) before round t."""
        alive = groups[self.zero_round[groups] >= t]
        w = self.p.weights[alive]
        total = Fraction(int(w.sum())) * self.share
        if t and len(alive):
            member = np.zeros(len(self.b), dtype=np.int64)
            member[alive] = self.p.weights[alive]
            for j in range(t):
                count = int(member[self.rounds[j][2]].sum())
                if count:
                    total -= self._round_price(j) * count
        return total

    def _round_price(self, k: int) -> Fraction:
        if k not in self.prices:
            c, poor, _, rich_w = self.rounds[k]
            self.prices[k] = (self.p.costs[c] - self._exact_sum(poor, k)) / rich_w
        return self.prices[k]

    def _exact_price(self, c: int, price: float) -> tuple[Fraction, Fraction, np.ndarray]:
        """Exact (price, rho, poor mask over supporters) of project c now, near the float `price`."""
        p = self.p
        t = len(self.rounds)
        sup = p.supporters[c]
        bs = self.b[sup]
        tol = TOL * max(self.e, price)
        sure_poor = bs < price - tol
        border_idx = np.nonzero(np.abs(bs - price) <= tol)[0]
        poor_sum = self._exact_sum(sup[sure_poor], t)
        poor_w = int(p.weights[sup[sure_poor]].sum())
        border = sorted(
            ((self._exact_sum(sup[i : i + 1], t) / int(p.weights[sup[i]]), int(i)) for i in border_idx),
        )
        weight = int(p.votes[c])
        cost = p.costs[c]
        poor_mask = sure_poor.copy()
        exact = None
        for k in range(len(border) + 1):
            rich_w = weight - poor_w
            if rich_w == 0:
                exact = max(b for b, _ in border) if border else Fraction(0)
                break
            candidate = (cost - poor_sum) / rich_w
            if k == len(border) or candidate <= border[k][0]:
                exact = candidate
                break
            b_k, i = border[k]
            w_k = int(p.weights[sup[i]])
            poor_sum += b_k * w_k
            poor_w += w_k
            poor_mask[i] = True
        utility = p.costs[c] if self.utilities == "cost" else Fraction(1)
        return exact, exact / utility, poor_mask


WATER_FILLING_STEPS = 6


def _equal_split(
    bs: np.ndarray, ws: np.ndarray, cost: float, live: float, weight: float, lower: float, both: np.ndarray | None = None
) -> float:
    """The price p with sum(w * min(b, p)) == cost: supporters with less than p pay all they have.

    First by water-filling from below, no sort: from a price p known not to exceed the answer
    (cost / weight, or `lower`), the next is what the supporters with at least p pay when those
    below p pay all they have: (cost - their money) / the others' weight. It never overshoots,
    and when no supporter's money lies between two successive prices it is the answer. After
    `WATER_FILLING_STEPS` steps the sorted search below finishes the job from the price reached.
    """
    p = max(cost / weight, lower)
    if both is None:  # the weights and the money (weight x budget) of the supporters, one row each
        both = np.empty((2, len(bs)))
        both[0] = ws
        np.multiply(ws, bs, out=both[1])
    poor = bs < p
    n_poor = int(np.count_nonzero(poor))
    for _ in range(WATER_FILLING_STEPS):
        if n_poor:
            poor_w, paid = both @ poor  # one pass for both sums (a 2 x n product, no gather)
            rich_w = live - float(poor_w)
        else:
            paid, rich_w = 0.0, live
        if rich_w <= 0:
            break
        q = (cost - float(paid)) / rich_w
        if q <= p:
            return q
        nxt = bs < q
        n_next = int(np.count_nonzero(nxt))
        if n_next == n_poor:
            return q
        p, poor, n_poor = q, nxt, n_next
    return _sorted_split(bs, ws, cost, live, weight, p)


def _sorted_split(bs: np.ndarray, ws: np.ndarray, cost: float, live: float, weight: float, lower: float) -> float:
    """The price p with sum(w * min(b, p)) == cost: supporters with less than p pay all they have.

    `bs`, `ws` are the budgets and weights of the supporters still holding money (and maybe some
    without), of total weight `live`; the others (weight - live) hold nothing. Only supporters
    below a threshold are sorted (prices only rise during a run, so `lower`, the last price found
    for this project, starts the search); the threshold grows until it is above the price.
    """
    start = max(cost / weight, lower)
    threshold = start * 1.25
    empty_w = weight - live
    while True:
        low = np.flatnonzero(bs < threshold)
        if len(low) == 0 and empty_w == 0:
            return cost / weight
        a = np.take(bs, low)
        wa = np.take(ws, low)
        order = np.argsort(a, kind="stable")
        a = a[order]
        wa = wa[order]
        paid = np.concatenate(([0.0], np.cumsum(wa * a)))
        rich_w = (live - np.concatenate(([0.0], np.cumsum(wa))))
        with np.errstate(divide="ignore", invalid="ignore"):
            prices = (cost - paid) / rich_w
        fits = np.flatnonzero(prices[:-1] <= a)
        if len(fits):
            return float(prices[fits[0]])
        if rich_w[-1] <= 0:
            return float(a[-1])
        last = float(prices[-1])
        if last <= threshold:
            return last
        threshold = last * 1.25
