"""An initiative's page: everything of the model, fallback notes, slug redirect, 404, drafts, attachments."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from polyvox.core.registry import Contribution
from polyvox.core.testing import declare
from polyvox.initiatives.models import FollowUp, Link, Step
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


def url(initiative, lang="fr", slug=None):
    with translation.override(lang):
        return reverse("initiatives:detail", args=[initiative.pk, slug or initiative.slug])


def test_page_shows_everything(client, inventory):
    bockstael = inventory["items"]["bockstael"]
    Step.objects.create(initiative=bockstael, date=datetime.date(2023, 5, 10), title_fr="Tirage au sort", title_nl="Loting", title_en="Sortition")
    Step.objects.create(initiative=bockstael, date=datetime.date(2023, 6, 10), title_fr="Séances du jury", title_nl="Zittingen")
    FollowUp.objects.create(initiative=bockstael, date=datetime.date(2024, 1, 10), text_fr="La Ville a adopté 12 recommandations.")
    Link.objects.create(initiative=bockstael, label_fr="Site du projet", url="https://example.org/bockstael")
    bockstael.results_fr = "Vingt recommandations."
    bockstael.participants_count = 36
    bockstael.save()
    html = client.get(url(bockstael)).content.decode()
    for text in ("Open jury Bockstael", "Tirage au sort", "Séances du jury", "La Ville a adopté 12 recommandations.",
                 "https://example.org/bockstael", "Vingt recommandations.", "36", "Ville de Bruxelles", "Bruxelles",
                 'class="timeline"', "/fr/toolbox/methods/mini-publics/", "Aménagement urbain", "data-point-map",
                 'data-lat="50.871000"'):
        assert text in html, text
    assert "IAP2" in html


def test_fallback_note_and_lang_attribute(client, inventory):
    schaerbeek = inventory["items"]["schaerbeek"]  # no English title
    html = client.get(url(schaerbeek, "en")).content.decode()
    assert "fallback-note" in html
    assert '<h1 lang="fr">Vision pour Schaerbeek Formation</h1>' in html
    commissions = inventory["items"]["commissions"]
    commissions.body_fr = commissions.body_en = ""
    commissions.save()
    html = client.get(url(commissions, "fr")).content.decode()
    assert 'class="prose" lang="nl"' in html and "fallback-note" in html


def test_wrong_slug_redirects_and_unknown_id_is_translated_404(client, inventory):
    bizet = inventory["items"]["bizet"]
    response = client.get(url(bizet, slug="wrong-slug"))
    assert response.status_code == 301 and response["Location"] == url(bizet)
    response = client.get(url(bizet, "nl").replace(str(bizet.pk), "999999"))
    assert response.status_code == 404
    assert '<html lang="nl">' in response.content.decode()


def test_draft_visible_only_to_staff_and_organiser_editors(client, inventory, people):
    draft = inventory["items"]["draft"]
    assert client.get(url(draft)).status_code == 404
    sign_in(client, people["citizen"])
    assert client.get(url(draft)).status_code == 404
    sign_in(client, people["editor_b"])
    assert client.get(url(draft)).status_code == 404
    sign_in(client, people["editor_a"])
    response = client.get(url(draft))
    assert response.status_code == 200 and "state-banner" in response.content.decode()
    sign_in(client, people["staff"])
    assert client.get(url(draft)).status_code == 200


def test_language_switcher_keeps_the_page(client, inventory):
    bizet = inventory["items"]["bizet"]
    html = client.get(url(bizet, "fr")).content.decode()
    assert f'href="{url(bizet, "nl")}"' in html and f'href="{url(bizet, "en")}"' in html


def _workshops_attachments(initiative, request):
    return [{"title": f"Atelier de {initiative.pk}", "url": "/fr/workshops/1/", "kind": "atelier"}]


def _broken_attachments(initiative, request):
    raise RuntimeError("boom")


def test_attachments_from_other_apps(client, inventory, monkeypatch):
    bizet = inventory["items"]["bizet"]
    declare(monkeypatch, Contribution("initiative_page", f"{__name__}._workshops_attachments"),
            Contribution("initiative_page", f"{__name__}._broken_attachments"))
    html = client.get(url(bizet)).content.decode()
    assert f"Atelier de {bizet.pk}" in html and "/fr/workshops/1/" in html


def test_markdown_scripts_are_neutralised(client, inventory):
    bizet = inventory["items"]["bizet"]
    bizet.body_fr = 'Hello <script>alert("x")</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>'
    bizet.title_fr = '<script>alert("t")</script>Titre'
    bizet.save()
    html = client.get(url(bizet)).content.decode()
    assert "<script>alert" not in html
    assert "javascript:alert" not in html
    assert "onerror" not in html
    assert "&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;Titre" in html


def test_open_data_page_describes_every_field(client, db):
    from polyvox.initiatives.exports import FIELDS
    from pathlib import Path

    html = client.get(reverse("initiatives:open-data")).content.decode()
    docs = (Path(__file__).resolve().parents[4] / "docs" / "open-data.md").read_text()
    for field in FIELDS:
        assert f'id="field-{field.name}"' in html
        assert f"`{field.name}`" in docs
