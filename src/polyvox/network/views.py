"""Pages of the network: what it is and how to join, one's profile, the members-only directory (by competence and
commune), the working groups with their members, resource library, message board and calendar."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from polyvox.core.input_checks import whole_number
from polyvox.network import services
from polyvox.network.models import AgentProfile, Competence, ProfileState, WorkingGroup
from polyvox.network.rules import PUBLIC_KINDS
from polyvox.organisations.models import Organisation
from polyvox.places.models import Municipality

LANGUAGES = [("fr", gettext_lazy("French")), ("nl", gettext_lazy("Dutch")), ("en", gettext_lazy("English"))]


class ProfileForm(forms.Form):
    organisation = forms.ModelChoiceField(label=gettext_lazy("Organisation"), queryset=Organisation.objects.none())
    job_title = forms.CharField(label=gettext_lazy("Your role"), max_length=200,
                                help_text=gettext_lazy("E.g. participation officer, neighbourhood contract manager."))
    competences = forms.ModelMultipleChoiceField(label=gettext_lazy("Competences"), queryset=Competence.objects.all(),
                                                 required=False, widget=forms.CheckboxSelectMultiple)
    languages = forms.MultipleChoiceField(label=gettext_lazy("Languages you work in"), choices=LANGUAGES,
                                          widget=forms.CheckboxSelectMultiple)
    municipality = forms.ModelChoiceField(label=gettext_lazy("Commune where you work"), queryset=Municipality.objects.all(),
                                          required=False, empty_label=gettext_lazy("Regional (no one commune)"))
    trainings = forms.CharField(label=gettext_lazy("Trainings followed"), required=False, max_length=2000,
                                widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(kind__in=PUBLIC_KINDS)

    def profile_data(self) -> dict:
        data = dict(self.cleaned_data)
        data["languages"] = ",".join(data["languages"])
        return data


def home(request):
    profile = getattr(request.user, "agent_profile", None) if request.user.is_authenticated else None
    pending = None
    if request.user.has_perm("network.approve"):
        pending = AgentProfile.objects.filter(state=ProfileState.PENDING).select_related("user", "organisation")
    return render(request, "network/home.html", {
        "nav": "network", "profile": profile, "pending": pending, "members": AgentProfile.objects.filter(
            state=ProfileState.MEMBER).count(), "groups": WorkingGroup.objects.all(),
        "may_read": request.user.has_perm("network.read"),
    })


@login_required
def profile(request):
    existing = getattr(request.user, "agent_profile", None)
    initial = None
    if existing is not None:
        initial = {"organisation": existing.organisation, "job_title": existing.job_title,
                   "competences": existing.competences.all(), "languages": existing.language_codes,
                   "municipality": existing.municipality, "trainings": existing.trainings}
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = services.save_profile(request.user, form.profile_data())
        if saved.state == ProfileState.MEMBER:
            messages.success(request, _("Your profile is saved. Welcome to the network."))
        else:
            messages.success(request, _("Your request is saved. The Participation Service checks that you work for a public body, then opens the network to you."))
        return redirect("network:home")
    return render(request, "network/profile.html", {"nav": "network", "form": form, "profile": existing},
                  status=400 if form.errors else 200)


@login_required
@require_POST
def leave(request):
    existing = getattr(request.user, "agent_profile", None)
    if existing is None:
        raise Http404
    try:
        services.leave(existing, by=request.user)
    except services.NetworkError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("You left the network. Your profile no longer shows in the directory."))
    return redirect("network:home")


@login_required
@require_POST
def approve(request, pk):
    if not request.user.has_perm("network.approve"):
        raise Http404
    agent = get_object_or_404(AgentProfile, pk=pk)
    try:
        services.approve(agent, by=request.user)
    except services.NetworkError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("%(name)s is a member of the network.") % {"name": agent.user.public_name})
    return redirect("network:home")


def _members_only(request):
    if not request.user.has_perm("network.read"):
        return render(request, "network/members_only.html", {"nav": "network"}, status=403)
    return None


def directory(request):
    refused = _members_only(request)
    if refused:
        return refused
    agents = (AgentProfile.objects.filter(state=ProfileState.MEMBER)
              .select_related("user", "organisation", "municipality").prefetch_related("competences"))
    competence = Competence.objects.filter(slug=request.GET.get("competence", "")).first()
    commune = Municipality.objects.filter(nis_code=request.GET.get("commune", "")).first()
    query = (request.GET.get("q") or "").strip()[:100]
    if competence:
        agents = agents.filter(competences=competence)
    if commune:
        agents = agents.filter(municipality=commune)
    if query:
        agents = agents.filter(Q(user__display_name__icontains=query) | Q(job_title__icontains=query)
                               | Q(organisation__name__icontains=query) | Q(trainings__icontains=query))
    return render(request, "network/directory.html", {
        "nav": "network", "agents": agents, "competences": Competence.objects.all(), "communes": Municipality.objects.all(),
        "competence": competence, "commune": commune, "query": query,
    })


def groups(request):
    refused = _members_only(request)
    if refused:
        return refused
    return render(request, "network/groups.html", {"nav": "network", "groups": WorkingGroup.objects.all()})


class MessageForm(forms.Form):
    body = forms.CharField(label=gettext_lazy("Your message"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4}))


class ResourceForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Title"), max_length=200)
    url = forms.URLField(label=gettext_lazy("Address (https://…)"), assume_scheme="https")
    note = forms.CharField(label=gettext_lazy("Note (optional)"), max_length=500, required=False)


def group(request, slug):
    refused = _members_only(request)
    if refused:
        return refused
    found = get_object_or_404(WorkingGroup, slug=slug)
    message_form, resource_form = MessageForm(), ResourceForm()
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "join":
                services.join_group(found, request.user)
                messages.success(request, _("You joined the group."))
                return redirect(found)
            if action == "post":
                message_form = MessageForm(request.POST)
                if message_form.is_valid():
                    services.post_message(found, request.user, message_form.cleaned_data["body"])
                    messages.success(request, _("Your message is posted."))
                    return redirect(found)
            elif action == "resource":
                resource_form = ResourceForm(request.POST)
                if resource_form.is_valid():
                    services.add_resource(found, request.user, **resource_form.cleaned_data)
                    messages.success(request, _("The resource is shared with the group."))
                    return redirect(found)
            else:
                raise services.NetworkError(_("Unknown action."))
        except services.NetworkError as error:
            messages.error(request, error.message)
        status = 400
    member = found.memberships.filter(user=request.user).exists()
    from polyvox.events.models import EventState

    events = found.events.filter(state=EventState.PUBLISHED).order_by("starts_at")
    return render(request, "network/group.html", {
        "nav": "network", "group": found, "member": member, "may_post": request.user.has_perm("network.post", found),
        "memberships": found.memberships.select_related("user", "user__agent_profile__organisation"),
        "resources": found.resources.all(), "board": found.messages.select_related("author")[:100],
        "message_form": message_form, "resource_form": resource_form, "events": events,
    }, status=status)


def group_feed(request, slug, token):
    """The group's meetings as a subscribable iCalendar feed; calendar apps do not sign in, so its address holds a
    secret that the group's page gives to the members."""
    import hmac

    from polyvox.events import feeds
    from polyvox.events.models import EventState

    found = get_object_or_404(WorkingGroup, slug=slug)
    if not hmac.compare_digest(found.feed_token, token):
        raise Http404
    events = found.events.filter(state__in=[EventState.PUBLISHED, EventState.CANCELLED])
    return feeds.response(events, found.title, filename=f"{found.slug}.ics")


