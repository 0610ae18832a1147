"""The receiving institution's back office: the admissibility queue, one petition's decisions (admissibility,
hearing or council sitting, answer, closing), paper sheets keyed twice, invalidation, exports, and the agenda of
council sittings with their interpellation slots."""

from __future__ import annotations


from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from polyvox.core.input_checks import whole_number
from polyvox.core.transitions import TransitionNotAllowed
from polyvox.core.workflow import Refused
from polyvox.organisations.models import Organisation, OrganisationKind, Role
from polyvox.organisations.rules import organisations_where
from polyvox.petitions import answer_documents, exports, followup, same_subject, services
from polyvox.petitions.forms import (AnswerForm, DocumentForm, HearingForm, InvalidateForm, PaperLineForm, RefuseForm,
                                     SameSubjectForm, SittingForm)
from polyvox.petitions.models import AnswerDocument, Channel, ChannelKind, CouncilSitting, PaperEntry, Petition, State
from polyvox.petitions.workflow import LIFECYCLE


def _received(user):
    return Petition.objects.filter(receiver__in=organisations_where(user, Role.EDITOR)).select_related("channel", "municipality")


@login_required
def queue(request):
    if not request.user.has_perm("petitions.use_office"):
        raise Http404
    received = _received(request.user)
    return render(request, "petitions/office/queue.html", {
        "filed": received.filter(state=State.FILED).order_by("filed_at"),
        "to_schedule": received.filter(state=State.THRESHOLD).order_by("threshold_reached_at"),
        "to_answer": received.filter(state__in=[State.SCHEDULED]).order_by("hearing_at"),
        "open": received.filter(state=State.OPEN).order_by("deadline"),
        "nav": "petitions",
    })


def _managed(request, pk) -> Petition:
    petition = get_object_or_404(Petition.objects.select_related("channel", "municipality", "receiver"), pk=pk)
    if not request.user.has_perm("petitions.decide_admissibility", petition) \
            and not request.user.has_perm("petitions.invalidate_signatures", petition):
        raise Http404
    return petition


@login_required
def manage(request, pk):
    petition = _managed(request, pk)
    return render(request, "petitions/office/manage.html", _manage_context(request, petition))


def _manage_context(request, petition, **forms) -> dict:
    return {
        "petition": petition, "nav": "petitions",
        "refuse_form": forms.get("refuse_form") or RefuseForm(),
        "hearing_form": forms.get("hearing_form") or HearingForm(petition=petition),
        "answer_form": forms.get("answer_form") or AnswerForm(),
        "paper_form": forms.get("paper_form") or PaperLineForm(),
        "invalidate_form": forms.get("invalidate_form") or InvalidateForm(),
        "can": {name: LIFECYCLE.can(petition, name) and LIFECYCLE.permitted(petition, name, request.user)
                for name in LIFECYCLE.transitions},
        "may_key_paper": request.user.has_perm("petitions.key_paper", petition),
        "may_export": request.user.has_perm("petitions.export_signatures", petition),
        "may_invalidate": request.user.has_perm("petitions.invalidate_signatures", petition),
        "paper_entries": petition.paper_entries.select_related("keyed_by").order_by("-keyed_at")[:30],
        "tallies": services.tallies(petition),
        "recent_same_subject": services.recent_similar(petition),
        "waiting": same_subject.earlier(petition) if petition.state == State.FILED else [],
        "same_subject_form": forms.get("same_subject_form") or _same_subject_form(petition),
        "may_upload": answer_documents.may_upload(petition, request.user),
        "document_form": forms.get("document_form") or DocumentForm(),
        "documents": petition.documents.all(),
    }


def _same_subject_form(petition, data=None):
    """The link the secretariat records at admissibility, among the channel's requests treated within its waiting
    period; None when the channel has no waiting period or the request is not being decided."""
    if petition.state != State.FILED or not petition.channel.same_subject_months:
        return None
    return SameSubjectForm(data, petition=petition,
                           candidates=same_subject.treated_within(
                               petition.channel, municipality=petition.municipality if petition.level == "commune" else None)
                           .exclude(pk=petition.pk))


