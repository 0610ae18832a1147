"""The "Take part" page's events: public events coming up in the next 90 days with places left (or a waiting list)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from polyvox.core.opportunities import Opportunity, Section
from polyvox.core.templatetags.polyvox import content_lang

EVENTS = Section("events", gettext_lazy("Come to an event"), order=60,
                 intro=gettext_lazy("Forums, ateliers and meetings of the Participation Service open to everyone."))

HORIZON = dt.timedelta(days=90)


def items(request) -> list[Opportunity]:
    from polyvox.events.models import Audience, Event, EventState

    now = timezone.now()
    events = (Event.objects.filter(state=EventState.PUBLISHED, audience=Audience.EVERYONE, ends_at__gt=now,
                                   starts_at__lte=now + HORIZON).select_related("module").order_by("starts_at"))
    found = []
    for event in events:
        left = event.places_left()
        lines = [_("%(kind)s on %(when)s.") % {"kind": event.get_kind_display().capitalize(),
                                                "when": date_format(timezone.localtime(event.starts_at), "DATETIME_FORMAT")}]
        if left is not None:
            lines.append(ngettext("%(left)s place left.", "%(left)s places left.", left) % {"left": left}
                         if left else _("Full: the waiting list is open."))
        found.append(Opportunity(
            EVENTS, title=event.title, title_lang=content_lang(event, "title"), url=event.get_absolute_url(),
            action_url=event.get_absolute_url(), action_label=_("Register"), lines=lines, opens=event.starts_at,
            closes=event.starts_at, municipality_id=event.municipality_id,
            themes=(event.module.slug,) if event.module_id else (), places_left=left))
    return found