# Training programmes ---------------------------------------------------------------------------------------------------

@login_required
def trainings(request):
    """For the Service: which administrations trained whom."""
    from polyvox.network import training

    if not request.user.has_perm("network.see_trainings"):
        raise Http404
    return render(request, "network/trainings.html", {"nav": "network", "cohorts": training.who_trained_whom()})


@login_required
def programme(request, slug):
    from polyvox.network import training
    from polyvox.network.models import TrainingProgramme, TrainingSession

    found = get_object_or_404(TrainingProgramme.objects.select_related("organisation"), slug=slug)
    if not request.user.has_perm("network.manage_training", found):
        raise Http404
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "attendance":
            session = get_object_or_404(TrainingSession, pk=whole_number(request.POST.get("session")) or 0,
                                        cohort__programme=found)
            chosen = session.cohort.trainees.filter(pk__in=[v for v in request.POST.getlist("present") if v.isascii() and v.isdigit()])
            session.attendees.set(chosen)
            messages.success(request, _("Attendance saved: %(count)s present.") % {"count": chosen.count()})
        elif action == "complete":
            cohort = get_object_or_404(found.cohorts, pk=whole_number(request.POST.get("cohort")) or 0)
            done = training.complete(cohort, by=request.user)
            messages.success(request, _("%(count)s new certificates.") % {"count": done})
        else:
            messages.error(request, _("Unknown action."))
        return redirect(found)
    cohorts = []
    for cohort in found.cohorts.prefetch_related("sessions", "trainees"):
        trainees = [(trainee, training.attendance_share(trainee)) for trainee in cohort.trainees.all()]
        cohorts.append((cohort, trainees))
    return render(request, "network/programme.html", {"nav": "network", "programme": found, "cohorts": cohorts})


@login_required
def session_attendance(request, slug, pk):
    from polyvox.network.models import TrainingProgramme, TrainingSession

    found = get_object_or_404(TrainingProgramme, slug=slug)
    if not request.user.has_perm("network.manage_training", found):
        raise Http404
    session = get_object_or_404(TrainingSession, pk=pk, cohort__programme=found)
    present = set(session.attendees.values_list("pk", flat=True))
    return render(request, "network/session.html", {"nav": "network", "programme": found, "session": session,
                                                    "trainees": session.cohort.trainees.all(), "present": present})


@login_required
def certificate(request, pk):
    from django.http import HttpResponse

    from polyvox.network import training
    from polyvox.network.models import Trainee

    trainee = get_object_or_404(Trainee.objects.select_related("cohort__programme__organisation"), pk=pk)
    if not request.user.has_perm("network.certificate", trainee) or trainee.completed_at is None:
        raise Http404
    response = HttpResponse(training.certificate_pdf(trainee), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{trainee.certificate_number}.pdf"'
    return response
