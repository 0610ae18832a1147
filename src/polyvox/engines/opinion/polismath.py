"""The arithmetic of Pol.is's opinion map, written anew from its published math (polismath: pca, clusters,
repness, conversation), vectorised with numpy.

Conventions: a vote matrix ``X`` (participants x statements, float) holds 1 (agree), -1 (disagree), 0 (pass)
and NaN (not voted). Statements moderated out are "zeroed out" as Pol.is does: every participant counts as
having passed them, so they carry no variance and weigh in the projection's scaling as in Pol.is.
"""

from __future__ import annotations

import numpy as np
import scipy.linalg

Z90 = 1.2816  # one-sided 90 %: Pol.is's significance for representativeness and consensus


# --- projection -------------------------------------------------------------------------------------------


def centred(X: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(Z, center, voted): the votes minus their column means, 0 where no vote (Pol.is imputes a missing vote
    by its column's mean, which centring turns into 0)."""
    voted = ~np.isnan(X)
    counts = voted.sum(axis=0)
    filled = np.where(voted, X, 0.0)
    center = np.divide(filled.sum(axis=0), counts, out=np.zeros(X.shape[1]), where=counts > 0)
    Z = filled - center
    Z[~voted] = 0.0
    return Z, center, voted


def pca_components(Z: np.ndarray, n_comps: int = 2, seed: int = 0) -> np.ndarray:
    """The first principal axes of the centred matrix Z (rows of the result), with a fixed sign.

    Small matrices: the eigenvectors of Z'Z. Larger: block subspace iteration on Z'Z (block of 8, started from
    the seed, run until the top axes no longer move), which converges to the same axes as Pol.is's power
    iteration, faster."""
    n, m = Z.shape
    comps = np.zeros((n_comps, m))
    rank = min(n, m, n_comps)
    if rank < 1:
        return comps
    if m <= 120 or n <= 120:
        gram = Z.T @ Z
        values, vectors = scipy.linalg.eigh(gram, subset_by_index=[m - rank, m - 1])
        order = np.argsort(values)[::-1]
        values, top = values[order], vectors[:, order].T
        top[values <= 1e-12 * max(np.trace(gram), 1e-300)] = 0.0
    else:
        block = min(m, max(8, n_comps + 6))
        Q = np.linalg.qr(np.random.default_rng(seed).standard_normal((m, block)))[0]
        previous = None
        for _ in range(300):
            W = Z.T @ (Z @ Q)
            values, vectors = np.linalg.eigh(Q.T @ W)  # Rayleigh-Ritz on the current block
            order = np.argsort(values)[::-1]
            top = (Q @ vectors[:, order[:rank]]).T
            if previous is not None and np.all(1 - np.abs((top * previous).sum(axis=1)) < 1e-10):
                break
            previous = top
            Q = np.linalg.qr(W)[0]
        top = top.copy()
        top[values[order[:rank]] <= 1e-12 * max(values.max(), 1e-300)] = 0.0
    for i, vector in enumerate(top):
        pivot = np.argmax(np.abs(vector))
        comps[i] = vector if vector[pivot] >= 0 else -vector  # a fixed sign: reproducible pictures
    return comps


def pca_basis(X: np.ndarray, n_comps: int = 2, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Centre and first principal components of the vote matrix with Pol.is's imputation of missing votes."""
    Z, center, _ = centred(X)
    return center, pca_components(Z, n_comps, seed)


def project(X: np.ndarray, center: np.ndarray, comps: np.ndarray, n_columns: int | None = None) -> np.ndarray:
    """Pol.is's sparsity-aware projection: only the votes cast count, and the point is pushed out from the
    centre by sqrt(n_statements / n_votes) so that people who voted little are not all stacked at the centre."""
    voted = ~np.isnan(X)
    diff = np.where(voted, X - center, 0.0)
    return scale_projection(diff @ comps.T, voted.sum(axis=1), X.shape[1] if n_columns is None else n_columns)


def scale_projection(points: np.ndarray, n_votes: np.ndarray, n_columns: int) -> np.ndarray:
    return points * np.sqrt(n_columns / np.maximum(n_votes, 1))[:, None]


# --- k-means as Pol.is runs it ----------------------------------------------------------------------------


def first_distinct(points: np.ndarray, k: int) -> np.ndarray:
    """Pol.is's initial centres: the first k distinct points, in order."""
    seen: set = set()
    chosen: list[int] = []
    for index, row in enumerate(np.round(points, 12).tolist()):
        key = tuple(row)
        if key not in seen:
            seen.add(key)
            chosen.append(index)
            if len(chosen) == k:
                break
    return points[chosen]


def _sqdist(points: np.ndarray, centers: np.ndarray) -> np.ndarray:
    d = (points * points).sum(axis=1)[:, None] - 2.0 * points @ centers.T + (centers * centers).sum(axis=1)[None, :]
    return np.maximum(d, 0.0)


def kmeans(points: np.ndarray, centers: np.ndarray, weights: np.ndarray | None = None, *, max_iters: int = 100,
           tol: float = 0.01) -> tuple[np.ndarray, np.ndarray]:
    """Lloyd's k-means from the given centres, weighted; clusters left empty are dropped (as Pol.is does).
    Stops when no centre moves by ``tol`` or more. Returns (centres, labels)."""
    w = np.ones(len(points)) if weights is None else np.asarray(weights, dtype=float)
    centers = np.array(centers, dtype=float)
    if len(points) == 0 or len(centers) == 0:
        return centers[:0], np.zeros(len(points), dtype=int)
    for _ in range(max_iters + 1):
        labels = np.argmin(_sqdist(points, centers), axis=1)
        k = len(centers)
        mass = np.bincount(labels, weights=w, minlength=k)
        keep = mass > 0
        sums = np.stack([np.bincount(labels, weights=w * points[:, j], minlength=k) for j in range(points.shape[1])],
                        axis=1)
        new = sums[keep] / mass[keep, None]
        if keep.all() and np.all(((new - centers) ** 2).sum(axis=1) < tol * tol):
            centers = new
            break
        centers = new
    labels = np.argmin(_sqdist(points, centers), axis=1)
    used = np.unique(labels)
    if len(used) < len(centers):  # a centre that ends with no member is dropped, labels renumbered
        centers = centers[used]
        labels = np.searchsorted(used, labels)
    return centers, labels


def _kmeans_batch(points: np.ndarray, weights: np.ndarray, centers: np.ndarray, max_iters: int, tol: float,
                  sizes=None):
    """Lloyd's k-means run from R starts at once: centers (R, k, d); points (n, d) shared, or (R, n, d) one set
    per run (weights likewise (n,) or (R, n)). Returns (centers, labels (R, n), full) where ``full`` tells the
    runs that kept k non-empty clusters (a centre left empty keeps its place and the run is not ``full``)."""
    R, k, _ = centers.shape
    P = points if points.ndim == 3 else points[None, :, :]
    n = P.shape[1]
    W = np.broadcast_to(weights if weights.ndim == 2 else weights[None, :], (R, n))
    offsets = (np.arange(R) * k)[:, None]
    wr = W.ravel()
    centers = np.array(centers, dtype=float)

    def nearest(P, centers):
        # |p - c|^2 = |p|^2 - 2 p.c + |c|^2, and |p|^2 does not change which c is nearest
        return np.argmin((centers * centers).sum(axis=2)[:, None, :] - 2.0 * (P @ centers.transpose(0, 2, 1)), axis=2)

    def assign(centers):
        return nearest(P, centers)

    live = np.arange(R)  # runs still moving: the others are left alone (most converge in a few steps)
    for _ in range(max_iters + 1):
        sub = centers[live]
        labels = nearest(P if P.shape[0] == 1 else P[live], sub)
        r = len(live)
        index = (labels + offsets[:r]).ravel()
        wr_l = W[live].ravel()
        wx_l = (W[live] * (P[:, :, 0] if P.shape[0] == 1 else P[live, :, 0])).ravel()
        wy_l = (W[live] * (P[:, :, 1] if P.shape[0] == 1 else P[live, :, 1])).ravel()
        mass = np.bincount(index, weights=wr_l, minlength=r * k).reshape(r, k)
        sums = np.stack([np.bincount(index, weights=wx_l, minlength=r * k),
                         np.bincount(index, weights=wy_l, minlength=r * k)], axis=1).reshape(r, k, 2)
        new = np.where(mass[:, :, None] > 0, sums / np.maximum(mass, 1e-300)[:, :, None], sub)
        moved = ((new - sub) ** 2).sum(axis=2).max(axis=1)
        centers[live] = new
        live = live[moved >= tol * tol]
        if not len(live):
            break
    labels = assign(centers)
    present = np.bincount((labels + offsets).ravel(), weights=wr, minlength=R * k).reshape(R, k) > 0
    if sizes is not None:  # runs with fewer groups than k: only their first sizes[r] centres count
        present |= np.arange(k)[None, :] >= np.asarray(sizes)[:, None]
    return centers, labels, present.all(axis=1)


def _plus_plus_batch(points: np.ndarray, weights: np.ndarray, k: int, runs: int, rng: np.random.Generator):
    """``runs`` weighted k-means++ seedings at once: (runs, k, d)."""
    n = len(points)
    cumulative = np.cumsum(weights)
    first = np.minimum(np.searchsorted(cumulative, rng.random(runs) * cumulative[-1], side="right"), n - 1)
    chosen = [first]
    d = ((points[None, :, :] - points[first][:, None, :]) ** 2).sum(axis=2)  # (runs, n)
    for _ in range(1, k):
        p = d * weights[None, :]
        total = p.sum(axis=1)
        cumulative = np.cumsum(p, axis=1)
        u = rng.random(runs) * total
        pick = np.minimum((cumulative <= u[:, None]).sum(axis=1), n - 1)
        chosen.append(pick)
        d = np.minimum(d, ((points[None, :, :] - points[pick][:, None, :]) ** 2).sum(axis=2))
    return points[np.stack(chosen, axis=1)]


def silhouettes_batch(points: np.ndarray, labels: np.ndarray, k: int, distances: np.ndarray | None = None) -> np.ndarray:
    """Mean silhouette of each of R partitions (labels (R, n)) of the same points; a singleton scores 0."""
    n = points.shape[0]
    D = distances if distances is not None else np.sqrt(np.maximum(
        ((points[:, None, :] - points[None, :, :]) ** 2).sum(axis=2), 0.0))
    onehot = np.zeros((len(labels), n, k))
    np.put_along_axis(onehot, labels[:, :, None], 1.0, axis=2)  # (R, n, k)
    sizes = onehot.sum(axis=1)  # (R, k)
    sums = D @ onehot  # (R, n, k)
    own_size = np.take_along_axis(sizes, labels, axis=1) - 1  # (R, n)
    own_sum = np.take_along_axis(sums, labels[:, :, None], axis=2)[:, :, 0]
    a = np.divide(own_sum, own_size, out=np.zeros_like(own_sum), where=own_size > 0)
    mean_other = sums / np.maximum(sizes, 1)[:, None, :]
    mean_other = np.where((onehot > 0) | (sizes[:, None, :] == 0), np.inf, mean_other)
    b = mean_other.min(axis=2)
    denominator = np.maximum(a, b)
    ok = (own_size > 0) & np.isfinite(b) & (denominator > 0)
    s = np.divide(b - a, denominator, out=np.zeros_like(a), where=ok)
    return s.mean(axis=1) if n else np.zeros(len(labels))


FAR = 1e9  # where the unused centres of a run with fewer groups wait (never the nearest)


def best_kmeans_many(points, weights, ks, rng, restarts: int, max_iters: int = 20, choose: str = "silhouette",
                     distances: np.ndarray | None = None, silhouettes: dict | None = None) -> dict:
    """For each k of ``ks``: weighted k-means from Pol.is's deterministic start and from ``restarts`` seeded
    k-means++ starts, every run of every k at once. ``choose="silhouette"``: the partition with the best
    silhouette (the criterion that also chooses k), ties to the lower inertia; ``"inertia"``: the lowest
    weighted inertia; ``"mode"``: the partition reached most often. Returns {k: (centres, labels)}; the
    silhouette of each partition returned goes into ``silhouettes`` when given."""
    weights = np.asarray(weights, dtype=float)
    K = max(ks)
    starts, sizes, out = [], [], {}
    for k in ks:
        first = first_distinct(points, k)
        if len(first) < k:  # fewer distinct points than k: Pol.is's way, fewer clusters
            out[k] = kmeans(points, first, weights, max_iters=max_iters)
            continue
        runs = first[None] if not restarts else np.concatenate([first[None], _plus_plus_batch(points, weights, k, restarts, rng)])
        padded = np.full((len(runs), K, points.shape[1]), FAR)
        padded[:, :k] = runs
        padded[:, k:, 0] += np.arange(K - k)  # distinct waiting places
        starts.append(padded)
        sizes.extend([k] * len(runs))
    if not starts:
        return out
    sizes = np.array(sizes)
    centers, labels, full = _kmeans_batch(points, weights, np.concatenate(starts), max_iters, 0.01, sizes=sizes)
    for k in ks:
        if k in out:
            continue
        mine = np.flatnonzero((sizes == k) & full)
        if not len(mine):
            out[k] = kmeans(points, first_distinct(points, k), weights, max_iters=max_iters)
            continue
        c, lab = centers[mine][:, :k], labels[mine]
        costs = (weights[None, :] * ((points[None, :, :] - np.take_along_axis(
            c, lab[:, :, None], axis=1)) ** 2).sum(axis=2)).sum(axis=1)
        if choose == "inertia":
            index = int(np.argmin(costs))
        elif choose == "mode":
            tally: dict[tuple, list[int]] = {}
            for i in range(len(lab)):
                tally.setdefault(_canonical(lab[i]), []).append(i)
            key = max(tally, key=lambda key: (len(tally[key]), -min(costs[i] for i in tally[key])))
            index = min(tally[key], key=lambda i: costs[i])
        else:
            # equal partitions (up to the numbering of groups) score alike: score each once
            first_seen = np.stack([np.argmax(lab == g, axis=1) for g in range(k)], axis=1)
            rank = np.argsort(np.argsort(first_seen, axis=1), axis=1)
            canonical = np.take_along_axis(rank, lab, axis=1)
            slots: dict[bytes, int] = {}
            back = np.array([slots.setdefault(row.tobytes(), len(slots)) for row in canonical])
            distinct = canonical[[int(np.argmax(back == i)) for i in range(len(slots))]]
            exact = silhouettes_batch(points, distinct, k, distances)[back]
            scores = np.round(exact, 12)
            index = max(range(len(lab)), key=lambda i: (scores[i], -costs[i]))
            if silhouettes is not None:
                silhouettes[k] = float(exact[index])
        out[k] = (c[index], lab[index])
    return out


def best_kmeans(points, weights, k, rng, restarts: int, max_iters: int = 20, choose: str = "silhouette",
                distances: np.ndarray | None = None):
    """``best_kmeans_many`` for one k: (centres, labels)."""
    return best_kmeans_many(points, weights, [k], rng, restarts, max_iters, choose, distances)[k]


def _canonical(labels: np.ndarray) -> tuple:
    """A partition's labels renumbered in order of first appearance (equal partitions, equal tuples)."""
    seen: dict[int, int] = {}
    return tuple(seen.setdefault(int(x), len(seen)) for x in labels)


def silhouette(points: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette over the points (Pol.is: over the base clusters, unweighted); a singleton scores 0."""
    n = len(points)
    k = labels.max() + 1 if n else 0
    if k < 2:
        return 0.0
    d = np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(axis=2))
    onehot = np.zeros((n, k))
    onehot[np.arange(n), labels] = 1.0
    sizes = onehot.sum(axis=0)
    sums = d @ onehot  # n x k: total distance to each cluster
    own = sizes[labels] - 1
    a = np.divide(sums[np.arange(n), labels], own, out=np.zeros(n), where=own > 0)
    other = np.where(onehot > 0, np.inf, np.divide(sums, np.maximum(sizes, 1)[None, :]))
    other[:, sizes == 0] = np.inf
    b = other.min(axis=1)
    denominator = np.maximum(a, b)
    s = np.divide(b - a, denominator, out=np.zeros(n), where=(denominator > 0) & np.isfinite(b))
    s[own == 0] = 0.0
    return float(s.mean())


# --- representativeness and consensus ---------------------------------------------------------------------


def prop_test(success, n):
    """Pol.is's one-proportion z-test against 1/2, with a pseudocount of one."""
    success = np.asarray(success, dtype=float) + 1
    n = np.asarray(n, dtype=float) + 1
    return 2 * np.sqrt(n) * (success / n - 0.5)


def two_prop_test(succ_in, succ_out, pop_in, pop_out):
    """Pol.is's two-proportion z-test (group against the rest), with pseudocounts of one on all four counts."""
    succ_in, succ_out, pop_in, pop_out = (np.asarray(v, dtype=float) + 1 for v in (succ_in, succ_out, pop_in, pop_out))
    p1, p2 = succ_in / pop_in, succ_out / pop_out
    p = (succ_in + succ_out) / (pop_in + pop_out)
    denominator = np.sqrt(p * (1 - p) * (1 / pop_in + 1 / pop_out))
    return np.divide(p1 - p2, denominator, out=np.zeros_like(p1), where=denominator > 0)


def group_statistics(A: np.ndarray, D: np.ndarray, S: np.ndarray) -> dict[str, np.ndarray]:
    """Per group (rows) and statement (columns): agree/disagree/seen counts and Pol.is's repness statistics."""
    rest_a = A.sum(axis=0) - A
    rest_d = D.sum(axis=0) - D
    rest_s = S.sum(axis=0) - S
    pa = (1 + A) / (2 + S)
    pd = (1 + D) / (2 + S)
    return {
        "na": A, "nd": D, "ns": S, "pa": pa, "pd": pd,
        "pat": prop_test(A, S), "pdt": prop_test(D, S),
        "ra": pa / ((1 + rest_a) / (2 + rest_s)),
        "rd": pd / ((1 + rest_d) / (2 + rest_s)),
        "rat": two_prop_test(A, rest_a, S, rest_s),
        "rdt": two_prop_test(D, rest_d, S, rest_s),
    }


def _finalize(stats, g, j, statement_id, best_agree=False):
    agree = stats["rat"][g, j] > stats["rdt"][g, j]
    key = "a" if agree else "d"
    item = {
        "statement": statement_id,
        "repful_for": "agree" if agree else "disagree",
        "n_success": int(stats["n" + key][g, j]),
        "n_trials": int(stats["ns"][g, j]),
        "p_success": float(stats["p" + key][g, j]),
        "p_test": float(stats["p" + key + "t"][g, j]),
        "repness": float(stats["r" + key][g, j]),
        "repness_test": float(stats["r" + key + "t"][g, j]),
    }
    if best_agree:
        item["best_agree"] = True
        item["n_agree"] = int(stats["na"][g, j])
    return item


def _metric(item):
    return item["repness"] * item["repness_test"] * item["p_success"] * item["p_test"]


def select_representative(stats: dict, statement_ids: list, excluded: np.ndarray, pick_max: int = 5) -> list[list[dict]]:
    """Pol.is's selection of representative statements for every group: those significant at 90 % both in
    probability and against the rest of the room (agree or disagree), best by repness x test x p x test, at most
    ``pick_max``, with the group's best agreed statement first and agrees before disagrees; at least one when
    any statement was voted on."""
    n_groups, m = stats["na"].shape
    passes = ((stats["rat"] > Z90) & (stats["pat"] > Z90)) | ((stats["rdt"] > Z90) & (stats["pdt"] > Z90))
    agree_side = stats["rat"] > stats["rdt"]
    final_metric = np.where(agree_side, stats["ra"] * stats["rat"] * stats["pa"] * stats["pat"],
                            stats["rd"] * stats["rdt"] * stats["pd"] * stats["pdt"])
    zmax = np.maximum(stats["rat"], stats["rdt"])
    agree_metric = stats["ra"] * stats["rat"] * stats["pa"] * stats["pat"]
    p_metric = stats["pa"] * stats["pat"]
    voted = (stats["na"] > 0) | (stats["nd"] > 0)
    keep = ~np.asarray(excluded, dtype=bool)
    result = []
    for g in range(n_groups):
        candidates = np.flatnonzero(keep)
        sufficient = candidates[passes[g, candidates]]
        # the best by test, tracked only while nothing suffices (Pol.is keeps it for that case)
        best = None
        if len(candidates):
            before = candidates if not len(sufficient) else candidates[candidates < sufficient[0]]
            if not len(sufficient) and len(before):
                best = int(before[np.argmax(zmax[g, before])])
        # the best-agree statement, chosen in statement order as Pol.is does
        best_agree = None
        ra_g, pat_g, pa_g = stats["ra"][g].tolist(), stats["pat"][g].tolist(), stats["pa"][g].tolist()
        am_g, pm_g = agree_metric[g].tolist(), p_metric[g].tolist()
        for j in candidates[voted[g, candidates]].tolist():
            if best_agree is not None and ra_g[best_agree] > 1.0:
                beats = am_g[j] > am_g[best_agree]
            elif best_agree is not None:
                beats = pm_g[j] > pm_g[best_agree]
            else:
                beats = pat_g[j] > Z90 or (ra_g[j] > 1.0 and pa_g[j] > 0.5)
            if beats:
                best_agree = j
        head = []
        if best_agree is not None:
            head = [_finalize(stats, g, best_agree, statement_ids[best_agree], best_agree=True)]
        elif best is not None:
            head = [_finalize(stats, g, best, statement_ids[best])]
        if not len(sufficient):
            result.append(head)
            continue
        others = sufficient[sufficient != best_agree] if best_agree is not None else sufficient
        order = others[np.argsort(-final_metric[g, others], kind="stable")]
        room = pick_max - (1 if best_agree is not None else 0)
        items = (head if best_agree is not None else []) + [
            _finalize(stats, g, int(j), statement_ids[int(j)]) for j in order[:max(room, 0)]]
        items = items[:pick_max]
        result.append([i for i in items if i["repful_for"] == "agree"] + [i for i in items if i["repful_for"] == "disagree"])
    return result


def majority_consensus(A: np.ndarray, D: np.ndarray, S: np.ndarray, statement_ids: list, excluded: np.ndarray,
                       pick_max: int = 5) -> dict[str, list[dict]]:
    """Pol.is's consensus over the whole room: p > 1/2 and significant at 90 %, best by p x test."""
    out = {}
    for direction, n in (("agree", A), ("disagree", D)):
        p = (1 + n) / (2 + S)
        test = prop_test(n, S)
        ok = (p > 0.5) & (test > Z90) & ~excluded
        order = sorted(np.flatnonzero(ok), key=lambda j: -(p[j] * test[j]))[:pick_max]
        out[direction] = [{"statement": statement_ids[j], "n_success": int(n[j]), "n_trials": int(S[j]),
                           "p_success": float(p[j]), "p_test": float(test[j])} for j in order]
    return out


def group_informed_consensus(A: np.ndarray, D: np.ndarray, S: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pol.is's group-aware consensus: the product over groups of (agrees + 1) / (seen + 2) (and the same for
    disagrees), so a statement scores high only when every group agrees with it."""
    agree = np.prod((A + 1.0) / (S + 2.0), axis=0)
    disagree = np.prod((D + 1.0) / (S + 2.0), axis=0)
    return agree, disagree
