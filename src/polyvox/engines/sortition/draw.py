"""The transparent final draw: M equally likely panels, one chosen by a public seed, checkable by anyone.

The algorithm, exactly (the panels app's "Verify in my browser" script does the same in JavaScript):

1. The lottery is the list of M panels, each a list of person ids (strings). Its digest is the SHA-256,
   in lowercase hexadecimal, of the UTF-8 bytes of the list written as compact JSON: no space after `,`
   or `:`, characters outside ASCII written as themselves (Python `json.dumps(panels,
   separators=(",", ":"), ensure_ascii=False)`, JavaScript `JSON.stringify(panels)`).
2. The seed is the text as published (no trimming, no change of case). Its SHA-256 over its UTF-8
   bytes, read as a 256-bit unsigned big-endian integer, modulo M, is the panel's number, from 0
   (the bias of the modulo is below M / 2^256, nil in practice).
3. The panel is the lottery's panel of that number.

`verify_draw` redoes the choice from the published JSON and the seed alone, with no solver, checks that
every published panel meets the published quotas, that the lottery is the one announced (its digest)
and that no one's probability moved, through the rounding to M panels, by more than the bound stated."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .models import RoundedLottery, SelectionResult, lottery_digest

DEFAULT_LOTTERY_SIZE = 1000


def seed_index(seed: str, size: int) -> int:
    return int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16) % size


def draw_from_seed(lottery_panels: list[list[str]], seed: str) -> tuple[int, list[str]]:
    """The panel the seed picks among the equally likely panels, and its number (from 0)."""
    if not lottery_panels:
        raise ValueError("no panel to draw from")
    index = seed_index(seed, len(lottery_panels))
    return index, list(lottery_panels[index])


def round_lottery(result_or_profiles, compositions=None, weights=None, probabilities=None,
                  size: int = DEFAULT_LOTTERY_SIZE) -> RoundedLottery:
    """Round a lottery to `size` equally likely panels and measure what each probability loses.

    Called with a `SelectionResult`, it rounds its lottery over named panels (as a lottery over
    compositions is not kept in the result); the selection itself calls it with the composition
    lottery, which rounds better."""
    if isinstance(result_or_profiles, SelectionResult):
        return _round_named(result_or_profiles.panels, result_or_profiles.panel_probabilities,
                            result_or_profiles.probabilities, size)
    from .realise import round_to_equal_panels

    profiles = result_or_profiles
    panels = round_to_equal_panels(profiles, compositions, weights, size)
    return _measure(panels, probabilities, size)


def _round_named(panels, panel_probabilities, probabilities, size) -> RoundedLottery:
    import numpy as np

    w = np.asarray(panel_probabilities, dtype=float)
    counts = np.floor(w * size + 1e-12).astype(int)
    missing = size - int(counts.sum())
    if missing > 0:
        counts[np.argsort(-(w * size - counts), kind="stable")[:missing]] += 1
    out = [list(p) for p, m in zip(panels, counts) for _ in range(int(m))]
    return _measure(out, probabilities, size)


def _measure(panels: list[list[str]], probabilities: dict[str, float], size: int) -> RoundedLottery:
    seen = Counter(i for p in panels for i in p)
    rounded = {i: seen.get(i, 0) / size for i in probabilities}
    loss = max((probabilities[i] - rounded[i] for i in probabilities), default=0.0)
    deviation = max((abs(probabilities[i] - rounded[i]) for i in probabilities), default=0.0)
    return RoundedLottery(panels, max(0.0, loss), deviation, rounded)


@dataclass
class Verification:
    ok: bool
    index: int | None = None
    panel: list[str] | None = None
    digest: str | None = None
    problems: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    def explain(self) -> str:
        lines = [f"  ok  {c}" for c in self.checks] + [f"  FAIL {p}" for p in self.problems]
        head = "The draw checks out." if self.ok else "The draw does NOT check out."
        return "\n".join([head, *lines])


def verify_draw(published: dict[str, Any], seed: str, announced_digest: str | None = None) -> Verification:
    """Check a published selection: the seed picks the published panel, every panel meets the quotas, the
    lottery is the one announced (when `announced_digest` is given) and the rounding stays within its bound."""
    try:
        return _verify_draw(published, seed, announced_digest)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        return Verification(False, problems=[f"the JSON is malformed ({type(exc).__name__}: {exc})"])


def _verify_draw(published: dict[str, Any], seed: str, announced_digest: str | None) -> Verification:
    problems: list[str] = []
    checks: list[str] = []
    if not isinstance(published, dict):
        return Verification(False, problems=["the JSON is not an object"])
    lottery = published.get("lottery_panels")
    if (not isinstance(lottery, list) or not lottery
            or not all(isinstance(p, list) and all(isinstance(i, str) for i in p) for p in lottery)):
        return Verification(False, problems=["the JSON has no 'lottery_panels' (a list of lists of ids)"])
    size = len(lottery)
    if published.get("lottery_size", size) != size:
        problems.append(f"'lottery_size' says {published.get('lottery_size')} but {size} panels are listed")
    digest = lottery_digest(lottery)
    if "lottery_digest" in published:
        if published["lottery_digest"] != digest:
            problems.append("the panels listed do not match 'lottery_digest' (the list was changed)")
        else:
            checks.append(f"the {size} panels match the digest in the file {digest[:16]}…")
    if announced_digest is not None:
        if announced_digest.strip().lower() != digest:
            problems.append(f"the lottery is not the one announced: its digest is {digest}, the announcement "
                            f"said {announced_digest.strip()}")
        else:
            checks.append(f"the lottery is the one announced (digest {digest})")
    index, panel = draw_from_seed(lottery, seed)
    checks.append(f"sha256(seed) mod {size} = {index}")
    if "seed" in published and published["seed"] != seed:
        problems.append(f"the JSON was drawn with the seed {published['seed']!r}, not {seed!r}")
    if "panel" in published:
        if sorted(map(str, published["panel"])) != sorted(map(str, panel)):
            problems.append(f"the published panel is not panel number {index} of the lottery")
        else:
            checks.append(f"the published panel is panel number {index} of the lottery")
    if "panel_index" in published and published["panel_index"] is not None and published["panel_index"] != index:
        problems.append(f"'panel_index' says {published['panel_index']}, the seed gives {index}")
    k = published.get("panel_size")
    people = published.get("people") or {}
    quotas = published.get("quotas") or []
    households = published.get("households") or {}
    bad = 0
    for number, p in enumerate(lottery):
        why = _panel_problem(p, k, people, quotas, households)
        if why:
            bad += 1
            if bad <= 5:
                problems.append(f"lottery panel {number}: {why}")
    if quotas and people and not bad:
        checks.append(f"all {size} panels have {k} distinct people and meet every quota")
    optimal = published.get("panels") or []
    for number, p in enumerate(optimal):
        why = _panel_problem(p, k, people, quotas, households)
        if why:
            problems.append(f"optimal-lottery panel {number}: {why}")
            break
    probs = published.get("probabilities") or {}
    weights = published.get("panel_probabilities") or []
    if optimal and weights and probs:
        if abs(sum(weights) - 1) > 1e-6:
            problems.append(f"the panel probabilities sum to {sum(weights):.9f}, not 1")
        marg: Counter = Counter()
        for p, w in zip(optimal, weights):
            for i in p:
                marg[i] += w
        worst = max((abs(marg.get(i, 0.0) - pr) for i, pr in probs.items()), default=0.0)
        if worst > 1e-6:
            problems.append(f"'probabilities' differ from the lottery's by up to {worst:.2e}")
        else:
            checks.append("'probabilities' are those of the published lottery")
    if probs:
        counts = Counter(i for p in lottery for i in p)
        worst = max((probs[i] - counts.get(i, 0) / size for i in probs), default=0.0)
        claimed = published.get("lottery_max_loss")
        if claimed is not None and worst > float(claimed) + 1e-9:
            problems.append(f"rounding loses up to {worst:.6f} of a probability, more than the {claimed} reported")
        elif claimed is not None:
            checks.append(f"rounding to {size} panels loses at most {max(worst, 0):.6f} of any probability")
        _check_deviations(published, probs, counts, size, problems, checks)
        if "min_probability" in published and abs(published["min_probability"] - min(probs.values())) > 1e-9:
            problems.append("'min_probability' is not the smallest of 'probabilities'")
    return Verification(not problems, index, panel, digest, problems, checks)


def _check_deviations(published, probs, counts, size, problems, checks) -> None:
    """Every person's probability in the M panels against the optimal lottery's, within the stated bound."""
    bound = published.get("lottery_max_deviation")
    if not isinstance(bound, (int, float)) or isinstance(bound, bool):
        problems.append("the JSON states no bound on the rounding ('lottery_max_deviation')")
        return
    over = [(abs(probs[i] - counts.get(i, 0) / size), i) for i in probs
            if abs(probs[i] - counts.get(i, 0) / size) > float(bound) + 1e-9]
    if over:
        gap, who = max(over)
        problems.append(f"{len(over)} person(s) deviate by more than the stated bound {bound:.6f}: {who!r} has "
                        f"{probs[who]:.6f} in the optimal lottery but {counts.get(who, 0)}/{size} in the draw's panels")
    else:
        checks.append(f"every one of the {len(probs)} probabilities is within the stated rounding bound "
                      f"{bound:.6f} of the optimal lottery's")
    stated = published.get("lottery_probabilities")
    if isinstance(stated, dict):
        wrong = [i for i in probs if abs(float(stated.get(i, -1)) - counts.get(i, 0) / size) > 1e-9]
        if wrong:
            problems.append(f"'lottery_probabilities' gives {wrong[0]!r} {stated.get(wrong[0])}, the panels give "
                            f"{counts.get(wrong[0], 0)}/{size}")


def _panel_problem(panel, k, people, quotas, households) -> str | None:
    if k is not None and len(panel) != k:
        return f"has {len(panel)} people, not {k}"
    if len(set(panel)) != len(panel):
        return "lists someone twice"
    if people:
        unknown = [i for i in panel if i not in people]
        if unknown:
            return f"lists {unknown[0]!r}, who is not in the pool"
        for q in quotas:
            n = sum(1 for i in panel if people[i].get(q["feature"]) == q["value"])
            if not q["min"] <= n <= q["max"]:
                return f"has {n} people with {q['feature']}={q['value']}, outside [{q['min']}, {q['max']}]"
    if households:
        keys = [households[i] for i in panel if i in households]
        if len(keys) != len(set(keys)):
            return "has two people of one household"
    return None
