"""The states and choices of a subsequent contract, and the seed's eight steps they stand at."""

from django.db import models
from django.utils.translation import gettext_lazy as _

class Procedure(models.TextChoices):
    RECOMPETITION = "recompetition", _("re-competition")
    CASCADE = "cascade", _("cascade")


class ContractState(models.TextChoices):
    NEED = "need", _("need recorded")
    SPECIFICATION = "specification", _("specification being drafted")
    TENDERING = "tendering", _("offers invited (re-competition)")
    CASCADE = "cascade", _("provider consulted (cascade)")
    EVALUATION = "evaluation", _("offers being scored")
    DEVIATION_PROPOSED = "deviation_proposed", _("award off the ranking proposed, awaiting a second approval")
    AWARDED = "awarded", _("award report drawn up")
    VALIDATED = "validated", _("validated by the decision body")
    ORDERED = "ordered", _("purchase order issued")
    LAUNCHED = "launched", _("mission launched")
    CANCELLED = "cancelled", _("cancelled")


LAUNCHED_STATES = ("ordered", "launched")
PREPARATION_STATES = ("need", "specification", "tendering", "cascade", "evaluation", "deviation_proposed", "awarded", "validated")
# The seed's eight steps: which one each state stands at, and what each is called on the contract's step bar.
SEED_STEP = {"need": 2, "specification": 3, "tendering": 4, "cascade": 4, "evaluation": 5, "deviation_proposed": 5, "awarded": 5, "validated": 6, "ordered": 7, "launched": 8}

SEED_STEP_LABELS = {
    1: _("Membership"),
    2: _("Need recorded"),
    3: _("Specification"),
    4: _("Offers requested"),
    5: _("Offers scored, award"),
    6: _("Validation by the member"),
    7: _("Purchase order"),
    8: _("Mission launched"),
}


class DeviationGround(models.TextChoices):
    """Why a subsequent contract may go to an offer other than the best-ranked one, in a framework contract
    with re-competition under Belgian public procurement law (law of 17 June 2016 on public procurement:
    framework agreements, exclusion grounds, selection, regularity of offers, abnormal prices; royal decree
    of 18 April 2017 on award). Without one of these grounds, the best-ranked offer is awarded."""

    IRREGULAR = "irregular", _("The best-ranked offer was found substantially irregular on verification")
    ABNORMAL_PRICE = "abnormal_price", _("The best-ranked offer's price is abnormally low and the provider's explanations were not accepted")
    EXCLUDED = "excluded", _("The best-ranked provider is in a situation of exclusion or no longer meets the selection criteria")
    WITHDRAWN = "withdrawn", _("The best-ranked provider withdrew its offer or declared it cannot perform the contract")
    SCORING_ERROR = "scoring_error", _("An arithmetic or material error in the best-ranked offer was corrected and the corrected offer no longer ranks first")
