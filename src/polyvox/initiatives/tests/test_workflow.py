"""Editors propose and edit their organisation's initiatives; staff publish or send back; each step is
audited and e-mailed in the recipient's language; nothing is published without French and Dutch."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from polyvox.core.models import AuditEntry
from polyvox.core.transitions import history
from polyvox.initiatives import services
from polyvox.initiatives.models import Initiative, PublicationState
from polyvox.accounts.testing import sign_in

pytestmark = pytest.mark.django_db


def form_data(organiser, **changes):
    data = {
        "title_fr": "Atelier vélo de quartier", "title_nl": "Buurtfietsatelier", "title_en": "",
        "summary_fr": "Un atelier.", "summary_nl": "Een atelier.", "summary_en": "",
        "body_fr": "Le **corps**.", "body_nl": "De **tekst**.", "body_en": "",
        "results_fr": "", "results_nl": "", "results_en": "",
        "organiser": str(organiser.pk), "start_date": "2025-04-01", "end_date": "", "status": "planned",
        "method_family": "", "governance_level": "municipal", "municipality": "", "latitude": "", "longitude": "",
        "participation_level": "consultation", "participants_count": "",
    }
    for prefix in ("steps", "follow_ups", "links", "documents"):
        data.update({f"{prefix}-TOTAL_FORMS": "1", f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MIN_NUM_FORMS": "0",
                     f"{prefix}-MAX_NUM_FORMS": "1000"})
    data.update(changes)
    return data


def test_editor_proposes_for_their_organisation_only(client, inventory, people):
    sign_in(client, people["editor_a"])
    response = client.get(reverse("initiatives:propose"))
    assert response.status_code == 200
    assert list(response.context["form"].fields["organiser"].queryset) == [inventory["org_a"]]
    # another organisation is refused by the form
    response = client.post(reverse("initiatives:propose"), form_data(inventory["org_b"]))
    assert response.status_code == 200 and response.context["form"].errors["organiser"]
    data = form_data(inventory["org_a"], **{
        "steps-0-date": "2025-04-10", "steps-0-title_fr": "Lancement", "steps-0-title_nl": "Start",
        "links-0-url": "https://example.org/velo", "links-0-label_fr": "Site",
        "follow_ups-0-date": "2025-09-01", "follow_ups-0-text_fr": "Trois ateliers ont suivi.",
        "latitude": "50.83", "longitude": "4.31",
    })
    response = client.post(reverse("initiatives:propose"), data)
    assert response.status_code == 302
    created = Initiative.objects.get(title_fr="Atelier vélo de quartier")
    assert created.publication_state == PublicationState.DRAFT
    assert created.organiser == inventory["org_a"] and created.created_by == people["editor_a"]
    assert created.steps.get().title_nl == "Start"
    assert created.links.get().url == "https://example.org/velo"
    assert created.follow_ups.get().text_fr == "Trois ateliers ont suivi."
    assert [e.action for e in history(created)] == ["create"]


def test_editor_cannot_edit_another_organisation(client, inventory, people):
    bockstael = inventory["items"]["bockstael"]  # organised by B
    sign_in(client, people["editor_a"])
    assert client.get(reverse("initiatives:edit", args=[bockstael.pk])).status_code == 403
    assert client.post(reverse("initiatives:edit", args=[bockstael.pk]), form_data(inventory["org_b"])).status_code == 403
    assert client.post(reverse("initiatives:submit", args=[inventory["items"]["draft"].pk])).status_code == 302
    sign_in(client, people["editor_b"])
    # Another organisation's draft is not theirs to see: 404, as if it did not exist (published ones: 403 above).
    assert client.post(reverse("initiatives:submit", args=[inventory["items"]["draft"].pk])).status_code == 404
    sign_in(client, people["citizen"])
    assert client.get(reverse("initiatives:propose")).status_code == 403
    client.logout()
    response = client.get(reverse("initiatives:propose"))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_form_errors_keep_input_and_speak_the_user_language(client, inventory, people):
    sign_in(client, people["editor_a"])
    data = form_data(inventory["org_a"], title_fr="", title_nl="", summary_fr="Mon résumé gardé", end_date="2020-01-01",
                     latitude="50.8")
    response = client.post("/nl/initiatives/propose/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Mon résumé gardé" in html
    assert "error-summary" in html
    errors = response.context["form"].errors
    assert "title_fr" in errors and "end_date" in errors and "longitude" in errors
    assert "De einddatum" in html  # Dutch message


def test_hostile_input_is_neutralised(client, inventory, people):
    sign_in(client, people["editor_a"])
    data = form_data(inventory["org_a"], title_fr='<script>alert(1)</script>Vélo',
                     body_fr='<script>alert(2)</script><a href="javascript:alert(3)">x</a>')
    assert client.post(reverse("initiatives:propose"), data).status_code == 302
    created = Initiative.objects.get(title_nl="Buurtfietsatelier")
    html = client.get(created.get_absolute_url()).content.decode()
    assert "<script>alert" not in html and "javascript:alert" not in html


def test_full_cycle_with_audit_and_mails_in_each_language(client, inventory, people):
    draft = inventory["items"]["draft"]
    # the draft lacks Dutch texts: cannot be submitted
    draft.title_nl = draft.summary_nl = draft.body_nl = ""
    draft.save()
    sign_in(client, people["editor_a"])
    response = client.post(reverse("initiatives:submit", args=[draft.pk]), follow=True)
    assert "Dutch" in response.content.decode() or "néerlandais" in response.content.decode()
    draft.refresh_from_db()
    assert draft.publication_state == "draft"
    draft.title_nl, draft.summary_nl, draft.body_nl = "Geheim ontwerp", "Samenvatting", "Tekst"
    draft.save()

    mail.outbox.clear()
    client.post(reverse("initiatives:submit", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.publication_state == "submitted"
    assert [m.to for m in mail.outbox] == [["staff@test.example"]]
    assert "Te beoordelen" in mail.outbox[0].subject  # the staff member reads Dutch

    # send back: the reason is required
    sign_in(client, people["staff"])
    response = client.post(reverse("initiatives:send-back", args=[draft.pk]), {"reason": "  "})
    assert response.status_code == 400
    draft.refresh_from_db()
    assert draft.publication_state == "submitted"
    mail.outbox.clear()
    client.post(reverse("initiatives:send-back", args=[draft.pk]), {"reason": "Ajoutez les dates des étapes."})
    draft.refresh_from_db()
    assert draft.publication_state == "returned" and draft.return_reason == "Ajoutez les dates des étapes."
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert set(by_recipient) == {"editor.a@test.example", "editor.a.nl@test.example"}
    assert "Renvoyée" in by_recipient["editor.a@test.example"].subject
    assert "Teruggestuurd" in by_recipient["editor.a.nl@test.example"].subject
    assert "Ajoutez les dates des étapes." in by_recipient["editor.a.nl@test.example"].body

    sign_in(client, people["editor_a"])
    client.post(reverse("initiatives:submit", args=[draft.pk]))
    sign_in(client, people["staff"])
    mail.outbox.clear()
    client.post(reverse("initiatives:publish", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.publication_state == "published" and draft.return_reason == ""
    assert {m.to[0] for m in mail.outbox} == {"editor.a@test.example", "editor.a.nl@test.example"}
    assert any("Publiée" in m.subject for m in mail.outbox) and any("Gepubliceerd" in m.subject for m in mail.outbox)

    entries = [(e.action, e.from_state, e.to_state, e.actor.email) for e in history(draft)]
    assert entries == [
        ("submit", "draft", "submitted", "editor.a@test.example"),
        ("return", "submitted", "returned", "staff@test.example"),
        ("submit", "returned", "submitted", "editor.a@test.example"),
        ("publish", "submitted", "published", "staff@test.example"),
    ]
    assert AuditEntry.objects.filter(action="return", message="Ajoutez les dates des étapes.").exists()
    # now public
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_french_and_dutch_required_to_publish(inventory, people):
    submitted = inventory["items"]["submitted"]
    submitted.body_nl = ""
    submitted.summary_fr = ""
    submitted.save()
    with translation.override("en"), pytest.raises(services.WorkflowError) as error:
        services.publish(submitted, people["staff"])
    assert "summary (French)" in str(error.value) and "description (Dutch)" in str(error.value)
    submitted.refresh_from_db()
    assert submitted.publication_state == "submitted"


def test_editing_a_published_initiative_keeps_it_published_and_tells_staff(client, inventory, people):
    bizet = inventory["items"]["bizet"]
    sign_in(client, people["editor_a"])
    data = form_data(inventory["org_a"], title_fr="Bizet : budget participatif 2024", title_nl="Bizet", summary_nl="S",
                     body_nl="B")
    mail.outbox.clear()
    assert client.post(reverse("initiatives:edit", args=[bizet.pk]), data).status_code == 302
    bizet.refresh_from_db()
    assert bizet.publication_state == "published" and bizet.title_fr == "Bizet : budget participatif 2024"
    assert [m.to for m in mail.outbox] == [["staff@test.example"]]
    last = list(history(bizet))[-1]
    assert last.action == "edit" and "title_fr" in last.message and last.actor == people["editor_a"]
    # removing the Dutch text of a published initiative is refused
    response = client.post(reverse("initiatives:edit", args=[bizet.pk]), {**data, "body_nl": ""})
    assert response.status_code == 200 and response.context["form"].non_field_errors()
    bizet.refresh_from_db()
    assert bizet.body_nl == "B"


def test_review_queue_and_my_initiatives(client, inventory, people):
    sign_in(client, people["editor_a"])
    assert client.get(reverse("initiatives:review")).status_code == 403
    html = client.get(reverse("initiatives:mine")).content.decode()
    assert "Brouillon secret" in html and "Proposition en attente" in html and "Open jury" not in html
    submitted = inventory["items"]["submitted"]
    submitted.body_nl = ""
    submitted.save()
    sign_in(client, people["staff"])
    html = client.get(reverse("initiatives:review")).content.decode()
    assert "Proposition en attente" in html and "Brouillon secret" not in html
    assert "description (néerlandais)" in html


def test_admin_actions(client, inventory, people):
    from django.contrib.auth import get_user_model

    from polyvox.core.tests.factories import give_staff_role

    admin = give_staff_role(get_user_model().objects.create_user("admin@test.example", "x"))
    sign_in(client, admin)
    submitted = inventory["items"]["submitted"]
    url = reverse("admin:initiatives_initiative_changelist")
    response = client.post(url, {"action": "send_back_selected", "_selected_action": [submitted.pk]})
    assert response.status_code == 200 and b"reason" in response.content
    client.post(url, {"action": "send_back_selected", "_selected_action": [submitted.pk], "apply": "1", "reason": "Trop court"})
    submitted.refresh_from_db()
    assert submitted.publication_state == "returned"
    client.post(reverse("initiatives:submit", args=[submitted.pk]))
    client.post(url, {"action": "publish_selected", "_selected_action": [submitted.pk]})
    submitted.refresh_from_db()
    assert submitted.publication_state == "published"
    assert client.get(reverse("admin:initiatives_initiative_change", args=[submitted.pk])).status_code == 200
    assert client.get(reverse("admin:initiatives_theme_changelist")).status_code == 200
