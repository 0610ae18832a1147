"""The two state machines of the framework contract, each written once as a table of allowed moves."""

from django.utils.translation import gettext_lazy as _

from polyvox.core.transitions import StateMachine

MEMBERSHIP = StateMachine(
    "state",
    {
        ("requested", "record_meeting"): "meeting_held",
        ("meeting_held", "sign"): "member",
        ("requested", "withdraw"): "withdrawn",
        ("meeting_held", "withdraw"): "withdrawn",
    },
)

_CANCELLABLE = ("need", "specification", "tendering", "cascade", "evaluation", "deviation_proposed", "awarded", "validated", "ordered")

CONTRACT = StateMachine(
    "state",
    {
        # Step 3: the specification is co-drafted from the template.
        ("need", "draft_specification"): "specification",
        # Step 4: the request goes out, by re-competition or by cascade.
        ("specification", "invite_offers"): "tendering",
        ("specification", "start_cascade"): "cascade",
        # Step 5: offers opened after the deadline, scored and ranked; the award report drawn up.
        ("tendering", "open_offers"): "evaluation",
        ("evaluation", "award"): "awarded",
        # An award to another offer than the best-ranked one: proposed, then approved or refused by a second person.
        ("evaluation", "propose_deviation"): "deviation_proposed",
        ("deviation_proposed", "approve_deviation"): "awarded",
        ("deviation_proposed", "refuse_deviation"): "evaluation",
        ("cascade", "accept"): "awarded",
        ("cascade", "exhaust"): "specification",
        # Step 6: the member's decision body validates the chosen offer.
        ("awarded", "validate"): "validated",
        # Step 7: the purchase order is issued and sent to the provider.
        ("validated", "issue_order"): "ordered",
        # Step 8: the member launches the mission.
        ("ordered", "launch"): "launched",
        **{(state, "cancel"): "cancelled" for state in _CANCELLABLE},
    },
)

# What each recorded action is called on the pages (the audit trail keeps the code).
ACTION_LABELS = {
    "request": _("membership requested"),
    "record_meeting": _("needs meeting recorded"),
    "sign": _("protocol signed"),
    "withdraw": _("request withdrawn"),
    "record_need": _("need recorded"),
    "draft_specification": _("specification drafted"),
    "revise_specification": _("specification revised"),
    "set_criteria": _("award criteria set"),
    "invite_offers": _("offers requested from the lot's providers"),
    "start_cascade": _("cascade started"),
    "cascade_invite": _("provider asked (cascade)"),
    "cascade_declined": _("provider declined"),
    "cascade_expired": _("no answer by the deadline"),
    "question": _("question asked"),
    "answer": _("answer published"),
    "offer_received": _("offer received (sealed)"),
    "open_offers": _("offers opened"),
    "no_conflict_declared": _("no conflict of interest declared"),
    "award": _("award report drawn up"),
    "propose_deviation": _("award off the ranking proposed"),
    "approve_deviation": _("award off the ranking approved"),
    "refuse_deviation": _("award off the ranking refused"),
    "accept": _("provider accepted"),
    "exhaust": _("cascade exhausted"),
    "validate": _("validated by the decision body"),
    "issue_order": _("purchase order issued"),
    "launch": _("mission launched"),
    "cancel": _("cancelled"),
}
