"""Live workshops: an agenda of activities, the people who joined, and everything they contributed.

Business rules live in `services.py` (one function per use case, each in one short transaction);
the models hold the data and the small computations read from it (round statistics, vote tallies).
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from polyvox.core.hear_back import Consent

# Short codes avoid characters read alike on a projector (0/O, 1/I/L, 2/Z, 5/S, 8/B).
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 6
MAX_PARTICIPANTS = 300
IDEA_MAX_LENGTH = 500


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Template(models.TextChoices):
    CPS = "cps", _("Creative Problem Solving")
    CONSENT = "consent", _("Consent decision")
    DELPHI = "delphi", _("Delphi forecast")
    ONE_TWO_FOUR = "124", _("1-2-4-All")
    FREE = "free", _("Free agenda")


class WorkshopStatus(models.TextChoices):
    PREPARING = "preparing", _("in preparation")
    RUNNING = "running", _("running")
    FINISHED = "finished", _("finished")


class Workshop(models.Model):
    title = models.CharField(_("title"), max_length=200)
    challenge = models.TextField(_("challenge"), blank=True)
    code = models.CharField(_("join code"), max_length=12, unique=True, default=new_code)
    template = models.CharField(_("template"), max_length=10, choices=Template.choices, default=Template.FREE)
    status = models.CharField(_("status"), max_length=12, choices=WorkshopStatus.choices, default=WorkshopStatus.PREPARING)
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="facilitated_workshops", verbose_name=_("facilitator")
    )
    initiative = models.ForeignKey(
        "initiatives.Initiative", null=True, blank=True, on_delete=models.SET_NULL, related_name="workshops",
        verbose_name=_("initiative"),
    )
    locked = models.BooleanField(_("room locked"), default=False)
    current_activity = models.ForeignKey(
        "Activity", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("current activity")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def __str__(self):
        return f"{self.title} ({self.code})"


class ActivityKind(models.TextChoices):
    HMW = "hmw", _("How might we…? questions")
    IDEAS = "ideas", _("Brainwriting: ideas")
    CLUSTERS = "clusters", _("Clusters")
    DOTS = "dots", _("Dot voting")
    CANVAS = "canvas", _("Develop: canvas")
    ACTIONS = "actions", _("Action plan")
    PROPOSAL = "proposal", _("Proposal")
    CLARIFYING = "clarifying", _("Clarifying questions")
    REACTIONS = "reactions", _("Reactions")
    OBJECTIONS = "objections", _("Objections")
    AMENDMENTS = "amendments", _("Amendments")
    CONSENT = "consent", _("Consent")
    DELPHI = "delphi", _("Delphi forecast")
    SOLO = "solo", _("1: alone")
    PAIRS = "pairs", _("2: in pairs")
    FOURS = "fours", _("4: in fours")
    PLENARY = "plenary", _("All: whole group")


# Activities whose contributions are short texts (Idea rows).
TEXT_KINDS = {"hmw", "ideas", "clarifying", "reactions", "solo", "pairs", "fours", "plenary"}
# Activities that belong to a consent decision, in the order of its rounds.
DECISION_KINDS = {"proposal", "clarifying", "reactions", "objections", "amendments", "consent"}
GROUP_KINDS = {"pairs": 2, "fours": 4}


class ActivityState(models.TextChoices):
    PENDING = "pending", _("not started")
    OPEN = "open", _("open")
    CLOSED = "closed", _("closed")


class Activity(models.Model):
    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="activities")
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(_("kind"), max_length=12, choices=ActivityKind.choices)
    title = models.CharField(_("title"), max_length=200)
    instructions = models.TextField(_("instructions"), blank=True)
    state = models.CharField(_("state"), max_length=10, choices=ActivityState.choices, default=ActivityState.PENDING)
    anonymous = models.BooleanField(_("anonymous to others"), default=False)
    timer_seconds = models.PositiveIntegerField(_("timer (seconds)"), null=True, blank=True)
    timer_ends_at = models.DateTimeField(null=True, blank=True)
    # The activity whose ideas this one works on (clusters, dots, canvas).
    source = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="derived")
    decision = models.ForeignKey("Decision", null=True, blank=True, on_delete=models.SET_NULL, related_name="activities")
    dots_per_participant = models.PositiveSmallIntegerField(_("dots per participant"), default=5)
    max_dots_per_idea = models.PositiveSmallIntegerField(_("maximum dots per idea"), default=3)
    results_revealed = models.BooleanField(_("results revealed"), default=False)

    class Meta:
        ordering = ["workshop", "position", "pk"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return f"{self.position}. {self.title}"

    @property
    def is_open(self) -> bool:
        return self.state == ActivityState.OPEN

    @property
    def takes_text(self) -> bool:
        return self.kind in TEXT_KINDS

    @property
    def idea_pool(self) -> Activity:
        """The activity whose ideas are shown and worked on here."""
        return self.source or self


class Participant(models.Model):
    """Someone who joined by code, without an account; identified by a signed cookie holding `token`."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="participants")
    token = models.CharField(max_length=64, unique=True, default=new_token)
    display_name = models.CharField(_("display name"), max_length=60, blank=True)
    language = models.CharField(_("language"), max_length=2, default="fr")
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["joined_at", "pk"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self):
        return self.public_name

    @property
    def public_name(self) -> str:
        return self.display_name or str(_("Anonymous"))


