"""The recruitment workflow through its pages, up to the draw: presets, register extract, invitations and
letters, registration with a code, dashboard figures, quotas and the feasibility check."""

from __future__ import annotations

import io

from django.urls import reverse
from pypdf import PdfReader

from polyvox.core.transitions import history
from polyvox.panels import services
from polyvox.panels.models import Panel, PanelState, Preset, RegisterEntry, Volunteer
from polyvox.panels.tests.conftest import blank_panel, client_for, invited_panel, register_csv, register_volunteers


def _upload(client, panel, content: bytes, name="registre.csv"):
    upload = io.BytesIO(content)
    upload.name = name
    return client.post(reverse("panels:upload_register", args=[panel.pk]), {"file": upload})


def test_create_brussels_committee_preset(world, editor_client):
    response = editor_client.post(reverse("panels:create", args=[world.initiative.pk]), {
        "title_fr": "Commission délibérative sur le logement", "title_nl": "Overlegcommissie over huisvesting",
        "preset": Preset.BRUSSELS_COMMITTEE})
    panel = Panel.objects.get()
    assert response.status_code == 302 and response.url == panel.get_absolute_url()
    assert panel.panel_size == 45
    assert [f.key for f in panel.ordered_features()] == ["gender", "age", "municipality", "language", "education"]
    municipality = panel.features.get(key="municipality")
    assert municipality.values.count() == 19
    shares = {v.key: v.population_share for v in municipality.values.all()}
    assert abs(sum(shares.values()) - 100) < 0.1
    assert shares["21004"] > shares["21011"]  # Bruxelles is larger than Koekelberg
    bruxelles = municipality.values.get(key="21004")
    assert bruxelles.min_seats <= bruxelles.population_share / 100 * 45 <= bruxelles.max_seats
    assert history(panel)[0].action == "create"


def test_bad_register_extract_is_refused_whole_with_line_numbers(world, editor_client):
    panel = blank_panel(world)
    bad = (b"id,last_name,first_name,street,postcode,municipality\n"
           b"1,Dupont,Marie,Rue Haute 1,1000,Bruxelles\n"
           b"2,Peeters,,Rue Neuve 2,1000,Bruxelles\n"
           b"3,Janssens,Jan,Kerkstraat 3,1030,Atlantis\n"
           b"1,Durand,Paul,Rue Basse 4,1000,21004\n")
    response = _upload(editor_client, panel, bad)
    assert response.status_code == 400
    text = response.content.decode()
    assert "Ligne 3" in text or "Line 3" in text
    assert "Atlantis" in text and ("Ligne 5" in text or "Line 5" in text)
    assert RegisterEntry.objects.count() == 0
    missing = _upload(editor_client, panel, b"id,name\n1,Dupont\n")
    assert missing.status_code == 400 and "last_name" in missing.content.decode()
    assert RegisterEntry.objects.count() == 0


