"""Participatory budgets: a budget of an initiative, its districts, projects, ballots and follow-up.

A budget moves through its phases (project call, feasibility review, voting, vote closed, counting,
results, follow-up) by the state machine of `workflow.PHASES`; projects through their review and,
once funded, their implementation. Ballots are one row per voter (the latest counts) with every
version kept in `BallotVersion`.
"""

from __future__ import annotations

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from polyvox.core.hear_back import Consent

MONEY = {"max_digits": 12, "decimal_places": 2}


class Phase(models.TextChoices):
    PREPARATION = "preparation", pgettext_lazy("budget phase", "in preparation")
    PROJECT_CALL = "project_call", pgettext_lazy("budget phase", "call for projects")
    REVIEW = "review", pgettext_lazy("budget phase", "feasibility review")
    VOTING = "voting", pgettext_lazy("budget phase", "voting")
    VOTE_CLOSED = "vote_closed", pgettext_lazy("budget phase", "vote closed")
    COUNTING = "counting", pgettext_lazy("budget phase", "counting")
    RESULTS = "results", pgettext_lazy("budget phase", "results")
    FOLLOW_UP = "follow_up", pgettext_lazy("budget phase", "follow-up")


PHASE_ORDER = [p.value for p in Phase]


class VoteMethod(models.TextChoices):
    APPROVAL = "approval", _("approval: tick projects within the budget")
    CUMULATIVE = "cumulative", _("cumulative: share points among projects")
    RANKING = "ranking", _("ranking: order your preferred projects")


class Eligibility(models.TextChoices):
    CODE = "code", _("invitation code")
    REGISTER = "register", _("register extract (identity number and birth date)")


class Admission(models.TextChoices):
    """How voters are admitted: with an account, with the proof of eligibility (code or register), or both."""

    BOTH = "both", _("an account and the proof of eligibility (invitation code or register)")
    ACCOUNT = "account", _("an account only")
    CODE = "code", _("the proof of eligibility only (invitation code or register), no account needed")


class CountingRule(models.TextChoices):
    MES_ADD1 = "mes-add1", _("Method of Equal Shares, completed by raising the shares (add1)")
    MES = "mes", _("Method of Equal Shares, no completion")
    MES_ADD1U = "mes-add1u", _("Method of Equal Shares with add1, then greedy filling")
    GREEDY = "greedy", _("Most votes first while the money lasts (greedy)")
    PHRAGMEN = "phragmen", _("Sequential Phragmén")


class Category(models.TextChoices):
    GREENERY = "greenery", pgettext_lazy("project category", "greenery and environment")
    PUBLIC_SPACE = "public_space", pgettext_lazy("project category", "public space")
    LIVING_TOGETHER = "living_together", pgettext_lazy("project category", "living together")
    CULTURE = "culture", pgettext_lazy("project category", "culture")
    SPORT = "sport", pgettext_lazy("project category", "sport and youth")
    FOOD = "food", pgettext_lazy("project category", "sustainable food")
    MOBILITY = "mobility", pgettext_lazy("project category", "mobility")
    OTHER = "other", pgettext_lazy("project category", "other")


class ReviewState(models.TextChoices):
    SUBMITTED = "submitted", pgettext_lazy("project review", "awaiting review")
    ACCEPTED = "accepted", pgettext_lazy("project review", "accepted for the vote")
    REJECTED = "rejected", pgettext_lazy("project review", "not feasible")


