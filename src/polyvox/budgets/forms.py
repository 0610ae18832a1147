"""Forms of the budget pages: the budget's settings, a project, the review, eligibility, imports, follow-up."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _

from polyvox.budgets.models import Admission, Budget, Category, District, Eligibility, Implementation, Project, rule_refusal
from polyvox.core.input_checks import whole_number

MAX_PICTURE_BYTES = 3 * 1024 * 1024
MAX_PICTURES = 3
MAX_CSV_BYTES = 5 * 1024 * 1024


class BudgetForm(forms.ModelForm):
    class Meta:
        model = Budget
        fields = [
            "title_fr", "title_nl", "title_en", "description_fr", "description_nl", "description_en", "amount",
            "vote_method", "points_per_voter", "max_ranked", "eligibility", "admission", "minimum_age", "rule", "call_closes_on",
            "vote_opens_at", "vote_closes_at",
        ]
        widgets = {
            "call_closes_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "vote_opens_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "vote_closes_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "description_fr": forms.Textarea(attrs={"rows": 4}),
            "description_nl": forms.Textarea(attrs={"rows": 4}),
            "description_en": forms.Textarea(attrs={"rows": 4}),
        }

    VOTE_FIELDS = ("amount", "vote_method", "points_per_voter", "max_ranked", "eligibility", "admission", "minimum_age", "rule")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title_fr"].required = True
        self.fields["admission"].required = False  # left out: an account and the proof of eligibility, as before
        if self.instance.pk and self.instance.phase_reached("voting"):
            for name in self.VOTE_FIELDS:
                self.fields[name].disabled = True
                self.fields[name].help_text = _("Fixed once the vote has opened.")

    def clean_admission(self):
        return self.cleaned_data.get("admission") or (self.instance.admission if self.instance.pk else Admission.BOTH)

    def clean(self):
        data = super().clean()
        opens, closes = data.get("vote_opens_at"), data.get("vote_closes_at")
        if opens and closes and closes <= opens:
            self.add_error("vote_closes_at", _("The vote must close after it opens."))
        refusal = rule_refusal(data.get("vote_method") or "", data.get("rule") or "")
        if refusal and not self.fields["rule"].disabled:
            self.add_error("rule", refusal)
        return data


class DistrictForm(forms.ModelForm):
    class Meta:
        model = District
        fields = ["name_fr", "name_nl", "name_en", "amount"]


def validate_picture(image):
    if image.size > MAX_PICTURE_BYTES:
        raise ValidationError(_("A picture may weigh at most 3 MB."))


class ProjectForm(forms.ModelForm):
    picture = forms.ImageField(
        label=_("Picture (optional)"), required=False,
        help_text=_("JPEG, PNG or WebP, at most 3 MB."),
        validators=[FileExtensionValidator(["jpg", "jpeg", "png", "webp"]), validate_picture],
    )
    picture_alt = forms.CharField(
        label=_("What the picture shows"), required=False, max_length=200,
        help_text=_("A short description for people who cannot see it."),
    )

    class Meta:
        model = Project
        fields = ["title", "description", "category", "cost_estimate", "district", "latitude", "longitude"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "latitude": forms.NumberInput(attrs={"step": "any"}),
            "longitude": forms.NumberInput(attrs={"step": "any"}),
        }
        help_texts = {
            "cost_estimate": _("Your estimate in euros; the administration checks it during the review."),
            "latitude": _("Where the project would happen: click on the map, or type the coordinates."),
        }

    def __init__(self, *args, budget: Budget, **kwargs):
        super().__init__(*args, **kwargs)
        self.budget = budget
        self.fields["category"].choices = [("", "—")] + list(Category.choices)
        districts = budget.districts.all()
        if districts:
            self.fields["district"].queryset = districts
            self.fields["district"].required = True
        else:
            del self.fields["district"]

    def clean_cost_estimate(self):
        cost = self.cleaned_data["cost_estimate"]
        district = self.data.get("district")
        limit = self.budget.amount
        if district:
            found = self.budget.districts.filter(pk=whole_number(district)).first() if whole_number(district) else None
            limit = found.amount if found else limit
        if cost is not None and cost > limit:
            raise ValidationError(_("The estimate is more than the whole amount to share (%(amount)s €).") % {"amount": limit})
        return cost

    def clean(self):
        data = super().clean()
        if data.get("picture") and not (data.get("picture_alt") or "").strip():
            self.add_error("picture_alt", _("Describe the picture in a few words."))
        lat, lon = data.get("latitude"), data.get("longitude")
        if lat is not None and not 49.4 < lat < 51.6 or lon is not None and not 2.5 < lon < 6.5:
            self.add_error("latitude", _("The place must be in Belgium."))
        return data


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), widget=forms.RadioSelect,
        choices=[("accept", _("Feasible: accept for the vote")), ("reject", _("Not feasible: reject"))],
    )
    cost = forms.DecimalField(
        label=_("Cost after review (EUR)"), required=False, min_value=Decimal("1"), max_digits=12, decimal_places=2,
        help_text=_("Leave as estimated, or revise it and say why."),
    )
    cost_reason = forms.CharField(label=_("Why the cost was revised (public)"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    reason = forms.CharField(label=_("Reason for rejection (public)"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self):
        data = super().clean()
        if data.get("decision") == "reject" and not (data.get("reason") or "").strip():
            self.add_error("reason", _("A rejection needs a public reason."))
        return data


class EligibilityForm(forms.Form):
    """What a voter enters once: an invitation code, or the identity number and birth date."""

    code = forms.CharField(label=_("Invitation code"), required=False, max_length=40)
    national_id = forms.CharField(
        label=_("National register number"), required=False, max_length=20,
        help_text=_("11 digits, on the back of your identity card. Only a protected fingerprint of it is kept."),
    )
    birth_date = forms.DateField(label=_("Birth date"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, budget: Budget, **kwargs):
        super().__init__(*args, **kwargs)
        if budget.eligibility == Eligibility.REGISTER:
            del self.fields["code"]
            self.fields["national_id"].required = True
            self.fields["birth_date"].required = True
        else:
            del self.fields["national_id"]
            del self.fields["birth_date"]
            self.fields["code"].required = True


class CsvUploadForm(forms.Form):
    file = forms.FileField(label=_("CSV file"), validators=[FileExtensionValidator(["csv", "txt"])])

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_CSV_BYTES:
            raise ValidationError(_("The file is too large (5 MB at most)."))
        return upload


class CodesForm(forms.Form):
    count = forms.IntegerField(label=_("Number of codes to create"), min_value=1, max_value=10000, initial=100)


class ImplementationForm(forms.Form):
    action = forms.ChoiceField(label=_("Implementation"), choices=[
        ("start", _("Work has started")), ("finish", _("The project is done")), ("abandon", _("The project is abandoned")),
    ])
    reason = forms.CharField(label=_("Why it was abandoned (public)"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, allowed=None, **kwargs):
        super().__init__(*args, **kwargs)
        if allowed is not None:
            self.fields["action"].choices = [(k, v) for k, v in self.fields["action"].choices if k in allowed]
        if not any(k == "abandon" for k, _v in self.fields["action"].choices):
            del self.fields["reason"]


class UpdateForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    text = forms.CharField(label=_("What happened"), widget=forms.Textarea(attrs={"rows": 4}), max_length=4000)


IMPLEMENTATION_LABELS = dict(Implementation.choices)