def _refused(request, petition, error, **forms):
    reasons = error.reasons if isinstance(error, Refused) else [str(error)]
    for reason in reasons:
        messages.error(request, reason)
    return render(request, "petitions/office/manage.html", _manage_context(request, petition, **forms), status=400)


@login_required
@require_POST
def decide(request, pk):
    petition = _managed(request, pk)
    action = request.POST.get("action")
    try:
        if action == "accept":
            LIFECYCLE.apply(petition, "accept", by=request.user)
            messages.success(request, _("Declared admissible: open for signatures."))
        elif action == "refuse":
            form = RefuseForm(request.POST)
            if not form.is_valid():
                return _refused(request, petition, Refused([_("Check the form.")]), refuse_form=form)
            data = form.cleaned_data
            reasons = {code: data[f"reasons_{code}"] for code in ("fr", "nl", "en")}
            LIFECYCLE.apply(petition, "refuse", by=request.user, ground=data["ground"], reasons=reasons,
                            message=next((text for text in reasons.values() if text.strip()), ""))
            messages.success(request, _("Refused; the reasons are public."))
        elif action == "close":
            LIFECYCLE.apply(petition, "close", by=request.user)
            messages.success(request, _("Closed."))
        elif action == "same_subject":
            form = _same_subject_form(petition, request.POST)
            if form is None:
                raise TransitionNotAllowed(_("The same subject is recorded while admissibility is being decided."))
            if not form.is_valid():
                return _refused(request, petition, Refused([_("Check the form.")]), same_subject_form=form)
            services.record_same_subject(petition, form.cleaned_data["same_subject_as"], by=request.user)
            messages.success(request, _("Recorded."))
        else:
            raise Http404
    except (Refused, TransitionNotAllowed) as error:
        return _refused(request, petition, error)
    return redirect("petitions:manage", petition.pk)


@login_required
@require_POST
def schedule(request, pk):
    petition = _managed(request, pk)
    form = HearingForm(request.POST, petition=petition)
    if not form.is_valid():
        return _refused(request, petition, Refused([_("Check the form.")]), hearing_form=form)
    data = form.cleaned_data
    try:
        LIFECYCLE.apply(petition, "schedule", by=request.user, hearing_at=data.get("hearing_at"),
                        sitting=data.get("sitting"), place=data.get("place", ""))
    except (Refused, TransitionNotAllowed) as error:
        return _refused(request, petition, error, hearing_form=form)
    messages.success(request, _("Scheduled."))
    return redirect("petitions:manage", petition.pk)


@login_required
@require_POST
def answer(request, pk):
    petition = _managed(request, pk)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return _refused(request, petition, Refused([_("Check the form.")]), answer_form=form)
    data = form.cleaned_data
    try:
        with transaction.atomic():
            LIFECYCLE.apply(petition, "answer", by=request.user, video_url=data["video_url"],
                            answer={code: data[f"answer_{code}"] for code in ("fr", "nl", "en")})
            for title, url in data["documents"]:
                AnswerDocument.objects.create(petition=petition, **{f"title_{get_language()[:2]}": title, "title": title}, url=url)
            note = followup.commitments_from_answer(petition, by=request.user, outcome=data["outcome"])
    except (Refused, TransitionNotAllowed) as error:
        return _refused(request, petition, error, answer_form=form)
    messages.success(request, _("The answer is recorded and public."))
    if note:
        messages.info(request, note)
    return redirect("petitions:manage", petition.pk)


@login_required
@require_POST
def add_document(request, pk):
    """Upload a document of the answer: checked by its bytes, stored under a random name, public with the answer."""
    petition = _managed(request, pk)
    if not answer_documents.may_upload(petition, request.user):
        raise Http404
    form = DocumentForm(request.POST, request.FILES)
    if not form.is_valid():
        return _refused(request, petition, Refused([_("Check the form.")]), document_form=form)
    try:
        answer_documents.add(petition, form.cleaned_data["file"], title=form.cleaned_data["title"], by=request.user)
    except answer_documents.DocumentRefused as refused:
        form.add_error("file", refused.message)
        return _refused(request, petition, Refused([refused.message]), document_form=form)
    messages.success(request, _("Document added. It is public once the answer is published."))
    return redirect("petitions:manage", petition.pk)