class Implementation(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("implementation", "planned")
    IN_PROGRESS = "in_progress", pgettext_lazy("implementation", "in progress")
    DONE = "done", pgettext_lazy("implementation", "done")
    ABANDONED = "abandoned", pgettext_lazy("implementation", "abandoned")


def _salt() -> str:
    return secrets.token_hex(16)


class Budget(models.Model):
    initiative = models.ForeignKey(
        "initiatives.Initiative", on_delete=models.CASCADE, related_name="budgets", verbose_name=_("initiative")
    )
    title = models.CharField(_("title"), max_length=240)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown"))
    amount = models.DecimalField(_("amount (EUR)"), validators=[MinValueValidator(Decimal("1"))], **MONEY)
    phase = models.CharField(_("phase"), max_length=16, choices=Phase.choices, default=Phase.PREPARATION, db_index=True)
    vote_method = models.CharField(_("voting method"), max_length=12, choices=VoteMethod.choices, default=VoteMethod.APPROVAL)
    points_per_voter = models.PositiveSmallIntegerField(
        _("points per voter"), default=10, validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_("Cumulative voting: the points each voter shares among projects."),
    )
    max_ranked = models.PositiveSmallIntegerField(
        _("projects a voter may rank"), default=5, validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("Ranking: how many projects a voter may put in order."),
    )
    eligibility = models.CharField(_("who may vote is checked by"), max_length=10, choices=Eligibility.choices, default=Eligibility.CODE)
    admission = models.CharField(_("voters are admitted with"), max_length=8, choices=Admission.choices, default=Admission.BOTH)
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), default=16)
    rule = models.CharField(_("counting rule"), max_length=12, choices=CountingRule.choices, default=CountingRule.MES_ADD1)
    call_closes_on = models.DateField(_("call for projects closes on"), null=True, blank=True)
    vote_opens_at = models.DateTimeField(_("vote opens at"), null=True, blank=True)
    vote_closes_at = models.DateTimeField(
        _("vote closes at"), null=True, blank=True,
        help_text=_("Voters' age is computed on this date; the vote closes by itself then."),
    )
    voter_salt = models.CharField(max_length=64, default=_salt, editable=False)
    # Counting: progress written by the background task, read by the live page.
    count_progress = models.PositiveSmallIntegerField(_("counting progress (%)"), default=0)
    count_status = models.CharField(_("counting status"), max_length=200, blank=True)
    # The numbers of the status when it has some (a count's `CountProgress.to_json()`), rendered when shown.
    count_detail = models.JSONField(_("counting status details"), default=dict, blank=True, editable=False)
    count_error = models.TextField(_("counting error"), blank=True)
    count_started = models.DateTimeField(null=True, blank=True)
    count_finished = models.DateTimeField(null=True, blank=True)
    result = models.JSONField(_("result"), default=dict, blank=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "id"]
        verbose_name = _("participatory budget")
        verbose_name_plural = _("participatory budgets")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("budgets:detail", args=[self.pk])

    @property
    def phase_index(self) -> int:
        return PHASE_ORDER.index(self.phase)

    def phase_reached(self, phase: str) -> bool:
        return self.phase_index >= PHASE_ORDER.index(phase)

    @property
    def has_districts(self) -> bool:
        return self.districts.exists()

    @property
    def pabulib_vote_type(self) -> str:
        return {"approval": "approval", "cumulative": "cumulative", "ranking": "ordinal"}[self.vote_method]

    def rule_refusal(self) -> str:
        """Why the counting rule cannot count this voting method ('' when it can), in the user's language.

        The engine decides (`check_combination`): greedy and MES count every ballot type as cast
        (MES with the points or ranks as utilities); sequential Phragmén is defined for approval only.
        """
        return rule_refusal(self.vote_method, self.rule)


def rule_refusal(vote_method: str, rule: str) -> str:
    from polyvox.engines.budgeting import BallotTypeNotSupported, check_combination

    vote_type = {"approval": "approval", "cumulative": "cumulative", "ranking": "ordinal"}.get(vote_method)
    engine_rule = {"mes-add1": "mes", "mes": "mes", "mes-add1u": "mes", "greedy": "greedy", "phragmen": "phragmen"}.get(rule)
    if vote_type is None or engine_rule is None:
        return ""
    try:
        check_combination(vote_type, engine_rule)
    except BallotTypeNotSupported as refusal:
        if refusal.code == "phragmen":
            if vote_method == VoteMethod.CUMULATIVE:
                return str(_("Sequential Phragmén counts approval ballots only: it would ignore the points. "
                             "Choose the Method of Equal Shares or greedy, or approval voting."))
            return str(_("Sequential Phragmén counts approval ballots only: it would ignore the ranking. "
                         "Choose the Method of Equal Shares or greedy, or approval voting."))
        return str(_("This counting rule cannot count this voting method."))
    return ""


class District(models.Model):
    """A part of the area with its own amount: a voter votes in one district's pot."""

    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="districts")
    name = models.CharField(_("name"), max_length=160)
    amount = models.DecimalField(_("amount (EUR)"), validators=[MinValueValidator(Decimal("1"))], **MONEY)

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("district")
        verbose_name_plural = _("districts")

    def __str__(self):
        return self.name


