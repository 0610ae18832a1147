"""The framework contract ("centrale de marchés"): the contract itself, its lots and the providers
holding each lot in ranked order. The procurement workflow builds on these."""

import hashlib
import secrets
from decimal import Decimal
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from polyvox.core.media import unguessable_name


class FrameworkContract(models.Model):
    name = models.CharField(_("name"), max_length=200)
    start_date = models.DateField(_("start date"))
    duration_years = models.PositiveSmallIntegerField(_("duration in years"), default=4)
    ceiling = models.DecimalField(_("overall ceiling excl. VAT (EUR)"), max_digits=12, decimal_places=2)
    cascade_threshold = models.DecimalField(
        _("cascade threshold excl. VAT (EUR)"), max_digits=12, decimal_places=2, default=Decimal("30000"),
        help_text=_("At or below this amount, lots that allow it use the cascade; above it, re-competition."),
    )

    class Meta:
        verbose_name = _("framework contract")
        verbose_name_plural = _("framework contracts")

    def __str__(self):
        return self.name

    @property
    def end_date(self):
        try:
            return self.start_date.replace(year=self.start_date.year + self.duration_years)
        except ValueError:  # 29 February
            return self.start_date.replace(year=self.start_date.year + self.duration_years, day=28)

    def committed(self, exclude_pk=None) -> Decimal:
        """Amount excl. VAT committed: every subsequent contract not cancelled (awarded price, else estimate)."""
        contracts = self.contracts.exclude(state="cancelled").select_related("awarded_offer")
        if exclude_pk:
            contracts = contracts.exclude(pk=exclude_pk)
        return sum((contract.amount for contract in contracts), Decimal("0"))

    def consumed(self) -> Decimal:
        """Amount excl. VAT of the contracts whose purchase order was issued."""
        contracts = self.contracts.filter(state__in=LAUNCHED_STATES).select_related("awarded_offer")
        return sum((contract.amount for contract in contracts), Decimal("0"))

    def remaining(self, exclude_pk=None) -> Decimal:
        """What the overall ceiling still allows, once every live contract is counted."""
        return self.ceiling - self.committed(exclude_pk=exclude_pk)


class Lot(models.Model):
    framework = models.ForeignKey(FrameworkContract, on_delete=models.CASCADE, related_name="lots", verbose_name=_("framework contract"))
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=240)
    description = models.TextField(_("description"), blank=True)
    ceiling = models.DecimalField(_("ceiling per project excl. VAT (EUR)"), max_digits=12, decimal_places=2)
    always_recompete = models.BooleanField(
        _("always re-competed"), default=False,
        help_text=_("When unset, the cascade is used at or below the framework's threshold."),
    )
    max_providers = models.PositiveSmallIntegerField(_("maximum number of providers"), default=6)

    class Meta:
        ordering = ["framework", "number"]
        unique_together = [("framework", "number")]
        verbose_name = _("lot")
        verbose_name_plural = _("lots")

    def __str__(self):
        return _("Lot %(number)s: %(title)s") % {"number": self.number, "title": self.title}

    def uses_cascade_for(self, amount) -> bool:
        """At or below the framework's threshold, lots that are not always re-competed use the cascade."""
        return not self.always_recompete and amount <= self.framework.cascade_threshold

    def ranked_providers(self):
        return [holding.provider for holding in self.holdings.select_related("provider__organisation").order_by("rank")]


class Provider(models.Model):
    """A provider of the directory; an organisation of kind 'provider'."""

    organisation = models.OneToOneField(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="provider", verbose_name=_("organisation")
    )
    description = models.TextField(_("description"), blank=True)
    services = models.TextField(_("services"), blank=True)
    languages = models.CharField(_("working languages"), max_length=60, blank=True, help_text=_("e.g. fr, nl, en"))
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="providers/logos/", blank=True,
                             help_text=_("PNG or JPEG, at most 1 MB; stored re-encoded as PNG."))
    lots = models.ManyToManyField(Lot, through="LotHolding", related_name="providers", verbose_name=_("lots held"))

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("provider")
        verbose_name_plural = _("providers")

    def __str__(self):
        return self.organisation.name

    @property
    def name(self) -> str:
        return self.organisation.name

    @property
    def slug(self) -> str:
        return self.organisation.slug

    @property
    def is_example(self) -> bool:
        return self.organisation.is_example

    def get_absolute_url(self):
        return reverse("procurement:provider", args=[self.organisation.slug])

    def language_list(self) -> list[str]:
        return [code.strip() for code in self.languages.split(",") if code.strip()]


