"""Exact LEXIMIN (Flanigan et al., Nature 2021) by column generation over profile compositions, on HiGHS.

Stage s solves: maximise z over lotteries of quota-meeting panels such that every person not yet fixed has
selection probability >= z and every fixed person keeps the level fixed earlier. The lottery's panels are
generated on demand: the linear program's dual gives a weight to each person (`y`) and a bound `mu`; the
panel oracle finds the panel of highest total weight, and if it beats `mu` it enters the program. When no
panel beats `mu`, the dual is a certificate that z is optimal, and every person with a positive dual value
is at z in every optimal lottery (complementary slackness), so those are fixed and the next stage starts.
Because people of one profile are interchangeable (see `profiles.py`), all of this runs on profiles: a
profile's dual value split evenly over its members is a dual solution of the program over individuals.

That stage-by-stage method is the fallback. The usual route is faster: LEXIMIN over the linear relaxation
(`relaxed.py`, an upper bound with its own certificate), panels peeled off that optimum one face at a time
(`peeling.py`), then `decompose` re-weights those panels exactly and adds any missing one by column
generation. If the relaxation's optimum is a lottery of real panels, it is the exact LEXIMIN; if not,
`decompose` proves it and the stage-by-stage method runs (`stats["route"]` says which).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import highspy
import numpy as np

from .models import CHECKING, COVERING, DONE, PEELING, RELAXATION, STAGES, Progress, ProgressCallback, SortitionError
from .panel_search import LocalSearch, PanelOracle
from .peeling import peel
from .profiles import ProfileStage, Profiles
from .relaxed import relaxed_leximin

INF = highspy.kHighsInf
STARTS = 16  # panels of the lottery improved by swaps at each round (measured best on generated pools)
PRICING_TOLERANCE = 1e-9
DUAL_TOLERANCE = 1e-9
ATTAINED = 1e-9  # the decomposition is done when no one's probability is more than this below the target
PRUNE_AT, PRUNE_TO = 3.0, 1.5  # past 3 panels per profile, the decomposition keeps the best 1.5 per profile


@dataclass
class CompositionLottery:
    """A lottery over compositions, and each profile's per-person selection probability."""

    compositions: np.ndarray  # panels x profiles
    weights: np.ndarray  # probability of each composition
    probabilities: np.ndarray  # per profile: probability of each of its members
    stages: list[ProfileStage] = field(default_factory=list)
    stats: dict = field(default_factory=dict)