class Group(models.Model):
    """A pair or a four of 1-2-4-All, formed by the server when the activity opens."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="groups")
    number = models.PositiveSmallIntegerField()
    members = models.ManyToManyField(Participant, related_name="workshop_groups")

    class Meta:
        ordering = ["activity", "number"]
        unique_together = [("activity", "number")]

    def __str__(self):
        return f"{self.activity.get_kind_display()} {self.number}"


class Cluster(models.Model):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="clusters")
    name = models.CharField(_("name"), max_length=120)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["activity", "position", "pk"]
        verbose_name = _("cluster")
        verbose_name_plural = _("clusters")

    def __str__(self):
        return self.name


class IdeaStatus(models.TextChoices):
    VISIBLE = "visible", _("visible")
    WITHDRAWN = "withdrawn", _("withdrawn by its author")
    HIDDEN = "hidden", _("hidden by the facilitator")
    MERGED = "merged", _("merged into another idea")


class Idea(models.Model):
    """A short text written in an activity: an idea, a HMW question, a clarifying question, a reaction, a note."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="ideas")
    author = models.ForeignKey(Participant, null=True, blank=True, on_delete=models.SET_NULL, related_name="ideas")
    # In an anonymous activity `author` stays empty: `author_key` is a keyed hash of a secret only the
    # author's browser holds (identity.author_key), so that they, and nobody else, can edit or withdraw it.
    author_key = models.CharField(max_length=64, blank=True, default="", editable=False, db_index=True)
    group = models.ForeignKey(Group, null=True, blank=True, on_delete=models.SET_NULL, related_name="notes")
    text = models.TextField(_("text"), max_length=IDEA_MAX_LENGTH)
    language = models.CharField(_("language"), max_length=2, default="fr")
    status = models.CharField(_("status"), max_length=10, choices=IdeaStatus.choices, default=IdeaStatus.VISIBLE)
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged")
    cluster = models.ForeignKey(Cluster, null=True, blank=True, on_delete=models.SET_NULL, related_name="ideas")
    answer = models.TextField(_("answer"), blank=True)  # to a clarifying question
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["activity", "created_at", "pk"]
        verbose_name = _("idea")
        verbose_name_plural = _("ideas")

    def __str__(self):
        return self.text[:60]


class Draft(models.Model):
    """What a participant is typing, saved as they type so that a reload loses nothing."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="drafts")
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="drafts")
    text = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        unique_together = [("participant", "activity")]


class Vote(models.Model):
    """Dots on an idea. In an anonymous activity (dot votes are) no participant is recorded, only `author_key`,
    the keyed hash of the secret in the voter's cookie (see Idea.author_key): their dots stay theirs to move."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="votes")
    participant = models.ForeignKey(Participant, null=True, blank=True, on_delete=models.CASCADE, related_name="votes")
    author_key = models.CharField(max_length=64, blank=True, default="", editable=False, db_index=True)
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="votes")
    dots = models.PositiveSmallIntegerField(default=0)

    class Meta:
        unique_together = [("activity", "participant", "idea")]
        constraints = [models.UniqueConstraint(fields=["activity", "author_key", "idea"], condition=~models.Q(author_key=""),
                                               name="workshops_one_anonymous_vote_row_per_idea")]
        verbose_name = _("vote")
        verbose_name_plural = _("votes")


