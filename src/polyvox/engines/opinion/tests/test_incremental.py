"""The live map: one more vote updates it at once, consistently with a full recompute."""

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from polyvox.engines.opinion import Conversation, OpinionInputError
from polyvox.engines.opinion.synthetic import generate_votes


@pytest.fixture(scope="module")
def votes():
    return generate_votes(400, 60, 3, votes_per_participant=(8, 40), seed=3)


def build(votes, **options):
    conversation = Conversation(seed=0, bootstrap=5, **options)
    for s in range(60):
        conversation.add_statement(s)
    conversation.load_votes(votes[0])
    return conversation


def counts_from_scratch(conversation):
    n, m = conversation.n_participants, conversation.n_statements
    X = conversation._X[:n, :m]
    active = conversation._active()
    k = conversation._k_now
    out = np.zeros((3, k, m))
    for g in range(k):
        rows = X[conversation._group[:n] == g][:, active]
        out[0, g, active] = (rows == 1).sum(axis=0)
        out[1, g, active] = (rows == -1).sum(axis=0)
        out[2, g, active] = (~np.isnan(rows)).sum(axis=0)
    return out


def test_planted_groups_found(votes):
    snapshot = build(votes).recompute()
    planted = votes[1]
    ids = [p for p, g in snapshot["participants"].items() if g is not None]
    assert snapshot["k"] == 3
    assert adjusted_rand_score([planted[int(p)] for p in ids], [snapshot["participants"][p] for p in ids]) > 0.7


def test_add_vote_keeps_counts_exact_and_agrees_with_recompute(votes):
    conversation = build(votes)
    conversation.recompute()
    rng = np.random.default_rng(5)
    for _ in range(300):
        participant = int(rng.integers(0, 430))  # some new participants too
        conversation.add_vote(participant, int(rng.integers(0, 60)), int(rng.integers(-1, 2)))
    np.testing.assert_array_equal(conversation._counts[:, :, :60], counts_from_scratch(conversation))
    live = conversation.snapshot()
    fresh = build(votes)
    fresh.load_votes([])  # same votes + the 300 above
    recomputed = conversation.recompute()
    shared = [p for p, g in live["participants"].items() if g is not None and recomputed["participants"][p] is not None]
    assert len(shared) > 350
    ari = adjusted_rand_score([live["participants"][p] for p in shared], [recomputed["participants"][p] for p in shared])
    assert ari > 0.85
    # a recompute after the incremental votes equals a recompute of a conversation given all votes at once
    assert live["n_votes"] == recomputed["n_votes"]


def test_incremental_then_recompute_equals_batch(votes):
    conversation = build(votes)
    conversation.recompute()
    extra = [(p, s, 1) for p, s in [(1, 2), (3, 4), (500, 1), (500, 2), (7, 59)]]
    for vote in extra:
        conversation.add_vote(*vote)
    after = Conversation(seed=0, bootstrap=5)
    for s in range(60):
        after.add_statement(s)
    after.load_votes(list(votes[0]) + extra)
    # the new participant 500 has 2 votes: not clustered in either
    a, b = conversation.recompute(), after.recompute()
    assert a["participants"]["500"] is None and b["participants"]["500"] is None
    assert adjusted_rand_score(list(a["participants"].values())[:400], list(b["participants"].values())[:400]) > 0.95


def test_new_participant_joins_a_group_once_they_have_voted_enough(votes):
    conversation = build(votes)
    conversation.recompute()
    group = None
    for s in range(7):
        group = conversation.add_vote("newcomer", s, 1)
        if s < 6:
            assert group is None
    assert group is not None and conversation.group_of("newcomer") == group
    explained = conversation.explain("newcomer")
    assert explained["group"] == group and explained["statements"]


def test_groups_keep_their_numbers_across_recomputes(votes):
    conversation = build(votes)
    first = conversation.recompute()
    conversation.add_vote(0, 0, 1)
    second = conversation.recompute()
    same = sum(first["participants"][p] == second["participants"][p] for p in first["participants"])
    assert same >= 0.95 * len(first["participants"])


@pytest.mark.parametrize("value", [2, -2, "1", None, 1.5, True])
def test_bad_vote_value_refused_and_nothing_recorded(votes, value):
    conversation = build(votes)
    conversation.recompute()
    before = conversation.n_votes
    with pytest.raises(OpinionInputError) as error:
        conversation.add_vote(1, 1, value)
    assert error.value.code == "vote-value"
    assert conversation.n_votes == before


def test_unknown_statement_refused(votes):
    conversation = build(votes)
    with pytest.raises(OpinionInputError) as error:
        conversation.add_vote(1, "nope", 1)
    assert error.value.code == "unknown-statement"
    assert "nope" not in conversation._pindex and conversation.n_participants == 400


def test_bounds():
    conversation = Conversation(max_participants=3)
    conversation.add_statement("s")
    for p in range(3):
        conversation.add_vote(p, "s", 1)
    with pytest.raises(OpinionInputError) as error:
        conversation.add_vote(3, "s", 1)
    assert error.value.code == "too-many-participants"
    small = Conversation(max_cells=10)
    for s in range(5):
        small.add_statement(s)
    small.add_vote(0, 0, 1)
    small.add_vote(1, 0, 1)
    with pytest.raises(OpinionInputError):
        small.add_vote(2, 0, 1)
    with pytest.raises(OpinionInputError):
        Conversation(k=0)


def test_tiny_conversations_do_not_break():
    conversation = Conversation()
    assert conversation.recompute()["k"] == 0
    conversation.add_statement(1)
    conversation.add_vote("a", 1, 1)
    snapshot = conversation.recompute()
    assert snapshot["participants"] == {"a": 0} and snapshot["k"] == 1
    conversation.add_vote("b", 1, -1)
    conversation.add_statement(2, moderated=-1)
    conversation.add_vote("b", 2, 1)
    snapshot = conversation.recompute()
    assert set(snapshot["participants"]) == {"a", "b"}
    assert 2 not in snapshot["consensus"]


def test_forced_k(votes):
    snapshot = build(votes, k=4).recompute()
    assert snapshot["k"] == 4 and len(snapshot["groups"]) == 4
    assert all(0 <= g["stability"] <= 1 for g in snapshot["groups"])


def test_warm_start_and_snapshot_parts(votes):
    conversation = build(votes, warm_start=True)
    first = conversation.recompute()
    conversation.add_vote(3, 5, -1)
    second = conversation.recompute()
    assert second["k"] == first["k"]
    assert len(second["statement_projection"]) == 60
    assert second["projection"]["3"] == [round(x, 6) for x in conversation._proj[conversation._pindex[3]].tolist()]
    # a snapshot is a copy: changing it changes nothing inside
    second["participants"]["3"] = 99
    assert conversation.snapshot()["participants"]["3"] != 99


def test_load_votes_refuses_a_bad_batch_whole(votes):
    conversation = build(votes)
    before = (conversation.n_votes, conversation.n_participants)
    with pytest.raises(OpinionInputError):
        conversation.load_votes([("new-1", 1, 1), ("new-2", 2, 5)])
    with pytest.raises(OpinionInputError):
        conversation.load_votes([("new-1", 1, 1), ("new-2", "missing", 1)])
    with pytest.raises(OpinionInputError):
        conversation.load_votes([("new-1", 1)])
    assert (conversation.n_votes, conversation.n_participants) == before
