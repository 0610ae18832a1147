"""Issue 12 item 5 in Chromium over a real ASGI server (the live stream needs it): the projector view fills
a 1,600 px screen without the site's header and footer and shows results as bars; revealing closes the
vote on every screen; five quick moves into clusters all stick, on screen and in the database."""

from __future__ import annotations

import re

import pytest

from polyvox.workshops.tests import server
from polyvox.workshops.tests.test_live import Screen

pytestmark = [pytest.mark.slow, pytest.mark.browser]

IDEAS = ["Plus de bancs au parc", "Des arbres rue Haute", "Un potager partagé", "Fermer la rue aux voitures le dimanche",
         "Une fontaine d'eau potable"]


@pytest.fixture(scope="module")
def asgi(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("workshop-projector")
    env = server.environment(var_dir)
    info = server.prepare(var_dir, env)
    port = server.free_port()
    process = server.start(env, port)
    yield {"base": f"http://127.0.0.1:{port}", "session": info["session"]}
    server.stop(process)


def _workshop_with_ideas(asgi):
    facilitator = Screen(asgi["base"], asgi["session"])
    code = facilitator.create(title="Parc Josaphat")
    _hmw, ideas, clusters, dots, *_rest = facilitator.activities()
    phone = Screen(asgi["base"])
    phone.join(code, "Alice")
    assert facilitator.post("run", "open", activity=ideas).status_code == 200
    for text in IDEAS:
        assert phone.post("act", "idea", activity=ideas, text=text).json()["ok"]
    return facilitator, phone, code, {"ideas": ideas, "clusters": clusters, "dots": dots}


def _facilitator_page(new_page, asgi, path, **kwargs):
    page = new_page(**kwargs)
    page.context.add_cookies([{"name": "sessionid", "value": asgi["session"], "url": asgi["base"]}])
    page.goto(asgi["base"] + path)
    return page


def test_projector_view_fills_1600_px_without_site_chrome_and_draws_results_as_bars(asgi, new_page, axe_check):
    from playwright.sync_api import expect

    facilitator, phone, code, activities = _workshop_with_ideas(asgi)
    wall = _facilitator_page(new_page, asgi, f"/fr/workshops/{code}/wall/", viewport={"width": 1600, "height": 900})
    expect(wall.locator("[data-live][data-connected='1']")).to_be_attached()
    assert wall.locator(".site-header, .site-footer, .main-nav, .skip-link").count() == 0
    width = wall.evaluate("document.documentElement.clientWidth")
    main = wall.locator("main").bounding_box()
    panel = wall.locator("#live-panel").bounding_box()
    assert width == 1600 and main["width"] >= width - 1 and panel["width"] >= 0.9 * width, (main, panel)
    assert wall.evaluate("document.documentElement.scrollWidth") <= width  # nothing wider than the screen
    code_size = float(wall.locator(".ws-projector-code").evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))
    assert code_size >= 60  # the join code reads from the back of the room
    expect(wall.locator(".ws-projector-code")).to_have_text(code)
    expect(wall.locator(".ws-projector-qr svg")).to_be_visible()
    expect(wall.locator(".ws-idea-text", has_text=IDEAS[0])).to_be_visible()
    axe_check(wall, "projector view")

    assert facilitator.post("run", "open", activity=activities["dots"]).status_code == 200
    expect(wall.locator(".ws-vote-list .ws-idea")).to_have_count(5)  # followed live, no reload
    ideas = list(dict.fromkeys(re.findall(r'name="idea" value="(\d+)"', phone.client.get(f"/fr/workshops/{code}/panel/").text)))
    for idea in ideas[:2] + ideas[:1]:
        assert phone.post("act", "vote", activity=activities["dots"], idea=idea, delta="1").json()["ok"]
    assert facilitator.post("run", "reveal", activity=activities["dots"]).status_code == 200
    expect(wall.locator("[data-chart-row]")).to_have_count(5)
    first = wall.locator("[data-chart-row]").first
    expect(first.locator(".ws-chart-value")).to_have_text("2 gommettes")
    assert first.locator("rect.ws-chart-fill").get_attribute("width") == "100.0"
    assert wall.locator("[data-chart-row]").nth(1).locator("rect.ws-chart-fill").get_attribute("width") == "50.0"
    bars = [wall.locator("[data-chart-row]").nth(n).locator("rect.ws-chart-fill").bounding_box()["width"] for n in range(2)]
    assert bars[0] > 1.9 * bars[1] > 0 and bars[0] > 500  # drawn lengths, not only attributes
    assert wall.locator("[data-chart-row]").nth(2).locator("rect.ws-chart-fill").bounding_box()["width"] == 0
    starts = {round(wall.locator("[data-chart-row]").nth(n).locator("svg").bounding_box()["x"]) for n in range(5)}
    assert len(starts) == 1  # every bar starts at the same place, whatever the width of its count
    assert wall.evaluate("document.documentElement.scrollWidth") <= 1600
    axe_check(wall, "projector view with results")


