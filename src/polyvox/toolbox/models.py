"""The toolbox: framework texts, the seven method families with their fiches and practical cases,
thematic focus articles, external resources and the glossary. Text fields are Markdown, per language."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ParticipationLevel(models.TextChoices):
    """The participation ladder, with its IAP2 equivalent."""

    INFORMATION = "information", _("information")
    CONSULTATION = "consultation", _("consultation")
    CONCERTATION = "concertation", _("concertation")
    CO_CONSTRUCTION = "co-construction", _("co-construction")
    CO_DECISION = "co-decision", _("co-decision")

    @classmethod
    def iap2(cls, value: str) -> str:
        return str(IAP2_EQUIVALENT.get(value, ""))


IAP2_EQUIVALENT = {
    ParticipationLevel.INFORMATION: _("inform"),
    ParticipationLevel.CONSULTATION: _("consult"),
    ParticipationLevel.CONCERTATION: _("involve"),
    ParticipationLevel.CO_CONSTRUCTION: _("collaborate"),
    ParticipationLevel.CO_DECISION: _("empower"),
}


class MethodFamily(models.Model):
    """One of the seven families of methods, with its fiche."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=160)
    summary = models.TextField(_("summary"), blank=True)
    what_it_is = models.TextField(_("what it is"), blank=True)
    when_to_use = models.TextField(_("when to use it"), blank=True)
    steps = models.TextField(_("steps"), blank=True)
    typical_duration = models.CharField(_("typical duration"), max_length=200, blank=True)
    typical_cost = models.CharField(_("typical cost"), max_length=200, blank=True)
    participation_level = models.CharField(
        _("usual participation level"), max_length=20, choices=ParticipationLevel.choices, blank=True
    )
    pitfalls = models.TextField(_("pitfalls"), blank=True)
    inclusion = models.TextField(_("inclusion"), blank=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("method family")
        verbose_name_plural = _("method families")

    def __str__(self):
        return f"{self.number}. {self.name}"

    def get_absolute_url(self):
        return reverse("toolbox:family", args=[self.slug])


class Method(models.Model):
    family = models.ForeignKey(MethodFamily, on_delete=models.CASCADE, related_name="methods", verbose_name=_("family"))
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=160)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["family__number", "name"]
        verbose_name = _("method")
        verbose_name_plural = _("methods")

    def __str__(self):
        return self.name


class PracticalCaseQuerySet(models.QuerySet):
    def visible(self):
        """Cases readers may see: those from elsewhere, and those whose inventory initiative is published."""
        return self.filter(models.Q(initiative__isnull=True) | models.Q(initiative__publication_state="published"))


class PracticalCase(models.Model):
    """A case that shows a family at work: a Brussels initiative of the inventory, or a case from elsewhere."""

    family = models.ForeignKey(MethodFamily, on_delete=models.CASCADE, related_name="cases", verbose_name=_("family"))
    slug = models.SlugField(_("slug"), max_length=120, unique=True, null=True, blank=True)
    method = models.ForeignKey(
        "Method", null=True, blank=True, on_delete=models.SET_NULL, related_name="cases", verbose_name=_("method")
    )
    title = models.CharField(_("title"), max_length=240)
    body = models.TextField(_("description"), blank=True)
    place = models.CharField(_("place"), max_length=120, blank=True)
    initiative = models.ForeignKey(
        "initiatives.Initiative", null=True, blank=True, on_delete=models.SET_NULL, related_name="practical_cases",
        verbose_name=_("initiative of the inventory"),
    )
    is_external = models.BooleanField(_("case from outside the region"), default=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = PracticalCaseQuerySet.as_manager()

    class Meta:
        ordering = ["family__number", "order", "id"]
        verbose_name = _("practical case")
        verbose_name_plural = _("practical cases")

    def __str__(self):
        return self.title


class FrameworkText(models.Model):
    """General framework: why participate, the legal framework, principles."""

    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("framework text")
        verbose_name_plural = _("framework texts")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("toolbox:framework", args=[self.slug])


class FocusArticle(models.Model):
    """A thematic focus: a frequent question looked at closely (inclusion, environment, evaluation...)."""

    slug = models.SlugField(_("slug"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("text"))
    published = models.DateField(_("published on"), null=True, blank=True)

    class Meta:
        ordering = ["-published", "id"]
        verbose_name = _("focus article")
        verbose_name_plural = _("focus articles")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("toolbox:focus", args=[self.slug])


LANGUAGE_LABELS = {"fr": _("French"), "nl": _("Dutch"), "en": _("English"), "de": _("German"), "es": _("Spanish")}


class ExternalResource(models.Model):
    title = models.CharField(_("title"), max_length=240)
    description = models.TextField(_("description"), blank=True)
    url = models.URLField(_("address"))
    language = models.CharField(_("language of the resource"), max_length=20, blank=True)
    family = models.ForeignKey(
        MethodFamily, null=True, blank=True, on_delete=models.SET_NULL, related_name="resources", verbose_name=_("family")
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("external resource")
        verbose_name_plural = _("external resources")

    def __str__(self):
        return self.title

    @property
    def language_codes(self) -> list[str]:
        """The resource's languages as codes: 'fr, nl' -> ['fr', 'nl']."""
        return [code.strip().lower() for code in (self.language or "").replace(";", ",").split(",") if code.strip()]

    def language_names(self) -> list[tuple[str, str]]:
        """(code, name in the reader's language) for each language of the resource."""
        return [(code, str(LANGUAGE_LABELS.get(code, code))) for code in self.language_codes]


class GlossaryTerm(models.Model):
    slug = models.SlugField(_("anchor"), unique=True)
    term = models.CharField(_("term"), max_length=160)
    definition = models.TextField(_("definition"))
    family = models.ForeignKey(
        MethodFamily, null=True, blank=True, on_delete=models.SET_NULL, related_name="glossary_terms",
        verbose_name=_("method family"), help_text=_("The fiche that explains this term further, if any."),
    )

    class Meta:
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")

    def __str__(self):
        return self.term

    def get_absolute_url(self):
        return reverse("toolbox:glossary") + f"#{self.slug}"
