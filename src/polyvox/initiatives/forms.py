"""The editor's forms: an initiative with its French, Dutch and English texts, its steps, follow-up
entries, links and documents; and the reason given when staff send one back."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.forms import inlineformset_factory
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from polyvox.initiatives.models import Document, FollowUp, Initiative, Link, PublicationState, Step
from polyvox.initiatives.services import missing_languages_message
from polyvox.organisations.models import Organisation, OrganisationKind, Role
from polyvox.organisations.rules import is_service_staff, organisations_where

LANGUAGES = (("fr", _("French")), ("nl", _("Dutch")), ("en", _("English")))
TEXT_FIELDS = {
    "title": pgettext_lazy("initiative form", "Title"),
    "summary": pgettext_lazy("initiative form", "Summary"),
    "body": pgettext_lazy("initiative form", "Description (Markdown)"),
    "results": pgettext_lazy("initiative form", "Results (Markdown)"),
}
# Brussels-Capital Region with a margin: a point outside it is most likely a typing error.
LATITUDE_RANGE, LONGITUDE_RANGE = (50.70, 51.00), (4.15, 4.60)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class InitiativeForm(forms.ModelForm):
    class Meta:
        model = Initiative
        fields = [
            *[f"{name}_{code}" for code, _label in LANGUAGES for name in TEXT_FIELDS],
            "organiser", "start_date", "end_date", "status", "method_family", "methods", "themes",
            "governance_level", "municipality", "latitude", "longitude", "participation_level",
            "participation_actions", "democratic_values", "providers", "participants_count",
        ]
        widgets = {
            "start_date": DateInput(),
            "end_date": DateInput(),
            "themes": forms.CheckboxSelectMultiple,
            "participation_actions": forms.CheckboxSelectMultiple,
            "democratic_values": forms.CheckboxSelectMultiple,
            "methods": forms.CheckboxSelectMultiple,
            "providers": forms.CheckboxSelectMultiple,
            "latitude": forms.NumberInput(attrs={"step": "any"}),
            "longitude": forms.NumberInput(attrs={"step": "any"}),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        for code, language in LANGUAGES:
            for name, label in TEXT_FIELDS.items():
                field = self.fields[f"{name}_{code}"]
                field.required = False
                field.label = f"{label} ({language})"
                field.help_text = ""
                if name in ("summary", "body", "results"):
                    field.widget = forms.Textarea(attrs={"rows": 3 if name == "summary" else 8})
        organisers = Organisation.objects.exclude(kind=OrganisationKind.PROVIDER)
        if not (user is not None and is_service_staff(user)):
            organisers = organisations_where(user, Role.EDITOR).exclude(kind=OrganisationKind.PROVIDER)
            if self.instance.pk:  # an editor cannot move an initiative to an organisation they do not edit
                organisers = organisers.filter(pk=self.instance.organiser_id)
        self.fields["organiser"].queryset = organisers
        if organisers.count() == 1 and not self.instance.pk:
            self.initial["organiser"] = organisers.first().pk
        self.fields["municipality"].empty_label = _("Whole region")
        self.fields["municipality"].help_text = _("Leave “Whole region” when the initiative concerns the whole region.")
        self.fields["latitude"].help_text = _("Decimal degrees (WGS 84), for example 50.8466. Optional.")
        self.fields["longitude"].help_text = _("Decimal degrees (WGS 84), for example 4.3528. Optional.")
        self.fields["methods"].queryset = self.fields["methods"].queryset.select_related("family")
        self.fields["providers"].queryset = self.fields["providers"].queryset.select_related("organisation")

    def language_fieldsets(self):
        """The text fields grouped by language, for one fieldset (with its legend) per language."""
        return [
            {"code": code, "legend": language, "fields": [self[f"{name}_{code}"] for name in TEXT_FIELDS]}
            for code, language in LANGUAGES
        ]

    def clean(self):
        data = super().clean()
        if not any((data.get(f"title_{code}") or "").strip() for code, _label in LANGUAGES):
            self.add_error("title_fr", _("Give the initiative a title, at least in one language."))
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date cannot be before the start date."))
        lat, lon = data.get("latitude"), data.get("longitude")
        if (lat is None) != (lon is None):
            self.add_error("longitude" if lon is None else "latitude", _("Give both the latitude and the longitude, or neither."))
        if lat is not None and not LATITUDE_RANGE[0] <= lat <= LATITUDE_RANGE[1]:
            self.add_error("latitude", _("This latitude is outside the Brussels-Capital Region."))
        if lon is not None and not LONGITUDE_RANGE[0] <= lon <= LONGITUDE_RANGE[1]:
            self.add_error("longitude", _("This longitude is outside the Brussels-Capital Region."))
        if self.instance.pk and self.instance.publication_state == PublicationState.PUBLISHED:
            probe = Initiative(**{f"{n}_{c}": data.get(f"{n}_{c}") or "" for n in ("title", "summary", "body") for c in ("fr", "nl")})
            message = missing_languages_message(probe)
            if message:
                raise forms.ValidationError(message)
        return data

    def save(self, commit=True):
        initiative = super().save(commit=False)
        # The untranslated columns hold the French text (or the first language given).
        for name in TEXT_FIELDS:
            values = [self.cleaned_data.get(f"{name}_{code}") or "" for code, _label in LANGUAGES]
            for code, _label in LANGUAGES:
                setattr(initiative, f"{name}_{code}", self.cleaned_data.get(f"{name}_{code}") or "")
            initiative.__dict__[name] = next((v for v in values if v.strip()), "")
        if commit:
            initiative.save()
            self.save_m2m()
        return initiative


class StepForm(forms.ModelForm):
    class Meta:
        model = Step
        fields = ["date", "end_date", "title_fr", "title_nl", "title_en", "description_fr", "description_nl", "description_en"]
        widgets = {"date": DateInput(), "end_date": DateInput()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _label_languages(self, {"title": _("Step"), "description": _("What happens")}, textarea={"description"})

    def clean(self):
        data = super().clean()
        if not any((data.get(f"title_{code}") or "").strip() for code, _label in LANGUAGES):
            self.add_error("title_fr", _("Give the step a title, at least in one language."))
        if data.get("date") and data.get("end_date") and data["end_date"] < data["date"]:
            self.add_error("end_date", _("The end date cannot be before the start date."))
        return data

    def save(self, commit=True):
        return _save_with_base_columns(super().save(commit=False), self.cleaned_data, ("title", "description"), commit)


class FollowUpForm(forms.ModelForm):
    class Meta:
        model = FollowUp
        fields = ["date", "text_fr", "text_nl", "text_en"]
        widgets = {"date": DateInput()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _label_languages(self, {"text": _("What was done")}, textarea={"text"})

    def clean(self):
        data = super().clean()
        if not any((data.get(f"text_{code}") or "").strip() for code, _label in LANGUAGES):
            self.add_error("text_fr", _("Say what was done, at least in one language."))
        return data

    def save(self, commit=True):
        return _save_with_base_columns(super().save(commit=False), self.cleaned_data, ("text",), commit)


class LinkForm(forms.ModelForm):
    class Meta:
        model = Link
        fields = ["url", "label_fr", "label_nl", "label_en"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _label_languages(self, {"label": _("Label")})

    def clean(self):
        data = super().clean()
        if not any((data.get(f"label_{code}") or "").strip() for code, _label in LANGUAGES):
            self.add_error("label_fr", _("Give the link a label, at least in one language."))
        return data

    def save(self, commit=True):
        return _save_with_base_columns(super().save(commit=False), self.cleaned_data, ("label",), commit)


class DocumentFileInput(forms.ClearableFileInput):
    """The current file links to the document's view (which checks who asks), not to a /media/ address."""

    download_url = ""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if self.is_initial(value) and self.download_url:
            context["widget"]["value"] = _StoredFile(str(value), self.download_url)
        return context


