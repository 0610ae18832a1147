"""Pages of events: the agenda and its filters, the atelier modules, an event (register, cancel, ticket), the door's
check-in (phone width), the attendance list, and the iCalendar files."""

from __future__ import annotations

import segno
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from polyvox.core import spreadsheet
from polyvox.events import feeds, services
from polyvox.events.models import Audience, Event, EventKind, EventState, Module, Registration, RegistrationState


class RegistrationForm(forms.Form):
    accessibility_needs = forms.CharField(
        label=gettext_lazy("Accessibility needs (optional)"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("E.g. wheelchair access, sign-language interpretation, induction loop, a quiet room."))


class CodeForm(forms.Form):
    code = forms.CharField(label=gettext_lazy("Code on the ticket"), max_length=12,
                           widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters",
                                                         "inputmode": "text", "spellcheck": "false"}))


def visible_events(user):
    """Published (and cancelled) events: agents-only ones are listed to everyone with their badge, so that the
    ateliers' programme is public; only agents register for them."""
    return Event.objects.filter(state__in=[EventState.PUBLISHED, EventState.CANCELLED]).select_related("module")


def _visible_event(request, pk) -> Event:
    event = get_object_or_404(Event.objects.select_related("module", "organiser"), pk=pk)
    if request.user.has_perm("events.manage", event):
        return event
    if event.state == EventState.DRAFT:
        raise Http404
    return event


def event_list(request):
    events = visible_events(request.user)
    kind = request.GET.get("kind", "")
    module_slug = request.GET.get("module", "")
    if kind in EventKind.values:
        events = events.filter(kind=kind)
    else:
        kind = ""
    module = Module.objects.filter(slug=module_slug).first() if module_slug else None
    if module is not None:
        events = events.filter(module=module)
    now = timezone.now()
    upcoming = list(events.filter(ends_at__gt=now).order_by("starts_at"))
    past = list(events.filter(ends_at__lte=now).order_by("-starts_at")[:30])
    return render(request, "events/list.html", {
        "nav": "events", "upcoming": upcoming, "past": past, "kinds": EventKind.choices, "kind": kind,
        "modules": Module.objects.all(), "module": module, "can_create": request.user.has_perm("events.create"),
    })


def module_list(request):
    return render(request, "events/modules.html", {"nav": "events", "modules": Module.objects.all()})


def module_detail(request, slug):
    module = get_object_or_404(Module, slug=slug)
    events = visible_events(request.user).filter(module=module).order_by("starts_at")
    return render(request, "events/module.html", {"nav": "events", "module": module, "events": events})


def detail(request, pk):
    event = _visible_event(request, pk)
    registration = None
    if request.user.is_authenticated:
        registration = Registration.objects.filter(event=event, user=request.user).first()
    manages = request.user.has_perm("events.manage", event)
    questionnaire = None
    if manages:
        from polyvox.events.satisfaction import questionnaire_of

        questionnaire = questionnaire_of(event)
    return render(request, "events/detail.html", {
        "nav": "events", "event": event, "registration": registration,
        "active": registration is not None and registration.is_active,
        "form": RegistrationForm(), "may_register": request.user.has_perm("events.register", event),
        "places_left": event.places_left(), "waiting": event.waiting_count(), "manages": manages,
        "speakers": event.speakers.all(), "resources": event.resources.all(),
        "open": event.state == EventState.PUBLISHED and not event.is_past, "questionnaire": questionnaire,
    })


@login_required
@require_POST
def register(request, pk):
    event = _visible_event(request, pk)
    form = RegistrationForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Your accessibility needs are too long (2,000 characters at most)."))
        return redirect(event)
    if not request.user.has_perm("events.register", event):
        messages.error(request, _("This event is for public agents only."))
        return redirect(event)
    try:
        outcome = services.register(event, request.user, accessibility_needs=form.cleaned_data["accessibility_needs"])
    except services.EventError as error:
        messages.error(request, error.message)
        return redirect(event)
    if outcome.waiting:
        messages.success(request, _("The event is full: you are on the waiting list. If a place frees up, it is yours and we tell you by e-mail."))
    else:
        messages.success(request, _("You are registered. Your ticket shows the code to give at the door."))
    return redirect("events:ticket", pk=event.pk)


@login_required
@require_POST
def cancel(request, pk):
    event = _visible_event(request, pk)
    registration = Registration.objects.filter(event=event, user=request.user).first()
    if registration is None or not registration.is_active:
        messages.error(request, _("You have no registration to cancel for this event."))
        return redirect(event)
    try:
        services.cancel(registration, by=request.user)
    except services.EventError as error:
        messages.error(request, error.message)
        return redirect(event)
    messages.success(request, _("Your registration is cancelled."))
    return redirect(event)


