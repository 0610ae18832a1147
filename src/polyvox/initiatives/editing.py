"""The editors' and staff's pages: propose and edit an initiative, submit it, "my initiatives", the staff's
review queue with publish and send back. The workflow itself is in services.py; permissions in rules.py."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from polyvox.core.transitions import TransitionNotAllowed
from polyvox.initiatives import services
from polyvox.initiatives.forms import FORMSETS, InitiativeForm, ReturnForm
from polyvox.initiatives.models import Initiative, PublicationState
from polyvox.organisations.models import Role
from polyvox.organisations.rules import is_service_staff, organisations_where


def propose(request):
    denied = _require(request, "initiatives.propose_initiative")
    if denied:
        return denied
    return _edit(request, Initiative(created_by=request.user))


def edit(request, pk: int):
    initiative = get_object_or_404(Initiative, pk=pk)
    denied = _require(request, "initiatives.change_initiative", initiative)
    if denied:
        return denied
    return _edit(request, initiative)


@require_POST
def submit(request, pk: int):
    initiative = get_object_or_404(Initiative, pk=pk)
    denied = _require(request, "initiatives.submit_initiative", initiative)
    if denied:
        return denied
    return _step(request, initiative, lambda: services.submit(initiative, request.user),
                 _("The initiative was submitted for publication. The Participation Service will review it."))


@require_POST
def publish(request, pk: int):
    initiative = get_object_or_404(Initiative, pk=pk)
    denied = _require(request, "initiatives.review_initiative", initiative)
    if denied:
        return denied
    return _step(request, initiative, lambda: services.publish(initiative, request.user), _("The initiative is published."),
                 back=request.POST.get("next") == "review")


def send_back(request, pk: int):
    initiative = get_object_or_404(Initiative, pk=pk)
    denied = _require(request, "initiatives.review_initiative", initiative)
    if denied:
        return denied
    form = ReturnForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return _step(request, initiative, lambda: services.send_back(initiative, request.user, form.cleaned_data["reason"]),
                     _("The initiative was sent back to its organisation's editors."), back=True)
    return render(request, "initiatives/send_back.html", {"initiative": initiative, "form": form, "nav": "initiatives"},
                  status=400 if request.method == "POST" else 200)


def mine(request):
    """The initiatives of the organisations the signed-in person edits, in every state."""
    denied = _require(request, "initiatives.propose_initiative")
    if denied:
        return denied
    organisations = organisations_where(request.user, Role.EDITOR)
    initiatives = (
        Initiative.objects.filter(Q(organiser__in=organisations) | Q(created_by=request.user))
        .select_related("organiser").order_by("-updated").distinct()
    )
    return render(request, "initiatives/mine.html", {"initiatives": initiatives, "organisations": organisations,
                                                      "nav": "initiatives"})


def review(request):
    """The staff's queue: initiatives submitted for publication, oldest first."""
    denied = _require(request, "initiatives.review_initiative")
    if denied:
        return denied
    queue = list(Initiative.objects.filter(publication_state=PublicationState.SUBMITTED).select_related("organiser").order_by("updated"))
    for initiative in queue:
        initiative.missing_text = services.missing_texts(initiative)
    returned = Initiative.objects.filter(publication_state=PublicationState.RETURNED).select_related("organiser").order_by("-updated")[:20]
    return render(request, "initiatives/review.html", {"queue": queue, "returned": returned, "nav": "initiatives"})


def _edit(request, initiative: Initiative):
    creating = initiative.pk is None
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    form = InitiativeForm(data, files, instance=initiative, user=request.user)
    formsets = [(name, formset_class(data, files, instance=initiative, prefix=name), legend)
                for name, formset_class, legend in FORMSETS]
    if request.method == "POST":
        valid = form.is_valid() & all([fs.is_valid() for _name, fs, _legend in formsets])
        if valid:
            changed = list(form.changed_data) + [name for name, fs, _legend in formsets if fs.has_changed()]
            try:
                with transaction.atomic():
                    saved = form.save()
                    for _name, fs, _legend in formsets:
                        fs.instance = saved
                        fs.save()
                    if creating:
                        services.create(saved, request.user)
                    else:
                        services.record_edit(saved, request.user, changed)
            except services.WorkflowError as error:
                form.add_error(None, str(error))
            else:
                if creating:
                    messages.success(request, _("The initiative was saved as a draft. Submit it for publication when it is ready."))
                else:
                    messages.success(request, _("Your changes were saved."))
                return redirect("initiatives:edit", pk=saved.pk)
    errors = bool(form.errors) or any(fs.total_error_count() for _name, fs, _legend in formsets)
    context = {
        "nav": "initiatives",
        "form": form,
        "formsets": formsets,
        "initiative": initiative,
        "creating": creating,
        "has_errors": request.method == "POST" and errors,
        "history": services.history_rows(initiative) if initiative.pk else [],
        "can_submit": bool(initiative.pk) and request.user.has_perm("initiatives.submit_initiative", initiative),
        "missing": services.missing_languages_message(initiative) if initiative.pk else "",
    }
    return render(request, "initiatives/edit.html", context)


def _step(request, initiative, action, success: str, back: bool = False):
    try:
        action()
    except (services.WorkflowError, TransitionNotAllowed) as error:
        messages.error(request, str(error))
    else:
        messages.success(request, success)
    if back and is_service_staff(request.user):
        return redirect("initiatives:review")
    if request.user.has_perm("initiatives.change_initiative", initiative):
        return redirect("initiatives:edit", pk=initiative.pk)
    return redirect(initiative.get_absolute_url())


def _require(request, permission: str, obj=None):
    """None when allowed; the sign-in page for anonymous visitors; 404 for an initiative the user may not
    see (nothing tells it exists); 403 for one they see but may not act on."""
    if request.user.has_perm(permission, obj):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if obj is not None and not request.user.has_perm("initiatives.view_initiative", obj):
        raise Http404
    raise PermissionDenied
