"""Pages of the newsletter: subscribe, confirm (a button: mail scanners follow links), unsubscribe (a button, and the
one-click POST of RFC 8058 from mail programs), the public archive; for the Service's staff, composing an edition
and its preview with the recipient count, then sending."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt

from polyvox.newsletter import sending, services
from polyvox.newsletter.models import LANGUAGES, Audience, Block, Edition, EditionState, Segment
from polyvox.places.models import Municipality


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail address"), max_length=254)
    language = forms.ChoiceField(label=gettext_lazy("Language of the newsletter"), choices=LANGUAGES)
    municipality = forms.ModelChoiceField(label=gettext_lazy("Your commune (optional)"), queryset=Municipality.objects.all(),
                                          required=False, empty_label=gettext_lazy("The whole Region"))
    themes = forms.ModelMultipleChoiceField(label=gettext_lazy("Themes that interest you (optional)"), required=False,
                                            queryset=None, widget=forms.CheckboxSelectMultiple)
    audience = forms.ChoiceField(label=gettext_lazy("You are"), choices=Audience.choices, initial=Audience.CITIZENS)
    weekly_digest = forms.BooleanField(label=gettext_lazy("Also send me, each week, what is open to take part in "
                                                          "(in my commune and themes)"), required=False)
    consent = forms.BooleanField(label="")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from polyvox.initiatives.models import Theme

        self.fields["themes"].queryset = Theme.objects.all()
        self.fields["consent"].label = services.consent_wording()
        self.fields["consent"].error_messages["required"] = _("Without your consent we cannot send you the newsletter.")


def subscribe(request):
    form = SubscribeForm(request.POST or None, initial={"language": get_language()[:2]})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.subscribe(data["email"], language=data["language"], municipality=data["municipality"],
                           themes=data["themes"], audience=data["audience"], weekly_digest=data["weekly_digest"])
        return redirect("newsletter:subscribed")
    return render(request, "newsletter/subscribe.html", {"form": form, "nav": "newsletter"},
                  status=400 if form.errors else 200)


def subscribed(request):
    return render(request, "newsletter/subscribed.html")


def confirm(request, token):
    subscriber = services.subscriber_for(token, "confirm_token")
    if request.method == "POST":
        try:
            services.confirm(token)
        except services.NewsletterError as error:
            return render(request, "newsletter/message.html", {"error": error.message}, status=400)
        return render(request, "newsletter/message.html", {"done": _("Your subscription is confirmed. Thank you!")})
    if subscriber is None:
        return render(request, "newsletter/message.html", {
            "error": _("This confirmation link is not valid. Subscribe again to receive a new one.")}, status=404)
    return render(request, "newsletter/confirm.html", {"subscriber": subscriber})


@csrf_exempt  # RFC 8058: the mail program POSTs "List-Unsubscribe=One-Click" with no cookie; the token is the proof
def unsubscribe(request, token):
    subscriber = services.subscriber_for(token, "unsubscribe_token")
    if request.method == "POST":
        one_click = request.POST.get("List-Unsubscribe") == "One-Click"
        try:
            services.unsubscribe(token, how="one-click" if one_click else "page")
        except services.NewsletterError as error:
            return render(request, "newsletter/message.html", {"error": error.message}, status=400 if subscriber else 404)
        return render(request, "newsletter/message.html", {"done": _("You are unsubscribed. You will receive no more editions.")})
    if subscriber is None:
        return render(request, "newsletter/message.html", {"error": _("This unsubscribe link is not valid.")}, status=404)
    return render(request, "newsletter/unsubscribe.html", {"subscriber": subscriber})


def archive(request):
    language = get_language()[:2]
    sent = Edition.objects.filter(state=EditionState.SENT)
    return render(request, "newsletter/archive.html", {
        "editions": sent.filter(language=language).order_by("-sent_at"),
        "others": sent.exclude(language=language).order_by("-sent_at")})


def archived(request, pk):
    found = get_object_or_404(Edition, pk=pk, state=EditionState.SENT)
    body = found.body_html.replace("{{unsubscribe}}", "#")
    return render(request, "newsletter/archived.html", {"edition": found, "body": body})


# The Service's staff -------------------------------------------------------------------------------------------------

class EditionForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=LANGUAGES)
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=200)
    intro = forms.CharField(label=gettext_lazy("Introduction (Markdown)"), required=False, widget=forms.Textarea(attrs={"rows": 5}))
    segment = forms.CharField(label=gettext_lazy("Segment"), required=False)
    blocks = forms.MultipleChoiceField(label=gettext_lazy("Blocks filled by the platform"), choices=Block.choices,
                                       required=False, widget=forms.CheckboxSelectMultiple, initial=list(Block.values))

    def clean_segment(self):
        try:
            return services.segment_by_slug(self.cleaned_data["segment"].strip())
        except services.NewsletterError as error:
            raise forms.ValidationError(error.message) from None


def _staff(request):
    if not request.user.has_perm("newsletter.compose"):
        raise Http404


@login_required
def editions(request):
    _staff(request)
    return render(request, "newsletter/editions.html", {"editions": Edition.objects.all()[:100]})


@login_required
def compose(request):
    _staff(request)
    form = EditionForm(request.POST or None, initial={"language": get_language()[:2]})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        created = Edition.objects.create(language=data["language"], subject=data["subject"], intro=data["intro"],
                                         segment=data["segment"], blocks=data["blocks"], created_by=request.user)
        return redirect(created)
    return render(request, "newsletter/compose.html", {"form": form, "segments": Segment.objects.all()},
                  status=400 if form.errors else 200)


@login_required
def edition(request, pk):
    _staff(request)
    found = get_object_or_404(Edition, pk=pk)
    if request.method == "POST":
        try:
            count = sending.start_sending(found, by=request.user)
        except services.NewsletterError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Sending to %(count)s recipients has started.") % {"count": count})
        return redirect(found)
    if found.state == EditionState.DRAFT:
        html, _text = services.render(found)
    else:
        html = found.body_html
    sent = found.deliveries.filter(sent_at__isnull=False).count()
    return render(request, "newsletter/edition.html", {
        "edition": found, "preview": html.replace("{{unsubscribe}}", "#"),
        "count": services.recipients(found).count() if found.state == EditionState.DRAFT else found.recipients,
        "sent": sent})
