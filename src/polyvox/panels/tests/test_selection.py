"""The selection: the background task and its live progress (Server-Sent Events), the published draw and its
verification, replacements, and the refusals (infeasible quotas, double start, failures)."""

from __future__ import annotations

import json
from datetime import timedelta

from django.core import mail
from django.utils import timezone
from django.urls import reverse
from django.utils.html import escape

from polyvox.core.transitions import history
from polyvox.panels import selection, services
from polyvox.panels.models import Panel, PanelState, Volunteer, VolunteerStatus
from polyvox.panels.tests.conftest import client_for, later
from polyvox.accounts.testing import sign_in
from polyvox.core.testing import run_coroutine


def test_selection_failure_is_reported_not_stuck(world, closed_panel, monkeypatch):
    from polyvox.engines import sortition

    def broken(*args, **kwargs):
        raise RuntimeError("solver crashed")

    monkeypatch.setattr(sortition, "select_panel", broken)
    services.start_selection(closed_panel, world.editor)
    closed_panel.refresh_from_db()
    assert closed_panel.state == PanelState.REGISTRATION_CLOSED
    assert "solver crashed" in closed_panel.selection_error
    page = client_for(world.editor).get(reverse("panels:dashboard", args=[closed_panel.pk])).content.decode()
    assert "solver crashed" in page and "Le dernier calcul" in page


def test_selection_task_meets_quotas_publishes_and_notifies(world, editor_client, closed_panel):
    response = editor_client.post(reverse("panels:start_selection", args=[closed_panel.pk]))
    assert response.status_code == 302
    panel = Panel.objects.get(pk=closed_panel.pk)
    assert panel.state == PanelState.LOTTERY_READY, panel.selection_error
    assert panel.lottery_json["lottery_size"] == 1000 and "seed" not in panel.lottery_json and not mail.outbox
    soon = timezone.localtime() + timedelta(hours=1)
    response = editor_client.post(reverse("panels:announce_draw", args=[closed_panel.pk]), {
        "source": "Le tirage du Lotto du 28 février 2026", "available_at": soon.strftime("%Y-%m-%dT%H:%M"),
        "confirm": "on"})
    panel = Panel.objects.get(pk=closed_panel.pk)
    assert panel.state == PanelState.ANNOUNCED and panel.draw_announced_at is not None
    # Before the announced time, the draw is refused.
    response = editor_client.post(reverse("panels:draw", args=[closed_panel.pk]), {"seed": "Lotto 28/02/2026"})
    assert Panel.objects.get(pk=closed_panel.pk).state == PanelState.ANNOUNCED
    assert "avant" in editor_client.get(response.url).content.decode()
    with later(hours=2):
        response = editor_client.post(reverse("panels:draw", args=[closed_panel.pk]), {"seed": "Lotto 28/02/2026"})
    assert response.status_code == 302
    panel = Panel.objects.get(pk=closed_panel.pk)
    assert panel.state == PanelState.SELECTED, panel.selection_error
    published = panel.result_json
    assert published["method"] == "leximin" and published["lottery_size"] == 1000
    assert published["seed"] == "Lotto 28/02/2026" and len(published["panel"]) == 6
    members = Volunteer.objects.filter(panel=panel, status=VolunteerStatus.SELECTED)
    assert sorted(members.values_list("pseudonym", flat=True)) == sorted(published["panel"])
    for feature in panel.features.all():
        for value in feature.values.all():
            n = sum(1 for m in members if m.features[feature.key] == value.key)
            assert value.min_seats <= n <= value.max_seats
    assert abs(sum(published["probabilities"].values()) - 6) < 1e-6
    assert all(v.probability is not None for v in panel.volunteers.all())
    # Only pseudonyms and features are published.
    text = json.dumps(published)
    assert "example.test" not in text and "Prénom" not in text and "Nom1" not in text
    assert panel.pool_copy == published["people"]
    # Each member is told, in their language.
    assert len(mail.outbox) == 6
    by_address = {m.to[0]: m for m in mail.outbox}
    for member in members:
        message = by_address[member.email]
        expected = {"fr": "Vous avez été tiré", "nl": "U bent geloot", "en": "You have been drawn"}[member.language]
        assert expected in message.subject, (member.language, message.subject)
    assert [e.action for e in history(panel)][-4:] == ["start_selection", "lottery_computed", "announce_draw",
                                                       "publish_selection"]


