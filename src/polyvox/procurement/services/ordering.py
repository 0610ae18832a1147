"""Steps 6 to 8: the member's decision body validates, the purchase order is issued, the mission launched;
or the contract is cancelled."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.procurement import notifications as mail
from polyvox.procurement.models import SubsequentContract
from polyvox.procurement.services.common import _move


def validate(contract, actor, *, decision_body: str, decision_date, decision_reference: str) -> None:
    if not decision_body.strip() or not decision_reference.strip() or decision_date is None:
        raise ValidationError(_("Give the decision body, the date and the reference of its decision."))
    if decision_date > timezone.localdate():
        raise ValidationError(_("The date of the decision cannot be in the future."))
    contract.decision_body, contract.decision_date, contract.decision_reference = decision_body.strip(), decision_date, decision_reference.strip()
    _move(contract, "validate", actor, save_fields=("decision_body", "decision_date", "decision_reference"),
                   message=f"{contract.decision_body} · {decision_date} · {contract.decision_reference}")
    mail.notify(mail.staff_users(), gettext_lazy("Purchase order to issue: %(title)s"),
                gettext_lazy("The member's decision body validated the award. Please issue the purchase order."),
                url_name="procurement:contract_detail", url_args=[contract.pk], title=contract.title)


def issue_order(contract, actor, *, now=None) -> str:
    now = now or timezone.now()
    with transaction.atomic():
        year = timezone.localdate(now).year
        prefix = f"BC-{year}-"
        numbers = [int(n.rsplit("-", 1)[1]) for n in SubsequentContract.objects.filter(order_number__startswith=prefix).values_list("order_number", flat=True)]
        contract.order_number = f"{prefix}{max(numbers, default=0) + 1:04d}"
        contract.ordered_on = timezone.localdate(now)
        _move(contract, "issue_order", actor, save_fields=("order_number", "ordered_on"), message=contract.order_number)
    mail.notify(mail.provider_users(contract.awarded_offer.provider), gettext_lazy("Purchase order %(number)s"),
                gettext_lazy("The purchase order for “%(title)s” is issued. Please get in touch with the member to start the mission."),
                url_name="procurement:contract_detail", url_args=[contract.pk], number=contract.order_number, title=contract.title)
    mail.notify(mail.officials_of(contract.organisation), gettext_lazy("Purchase order %(number)s"),
                gettext_lazy("The purchase order for “%(title)s” is issued: you can launch the mission with the provider."),
                url_name="procurement:contract_detail", url_args=[contract.pk], number=contract.order_number, title=contract.title)
    return contract.order_number


def launch(contract, actor, *, launched_on=None) -> None:
    contract.launched_on = launched_on or timezone.localdate()
    _move(contract, "launch", actor, save_fields=("launched_on",))


def cancel(contract, actor, *, reason: str) -> None:
    if not reason.strip():
        raise ValidationError(_("Give the reason for cancelling."))
    contract.cancel_reason = reason.strip()
    _move(contract, "cancel", actor, save_fields=("cancel_reason",), message=contract.cancel_reason)
    people = list(mail.officials_of(contract.organisation))
    for invitation in contract.invitations.select_related("provider__organisation"):
        people += list(mail.provider_users(invitation.provider))
    mail.notify(people, gettext_lazy("Contract cancelled: %(title)s"), gettext_lazy("The contract was cancelled. Reason: %(reason)s"),
                title=contract.title, reason=contract.cancel_reason)