def test_stratified_invitations_follow_population_and_letters_are_bilingual(world, editor_client):
    panel = blank_panel(world)
    assert _upload(editor_client, panel, register_csv(1900, towns=world.towns)).status_code == 302
    assert panel.register_entries.count() == 1900
    response = editor_client.post(reverse("panels:draw_invitations", args=[panel.pk]), {
        "count": 200, "stratified": "on", "seed": "tirage des lettres", "deadline": "2026-03-01"})
    assert response.status_code == 302
    panel.refresh_from_db()
    assert panel.state == PanelState.INVITED and panel.invitations_seed == "tirage des lettres"
    invitations = list(panel.invitations.select_related("municipality"))
    assert len(invitations) == 200
    assert len({i.code for i in invitations}) == 200
    assert all(len(i.code) == 8 and not set(i.code) & set("01OILZ25SB8") for i in invitations)
    total = sum(m.population for m in world.towns.values())
    for town in world.towns.values():
        got = sum(1 for i in invitations if i.municipality_id == town.pk)
        assert abs(got - 200 * town.population / total) <= 1, town.name_fr
    # The same seed redraws the same people (the draw is recorded and reproducible).
    from polyvox.panels.register_extract import draw_invitation_entries

    again = draw_invitation_entries(panel, 200, "tirage des lettres", True)
    assert sorted(e.pk for e in again) == sorted(i.entry_id for i in invitations)

    pdf = editor_client.get(reverse("panels:letters", args=[panel.pk]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(pdf.content))
    assert len(reader.pages) == 400  # each letter and its reply slip
    first = reader.pages[0].extract_text()
    assert "Vous avez été tiré·e au sort" in first and "U bent geloot" in first
    assert invitations[0].display_code in first
    assert "/fr/panels/register/" in first and "/nl/panels/register/" in first
    flat = " ".join(first.split())
    assert "1 mars 2026" in flat and "1 maart 2026" in flat, flat


def test_uniform_invitations(world):
    panel = blank_panel(world)
    services.upload_register(panel, world.editor, "r.csv", register_csv(100, towns=world.towns))
    assert services.draw_invitations(panel, world.editor, 30, stratified=False, seed="x") == 30
    assert "uniform" in history(panel).last().message


def test_registration_with_code_consent_and_correction(world):
    panel = invited_panel(world)
    invitation = panel.invitations.first()
    client = client_for(None)
    wrong = client.post(reverse("panels:register"), {"code": "AAAA-AAAA"})
    assert wrong.status_code == 400 and "pas valide" in wrong.content.decode()
    ok = client.post(reverse("panels:register"), {"code": invitation.display_code.lower()})
    assert ok.status_code == 302 and ok.url == reverse("panels:register_form")
    form = client.get(ok.url)
    assert "Genre" in form.content.decode() and "consent" in form.content.decode()
    data = {"feature_gender": "woman", "feature_age": "old", "first_name": "Marie", "last_name": "Dupont",
            "email": "Marie@Example.test", "language": "nl"}
    refused = client.post(ok.url, data)
    assert refused.status_code == 400 and "consentement" in refused.content.decode()
    assert not Volunteer.objects.exists()
    done = client.post(ok.url, {**data, "consent": "on"})
    assert done.status_code == 302
    volunteer = Volunteer.objects.get()
    assert volunteer.features == {"gender": "woman", "age": "old"} and volunteer.email == "marie@example.test"
    assert volunteer.consent_at and volunteer.language == "nl"
    assert volunteer.pseudonym in client.get(done.url).content.decode()

    # The code works once: someone else typing it cannot see the registration...
    other = client_for(None)
    used = other.post(reverse("panels:register"), {"code": invitation.code})
    assert used.status_code == 400 and "déjà été utilisé" in used.content.decode()
    # ...the person, with their e-mail address, sees and corrects it until registration closes.
    again = other.post(reverse("panels:register"), {"code": invitation.code, "email": "marie@example.test"})
    assert again.status_code == 302
    assert "Marie" in other.get(again.url).content.decode()
    other.post(again.url, {**data, "feature_age": "young", "consent": "on"})
    volunteer.refresh_from_db()
    assert volunteer.features["age"] == "young" and Volunteer.objects.count() == 1
    services.move(panel, world.editor, "close_registration")
    closed = other.post(reverse("panels:register"), {"code": invitation.code, "email": "marie@example.test"})
    assert closed.status_code == 400 and "fermée" in closed.content.decode()


def test_registration_page_in_dutch_and_english(world):
    panel = invited_panel(world)
    client = client_for(None)
    client.post("/nl/panels/register/", {"code": panel.invitations.first().code})
    page = client.get("/nl/panels/register/form/").content.decode()
    assert "Gender" in page and "Vrouw" in page and "Inschrijven" in page
    client_en = client_for(None)
    client_en.post("/en/panels/register/", {"code": panel.invitations.last().code})
    page = client_en.get("/en/panels/register/form/").content.decode()
    assert "Woman" in page and "I agree" in page


def test_dashboard_figures_against_quotas(world, editor_client):
    panel = invited_panel(world)
    register_volunteers(panel, 10, skew=lambda n: ("woman" if n < 7 else "man", "old" if n < 8 else "young"))
    page = editor_client.get(reverse("panels:dashboard", args=[panel.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "10 (25,0 % des invités)" in text
    assert "70,0 %" in text and "30,0 %" in text  # women/men among volunteers
    assert 'width="70.0%"' in text  # the bar, whatever the language
    assert 'role="img"' in text and "80,0 % des volontaires" in text
    from polyvox.panels.figures import pool_against_quotas

    gender, age = pool_against_quotas(panel)
    assert [(r["value"].key, r["count"]) for r in gender["rows"]] == [("woman", 7), ("man", 3)]
    assert [(r["value"].key, r["count"], r["enough"]) for r in age["rows"]] == [("young", 2, True), ("old", 8, True)]


def test_quotas_edit_propose_and_infeasible_message(world, editor_client):
    panel = invited_panel(world)
    register_volunteers(panel, 10, skew=lambda n: ("woman" if n < 8 else "man", ("young", "old")[n % 2]))
    gender = panel.features.get(key="gender")
    man = gender.values.get(key="man")
    woman = gender.values.get(key="woman")
    url = reverse("panels:quotas", args=[panel.pk])
    assert editor_client.get(url).status_code == 200
    post = {}
    for value in [v for f in panel.features.all() for v in f.values.all()]:
        post.update({f"share_{value.pk}": "50", f"min_{value.pk}": value.min_seats, f"max_{value.pk}": value.max_seats})
    post[f"min_{man.pk}"], post[f"max_{man.pk}"] = 4, 4
    post[f"max_{woman.pk}"] = 2
    assert editor_client.post(url, post).status_code == 302
    man.refresh_from_db()
    assert (man.min_seats, man.max_seats) == (4, 4)
    bad = editor_client.post(url, {**post, f"min_{man.pk}": 5, f"max_{man.pk}": 3})
    assert bad.status_code == 400
    # Only two men volunteered: four men cannot sit; the check says which quota and the smallest change.
    editor_client.post(reverse("panels:feasibility", args=[panel.pk]))
    text = editor_client.get(reverse("panels:dashboard", args=[panel.pk])).content.decode()
    assert "Aucun panel ne respecte les quotas" in text
    assert "Genre – Homme" in text
    assert "abaisser le minimum de 4 à 2" in text
    panel.refresh_from_db()
    assert panel.feasibility["feasible"] is False
    # Running the selection is refused, nothing is relaxed.
    services.move(panel, world.editor, "close_registration")
    response = editor_client.post(reverse("panels:start_selection", args=[panel.pk]), {"seed": "x"})
    panel.refresh_from_db()
    assert panel.state == PanelState.REGISTRATION_CLOSED and panel.result_json is None
    man.refresh_from_db()
    assert (man.min_seats, man.max_seats) == (4, 4)
    assert response.status_code == 302
    # Proposing from the shares (as typed) resets the quotas from the population.
    services.move(panel, world.editor, "reopen_registration")
    editor_client.post(url, {**post, f"share_{man.pk}": "25", f"share_{woman.pk}": "75", "propose": "1"})
    man.refresh_from_db()
    woman.refresh_from_db()
    assert man.population_share == 25 and (man.min_seats, man.max_seats) == (0, 3)
    assert (woman.min_seats, woman.max_seats) == (3, 6)


def test_blank_preset_features_defined_by_the_organiser(world, editor_client):
    editor_client.post(reverse("panels:create", args=[world.initiative.pk]), {
        "title_fr": "Panel de quartier", "title_nl": "Wijkpanel", "preset": Preset.BLANK, "panel_size": 12})
    panel = Panel.objects.get()
    assert panel.panel_size == 12 and not panel.features.exists()
    url = reverse("panels:add_feature", args=[panel.pk])
    editor_client.post(url, {"name_fr": "Locataire ou propriétaire", "name_nl": "Huurder of eigenaar",
                             "values": "Locataire | Huurder | Tenant\nPropriétaire | Eigenaar | Owner\n"})
    feature = panel.features.get()
    assert feature.key == "locataire-ou-proprietaire"
    assert [(v.key, v.label_nl) for v in feature.values.all()] == [("tenant", "Huurder"), ("owner", "Eigenaar")]
    editor_client.post(url, {"name_fr": "Seul", "name_nl": "Alleen", "values": "Oui | Ja | Yes"})
    assert panel.features.count() == 1  # one value is not a feature
