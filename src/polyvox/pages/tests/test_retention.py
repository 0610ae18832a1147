"""The privacy notice states the retention periods the code enforces: each purge job of a schedule.py is
in the table of periods, the notice's texts in FR, NL and EN give the same figures, and the privacy page
shows the figures read from the code."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from polyvox.core import retention
from polyvox.core.schedule import registered_jobs

pytestmark = pytest.mark.django_db

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
UNIT = {"fr": "jours", "nl": "dagen", "en": "days"}
# The words that open each period's line in the notice, per language.
MARKERS = {
    "unconfirmed_accounts": {"fr": "jamais été confirmée", "nl": "nooit werd bevestigd", "en": "never confirmed"},
    "panel_volunteers": {"fr": "**Panels citoyens**", "nl": "**Burgerpanels**", "en": "**Citizens' panels**"},
    "workshop_stream_log": {"fr": "**Ateliers en direct**", "nl": "**Live workshops**", "en": "**Live workshops**"},
    "petition_signers": {"fr": "**Pétitions, suggestions", "nl": "**Petities, burgervoorstellen", "en": "**Petitions, citizens'"},
}
# The addresses left to hear back: one line of the notice for the three places that keep them.
HEAR_BACK = {"fr": "**Suivi d'un processus**", "nl": "**Opvolging van een proces**", "en": "**Following a process**"}
MARKERS.update({key: HEAR_BACK for key in ("hear_back", "hear_back_voters", "hear_back_workshops")})


def test_every_purge_job_has_its_stated_period():
    purges = {job.path for job in registered_jobs() if re.search(r"purge|delete", job.path)}
    assert purges, "no purge job found in the schedules"
    assert purges <= {period.job for period in retention.periods()}
    assert set(MARKERS) == {period.key for period in retention.periods()}


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_the_notice_gives_the_codes_figures(language):
    text = (PAGES / f"privacy.{language}.md").read_text(encoding="utf-8")
    lines = text.splitlines()
    for period in retention.periods():
        line = next(line for line in lines if MARKERS[period.key][language] in line)
        stated = {int(n) for n in re.findall(rf"(\d+) {UNIT[language]}", line)}
        assert stated == {period.days}, (language, period.key, line)


def test_the_privacy_page_shows_the_figures_read_from_the_code(monkeypatch):
    from polyvox.pages import demo

    demo.load(io.StringIO(), {})
    for language, words in (("fr", "14 jours après l'inscription"), ("nl", "14 dagen na de registratie"),
                            ("en", "14 days after sign-up")):
        monkeypatch.setattr("polyvox.accounts.services.UNCONFIRMED_ACCOUNT_DAYS", 14)
        with translation.override(language):
            page = html.unescape(Client().get(reverse("pages:privacy")).content.decode())
        assert 'data-retention="unconfirmed_accounts"' in page and words in page, language
        monkeypatch.undo()
        with translation.override(language):
            page = html.unescape(Client().get(reverse("pages:privacy")).content.decode())
        assert words.replace("14", "7") in page, language
