"""The in-process broadcaster: audiences, delivery from a view's thread, bursts in one write, no event twice."""

from __future__ import annotations

import asyncio
import threading

from polyvox.workshops import live
from polyvox.core.testing import run_coroutine


def test_delivery_from_threads_respects_audiences_and_skips_duplicates():
    async def scenario():
        async def backlog(workshop_id, audiences, after):
            return [{"id": 1, "workshop": 7, "audience": "all", "type": "idea", "payload": {"text": "from the log"}}]

        alice = live.stream(7, live.audiences_for(11, False), 0, backlog)
        facilitator = live.stream(7, live.audiences_for(None, True), 0, backlog)
        assert (await alice.__anext__()).startswith("retry:")
        assert "from the log" in await alice.__anext__()
        await facilitator.__anext__(), await facilitator.__anext__()
        messages = [
            {"id": 1, "workshop": 7, "audience": "all", "type": "idea", "payload": {"text": "again"}},  # already sent
            {"id": 3, "workshop": 7, "audience": "p11", "type": "my_votes", "payload": {"used": 1}},
            {"id": 2, "workshop": 7, "audience": "all", "type": "idea", "payload": {"text": "late commit"}},
            {"id": 4, "workshop": 7, "audience": "facilitator", "type": "vote_progress", "payload": {"dots": 1}},
            {"id": 5, "workshop": 8, "audience": "all", "type": "idea", "payload": {"text": "other workshop"}},
        ]
        sender = threading.Thread(target=lambda: [live.broadcaster.deliver(m) for m in messages])
        sender.start()
        sender.join()
        alice_chunk = await asyncio.wait_for(alice.__anext__(), 2)
        facilitator_chunk = await asyncio.wait_for(facilitator.__anext__(), 2)
        await alice.aclose()
        await facilitator.aclose()
        return alice_chunk, facilitator_chunk

    # A thread of its own: browser tests earlier in the run may leave Playwright's loop in this thread.
    alice_chunk, facilitator_chunk = run_coroutine(scenario())
    # One write for the burst; the lower id that arrived late is not dropped; nothing is sent twice.
    assert alice_chunk.count("id: ") == 2 and "id: 3\n" in alice_chunk and "late commit" in alice_chunk
    assert "again" not in alice_chunk and "vote_progress" not in alice_chunk and "other workshop" not in alice_chunk
    assert "vote_progress" in facilitator_chunk and "my_votes" not in facilitator_chunk
    assert live.broadcaster.count(7) == 0  # closed streams unsubscribe


def test_sent_ids_forget_the_oldest():
    sent = live._SentIds(keep=3)
    assert all(sent.add(i) for i in (1, 2, 3, 4))
    assert not sent.add(4) and sent.add(1)  # 1 was forgotten