@login_required
@require_POST
def remove_document(request, pk):
    petition = _managed(request, pk)
    number = whole_number(request.POST.get("document"), max_digits=12)
    document = petition.documents.filter(pk=number).first() if number is not None else None
    if document is None:
        raise Http404
    try:
        answer_documents.remove(document, by=request.user)
    except answer_documents.DocumentRefused as refused:
        return _refused(request, petition, Refused([refused.message]))
    messages.success(request, _("Document removed."))
    return redirect("petitions:manage", petition.pk)


@login_required
@require_POST
def key_paper(request, pk):
    petition = _managed(request, pk)
    form = PaperLineForm(request.POST)
    if not form.is_valid():
        return _refused(request, petition, Refused([_("Check the form.")]), paper_form=form)
    data = form.cleaned_data
    try:
        entry = services.key_paper_line(petition, by=request.user, **data)
    except services.SigningRefused as refused:
        return _refused(request, petition, Refused([refused.message]), paper_form=form)
    messages.info(request, {
        PaperEntry.Outcome.AWAITING: _("First keying saved: another person keys the same line again."),
        PaperEntry.Outcome.COUNTED: _("Both keyings agree: the signature is counted."),
        PaperEntry.Outcome.MISMATCH: _("The two keyings differ: check the sheet and key the line again."),
        PaperEntry.Outcome.DUPLICATE: _("This person has already signed (online or on paper): not counted twice."),
    }.get(entry.outcome, ""))
    return redirect("petitions:manage", petition.pk)


@login_required
@require_POST
def invalidate(request, pk):
    petition = _managed(request, pk)
    form = InvalidateForm(request.POST)
    if not form.is_valid():
        return _refused(request, petition, Refused([_("Check the form.")]), invalidate_form=form)
    try:
        count = services.invalidate(petition, form.cleaned_data["signatures"], by=request.user,
                                    reason=form.cleaned_data["reason"])
    except services.SigningRefused as refused:
        return _refused(request, petition, Refused([refused.message]), invalidate_form=form)
    messages.success(request, _("%(count)s signatures invalidated.") % {"count": count})
    return redirect("petitions:manage", petition.pk)


@login_required
def export(request, pk, fmt):
    petition = _managed(request, pk)
    if not request.user.has_perm("petitions.export_signatures", petition):
        raise Http404
    if fmt == "csv":
        response = HttpResponse(exports.signatures_csv(petition), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="signatures-{petition.pk}.csv"'
    elif fmt == "pdf":
        response = HttpResponse(exports.signatures_pdf(petition, get_language()[:2]), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="signatures-{petition.pk}.pdf"'
    else:
        raise Http404
    response["Cache-Control"] = "no-store"
    return response


def _councils(user):
    """The municipalities whose council secretariat the user is (editor of the municipality's organisation)."""
    return Organisation.objects.filter(kind=OrganisationKind.MUNICIPALITY, municipality__isnull=False,
                                       roles__user=user, roles__role=Role.EDITOR).values_list("municipality", flat=True)


@login_required
def sittings(request):
    councils = list(_councils(request.user)) if request.user.is_authenticated else []
    if not councils:
        raise Http404
    form = SittingForm(request.POST or None)
    form.fields["municipality"].queryset = form.fields["municipality"].queryset.filter(pk__in=councils)
    if request.method == "POST" and form.is_valid():
        CouncilSitting.objects.create(**form.cleaned_data)
        messages.success(request, _("Council sitting added."))
        return redirect("petitions:sittings")
    return render(request, "petitions/office/sittings.html", {
        "form": form, "nav": "petitions",
        "slots": Channel.objects.filter(kind=ChannelKind.INTERPELLATION).values_list("max_per_sitting", flat=True).first() or 3,
        "sittings": CouncilSitting.objects.filter(municipality__in=councils, starts_at__gte=timezone.now() - timezone.timedelta(days=90))
        .select_related("municipality").prefetch_related("interpellations"),
    }, status=400 if request.method == "POST" else 200)