class Project(models.Model):
    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="projects")
    district = models.ForeignKey(
        District, null=True, blank=True, on_delete=models.PROTECT, related_name="projects", verbose_name=_("district")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="budget_projects",
        verbose_name=_("submitted by"),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    cost_estimate = models.DecimalField(
        _("cost estimate (EUR)"), validators=[MinValueValidator(Decimal("1"))], **MONEY
    )
    cost = models.DecimalField(
        _("cost after review (EUR)"), null=True, blank=True, validators=[MinValueValidator(Decimal("1"))], **MONEY
    )
    cost_revision_reason = models.TextField(_("why the cost was revised"), blank=True)
    latitude = models.FloatField(_("latitude"), validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.FloatField(_("longitude"), validators=[MinValueValidator(-180), MaxValueValidator(180)])
    review_state = models.CharField(
        _("review"), max_length=10, choices=ReviewState.choices, default=ReviewState.SUBMITTED, db_index=True
    )
    rejection_reason = models.TextField(_("public reason for rejection"), blank=True)
    funded = models.BooleanField(_("funded"), default=False)
    votes = models.PositiveIntegerField(_("votes"), default=0)
    implementation = models.CharField(
        _("implementation"), max_length=12, choices=Implementation.choices, blank=True, default=""
    )
    abandon_reason = models.TextField(_("why it was abandoned"), blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("budgets:project", args=[self.pk])

    @property
    def final_cost(self) -> Decimal:
        """The cost the vote and the count use: the reviewed cost, else the estimate."""
        return self.cost if self.cost is not None else self.cost_estimate

    @property
    def cost_was_revised(self) -> bool:
        return self.cost is not None and self.cost != self.cost_estimate


def _picture_path(instance, filename):
    return f"budgets/projects/{instance.project_id}/{secrets.token_hex(8)}.{filename.rsplit('.', 1)[-1].lower()}"


class ProjectPicture(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="pictures")
    image = models.ImageField(_("picture"), upload_to=_picture_path)
    alt = models.CharField(_("description of the picture"), max_length=200)

    class Meta:
        ordering = ["id"]
        verbose_name = _("picture")
        verbose_name_plural = _("pictures")

    def get_absolute_url(self):
        return reverse("budgets:picture", args=[self.pk])


class ProjectUpdate(models.Model):
    """A dated public update on a funded project (the duty to follow up)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="updates")
    date = models.DateField(_("date"))
    text = models.TextField(_("update"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = _("follow-up update")
        verbose_name_plural = _("follow-up updates")


class InvitationCode(models.Model):
    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="codes")
    code = models.CharField(_("code"), max_length=20)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["budget", "code"], name="budgets_code_unique")]
        verbose_name = _("invitation code")
        verbose_name_plural = _("invitation codes")

    def __str__(self):
        return self.code


class RegisterEntry(models.Model):
    """One resident of the uploaded register extract: a salted hash of the identity number, the birth date."""

    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="register")
    id_hash = models.CharField(max_length=64)
    birth_date = models.DateField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["budget", "id_hash"], name="budgets_register_unique")]
        verbose_name = _("register entry")
        verbose_name_plural = _("register entries")


class Channel(models.TextChoices):
    ONLINE = "online", _("online")
    PAPER = "paper", _("paper")


BALLOT_REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_ballot_reference() -> str:
    """The receipt a voter is shown: 12 characters without look-alikes, unguessable (60 bits)."""
    return "".join(secrets.choice(BALLOT_REFERENCE_ALPHABET) for _ in range(12))


class BallotState(models.TextChoices):
    VALID = "valid", pgettext_lazy("ballot", "valid")
    ANNULLED = "annulled", pgettext_lazy("ballot", "annulled")


class Ballot(models.Model):
    """A voter's current ballot in a budget: one per voter (the latest counts), its versions kept apart.

    `voter_key` names the eligibility used ("c:<code id>" or "r:<hash>"): the same person cannot vote
    twice, online or on paper. `choices` lists [project id, points] pairs (approval: 1 each; ranking:
    the order of the list, most preferred first). `reference` is the voter's receipt; a ballot is
    annulled only by `ballots.annul_ballot` (service staff, with a reason in the budget's history),
    and an annulled ballot is not counted and its code or register entry cannot vote again.
    """

    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="ballots")
    voter_key = models.CharField(max_length=80)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    district = models.ForeignKey(District, null=True, blank=True, on_delete=models.PROTECT, related_name="ballots")
    channel = models.CharField(max_length=8, choices=Channel.choices, default=Channel.ONLINE)
    choices = models.JSONField(default=list)
    version = models.PositiveIntegerField(default=1)
    reference = models.CharField(_("ballot reference"), max_length=16, unique=True, default=new_ballot_reference, editable=False)
    state = models.CharField(_("state"), max_length=10, choices=BallotState.choices, default=BallotState.VALID, db_index=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["budget", "voter_key"], name="budgets_one_ballot_per_voter"),
            models.UniqueConstraint(
                fields=["budget", "user"], condition=models.Q(user__isnull=False), name="budgets_one_ballot_per_account"
            ),
        ]
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")

    @property
    def project_ids(self) -> list[int]:
        return [int(pid) for pid, _points in self.choices]


class BallotVersion(models.Model):
    """Every ballot as it was submitted (history): the ballot row holds the latest."""

    ballot = models.ForeignKey(Ballot, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    district = models.ForeignKey(District, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    choices = models.JSONField(default=list)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["ballot", "version"]
        constraints = [models.UniqueConstraint(fields=["ballot", "version"], name="budgets_ballot_version_unique")]


class HearBack(Consent):
    """A voter's yes to "tell me what becomes of this process", kept apart from the ballots (see `hear_back`): keyed
    by the budget only, a random key, the day only."""

    budget = models.ForeignKey(Budget, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["budget", "email"], name="budgets_one_hear_back_per_email")]
        verbose_name = _("voter who asked to hear back")
        verbose_name_plural = _("voters who asked to hear back")
