"""In a real browser: filtering and searching the list, the map's markers and filters, switching language
on a page, an editor proposing an initiative and staff publishing it; axe-core on list, map and page."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from polyvox.initiatives.models import Initiative
from polyvox.initiatives.tests import factories as f

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def address(live_server, name, lang="fr", args=None):
    with translation.override(lang):
        return live_server.url + reverse(name, args=args)


def test_filter_and_search_the_list(inventory, live_server, page):
    page.goto(address(live_server, "initiatives:list"))
    heading = page.locator("#result-count")
    assert heading.inner_text().strip() == "6 résultat(s)"
    page.get_by_label(re.compile(r"^2023")).check()
    page.get_by_role("button", name="Appliquer les filtres").click()
    page.wait_for_url(re.compile(r"year=2023"))
    assert heading.inner_text().strip() == "3 résultat(s)"
    assert page.get_by_label(re.compile(r"^2023")).is_checked()
    # combine with a status: counts follow
    page.get_by_label(re.compile(r"^en cours")).check()
    page.get_by_role("button", name="Appliquer les filtres").click()
    page.wait_for_url(re.compile(r"status=ongoing"))
    assert heading.inner_text().strip() == "2 résultat(s)"
    # search without accents, in another language's word
    page.get_by_label("Rechercher", exact=True).first.fill("EMILE")
    page.get_by_label(re.compile(r"^en cours")).uncheck()
    page.get_by_role("button", name="Appliquer les filtres").click()
    page.wait_for_url(re.compile(r"q=EMILE"))
    assert heading.inner_text().strip() == "1 résultat(s)"
    assert page.locator(".initiative-card h3").inner_text().startswith("Open jury Bockstael")
    # the address is shareable: opening it again gives the same state
    url = page.url
    page.goto(url)
    assert heading.inner_text().strip() == "1 résultat(s)"


def test_map_shows_markers_and_filters_them(inventory, live_server, page):
    page.goto(address(live_server, "initiatives:map"))
    leaflet_map = page.locator("#inventory-map")
    assert leaflet_map.get_attribute("aria-label")
    page.wait_for_selector("#inventory-map[data-markers]")
    # 6 published: 4 placed (point or municipality), 2 whole-region listed below the map
    assert leaflet_map.get_attribute("data-markers") == "4"
    assert page.locator("#inventory-map .leaflet-marker-icon").count() >= 1
    assert page.locator("#map-unplaced li").count() == 2
    page.wait_for_selector("#inventory-map path.leaflet-interactive, #inventory-map svg path")
    # the list with the same filters is one link away
    assert page.get_by_role("link", name="Voir ces initiatives sous forme de liste").get_attribute("href").endswith("/fr/initiatives/")

    page.get_by_label(re.compile(r"^2022")).check()
    page.get_by_role("button", name="Appliquer les filtres").click()
    page.wait_for_url(re.compile(r"year=2022"))
    page.wait_for_selector("#inventory-map[data-markers]")
    assert leaflet_map.get_attribute("data-markers") == "1"  # Megafon (Anderlecht); the climate days are region-wide
    assert page.get_by_role("link", name="Voir ces initiatives sous forme de liste").get_attribute("href").endswith("?year=2022")
    # a marker's popup links to the page
    page.locator("#inventory-map .leaflet-marker-icon").first.click()
    link = page.locator(".leaflet-popup-content a")
    link.wait_for()
    assert link.inner_text() == "Megafon, ma voix pour mon quartier"
    link.click()
    page.wait_for_url(re.compile(r"/fr/initiatives/\d+-megafon"))


def test_switching_language_keeps_the_page(inventory, live_server, page):
    bizet = inventory["items"]["bizet"]
    page.goto(live_server.url + bizet.get_absolute_url())
    assert page.locator("h1").inner_text() == "Budget participatif du contrat de quartier Bizet"
    if bizet.latitude is not None or bizet.municipality_id:
        # the small map of the page shows the initiative's place (shared core/maps.js)
        page.wait_for_selector("[data-point-map] .leaflet-marker-icon")
    page.locator(".language-switcher a[hreflang=nl]").click()
    page.wait_for_url(re.compile(rf"/nl/initiatives/{bizet.pk}-"))
    assert page.locator("h1").inner_text() == "Burgerbegroting wijkcontract Bizet"
    assert page.locator("html").get_attribute("lang") == "nl"
    page.locator(".language-switcher a[hreflang=en]").click()
    page.wait_for_url(re.compile(rf"/en/initiatives/{bizet.pk}-"))
    assert page.locator("h1").inner_text() == "Bizet participatory budget"


def login(page, live_server, email, lang="fr"):
    from polyvox.accounts.models import User
    from polyvox.accounts.second_factor import requires_second_factor
    from polyvox.accounts.testing import device_of, next_code

    user = User.objects.get(email=email)
    if requires_second_factor(user):
        device_of(user)  # staff and editors have their authenticator app enrolled
    page.goto(address(live_server, "accounts:login", lang))
    form = page.locator("main form").first
    form.locator("input[name=username]").fill(email)
    form.locator("input[name=password]").fill(f.PASSWORD)
    form.locator("button[type=submit], input[type=submit]").first.click()
    page.wait_for_load_state()
    if "/second-factor/" in page.url:  # the second step: the app's code
        page.locator("main input[name=code]").fill(next_code(user))
        page.locator("main form button[type=submit]").first.click()
        page.wait_for_load_state()


def logout(page):
    page.context.clear_cookies()


def test_editor_proposes_and_staff_publishes(inventory, people, live_server, page):
    login(page, live_server, "editor.a@test.example")
    page.goto(address(live_server, "initiatives:propose"))
    page.locator("#id_title_fr").fill("Potager collectif de Cureghem")
    page.locator("#id_summary_fr").fill("Un potager partagé au cœur du quartier.")
    page.locator("#id_body_fr").fill("Les habitants **cultivent** ensemble.")
    page.locator("#id_title_nl").fill("Gemeenschappelijke moestuin Kuregem")
    page.locator("#id_summary_nl").fill("Een gedeelde moestuin in het hart van de wijk.")
    # Dutch description forgotten, and a date typed wrongly
    page.locator("#id_start_date").fill("2025-03-01")
    page.locator("#id_end_date").fill("2024-01-01")
    page.locator("#id_governance_level").select_option("neighbourhood")
    page.locator("#id_participation_level").select_option("co-construction")
    page.locator("#id_municipality").select_option(label="Anderlecht")
    page.locator("[data-pick-map]").click()  # a click on the map fills the point's coordinates
    assert page.locator("#id_latitude").input_value() and page.locator("#id_longitude").input_value()
    page.get_by_role("button", name="Enregistrer comme brouillon").click()
    # errors: what was typed is kept, the summary says what to fix
    assert page.locator("#error-summary").is_visible()
    assert "La date de fin ne peut pas précéder la date de début." in page.locator("#error-summary").inner_text()
    assert page.locator("#id_title_fr").input_value() == "Potager collectif de Cureghem"
    page.locator("#id_end_date").fill("")
    page.get_by_role("button", name="Enregistrer comme brouillon").click()
    page.wait_for_url(re.compile(r"/fr/initiatives/\d+/edit/"))
    created = Initiative.objects.get(title_fr="Potager collectif de Cureghem")
    assert created.publication_state == "draft"
    # submitting without the Dutch description is refused with a clear message
    page.get_by_role("button", name="Soumettre pour publication").first.click()
    assert "description (néerlandais)" in page.locator(".messages").inner_text()
    page.locator("#id_body_nl").fill("De bewoners **telen** samen.")
    page.get_by_role("button", name="Enregistrer les modifications").click()
    page.get_by_role("button", name="Soumettre pour publication").first.click()
    assert "soumise pour publication" in page.locator(".messages").inner_text()
    created.refresh_from_db()
    assert created.publication_state == "submitted"

    logout(page)
    login(page, live_server, "staff@test.example")
    page.goto(address(live_server, "initiatives:review"))
    row = page.locator("tr", has_text="Potager collectif de Cureghem")
    row.get_by_role("button", name=re.compile("Publier")).click()
    page.wait_for_url(re.compile(r"/review/"))
    created.refresh_from_db()
    assert created.publication_state == "published"

    logout(page)
    page.goto(address(live_server, "initiatives:list") + "?q=cureghem")
    assert page.locator("#result-count").inner_text().strip() == "1 résultat(s)"


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_accessibility_of_list_map_and_page(inventory, live_server, page, axe_check, lang):
    page.goto(address(live_server, "initiatives:list", lang) + "?year=2023")
    axe_check(page, f"list ({lang})")
    page.goto(address(live_server, "initiatives:map", lang))
    page.wait_for_selector("#inventory-map[data-markers]")
    axe_check(page, f"map ({lang})")
    bockstael = inventory["items"]["bockstael"]
    with translation.override(lang):
        page.goto(live_server.url + bockstael.get_absolute_url())
    page.wait_for_selector(".leaflet-marker-icon")
    axe_check(page, f"detail ({lang})")
