"""The right to be heard: channels (Parliament petition, citizens' suggestion, communal interpellation) with their
rules as data, the petitions filed through them, their signatures (online, verified, paper) and council sittings."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ChannelKind(models.TextChoices):
    PETITION = "petition", _("petition to the Brussels Parliament")
    SUGGESTION = "suggestion", _("citizens' suggestion for a deliberative committee")
    INTERPELLATION = "interpellation", _("communal citizens' interpellation")


class Level(models.TextChoices):
    REGION = "region", _("Brussels-Capital Region")
    COCOM = "cocom", _("Common Community Commission (COCOM)")
    COCOF = "cocof", _("French Community Commission (COCOF)")
    COMMUNE = "commune", _("municipality")


class Residence(models.TextChoices):
    REGION = "region", _("domiciled in the Region")
    COMMUNE = "commune", _("inhabitant of the municipality")


class IdentityLevel(models.TextChoices):
    EMAIL = "email", _("e-mail address confirmed")
    VERIFIED = "verified", _("identity verified (OpenID Connect)")


class Channel(models.Model):
    """One channel and its rules. The figures are defaults an administrator changes, each with its legal source."""

    kind = models.CharField(_("channel"), max_length=20, choices=ChannelKind.choices, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    levels = models.CharField(_("levels it may concern"), max_length=80, default="region",
                              help_text=_("Comma-separated: region, cocom, cocof, commune."))
    threshold = models.PositiveIntegerField(_("signatures needed"), default=1000,
                                            help_text=_("A default: check it against the legal source."))
    minimum_age = models.PositiveSmallIntegerField(_("minimum age of signers"), default=16,
                                                   help_text=_("A default: check it against the legal source."))
    residence = models.CharField(_("signers must be"), max_length=10, choices=Residence.choices, default=Residence.REGION)
    signing_months = models.PositiveSmallIntegerField(
        _("months open for signatures"), default=12,
        help_text=_("How long the platform keeps a request open for signatures: a setting of the platform, not a legal figure."))
    answer_months = models.PositiveSmallIntegerField(
        _("months to answer"), default=6,
        help_text=_("Counted from the filing (the Brussels Parliament answers a petition at the latest 6 months after it is "
                    "filed); 0: no answer clock. A default: check it against the legal source."))
    same_subject_months = models.PositiveSmallIntegerField(
        _("months before the same subject may return"), default=0,
        help_text=_("Counted from the refusal, the answer or the closing of a request of this channel on the same subject "
                    "(the 12 months of a citizens' suggestion, the 3 months of an interpellation); 0: no waiting period. "
                    "A default: check it against the legal source."))
    days_before_sitting = models.PositiveSmallIntegerField(
        _("days between filing and the council sitting"), default=0,
        help_text=_("Communal interpellations: each council's rules of procedure set it (13 calendar days in Ixelles, 12 clear "
                    "days in Watermael-Boitsfort); a municipality's own figure goes in the municipalities' interpellation rules. Check it against the council's rules."))
    max_per_sitting = models.PositiveSmallIntegerField(_("at most per council sitting"), default=0,
                                                        help_text=_("0: no limit. A default: check it against the legal source."))
    quiet_months_before_elections = models.PositiveSmallIntegerField(
        _("months without interpellations before communal elections"), default=0,
        help_text=_("A default: check it against the legal source."))
    next_communal_elections = models.DateField(_("next communal elections"), null=True, blank=True)
    identity_level = models.CharField(_("identity required to sign"), max_length=10, choices=IdentityLevel.choices,
                                      default=IdentityLevel.EMAIL)
    signers_give = models.CharField(_("signers give"), max_length=200, blank=True,
                                    default="name, commune, date of birth")
    legal_source = models.TextField(_("legal source"), blank=True,
                                    help_text=_("The text (rules of procedure, ordinance, law) the figures come from."))
    legal_source_url = models.URLField(_("address of the legal source"), blank=True)
    sources_note = models.TextField(
        _("what was checked against the sources"), blank=True,
        help_text=_("Which figures were checked against which public source, and which remain to be checked against the "
                    "cited source; shown with the channel's rules."))
    panels_note = models.TextField(_("note on the committee"), blank=True,
                                   help_text=_("E.g. who sits in the deliberative committee (drawn by the panels app)."))

    class Meta:
        ordering = ["id"]
        verbose_name = _("channel")
        verbose_name_plural = _("channels")

    def __str__(self):
        return self.name or self.get_kind_display()

    @property
    def level_list(self) -> list[str]:
        return [part.strip() for part in self.levels.split(",") if part.strip()]


class CommuneRule(models.Model):
    """A municipality's own figures for interpellations (threshold, days before the sitting)."""

    municipality = models.OneToOneField("places.Municipality", on_delete=models.CASCADE, related_name="interpellation_rule",
                                        verbose_name=_("municipality"))
    threshold = models.PositiveIntegerField(_("signatures needed"), default=25)
    days_before_sitting = models.PositiveSmallIntegerField(_("days between filing and the council sitting"), default=13)
    legal_source = models.TextField(_("legal source"), blank=True)

    class Meta:
        ordering = ["municipality__name_fr"]
        verbose_name = _("municipality's interpellation rule")
        verbose_name_plural = _("municipalities' interpellation rules")

    def __str__(self):
        return str(self.municipality)