class _StoredFile:
    def __init__(self, name: str, url: str):
        self.name, self.url = name, url

    def __str__(self):
        return self.name.rsplit("/", 1)[-1]


class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["title", "file"]
        widgets = {"file": DocumentFileInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["file"].widget.download_url = self.instance.get_absolute_url()

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is not None and getattr(upload, "size", 0) > settings.UPLOAD_MAX_BYTES:
            raise forms.ValidationError(
                _("This file is too large: at most %(size)s.") % {"size": filesizeformat(settings.UPLOAD_MAX_BYTES)}
            )
        return upload


StepFormSet = inlineformset_factory(Initiative, Step, form=StepForm, extra=1, can_delete=True)
FollowUpFormSet = inlineformset_factory(Initiative, FollowUp, form=FollowUpForm, extra=1, can_delete=True)
LinkFormSet = inlineformset_factory(Initiative, Link, form=LinkForm, extra=1, can_delete=True)
DocumentFormSet = inlineformset_factory(Initiative, Document, form=DocumentForm, extra=1, can_delete=True)
FORMSETS = (("steps", StepFormSet, _("Steps")), ("follow_ups", FollowUpFormSet, _("Follow-up")),
            ("links", LinkFormSet, _("Links")), ("documents", DocumentFormSet, _("Documents")))


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for sending back"), widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The organisation's editors read it by e-mail and on their form: say what to change."),
        error_messages={"required": _("Say why the initiative is sent back: the reason is required.")},
    )


def _label_languages(form, labels: dict, textarea=frozenset()) -> None:
    for code, language in LANGUAGES:
        for name, label in labels.items():
            field = form.fields[f"{name}_{code}"]
            field.required = False
            field.label = f"{label} ({language})"
            if name in textarea:
                field.widget = forms.Textarea(attrs={"rows": 2})


def _save_with_base_columns(obj, data, names, commit):
    for name in names:
        values = [data.get(f"{name}_{code}") or "" for code, _label in LANGUAGES]
        for code, _label in LANGUAGES:
            setattr(obj, f"{name}_{code}", data.get(f"{name}_{code}") or "")
        obj.__dict__[name] = next((v for v in values if v.strip()), "")
    if commit:
        obj.save()
    return obj
