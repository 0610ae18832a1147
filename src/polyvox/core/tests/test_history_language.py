"""Issue 12 item 4: history lines are stored as codes and parameters and rendered in the reader's language when
shown, not frozen in the language of whoever acted."""

from datetime import date, datetime, timezone

import pytest
from django.utils import translation

from polyvox.core.models import AuditEntry
from polyvox.core.transitions import Msg, record, render_message


@pytest.mark.django_db
def test_a_message_is_stored_as_code_and_parameters_and_shown_in_each_language():
    from polyvox.organisations.models import Organisation

    subject = Organisation.objects.create(name="Commune d'Anderlecht", slug="anderlecht-test")
    with translation.override("fr"):  # whoever acted did so in French
        entry = record(subject, "sign", message=Msg("Signed on %(date)s by %(name)s", date=date(2026, 3, 1),
                                                    name="Fabrice Cumps"))
    entry = AuditEntry.objects.get(pk=entry.pk)
    assert entry.message_id == "Signed on %(date)s by %(name)s"
    assert entry.params == {"date": {"date": "2026-03-01"}, "name": "Fabrice Cumps"}
    assert "Signed on" in entry.message  # the English text, for exports
    with translation.override("fr"):
        assert entry.text == "Signé le 1 mars 2026 par Fabrice Cumps"
    with translation.override("nl"):
        assert entry.text == "Ondertekend op 1 maart 2026 door Fabrice Cumps"


def test_parameters_translated_nested_and_joined():
    params = Msg("%(criteria)s", criteria={"sep": "; ", "join": [
        {"msg": "%(name)s (%(kind)s) %(weight)s", "params": {"name": "Prix", "kind": {"t": "price"}, "weight": 40}},
        {"msg": "%(name)s (%(kind)s) %(weight)s", "params": {"name": "Méthode", "kind": {"t": "quality"}, "weight": 60}},
    ]}).params
    with translation.override("fr"):
        assert render_message("%(criteria)s", params) == "Prix (prix) 40; Méthode (qualité) 60"
    with translation.override("nl"):
        text = render_message("%(criteria)s", params)
        assert "(price)" not in text and "(quality)" not in text
    moment = Msg("%(t)s", t=datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)).params["t"]
    assert moment == {"datetime": "2026-03-01T09:30:00+00:00"}
    # A broken line (a parameter missing) shows its code rather than failing the page.
    assert render_message("%(missing)s here", {}) == "%(missing)s here"


def test_a_closed_workshop_activity_is_not_close_in_french():
    from polyvox.workshops.models import ActivityState

    with translation.override("fr"):
        assert str(ActivityState.CLOSED.label) == "clôturée"
    with translation.override("nl"):
        assert str(ActivityState.CLOSED.label) == "gesloten"