class CouncilSitting(models.Model):
    """A sitting of a municipal council; interpellations are put on its agenda (a few slots)."""

    municipality = models.ForeignKey("places.Municipality", on_delete=models.CASCADE, related_name="council_sittings",
                                     verbose_name=_("municipality"))
    starts_at = models.DateTimeField(_("starts at"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    is_example = models.BooleanField(_("invented example"), default=False)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("council sitting")
        verbose_name_plural = _("council sittings")

    def __str__(self):
        return f"{self.municipality} · {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return reverse("petitions:sitting", args=[self.pk])


class State(models.TextChoices):
    DRAFT = "draft", _("draft")
    FILED = "filed", _("filed, awaiting admissibility")
    REFUSED = "refused", _("refused")
    OPEN = "open", _("open for signatures")
    THRESHOLD = "threshold", _("threshold reached")
    SCHEDULED = "scheduled", _("hearing scheduled")
    ANSWERED = "answered", _("answered")
    CLOSED = "closed", _("closed")


SIGNING_STATES = (State.OPEN, State.THRESHOLD, State.SCHEDULED)
PUBLIC_STATES = (State.REFUSED, State.OPEN, State.THRESHOLD, State.SCHEDULED, State.ANSWERED, State.CLOSED)


class RefusalGround(models.TextChoices):
    NOT_COMPETENT = "not_competent", _("the subject is not a competence of the receiving institution")
    PERSONAL_CASE = "personal_case", _("it concerns a personal case")
    RECENT_SUBJECT = "recent_subject", _("the same subject was treated recently")
    CLOSED_SESSION = "closed_session", _("it is a closed-session matter")
    ELECTIONS = "elections", _("the period before communal elections")
    OTHER = "other", _("another reason (given below)")


class Petition(models.Model):
    """A petition, suggestion or interpellation, from its draft to its answer."""

    channel = models.ForeignKey(Channel, on_delete=models.PROTECT, related_name="petitions", verbose_name=_("channel"))
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, default=Level.REGION)
    municipality = models.ForeignKey("places.Municipality", null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="petitions", verbose_name=_("municipality"))
    initiative = models.ForeignKey("initiatives.Initiative", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="petitions", verbose_name=_("initiative"),
                                   help_text=_("The participation initiative it belongs to (its answer is followed up there)."))
    receiver = models.ForeignKey("organisations.Organisation", null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="petitions_received", verbose_name=_("receiving institution"))
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))
    original_language = models.CharField(_("original language"), max_length=2, choices=settings.LANGUAGES, default="fr")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="petitions", verbose_name=_("author"))
    author_name = models.CharField(_("author's public name"), max_length=120)
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.DRAFT)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    filed_at = models.DateTimeField(_("filed at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("admissibility decided at"), null=True, blank=True)
    refusal_ground = models.CharField(_("ground of refusal"), max_length=20, choices=RefusalGround.choices, blank=True)
    refusal_reasons = models.TextField(_("public reasons of the refusal"), blank=True)
    same_subject_as = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="returns",
        verbose_name=_("same subject as"),
        help_text=_("A request of the same channel on the same subject, recorded by the secretariat at admissibility."))
    may_return_on = models.DateField(_("the same subject may come back from"), null=True, blank=True)
    opens_at = models.DateTimeField(_("open for signatures from"), null=True, blank=True)
    deadline = models.DateTimeField(_("signatures until"), null=True, blank=True)
    threshold = models.PositiveIntegerField(_("signatures needed"), default=0,
                                            help_text=_("Copied from the channel (or the municipality) when it opens."))
    threshold_reached_at = models.DateTimeField(_("threshold reached at"), null=True, blank=True)
    answer_due = models.DateTimeField(_("answer due by"), null=True, blank=True)
    hearing_at = models.DateTimeField(_("hearing at"), null=True, blank=True)
    hearing_place = models.CharField(_("place of the hearing"), max_length=200, blank=True)
    sitting = models.ForeignKey(CouncilSitting, null=True, blank=True, on_delete=models.PROTECT, related_name="interpellations",
                                verbose_name=_("council sitting"))
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answer = models.TextField(_("answer"), blank=True)
    answer_video_url = models.URLField(_("video of the hearing or sitting"), blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    signature_count = models.PositiveIntegerField(_("valid signatures"), default=0)
    personal_data_anonymised_at = models.DateTimeField(_("signers' personal data anonymised at"), null=True, blank=True)
    is_example = models.BooleanField(_("invented example"), default=False)

    class Meta:
        ordering = ["-filed_at", "-created_at"]
        verbose_name = _("petition")
        verbose_name_plural = _("petitions")
        constraints = [models.CheckConstraint(condition=Q(level="commune", municipality__isnull=False) | ~Q(level="commune"),
                                              name="petition_commune_level_has_municipality")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("petitions:detail", args=[self.pk])

    @property
    def is_public(self) -> bool:
        return self.state in PUBLIC_STATES

    @property
    def is_open(self) -> bool:
        return self.state in SIGNING_STATES and (self.deadline is None or timezone.now() < self.deadline)

    def commune_rule(self):
        if self.channel.kind != ChannelKind.INTERPELLATION or self.municipality_id is None:
            return None
        return CommuneRule.objects.filter(municipality_id=self.municipality_id).first()

    def required_threshold(self) -> int:
        """The channel's threshold, or the municipality's own for an interpellation."""
        rule = self.commune_rule()
        return rule.threshold if rule is not None else self.channel.threshold

    def required_days_before_sitting(self) -> int:
        rule = self.commune_rule()
        return rule.days_before_sitting if rule is not None else self.channel.days_before_sitting

    @property
    def percent(self) -> int:
        if not self.threshold:
            return 0
        return min(100, int(self.signature_count * 100 / self.threshold))


def answer_document_path(instance, filename):
    """Answer documents are stored under a random name; the original name stays in `file_name`."""
    from polyvox.core.media import unguessable_name

    return unguessable_name("petitions/answers", filename, ".bin")


class AnswerDocument(models.Model):
    """A document of the answer: a link, or a file the secretariat uploaded (PDF, ODT, DOCX), served by a view once
    the answer is published."""

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="documents", verbose_name=_("petition"))
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"), blank=True)
    file = models.FileField(_("file"), upload_to=answer_document_path, blank=True, max_length=200)
    file_name = models.CharField(_("file name"), max_length=200, blank=True)
    content_type = models.CharField(_("type of the file"), max_length=100, blank=True)
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    uploaded_at = models.DateTimeField(_("uploaded at"), null=True, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("uploaded by"))

    class Meta:
        ordering = ["id"]
        verbose_name = _("document of the answer")
        verbose_name_plural = _("documents of the answer")
        constraints = [models.CheckConstraint(condition=~Q(url="") | ~Q(file=""), name="answer_document_link_or_file")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.url if not self.file else reverse("petitions:document", args=[self.pk])

    @property
    def is_published(self) -> bool:
        """Public once the answer is: before, only the secretariat sees it."""
        return self.petition.answered_at is not None and self.petition.is_public


class SignatureState(models.TextChoices):
    PENDING = "pending", _("awaiting confirmation")
    VALID = "valid", _("valid")
    INVALIDATED = "invalidated", _("invalidated")


class Source(models.TextChoices):
    ONLINE = "online", _("online, e-mail confirmed")
    VERIFIED = "verified", _("online, identity verified")
    PAPER = "paper", _("paper sheet")


class Signature(models.Model):
    """One person's signature. The keyed hashes (HMAC) of who signed keep one signature per person per petition,
    online and on paper alike, and survive the anonymisation of the name, e-mail and date of birth."""

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="signatures")
    state = models.CharField(_("state"), max_length=12, choices=SignatureState.choices, default=SignatureState.PENDING)
    source = models.CharField(_("source"), max_length=10, choices=Source.choices, default=Source.ONLINE)
    person_key = models.CharField(_("person key"), max_length=64, null=True, blank=True)
    email_key = models.CharField(_("e-mail key"), max_length=64, null=True, blank=True)
    register_key = models.CharField(_("national register key"), max_length=64, null=True, blank=True,
                                    help_text=_("A keyed hash; the number itself is never stored."))
    full_name = models.CharField(_("name"), max_length=160, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    municipality = models.ForeignKey("places.Municipality", null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+", verbose_name=_("municipality"))
    language = models.CharField(_("language"), max_length=2, default="fr")
    created_at = models.DateTimeField(_("signed at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    mails_requested = models.PositiveSmallIntegerField(_("confirmation mails asked for"), default=0)
    mail_requested_at = models.DateTimeField(_("last confirmation mail asked for at"), null=True, blank=True)
    mail_sent_at = models.DateTimeField(_("last confirmation mail sent at"), null=True, blank=True)
    mail_attempts = models.PositiveSmallIntegerField(_("attempts to send the confirmation mail"), default=0)
    mail_error = models.CharField(_("last error sending the confirmation mail"), max_length=300, blank=True)
    invalidated_at = models.DateTimeField(_("invalidated at"), null=True, blank=True)
    invalid_reason = models.CharField(_("reason of the invalidation"), max_length=300, blank=True)
    anonymised = models.BooleanField(_("anonymised"), default=False)
    # Ticked "tell me what becomes of this process": the follow-up tracker writes to the confirmed address until
    # the anonymisation erases it (contributions.listeners).
    hear_back = models.BooleanField(_("asked to hear back"), default=False)

    class Meta:
        ordering = ["id"]
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        constraints = [
            models.UniqueConstraint(fields=["petition", "person_key"], condition=Q(person_key__isnull=False),
                                    name="one_signature_per_person"),
            models.UniqueConstraint(fields=["petition", "email_key"], condition=Q(email_key__isnull=False),
                                    name="one_signature_per_email"),
            models.UniqueConstraint(fields=["petition", "register_key"], condition=Q(register_key__isnull=False),
                                    name="one_signature_per_register_number"),
        ]
        indexes = [models.Index(fields=["petition", "state"])]

    def __str__(self):
        return f"{self.petition_id} · {self.get_state_display()}"

    def age_on(self, day: date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class Tally(models.Model):
    """Valid signatures per municipality (none: outside the Region), kept in the same transaction as the count."""

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="tallies")
    municipality = models.ForeignKey("places.Municipality", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["petition", "municipality"], name="one_tally_per_commune",
                                               nulls_distinct=False)]
        verbose_name = _("signatures in a municipality")
        verbose_name_plural = _("signatures per municipality")


class PaperEntry(models.Model):
    """One line of a paper sheet as keyed by a member of staff; two keyings of the same line must agree."""

    class Outcome(models.TextChoices):
        AWAITING = "awaiting", _("awaiting the second keying")
        COUNTED = "counted", _("both keyings agree: counted")
        MISMATCH = "mismatch", _("the keyings differ")
        DUPLICATE = "duplicate", _("already signed (online or on paper)")
        REFUSED = "refused", _("refused (age or residence)")

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="paper_entries")
    sheet = models.CharField(_("sheet"), max_length=40)
    line = models.PositiveSmallIntegerField(_("line"))
    keyed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    keyed_at = models.DateTimeField(default=timezone.now)
    entry_key = models.CharField(max_length=64)
    full_name = models.CharField(_("name"), max_length=160, blank=True)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    municipality = models.ForeignKey("places.Municipality", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.AWAITING)
    signature = models.ForeignKey(Signature, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["sheet", "line", "keyed_at"]
        verbose_name = _("paper sheet line")
        verbose_name_plural = _("paper sheet lines")


class CountAlert(models.Model):
    """The reconciliation found a stored count that differs from the stored signatures."""

    petition = models.ForeignKey(Petition, on_delete=models.CASCADE, related_name="count_alerts")
    found_at = models.DateTimeField(default=timezone.now)
    stored_count = models.PositiveIntegerField()
    rows = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("count alert")
        verbose_name_plural = _("count alerts")
