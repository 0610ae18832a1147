"""Membership (step 3's "adhésion"): a public body asks to join, the needs meeting, the signed protocol."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.transitions import Msg, record
from polyvox.organisations.models import OrganisationKind
from polyvox.procurement import notifications as mail
from polyvox.procurement.models import Membership, NeedsMeeting
from polyvox.procurement.uploads import check_pdf
from polyvox.procurement.services.common import _move, current_framework


def request_membership(organisation, actor, *, need: str = "", language: str | None = None) -> Membership:
    """A public body (any kind but provider) asks to join the framework contract."""
    framework = current_framework()
    if framework is None:
        raise ValidationError(_("There is no framework contract to join."))
    if organisation.kind == OrganisationKind.PROVIDER:
        raise ValidationError(_("Only public bodies can join the framework contract; providers cannot."))
    existing = Membership.objects.filter(framework=framework, organisation=organisation).first()
    if existing and existing.state != Membership.State.WITHDRAWN:
        raise ValidationError(_("%(organisation)s has already asked to join.") % {"organisation": organisation})
    with transaction.atomic():
        if existing:
            existing.delete()
        membership = Membership.objects.create(
            framework=framework, organisation=organisation, need=need, requested_by=actor,
            language=language or getattr(actor, "preferred_language", "fr") or "fr",
        )
        record(membership, "request", actor=actor, to_state=membership.state)
    mail.notify(
        mail.staff_users(), gettext_lazy("Membership request from %(organisation)s"),
        gettext_lazy("%(organisation)s asks to join the framework contract. Please plan the needs meeting."),
        url_name="procurement:membership_detail", url_args=[membership.pk], organisation=organisation,
    )
    return membership


def record_needs_meeting(organisation, actor, *, date, notes: str = "", membership=None) -> NeedsMeeting:
    """Staff record a meeting about a body's needs; the first one on a request readies the protocol."""
    with transaction.atomic():
        meeting = NeedsMeeting.objects.create(organisation=organisation, membership=membership, date=date, notes=notes, recorded_by=actor)
        if membership is not None and membership.state == Membership.State.REQUESTED:
            _move(membership, "record_meeting", actor, message=Msg("Needs meeting on %(date)s", **{"date": date}))
            mail.notify(
                mail.officials_of(organisation), gettext_lazy("Your membership protocol is ready to sign"),
                gettext_lazy("The membership protocol of %(organisation)s is ready: download it, have it signed and record the signature."),
                url_name="procurement:membership_detail", url_args=[membership.pk], organisation=organisation,
            )
    return meeting


def sign_membership(membership, actor, *, signed_on, signatory_name: str, signatory_function: str = "", document=None) -> Membership:
    """Record the signed protocol (date, signatory): the body becomes a member."""
    if not signatory_name.strip():
        raise ValidationError(_("Give the name of the person who signed."))
    if signed_on > timezone.localdate():
        raise ValidationError(_("The signature date cannot be in the future."))
    check_pdf(document)
    membership.signed_on = signed_on
    membership.signatory_name = signatory_name.strip()
    membership.signatory_function = signatory_function.strip()
    fields = ["signed_on", "signatory_name", "signatory_function"]
    if document is not None:
        membership.signed_document = document
        fields.append("signed_document")
    _move(membership, "sign", actor, save_fields=tuple(fields),
                     message=Msg("Signed on %(date)s by %(name)s", **{"date": signed_on, "name": membership.signatory_name}))
    return membership


def is_member(organisation, framework=None) -> bool:
    framework = framework or current_framework()
    return Membership.objects.filter(framework=framework, organisation=organisation, state=Membership.State.MEMBER).exists()
