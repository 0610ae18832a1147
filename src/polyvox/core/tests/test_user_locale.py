from concurrent.futures import ThreadPoolExecutor

import pytest
from asgiref.sync import async_to_sync
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def dutch_speaker(django_user_model):
    return django_user_model.objects.create_user("nl@example.org", "pw", preferred_language="nl", email_confirmed=True)


def test_a_signed_in_person_lands_in_their_language(client, dutch_speaker):
    sign_in(client, dutch_speaker)
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/nl/"


def test_an_address_with_a_language_keeps_it(client, dutch_speaker):
    sign_in(client, dutch_speaker)
    assert client.get("/fr/").status_code == 200
    assert client.get("/fr/")["Content-Language"] == "fr"


def test_anonymous_visitors_get_french_by_default(client):
    assert client.get("/")["Location"] == "/fr/"


def test_the_async_path_reads_the_preference_too(rf, dutch_speaker):
    from django.http import HttpResponse

    from polyvox.core.middleware import UserLocaleMiddleware

    seen = {}

    async def view(request):
        seen["cookie"] = request.COOKIES.get("polyvox_language")
        return HttpResponse("ok")

    middleware = UserLocaleMiddleware(view)
    request = rf.get("/")

    async def auser():
        return dutch_speaker

    request.auser = auser
    # A thread of its own: browser tests earlier in the run may leave Playwright's loop in this thread.
    with ThreadPoolExecutor(1) as pool:
        response = pool.submit(async_to_sync(middleware), request).result()
    assert response.status_code == 200 and seen["cookie"] == "nl"
