"""Public pages of petitions: the list and map, a petition's page (texts, progress, tallies, timeline, answer),
signing and its confirmation (a button on a page, a POST), the live count, the guide, drafting and filing."""

from __future__ import annotations

import asyncio
import json

from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from polyvox.accounts.throttling import Throttled, check, hit, throttled_response
from polyvox.core.streams import for_server
from polyvox.core.transitions import history
from polyvox.core.workflow import Refused
from polyvox.core.media import serve_upload
from polyvox.petitions import guide, identity, mailing, same_subject, services, similar
from polyvox.petitions.forms import DraftForm, ResendForm, SignForm
from polyvox.petitions.models import (PUBLIC_STATES, AnswerDocument, Channel, ChannelKind, CouncilSitting, IdentityLevel,
                                      Petition, SignatureState, State)
from polyvox.petitions.workflow import LIFECYCLE
from polyvox.places.models import Municipality

STREAM_SECONDS = 600
STREAM_STEP = 1.0


def public_petitions():
    return Petition.objects.filter(state__in=PUBLIC_STATES).select_related("channel", "municipality")


@require_GET
def petition_list(request):
    petitions = public_petitions()
    channel = request.GET.get("channel", "")
    state = request.GET.get("state", "")
    if channel in ChannelKind.values:
        petitions = petitions.filter(channel__kind=channel)
    if state in State.values:
        petitions = petitions.filter(state=state)
    return render(request, "petitions/list.html", {
        "petitions": petitions.order_by("-opens_at", "-filed_at", "-pk")[:200], "channel": channel, "state": state,
        "channels": ChannelKind.choices, "states": [(value, label) for value, label in State.choices if value in PUBLIC_STATES],
        "nav": "petitions",
    })


@require_GET
def map_points(request):
    """The public petitions as GeoJSON points: a municipality's centroid, or the Region's centre."""
    features = []
    for petition in public_petitions():
        place = petition.municipality
        coordinates = [place.longitude, place.latitude] if place else [4.3528, 50.8466]
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": coordinates}, "properties": {
            "title": petition.title, "url": petition.get_absolute_url(), "state": petition.get_state_display(),
            "channel": petition.channel.get_kind_display(), "count": petition.signature_count, "threshold": petition.threshold}})
    return JsonResponse({"type": "FeatureCollection", "features": features})


def _public(pk) -> Petition:
    petition = get_object_or_404(Petition.objects.select_related("channel", "municipality", "receiver", "sitting"), pk=pk)
    if not petition.is_public:
        raise Http404
    return petition


def _visible(request, pk) -> Petition:
    """A public petition, or a draft or filed one its author or the receiving institution looks at."""
    petition = get_object_or_404(Petition.objects.select_related("channel", "municipality", "receiver", "sitting"), pk=pk)
    if petition.is_public or request.user.has_perm("petitions.file_petition", petition) \
            or request.user.has_perm("petitions.decide_admissibility", petition):
        return petition
    raise Http404


@require_GET
def detail(request, pk):
    petition = _visible(request, pk)
    return render(request, "petitions/detail.html", _detail_context(request, petition, SignForm()))


def _detail_context(request, petition, form, refusal: str = "") -> dict:
    language = get_language()[:2]
    texts = []
    for code, name in settings.LANGUAGES:
        title, body = getattr(petition, f"title_{code}") or "", getattr(petition, f"body_{code}") or ""
        if title or body:
            texts.append({"code": code, "name": name, "title": title, "body": body,
                          "original": code == petition.original_language})
    texts.sort(key=lambda text: (text["code"] != language, not text["original"]))
    tallies = services.tallies(petition)
    return {
        "petition": petition, "form": form, "refusal": refusal, "texts": texts, "tallies": tallies,
        "history": timeline(petition), "nav": "petitions",
        "verified_only": petition.channel.identity_level == IdentityLevel.VERIFIED,
        "oidc_enabled": bool(settings.PETITIONS_OIDC.get("issuer")),
        "actions": LIFECYCLE.available(petition, request.user) if request.user.is_authenticated else [],
        "similar": similar.similar(f"{petition.title} {petition.body}", exclude=petition.pk, limit=3)
        if petition.state == State.DRAFT else [],
        "waiting": _waiting(petition) if petition.state == State.DRAFT else None,
        "documents": petition.documents.all() if petition.answered_at else [],
    }


def _waiting(petition):
    """For a draft: the earlier request on the same subject that keeps it from being filed, and why (shown before the
    author presses the button; the workflow refuses the filing all the same)."""
    earlier = same_subject.blocking(petition)
    return {"earlier": earlier, "reason": same_subject.reason(earlier)} if earlier is not None else None