class LotHolding(models.Model):
    """A provider holding a lot, at a rank (1 = first called in the cascade)."""

    lot = models.ForeignKey(Lot, on_delete=models.CASCADE, related_name="holdings", verbose_name=_("lot"))
    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="holdings", verbose_name=_("provider"))
    rank = models.PositiveSmallIntegerField(_("rank"))

    class Meta:
        ordering = ["lot", "rank"]
        unique_together = [("lot", "provider"), ("lot", "rank")]
        verbose_name = _("lot holding")
        verbose_name_plural = _("lot holdings")

    def __str__(self):
        return f"{self.lot} · {self.rank}. {self.provider}"


# --- Membership ---------------------------------------------------------------------------------


def original_name(filename: str) -> str:
    """The uploaded file's own name (no folder), kept in the database for the download."""
    return PurePosixPath((filename or "").replace("\\", "/")).name[:255]


def offer_path(instance, filename):
    """Offers are stored under a random name no one can guess; the original name stays in `document_name`."""
    instance.document_name = original_name(filename)
    return unguessable_name("procurement/offers", filename, ".pdf")


def protocol_path(instance, filename):
    instance.signed_document_name = original_name(filename)
    return unguessable_name("procurement/protocols", filename, ".pdf")


class Membership(models.Model):
    """A public body joining the framework contract: request, needs meeting, protocol signed."""

    class State(models.TextChoices):
        REQUESTED = "requested", _("requested")
        MEETING_HELD = "meeting_held", _("needs meeting held")
        MEMBER = "member", _("member (protocol signed)")
        WITHDRAWN = "withdrawn", _("withdrawn")

    framework = models.ForeignKey(FrameworkContract, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("framework contract"))
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="memberships", verbose_name=_("organisation"))
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.REQUESTED)
    language = models.CharField(_("language of the protocol"), max_length=2, choices=settings.LANGUAGES, default="fr")
    need = models.TextField(_("what the body needs"), blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("requested by"))
    requested_at = models.DateTimeField(_("requested on"), default=timezone.now)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    signatory_name = models.CharField(_("signatory"), max_length=160, blank=True)
    signatory_function = models.CharField(_("signatory's function"), max_length=160, blank=True)
    signed_document = models.FileField(_("signed protocol (PDF)"), upload_to=protocol_path, blank=True)
    signed_document_name = models.CharField(_("file name of the signed protocol"), max_length=255, blank=True, editable=False)

    class Meta:
        ordering = ["-requested_at"]
        unique_together = [("framework", "organisation")]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self):
        return f"{self.organisation} · {self.get_state_display()}"

    @property
    def number(self) -> str:
        return f"PA-{self.requested_at:%Y}-{self.pk:03d}"

    def get_absolute_url(self):
        return reverse("procurement:membership_detail", args=[self.pk])


