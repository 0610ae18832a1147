"""Citizens' panels drawn by lot: the panel, its features and quotas, the register extract, the invitations,
the volunteers who registered, and the replacements made after the draw.

A panel goes through one lifecycle (`panels/workflow.py`): setup -> invitations drawn -> registration open ->
registration closed -> lottery being computed -> lottery computed -> draw announced -> selected (draw
published) -> ended -> personal data deleted.

The draw is a ceremony committed before its seed exists: the lottery (M equally likely panels) is computed
first; the organiser then announces its digest, the seed's public source and the earliest time the seed
can be known, and the platform timestamps that announcement. From then on nothing that shapes the draw
(pool, quotas, lottery) can change, and the draw cannot run before that time.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: States in which nothing that shapes the draw (pool, quotas, panel size, lottery) may change.
FROZEN_STATES = ("selecting", "lottery_ready", "announced", "selected", "ended", "purged")

#: What shapes the draw on the panel's own row: fixed once the lottery is computed (any form, the admin's too).
FROZEN_PANEL_FIELDS = ("panel_size", "seed_announcement", "seed_available_at", "draw_announced_at", "lottery_json",
                       "lottery_digest", "pool_copy")


def _frozen_refusal():
    return ValidationError(_("The lottery of this panel is computed or announced: the volunteers, the quotas and "
                             "the lottery can no longer change."), code="frozen")


#: Characters of invitation codes and pseudonyms: no 0/O, 1/I/L, 2/Z, 5/S, 8/B lookalikes.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY3479"
CODE_LENGTH = 8
DEFAULT_RETENTION_DAYS = 183  # about six months


class PanelState(models.TextChoices):
    SETUP = "setup", _("setting up")
    INVITED = "invited", _("invitations drawn")
    REGISTRATION_OPEN = "registration_open", _("registration open")
    REGISTRATION_CLOSED = "registration_closed", _("registration closed")
    SELECTING = "selecting", _("lottery being computed")
    LOTTERY_READY = "lottery_ready", _("lottery computed, not yet announced")
    ANNOUNCED = "announced", _("draw announced")
    SELECTED = "selected", _("selected (draw published)")
    ENDED = "ended", _("ended")
    PURGED = "purged", _("personal data deleted")


class LetterStyle(models.TextChoices):
    STANDARD = "standard", _("standard letter")
    EASY = "easy", _("easy-to-read letter (short sentences, larger type)")


class Channel(models.TextChoices):
    """How a volunteer registered: on the web with their code, or recorded by staff from a call or a reply slip."""

    WEB = "web", _("on the web")
    PHONE = "phone", _("by telephone")
    PAPER = "paper", _("on the paper reply slip")


class Preset(models.TextChoices):
    BRUSSELS_COMMITTEE = "brussels_committee", _("Brussels deliberative committee (45 citizens)")
    BLANK = "blank", _("Blank panel (you define the features)")


#: What each recorded action of a panel's history says, in the reader's language.
ACTION_LABELS = {
    "create": _("Panel created"),
    "upload_register": _("Register extract uploaded"),
    "draw_invitations": _("Invitations drawn"),
    "open_registration": _("Registration opened"),
    "close_registration": _("Registration closed"),
    "reopen_registration": _("Registration reopened"),
    "edit_quotas": _("Quotas edited"),
    "propose_quotas": _("Quotas proposed from the population shares"),
    "register": _("Volunteer registered on the web"),
    "correct_registration": _("Registration corrected"),
    "register_by_phone": _("Registration recorded by telephone"),
    "register_on_paper": _("Registration recorded from a paper reply slip"),
    "set_letter": _("Letter version chosen"),
    "start_selection": _("Lottery computation started"),
    "lottery_computed": _("Lottery computed"),
    "fail_selection": _("Lottery computation failed"),
    "discard_lottery": _("Lottery discarded"),
    "announce_draw": _("Draw announced"),
    "publish_selection": _("Panel drawn and published"),
    "replace": _("Member replaced"),
    "replacement_impossible": _("No replacement possible"),
    "volunteer_deleted_data": _("A volunteer deleted their data"),
    "set_retention": _("Retention period set"),
    "end": _("Panel ended"),
    "delete_personal_data": _("Personal data deleted"),
    # The panel's report (recorded on the report).
    "edit_report": _("Report's date or document changed"),
    "add_recommendation": _("Recommendation added"),
    "edit_recommendation": _("Recommendation changed"),
    "delete_recommendation": _("Recommendation deleted"),
    "import_recommendations": _("Recommendations imported from a CSV file"),
    "publish_report": _("Report published"),
    "withdraw_report": _("Report withdrawn to be corrected"),
}

class Panel(models.Model):
    initiative = models.ForeignKey("initiatives.Initiative", on_delete=models.PROTECT, related_name="panels",
                                   verbose_name=_("initiative"))
    title = models.CharField(_("title"), max_length=240)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown"))
    preset = models.CharField(_("preset"), max_length=24, choices=Preset.choices, default=Preset.BLANK)
    panel_size = models.PositiveSmallIntegerField(_("number of seats"), default=45)
    state = models.CharField(_("state"), max_length=24, choices=PanelState.choices, default=PanelState.SETUP,
                             db_index=True)
    registration_deadline = models.DateField(_("registration deadline"), null=True, blank=True)
    # First stage: the register extract and the invitations drawn from it.
    register_filename = models.CharField(_("register extract"), max_length=200, blank=True)
    invitations_seed = models.CharField(_("seed of the invitation draw"), max_length=200, blank=True)
    invitations_stratified = models.BooleanField(_("stratified by municipality"), default=False)
    invitations_drawn_at = models.DateTimeField(_("invitations drawn at"), null=True, blank=True)
    # Routes other than the web printed on the letters: a telephone line, a paper reply slip and its return address.
    letter_style = models.CharField(_("letter version"), max_length=10, choices=LetterStyle.choices,
                                    default=LetterStyle.STANDARD)
    phone = models.CharField(_("telephone number for registration"), max_length=40, blank=True,
                             help_text=_("Printed on the letters; staff record the registrations made by telephone."))
    reply_address = models.TextField(_("return address of the reply slip"), blank=True,
                                     help_text=_("Printed on the paper reply slip; empty: the organiser's name."))
    # Second stage: the lottery, its announcement (digest, seed source, earliest time), the seed and the draw.
    seed_announcement = models.TextField(
        _("public source of the seed"), blank=True,
        help_text=_("E.g. “the numbers of the Lotto draw of 20 December”."))
    seed_available_at = models.DateTimeField(_("earliest time the seed can be known"), null=True, blank=True)
    draw_announced_at = models.DateTimeField(_("draw announced at"), null=True, blank=True)
    lottery_json = models.JSONField(_("computed lottery"), null=True, blank=True)
    lottery_computed_at = models.DateTimeField(_("lottery computed at"), null=True, blank=True)
    draw_warnings = models.JSONField(_("warnings about the draw"), null=True, blank=True)
    seed = models.CharField(_("public seed"), max_length=300, blank=True)
    progress = models.FloatField(_("progress"), default=0.0)
    progress_message = models.CharField(_("progress message"), max_length=300, blank=True)
    selection_error = models.TextField(_("selection problem"), blank=True)
    selection_started_at = models.DateTimeField(null=True, blank=True)
    selected_at = models.DateTimeField(_("drawn at"), null=True, blank=True)
    result_json = models.JSONField(_("published result"), null=True, blank=True)
    pool_copy = models.JSONField(_("pseudonymised pool"), null=True, blank=True,
                                 help_text=_("Pseudonymous ids and feature values only, kept for verification."))
    lottery_digest = models.CharField(_("lottery digest"), max_length=64, blank=True)
    panel_index = models.PositiveIntegerField(_("panel number drawn"), null=True, blank=True)
    feasibility = models.JSONField(_("last feasibility check"), null=True, blank=True)
    # Personal data retention.
    retention_days = models.PositiveIntegerField(
        _("days personal data is kept after the end"), default=DEFAULT_RETENTION_DAYS)
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)
    personal_data_deleted_at = models.DateTimeField(_("personal data deleted at"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "id"]
        verbose_name = _("citizens' panel")
        verbose_name_plural = _("citizens' panels")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("panels:dashboard", args=[self.pk])

    def get_public_url(self):
        return reverse("panels:result", args=[self.pk])

    @property
    def is_drawn(self) -> bool:
        return self.result_json is not None

    def clean(self):
        """Once the lottery exists, nothing that shapes the draw changes on this row (the services never try)."""
        super().clean()
        if self.pk:
            stored = type(self).objects.filter(pk=self.pk).values("state", *FROZEN_PANEL_FIELDS).first()
            if stored and stored["state"] in FROZEN_STATES and any(
                    getattr(self, name) != stored[name] for name in FROZEN_PANEL_FIELDS):
                raise _frozen_refusal()

    @property
    def is_frozen(self) -> bool:
        """Pool, quotas and lottery may no longer change (the lottery is computed or announced, or drawn)."""
        return self.state in FROZEN_STATES

    @property
    def is_announced(self) -> bool:
        return self.draw_announced_at is not None

    @property
    def has_published_report(self) -> bool:
        return Report.objects.filter(panel=self, state=ReportState.PUBLISHED).exists()

    @property
    def purge_due_at(self):
        return self.ended_at + timedelta(days=self.retention_days) if self.ended_at else None

    @property
    def registration_is_open(self) -> bool:
        return self.state == PanelState.REGISTRATION_OPEN

    def ordered_features(self):
        return self.features.prefetch_related("values").order_by("order", "id")


class Feature(models.Model):
    """A characteristic the quotas balance: gender, age band, municipality..."""

    panel = models.ForeignKey(Panel, on_delete=models.CASCADE, related_name="features")
    key = models.SlugField(_("key"), max_length=40)
    name = models.CharField(_("name"), max_length=120)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "id"]
        unique_together = [("panel", "key")]
        verbose_name = _("feature")
        verbose_name_plural = _("features")

    def __str__(self):
        return self.name


class FeatureValue(models.Model):
    """One value of a feature with its share of the population and its quota (min and max seats)."""

    feature = models.ForeignKey(Feature, on_delete=models.CASCADE, related_name="values")
    key = models.SlugField(_("key"), max_length=40)
    label = models.CharField(_("label"), max_length=120)
    order = models.PositiveSmallIntegerField(default=0)
    population_share = models.FloatField(_("share of the population (%)"), null=True, blank=True)
    min_seats = models.PositiveSmallIntegerField(_("minimum"), default=0)
    max_seats = models.PositiveSmallIntegerField(_("maximum"), default=0)

    class Meta:
        ordering = ["order", "id"]
        unique_together = [("feature", "key")]
        verbose_name = _("value")
        verbose_name_plural = _("values")

    def __str__(self):
        return f"{self.feature}: {self.label}"

    def clean(self):
        super().clean()
        if self.pk and self.feature.panel.is_frozen:
            stored = type(self).objects.filter(pk=self.pk).values("key", "min_seats", "max_seats").first()
            if stored and (stored["key"], stored["min_seats"], stored["max_seats"]) != (
                    self.key, self.min_seats, self.max_seats):
                raise _frozen_refusal()


class RegisterEntry(models.Model):
    """A resident listed in the uploaded extract of the population register (deleted with personal data)."""

    panel = models.ForeignKey(Panel, on_delete=models.CASCADE, related_name="register_entries")
    line = models.PositiveIntegerField(_("line"))
    external_id = models.CharField(_("register id"), max_length=64)
    first_name = models.CharField(_("first name"), max_length=120)
    last_name = models.CharField(_("last name"), max_length=120)
    street = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=10)
    municipality = models.ForeignKey("places.Municipality", on_delete=models.PROTECT, related_name="+",
                                     verbose_name=_("municipality"))

    class Meta:
        ordering = ["line"]
        unique_together = [("panel", "external_id")]
        verbose_name = _("register entry")
        verbose_name_plural = _("register entries")


class Invitation(models.Model):
    panel = models.ForeignKey(Panel, on_delete=models.CASCADE, related_name="invitations")
    entry = models.OneToOneField(RegisterEntry, null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="invitation")
    code = models.CharField(_("code"), max_length=CODE_LENGTH, unique=True)
    municipality = models.ForeignKey("places.Municipality", null=True, on_delete=models.PROTECT, related_name="+")
    number = models.PositiveIntegerField(_("number in the draw"))

    class Meta:
        ordering = ["number"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    @property
    def display_code(self) -> str:
        return f"{self.code[:4]}-{self.code[4:]}"


class VolunteerStatus(models.TextChoices):
    REGISTERED = "registered", _("registered")
    SELECTED = "selected", _("selected")
    WITHDRAWN = "withdrawn", _("withdrew")


class Volunteer(models.Model):
    """An invitee who registered: the features, contact details and consent (personal data)."""

    panel = models.ForeignKey(Panel, on_delete=models.CASCADE, related_name="volunteers")
    invitation = models.OneToOneField(Invitation, null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="volunteer")
    pseudonym = models.CharField(_("pseudonym"), max_length=16)
    features = models.JSONField(_("features"), default=dict)
    first_name = models.CharField(_("first name"), max_length=120, blank=True)
    last_name = models.CharField(_("last name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=2, default="fr")
    needs = models.TextField(_("accessibility needs"), blank=True)
    channel = models.CharField(_("registered"), max_length=8, choices=Channel.choices, default=Channel.WEB)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("recorded by"))
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    registered_at = models.DateTimeField(_("registered at"), default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    status = models.CharField(_("status"), max_length=12, choices=VolunteerStatus.choices,
                              default=VolunteerStatus.REGISTERED)
    is_replacement = models.BooleanField(_("replacement"), default=False)
    probability = models.FloatField(_("selection probability"), null=True, blank=True)
    notified_at = models.DateTimeField(_("notified at"), null=True, blank=True)
    personal_data_erased_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)

    class Meta:
        ordering = ["registered_at", "id"]
        unique_together = [("panel", "pseudonym")]
        verbose_name = _("volunteer")
        verbose_name_plural = _("volunteers")

    def __str__(self):
        return self.pseudonym

    def clean(self):
        super().clean()
        if self.pk and self.panel.is_frozen:
            stored = type(self).objects.filter(pk=self.pk).values("features", "pseudonym").first()
            if stored and (stored["features"], stored["pseudonym"]) != (self.features, self.pseudonym):
                raise _frozen_refusal()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class ReplacementRecord(models.Model):
    """A withdrawal after the draw and who replaced the member (or why nobody could)."""

    panel = models.ForeignKey(Panel, on_delete=models.CASCADE, related_name="replacements")
    withdrawn = models.CharField(_("withdrawn member"), max_length=16)
    replacement = models.CharField(_("replacement"), max_length=16, blank=True)
    ok = models.BooleanField(_("replaced"), default=False)
    explanation = models.TextField(_("explanation"), blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created", "id"]
        verbose_name = _("replacement")
        verbose_name_plural = _("replacements")


# The panel's report and its recommendations (their own module; imported here so that Django finds them).
from polyvox.panels.report_models import Recommendation, Report, ReportState  # noqa: E402,F401