OTHER_STEPS = {"create": gettext_lazy("draft written"), "invalidate_signatures": gettext_lazy("signatures invalidated"),
               "anonymise": gettext_lazy("signers' personal data anonymised"),
               "same_subject": gettext_lazy("same subject as an earlier request recorded")}
OFFICE_STEPS = ("add_document", "remove_document")  # the secretariat's preparation of the answer: not public


def timeline(petition) -> list[dict]:
    """The public history: each step's label in the reader's language and its line (no names of staff)."""
    lines = []
    for entry in history(petition).exclude(action__in=OFFICE_STEPS):
        transition = LIFECYCLE.transitions.get(entry.action)
        label = transition.label if transition is not None else OTHER_STEPS.get(entry.action, entry.action)
        lines.append({"created": entry.created, "label": label, "text": entry.text})
    return lines


def _email_domain_target(request):
    return [f"domain:{identity.email_domain(request.POST.get('email', ''))}"] if request.POST.get("email") else []


@require_POST
def sign(request, pk):
    petition = _public(pk)
    targets = _email_domain_target(request)
    try:
        check(request, "petition_sign", targets)
    except Throttled as throttled:
        return throttled_response(request, throttled.retry_after)
    hit(request, "petition_sign", targets)
    form = SignForm(request.POST)
    if not form.is_valid():
        return render(request, "petitions/detail.html", _detail_context(request, petition, form), status=400)
    data = form.cleaned_data
    details = services.SignerDetails(data["full_name"], data["email"], data["date_of_birth"], data["municipality"],
                                     language=get_language()[:2], hear_back=bool(data.get("hear_back")))
    try:
        signature, _token = services.sign(petition, details)
    except services.SigningRefused as refused:
        if refused.field and refused.field in form.fields:
            form.add_error(refused.field, refused.message)
        else:
            form.add_error(None, refused.message)
        return render(request, "petitions/detail.html", _detail_context(request, petition, form), status=400)
    mailing.queue(signature)  # the task worker sends it: a slow mail server never holds the signature up
    return render(request, "petitions/check_mail.html", {
        "petition": petition, "email": signature.email, "resend_form": ResendForm(initial={"email": signature.email}),
        "nav": "petitions"})


@require_POST
def resend(request, pk):
    """The signer asks for the confirmation mail again; the answer is the same whether or not the address signed."""
    petition = _public(pk)
    form = ResendForm(request.POST)
    context = {"petition": petition, "resend_form": form, "nav": "petitions"}
    if not form.is_valid():
        return render(request, "petitions/check_mail.html", context, status=400)
    targets = _email_domain_target(request)
    try:
        check(request, "petition_sign", targets)
    except Throttled as throttled:
        return throttled_response(request, throttled.retry_after)
    hit(request, "petition_sign", targets)
    mailing.resend(petition, form.cleaned_data["email"])
    context.update(email=form.cleaned_data["email"], resent=True)
    return render(request, "petitions/check_mail.html", context)


@require_GET
def document(request, pk):
    """An uploaded document of the answer: public once the answer is published, to the secretariat before (404 to
    anyone else), served inert under its original (cleaned) name."""
    item = get_object_or_404(AnswerDocument.objects.select_related("petition").exclude(file=""), pk=pk)
    published = item.is_published
    if not published and not request.user.has_perm("petitions.record_answer", item.petition):
        raise Http404
    return serve_upload(item.file, download_name=item.file_name or None, content_type=item.content_type or None,
                        attachment=item.content_type != "application/pdf", private=not published)


def confirm(request, token):
    """GET shows the button (mail scanners open links: a GET changes nothing); POST confirms, once."""
    try:
        signature = services.signature_for_token(token)
    except services.SigningRefused as refused:
        return render(request, "petitions/confirm.html", {"refusal": refused.message, "nav": "petitions"}, status=400)
    if request.method == "POST":
        try:
            signature = services.confirm(token)
        except services.SigningRefused as refused:
            return render(request, "petitions/confirm.html", {"refusal": refused.message, "petition": signature.petition,
                                                              "nav": "petitions"}, status=400)
        return render(request, "petitions/confirmed.html", {"petition": signature.petition, "nav": "petitions"})
    if signature.state != SignatureState.PENDING:
        return render(request, "petitions/confirm.html", {
            "refusal": _("This confirmation was already used: your signature is counted once."),
            "petition": signature.petition, "nav": "petitions"}, status=400)
    return render(request, "petitions/confirm.html", {"petition": signature.petition, "token": token, "nav": "petitions"})


