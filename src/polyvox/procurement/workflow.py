"""The state changes of the framework contract, each written once: a body's membership, a subsequent contract
(the seed's eight steps) and a provider's answer to a request (an invitation).

Each move names the permission it needs (`procurement/rules.py`) and the guards that must hold (their reasons
are what the person acting reads). The moves the platform makes by itself (a cascade exhausted, a request left
unanswered past its deadline) need `procurement.platform_step`, which no person has: only `SYSTEM` makes them.
Services move objects with `polyvox.core.workflow.apply(obj, name, by=user_or_SYSTEM, **data)`.
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.workflow import Transition, Workflow

STAFF, MEMBER, PROVIDER = "procurement.manage", "procurement.act_as_member", "procurement.respond_as_provider"
PLATFORM = "procurement.platform_step"

# What each recorded action is called on the pages (the audit trail keeps the code).
ACTION_LABELS = {
    "request": gettext_lazy("membership requested"),
    "record_meeting": gettext_lazy("needs meeting recorded"),
    "sign": gettext_lazy("protocol signed"),
    "withdraw": gettext_lazy("request withdrawn"),
    "record_need": gettext_lazy("need recorded"),
    "draft_specification": gettext_lazy("specification drafted"),
    "revise_specification": gettext_lazy("specification revised"),
    "set_criteria": gettext_lazy("award criteria set"),
    "invite_offers": gettext_lazy("offers requested from the lot's providers"),
    "start_cascade": gettext_lazy("cascade started"),
    "cascade_invite": gettext_lazy("provider asked (cascade)"),
    "cascade_declined": gettext_lazy("provider declined"),
    "cascade_expired": gettext_lazy("no answer by the deadline"),
    "question": gettext_lazy("question asked"),
    "answer": gettext_lazy("answer published"),
    "offer_received": gettext_lazy("offer received (sealed)"),
    "open_offers": gettext_lazy("offers opened"),
    "no_conflict_declared": gettext_lazy("no conflict of interest declared"),
    "award": gettext_lazy("award report drawn up"),
    "propose_deviation": gettext_lazy("award off the ranking proposed"),
    "approve_deviation": gettext_lazy("award off the ranking approved"),
    "refuse_deviation": gettext_lazy("award off the ranking refused"),
    "accept": gettext_lazy("provider accepted"),
    "exhaust": gettext_lazy("cascade exhausted"),
    "validate": gettext_lazy("validated by the decision body"),
    "issue_order": gettext_lazy("purchase order issued"),
    "launch": gettext_lazy("mission launched"),
    "cancel": gettext_lazy("cancelled"),
}


def _brussels(moment) -> str:
    if moment is None:
        return "—"
    return timezone.localtime(moment, timezone.get_default_timezone()).strftime("%d/%m/%Y %H:%M")


# --- guards: None when the move may happen, else the reason ---------------------------------------------

def specification_drafted(contract, step):
    if not contract.specifications.exists():
        return _("Draft the specification before requesting offers.")
    return None


def criteria_set(contract, step):
    if contract.criteria.count() == 0:
        return _("Set the award criteria before requesting offers.")
    return None


def deadline_passed(contract, step):
    now = step.data.get("now") or timezone.now()
    if contract.offer_deadline is None or now < contract.offer_deadline:
        return _("Offers stay sealed until the deadline (%(deadline)s).") % {"deadline": _brussels(contract.offer_deadline)}
    return None


def deviation_waiting(contract, step):
    if contract.proposed_offer_id is None:
        return _("No award off the ranking is waiting for approval.")
    return None


def approved_by_another_person(contract, step):
    if contract.deviation_proposed_by_id is None or contract.deviation_proposed_by_id == getattr(step.by, "pk", None):
        return _("An award off the ranking must be approved by a staff member other than the one who proposed it.")
    return None


def _t(name, source, target, permission, **kwargs) -> Transition:
    return Transition(name, source, target, permission=permission, label=ACTION_LABELS.get(name, ""), **kwargs)


MEMBERSHIP = Workflow("procurement.Membership", "state", [
    _t("record_meeting", "requested", "meeting_held", STAFF),
    _t("sign", "meeting_held", "member", MEMBER),
    _t("withdraw", ("requested", "meeting_held"), "withdrawn", MEMBER),
])

_CANCELLABLE = ("need", "specification", "tendering", "cascade", "evaluation", "deviation_proposed", "awarded", "validated", "ordered")

CONTRACT = Workflow("procurement.SubsequentContract", "state", [
    # Step 3: the specification is co-drafted from the template.
    _t("draft_specification", "need", "specification", MEMBER),
    # Step 4: the request goes out, by re-competition or by cascade.
    _t("invite_offers", "specification", "tendering", STAFF, guards=(specification_drafted, criteria_set)),
    _t("start_cascade", "specification", "cascade", STAFF, guards=(specification_drafted,)),
    # Step 5: offers opened after the deadline, scored and ranked; the award report drawn up.
    _t("open_offers", "tendering", "evaluation", STAFF, guards=(deadline_passed,)),
    _t("award", "evaluation", "awarded", STAFF),
    # An award to another offer than the best-ranked one: proposed, then approved or refused by a second person.
    _t("propose_deviation", "evaluation", "deviation_proposed", STAFF),
    _t("approve_deviation", "deviation_proposed", "awarded", STAFF, guards=(deviation_waiting, approved_by_another_person)),
    _t("refuse_deviation", "deviation_proposed", "evaluation", STAFF),
    _t("accept", "cascade", "awarded", PROVIDER),
    _t("exhaust", "cascade", "specification", PLATFORM),
    # Step 6: the member's decision body validates the chosen offer.
    _t("validate", "awarded", "validated", MEMBER),
    # Step 7: the purchase order is issued and sent to the provider.
    _t("issue_order", "validated", "ordered", STAFF),
    # Step 8: the member launches the mission.
    _t("launch", "ordered", "launched", MEMBER),
    _t("cancel", _CANCELLABLE, "cancelled", MEMBER),
])

#: A provider's answer to a request for an offer (the cascade asks one provider at a time).
INVITATION = Workflow("procurement.Invitation", "status", [
    Transition("accept", "invited", "accepted", permission="procurement.answer_invitation", label=ACTION_LABELS["accept"]),
    Transition("decline", "invited", "declined", permission="procurement.answer_invitation",
               label=ACTION_LABELS["cascade_declined"]),
    Transition("expire", "invited", "expired", permission=PLATFORM, label=ACTION_LABELS["cascade_expired"]),
])
