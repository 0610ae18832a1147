"""The demo site served as in production (uvicorn, `polyvox demo`, PORT set and SITE_URL unset, map tiles
from a tile server of its own on another port), checked as a crawler and as Chromium see it:

- every HTML page answers with a Content-Security-Policy and a Permissions-Policy, and holds no inline
  script, no on*="..." handler, no javascript: address and no style attribute (which the policy blocks);
- the main pages load in Chromium without a single CSP violation, and their features still work (the map
  and its tiles, a workshop's live updates, a budget vote, the dashboards' bars, the API's Swagger UI);
- links in an e-mail, a printed invitation letter and a workshop's QR code answer on that PORT.
"""

from __future__ import annotations

import io
import json
import re
import struct
import subprocess
import sys
import threading
import zlib
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urljoin, urlsplit

import httpx
import pytest

from polyvox.workshops.tests import server

pytestmark = pytest.mark.slow

PASSWORD = "polyvox-demo-2026"  # the demo accounts' password (settings.DEMO_PASSWORD)

# A voting budget with accepted projects and codes, beside the demo's counted one (made through the
# budget's services, as an organiser would).
BUDGET_SETUP = r"""
import json
from datetime import timedelta
from decimal import Decimal
from django.contrib.auth import get_user_model
from django.utils import timezone
from polyvox.budgets import ballots, services
from polyvox.budgets.models import Budget
from polyvox.initiatives.models import Initiative
from polyvox.organisations.models import Role
User = get_user_model()
editor = User.objects.get(email="editor.anderlecht@polyvox.example")
citizen = User.objects.get(email="citizen@polyvox.example")
organiser = editor.roles.get(role=Role.EDITOR).organisation
initiative = Initiative.objects.filter(organiser=organiser, publication_state="published").first()
budget = Budget.objects.create(initiative=initiative, title_fr="Budget CSP", title_nl="Budget CSP", title_en="CSP budget",
                               amount=Decimal("30000"), vote_closes_at=timezone.now() + timedelta(days=10))
services.move(budget, "open_call", actor=editor)
projects = [services.submit_project(budget, citizen, {"title": f"Projet {n}", "description": "Des plantes.",
            "category": "greenery", "cost_estimate": Decimal(cost), "latitude": 50.8247, "longitude": 4.2955})
            for n, cost in ((1, "12000"), (2, "9000"))]
services.move(budget, "close_call", actor=editor)
for project in projects:
    services.review_project(project, "accept", actor=editor)
ballots.create_codes(budget, 3)
services.move(budget, "open_vote", actor=editor)
print("SETUP" + json.dumps({"budget": budget.pk, "codes": list(budget.codes.values_list("code", flat=True))}))
"""


