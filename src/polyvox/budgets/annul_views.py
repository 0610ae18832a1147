"""The page where the Participation Service's staff annul a ballot by its reference, with a reason.

It shows which ballot the reference names (budget, channel, district, date) and never its choices nor
its voter; the annulment itself is `ballots.annul_ballot` (state table, budget history)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from polyvox.budgets import ballots


class AnnulForm(forms.Form):
    reference = forms.CharField(label=gettext_lazy("Ballot reference"), max_length=40,
                                help_text=gettext_lazy("The 12 characters shown to the voter after voting."))
    reason = forms.CharField(label=gettext_lazy("Reason for the annulment"), required=False, max_length=500,
                             widget=forms.Textarea(attrs={"rows": 3}),
                             help_text=gettext_lazy("Written in the budget's history."))


@login_required
@require_http_methods(["GET", "POST"])
def annul_ballot(request):
    if not request.user.has_perm("budgets.annul_ballot"):
        raise PermissionDenied
    form = AnnulForm(request.POST or None)
    ballot, error, status = None, None, 200
    if request.method == "POST" and form.is_valid():
        reference = form.cleaned_data["reference"]
        try:
            if request.POST.get("confirm"):
                done = ballots.annul_ballot(reference, actor=request.user, reason=form.cleaned_data["reason"])
                messages.success(request, _("The ballot %(reference)s is annulled; the budget's history says why.")
                                 % {"reference": done.reference})
                return redirect("budgets:annul-ballot")
            ballot = ballots.find_by_reference(reference)
        except ballots.BallotError as refused:
            error, status = str(refused), 400
            ballot = _found(reference)
    elif request.method == "POST":
        status = 400
    return render(request, "budgets/annul.html", {"form": form, "ballot": ballot, "error": error}, status=status)


def _found(reference):
    try:
        return ballots.find_by_reference(reference)
    except ballots.BallotError:
        return None
