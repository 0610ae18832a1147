"""How well "Suggest clusters" groups ideas that say the same thing in French, Dutch and English.

    PYTHONPATH=src python benchmarks/clustering.py [--threshold 0.72] [--sweep]

Reads the labelled pairs of benchmarks/data/clustering_pairs.tsv (split dev/heldout, same 1/0, two ideas with
their languages). For each split, every distinct idea of its pairs goes through `clustering.suggest` at once,
as the facilitator's button does, and a pair counts as grouped when both ideas land in the same suggested
cluster. Prints precision (grouped pairs that are labelled the same), recall (same-labelled pairs that are
grouped) and F1 per split, plus the machine's load. --sweep prints them for a range of thresholds (dev only
is meant for choosing). Needs no network and no Django.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))

from polyvox.workshops import clustering  # noqa: E402  (engine-like module: no Django needed)

PAIRS = ROOT / "data" / "clustering_pairs.tsv"


def load_pairs(path: Path = PAIRS) -> list[dict]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        split, same, lang_a, text_a, lang_b, text_b = line.split("\t")
        pairs.append({"split": split, "same": same == "1", "a": (lang_a, text_a), "b": (lang_b, text_b)})
    return pairs


def evaluate(pairs: list[dict], threshold: float) -> dict:
    ideas = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
    ids = {idea: n for n, idea in enumerate(ideas)}
    groups = clustering.suggest([(ids[idea], idea[1], idea[0]) for idea in ideas], threshold=threshold)
    group_of = {pk: n for n, group in enumerate(groups) for pk in group}
    tp = fp = fn = tn = 0
    for pair in pairs:
        a, b = group_of.get(ids[pair["a"]]), group_of.get(ids[pair["b"]])
        grouped = a is not None and a == b
        if grouped and pair["same"]:
            tp += 1
        elif grouped:
            fp += 1
        elif pair["same"]:
            fn += 1
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs": len(pairs), "positives": tp + fn, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": precision, "recall": recall, "f1": f1, "ideas": len(ideas), "groups": len(groups)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=clustering.DISTANCE_THRESHOLD)
    parser.add_argument("--sweep", action="store_true", help="print dev and held-out figures for thresholds 0.50-0.90")
    args = parser.parse_args(argv)
    pairs = load_pairs()
    splits = {name: [p for p in pairs if p["split"] == name] for name in ("dev", "heldout")}
    load = os.getloadavg()
    print(f"machine load (1/5/15 min): {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    print(f"pairs: {len(pairs)} ({', '.join(f'{k} {len(v)}' for k, v in splits.items())}), languages FR/NL/EN")
    thresholds = [round(0.50 + 0.02 * n, 2) for n in range(21)] if args.sweep else [args.threshold]
    for threshold in thresholds:
        for name, subset in splits.items():
            started = time.perf_counter()
            r = evaluate(subset, threshold)
            elapsed = time.perf_counter() - started
            print(f"threshold {threshold:.2f}  {name:8s} precision {r['precision']:.2f}  recall {r['recall']:.2f}  "
                  f"F1 {r['f1']:.2f}  (TP {r['tp']}, FP {r['fp']}, FN {r['fn']}, TN {r['tn']}; "
                  f"{r['ideas']} ideas -> {r['groups']} groups in {elapsed * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
