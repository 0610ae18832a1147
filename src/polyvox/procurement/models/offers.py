"""The request for offers and its answers: invitations, questions, criteria, sealed offers, the scorers'
declarations and their scores."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from polyvox.procurement.models.choices import Procedure
from polyvox.procurement.models.contracts import SubsequentContract
from polyvox.procurement.models.files import offer_path
from polyvox.procurement.models.framework import Provider

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
