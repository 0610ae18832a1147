"""Forms of petitions: signing, drafting, and the institution's decisions."""

from __future__ import annotations

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from polyvox.core.hear_back import CONSENT

from polyvox.petitions.models import Channel, CouncilSitting, Level, RefusalGround
from polyvox.places.models import Municipality

FORM_CLOCK_SALT = "polyvox.petitions.form-clock"


class MunicipalityChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class SignForm(forms.Form):
    """Name, e-mail, date of birth and municipality; a signed clock catches forms filled faster than a person can."""

    full_name = forms.CharField(label=_("First name and surname"), max_length=160)
    email = forms.EmailField(label=_("E-mail address"), help_text=_("You confirm your signature from it."))
    date_of_birth = forms.DateField(label=_("Date of birth"), widget=forms.DateInput(attrs={"type": "date"}))
    municipality = MunicipalityChoice(label=_("Municipality of residence"), queryset=Municipality.objects.all(),
                                      required=False, empty_label=_("— outside the Brussels-Capital Region —"))
    hear_back = forms.BooleanField(label=CONSENT, required=False)  # written to at the address above
    started = forms.CharField(widget=forms.HiddenInput, required=False)
    website = forms.CharField(label=_("Leave this field empty"), required=False,
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["date_of_birth"].widget.attrs["autocomplete"] = "bday"
        if not self.is_bound:
            self.initial["started"] = signing.dumps(time.time(), salt=FORM_CLOCK_SALT)

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise forms.ValidationError(_("The signature could not be taken. Please try again."))
        try:
            started = float(signing.loads(data.get("started") or "", salt=FORM_CLOCK_SALT, max_age=24 * 3600))
        except (signing.BadSignature, TypeError, ValueError):
            raise forms.ValidationError(_("The form has expired. Please fill it in again.")) from None
        if time.time() - started < getattr(settings, "PETITIONS_MIN_FORM_SECONDS", 3):
            raise forms.ValidationError(_("The form was sent too fast. Please check your answers and send it again."))
        return data


class DraftForm(forms.Form):
    channel = forms.ModelChoiceField(label=_("Channel"), queryset=Channel.objects.all(), empty_label=None,
                                     widget=forms.RadioSelect)
    level = forms.ChoiceField(label=_("It concerns"), choices=Level.choices, initial=Level.REGION)
    municipality = MunicipalityChoice(label=_("Municipality (for an interpellation)"), queryset=Municipality.objects.all(),
                                      required=False)
    language = forms.ChoiceField(label=_("Language of your text"), choices=settings.LANGUAGES)
    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(label=_("Your request"), widget=forms.Textarea(attrs={"rows": 8}), max_length=10000)
    author_name = forms.CharField(label=_("Your name as shown publicly"), max_length=120)

    def clean(self):
        data = super().clean()
        channel = data.get("channel")
        if channel is None:
            return data
        if channel.kind == "interpellation":
            data["level"] = Level.COMMUNE
            if data.get("municipality") is None:
                self.add_error("municipality", _("Choose the municipality whose council you interpellate."))
        elif data.get("level") not in channel.level_list:
            self.add_error("level", _("This channel does not cover this level."))
        return data


class RefuseForm(forms.Form):
    ground = forms.ChoiceField(label=_("Ground of the refusal"), choices=RefusalGround.choices)
    reasons_fr = forms.CharField(label=_("Public reasons in French"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    reasons_nl = forms.CharField(label=_("Public reasons in Dutch"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    reasons_en = forms.CharField(label=_("Public reasons in English"), widget=forms.Textarea(attrs={"rows": 3}), required=False)


class HearingForm(forms.Form):
    hearing_at = forms.DateTimeField(label=_("Date and time of the hearing"), required=False,
                                     widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"))
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    sitting = forms.ModelChoiceField(label=_("Council sitting"), queryset=CouncilSitting.objects.none(), required=False)

    def __init__(self, *args, petition=None, **kwargs):
        super().__init__(*args, **kwargs)
        if petition is not None and petition.municipality_id:
            self.fields["sitting"].queryset = CouncilSitting.objects.filter(municipality_id=petition.municipality_id)


class AnswerForm(forms.Form):
    outcome = forms.ChoiceField(label=_("What the answer decides"), choices=[
        ("adopt", _("the request is adopted")), ("adopt_in_part", _("the request is adopted in part")),
        ("reject", _("the request is rejected")), ("study", _("the request is under study"))], initial="study")
    answer_fr = forms.CharField(label=_("Answer in French"), widget=forms.Textarea(attrs={"rows": 5}), required=False)
    answer_nl = forms.CharField(label=_("Answer in Dutch"), widget=forms.Textarea(attrs={"rows": 5}), required=False)
    answer_en = forms.CharField(label=_("Answer in English"), widget=forms.Textarea(attrs={"rows": 5}), required=False)
    video_url = forms.URLField(label=_("Video of the hearing or sitting"), required=False, assume_scheme="https")
    documents = forms.CharField(label=_("Links to documents published elsewhere"), required=False,
                                widget=forms.Textarea(attrs={"rows": 3}),
                                help_text=_("One per line: title | address. Upload files below, under “Documents of the answer”."))

    def clean_documents(self):
        rows = []
        for line in (self.cleaned_data.get("documents") or "").splitlines():
            if not line.strip():
                continue
            title, _bar, url = line.rpartition("|")
            url = url.strip()
            if not title.strip() or not url.startswith(("https://", "http://")):
                raise forms.ValidationError(_("Write each document as: title | https://address"))
            rows.append((title.strip(), url))
        return rows


class ResendForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address you signed with"), max_length=254)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"


class SameSubjectForm(forms.Form):
    """The secretariat records that a filed request is on the same subject as an earlier one of the channel."""

    same_subject_as = forms.ModelChoiceField(label=_("Same subject as"), queryset=None, required=False,
                                             empty_label=_("— no earlier request on this subject —"))

    def __init__(self, *args, petition=None, candidates=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["same_subject_as"].queryset = candidates
        self.fields["same_subject_as"].label_from_instance = lambda other: (
            f"{other.pk} · {other.title} ({other.get_state_display()})")
        if petition is not None and not self.is_bound:
            self.initial["same_subject_as"] = petition.same_subject_as_id


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("Title of the document"), max_length=200)
    file = forms.FileField(label=_("File (PDF, ODT or DOCX)"),
                           widget=forms.FileInput(attrs={"accept": ".pdf,.odt,.docx,application/pdf,"
                                                                  "application/vnd.oasis.opendocument.text,"
                                                                  "application/vnd.openxmlformats-officedocument."
                                                                  "wordprocessingml.document"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from django.template.defaultfilters import filesizeformat

        from polyvox.petitions.answer_documents import max_bytes

        self.fields["file"].help_text = _("At most %(limit)s. The file is public once the answer is published.") % {
            "limit": filesizeformat(max_bytes())}

    def clean_file(self):
        from polyvox.petitions.answer_documents import DocumentRefused, check

        upload = self.cleaned_data.get("file")
        try:
            check(upload)
        except DocumentRefused as refused:
            raise forms.ValidationError(refused.message) from None
        return upload


class PaperLineForm(forms.Form):
    sheet = forms.CharField(label=_("Sheet"), max_length=40)
    line = forms.IntegerField(label=_("Line"), min_value=1, max_value=500)
    full_name = forms.CharField(label=_("First name and surname"), max_length=160)
    date_of_birth = forms.DateField(label=_("Date of birth"), widget=forms.DateInput(attrs={"type": "date"}))
    municipality = MunicipalityChoice(label=_("Municipality of residence"), queryset=Municipality.objects.all(),
                                      required=False, empty_label=_("— outside the Brussels-Capital Region —"))


class InvalidateForm(forms.Form):
    signatures = forms.CharField(label=_("Signature numbers"), widget=forms.Textarea(attrs={"rows": 3}),
                                 help_text=_("Numbers separated by spaces, commas or lines."))
    reason = forms.CharField(label=_("Reason"), max_length=300)

    def clean_signatures(self):
        from polyvox.core.input_checks import whole_number

        numbers = [whole_number(part, max_digits=12) for part in self.cleaned_data["signatures"].replace(",", " ").split()]
        if not numbers or None in numbers:
            raise forms.ValidationError(_("Give signature numbers only."))
        return numbers


class SittingForm(forms.Form):
    municipality = MunicipalityChoice(label=_("Municipality"), queryset=Municipality.objects.all())
    starts_at = forms.DateTimeField(label=_("Date and time"),
                                    widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"))
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
