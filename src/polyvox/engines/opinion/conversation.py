"""The live opinion map of one conversation: votes in, map out (see the package docstring for the API)."""

from __future__ import annotations

import math
import time
from typing import Hashable, Iterable

import numpy as np

from . import polismath as pm

VOTE_VALUES = (-1, 0, 1)


class OpinionInputError(ValueError):
    """Input the engine refuses; ``code`` names the problem for a translated message, ``field`` the value."""

    def __init__(self, code: str, message: str, field: str | None = None):
        self.code = code
        self.field = field
        super().__init__(message)


def _key(identifier):
    return str(identifier)


_CONTROLLER = None


def _one_blas_thread():
    """BLAS on one thread for the recompute: the matrices are small, and on a busy server (or a shared
    machine) several BLAS threads fighting for the cores are many times slower than one."""
    global _CONTROLLER
    try:
        if _CONTROLLER is None:
            from threadpoolctl import ThreadpoolController

            _CONTROLLER = ThreadpoolController()
        return _CONTROLLER.limit(limits=1, user_api="blas")
    except Exception:  # threadpoolctl missing or unable: run as is
        import contextlib

        return contextlib.nullcontext()


def _best_matching(overlap: np.ndarray) -> np.ndarray:
    """new group -> old group maximising the members kept (exhaustive up to 7 groups, greedy beyond)."""
    size = len(overlap)
    if size <= 7:
        from itertools import permutations

        best = max(permutations(range(size)), key=lambda perm: sum(overlap[i, perm[i]] for i in range(size)))
        return np.array(best)
    mapping = np.full(size, -1)
    taken = set()
    for flat in np.argsort(-overlap, axis=None, kind="stable"):
        i, j = divmod(int(flat), size)
        if mapping[i] < 0 and j not in taken:
            mapping[i] = j
            taken.add(j)
    return mapping