def _png() -> bytes:
    """A 256×256 light-grey PNG tile."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xdd" * 256 for _ in range(256))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 256, 256, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def tiles():
    """A tile server on its own port: another origin, which only MAP_TILE_URL lets into img-src."""
    png, hits = _png(), []

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(png)))
            self.end_headers()
            self.wfile.write(png)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield {"url": f"http://127.0.0.1:{httpd.server_address[1]}/{{z}}/{{x}}/{{y}}.png", "hits": hits}
    httpd.shutdown()


@pytest.fixture(scope="module")
def site(tmp_path_factory, tiles):
    var_dir = tmp_path_factory.mktemp("site-security")
    port = server.free_port()
    env = server.environment(var_dir, PORT=str(port), MAP_TILE_URL=tiles["url"])
    for name in ("SITE_URL", "HOST", "HTTPS"):
        env.pop(name, None)
    info = server.prepare(var_dir, env)
    polyvox = [sys.executable, "-m", "polyvox"]
    subprocess.run([*polyvox, "demo"], env=env, check=True, capture_output=True)
    output = subprocess.run([*polyvox, "manage", "shell", "-c", BUDGET_SETUP], env=env, check=True,
                            capture_output=True, text=True).stdout
    info.update(json.loads(next(line for line in output.splitlines() if line.startswith("SETUP"))[len("SETUP"):]))
    process = server.start(env, port)
    yield {**info, "base": f"http://127.0.0.1:{port}", "port": port, "env": env, "var_dir": var_dir}
    server.stop(process)


def totp_now(step_offset: int = 0) -> str:
    """The current code of the demo's documented TOTP secret (RFC 6238: SHA-1, 30 s, 6 digits)."""
    import base64
    import hashlib
    import hmac
    import time

    from polyvox.accounts.demo import DEMO_TOTP_SECRET

    counter = int(time.time() // 30) + step_offset
    digest = hmac.new(base64.b32decode(DEMO_TOTP_SECRET), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


def wait_for_a_fresh_code():
    """A code is accepted once: a second sign-in of the same account waits for the next 30 s step."""
    import time

    time.sleep(30 - time.time() % 30 + 0.5)


def signed_in(base: str, email: str | None) -> httpx.Client:
    """Signed in through the site's own forms, with the second step when the account has one (staff, editors)."""
    client = httpx.Client(base_url=base, timeout=30)
    if email:
        client.get("/fr/accounts/login/")
        response = client.post("/fr/accounts/login/", data={
            "username": email, "password": PASSWORD, "csrfmiddlewaretoken": client.cookies["csrftoken"]},
            headers={"Referer": f"{base}/fr/accounts/login/"})
        assert response.status_code == 302, f"{email} could not sign in: {response.status_code}"
        if "second-factor" in response.headers.get("location", ""):
            url = urljoin(base, response.headers["location"])
            for _attempt in range(3):  # a code used by an earlier sign-in, or a step boundary under load
                client.get(url)
                response = client.post(url, data={"code": totp_now(), "csrfmiddlewaretoken": client.cookies["csrftoken"]},
                                       headers={"Referer": url})
                if response.status_code == 302:
                    break
                wait_for_a_fresh_code()
        assert response.status_code == 302 and "second-factor" not in response.headers.get("location", ""), email
    return client


class _PageScan(HTMLParser):
    """Links to follow, and whatever a strict Content-Security-Policy would block."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.blocked: list[str] = []
        self._inline_script = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        if tag == "script":
            kind = (values.get("type") or "text/javascript").lower()
            self._inline_script = not values.get("src") and kind not in {"application/json", "application/ld+json"}
        for name, value in attrs:
            if name.startswith("on"):
                self.blocked.append(f"<{tag} {name}=...>")
            elif name == "style":
                self.blocked.append(f"<{tag} style={value!r}>")
            elif name in {"href", "src", "action", "formaction"} and (value or "").strip().lower().startswith("javascript:"):
                self.blocked.append(f"<{tag} {name}={value!r}>")
        if tag == "style":
            self.blocked.append("<style> element")

    def handle_data(self, data):
        if self._inline_script and data.strip():
            self.blocked.append(f"inline <script>: {data.strip()[:60]!r}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._inline_script = False


SKIP = re.compile(r"/(stream|progress)/$|/logout/|^/media/|^/static/|\.(pdf|csv|json|pb|zip|geojson|ics|xlsx|md|txt)$")


def crawl(client: httpx.Client, starts, limit: int = 150) -> tuple[int, list[str]]:
    """Breadth-first over the site's own links (GET only): every section, a few objects of each kind (at most
    4 addresses under one parent below a section, 2 query strings per address)."""
    queue, seen, counts, pages, problems = list(starts), set(), {}, 0, []
    while queue and pages < limit:
        address = queue.pop(0)
        path = address.split("?")[0]
        if address in seen or SKIP.search(path):
            continue
        seen.add(address)
        segments = re.sub(r"^/(fr|nl|en)/", "/", path).strip("/").split("/")
        caps = [("?" + path, 2)] if "?" in address else []
        if len(segments) >= 2:
            caps.append(("/".join(re.sub(r"\d+", "N", segment) for segment in segments[:-1]), 4))
        if any(counts.get(key, 0) >= cap for key, cap in caps):
            continue
        for key, _cap in caps:
            counts[key] = counts.get(key, 0) + 1
        response = client.get(address)
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        pages += 1
        policy = response.headers.get("content-security-policy", "")
        directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
        if directives.get("script-src") != ["'self'"] or "'unsafe-inline'" in directives.get("style-src", ["'unsafe-inline'"]):
            problems.append(f"{address} ({response.status_code}): Content-Security-Policy {policy!r}")
        if "camera=()" not in response.headers.get("permissions-policy", ""):
            problems.append(f"{address} ({response.status_code}): Permissions-Policy {response.headers.get('permissions-policy')!r}")
        scan = _PageScan()
        scan.feed(response.text)
        problems += [f"{address}: {item}" for item in dict.fromkeys(scan.blocked)]
        for href in scan.links:
            parts = urlsplit(urljoin(str(response.url), href))
            if parts.netloc == client.base_url.netloc.decode():
                queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return pages, problems


@pytest.mark.parametrize("email", [None, "staff@polyvox.example", "editor.anderlecht@polyvox.example",
                                   "facilitator@polyvox.example", "citizen@polyvox.example",
                                   "dreamocracy@providers.polyvox.example"])
def test_every_html_page_sends_both_policies_and_holds_nothing_they_would_block(site, email):
    client = signed_in(site["base"], email)
    starts = ["/fr/", "/nl/", "/en/", "/j/", "/api/docs", f"/fr/budgets/{site['budget']}/vote/"]
    if email == "staff@polyvox.example":
        starts += ["/admin/", "/fr/procurement/dashboard/", "/fr/panels/1/", "/fr/panels/2/", "/admin/budgets/budget/1/change/"]
    pages, problems = crawl(client, starts)
    assert pages >= 60, f"only {pages} HTML pages reached"
    assert not problems, "\n".join(problems[:40])


# ---------------------------------------------------------------------------------------------- browser

WATCH = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});
"""


class Watched:
    """A browser page that records every CSP violation (the DOM event and the console's message)."""

    def __init__(self, page):
        self.page = page
        self.console: list[str] = []
        page.context.add_init_script(WATCH)
        page.on("console", lambda message: self.console.append(f"{page.url}: {message.text}")
                if "Content Security Policy" in message.text or "Permissions-Policy" in message.text else None)

    def goto(self, url):
        response = self.page.goto(url)
        assert response.status < 400, f"{url}: {response.status}"
        return self.page

    def violations(self) -> list[str]:
        return self.console + self.page.evaluate("window.__cspViolations || []")

    def assert_clean(self, where: str):
        self.page.wait_for_timeout(200)  # late reports (images, styles applied after load)
        found = self.violations()
        assert not found, f"CSP violations on {where}:\n" + "\n".join(found)


def browser_sign_in(page, base, email):
    page.goto(f"{base}/fr/accounts/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    for _attempt in range(2):
        if "second-factor" not in page.url:
            break
        page.fill("#id_code", totp_now())
        page.locator("#id_code").press("Enter")
        page.wait_for_load_state()
        if "second-factor" in page.url:
            wait_for_a_fresh_code()
    assert "second-factor" not in page.url, f"{email}: second step not passed"


@pytest.mark.browser
def test_public_pages_the_map_and_a_budget_vote_run_without_a_csp_violation(site, tiles, new_page):
    from playwright.sync_api import expect

    base = site["base"]
    watched = Watched(new_page())
    page = watched.goto(f"{base}/fr/")
    watched.assert_clean("home")

    small = Watched(new_page(viewport={"width": 390, "height": 844}))
    phone = small.goto(f"{base}/nl/")
    toggle = phone.locator(".menu-toggle")
    expect(toggle).to_be_visible()
    toggle.click()  # site.js: the menu opens
    expect(toggle).to_have_attribute("aria-expanded", "true")
    small.assert_clean("home at 390 px")

    watched.goto(f"{base}/fr/initiatives/")
    expect(page.locator("main a[href*='/initiatives/']").first).to_be_visible()
    watched.assert_clean("inventory list")
    hits_before = len(tiles["hits"])
    watched.goto(f"{base}/fr/initiatives/map/")
    expect(page.locator("[data-markers]")).to_have_attribute("data-markers", re.compile(r"^[1-9]\d*$"))
    expect(page.locator("img.leaflet-tile-loaded").first).to_be_attached()  # tiles from MAP_TILE_URL's host
    assert len(tiles["hits"]) > hits_before
    watched.assert_clean("inventory map")

    watched.goto(f"{base}/fr/budgets/{site['budget']}/")
    expect(page.locator("[data-budget-map]")).to_have_attribute("data-markers", "2")
    watched.assert_clean("budget page")
    browser_sign_in(page, base, "citizen@polyvox.example")
    watched.goto(f"{base}/fr/budgets/{site['budget']}/vote/")
    total = page.locator("#running-total")
    expect(total).to_have_attribute("data-total", "0")
    page.get_by_label("Projet 1", exact=False).check()
    expect(total).to_have_attribute("data-total", "12000")  # budgets.js keeps the running total
    page.get_by_label("Code d'invitation").fill(site["codes"][0])
    page.get_by_role("button", name="Envoyer mon vote").click()
    expect(page.locator(".message-success")).to_be_visible()
    watched.assert_clean("budget vote")

    watched.goto(f"{base}/api/docs")
    expect(page.locator(".opblock").first).to_be_visible()  # the Swagger UI rendered the API
    operation = page.locator(".opblock-get").first
    operation.locator(".opblock-summary").click()
    operation.get_by_role("button", name="Try it out").click()
    operation.get_by_role("button", name="Execute").click()  # its fetch() to the API: connect-src 'self'
    expect(operation.locator(".live-responses-table tbody .response-col_status").first).to_have_text("200")
    watched.assert_clean("API documentation (Swagger UI)")


@pytest.mark.browser
def test_staff_pages_run_without_a_csp_violation(site, new_page):
    from playwright.sync_api import expect

    base = site["base"]
    watched = Watched(new_page())
    page = watched.page
    browser_sign_in(page, base, "staff@polyvox.example")
    for path in ("/fr/procurement/", "/fr/procurement/contracts/", "/fr/procurement/memberships/", "/fr/providers/"):
        watched.goto(f"{base}{path}")
        watched.assert_clean(path)
    watched.goto(f"{base}/fr/procurement/dashboard/")
    bars = page.locator("svg.bar-svg rect.bar")
    expect(bars.first).to_be_attached()
    assert page.evaluate("Math.max(...[...document.querySelectorAll('svg.bar-svg rect.bar')].map(r => r.getBBox().width))") > 50
    watched.assert_clean("procurement dashboard")
    watched.goto(f"{base}/fr/procurement/contracts/")
    contract = page.evaluate("[...document.querySelectorAll('main a')].map(a => a.pathname).find(p => /contracts[/][0-9]+[/]$/.test(p))")
    watched.goto(f"{base}{contract}")
    watched.assert_clean(f"contract page {contract}")

    watched.goto(f"{base}/fr/panels/1/")
    assert page.evaluate("Math.max(...[...document.querySelectorAll('svg.bars rect.bar-pool')].map(r => r.getBBox().width))") > 10
    watched.assert_clean("panel dashboard")
    watched.goto(f"{base}/fr/budgets/1/results/")
    watched.assert_clean("budget results")
    watched.goto(f"{base}/admin/")
    watched.goto(f"{base}/admin/budgets/budget/1/change/")
    expect(page.locator("#content")).to_be_visible()
    watched.assert_clean("admin")


@pytest.mark.browser
def test_a_live_workshop_runs_without_a_csp_violation(site, new_page):
    from playwright.sync_api import expect

    base = site["base"]
    facilitator = Watched(new_page())
    page = facilitator.page
    browser_sign_in(page, base, "facilitator@polyvox.example")
    facilitator.goto(f"{base}/fr/workshops/")
    page.fill("#id_title", "Atelier CSP")
    page.select_option("#id_template", "cps")
    page.click("form.ws-create button[type=submit]")
    page.wait_for_url(re.compile(r"/control/$"))
    code = page.url.rstrip("/").split("/")[-2]
    expect(page.locator("[data-live][data-connected='1']")).to_be_attached()  # EventSource: connect-src 'self'

    participant = Watched(new_page(viewport={"width": 390, "height": 844}))
    phone = participant.goto(f"{base}/j/{code}")
    phone.fill("#id_display_name", "Alice")
    phone.check("input[name=language][value=fr]")
    phone.click("form.ws-join-form button[type=submit]")
    phone.wait_for_url(re.compile(rf"/fr/workshops/{code}/$"))
    expect(phone.locator("[data-live][data-connected='1']")).to_be_attached()

    wall = Watched(page.context.new_page())
    wall.goto(f"{base}/fr/workshops/{code}/wall/")
    expect(wall.page.locator("[data-live][data-connected='1']")).to_be_attached()
    page.locator(".ws-agenda-item").nth(1).locator("button").click()  # brainwriting opens (fetch)
    expect(phone.locator("#idea-text")).to_be_visible()
    phone.fill("#idea-text", "Des sirènes plus douces la nuit")
    phone.locator(".ws-idea-form button[type=submit]").click()
    for screen in (page, wall.page):  # the idea arrives live, without a reload
        expect(screen.locator(".ws-idea-text", has_text="Des sirènes plus douces la nuit")).to_be_visible(timeout=5000)
    for name, screen in (("facilitator", facilitator), ("participant", participant), ("wall", wall)):
        screen.assert_clean(f"workshop {name} page")


# ----------------------------------------------------------------------------------- links on PORT

def test_links_in_an_email_a_letter_and_a_qr_code_answer_on_the_port(site):
    """SITE_URL is unset and PORT is not 8000: every link the platform writes must answer on PORT."""
    import segno
    from pypdf import PdfReader

    base, port = site["base"], site["port"]
    assert port != 8000
    anonymous = httpx.Client(timeout=30)

    # An e-mail: the initiatives' notice, written by the server's own code path and settings.
    send = ("from django.conf import settings\n"
            "from django.contrib.auth import get_user_model\n"
            "from django.core import mail\n"
            "from polyvox.initiatives.models import Initiative\n"
            "from polyvox.initiatives.services import notify\n"
            "settings.EMAIL_BACKEND = 'django.core.mail.backends.locmem.EmailBackend'\n"
            "mail.outbox = []\n"
            "notify(Initiative.objects.filter(publication_state='published').first(), 'published',"
            " get_user_model().objects.filter(email='editor.anderlecht@polyvox.example'))\n"
            "print('MAIL' + '\\n'.join(message.body for message in mail.outbox))\n")
    output = subprocess.run([sys.executable, "-m", "polyvox", "manage", "shell", "-c", send], env=site["env"], check=True,
                            capture_output=True, text=True).stdout
    links = re.findall(r"https?://\S+", output.split("MAIL", 1)[1])
    assert links and all(link.startswith(f"http://127.0.0.1:{port}/") for link in links), links
    for link in links:
        assert anonymous.get(link).status_code == 200, link

    # A printed invitation letter (PDF): the registration address it prints answers.
    staff = signed_in(base, "staff@polyvox.example")
    letters = staff.get("/fr/panels/2/letters.pdf")
    assert letters.headers["content-type"] == "application/pdf"
    text = PdfReader(io.BytesIO(letters.content)).pages[0].extract_text()
    printed = re.search(r"127\.0\.0\.1:(\d+)(/fr/panels/register/)", text)
    assert printed and printed.group(1) == str(port), text
    assert anonymous.get(f"http://127.0.0.1:{port}{printed.group(2)}").status_code == 200

    # The dashboard's registration links.
    dashboard = staff.get("/fr/panels/2/").text
    assert f'href="http://127.0.0.1:{port}/nl/panels/register/"' in dashboard

    # A workshop's QR code: the URL in its title is exactly what the code encodes, and it answers.
    facilitator = signed_in(base, "facilitator@polyvox.example")
    created = facilitator.post("/fr/workshops/new/", data={
        "template": "cps", "title": "QR", "challenge": "?", "csrfmiddlewaretoken": facilitator.cookies["csrftoken"]},
        headers={"Referer": f"{base}/fr/workshops/"})
    code = created.headers["location"].split("/")[3]
    wall = facilitator.get(f"/fr/workshops/{code}/wall/").text
    svg = re.search(r"<svg.*?</svg>", wall, re.S).group(0)
    url = re.search(r"(http://127\.0\.0\.1:\d+/j/\w+)", svg).group(1)
    assert url == f"http://127.0.0.1:{port}/j/{code}"
    encoded = segno.make(url, error="m").svg_inline(scale=6, dark="#111", light="#fff")
    assert re.findall(r' d="([^"]+)"', encoded) == re.findall(r' d="([^"]+)"', svg)  # the same modules
    assert anonymous.get(url).status_code == 200