@login_required
@never_cache
def ticket(request, pk):
    event = _visible_event(request, pk)
    registration = Registration.objects.filter(event=event, user=request.user).first()
    if registration is None or not registration.is_active:
        raise Http404
    qr = None
    if registration.state == RegistrationState.REGISTERED:
        qr = segno.make(services.check_in_url(registration), error="m").svg_inline(
            scale=4, dark="#111", light="#fff", title=_("QR code to show at the door"))
    return render(request, "events/ticket.html", {"nav": "events", "event": event, "registration": registration, "qr": qr})


@login_required
@never_cache
def check_in(request, pk):
    """The door: type the code on a ticket, or open the address of its QR code; a button confirms (POST)."""
    event = get_object_or_404(Event, pk=pk)
    if not request.user.has_perm("events.check_in", event):
        raise Http404
    form = CodeForm()
    token = request.GET.get("t", "")
    scanned = None
    status = 200
    if request.method == "POST":
        token = request.POST.get("t", "")
        form = CodeForm(request.POST) if not token else CodeForm()
        try:
            if token:
                done = services.check_in_by_token(event, token, by=request.user)
            elif form.is_valid():
                done = services.check_in_by_code(event, form.cleaned_data["code"], by=request.user)
            else:
                raise services.EventError(_("Type the code printed on the ticket."))
        except services.EventError as error:
            messages.error(request, error.message)
            status = 400
        else:
            messages.success(request, _("%(name)s is checked in.") % {"name": done.user.public_name})
            return redirect("events:check_in", pk=event.pk)
        token = ""
    elif token:
        scanned = services.registration_for_token(event, token)
        if scanned is None:
            messages.error(request, _("This check-in code is not valid for this event."))
            token = ""
            status = 400
    counts = {state: event.registrations.filter(state=state).count() for state in RegistrationState.values}
    return render(request, "events/check_in.html", {
        "event": event, "form": form, "token": token, "scanned": scanned, "counts": counts,
    }, status=status)


@login_required
def attendance(request, pk):
    event = get_object_or_404(Event, pk=pk)
    if not request.user.has_perm("events.manage", event):
        raise Http404
    registrations = event.registrations.exclude(state=RegistrationState.CANCELLED).select_related("user")
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="attendance-{event.pk}.csv"'
        writer = spreadsheet.writer(response)  # formula-like cells neutralised, as in every export
        writer.writerow([_("Name"), _("E-mail address"), _("State"), _("Checked in at"), _("Accessibility needs")])
        for registration in registrations:
            checked = timezone.localtime(registration.checked_in_at).strftime("%Y-%m-%d %H:%M") if registration.checked_in_at else ""
            writer.writerow([registration.user.public_name, registration.user.email,
                             registration.get_state_display(), checked, registration.accessibility_needs])
        return response
    return render(request, "events/attendance.html", {"event": event, "registrations": registrations})


@login_required
@require_POST
def move(request, pk, action):
    event = get_object_or_404(Event, pk=pk)
    if not request.user.has_perm("events.manage", event) or action not in ("publish", "cancel"):
        raise Http404
    try:
        (services.publish if action == "publish" else services.cancel_event)(event, by=request.user)
    except services.EventError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The event is published.") if action == "publish" else _("The event is cancelled."))
    return redirect(event)


@login_required
@require_POST
def send_satisfaction(request, pk):
    from polyvox.events import satisfaction

    event = get_object_or_404(Event, pk=pk)
    if not request.user.has_perm("events.manage", event):
        raise Http404
    try:
        sent = satisfaction.send(event, by=request.user)
    except services.EventError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, ngettext("The questionnaire was sent to %(count)s person.",
                                           "The questionnaire was sent to %(count)s people.", sent) % {"count": sent})
    return redirect(event)


def event_ics(request, pk):
    event = _visible_event(request, pk)
    return feeds.response([event], event.title, filename=f"event-{event.pk}.ics")


def feed(request):
    events = Event.objects.filter(state__in=[EventState.PUBLISHED, EventState.CANCELLED], audience=Audience.EVERYONE)
    return feeds.response(events.select_related("module"), _("Events of the Participation Service"))


def module_feed(request, slug):
    module = get_object_or_404(Module, slug=slug)
    events = Event.objects.filter(Q(state=EventState.PUBLISHED) | Q(state=EventState.CANCELLED), module=module)
    return feeds.response(events, module.title)
