"""The selection's progress bar is pushed by Server-Sent Events from an ASGI server (uvicorn, in a thread of
the test process so that it shares the test database): the page opens one stream and never polls."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from playwright.sync_api import expect
from django.conf import settings
from django.test import Client

from polyvox.panels.models import Panel, PanelState
from polyvox.panels.tests.conftest import invited_panel, register_volunteers
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.browser


@pytest.fixture
def asgi_server(transactional_db):
    import uvicorn

    from polyvox.asgi import application

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(application, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off", timeout_graceful_shutdown=1))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    server.force_exit = True
    thread.join(timeout=5)


def test_progress_bar_follows_the_task_without_polling(asgi_server, page, world):
    panel = invited_panel(world)
    register_volunteers(panel, 8)
    Panel.objects.filter(pk=panel.pk).update(state=PanelState.SELECTING, progress=0.1,
                                             progress_message="covering")
    client = Client()
    sign_in(client, world.editor)
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                               "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": asgi_server}])
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{asgi_server}/fr/panels/{panel.pk}/")
    bar = page.locator("#selection-progress")
    assert bar.get_attribute("value").startswith("0.1")
    Panel.objects.filter(pk=panel.pk).update(progress=0.6, progress_message="peeling")
    # Playwright's own matchers, not a string evaluated in the page: the Content-Security-Policy forbids eval.
    expect(page.locator("[data-progress-text]")).to_contain_text("60 %", timeout=10_000)
    assert float(bar.get_attribute("value")) > 0.59
    assert "Construction de la loterie des panels" in page.locator("[data-progress-text]").inner_text()
    Panel.objects.filter(pk=panel.pk).update(progress=0.8)
    expect(page.locator("[data-progress-text]")).to_contain_text("80 %", timeout=10_000)
    # When the task ends, the stream says so and the page reloads once to show the outcome.
    Panel.objects.filter(pk=panel.pk).update(state=PanelState.REGISTRATION_CLOSED, progress=0,
                                             selection_error="No panel meets the quotas (test).")
    page.wait_for_selector("text=No panel meets the quotas (test).", timeout=10_000)
    streams = [url for url in requests if url.endswith(f"/panels/{panel.pk}/progress/")]
    assert len(streams) == 1, requests  # one EventSource connection, no polling
    assert len([url for url in requests if url.endswith(f"/panels/{panel.pk}/")]) == 2  # first load + reload