def leximin(profiles: Profiles, *, progress: ProgressCallback | None = None,
            first_stage_only: bool = False, oracle: PanelOracle | None = None) -> CompositionLottery:
    started = time.perf_counter()
    oracle = oracle or PanelOracle(profiles)
    sizes = profiles.sizes
    report = progress or (lambda event: None)
    report(Progress(COVERING, 0.0))
    columns, unselectable = initial_panels(profiles, oracle)
    search = LocalSearch(profiles)
    if not first_stage_only:
        report(Progress(RELAXATION, 0.05))
        target, relaxed_stages = relaxed_leximin(profiles, unselectable)
        report(Progress(PEELING, 0.1))
        peeled, mass_left = peel(profiles, target * sizes, oracle, report=lambda fraction, count: report(
            Progress(PEELING, 0.1 + 0.8 * fraction, {"panels": int(count)})))
        report(Progress(CHECKING, 0.9))
        comps, weights, columns = decompose(profiles, target, columns + peeled, oracle, search, report)
        if comps is not None:
            probabilities = (weights @ comps) / sizes
            report(Progress(DONE, 1.0))
            stats = {"profiles": profiles.count, "stages": len(relaxed_stages), "columns": len(columns),
                     "oracle_calls": oracle.calls, "route": "relaxation attained",
                     "peeled_panels": len(peeled), "peel_mass_left": mass_left,
                     "seconds": round(time.perf_counter() - started, 3)}
            return CompositionLottery(comps, weights, probabilities, relaxed_stages, stats)
        report(Progress(STAGES, 0.1))
    master = Master(sizes)
    for comp in columns:
        master.add(comp)
    for t in unselectable:
        master.fix(t, 0.0)
    fixed = np.zeros(profiles.count, dtype=bool)
    fixed[list(unselectable)] = True
    level = np.zeros(profiles.count)
    stages: list[ProfileStage] = []
    total_people = sizes.sum()
    lp_solves = 0
    while not fixed.all():
        seen = set()
        while True:
            z, mu, y, lam = master.solve()
            lp_solves += 1
            weights = y / sizes
            if _add_improved(master, search, lam, weights, mu):
                continue
            found = oracle.best(weights)
            if found.composition is None:
                raise SortitionError("the panel oracle failed during column generation")
            if found.bound <= mu + PRICING_TOLERANCE * max(1.0, abs(mu)) or found.value <= mu + PRICING_TOLERANCE:
                if found.bound > mu + 1e-6:
                    raise SortitionError("the panel oracle could not prove optimality")
                break
            key = found.composition.tobytes()
            if key in seen:  # numerical stall: the same panel again
                break
            seen.add(key)
            master.add(found.composition)
        unfixed = ~fixed
        newly = [int(t) for t in np.nonzero(unfixed & (y > DUAL_TOLERANCE))[0]]
        if not newly:  # numerically impossible in exact arithmetic (the duals of unfixed rows sum to 1)
            newly = [int(t) for t in np.nonzero(unfixed)[0][np.argsort(-y[unfixed])[:1]]]
        stages.append(ProfileStage(float(z), float(mu), y.copy(), newly))
        for t in newly:
            fixed[t] = True
            level[t] = z
            master.fix(t, z)
        done = sizes[fixed].sum() / total_people
        report(Progress(STAGES, float(min(0.99, 0.05 + 0.95 * done)), {
            "stage": len(stages), "fixed": int(sizes[newly].sum()), "level": float(z),
            "panels": master.num_columns, "searches": oracle.calls}))
        if first_stage_only:
            break
    z, mu, y, lam = master.solve()
    comps, weights = master.lottery(lam)
    probabilities = (weights @ comps) / sizes
    report(Progress(DONE, 1.0))
    stats = {"profiles": profiles.count, "stages": len(stages), "columns": master.num_columns,
             "route": "column generation",
             "oracle_calls": oracle.calls, "lp_solves": lp_solves,
             "seconds": round(time.perf_counter() - started, 3)}
    return CompositionLottery(comps, weights, probabilities, stages, stats)


def decompose(profiles: Profiles, target: np.ndarray, columns: list[np.ndarray], oracle: PanelOracle,
              search: LocalSearch, report) -> tuple[np.ndarray | None, np.ndarray | None, list[np.ndarray]]:
    """A lottery over quota-meeting compositions giving each profile at least `target` (per person).

    Minimises the total shortfall below the target; done when no one's probability is more than
    `ATTAINED` (1e-9, the solver's feasibility tolerance) below it. Returns (None, None, columns) when the target is
    proven unreachable (a shortfall remains and no panel beats the dual bound)."""
    sizes = profiles.sizes
    # Phase one with bounded duals: minimise the total shortfall (in people) below the target, each
    # profile's shortfall costing its size, so every pricing weight lies in [0, 1]. The unbounded duals
    # of "maximise theta" made the prices swing from round to round (a long tail of tiny gains).
    master = Master(sizes, z_coefficients=target, shortfall_cost=sizes)
    for comp in columns:
        master.add(comp)
    restarted = False
    while True:
        theta, mu, y, lam = master.solve()
        if theta >= 1 - 1e-9 or master.largest_shortfall() <= ATTAINED:
            comps, weights = master.lottery(lam)
            return comps, weights, master.compositions
        weights = y / sizes
        report(Progress(CHECKING, float(0.9 + 0.09 * max(0.0, theta) ** 4),
                        {"reached": float(theta), "panels": master.num_columns}))
        if master.num_columns > PRUNE_AT * len(sizes):
            if master.prune(int(PRUNE_TO * len(sizes))):
                continue  # re-solve (from the same basis) before reading lam again
        if _add_improved(master, search, lam, weights, mu):
            restarted = False
            continue
        found = oracle.best(weights)
        if (found.composition is not None and found.bound > mu + PRICING_TOLERANCE * max(1.0, abs(mu))
                and master.add(found.composition)):
            restarted = False
            continue
        # No panel improves the master (or only one it has: numerical noise). A warm-started simplex
        # can stop a hair short on a degenerate basis, so one solve from scratch decides.
        if restarted:
            return None, None, master.compositions
        master.restart()
        restarted = True


