"""Pages of the framework contract: the public providers' directory, the staff's dashboard, membership.
The subsequent contracts' pages are in `contract_views.py`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from django.utils.translation import gettext as _

from polyvox.core.transitions import history
from polyvox.procurement import documents, services, stats
from polyvox.procurement.forms import MeetingForm, MembershipRequestForm, SignatureForm, StandaloneMeetingForm
from polyvox.procurement.models import LotHolding, Membership, NeedsMeeting, Provider, SubsequentContract
from polyvox.procurement.rules import member_organisations, providers_of


# --- Public directory -----------------------------------------------------------------------------


def provider_list(request):
    framework = services.current_framework()
    lots = list(framework.lots.all()) if framework else []
    providers = Provider.objects.select_related("organisation").prefetch_related(
        Prefetch("holdings", queryset=LotHolding.objects.select_related("lot").order_by("lot__number"))
    )
    chosen, note = None, ""
    raw = request.GET.get("lot", "").strip()
    if raw:
        chosen = next((lot for lot in lots if str(lot.number) == raw), None)
        if chosen is None:
            note = _("There is no lot “%(lot)s”; all providers are shown.") % {"lot": raw[:20]}
    if chosen is not None:
        providers = providers.filter(holdings__lot=chosen).order_by("holdings__rank")
    else:
        providers = providers.order_by("organisation__name")
    return render(request, "procurement/provider_list.html", {
        "nav": "providers", "lots": lots, "chosen": chosen, "note": note, "providers": providers, "framework": framework,
    })


def provider_detail(request, slug):
    provider = get_object_or_404(Provider.objects.select_related("organisation"), organisation__slug=slug)
    holdings = provider.holdings.select_related("lot").order_by("lot__number")
    references = provider.initiatives.filter(publication_state="published").order_by("-start_date", "title")
    return render(request, "procurement/provider_detail.html", {
        "nav": "providers", "provider": provider, "holdings": holdings, "references": references,
        "can_edit_logo": _may_edit_provider(request.user, provider)})


def _may_edit_provider(user, provider) -> bool:
    """The Service's staff, or the provider's own people."""
    from polyvox.procurement.rules import providers_of

    return user.is_authenticated and (user.has_perm("procurement.manage") or provider in providers_of(user))


def provider_logo(request, slug):
    """The provider's logo (a PNG re-encoded at upload), served inert."""
    from polyvox.core.media import serve_upload

    provider = get_object_or_404(Provider, organisation__slug=slug)
    return serve_upload(provider.logo, content_type="image/png", private=False, download_name=f"{slug}.png")


@login_required
@require_POST
def provider_logo_upload(request, slug):
    from polyvox.procurement.logos import LogoError, set_logo

    provider = get_object_or_404(Provider.objects.select_related("organisation"), organisation__slug=slug)
    if not _may_edit_provider(request.user, provider):
        raise Http404
    upload = request.FILES.get("logo")
    if upload is None:
        messages.error(request, _("Choose an image file for the logo."))
    else:
        try:
            set_logo(provider, request.user, upload.read(MAX_LOGO_READ))
        except LogoError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The logo is saved."))
    return redirect(provider.get_absolute_url())


MAX_LOGO_READ = 1_000_001  # one byte more than allowed, so that a larger file is recognised and refused


# --- Signed-in overview and dashboard -------------------------------------------------------------


@login_required
def home(request):
    """What the signed-in person can do here: staff, a member's official or a provider."""
    user = request.user
    if not user.has_perm("procurement.use_procurement"):
        raise PermissionDenied
    bodies = member_organisations(user)
    return render(request, "procurement/home.html", {
        "is_staff": user.has_perm("procurement.manage"),
        "memberships": Membership.objects.filter(organisation__in=bodies).select_related("organisation"),
        "bodies": bodies,
        "providers": providers_of(user),
        "contracts": visible_contracts(user)[:20],
    })


