"""The use cases of the framework contract, one command each: membership, then each subsequent contract from
need to mission (the seed's eight steps). Each checks its rules, writes in one transaction, moves the state
through `procurement/workflow.py` (permission, guards, audit entry) and tells whoever must act next.

    membership  a public body joins (request, needs meeting, signed protocol)
    needs       steps 1-3: the need per lot under the ceilings, the specification, the award criteria
    tendering   step 4: re-competition or cascade, questions, sealed offers, deadlines moved on
    evaluation  step 5: opening, scoring, ranking, the award (or an award off the ranking, approved by another)
    ordering    steps 6-8: validation, purchase order, launch; or cancellation
"""

from polyvox.procurement.services.common import current_framework
from polyvox.procurement.services.evaluation import (
    MIN_REASONING_CHARS, MIN_REASONING_WORDS, PLACEHOLDER_WORDS, approve_deviation, award, check_reasoning,
    declare_no_conflict, open_offers, ranking, refuse_deviation, score_offer, score_offers,
)
from polyvox.procurement.services.membership import is_member, record_needs_meeting, request_membership, sign_membership
from polyvox.procurement.services.needs import (
    LotRequest, check_amount, draft_specification, record_need, record_needs, set_criteria, specification_from_template,
)
from polyvox.procurement.services.ordering import cancel, issue_order, launch, validate
from polyvox.procurement.services.tendering import (
    advance_deadlines, answer_question, ask_question, cascade_accept, cascade_decline, cascade_deadline,
    current_cascade_invitation, invite_offers, start_cascade, submit_offer,
)

__all__ = [
    "MIN_REASONING_CHARS", "MIN_REASONING_WORDS", "PLACEHOLDER_WORDS", "LotRequest", "advance_deadlines", "answer_question",
    "approve_deviation", "ask_question", "award", "cancel", "cascade_accept", "cascade_deadline", "cascade_decline",
    "check_amount", "check_reasoning", "current_cascade_invitation", "current_framework", "declare_no_conflict",
    "draft_specification", "invite_offers", "is_member", "issue_order", "launch", "open_offers", "ranking", "record_need",
    "record_needs", "record_needs_meeting", "refuse_deviation", "request_membership", "score_offer", "score_offers",
    "set_criteria", "sign_membership", "specification_from_template", "start_cascade", "submit_offer", "validate",
]
