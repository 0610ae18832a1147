"""The blocks the platform fills for an edition, in the edition's language: new initiatives, what is open now (every
app's take-part items, through the registry), coming events, results and follow-up answers. Each block is a heading
and items (title, address, one line); an app that is not installed gives nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from polyvox.newsletter.models import Block

RECENT = dt.timedelta(days=45)


@dataclass
class Item:
    title: str
    url: str
    line: str = ""


@dataclass
class FilledBlock:
    key: str
    heading: str
    items: list[Item] = field(default_factory=list)


def fill(keys: list[str], language: str, segment=None) -> list[FilledBlock]:
    """The chosen blocks, in the given language; empty ones left out."""
    makers = {Block.INITIATIVES: _initiatives, Block.OPEN: _open_now, Block.EVENTS: _events, Block.FOLLOW_UP: _follow_up}
    filled = []
    with translation.override(language):
        for key in keys:
            maker = makers.get(key)
            if maker is None:
                continue
            block = maker(segment)
            if block.items:
                filled.append(block)
    return filled


def _absolute(path: str) -> str:
    return path if path.startswith("http") else f"{settings.SITE_URL}{path}"


def _initiatives(segment) -> FilledBlock:
    block = FilledBlock(Block.INITIATIVES, _("New initiatives"))
    if not apps.is_installed("polyvox.initiatives"):
        return block
    Initiative = apps.get_model("initiatives", "Initiative")
    found = Initiative.objects.filter(publication_state="published", created__gte=timezone.now() - RECENT)
    if segment is not None and segment.municipality_id:
        found = found.filter(municipality_id=segment.municipality_id)
    if segment is not None and segment.theme_id:
        found = found.filter(themes=segment.theme_id)
    for initiative in found.order_by("-created")[:8]:
        block.items.append(Item(initiative.title, _absolute(initiative.get_absolute_url()), initiative.summary or ""))
    return block


def _open_now(segment) -> FilledBlock:
    from polyvox.core.registry import collect_flat

    block = FilledBlock(Block.OPEN, _("Take part now"))
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    request.LANGUAGE_CODE = translation.get_language()
    for item in collect_flat("take_part", request):
        if segment is not None and segment.municipality_id and item.municipality_id not in (None, segment.municipality_id):
            continue
        url = item.url or item.action_url
        block.items.append(Item(item.title, _absolute(url), " ".join(str(line) for line in item.lines)))
    return block


def _events(segment) -> FilledBlock:
    block = FilledBlock(Block.EVENTS, _("Coming events"))
    if not apps.is_installed("polyvox.events"):
        return block
    Event = apps.get_model("events", "Event")
    now = timezone.now()
    found = Event.objects.filter(state="published", audience="everyone", starts_at__gt=now,
                                 starts_at__lte=now + dt.timedelta(days=60)).order_by("starts_at")
    if segment is not None and segment.audience == "agents":
        found = Event.objects.filter(state="published", starts_at__gt=now,
                                     starts_at__lte=now + dt.timedelta(days=60)).order_by("starts_at")
    for event in found[:8]:
        block.items.append(Item(event.title, _absolute(event.get_absolute_url()),
                                date_format(timezone.localtime(event.starts_at), "DATETIME_FORMAT")))
    return block


def _follow_up(segment) -> FilledBlock:
    block = FilledBlock(Block.FOLLOW_UP, _("Results and follow-up answers"))
    if not apps.is_installed("polyvox.followup"):
        return block
    Commitment = apps.get_model("followup", "Commitment")
    since = timezone.localdate() - RECENT
    found = Commitment.objects.filter(answered_on__gte=since).exclude(answer="awaiting").select_related("plan")
    for commitment in found.order_by("-answered_on")[:8]:
        block.items.append(Item(str(commitment)[:120], _absolute(commitment.get_absolute_url()),
                                commitment.get_answer_display()))
    return block