def visible_contracts(user):
    """Staff: all; officials: their bodies'; providers: those they were asked for."""
    contracts = SubsequentContract.objects.select_related("organisation", "lot")
    if user.has_perm("procurement.manage"):
        return contracts
    return contracts.filter(
        Q(organisation__in=member_organisations(user)) | Q(invitations__provider__in=providers_of(user))
    ).distinct().order_by("-created_at")


@login_required
def dashboard(request):
    if not request.user.has_perm("procurement.view_dashboard"):
        raise PermissionDenied
    data = stats.figures()
    return render(request, "procurement/dashboard.html", {"data": data, "charts": _charts(data)})


@login_required
def dashboard_csv(request):
    if not request.user.has_perm("procurement.view_dashboard"):
        raise PermissionDenied
    response = HttpResponse(stats.as_csv(stats.figures()), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="framework-contract-figures.csv"'
    return response


def _bars(rows):
    """rows: (label, value, shown) -> with the width of each bar, in % of the largest."""
    top = max((float(value) for _label, value, _shown in rows), default=0) or 1
    return [{"label": label, "value": value, "shown": shown, "width": round(float(value) * 100 / top, 1)} for label, value, shown in rows]


def _charts(data):
    from polyvox.procurement.amounts import format_eur
    from django.utils.translation import get_language

    language = (get_language() or "fr")[:2]
    if not data:
        return []
    money = lambda value: format_eur(value, language)  # noqa: E731
    threshold = money(data["threshold"])
    return [
        {"title": _("Meetings, protocols and contracts"), "rows": _bars([
            (_("Needs meetings"), data["meetings"], data["meetings"]),
            (_("Membership protocols signed"), data["protocols_signed"], data["protocols_signed"]),
            (_("Contracts launched (purchase order issued)"), data["contracts_launched"], data["contracts_launched"]),
            (_("Contracts in preparation"), data["contracts_in_preparation"], data["contracts_in_preparation"]),
            (_("Contracts cancelled"), data["contracts_cancelled"], data["contracts_cancelled"]),
        ])},
        {"title": _("Contracts by amount"), "rows": _bars([
            (_("At or under %(threshold)s") % {"threshold": threshold}, data["contracts_under_threshold"], data["contracts_under_threshold"]),
            (_("Over %(threshold)s") % {"threshold": threshold}, data["contracts_over_threshold"], data["contracts_over_threshold"]),
        ])},
        {"title": _("Members by kind"), "rows": _bars([(row["label"], row["count"], row["count"]) for row in data["members_by_kind"]])},
        {"title": _("Amounts by lot (excl. VAT, contracts not cancelled)"), "rows": _bars(
            [(_("Lot %(number)s") % {"number": row["lot"]}, row["amount"], money(row["amount"])) for row in data["amounts_by_lot"]])},
        {"title": _("Amounts by year (excl. VAT, contracts not cancelled)"), "rows": _bars(
            [(str(row["year"]), row["amount"], money(row["amount"])) for row in data["amounts_by_year"]])},
        {"title": _("Framework contract: consumption against its ceiling"), "rows": _bars([
            (_("Ceiling"), data["framework"]["ceiling"], money(data["framework"]["ceiling"])),
            (_("Committed (contracts not cancelled)"), data["framework"]["committed"], money(data["framework"]["committed"])),
            (_("Consumed (purchase orders issued)"), data["framework"]["consumed"], money(data["framework"]["consumed"])),
            (_("Remaining"), data["framework"]["remaining"], money(data["framework"]["remaining"])),
        ])},
    ]


# --- Membership -----------------------------------------------------------------------------------


@login_required
def membership_request(request):
    if not request.user.has_perm("procurement.request_membership"):
        raise PermissionDenied
    if request.user.has_perm("procurement.manage"):
        from polyvox.organisations.models import Organisation, OrganisationKind

        bodies = Organisation.objects.exclude(kind=OrganisationKind.PROVIDER)
    else:
        bodies = member_organisations(request.user)
    form = MembershipRequestForm(request.POST or None, organisations=bodies, initial={"language": request.user.preferred_language})
    if request.method == "POST" and form.is_valid():
        try:
            membership = services.request_membership(form.cleaned_data["organisation"], request.user,
                                                     need=form.cleaned_data["need"], language=form.cleaned_data["language"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your request is recorded; the Service will contact you for a needs meeting."))
            return redirect(membership)
    return render(request, "procurement/membership_request.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def membership_list(request):
    if not request.user.has_perm("procurement.manage"):
        raise PermissionDenied
    from polyvox.organisations.models import Organisation, OrganisationKind

    form = StandaloneMeetingForm(request.POST or None, organisations=Organisation.objects.exclude(kind=OrganisationKind.PROVIDER))
    if request.method == "POST" and form.is_valid():
        organisation = form.cleaned_data["organisation"]
        membership = Membership.objects.filter(organisation=organisation, framework=services.current_framework()).first()
        services.record_needs_meeting(organisation, request.user, date=form.cleaned_data["date"], notes=form.cleaned_data["notes"],
                                      membership=membership)
        messages.success(request, _("The needs meeting is recorded."))
        return redirect("procurement:membership_list")
    memberships = Membership.objects.select_related("organisation").order_by("state", "organisation__name")
    meetings = NeedsMeeting.objects.select_related("organisation").order_by("-date")[:30]
    return render(request, "procurement/membership_list.html", {"memberships": memberships, "form": form, "meetings": meetings},
                  status=400 if form.errors else 200)


@login_required
def membership_detail(request, pk):
    membership = get_object_or_404(Membership.objects.select_related("organisation", "framework"), pk=pk)
    if not request.user.has_perm("procurement.view_membership", membership):
        raise Http404  # another body's membership: nothing tells it exists
    is_staff = request.user.has_perm("procurement.manage")
    meeting_form = MeetingForm(prefix="meeting")
    signature_form = SignatureForm(prefix="sign")
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "meeting" and is_staff:
                meeting_form = MeetingForm(request.POST, prefix="meeting")
                if meeting_form.is_valid():
                    services.record_needs_meeting(membership.organisation, request.user, membership=membership, **meeting_form.cleaned_data)
                    messages.success(request, _("The needs meeting is recorded."))
                    return redirect(membership)
            elif action == "sign" and (is_staff or request.user.has_perm("procurement.act_as_member", membership)):
                signature_form = SignatureForm(request.POST, request.FILES, prefix="sign")
                if signature_form.is_valid():
                    services.sign_membership(membership, request.user, **signature_form.cleaned_data)
                    messages.success(request, _("The protocol is signed: %(organisation)s is now a member.") % {"organisation": membership.organisation})
                    return redirect(membership)
            else:
                raise PermissionDenied
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        except Exception as error:
            from polyvox.core.transitions import TransitionNotAllowed

            if not isinstance(error, TransitionNotAllowed):
                raise
            messages.error(request, str(error))
        status = 400
    return render(request, "procurement/membership_detail.html", {
        "membership": membership, "is_staff": is_staff, "meeting_form": meeting_form, "signature_form": signature_form,
        "meetings": membership.meetings.all(), "history": history(membership),
        "can_sign": membership.state == "meeting_held" and (is_staff or request.user.has_perm("procurement.act_as_member", membership)),
    }, status=status)


@login_required
def membership_protocol(request, pk):
    membership = get_object_or_404(Membership.objects.select_related("organisation", "framework"), pk=pk)
    if not request.user.has_perm("procurement.view_membership", membership):
        raise Http404  # another body's membership: nothing tells it exists
    response = HttpResponse(documents.membership_protocol(membership), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="protocol-{membership.number}.pdf"'
    return response


@login_required
def membership_signed_protocol(request, pk):
    """The signed protocol as uploaded, to those who may see the membership (404 to anyone else, or when none)."""
    from polyvox.core.media import serve_upload

    membership = get_object_or_404(Membership.objects.select_related("organisation", "framework"), pk=pk)
    if not request.user.has_perm("procurement.view_membership", membership):
        raise Http404
    return serve_upload(membership.signed_document, content_type="application/pdf",
                        download_name=membership.signed_document_name or f"protocol-{membership.number}-signed.pdf")