class Conversation:
    """A conversation's votes and its opinion map, Pol.is-class.

    ``recompute()`` runs the whole pipeline (projection, base clusters, groups, representativeness, consensus,
    stability); ``add_vote()`` updates the map for one vote in well under a millisecond (the basis and the base
    clusters are kept; the participant is projected again and joins the group of the nearest base cluster);
    ``snapshot()`` returns the map as a JSON-able dict. Reproducible: the same votes, options and seed give the
    same map.
    """

    def __init__(self, *, seed: int = 0, k: int | None = None, max_k: int = 5, base_k: int = 100,
                 min_votes: int = 7, greedy_n: int = 15, k_buffer: int = 4, restarts: int = 24,
                 bootstrap: int = 20, pick_max: int = 5, max_participants: int = 100_000,
                 max_statements: int = 10_000, max_cells: int = 25_000_000, moderation: str = "drop",
                 k_tolerance: float = 0.05, warm_start: bool = False,
                 choose: str = "silhouette"):
        if k is not None and not 1 <= int(k) <= 20:
            raise OpinionInputError("k", "k must be between 1 and 20", "k")
        if not 2 <= max_k <= 20:
            raise OpinionInputError("max_k", "max_k must be between 2 and 20", "max_k")
        if not 1 <= base_k <= 1000:
            raise OpinionInputError("base_k", "base_k must be between 1 and 1000", "base_k")
        if not 0 <= bootstrap <= 1000:
            raise OpinionInputError("bootstrap", "bootstrap must be between 0 and 1000", "bootstrap")
        if not 0 <= restarts <= 1000:
            raise OpinionInputError("restarts", "restarts must be between 0 and 1000", "restarts")
        if moderation not in ("zero", "drop"):
            raise OpinionInputError("moderation", "moderation is 'drop' or 'zero' (as Pol.is)", "moderation")
        if choose not in ("silhouette", "inertia", "mode"):
            raise OpinionInputError("choose", "choose is 'silhouette', 'inertia' or 'mode'", "choose")
        self.moderation = moderation
        self.k_tolerance = float(k_tolerance)
        self.warm_start = warm_start
        self.choose = choose
        self.seed = int(seed)
        self.k = None if k is None else int(k)
        self.max_k = max_k
        self.base_k = base_k
        self.min_votes = min_votes
        self.greedy_n = greedy_n
        self.k_buffer = k_buffer
        self.restarts = restarts
        self.bootstrap = bootstrap
        self.pick_max = pick_max
        self.max_participants = max_participants
        self.max_statements = max_statements
        self.max_cells = max_cells

        self._pids: list = []
        self._pkeys: list[str] = []
        self._pindex: dict = {}
        self._sids: list = []
        self._sindex: dict = {}
        self._X = np.full((64, 32), np.nan)
        self._modout = np.zeros(32, dtype=bool)
        self._col_count = np.zeros(32, dtype=np.int64)
        self._col_agree = np.zeros(32)  # whole-room agree / disagree counts per statement (latest votes)
        self._col_disagree = np.zeros(32)
        self._row_count = np.zeros(64, dtype=np.int64)
        self._in_conv = np.zeros(64, dtype=bool)
        self._n_votes = 0
        self._n_active = 0  # statements with at least one vote
        self._n_in = 0  # participants clustered
        self.texts: dict = {}
        # the map (valid after recompute)
        self._computed = False
        self._center = np.zeros(32)
        self._comps = np.zeros((2, 32))
        self._proj = np.zeros((64, 2))
        self._group = np.full(64, -1, dtype=np.int64)  # participant -> group, -1 when not clustered
        self._base_centers = np.zeros((0, 2))
        self._base_group = np.zeros(0, dtype=np.int64)
        self._counts = np.zeros((3, 0, 32))  # agree, disagree, seen per group and statement
        self._k_now = 0
        self._silhouettes: dict[int, float] = {}
        self._smoother: dict = {}
        self._group_clusterings: dict[int, np.ndarray] = {}
        self._stability: list[float] = []
        self._seconds = 0.0
        self._cache: dict | None = None
        self._json: dict | None = None

    # --- building ---------------------------------------------------------------------------------------

    @property
    def n_participants(self) -> int:
        return len(self._pids)

    @property
    def n_statements(self) -> int:
        return len(self._sids)

    @property
    def n_votes(self) -> int:
        return self._n_votes

    def _grow(self, rows: int, cols: int) -> None:
        cap_r, cap_c = self._X.shape
        if rows <= cap_r and cols <= cap_c:
            return
        new_r = max(cap_r, 1 << max(rows - 1, 1).bit_length()) if rows > cap_r else cap_r
        new_c = max(cap_c, 1 << max(cols - 1, 1).bit_length()) if cols > cap_c else cap_c
        X = np.full((new_r, new_c), np.nan)
        X[:cap_r, :cap_c] = self._X
        self._X = X
        if new_c > cap_c:
            for name in ("_modout", "_col_count", "_col_agree", "_col_disagree", "_center"):
                old = getattr(self, name)
                arr = np.zeros(new_c, dtype=old.dtype)
                arr[:cap_c] = old
                setattr(self, name, arr)
            comps = np.zeros((2, new_c))
            comps[:, :cap_c] = self._comps
            self._comps = comps
            counts = np.zeros((3, self._counts.shape[1], new_c))
            counts[:, :, :cap_c] = self._counts
            self._counts = counts
        if new_r > cap_r:
            for name, fill in (("_row_count", 0), ("_in_conv", False), ("_group", -1)):
                old = getattr(self, name)
                arr = np.full(new_r, fill, dtype=old.dtype)
                arr[:cap_r] = old
                setattr(self, name, arr)
            proj = np.zeros((new_r, 2))
            proj[:cap_r] = self._proj
            self._proj = proj

    def _check_cells(self, rows: int, cols: int) -> None:
        if rows * cols > self.max_cells:
            raise OpinionInputError(
                "too-large", f"{rows} participants x {cols} statements is more than the {self.max_cells} cells accepted")

    def add_statement(self, statement_id: Hashable, *, moderated: int = 1, text: str | None = None) -> int:
        """Declare a statement (idempotent); ``moderated`` -1 hides it from the map's results (Pol.is's mod-out)."""
        if statement_id in self._sindex:
            self.set_moderation(statement_id, moderated)
            return self._sindex[statement_id]
        if moderated not in (-1, 0, 1):
            raise OpinionInputError("moderated", "moderated must be -1, 0 or 1", "moderated")
        if len(self._sids) >= self.max_statements:
            raise OpinionInputError("too-many-statements", f"more than {self.max_statements} statements")
        self._check_cells(max(len(self._pids), 1), len(self._sids) + 1)
        j = len(self._sids)
        self._grow(self._X.shape[0], j + 1)
        self._sids.append(statement_id)
        self._sindex[statement_id] = j
        self._modout[j] = moderated == -1
        if text is not None:
            self.texts[statement_id] = text
        self._cache = None
        return j

    def set_moderation(self, statement_id: Hashable, moderated: int) -> None:
        if moderated not in (-1, 0, 1):
            raise OpinionInputError("moderated", "moderated must be -1, 0 or 1", "moderated")
        j = self._statement(statement_id)
        self._modout[j] = moderated == -1
        self._cache = None
        self._json = None

    def _statement(self, statement_id) -> int:
        try:
            return self._sindex[statement_id]
        except (KeyError, TypeError):
            raise OpinionInputError("unknown-statement", f"unknown statement {statement_id!r}", "statement") from None

    def _participant(self, participant_id) -> int:
        i = self._pindex.get(participant_id)
        if i is not None:
            return i
        try:
            hash(participant_id)
        except TypeError:
            raise OpinionInputError("participant", "a participant id must be a string or a number", "participant") from None
        if len(self._pids) >= self.max_participants:
            raise OpinionInputError("too-many-participants", f"more than {self.max_participants} participants")
        self._check_cells(len(self._pids) + 1, max(len(self._sids), 1))
        i = len(self._pids)
        self._grow(i + 1, self._X.shape[1])
        self._pids.append(participant_id)
        self._pkeys.append(_key(participant_id))
        self._pindex[participant_id] = i
        return i

    @staticmethod
    def _value(value) -> int:
        if isinstance(value, bool) or value not in VOTE_VALUES:
            raise OpinionInputError("vote-value", f"a vote is 1 (agree), -1 (disagree) or 0 (pass), not {value!r}", "vote")
        return int(value)

    def load_votes(self, votes: Iterable[tuple], *, in_order: bool = False) -> None:
        """Record many (participant, statement, value) votes (the latest of a pair wins), without updating the
        map: call ``recompute()`` after. ``in_order``: the votes come in the order they were cast, so who is
        clustered follows Pol.is's history (a participant who once had enough votes stays in); False when the
        order is not known (participants-votes.csv)."""
        if in_order:
            for participant_id, statement_id, value in votes:
                value = self._value(value)
                j = self._statement(statement_id)
                i = self._participant(participant_id)
                self._set(i, j, value, True)
            self._cache = None
            return
        # in bulk: check and number everything first (nothing is recorded when a vote is refused), then write
        votes = list(votes)
        if not votes:
            return
        from operator import itemgetter

        try:
            pids, sids, raw = (list(map(itemgetter(i), votes)) for i in range(3))
        except (IndexError, TypeError, KeyError):
            raise OpinionInputError("vote", "a vote is (participant, statement, value)", "vote") from None
        if not set(map(type, raw)) <= {int, np.int64, np.int32, np.int8, float} or not set(raw) <= {-1, 0, 1}:
            for value in raw:
                self._value(value)  # raises with the offending value
        values = np.asarray(raw, dtype=float)
        sindex = self._sindex
        try:
            cols = np.fromiter(map(sindex.__getitem__, sids), dtype=np.int64, count=len(sids))
        except (KeyError, TypeError):
            for sid in sids:
                self._statement(sid)  # raises with the unknown statement
            raise
        added = len(self._pids)
        try:
            fresh = [pid for pid in dict.fromkeys(pids) if pid not in self._pindex]
        except TypeError:
            raise OpinionInputError("participant", "a participant id must be a string or a number", "participant") from None
        if len(fresh) + added > self.max_participants:
            raise OpinionInputError("too-many-participants", f"more than {self.max_participants} participants")
        self._check_cells(added + len(fresh), max(len(self._sids), 1))
        self._grow(added + len(fresh), self._X.shape[1])  # once, not by doublings
        self._pindex.update(zip(fresh, range(added, added + len(fresh))))
        self._pids.extend(fresh)
        self._pkeys.extend(map(_key, fresh))
        pindex = self._pindex
        rows = np.fromiter(map(pindex.__getitem__, pids), dtype=np.int64, count=len(pids))
        if not len(votes):
            return
        width = self._X.shape[1]
        linear = rows * width + cols
        _, last_reversed = np.unique(linear[::-1], return_index=True)
        keep = len(votes) - 1 - last_reversed  # the latest vote of each (participant, statement)
        self._X[rows[keep], cols[keep]] = values[keep]
        self._recount_votes()
        self._cache = None

    def _recount_votes(self) -> None:
        """Per participant and statement vote counts, from the matrix."""
        n, m = len(self._pids), len(self._sids)
        X = self._X[:n, :m]
        voted = ~np.isnan(X)
        self._row_count[:n] = voted.sum(axis=1)
        self._col_count[:m] = voted.sum(axis=0)
        self._col_agree[:m] = (X == 1).sum(axis=0)
        self._col_disagree[:m] = (X == -1).sum(axis=0)
        self._n_votes = int(voted.sum())
        self._n_active = int((self._col_count[:m] > 0).sum())

    def _set(self, i: int, j: int, value: int, in_order: bool) -> None:
        old = self._X[i, j]
        if old == 1:
            self._col_agree[j] -= 1
        elif old == -1:
            self._col_disagree[j] -= 1
        if value == 1:
            self._col_agree[j] += 1
        elif value == -1:
            self._col_disagree[j] += 1
        if math.isnan(old):
            self._row_count[i] += 1
            if self._col_count[j] == 0:
                self._n_active += 1
            self._col_count[j] += 1
            self._n_votes += 1
        self._X[i, j] = value
        if in_order and not self._in_conv[i]:
            # Pol.is's rule as votes arrive: in once the participant has voted on min(7, statements voted on)
            # statements, or while fewer than 15 are in; never out again.
            if self._row_count[i] >= min(self.min_votes, self._n_active) or self._n_in < self.greedy_n:
                self._in_conv[i] = True
                self._n_in += 1

    # --- the whole pipeline ---------------------------------------------------------------------------

    def _active(self) -> np.ndarray:
        """The statements the map is made of: voted on at least once and not moderated out."""
        m = len(self._sids)
        return (self._col_count[:m] > 0) & ~self._modout[:m]

    def _rating(self) -> tuple[np.ndarray, np.ndarray]:
        """The rating matrix (participants x active statements; NaN where no vote)."""
        n = len(self._pids)
        if self.moderation == "zero":
            m = len(self._sids)
            cols = np.flatnonzero(self._col_count[:m] > 0)
            R = self._X[:n][:, cols]
            R[:, self._modout[cols]] = 0.0
            return R, cols
        cols = np.flatnonzero(self._active())
        return self._X[:n][:, cols], cols

    def recompute(self) -> dict:
        """Recompute the whole map from the votes; returns ``snapshot()``."""
        started = time.perf_counter()
        with _one_blas_thread():
            self._recompute()
        self._seconds = time.perf_counter() - started
        return self.snapshot()

    def _recompute(self) -> None:
        rng = np.random.default_rng(self.seed)
        n, m = len(self._pids), len(self._sids)
        R, cols = self._rating()
        Z, center, voted = pm.centred(R)
        comps = pm.pca_components(Z, 2, seed=self.seed)
        self._center[:] = 0.0
        self._comps[:] = 0.0
        self._center[cols] = center
        self._comps[:, cols] = comps
        if n:
            self._proj[:n] = pm.scale_projection(Z @ comps.T, voted.sum(axis=1), len(cols))

        # who is clustered: Pol.is's minimum of votes (7, or every statement when fewer); once in, stays in
        threshold = min(self.min_votes, len(cols))
        counts = self._row_count[:n]
        self._in_conv[:n] |= (counts >= threshold) & (counts > 0)
        missing = self.greedy_n - int(self._in_conv[:n].sum())
        if missing > 0:
            candidates = [i for i in np.argsort(-counts, kind="stable") if not self._in_conv[i] and counts[i] > 0]
            self._in_conv[candidates[:missing]] = True
        self._n_in = int(self._in_conv[:n].sum())
        members = np.flatnonzero(self._in_conv[:n])
        points = self._proj[members]

        # base clusters (about 100), then groups by weighted k-means on them, k by silhouette
        if len(members):
            base_centers, base_labels = pm.kmeans(points, pm.first_distinct(points, self.base_k))
        else:
            base_centers, base_labels = np.zeros((0, 2)), np.zeros(0, dtype=int)
        weights = np.bincount(base_labels, minlength=len(base_centers)).astype(float)
        n_base = len(base_centers)
        self._silhouettes = {}
        clusterings = {}
        if n_base >= 2:
            top = min(self.max_k, 2 + n_base // 12, n_base)
            ks = [min(self.k, n_base)] if self.k else list(range(2, top + 1))
            scored: dict = {}
            fresh = pm.best_kmeans_many(base_centers, weights, ks, rng, self.restarts, choose=self.choose,
                                        silhouettes=scored)
            for k in ks:
                previous = self._group_clusterings.get(k) if self.warm_start else None
                centers_k, labels_k = fresh[k]
                if previous is not None:  # Pol.is carries each k's groups over from one update to the next
                    carried = pm.kmeans(base_centers, previous, weights, max_iters=20)
                    if len(carried[0]) == k:
                        centers_k, labels_k = carried
                        scored.pop(k, None)
                self._group_clusterings[k] = centers_k
                clusterings[k] = (centers_k, labels_k)
                self._silhouettes[k] = scored[k] if k in scored else pm.silhouette(base_centers, labels_k)
            if self.k:
                chosen = ks[0]
            else:
                # the best silhouette, with hysteresis towards the groups already shown (or, at first, towards
                # fewer groups): another k must beat it by more than k_tolerance
                best = max(self._silhouettes.values())
                current = self._smoother.get("smoothed_k")
                preferred = ([current] if current in self._silhouettes else []) + ks
                this_k = next(k for k in preferred if self._silhouettes[k] >= best - self.k_tolerance)
                chosen = self._smooth(this_k)
                if chosen not in clusterings:
                    chosen = this_k
            group_centers, base_group = clusterings[chosen]
        else:
            group_centers = base_centers.copy()
            base_group = np.zeros(n_base, dtype=int)
        labels = base_group[base_labels] if len(members) else np.zeros(0, dtype=int)
        labels = self._stable_labels(members, labels, len(group_centers))
        self._group[:] = -1
        self._group[members] = labels
        self._k_now = int(labels.max() + 1) if len(labels) else 0
        self._base_centers = base_centers
        # group of each base cluster after relabelling (majority of its members)
        self._base_group = np.zeros(n_base, dtype=np.int64)
        for b in range(n_base):
            in_b = labels[base_labels == b]
            self._base_group[b] = np.bincount(in_b).argmax() if len(in_b) else 0
        self._recount(R, cols)
        self._stability = self._bootstrap(points, base_labels, labels, rng) if self.bootstrap else []
        self._computed = True
        self._cache = None
        self._json = None

    def _smooth(self, this_k: int) -> int:
        """Pol.is's k-smoothing: the number of groups changes only once the new k has won ``k_buffer`` times
        in a row."""
        state = self._smoother
        same = state.get("last_k") == this_k
        count = state.get("last_k_count", 0) + 1 if same else 1
        smoothed = this_k if count >= self.k_buffer else state.get("smoothed_k", this_k)
        self._smoother = {"last_k": this_k, "last_k_count": count, "smoothed_k": smoothed}
        return smoothed

    def _stable_labels(self, members: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
        """Number groups so that they keep their number from one recompute to the next (most shared members);
        at first, by decreasing size."""
        if len(labels) == 0:
            return labels
        previous = self._group[members]
        sizes = np.bincount(labels, minlength=k)
        if self._computed and (previous >= 0).any():
            old_k = int(previous.max()) + 1
            size = max(k, old_k)
            overlap = np.zeros((size, size))
            ok = previous >= 0
            np.add.at(overlap, (labels[ok], previous[ok]), 1)
            mapping = _best_matching(overlap)[:k]
            # renumber so the numbers stay 0..k-1
            rank = np.argsort(np.argsort(mapping, kind="stable"), kind="stable")
            return rank[labels]
        rank = np.argsort(np.argsort(-sizes, kind="stable"), kind="stable")
        return rank[labels]

    def _recount(self, R, cols) -> None:
        """Agree / disagree / seen counts per group and statement, over the clustered participants."""
        n = len(self._pids)
        k = self._k_now
        counts = np.zeros((3, k, self._X.shape[1]))
        if k:
            cols_ok = self._active()[cols]  # moderated-out statements (zeroed) are not counted
            R, cols = R[:, cols_ok], cols[cols_ok]
            groups = self._group[:n]
            for g in range(k):
                rows = R[groups == g]
                counts[0, g, cols] = (rows == 1).sum(axis=0)
                counts[1, g, cols] = (rows == -1).sum(axis=0)
                counts[2, g, cols] = (~np.isnan(rows)).sum(axis=0)
        self._counts = counts

    def _bootstrap(self, points, base_labels, labels, rng) -> list[float]:
        """Per group, its stability: resample the clustered participants with replacement, re-centre the base
        clusters on the resample and group them again (same k, Pol.is's start on the resample's order plus
        seeded restarts); the group's score is the mean, over resamples, of the Jaccard similarity with its best
        matching group (Hennig's clusterwise stability). 1 = always found again."""
        k = int(labels.max() + 1) if len(labels) else 0
        if k < 2 or len(points) < 4:
            return [1.0] * k
        n = len(points)
        n_base = int(base_labels.max()) + 1
        B, starts = self.bootstrap, 2
        samples = rng.integers(0, n, (B, n))
        mass = np.zeros((B, n_base))
        sx = np.zeros((B, n_base))
        sy = np.zeros((B, n_base))
        for b in range(B):
            mass[b] = np.bincount(base_labels[samples[b]], minlength=n_base)
            sx[b] = np.bincount(base_labels[samples[b]], weights=points[samples[b], 0], minlength=n_base)
            sy[b] = np.bincount(base_labels[samples[b]], weights=points[samples[b], 1], minlength=n_base)
        safe = np.maximum(mass, 1)
        centres = np.stack([sx / safe, sy / safe], axis=2)  # (B, n_base, 2); empty base clusters weigh 0
        # `starts` random starts per resample: k base clusters drawn by weight (Gumbel top-k), all run at once
        keys = np.log(np.maximum(mass, 1e-300))[:, None, :] + rng.gumbel(size=(B, starts, n_base))
        keys[np.broadcast_to(mass[:, None, :] == 0, keys.shape)] = -np.inf
        picks = np.argsort(-keys, axis=2)[:, :, :k]  # (B, starts, k)
        run_points = np.repeat(centres, starts, axis=0)
        run_weights = np.repeat(mass, starts, axis=0)
        init = np.take_along_axis(run_points, picks.reshape(B * starts, k)[:, :, None], axis=1)
        final, labels_b, full = pm._kmeans_batch(run_points, run_weights, init, 20, 0.01)
        fitted = np.take_along_axis(final, labels_b[:, :, None], axis=1)
        cost = (run_weights * ((run_points - fitted) ** 2).sum(axis=2)).sum(axis=1)
        cost[~full] = np.inf
        best = cost.reshape(B, starts).argmin(axis=1)
        chosen = labels_b.reshape(B, starts, n_base)[np.arange(B), best]  # (B, n_base)
        scores = np.zeros(k)
        for b in range(B):
            present = np.zeros(n, dtype=bool)
            present[samples[b]] = True
            ids = np.flatnonzero(present)
            a, new = labels[ids], chosen[b][base_labels[ids]]
            table = np.zeros((k, k))
            np.add.at(table, (a, new), 1)
            union = table.sum(axis=1)[:, None] + table.sum(axis=0)[None, :] - table
            jaccard = np.divide(table, union, out=np.zeros_like(table), where=union > 0)
            scores += jaccard.max(axis=1)
        return [float(s) for s in scores / B]

    # --- one more vote --------------------------------------------------------------------------------

    def _row_contribution(self, i: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        m = len(self._sids)
        row = self._X[i, :m].copy()
        row[~self._active()] = np.nan
        return (row == 1), (row == -1), ~np.isnan(row)

    def add_vote(self, participant_id: Hashable, statement_id: Hashable, value: int) -> int | None:
        """Record one vote and update the map at once (the basis and the base clusters are kept: the
        participant is projected again and joins the group of the nearest base cluster, the group's counts
        follow). Returns the participant's group (None when not clustered yet). Call ``recompute()`` now and
        then (say every few seconds while votes arrive) for the full pipeline."""
        value = self._value(value)
        j = self._statement(statement_id)
        i = self._participant(participant_id)
        m = len(self._sids)
        old_group = int(self._group[i])
        if self._computed and old_group >= 0:
            a, d, s = self._row_contribution(i)
            self._counts[0, old_group, :m] -= a
            self._counts[1, old_group, :m] -= d
            self._counts[2, old_group, :m] -= s
        self._set(i, j, value, True)
        self._cache = None
        if not self._computed:
            return None
        # project this participant with the kept basis
        active = self._active()
        row = self._X[i, :m]
        voted = ~np.isnan(row) & active
        n_columns = int(active.sum())
        if self.moderation == "zero":  # moderated-out statements count as passed by everyone
            zeroed = int((self._modout[:m] & (self._col_count[:m] > 0)).sum())
            n_columns += zeroed
        else:
            zeroed = 0
        diff = np.where(voted, row - self._center[:m], 0.0)
        point = (self._comps[:, :m] @ diff) * math.sqrt(n_columns / max(int(voted.sum()) + zeroed, 1))
        self._proj[i] = point
        group = -1
        if self._in_conv[i] and len(self._base_centers):
            nearest = int(np.argmin(((self._base_centers - point) ** 2).sum(axis=1)))
            group = int(self._base_group[nearest])
        self._group[i] = group
        if group >= 0:
            a, d, s = self._row_contribution(i)
            self._counts[0, group, :m] += a
            self._counts[1, group, :m] += d
            self._counts[2, group, :m] += s
        self._json_participant(i)
        return None if group < 0 else group

    # --- reading the map ------------------------------------------------------------------------------

    def group_of(self, participant_id) -> int | None:
        i = self._pindex.get(participant_id)
        if i is None or not self._computed:
            return None
        g = int(self._group[i])
        return None if g < 0 else g

    def _statistics(self) -> dict:
        if self._cache is not None:
            return self._cache
        m = len(self._sids)
        k = self._k_now
        A, D, S = (self._counts[c, :k, :m] for c in range(3))
        excluded = ~self._active()
        ids = list(self._sids)
        if k:
            stats = pm.group_statistics(A, D, S)
            repness = pm.select_representative(stats, ids, excluded, self.pick_max)
            gac_a, gac_d = pm.group_informed_consensus(A, D, S)
        else:
            repness, gac_a, gac_d = [], np.zeros(m), np.zeros(m)
        consensus = {}
        for direction, score, n in (("agree", gac_a, A), ("disagree", gac_d, D)):
            # every group's majority, with Pol.is's pseudocounts, then the group-informed score
            if k:
                every = np.all((n + 1.0) / (S + 2.0) > 0.5, axis=0) & ~excluded
            else:
                every = np.zeros(m, dtype=bool)
            chosen = sorted(np.flatnonzero(every), key=lambda j: (-score[j], j))[: self.pick_max]
            consensus[direction] = [{"statement": ids[j], "group_informed_consensus": float(score[j])} for j in chosen]
        agree, disagree = self._col_agree[:m], self._col_disagree[:m]
        seen = self._col_count[:m].astype(float)
        majority = pm.majority_consensus(agree, disagree, seen, ids, excluded, self.pick_max)
        self._cache = {"repness": repness, "consensus": consensus, "majority": majority,
                       "gac": (gac_a, gac_d)}
        return self._cache

    def snapshot(self, *, projection: bool = True) -> dict:
        """The map as a JSON-able dict (see the package docstring for its keys)."""
        n, m = len(self._pids), len(self._sids)
        stats = self._statistics() if self._computed else {"repness": [], "consensus": {"agree": [], "disagree": []},
                                                           "majority": {"agree": [], "disagree": []}}
        groups_of = self._group[:n] if self._computed else np.full(n, -1)
        if self._json is None or len(self._json["participants"]) != n:
            self._build_json()
        participants = dict(self._json["participants"])
        k = self._k_now
        sizes = np.bincount(groups_of[groups_of >= 0], minlength=k)[:k] if k else np.zeros(0)
        sx = np.bincount(groups_of[groups_of >= 0], weights=self._proj[:n][groups_of >= 0, 0], minlength=k)[:k]
        sy = np.bincount(groups_of[groups_of >= 0], weights=self._proj[:n][groups_of >= 0, 1], minlength=k)[:k]
        groups = []
        for g in range(k):
            size = int(sizes[g])
            centre = (sx[g] / size, sy[g] / size) if size else (0.0, 0.0)
            repness = stats["repness"][g] if g < len(stats["repness"]) else []
            groups.append({
                "id": g,
                "size": size,
                "centre": [round(float(centre[0]), 6), round(float(centre[1]), 6)],
                "representative": [item["statement"] for item in repness],
                "repness": repness,
                "stability": round(self._stability[g], 4) if g < len(self._stability) else None,
            })
        consensus = stats["consensus"]
        result = {
            "k": self._k_now,
            "participants": participants,
            "groups": groups,
            "consensus": [item["statement"] for item in consensus["agree"] + consensus["disagree"]],
            "consensus_detail": consensus,
            "majority_consensus": stats["majority"],
            "silhouettes": {str(k): round(v, 6) for k, v in sorted(self._silhouettes.items())},
            "k_smoothing": dict(self._smoother),
            "n_participants": n,
            "n_clustered": int((groups_of >= 0).sum()),
            "n_statements": m,
            "n_votes": self._n_votes,
            "moderated_out": [self._sids[j] for j in np.flatnonzero(self._modout[:m])],
            "seed": self.seed,
            "seconds": round(self._seconds, 6),
        }
        if projection:
            result["projection"] = dict(self._json["projection"])
            result["statement_projection"] = dict(self._json["statements"])
        return result

    def _build_json(self) -> None:
        """The per-participant parts of the snapshot, kept up to date vote by vote (copied, not rebuilt, by
        each snapshot)."""
        n = len(self._pids)
        groups_of = self._group[:n] if self._computed else np.full(n, -1)
        active = np.flatnonzero(self._active())
        # Pol.is's placing of a statement: where someone who agreed with it alone would be
        spread = math.sqrt(len(active)) if len(active) else 0.0
        places = ((1.0 - self._center[active]) * spread)[:, None] * self._comps[:, active].T
        self._json = {
            "participants": dict(zip(self._pkeys, [None if g < 0 else g for g in groups_of.tolist()])),
            "projection": dict(zip(self._pkeys, np.round(self._proj[:n], 6).tolist())),
            "statements": dict(zip((_key(self._sids[j]) for j in active), np.round(places, 6).tolist())),
        }

    def _json_participant(self, i: int) -> None:
        if self._json is None:
            return
        key = self._pkeys[i]
        group = int(self._group[i])
        self._json["participants"][key] = None if group < 0 or not self._computed else group
        self._json["projection"][key] = [round(float(self._proj[i, 0]), 6), round(float(self._proj[i, 1]), 6)]

    def explain(self, participant_id) -> dict:
        """"Where am I and why": the participant's group and, among its representative statements, how the
        participant voted on each (``same`` when the vote goes the group's way)."""
        i = self._pindex.get(participant_id)
        group = self.group_of(participant_id)
        out = {"participant": _key(participant_id), "group": group, "statements": []}
        if i is None or group is None:
            return out
        for item in self._statistics()["repness"][group]:
            j = self._sindex[item["statement"]]
            vote = self._X[i, j]
            mine = None if math.isnan(vote) else int(vote)
            wanted = 1 if item["repful_for"] == "agree" else -1
            out["statements"].append({"statement": item["statement"], "group_votes": item["repful_for"],
                                      "p_success": item["p_success"], "your_vote": mine, "same": mine == wanted})
        return out

    # --- Pol.is exports ------------------------------------------------------------------------------

    @classmethod
    def from_polis_export(cls, export, **options) -> "Conversation":
        """A conversation holding an export's statements (moderation included) and votes, not yet computed.
        Statements and participants are numbered in the order of their first vote, as in Pol.is."""
        from operator import itemgetter

        conversation = cls(**options)
        first_order = list(dict.fromkeys(map(itemgetter(1), export.votes)))
        seen_statements = set(first_order)
        conversation._grow(conversation._X.shape[0], len(export.statements))
        for sid in first_order + [s for s in export.statements if s not in seen_statements]:
            conversation.add_statement(sid, moderated=export.moderated.get(sid, 1), text=export.texts.get(sid))
        conversation.load_votes(export.votes, in_order=False)
        return conversation
