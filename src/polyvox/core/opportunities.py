"""What a resident can take part in right now, across the apps: participatory budgets calling for projects or
open for voting, citizens' panels open for registration, workshops running and open to join. Only what belongs
to a published initiative is listed."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class OpenNow:
    budgets_voting: list = field(default_factory=list)
    budgets_call: list = field(default_factory=list)
    panels: list = field(default_factory=list)
    workshops: list = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.budgets_voting) + len(self.budgets_call) + len(self.panels) + len(self.workshops)


def open_now() -> OpenNow:
    from polyvox.budgets.models import Budget, Phase
    from polyvox.initiatives.models import PublicationState
    from polyvox.panels.models import Panel, PanelState
    from polyvox.workshops.models import Workshop, WorkshopStatus

    published = {"initiative__publication_state": PublicationState.PUBLISHED}
    budgets = Budget.objects.filter(phase__in=[Phase.VOTING, Phase.PROJECT_CALL], **published).select_related("initiative")
    result = OpenNow()
    for budget in budgets.order_by("vote_closes_at", "call_closes_on", "id"):
        (result.budgets_voting if budget.phase == Phase.VOTING else result.budgets_call).append(budget)
    result.panels = list(Panel.objects.filter(state=PanelState.REGISTRATION_OPEN, **published)
                         .select_related("initiative").order_by("registration_deadline", "id"))
    result.workshops = list(Workshop.objects.filter(status=WorkshopStatus.RUNNING, locked=False, **published)
                            .select_related("initiative").order_by("-created_at"))
    return result