def test_reveal_closes_the_vote_on_every_screen_until_reopened(asgi, new_page, axe_check):
    from playwright.sync_api import expect

    facilitator, phone_http, code, activities = _workshop_with_ideas(asgi)
    assert facilitator.post("run", "open", activity=activities["dots"]).status_code == 200
    control = _facilitator_page(new_page, asgi, f"/fr/workshops/{code}/control/")
    phone = new_page(viewport={"width": 390, "height": 844})
    phone.goto(f"{asgi['base']}/j/{code}")
    phone.fill("#id_display_name", "Bram")
    phone.check("input[name=language][value=nl]")
    phone.click("form.ws-join-form button[type=submit]")
    expect(phone.locator("[data-live][data-connected='1']")).to_be_attached()
    expect(control.locator("[data-live][data-connected='1']")).to_be_attached()
    phone.locator(".ws-vote-list form").first.locator("button").click()
    expect(phone.locator("[data-my-dots]").first).to_have_text("1")
    expect(phone.locator(".ws-instructions")).to_contain_text("verborgen")

    first_idea = re.findall(r'name="idea" value="(\d+)"', phone_http.client.get(f"/fr/workshops/{code}/panel/").text)[0]
    control.locator("form[action$='/run/reveal/'] button").click()
    expect(phone.locator("[data-vote-state]")).to_have_text("De stemming is gesloten: dit zijn de definitieve resultaten.")
    expect(phone.locator(".ws-vote-list form")).to_have_count(0)  # no voting buttons
    expect(phone.locator(".ws-instructions")).to_have_count(0)  # nor a text saying results are hidden
    refused = phone_http.post("act", "vote", activity=activities["dots"], idea=first_idea, delta="1")
    assert refused.status_code == 400 and "fermée" in refused.json()["error"]
    axe_check(phone, "phone after reveal")

    control.locator("form[action$='/run/reopen/'] button").click()
    expect(phone.locator(".ws-vote-list form").first).to_be_visible()
    expect(phone.locator("[data-vote-state]")).to_contain_text("heropend")
    phone.locator(".ws-vote-list form").first.locator("button").click()
    expect(phone.locator("[data-my-dots]").first).to_have_text("2")


def test_five_quick_moves_into_clusters_all_stick(asgi, new_page):
    from playwright.sync_api import expect

    facilitator, _phone, code, activities = _workshop_with_ideas(asgi)
    assert facilitator.post("run", "open", activity=activities["clusters"]).status_code == 200
    for name in ("Verdure", "Mobilité"):
        assert facilitator.post("run", "cluster-new", activity=activities["clusters"], name=name).status_code == 200
    control = _facilitator_page(new_page, asgi, f"/fr/workshops/{code}/control/")
    expect(control.locator("[data-live][data-connected='1']")).to_be_attached()
    expect(control.locator("[data-cluster-list=''] .ws-idea")).to_have_count(5)
    clusters = {name: control.locator("section[data-cluster]", has=control.locator("h3", has_text=name)).get_attribute("data-cluster")
                for name in ("Verdure", "Mobilité")}
    plan = dict(zip(IDEAS, ["Verdure", "Verdure", "Verdure", "Mobilité", "Mobilité"]))
    ids = {}
    for text in IDEAS:
        card = control.locator(".ws-idea", has_text=text)
        ids[text] = card.get_attribute("data-idea-id")
    for text, name in plan.items():  # five moves in a row, without waiting for any answer
        card = control.locator(f".ws-idea[data-idea-id='{ids[text]}']")
        card.locator("select[name=cluster]").select_option(clusters[name])
        card.locator("form.ws-move button").click()
    for text, name in plan.items():
        expect(control.locator(f"[data-cluster-list='{clusters[name]}'] .ws-idea[data-idea-id='{ids[text]}']")).to_be_attached()
    control.wait_for_timeout(1500)  # any late refresh of the panel has landed: still all five
    for text, name in plan.items():
        expect(control.locator(f"[data-cluster-list='{clusters[name]}'] .ws-idea[data-idea-id='{ids[text]}']")).to_be_attached()
    expect(control.locator("[data-cluster=''] [data-idea-count]")).to_have_text("0")
    expect(control.locator(f"[data-cluster='{clusters['Verdure']}'] [data-idea-count]")).to_have_text("3")
    control.reload()  # and the server kept them
    for text, name in plan.items():
        expect(control.locator(f"[data-cluster-list='{clusters[name]}'] .ws-idea[data-idea-id='{ids[text]}']")).to_be_attached()