class NeedsMeeting(models.Model):
    """A meeting of the Service with a public body about its needs (the seed's "rencontres")."""

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="needs_meetings", verbose_name=_("organisation"))
    membership = models.ForeignKey(Membership, null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings", verbose_name=_("membership"))
    date = models.DateField(_("date"))
    notes = models.TextField(_("notes"), blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("recorded by"))

    class Meta:
        ordering = ["-date"]
        verbose_name = _("needs meeting")
        verbose_name_plural = _("needs meetings")

    def __str__(self):
        return f"{self.date} · {self.organisation}"


# --- Subsequent contracts ------------------------------------------------------------------------


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


class SpecificationTemplate(models.Model):
    """The Service's model specification ("cahier des charges") that each contract's draft starts from."""

    name = models.CharField(_("name"), max_length=160)
    body = models.TextField(_("body (Markdown)"), help_text=_("Placeholders: {title}, {member}, {lot}, {amount}, {need}."))
    is_default = models.BooleanField(_("default template"), default=False)

    class Meta:
        verbose_name = _("specification template")
        verbose_name_plural = _("specification templates")

    def __str__(self):
        return self.name


class Need(models.Model):
    """A member's need as recorded with the Service: one description, one or several lots, each lot becoming
    its own subsequent contract (with its own procedure, chosen by lot and amount)."""

    framework = models.ForeignKey(FrameworkContract, on_delete=models.PROTECT, related_name="needs", verbose_name=_("framework contract"))
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="procurement_needs", verbose_name=_("member"))
    title = models.CharField(_("title"), max_length=240)
    description = models.TextField(_("need"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("recorded by"))
    created_at = models.DateTimeField(_("recorded on"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("need")
        verbose_name_plural = _("needs")

    def __str__(self):
        return f"{self.reference} · {self.title}"

    @property
    def reference(self) -> str:
        return f"B-{self.created_at:%Y}-{self.pk or 0:03d}"

    @property
    def total(self) -> Decimal:
        return sum((contract.estimated_amount for contract in self.contracts.all()), Decimal("0"))

    def get_absolute_url(self):
        return reverse("procurement:need_detail", args=[self.pk])


class SubsequentContract(models.Model):
    """A subsequent contract ("marché subséquent"): from a member's need to the launched mission."""

    framework = models.ForeignKey(FrameworkContract, on_delete=models.PROTECT, related_name="contracts", verbose_name=_("framework contract"))
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT, related_name="subsequent_contracts", verbose_name=_("member"))
    lot = models.ForeignKey(Lot, on_delete=models.PROTECT, related_name="contracts", verbose_name=_("lot"))
    need_record = models.ForeignKey(Need, null=True, blank=True, on_delete=models.PROTECT, related_name="contracts", verbose_name=_("shared need"))
    title = models.CharField(_("title"), max_length=240)
    need = models.TextField(_("need"))
    estimated_amount = models.DecimalField(_("estimated amount excl. VAT (EUR)"), max_digits=12, decimal_places=2)
    exceptional = models.BooleanField(_("exceptional circumstances"), default=False)
    exceptional_justification = models.TextField(_("justification of the exceptional amount"), blank=True)
    procedure = models.CharField(_("procedure"), max_length=20, choices=Procedure.choices)
    state = models.CharField(_("state"), max_length=20, choices=ContractState.choices, default=ContractState.NEED)
    language = models.CharField(_("language of the documents"), max_length=2, choices=settings.LANGUAGES, default="fr")
    offer_deadline = models.DateTimeField(_("deadline for offers"), null=True, blank=True)
    cascade_days = models.PositiveSmallIntegerField(_("days each provider has to answer in the cascade"), default=5)
    awarded_offer = models.ForeignKey("Offer", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("offer chosen"))
    award_justification = models.TextField(_("justification of the award"), blank=True)
    awarded_on = models.DateField(_("award report date"), null=True, blank=True)
    # An award off the ranking: proposed by one staff member, approved or refused by another.
    proposed_offer = models.ForeignKey("Offer", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("offer proposed off the ranking"))
    deviation_ground = models.CharField(_("ground for not awarding to the best-ranked offer"), max_length=20, choices=DeviationGround.choices, blank=True)
    deviation_reasoning = models.TextField(_("reasoning of the deviation from the ranking"), blank=True)
    deviation_proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("deviation proposed by"))
    deviation_approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("deviation approved by"))
    deviation_decided_on = models.DateField(_("deviation approved on"), null=True, blank=True)
    decision_body = models.CharField(_("decision body"), max_length=200, blank=True)
    decision_date = models.DateField(_("date of the decision"), null=True, blank=True)
    decision_reference = models.CharField(_("reference of the decision"), max_length=120, blank=True)
    order_number = models.CharField(_("purchase order number"), max_length=40, blank=True)
    ordered_on = models.DateField(_("purchase order date"), null=True, blank=True)
    launched_on = models.DateField(_("mission launched on"), null=True, blank=True)
    cancel_reason = models.TextField(_("reason for cancelling"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("recorded by"))
    created_at = models.DateTimeField(_("recorded on"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("subsequent contract")
        verbose_name_plural = _("subsequent contracts")

    def __str__(self):
        return f"{self.reference} · {self.title}"

    @property
    def reference(self) -> str:
        return f"MS-{self.created_at:%Y}-{self.pk or 0:03d}"

    @property
    def amount(self) -> Decimal:
        """The awarded price when there is one, else the estimate (excl. VAT)."""
        if self.awarded_offer_id and self.awarded_offer:
            return self.awarded_offer.price
        return self.estimated_amount

    @property
    def seed_step(self) -> int | None:
        return SEED_STEP.get(self.state)

    def seed_steps(self):
        """The eight steps with their labels, each marked done, current or to come."""
        current = self.seed_step or 0
        return [{"number": n, "label": label, "done": n < current, "current": n == current} for n, label in SEED_STEP_LABELS.items()]

    @property
    def deviates_from_ranking(self) -> bool:
        """Awarded (or proposed) to an offer other than the best-ranked one, on a listed ground."""
        return bool(self.deviation_ground)

    def get_deviation_ground_lazy(self):
        """The ground's label, translated when it is read (e-mails in each recipient's language)."""
        return DeviationGround(self.deviation_ground).label if self.deviation_ground else ""

    @property
    def deadline_passed(self) -> bool:
        return self.offer_deadline is not None and timezone.now() >= self.offer_deadline

    def get_absolute_url(self):
        return reverse("procurement:contract_detail", args=[self.pk])

    def current_specification(self):
        return self.specifications.order_by("-number").first()

    def siblings(self):
        """The other subsequent contracts opened from the same need (other lots)."""
        if not self.need_record_id:
            return SubsequentContract.objects.none()
        return self.need_record.contracts.exclude(pk=self.pk).select_related("lot").order_by("lot__number")


class SpecificationVersion(models.Model):
    contract = models.ForeignKey(SubsequentContract, on_delete=models.CASCADE, related_name="specifications")
    number = models.PositiveSmallIntegerField(_("version"))
    body = models.TextField(_("specification (Markdown)"))
    note = models.CharField(_("what changed"), max_length=240, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["contract", "number"]
        unique_together = [("contract", "number")]
        verbose_name = _("specification version")
        verbose_name_plural = _("specification versions")


class Invitation(models.Model):
    """A provider asked for an offer: all the lot's providers at once (re-competition) or one by one (cascade)."""

    class Status(models.TextChoices):
        INVITED = "invited", _("invited")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")
        EXPIRED = "expired", _("no answer by the deadline")

    contract = models.ForeignKey(SubsequentContract, on_delete=models.CASCADE, related_name="invitations")
    provider = models.ForeignKey(Provider, on_delete=models.PROTECT, related_name="invitations")
    rank = models.PositiveSmallIntegerField(_("rank"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.INVITED)
    sent_at = models.DateTimeField(_("sent on"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    responded_at = models.DateTimeField(_("answered on"), null=True, blank=True)
    decline_reason = models.TextField(_("reason for declining"), blank=True)

    class Meta:
        ordering = ["contract", "rank"]
        unique_together = [("contract", "provider")]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")


class Question(models.Model):
    """A provider's question; its answer is published to all the lot's invited providers."""

    contract = models.ForeignKey(SubsequentContract, on_delete=models.CASCADE, related_name="questions")
    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="questions")
    text = models.TextField(_("question"))
    asked_at = models.DateTimeField(default=timezone.now)
    answer = models.TextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["asked_at", "id"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")


class Criterion(models.Model):
    """An award criterion set before offers are invited; weights of a contract sum to 100."""

    class Kind(models.TextChoices):
        PRICE = "price", _("price")
        QUALITY = "quality", _("quality")

    contract = models.ForeignKey(SubsequentContract, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("criterion"), max_length=160)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    weight = models.PositiveSmallIntegerField(_("weight"))

    class Meta:
        ordering = ["contract", "kind", "id"]
        verbose_name = _("award criterion")
        verbose_name_plural = _("award criteria")

    def __str__(self):
        return f"{self.name} ({self.weight})"


class OfferQuerySet(models.QuerySet):
    def unsealed(self, now=None):
        """Offers one may read: cascade offers, and re-competition offers whose deadline has passed."""
        now = now or timezone.now()
        return self.filter(Q(contract__procedure=Procedure.CASCADE) | Q(contract__offer_deadline__lte=now))


class Offer(models.Model):
    """A provider's offer. Sealed until the contract's deadline: read it only through `unsealed()`."""

    contract = models.ForeignKey(SubsequentContract, on_delete=models.CASCADE, related_name="offers")
    provider = models.ForeignKey(Provider, on_delete=models.PROTECT, related_name="offers")
    price = models.DecimalField(_("price excl. VAT (EUR)"), max_digits=12, decimal_places=2)
    proposal = models.TextField(_("technical proposal"))
    document = models.FileField(_("document (PDF)"), upload_to=offer_path, blank=True)
    document_name = models.CharField(_("file name of the document"), max_length=255, blank=True, editable=False)
    submitted_at = models.DateTimeField(_("submitted on"), default=timezone.now)
    revision = models.PositiveSmallIntegerField(_("revision"), default=1)
    rejection_reason = models.TextField(_("reasons given to the provider"), blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)

    objects = OfferQuerySet.as_manager()

    class Meta:
        ordering = ["contract", "submitted_at"]
        unique_together = [("contract", "provider")]
        verbose_name = _("offer")
        verbose_name_plural = _("offers")

    def __str__(self):
        return f"{self.contract.reference} · {self.provider}"

    def is_sealed(self, now=None) -> bool:
        if self.contract.procedure == Procedure.CASCADE:
            return False
        deadline = self.contract.offer_deadline
        return deadline is None or (now or timezone.now()) < deadline


class ScorerDeclaration(models.Model):
    """A scorer's declaration of no conflict of interest, required before any score."""

    contract = models.ForeignKey(SubsequentContract, on_delete=models.CASCADE, related_name="scorer_declarations")
    scorer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    declared_at = models.DateTimeField(default=timezone.now)
    statement = models.TextField(_("statement"))

    class Meta:
        unique_together = [("contract", "scorer")]
        verbose_name = _("declaration of no conflict of interest")
        verbose_name_plural = _("declarations of no conflict of interest")


class Score(models.Model):
    """Points (0 to 10) given by one scorer to one offer on one quality criterion."""

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    scorer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    points = models.DecimalField(_("points out of 10"), max_digits=4, decimal_places=2)

    class Meta:
        unique_together = [("offer", "criterion", "scorer")]
        verbose_name = _("score")
        verbose_name_plural = _("scores")


# --- API tokens -----------------------------------------------------------------------------------


class ApiToken(models.Model):
    """A bearer token for the staff's statistics API; only its hash is kept."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="procurement_tokens", verbose_name=_("user"))
    name = models.CharField(_("name"), max_length=120)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.name} ({self.user})"

    @staticmethod
    def hash(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    @classmethod
    def issue(cls, user, name: str) -> tuple["ApiToken", str]:
        key = secrets.token_urlsafe(32)
        return cls.objects.create(user=user, name=name, key_hash=cls.hash(key)), key

    @classmethod
    def user_for(cls, key: str):
        token = cls.objects.filter(key_hash=cls.hash(key)).select_related("user").first()
        if token is None or not token.user.is_active:
            return None
        cls.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
        return token.user
