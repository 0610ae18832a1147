"""Agreement with Pol.is on real conversations (copied in tests/polis, CC BY 4.0) and reproducibility."""

from pathlib import Path

import pytest
from sklearn.metrics import adjusted_rand_score

from polyvox.engines.opinion import Conversation, read_polis_export

POLIS = Path(__file__).parent / "polis"

# Floors under what the engine reaches (0.90 and 0.83), above red-dwarf 0.4's (0.64 and 0.46).
FLOORS = {"brexit-consensus": 0.8, "15-per-hour-seattle": 0.75}


def ari_with_polis(export, snapshot):
    ours, theirs = [], []
    for pid, group in export.reference_groups.items():
        mine = snapshot["participants"].get(str(pid))
        if group is not None and mine is not None:
            ours.append(mine)
            theirs.append(group)
    return adjusted_rand_score(theirs, ours), len(ours)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_groups_agree_with_polis(name):
    export = read_polis_export(POLIS / name)
    snapshot = Conversation.from_polis_export(export, seed=0).recompute()
    ari, both = ari_with_polis(export, snapshot)
    assert both >= 0.9 * sum(g is not None for g in export.reference_groups.values())
    assert ari >= FLOORS[name], f"{name}: adjusted Rand index {ari:.3f}"
    assert snapshot["k"] == 2  # Pol.is shows two groups in both


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_other_seeds_agree_too(name):
    export = read_polis_export(POLIS / name)
    for seed in (1, 2):
        ari, _ = ari_with_polis(export, Conversation.from_polis_export(export, seed=seed).recompute())
        assert ari >= FLOORS[name] - 0.1


def test_same_seed_same_map():
    export = read_polis_export(POLIS / "brexit-consensus")
    first = Conversation.from_polis_export(export, seed=7).recompute()
    second = Conversation.from_polis_export(export, seed=7).recompute()
    first.pop("seconds")
    second.pop("seconds")
    assert first == second


def test_participants_votes_alone_gives_the_same_map(tmp_path):
    """participants-votes.csv (no votes.csv) holds the same latest votes: nearly the same groups (the participants
    come in another order, id order instead of first-vote order, which moves Pol.is's start of the base clusters)."""
    source = POLIS / "15-per-hour-seattle"
    for name in ("comments.csv", "participants-votes.csv"):
        (tmp_path / name).write_bytes((source / name).read_bytes())
    from_votes = read_polis_export(source)
    from_matrix = read_polis_export(tmp_path)
    assert from_matrix.source == "participants-votes.csv"
    a = Conversation.from_polis_export(from_votes).recompute()
    b = Conversation.from_polis_export(from_matrix).recompute()
    shared = [p for p, g in a["participants"].items() if g is not None]
    assert adjusted_rand_score([a["participants"][p] for p in shared], [b["participants"][p] for p in shared]) > 0.85


def test_moderated_out_statements_never_shown():
    export = read_polis_export(POLIS / "15-per-hour-seattle")
    snapshot = Conversation.from_polis_export(export).recompute()
    hidden = export.moderated_out
    assert hidden and set(snapshot["moderated_out"]) == hidden
    shown = set(snapshot["consensus"])
    for group in snapshot["groups"]:
        shown |= set(group["representative"])
        assert group["representative"], "every group has at least one representative statement"
    assert not shown & hidden


def test_representative_statements_overlap_polis_groups_votes():
    """The representative statements of a group are ones its members (as Pol.is grouped them) lean on:
    for every group matched with a Pol.is group, most of its statements go the same way in that Pol.is group."""
    export = read_polis_export(POLIS / "brexit-consensus")
    snapshot = Conversation.from_polis_export(export).recompute()
    last = {}
    for pid, sid, value in export.votes:
        last[(pid, sid)] = value
    for group in snapshot["groups"]:
        members = [p for p, g in snapshot["participants"].items() if g == group["id"]]
        polis = max({0, 1}, key=lambda g: sum(export.reference_groups.get(int(p)) == g for p in members))
        polis_members = [p for p, g in export.reference_groups.items() if g == polis]
        agreeing = 0
        for item in group["repness"]:
            wanted = 1 if item["repful_for"] == "agree" else -1
            votes = [last[(p, item["statement"])] for p in polis_members if (p, item["statement"]) in last]
            if votes and sum(v == wanted for v in votes) / len(votes) > 0.5:
                agreeing += 1
        assert agreeing >= 0.8 * len(group["repness"])
