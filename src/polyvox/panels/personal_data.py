"""A person's panel registrations for their personal-data export (accounts.personal_data): volunteers are found
by e-mail address, not by account, so the account's foreign keys do not reach them."""

from __future__ import annotations


def sections(user) -> dict:
    from polyvox.panels import services as panel_services
    from polyvox.panels.models import Volunteer

    volunteers = Volunteer.objects.filter(email__iexact=user.email).select_related("panel", "panel__initiative")
    return {"panels": [panel_services.export_volunteer(volunteer) for volunteer in volunteers]}
