"""In a real browser: an organiser writes the panel's report on a phone (a recommendation by hand, a refused form,
a CSV file, the date), publishes it, and a reader sees the recommendations in Dutch at 390 px; axe-core on each."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from polyvox.accounts.testing import sign_in_page
from polyvox.panels import services
from polyvox.panels.models import Preset, Recommendation, Report

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def test_the_organiser_publishes_the_report_and_the_public_reads_it_on_a_phone(
        transactional_db, live_server, new_page, axe_check, world):
    panel = services.create_panel(world.initiative, world.editor, "Panel du rapport", Preset.BLANK, 12)
    page = new_page(viewport=PHONE)
    sign_in_page(page, live_server.url, world.editor)
    page.goto(f"{live_server.url}/fr/panels/{panel.pk}/report/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Rapport et recommandations")
    axe_check(page, "report page, empty (phone)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    page.get_by_label("Numéro ou référence").fill("R1")
    page.get_by_label("Texte (Français)").fill("Des pistes cyclables séparées de la circulation.")
    page.get_by_label("Texte (Nederlands)").fill("Fietspaden gescheiden van het verkeer.")
    page.get_by_label("Thème ou chapitre (Français)").fill("Mobilité")
    page.get_by_label("Thème ou chapitre (Nederlands)").fill("Mobiliteit")
    page.get_by_label("Soutien au sein du panel (%)").fill("87,5")
    page.get_by_role("button", name="Ajouter la recommandation").click()
    expect(page.get_by_text("Recommandation R1 ajoutée.")).to_be_visible()

    page.get_by_label("Numéro ou référence").fill("R2")
    page.get_by_role("button", name="Ajouter la recommandation").click()  # no text: refused, nothing stored
    expect(page.locator(".error-summary").first).to_contain_text("Écrivez le texte de la recommandation")
    axe_check(page, "report page with a refused recommendation (phone)")
    assert Recommendation.objects.count() == 1

    page.get_by_label("Fichier CSV (UTF-8)").set_input_files(files=[{
        "name": "recommandations.csv", "mimeType": "text/csv",
        "buffer": "reference;theme_fr;theme_nl;text_fr;text_nl;support\n"
                  "R2;Verdure;Groen;Planter des arbres.;Bomen planten.;91,7\n"
                  "R3;Mobilité;Mobiliteit;Garder le marché.;;100\n".encode()}])
    page.get_by_role("button", name="Importer le fichier").click()
    expect(page.get_by_text("2 recommandations importées.")).to_be_visible()

    page.get_by_label("Date du rapport").fill("2026-05-04")
    page.get_by_role("button", name="Enregistrer la date et le document").click()
    page.get_by_role("button", name="Publier le rapport").click()
    expect(page.get_by_text("Le rapport est publié sur la page publique du panel.")).to_be_visible()
    axe_check(page, "report page, published (phone)")
    assert Report.objects.get().is_published

    reader = new_page(viewport=PHONE, locale="nl-BE")
    reader.goto(f"{live_server.url}/nl/panels/{panel.pk}/draw/")
    expect(reader.get_by_role("heading", name="De aanbevelingen van het panel")).to_be_visible()
    expect(reader.get_by_role("heading", name="Mobiliteit")).to_be_visible()
    expect(reader.get_by_text("Fietspaden gescheiden van het verkeer.")).to_be_visible()
    expect(reader.get_by_text("gesteund door 87,5 % van het panel")).to_be_visible()
    # R3 has no Dutch text: its French one is shown, with the note saying so, under the same theme as R1.
    expect(reader.get_by_text("Garder le marché.")).to_be_visible()
    expect(reader.locator(".fallback-note").first).to_contain_text("niet beschikbaar in uw taal")
    assert reader.locator("h3").all_inner_texts() == ["Mobiliteit", "Groen"]
    assert reader.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(reader, "public recommendations (nl, phone)")
