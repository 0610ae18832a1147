"""A need and its subsequent contracts (one per lot), with the specification's versions."""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from polyvox.procurement.models.choices import ContractState, DeviationGround, Procedure, SEED_STEP, SEED_STEP_LABELS
from polyvox.procurement.models.framework import FrameworkContract, Lot

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
