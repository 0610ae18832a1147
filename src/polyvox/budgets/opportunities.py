"""The "Take part" page's budgets: those open for voting, and those calling for projects (of published initiatives)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from polyvox.core.opportunities import Opportunity, Section
from polyvox.core.templatetags.polyvox import content_lang

VOTING = Section("voting", gettext_lazy("Vote in a participatory budget"), order=10)
CALL = Section("call", gettext_lazy("Submit a project to a participatory budget"), order=20)


def items(request) -> list[Opportunity]:
    from polyvox.budgets.models import Admission, Budget, Phase
    from polyvox.initiatives.models import PublicationState

    budgets = (Budget.objects.filter(phase__in=[Phase.VOTING, Phase.PROJECT_CALL],
                                     initiative__publication_state=PublicationState.PUBLISHED)
               .select_related("initiative").prefetch_related("initiative__themes").order_by("vote_closes_at", "call_closes_on", "id"))
    found = []
    for budget in budgets:
        common = {"title": budget.title, "url": budget.get_absolute_url(), "title_lang": content_lang(budget, "title"),
                  "initiative": budget.initiative, "municipality_id": budget.initiative.municipality_id}
        if budget.phase == Phase.VOTING:
            closes = budget.vote_closes_at
            when = (_("Voting open until %(when)s.") % {"when": date_format(timezone.localtime(closes), "DATETIME_FORMAT")}
                    if closes else _("Voting open."))
            who = {Admission.ACCOUNT: _("With your account."),
                   Admission.CODE: _("With your invitation code or identity number; no account needed.")}.get(
                budget.admission, _("With your account and your invitation code or identity number."))
            found.append(Opportunity(VOTING, action_url=reverse("budgets:vote", args=[budget.pk]), action_label=_("Vote"),
                                     lines=[f"{when} {who}"], closes=closes, **common))
        else:
            closes = budget.call_closes_on
            when = (_("Call for projects open until %(when)s.") % {"when": date_format(closes, "DATE_FORMAT")}
                    if closes else _("Call for projects open."))
            found.append(Opportunity(CALL, action_url=reverse("budgets:project-new", args=[budget.pk]),
                                     action_label=_("Submit a project"), lines=[when], closes=closes, needs_account=True,
                                     sign_in_label=_("Sign in to submit a project."), **common))
    return found