def test_public_page_shows_seed_and_verifies(world, drawn_panel):
    client = client_for(None)
    page = client.get(reverse("panels:result", args=[drawn_panel.pk]))
    text = page.content.decode()
    assert page.status_code == 200
    assert drawn_panel.seed in text and drawn_panel.lottery_digest in text
    command = 'polyvox sortition verify --json panel-%d.json --seed "%s"' % (drawn_panel.pk, drawn_panel.seed)
    assert escape(command + " --announced-digest " + drawn_panel.lottery_digest) in text
    assert "LEXIMIN" in text
    # No personal data on the public page.
    assert "example.test" not in text and "Prénom" not in text
    assert escape(command + " --optimality") in text and "certificat LEXIMIN" in text
    download = client.get(reverse("panels:result_json", args=[drawn_panel.pk]))
    assert json.loads(download.content)["lottery_digest"] == drawn_panel.lottery_digest
    from polyvox.engines.sortition import check_certificate

    assert check_certificate(json.loads(download.content)).ok  # what the --optimality command checks
    checked = client.get(reverse("panels:result", args=[drawn_panel.pk]), {"seed": drawn_panel.seed}).content.decode()
    assert "Le tirage est vérifié" in checked
    assert f"le panel numéro {drawn_panel.panel_index} sur 1000" in checked
    wrong = client.get(reverse("panels:result", args=[drawn_panel.pk]), {"seed": "another seed"}).content.decode()
    assert "ne se vérifie PAS" in wrong


def test_engine_verification_of_the_downloaded_json(drawn_panel, tmp_path):
    from polyvox.engines.sortition import verify_draw

    published = json.loads(client_for(None).get(reverse("panels:result_json", args=[drawn_panel.pk])).content)
    assert verify_draw(published, drawn_panel.seed).ok
    assert not verify_draw(published, drawn_panel.seed + " ").ok
    # The exact command the public page shows, run on the downloaded file.
    import subprocess
    import sys

    path = tmp_path / f"panel-{drawn_panel.pk}.json"
    path.write_text(json.dumps(published), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "polyvox", "sortition", "verify", "--json", str(path),
                           "--seed", drawn_panel.seed, "--announced-digest", drawn_panel.lottery_digest],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "The draw checks out." in done.stdout, done.stdout + done.stderr
    assert "the one announced" in done.stdout


def test_replacement_keeps_quotas_or_says_which_cannot(world, editor_client, drawn_panel):
    mail.outbox.clear()
    member = drawn_panel.volunteers.filter(status=VolunteerStatus.SELECTED).first()
    response = editor_client.post(reverse("panels:replace", args=[drawn_panel.pk]), {"pseudonym": member.pseudonym})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.status == VolunteerStatus.WITHDRAWN
    record = drawn_panel.replacements.get()
    assert record.ok and record.replacement
    newcomer = drawn_panel.volunteers.get(pseudonym=record.replacement)
    assert newcomer.status == VolunteerStatus.SELECTED and newcomer.is_replacement
    assert [m.to for m in mail.outbox] == [[newcomer.email]]
    public = client_for(None).get(reverse("panels:result", args=[drawn_panel.pk])).content.decode()
    assert record.replacement in public


def test_impossible_replacement_names_the_quota_and_changes_nothing(world, editor_client, drawn_panel):
    member = drawn_panel.volunteers.filter(status=VolunteerStatus.SELECTED).first()
    gender = member.features["gender"]
    members = drawn_panel.volunteers.filter(status=VolunteerStatus.SELECTED)
    same = sum(1 for m in members if m.features["gender"] == gender)
    # Nobody else of this gender is available, and the quota needs as many of them as sit now.
    for other in drawn_panel.volunteers.filter(status=VolunteerStatus.REGISTERED):
        if other.features["gender"] == gender:
            other.status = VolunteerStatus.WITHDRAWN
            other.save()
    drawn_panel.features.get(key="gender").values.filter(key=gender).update(min_seats=same, max_seats=same)
    mail.outbox.clear()
    response = editor_client.post(reverse("panels:replace", args=[drawn_panel.pk]), {"pseudonym": member.pseudonym})
    record = drawn_panel.replacements.get()
    assert not record.ok and not record.replacement
    assert f"gender={gender}" in record.explanation and "No quota was relaxed" in record.explanation
    member.refresh_from_db()
    assert member.status == VolunteerStatus.SELECTED and not mail.outbox
    page = editor_client.get(response.url).content.decode()
    assert "n&#x27;a pas pu être remplacé" in page or "n'a pas pu être remplacé" in page
    assert history(drawn_panel).last().action == "replacement_impossible"


def _run_async(function, *args):
    """Run a coroutine function in a thread of its own (the browser tests leave an event loop in this one)."""
    return run_coroutine(function(*args))


