"""Guessing workshop join codes is throttled per client address (before: 55 guesses a second)."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_wrong_join_codes_end_in_429_with_retry_after(make_workshop, settings):
    workshop = make_workshop()
    limit = settings.THROTTLE_LIMITS["code_entry.address"][0]
    guesser = Client(REMOTE_ADDR="203.0.113.90")
    answers = [guesser.get(f"/j/ZZZ{n:03d}").status_code for n in range(limit)]
    assert answers == [404] * limit
    refused = guesser.get(f"/j/{workshop.code}")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert guesser.post(f"/j/{workshop.code}", {"display_name": "Eve", "language": "fr"}).status_code == 429
    # 300 phones on one Wi-Fi: right codes do not count.
    room = Client(REMOTE_ADDR="198.51.100.90")
    for n in range(limit + 5):
        assert room.get(f"/j/{workshop.code}").status_code == 200


def test_the_workshop_pages_are_no_way_around_the_limit(make_workshop, settings):
    workshop = make_workshop()
    limit = settings.THROTTLE_LIMITS["code_entry.address"][0]
    guesser = Client(REMOTE_ADDR="203.0.113.91")
    pages = ["/fr/workshops/ZZZ{n:03d}/", "/fr/workshops/ZZZ{n:03d}/panel/", "/fr/workshops/ZZZ{n:03d}/record/",
             "/fr/workshops/ZZZ{n:03d}/stream/"]
    for n in range(limit):
        assert guesser.get(pages[n % 4].format(n=n)).status_code == 404
    assert guesser.get(f"/fr/workshops/{workshop.code}/").status_code == 429
    assert guesser.post(f"/fr/workshops/{workshop.code}/act/idea/", {"text": "x"}).status_code == 429
    assert guesser.get(f"/fr/workshops/{workshop.code}/stream/").status_code == 429