def _add_improved(master: "Master", search: LocalSearch, lam: np.ndarray, weights: np.ndarray,
                  mu: float) -> bool:
    """Add the panels that swaps reach from the lottery's panels, if they beat the dual bound."""
    added = False
    support = np.nonzero(lam > 1e-12)[0]
    for j in support[np.argsort(-lam[support])][:STARTS]:
        better = search.improve(master.compositions[j], weights)
        if float(weights @ better) > mu + 1e-9 * max(1.0, abs(mu)) and master.add(better):
            added = True
    return added


def initial_panels(profiles: Profiles, oracle: PanelOracle) -> tuple[list[np.ndarray], set[int]]:
    """Panels that together include every profile that any quota-meeting panel can include.

    Returns them and the profiles no panel can include (their people have probability 0)."""
    T = profiles.count
    covered = np.zeros(T, dtype=bool)
    columns: list[np.ndarray] = []
    rng = np.random.default_rng(0)
    cap = profiles.capacity()
    covered[cap <= 0] = True
    unselectable = set(int(t) for t in np.nonzero(cap <= 0)[0])
    first = oracle.any_panel()
    if first is None:
        from .infeasibility import diagnose_infeasible
        from .models import InfeasibleQuotasError

        raise InfeasibleQuotasError(diagnose_infeasible(profiles.pool, profiles.quotas, profiles.panel_size))
    columns.append(first)
    covered |= first > 0
    search = LocalSearch(profiles)
    while not covered.all():
        weights = np.where(covered, 0.0, 1.0 + 0.01 * rng.random(T))
        swapped = search.improve(columns[-1], weights)  # swaps cover most profiles without a program
        if (swapped[~covered] > 0).any():
            columns.append(swapped)
            covered |= swapped > 0
            continue
        found = oracle.best(weights)
        if found.composition is None or found.value < 0.5:
            unselectable |= set(int(t) for t in np.nonzero(~covered)[0])
            break
        columns.append(found.composition)
        covered |= found.composition > 0
    return columns, unselectable


