"""The two state machines of the framework contract, each written once as a table of allowed moves."""

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

_CANCELLABLE = ("need", "specification", "tendering", "cascade", "evaluation", "awarded", "validated", "ordered")

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
