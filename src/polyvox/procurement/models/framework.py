"""The framework contract ("centrale de marchés"): the contract itself, its lots and the providers holding each
lot in ranked order."""

from decimal import Decimal

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from polyvox.procurement.models.choices import LAUNCHED_STATES

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