class Master:
    """The restricted master program of a LEXIMIN stage, kept warm across stages.

    Columns: z, then one per panel composition. Row 0: the panel probabilities sum to 1.
    Row 1 + t: the per-person probability of profile t minus z (if t is not fixed) >= its fixed level."""

    def __init__(self, sizes: np.ndarray, z_coefficients: np.ndarray | None = None,
                 shortfall_cost: np.ndarray | None = None):
        self.sizes = sizes
        zc = np.ones(len(sizes)) if z_coefficients is None else np.asarray(z_coefficients, dtype=float)
        T = len(sizes)
        self.T = T
        self.z_coefficients = zc
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("primal_feasibility_tolerance", 1e-9)
        h.setOptionValue("dual_feasibility_tolerance", 1e-9)
        h.setOptionValue("threads", 1)
        lp = highspy.HighsLp()
        h.setOptionValue("presolve", "off")
        h.setOptionValue("simplex_strategy", 4)  # primal simplex: new columns keep the basis primal feasible
        lp.num_col_ = 1
        lp.num_row_ = T + 1
        lp.col_cost_ = np.array([1.0])
        lp.col_lower_ = np.array([0.0])
        lp.col_upper_ = np.array([1.0])
        lp.row_lower_ = np.concatenate([[1.0], np.zeros(T)])
        lp.row_upper_ = np.concatenate([[1.0], np.full(T, INF)])
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        nz = np.nonzero(zc)[0]
        lp.a_matrix_.start_ = np.array([0, len(nz)], dtype=np.int32)
        lp.a_matrix_.index_ = (nz + 1).astype(np.int32)
        lp.a_matrix_.value_ = -zc[nz]
        lp.sense_ = highspy.ObjSense.kMaximize
        h.passModel(lp)
        self.offset = 1
        if shortfall_cost is not None:
            # z fixed at 1 and a shortfall column per profile row, of cost `shortfall_cost`: always
            # feasible, and its duals are bounded by the costs (a stabilised phase one)
            h.changeColBounds(0, 1.0, 1.0)
            h.changeColCost(0, 0.0)
            rows = np.arange(1, T + 1, dtype=np.int32)
            h.addCols(T, -np.asarray(shortfall_cost, dtype=float), np.zeros(T), np.full(T, INF), T,
                      np.arange(T, dtype=np.int32), rows, np.ones(T))
            self.offset = 1 + T
        self.h = h
        self.cold = True
        self.compositions: list[np.ndarray] = []
        self.keys: set[bytes] = set()

    @property
    def num_columns(self) -> int:
        return len(self.compositions)

    def add(self, comp: np.ndarray) -> bool:
        key = comp.tobytes()
        if key in self.keys:
            return False
        self.keys.add(key)
        nz = np.nonzero(comp)[0]
        index = np.concatenate([[0], nz + 1]).astype(np.int32)
        value = np.concatenate([[1.0], comp[nz] / self.sizes[nz]])
        self.h.addCol(0.0, 0.0, INF, len(index), index, value)
        self.compositions.append(comp.astype(np.int64))
        return True

    def prune(self, keep_at_most: int) -> int:
        """Drop panels off the current basis with the most negative reduced costs, keeping at most
        `keep_at_most` panels (the basis stays valid: only nonbasic columns go). Returns how many went."""
        excess = self.num_columns - keep_at_most
        if excess <= 0:
            return 0
        basis = self.h.getBasis()
        status = basis.col_status
        basic = highspy.HighsBasisStatus.kBasic
        reduced = np.asarray(self.h.getSolution().col_dual)[self.offset:]
        candidates = [j for j in range(self.num_columns) if status[self.offset + j] != basic]
        if not candidates:
            return 0
        candidates = np.array(candidates)
        # maximisation: a nonbasic panel at zero has reduced cost <= 0; the most negative go first
        drop = candidates[np.argsort(reduced[candidates], kind="stable")[:excess]]
        drop.sort()
        self.h.deleteCols(len(drop), (drop + self.offset).astype(np.int32))
        gone = set(int(j) for j in drop)
        kept = [c for j, c in enumerate(self.compositions) if j not in gone]
        for j in gone:
            self.keys.discard(self.compositions[j].tobytes())
        self.compositions = kept
        return len(gone)

    def fix(self, t: int, level: float) -> None:
        self.h.changeCoeff(t + 1, 0, 0.0)
        self.h.changeRowBounds(t + 1, max(0.0, level - 1e-10), INF)

    def largest_shortfall(self) -> float:
        """Shortfall mode: the largest amount by which a person's probability misses the target."""
        shortfall = np.asarray(self.h.getSolution().col_value)[1:self.offset]
        return float(np.max(shortfall * self.z_coefficients, initial=0.0))

    def _run(self):
        """One solve: from scratch by the dual simplex after presolve (3x faster than the primal simplex
        on 1,700 rows), warm by the primal simplex (new columns keep the basis primal feasible)."""
        h = self.h
        if self.cold:
            h.setOptionValue("simplex_strategy", 1)
            h.setOptionValue("presolve", "on")
            h.run()
            h.setOptionValue("simplex_strategy", 4)
            h.setOptionValue("presolve", "off")
        else:
            h.run()
        self.cold = False
        return h.getModelStatus()

    def restart(self) -> None:
        """Forget the basis: the next solve starts from scratch, with presolve."""
        self.h.clearSolver()
        self.cold = True

    def solve(self) -> tuple[float, float, np.ndarray, np.ndarray]:
        h = self.h
        status = self._run()
        if status != highspy.HighsModelStatus.kOptimal:
            # the warm-started primal simplex can lose its way on a degenerate basis: start afresh once
            self.restart()
            status = self._run()
        if status != highspy.HighsModelStatus.kOptimal:
            raise SortitionError(f"the LEXIMIN linear program ended with status {h.modelStatusToString(status)}")
        sol = h.getSolution()
        row_dual = np.asarray(sol.row_dual)
        col_value = np.asarray(sol.col_value)
        z = float(col_value[0])
        if self.offset > 1:  # shortfall mode: report the part of the target reached
            z = 1.0 - float(np.max(col_value[1:self.offset], initial=0.0))
        mu = float(row_dual[0])
        y = np.maximum(-row_dual[1:], 0.0)
        lam = np.maximum(col_value[self.offset:], 0.0)
        return z, mu, y, lam

    def lottery(self, lam: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        keep = lam > 1e-11
        comps = np.array(self.compositions)[keep]
        weights = lam[keep] / lam[keep].sum()
        return comps, weights
