"""The agenda templates: which activities a workshop starts with, their instructions in FR, NL and EN."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from polyvox.workshops.models import ActivityKind

# kind -> (title, instructions, timer seconds or None, anonymous)
DEFAULTS = {
    ActivityKind.HMW: (_("Clarify the challenge"), _("Rephrase the challenge as questions starting with “How might we…?”."), 300, False),
    ActivityKind.IDEAS: (_("Diverge: write ideas"), _("Write as many ideas as you can, one per note. Others see them without your name."), 600, True),
    ActivityKind.CLUSTERS: (_("Converge: clusters"), _("The facilitator groups similar ideas into clusters. Suggest names aloud."), None, True),
    ActivityKind.DOTS: (_("Converge: dot voting"), _("Spread your dots over the ideas you prefer. Results stay hidden until the facilitator reveals them."), 300, True),
    ActivityKind.CANVAS: (_("Develop the chosen ideas"), _("For each chosen idea, fill in who, what, the first step and the risks."), 900, False),
    ActivityKind.ACTIONS: (_("Action plan"), _("List the actions with an owner and a date."), 600, False),
    ActivityKind.PROPOSAL: (_("The proposal"), _("The proposer presents the proposal. Listen without discussing."), 180, False),
    ActivityKind.CLARIFYING: (_("Clarifying questions"), _("Ask questions to understand the proposal, not to argue. The proposer answers."), 300, False),
    ActivityKind.REACTIONS: (_("Reactions"), _("One short reaction each: how do you feel about the proposal?"), 300, False),
    ActivityKind.OBJECTIONS: (_("Objections"), _("Is there a reason why this proposal would harm our aims? State each objection with its reason."), 300, False),
    ActivityKind.AMENDMENTS: (_("Amendments"), _("Propose changes to the text that meet the objections."), 600, False),
    ActivityKind.CONSENT: (_("Consent"), _("Consent is recorded when no objection remains open; otherwise the proposal can be withdrawn."), None, False),
    ActivityKind.DELPHI: (_("Forecast"), _("Answer each question with a figure or a date and a short rationale. Answers are anonymous."), None, True),
    ActivityKind.SOLO: (_("1 – Alone"), _("Think alone in silence and note your own ideas. Only you and the facilitator see them."), 60, False),
    ActivityKind.PAIRS: (_("2 – In pairs"), _("Share your ideas with your partner and note what you build together."), 120, False),
    ActivityKind.FOURS: (_("4 – In fours"), _("Two pairs meet: note the differences and similarities, and what stands out."), 240, False),
    ActivityKind.PLENARY: (_("All – Whole group"), _("Each group shares one important idea with everyone."), 300, False),
}

TEMPLATES = {
    "cps": ["hmw", "ideas", "clusters", "dots", "canvas", "actions"],
    "consent": ["proposal", "clarifying", "reactions", "objections", "amendments", "consent"],
    "delphi": ["delphi"],
    "124": ["solo", "pairs", "fours", "plenary"],
    "free": [],
}


def localised(text) -> dict[str, str]:
    """A lazy translation as a dict of the model's translated columns (`title_fr`, `title_nl`, `title_en`)."""
    values = {}
    for code in ("fr", "nl", "en"):
        with translation.override(code):
            values[code] = str(text)
    return values
