"""Any small conversation, however odd (few people, few statements, everything moderated out, forced k larger
than possible), gives a valid map: no exception, JSON-able, group numbers in range."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from polyvox.engines.opinion import Conversation

conversations = st.fixed_dictionaries({
    "statements": st.integers(0, 8),
    "hidden": st.sets(st.integers(0, 7), max_size=8),
    "votes": st.lists(st.tuples(st.integers(0, 25), st.integers(0, 7), st.sampled_from([-1, 0, 1])), max_size=120),
    "k": st.one_of(st.none(), st.integers(1, 6)),
    "seed": st.integers(0, 3),
    "moderation": st.sampled_from(["drop", "zero"]),
    "extra": st.lists(st.tuples(st.integers(0, 30), st.integers(0, 7), st.sampled_from([-1, 0, 1])), max_size=10),
})


def check(snapshot, conversation):
    json.dumps(snapshot)
    k = snapshot["k"]
    assert len(snapshot["groups"]) == k
    assert all(g is None or 0 <= g < k for g in snapshot["participants"].values())
    assert sum(g["size"] for g in snapshot["groups"]) == snapshot["n_clustered"]
    hidden = set(snapshot["moderated_out"])
    for group in snapshot["groups"]:
        assert not set(group["representative"]) & hidden
    assert not set(snapshot["consensus"]) & hidden


@settings(max_examples=60, deadline=None)
@given(conversations)
def test_any_small_conversation_maps(case):
    conversation = Conversation(seed=case["seed"], k=case["k"], bootstrap=3, restarts=4, moderation=case["moderation"])
    for s in range(case["statements"]):
        conversation.add_statement(s, moderated=-1 if s in case["hidden"] else 1)
    votes = [v for v in case["votes"] if v[1] < case["statements"]]
    conversation.load_votes(votes)
    check(conversation.recompute(), conversation)
    for participant, statement, value in case["extra"]:
        if statement < case["statements"]:
            conversation.add_vote(participant, statement, value)
            check(conversation.snapshot(), conversation)
            conversation.explain(participant)
    check(conversation.recompute(), conversation)