async def count_stream(request, pk):
    """Server-Sent Events: the count of valid signatures whenever it changes."""
    petition = await sync_to_async(_public)(pk)

    async def events():
        last = None
        waited = 0.0
        yield "retry: 3000\n\n"
        while waited < STREAM_SECONDS:
            current = await sync_to_async(
                lambda: Petition.objects.values("signature_count", "threshold", "state").get(pk=petition.pk))()
            if current != last:
                last = current
                percent = min(100, int(current["signature_count"] * 100 / current["threshold"])) if current["threshold"] else 0
                yield f"event: count\ndata: {json.dumps({**current, 'percent': percent})}\n\n"
            await asyncio.sleep(STREAM_STEP)
            waited += STREAM_STEP
        yield ": timeout\n\n"

    response = StreamingHttpResponse(for_server(request, events()), content_type="text/event-stream; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    response["X-Accel-Buffering"] = "no"
    return response


@require_GET
def tallies_geojson(request, pk):
    """The 19 municipalities with this petition's valid signatures in each (for the map)."""
    petition = _public(pk)
    counts = {tally.municipality_id: tally.count for tally in petition.tallies.all()}
    features = [{"type": "Feature", "geometry": municipality.geometry, "properties": {
        "name": municipality.name, "count": counts.get(municipality.pk, 0)}}
        for municipality in Municipality.objects.all()]
    return JsonResponse({"type": "FeatureCollection", "features": features, "outside": counts.get(None, 0)})


def channel_guide(request):
    text = (request.GET.get("text") or "")[:5000]
    who = request.GET.get("who", "")
    from polyvox.core.input_checks import whole_number

    chosen = whole_number(request.GET.get("municipality"), max_digits=9)  # "²".isdigit() is True, int("²") fails
    municipality = Municipality.objects.filter(pk=chosen).first() if chosen is not None else None
    result = guide.route(text, who_decides=who if who in ("region", "cocom", "cocof", "commune", "federal") else "",
                         municipality=municipality) if (text.strip() or who) else None
    return render(request, "petitions/guide.html", {
        "text": text, "who": who, "result": result, "municipalities": Municipality.objects.all(),
        "municipality": municipality, "channels": Channel.objects.all(), "nav": "petitions"})


@login_required
def new(request):
    """Draft a petition: the similar existing ones are shown before it is saved."""
    form = DraftForm(request.POST or None, initial={"language": get_language()[:2],
                                                    "author_name": request.user.get_full_name() if hasattr(request.user, "get_full_name") else ""})
    found, waiting = [], None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        found = similar.similar(f"{data['title']} {data['body']}")
        earlier = same_subject.earlier_for_text(
            data["channel"], {data["language"]: (data["title"], data["body"])},
            municipality=data.get("municipality") if data["channel"].kind == ChannelKind.INTERPELLATION else None)
        waiting = {"earlier": earlier[0], "reason": same_subject.reason(earlier[0])} if earlier else None
        if (found or waiting) and not request.POST.get("seen_similar"):
            return render(request, "petitions/new.html", {"form": form, "similar": found, "waiting": waiting,
                                                          "nav": "petitions"})
        try:
            check(request, "petition_file")
        except Throttled as throttled:
            return throttled_response(request, throttled.retry_after)
        hit(request, "petition_file")
        petition = services.create_draft(author=request.user, channel=data["channel"], level=data["level"],
                                         municipality=data.get("municipality"), title=data["title"], body=data["body"],
                                         language=data["language"], author_name=data["author_name"])
        return redirect(petition)
    return render(request, "petitions/new.html", {"form": form, "similar": found, "nav": "petitions"},
                  status=400 if request.method == "POST" else 200)


@login_required
@require_POST
def file(request, pk):
    petition = get_object_or_404(Petition, pk=pk)
    if not request.user.has_perm("petitions.file_petition", petition):
        raise Http404
    try:
        services.file(petition, by=request.user)
    except Refused as refused:
        messages.error(request, " ".join(refused.reasons))
    except Exception as error:  # TransitionNotAllowed: filed twice
        messages.error(request, str(error))
    else:
        messages.success(request, _("Filed: the receiving institution now decides whether it is admissible."))
    return redirect(petition)


@require_GET
def sitting(request, pk):
    sitting = get_object_or_404(CouncilSitting.objects.select_related("municipality"), pk=pk)
    return render(request, "petitions/sitting.html", {
        "sitting": sitting, "nav": "petitions",
        "interpellations": sitting.interpellations.filter(Q(state__in=PUBLIC_STATES)).order_by("pk")})
