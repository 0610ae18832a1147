"""The framework contract's data, one module per part of the domain (every name importable from here):

    framework   the framework contract, its lots, the providers and the lots they hold in ranked order
    membership  a public body joining, and the meetings about its needs
    choices     a subsequent contract's states and procedures, the seed's eight steps, the grounds of an award
                off the ranking
    contracts   a need, its subsequent contracts (one per lot) and the specification's versions
    offers      invitations, questions, award criteria, sealed offers, scorers' declarations and scores
    files       where uploads are stored (unguessable names)
    tokens      personal API tokens
"""

from polyvox.procurement.models.choices import (
    LAUNCHED_STATES, PREPARATION_STATES, SEED_STEP, SEED_STEP_LABELS, ContractState, DeviationGround, Procedure,
)
from polyvox.procurement.models.contracts import Need, SpecificationTemplate, SpecificationVersion, SubsequentContract
from polyvox.procurement.models.files import offer_path, original_name, protocol_path
from polyvox.procurement.models.framework import FrameworkContract, Lot, LotHolding, Provider
from polyvox.procurement.models.membership import Membership, NeedsMeeting
from polyvox.procurement.models.offers import (
    Criterion, Invitation, Offer, OfferQuerySet, Question, Score, ScorerDeclaration,
)
from polyvox.procurement.models.tokens import ApiToken

__all__ = [
    "LAUNCHED_STATES", "PREPARATION_STATES", "SEED_STEP", "SEED_STEP_LABELS", "ApiToken", "ContractState", "Criterion",
    "DeviationGround", "FrameworkContract", "Invitation", "Lot", "LotHolding", "Membership", "Need", "NeedsMeeting", "Offer",
    "OfferQuerySet", "Procedure", "Provider", "Question", "Score", "ScorerDeclaration", "SpecificationTemplate",
    "SpecificationVersion", "SubsequentContract", "offer_path", "original_name", "protocol_path",
]
