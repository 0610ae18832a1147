"""Pages of the subsequent contracts: list, need, the contract's page with each step's form, documents.

Every step is a POST to `contract_action` naming the action; the ACTIONS table says who may do it and
which form and service step it uses. Offers are read only through `Offer.objects.unsealed()`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from polyvox.core.media import serve_upload
from polyvox.core.transitions import TransitionNotAllowed, history
from polyvox.procurement import documents, forms, services
from polyvox.procurement.models import Criterion, Lot, Need, Offer, SubsequentContract
from polyvox.procurement.rules import member_organisations, provider_for_contract
from polyvox.procurement.views import visible_contracts
from polyvox.procurement.workflow import CONTRACT


@login_required
def contract_list(request):
    if not request.user.has_perm("procurement.use_procurement"):
        raise PermissionDenied
    contracts = visible_contracts(request.user)
    state = request.GET.get("state", "")
    if state in dict(SubsequentContract._meta.get_field("state").choices):
        contracts = contracts.filter(state=state)
    return render(request, "procurement/contract_list.html", {
        "contracts": contracts, "state": state, "states": SubsequentContract._meta.get_field("state").choices,
        "can_create": request.user.has_perm("procurement.manage") or member_organisations(request.user).filter(memberships__state="member").exists(),
    })


@login_required
def contract_create(request):
    user = request.user
    staff = user.has_perm("procurement.manage")
    framework = services.current_framework()
    from polyvox.organisations.models import Organisation

    members = Organisation.objects.filter(memberships__framework=framework, memberships__state="member")
    if not staff:
        members = members.filter(pk__in=member_organisations(user).values("pk"))
    if not members.exists():
        raise PermissionDenied
    form = forms.NeedForm(request.POST or None, organisations=members, lots=Lot.objects.filter(framework=framework).order_by("number"), staff=staff)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            contracts = services.record_needs(data["organisation"], user, title=data["title"], need=data["need"], lots=form.lot_requests())
        except ValidationError as error:
            form.add_service_errors(error)
        else:
            if len(contracts) == 1:
                messages.success(request, _("The need is recorded."))
                return redirect(contracts[0])
            messages.success(request, _("The need is recorded: one subsequent contract per lot (%(count)s).") % {"count": len(contracts)})
            return redirect(contracts[0].need_record)
    return render(request, "procurement/contract_form.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def need_detail(request, pk):
    need = get_object_or_404(Need.objects.select_related("organisation", "framework"), pk=pk)
    if not request.user.has_perm("procurement.act_as_member", need):
        raise Http404  # another body's need: nothing tells it exists
    contracts = need.contracts.select_related("lot", "organisation").order_by("lot__number")
    return render(request, "procurement/need_detail.html", {"need": need, "contracts": contracts})


def _contract_for(request, pk):
    contract = get_object_or_404(SubsequentContract.objects.select_related(
        "organisation", "lot", "framework", "awarded_offer__provider__organisation", "proposed_offer__provider__organisation",
        "deviation_proposed_by", "deviation_approved_by"), pk=pk)
    if not request.user.has_perm("procurement.view_contract", contract):
        raise Http404  # a contract one may not see answers as if it did not exist
    return contract


@login_required
def contract_detail(request, pk, bound=None, status=200):
    contract = _contract_for(request, pk)
    user = request.user
    is_staff = user.has_perm("procurement.manage")
    is_member = user.has_perm("procurement.act_as_member", contract)
    my_provider = provider_for_contract(user, contract)
    now = timezone.now()
    # Offers: the staff and the member see them only once unsealed; a provider sees its own only.
    if is_staff or is_member:
        offers = Offer.objects.unsealed(now).filter(contract=contract).select_related("provider__organisation")
    else:
        offers = Offer.objects.none()
    my_offer = Offer.objects.filter(contract=contract, provider=my_provider).first() if my_provider else None
    invitation = contract.invitations.filter(provider=my_provider).first() if my_provider else None
    current = services.current_cascade_invitation(contract) if contract.state == "cascade" else None
    rows = services.ranking(contract, now) if contract.procedure == "recompetition" and contract.state != "tendering" and (is_staff or is_member) else []
    declared = contract.scorer_declarations.filter(scorer=user).exists()
    quality = list(contract.criteria.filter(kind=Criterion.Kind.QUALITY))
    my_scores = {(s.offer_id, s.criterion_id): s.points for s in _my_scores(contract, user)}
    bound = bound or {}
    context = {
        "contract": contract, "is_staff": is_staff, "is_member": is_member, "my_provider": my_provider, "invitation": invitation,
        "my_offer": my_offer, "offers": offers, "rows": rows, "current_invitation": current, "declared": declared,
        "quality_criteria": quality,
        "score_rows": [{"offer": offer, "cells": [{"criterion": c, "value": my_scores.get((offer.pk, c.pk), "")} for c in quality]} for offer in offers],
        "questions": contract.questions.select_related("provider__organisation"),
        "published_answers": contract.questions.exclude(answer=""),
        "specification": contract.current_specification(), "versions": contract.specifications.all(),
        "criteria": contract.criteria.all(), "invitations": contract.invitations.select_related("provider__organisation"),
        "history": history(contract), "allowed": CONTRACT.allowed(contract), "now": now,
        "siblings": contract.siblings() if is_staff or is_member else [],
        "deadline_passed": contract.deadline_passed,
        "forms": {
            "specification": bound.get("specification") or forms.SpecificationForm(initial={"body": getattr(contract.current_specification(), "body", "")}),
            "criteria": bound.get("criteria") or forms.CriteriaForm(initial=_criteria_initial(contract)),
            "invite": bound.get("invite") or forms.InviteForm(),
            "question": bound.get("question") or forms.QuestionForm(),
            "offer": bound.get("offer") or forms.OfferForm(),
            "accept": bound.get("accept") or forms.OfferForm(prefix="accept"),
            "decline": bound.get("decline") or forms.DeclineForm(),
            "declare": bound.get("declare") or forms.DeclarationForm(),
            "award": bound.get("award") or forms.AwardForm(offers=offers, best=rows[0]["offer"] if rows else None),
            "refuse_deviation": bound.get("refuse_deviation") or forms.DeviationRefusalForm(),
            "validate": bound.get("validate") or forms.ValidationForm(initial={"decision_body": ""}),
            "cancel": bound.get("cancel") or forms.CancelForm(),
        },
        "error_action": bound.get("_action"),
        "can_decide_deviation": is_staff and contract.deviation_proposed_by_id not in (None, user.pk),
    }
    return render(request, "procurement/contract_detail.html", context, status=status)


def _best_offer(contract):
    rows = services.ranking(contract) if contract.procedure == "recompetition" else []
    return rows[0]["offer"] if rows else None


def _my_scores(contract, user):
    from polyvox.procurement.models import Score

    return Score.objects.filter(offer__contract=contract, scorer=user)


def _criteria_initial(contract):
    initial = {}
    for i, criterion in enumerate(contract.criteria.all()[: forms.CriteriaForm.ROWS], start=1):
        initial.update({f"name_{i}": criterion.name, f"kind_{i}": criterion.kind, f"weight_{i}": criterion.weight})
    if not initial:
        initial = {"name_1": _("Price"), "kind_1": "price", "weight_1": 40, "name_2": _("Quality of the methodology"), "kind_2": "quality", "weight_2": 60}
    return initial


# --- The steps, one table ----------------------------------------------------------------------------


def _specification(request, contract, form):
    services.draft_specification(contract, request.user, body=form.cleaned_data["body"], note=form.cleaned_data["note"])


def _criteria(request, contract, form):
    services.set_criteria(contract, request.user, form.criteria())


def _invite(request, contract, form):
    if contract.procedure == "cascade":
        services.start_cascade(contract, request.user)
    else:
        services.invite_offers(contract, request.user, deadline=form.cleaned_data["deadline"])


def _question(request, contract, form):
    services.ask_question(contract, provider_for_contract(request.user, contract), request.user, form.cleaned_data["text"])


def _answer(request, contract, form):
    question = get_object_or_404(contract.questions, pk=form.cleaned_data["question"])
    services.answer_question(question, request.user, form.cleaned_data["answer"])


def _offer(request, contract, form):
    data = form.cleaned_data
    services.submit_offer(contract, provider_for_contract(request.user, contract), request.user, price=data["price"], proposal=data["proposal"], document=data["document"])


def _accept(request, contract, form):
    data = form.cleaned_data
    services.cascade_accept(contract, provider_for_contract(request.user, contract), request.user, price=data["price"], proposal=data["proposal"], document=data["document"])


def _decline(request, contract, form):
    services.cascade_decline(contract, provider_for_contract(request.user, contract), request.user, reason=form.cleaned_data["reason"])


def _open(request, contract, form):
    services.open_offers(contract, request.user)


def _declare(request, contract, form):
    services.declare_no_conflict(contract, request.user, _("I declare that I have no conflict of interest with any of the providers who submitted an offer."))


def _score(request, contract, form):
    from decimal import Decimal, InvalidOperation

    def points(offer, criterion):
        raw = request.POST.get(f"score-{offer.pk}-{criterion.pk}", "").strip().replace(",", ".")
        if raw == "":
            return None
        try:
            return Decimal(raw)
        except InvalidOperation:
            raise ValidationError(_("Points go from 0 to 10.")) from None

    services.score_offers(contract, request.user, points)


def _award(request, contract, form):
    reasons = {offer.pk: request.POST.get(f"reason-{offer.pk}", "") for offer in Offer.objects.unsealed().filter(contract=contract)}
    outcome = services.award(contract, request.user, offer=form.cleaned_data["offer"], justification=form.cleaned_data["justification"],
                             reasons=reasons, ground=form.cleaned_data["ground"], reasoning=form.cleaned_data["reasoning"])
    if outcome == "proposed":
        return _("Award off the ranking proposed: it takes effect once another staff member approves it.")
    return None


def _approve_deviation(request, contract, form):
    services.approve_deviation(contract, request.user)


def _refuse_deviation(request, contract, form):
    services.refuse_deviation(contract, request.user, reason=form.cleaned_data["reason"])


def _validate(request, contract, form):
    services.validate(contract, request.user, **form.cleaned_data)


def _order(request, contract, form):
    services.issue_order(contract, request.user)


def _launch(request, contract, form):
    services.launch(contract, request.user)


def _cancel(request, contract, form):
    services.cancel(contract, request.user, reason=form.cleaned_data["reason"])


STAFF, MEMBER, PROVIDER = "procurement.manage", "procurement.act_as_member", "procurement.respond_as_provider"
# action: (who may, form (None: no fields), step, message on success: says what was done)
ACTIONS = {
    "specification": ((STAFF, MEMBER), forms.SpecificationForm, _specification, gettext_lazy("New version of the specification saved.")),
    "criteria": ((STAFF,), forms.CriteriaForm, _criteria, gettext_lazy("Award criteria saved.")),
    "invite": ((STAFF,), forms.InviteForm, _invite, gettext_lazy("Request sent to the lot's providers.")),
    "cascade": ((STAFF,), None, _invite, gettext_lazy("Cascade started: the first-ranked provider is asked.")),
    "question": ((PROVIDER,), forms.QuestionForm, _question, gettext_lazy("Question sent to the Service.")),
    "answer": ((STAFF,), forms.AnswerForm, _answer, gettext_lazy("Answer published to every provider asked.")),
    "offer": ((PROVIDER,), forms.OfferForm, _offer, gettext_lazy("Offer submitted; it stays sealed until the deadline.")),
    "accept": ((PROVIDER,), forms.OfferForm, _accept, gettext_lazy("Request accepted with your offer.")),
    "decline": ((PROVIDER,), forms.DeclineForm, _decline, gettext_lazy("Request declined.")),
    "open": ((STAFF,), None, _open, gettext_lazy("Offers opened.")),
    "declare": ((STAFF, MEMBER), forms.DeclarationForm, _declare, gettext_lazy("Declaration of no conflict of interest recorded.")),
    "score": ((STAFF, MEMBER), None, _score, gettext_lazy("Your scores are saved.")),
    "award": ((STAFF,), forms.AwardForm, _award, gettext_lazy("Award report drawn up; the providers are informed.")),
    "approve_deviation": ((STAFF,), None, _approve_deviation, gettext_lazy("Award off the ranking approved; the award report is drawn up and the providers are informed.")),
    "refuse_deviation": ((STAFF,), forms.DeviationRefusalForm, _refuse_deviation, gettext_lazy("Award off the ranking refused; the offers are back to scoring.")),
    "validate": ((STAFF, MEMBER), forms.ValidationForm, _validate, gettext_lazy("Decision of the decision body recorded.")),
    "order": ((STAFF,), None, _order, gettext_lazy("Purchase order issued and sent to the provider.")),
    "launch": ((STAFF, MEMBER), None, _launch, gettext_lazy("Mission launched.")),
    "cancel": ((STAFF, MEMBER), forms.CancelForm, _cancel, gettext_lazy("Contract cancelled; the people concerned are informed.")),
}


@login_required
@require_POST
def contract_action(request, pk, action):
    contract = _contract_for(request, pk)
    if action not in ACTIONS:
        raise Http404
    who, form_class, step, done = ACTIONS[action]
    if not any(request.user.has_perm(permission, contract) for permission in who):
        raise PermissionDenied
    form = None
    if form_class is not None:
        kwargs = {"prefix": "accept"} if action == "accept" else {}
        if form_class is forms.AwardForm:
            kwargs["offers"] = Offer.objects.unsealed().filter(contract=contract)
            kwargs["best"] = _best_offer(contract)
        form = form_class(request.POST, request.FILES, **kwargs)
        if not form.is_valid():
            return contract_detail(request, pk, bound={action: form, "_action": action}, status=400)
    try:
        said = step(request, contract, form)
    except (ValidationError, TransitionNotAllowed) as error:
        text = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        messages.error(request, text)
        if form is not None:
            form.add_error(None, text)
            return contract_detail(request, pk, bound={action: form, "_action": action}, status=400)
        return contract_detail(request, pk, status=400)
    messages.success(request, said or done)
    return redirect(contract)


# --- Documents ----------------------------------------------------------------------------------------


@login_required
def award_report_pdf(request, pk):
    contract = _contract_for(request, pk)
    if contract.awarded_offer is None or not (request.user.has_perm(STAFF) or request.user.has_perm(MEMBER, contract)):
        raise Http404
    response = HttpResponse(documents.award_report(contract, services.ranking(contract)), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="award-report-{contract.reference}.pdf"'
    return response


@login_required
def purchase_order_pdf(request, pk):
    contract = _contract_for(request, pk)
    if not contract.order_number:
        raise Http404
    mine = provider_for_contract(request.user, contract)
    if not (request.user.has_perm(STAFF) or request.user.has_perm(MEMBER, contract) or (mine and mine == contract.awarded_offer.provider)):
        raise Http404  # another provider's order
    response = HttpResponse(documents.purchase_order(contract), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="purchase-order-{contract.order_number}.pdf"'
    return response


@login_required
def offer_document(request, pk):
    """An offer's PDF: to its own provider at any time; to staff and member only once the deadline has passed."""
    offer = get_object_or_404(Offer.objects.select_related("contract", "provider"), pk=pk)
    mine = provider_for_contract(request.user, offer.contract)
    own = mine is not None and mine.pk == offer.provider_id
    if not own:
        if offer.is_sealed() or not (request.user.has_perm(STAFF) or request.user.has_perm(MEMBER, offer.contract)):
            raise Http404
    return serve_upload(offer.document, download_name=offer.document_name or f"offer-{offer.pk}.pdf",
                        content_type="application/pdf")
