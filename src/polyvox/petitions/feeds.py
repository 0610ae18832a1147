"""RSS of the petitions opened and answered; iCal of the council sittings with interpellations on their agenda."""

from __future__ import annotations

from datetime import timedelta
from datetime import timezone as dt_timezone

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.petitions.models import PUBLIC_STATES, CouncilSitting, Petition


class LatestPetitions(Feed):
    title = gettext_lazy("Petitions, suggestions and interpellations")
    description = gettext_lazy("Opened, answered or refused, most recent first.")

    def link(self):
        return reverse("petitions:list")

    def items(self):
        return Petition.objects.filter(state__in=PUBLIC_STATES).select_related("channel").order_by("-decided_at", "-pk")[:50]

    def item_title(self, item):
        return f"{item.title} ({item.get_state_display()})"

    def item_description(self, item):
        return f"{item.channel.name} · {item.signature_count}/{item.threshold}"

    def item_pubdate(self, item):
        return item.answered_at or item.decided_at or item.filed_at

    def item_link(self, item):
        return item.get_absolute_url()


def sittings_ical(request):
    """The council sittings of the coming year (and the last three months) with their interpellations."""
    now = timezone.now()
    host = request.get_host().split(":")[0] or "polyvox"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Polyvox//petitions//EN", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{_escape(_('Council sittings with citizens’ interpellations'))}"]
    sittings = CouncilSitting.objects.filter(starts_at__gte=now - timedelta(days=90), starts_at__lte=now + timedelta(days=366)) \
        .select_related("municipality").prefetch_related("interpellations")
    for sitting in sittings:
        titles = [p.title for p in sitting.interpellations.all() if p.state in PUBLIC_STATES]
        start = sitting.starts_at.astimezone(dt_timezone.utc)
        summary = _("Council sitting of %(municipality)s") % {"municipality": sitting.municipality.name}
        lines += ["BEGIN:VEVENT", f"UID:sitting-{sitting.pk}@{host}", f"DTSTAMP:{now.strftime('%Y%m%dT%H%M%SZ')}",
                  f"DTSTART:{start.strftime('%Y%m%dT%H%M%SZ')}",
                  f"DTEND:{(start + timedelta(hours=3)).strftime('%Y%m%dT%H%M%SZ')}",
                  f"SUMMARY:{_escape(summary)}", f"LOCATION:{_escape(sitting.place)}",
                  f"DESCRIPTION:{_escape(chr(10).join(titles) or _('No citizens’ interpellation on the agenda yet.'))}",
                  f"URL:{request.build_absolute_uri(sitting.get_absolute_url())}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return HttpResponse("\r\n".join(_fold(line) for line in lines) + "\r\n", content_type="text/calendar; charset=utf-8")


def _escape(text: str) -> str:
    return str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with a space (RFC 5545)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)