class Canvas(models.Model):
    """Developing a chosen idea: who, what, first step, risks."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="canvases")
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="canvases")
    who = models.TextField(_("who"), blank=True)
    what = models.TextField(_("what"), blank=True)
    first_step = models.TextField(_("first step"), blank=True)
    risks = models.TextField(_("risks"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        unique_together = [("activity", "idea")]
        verbose_name = _("canvas")
        verbose_name_plural = _("canvases")


class ActionItem(models.Model):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="actions")
    text = models.CharField(_("action"), max_length=300)
    owner = models.CharField(_("owner"), max_length=120)
    due_date = models.DateField(_("date"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("action")
        verbose_name_plural = _("action plan")


class DecisionState(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    CLARIFYING = "clarifying", _("clarifying questions")
    REACTING = "reacting", _("reactions")
    OBJECTING = "objecting", _("objections")
    AMENDING = "amending", _("amendments")
    CONSENTED = "consented", _("consent given")
    WITHDRAWN = "withdrawn", _("withdrawn")


class Decision(models.Model):
    """A proposal taken through a consent decision (sociocracy)."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="decisions")
    proposal = models.TextField(_("proposal"))
    text = models.TextField(_("current text"))
    state = models.CharField(_("state"), max_length=12, choices=DecisionState.choices, default=DecisionState.PROPOSED)
    final_text = models.TextField(_("final text"), blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self):
        return self.proposal[:60]


class ObjectionStatus(models.TextChoices):
    OPEN = "open", _("open")
    MET = "met", _("met by an amendment")
    WITHDRAWN = "withdrawn", _("withdrawn by the objector")


class Objection(models.Model):
    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="objections")
    author = models.ForeignKey(Participant, null=True, on_delete=models.SET_NULL, related_name="objections")
    text = models.TextField(_("objection"))
    reason = models.TextField(_("reason"))
    status = models.CharField(_("status"), max_length=10, choices=ObjectionStatus.choices, default=ObjectionStatus.OPEN)
    resolution = models.TextField(_("how it was met"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]


class Amendment(models.Model):
    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="amendments")
    objection = models.ForeignKey(Objection, null=True, blank=True, on_delete=models.SET_NULL, related_name="amendments")
    author = models.ForeignKey(Participant, null=True, blank=True, on_delete=models.SET_NULL, related_name="amendments")
    text = models.TextField(_("amended text"))
    accepted = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]


class QuestionKind(models.TextChoices):
    NUMBER = "number", _("number")
    DATE = "date", _("date")


class DelphiStatus(models.TextChoices):
    ANSWERING = "answering", _("answering")
    REVIEW = "review", _("between rounds")
    CLOSED = "closed", _("closed")


class DelphiQuestion(models.Model):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(_("question"), max_length=300)
    kind = models.CharField(_("kind"), max_length=8, choices=QuestionKind.choices, default=QuestionKind.NUMBER)
    unit = models.CharField(_("unit"), max_length=30, blank=True)
    max_rounds = models.PositiveSmallIntegerField(_("maximum rounds"), default=3)
    round = models.PositiveSmallIntegerField(default=1)
    status = models.CharField(max_length=10, choices=DelphiStatus.choices, default=DelphiStatus.ANSWERING)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["activity", "position", "pk"]


class DelphiAnswer(models.Model):
    """A forecast of one round. In an anonymous activity (Delphi's are) no participant is recorded, only
    `author_key`, the keyed hash of the secret in their cookie (see Idea.author_key)."""

    question = models.ForeignKey(DelphiQuestion, on_delete=models.CASCADE, related_name="answers")
    participant = models.ForeignKey(Participant, null=True, blank=True, on_delete=models.CASCADE, related_name="forecasts")
    author_key = models.CharField(max_length=64, blank=True, default="", editable=False, db_index=True)
    round = models.PositiveSmallIntegerField()
    value = models.FloatField()  # dates as proleptic ordinals (days)
    rationale = models.CharField(_("rationale"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        unique_together = [("question", "participant", "round")]
        constraints = [models.UniqueConstraint(fields=["question", "author_key", "round"], condition=~models.Q(author_key=""),
                                               name="workshops_one_anonymous_forecast_per_round")]
        ordering = ["question", "round", "value"]


class Event(models.Model):
    """The live stream's log: what each audience was sent, kept so a reconnecting screen misses nothing.

    audience: "all", "facilitator" or "p<participant id>".
    """

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="events")
    audience = models.CharField(max_length=20)
    type = models.CharField(max_length=30)
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["workshop", "id"])]


class HearBack(Consent):
    """A participant's yes to "tell me what becomes of this process", with the address they left: a row of its own,
    tied to the workshop and not to the participant (so not to what they wrote), the day only."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["workshop", "email"], name="workshops_one_hear_back_per_email")]
        verbose_name = _("participant who asked to hear back")
        verbose_name_plural = _("participants who asked to hear back")