def test_sse_progress_stream(transactional_db, world, closed_panel):
    from polyvox.panels.views import progress_events

    Panel.objects.filter(pk=closed_panel.pk).update(state=PanelState.SELECTING, progress=0.4, progress_message="peeling")

    async def collect():
        chunks = []
        stream = progress_events(closed_panel.pk, interval=0.01, language="nl")
        chunks.append(await stream.__anext__())  # retry
        chunks.append(await stream.__anext__())  # progress
        from asgiref.sync import sync_to_async

        await sync_to_async(Panel.objects.filter(pk=closed_panel.pk).update)(state=PanelState.SELECTED, progress=1.0)
        async for chunk in stream:
            chunks.append(chunk)
        return chunks

    chunks = _run_async(collect)
    assert chunks[1].startswith("event: progress") and '"progress": 0.4' in chunks[1]
    assert "De loterij van panels wordt opgebouwd" in json.loads(chunks[1].split("data: ", 1)[1])["message"]
    assert chunks[-1].startswith("event: done") and '"state": "selected"' in chunks[-1]


def test_sse_view_streams_event_stream(transactional_db, world, drawn_panel):
    from django.test import AsyncClient

    async def fetch(client):
        response = await client.get(reverse("panels:progress", args=[drawn_panel.pk]))
        body = b"".join([chunk async for chunk in response.streaming_content])
        return response, body

    client = AsyncClient()
    sign_in(client, world.editor)
    response, body = _run_async(fetch, client)
    assert response["Content-Type"].startswith("text/event-stream")
    assert b"event: done" in body
    outsider = AsyncClient(raise_request_exception=False)
    sign_in(outsider, world.other_editor)
    refused = _run_async(outsider.get, reverse("panels:progress", args=[drawn_panel.pk]))
    assert refused.status_code == 403


def test_running_the_selection_twice_is_refused(world, closed_panel):
    stale = Panel.objects.get(pk=closed_panel.pk)  # a second organiser's page, loaded before the first click
    Panel.objects.filter(pk=closed_panel.pk).update(state=PanelState.SELECTING)
    try:
        services.start_selection(stale, world.editor)
    except services.PanelError as error:
        assert "déjà en cours" in str(error)
    else:
        raise AssertionError("a second start was accepted")
    assert Panel.objects.get(pk=closed_panel.pk).result_json is None


def test_progress_reporter_writes_the_row_the_stream_reads(world, closed_panel, monkeypatch):
    from polyvox.engines import sortition

    seen = []
    real = sortition.select_panel

    def spying(*args, progress=None, **kwargs):
        progress(sortition.Progress("peeling", 0.5, {"panels": 12}))
        seen.append(Panel.objects.values_list("progress", "progress_message").get(pk=closed_panel.pk))
        return real(*args, progress=progress, **kwargs)

    monkeypatch.setattr(sortition, "select_panel", spying)
    monkeypatch.setattr(selection, "PROGRESS_EVERY_SECONDS", 0)
    services.start_selection(closed_panel, world.editor)
    assert seen == [(0.5, "peeling")]  # the phase, translated where it is shown
    closed_panel.refresh_from_db()
    assert closed_panel.state == PanelState.LOTTERY_READY and closed_panel.progress == 1.0


def test_every_progress_message_of_the_engine_has_a_translated_phase():
    """The organiser reads the phase in their language, never the engine's English message: every phase the
    engine can report has a label in French, Dutch and English, and a real selection reports only those."""
    from django.utils import translation

    from polyvox.engines import sortition
    from polyvox.engines.sortition.tests.conftest import SORTITION

    quotas = sortition.read_quotas_csv(SORTITION / "sortition_algorithms_fixture" / "features.csv")
    pool = sortition.read_pool_csv(SORTITION / "sortition_algorithms_fixture" / "candidates.csv",
                                   features=quotas.features)
    events: list = []
    sortition.select_panel(pool, quotas, 22, progress=events.append)
    assert events and {event.phase for event in events} <= set(sortition.PROGRESS_PHASES)
    for phase in sortition.PROGRESS_PHASES:
        labels = {}
        for language in ("en", "fr", "nl"):
            with translation.override(language):
                labels[language] = selection.progress_label(phase)
        assert all(labels.values()) and len(set(labels.values())) == 3, (phase, labels)


def test_the_selection_page_renders_each_phase_in_the_reader_language(editor_client, closed_panel):
    """The panel's row holds the phase code; the page shows the phase in the language of the request."""
    from django.utils import translation

    from polyvox.engines import sortition

    for phase in sortition.PROGRESS_PHASES:
        Panel.objects.filter(pk=closed_panel.pk).update(state=PanelState.SELECTING, progress=0.5,
                                                        progress_message=phase)
        for language in ("en", "fr", "nl"):
            with translation.override(language):
                expected = selection.progress_label(phase)
                response = editor_client.get(reverse("panels:dashboard", args=[closed_panel.pk]))
            assert escape(expected) in response.content.decode(), (phase, language)
