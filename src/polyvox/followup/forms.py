"""Forms of the follow-up pages: thin, the rules are in services.py and workflow.py."""

from __future__ import annotations

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from polyvox.followup.models import Dimension, Plan, ProcessKind

LANGS = (("fr", "Français"), ("nl", "Nederlands"), ("en", "English"))


def _texts(prefix: str, label, required_any: bool = True, widget=forms.Textarea(attrs={"rows": 3})):
    return {f"{prefix}_{lang}": forms.CharField(label=format_lazy("{} ({})", label, name), required=False, widget=widget)
            for lang, name in LANGS}


class PlanForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type of process"), choices=ProcessKind.choices)
    authority = forms.ModelChoiceField(label=_("Competent authority"), queryset=None)
    report_date = forms.DateField(label=_("Date the report was handed over"), required=False,
                                  widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from polyvox.organisations.models import Organisation

        self.fields["authority"].queryset = Organisation.objects.order_by("name")


class ClockForm(forms.ModelForm):
    class Meta:
        model = Plan
        fields = ("report_date", "answer_months", "first_report_months", "report_every_months")
        widgets = {"report_date": forms.DateInput(attrs={"type": "date"})}


class CommitmentForm(forms.Form):
    reference = forms.CharField(label=_("Reference"), max_length=30, required=False)
    locals().update(_texts("text", _("Text")))


class AnswerForm(forms.Form):
    how = forms.ChoiceField(label=_("Answer"), choices=(
        ("adopt", _("adopted")), ("adopt_in_part", _("adopted in part")), ("reject", _("rejected")),
        ("study", _("under study"))))
    locals().update(_texts("reasons", _("Reasons")))

    def reasons(self) -> dict:
        return {lang: self.cleaned_data.get(f"reasons_{lang}", "") for lang, _name in LANGS}


class ProgressForm(forms.Form):
    progress = forms.CharField(label=_("Progress (%)"), max_length=5)


class UpdateForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    locals().update(_texts("text", _("What was done")))
    progress = forms.CharField(label=_("Progress after this update (%)"), max_length=5, required=False)
    document = forms.FileField(label=_("Document (PDF, at most 10 MB)"), required=False)

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if document:
            if document.size > 10 * 1024 * 1024:
                raise forms.ValidationError(_("The document is larger than 10 MB."))
            head = document.read(5)
            document.seek(0)
            if head != b"%PDF-":
                raise forms.ValidationError(_("The document must be a PDF file."))
        return document


class ChildForm(forms.Form):
    reference = forms.CharField(label=_("Reference"), max_length=30, required=False)
    locals().update(_texts("text", _("Text")))
    weight = forms.CharField(label=_("Weight in the parent (%)"), max_length=5)


class AbandonForm(forms.Form):
    locals().update(_texts("reason", _("Why it was abandoned")))


class CsvForm(forms.Form):
    file = forms.FileField(label=_("CSV file (UTF-8)"))


class ListenForm(forms.Form):
    email = forms.EmailField(label=_("Your e-mail address"))
    language = forms.ChoiceField(label=_("Language of the messages"), choices=LANGS)
    consent = forms.BooleanField(label=_("I took part in this process and want to hear what becomes of it."))


class RatingForm(forms.Form):
    score = forms.TypedChoiceField(label=_("Did the institution answer seriously?"), coerce=int, widget=forms.RadioSelect,
                                   choices=[(5, _("5, very seriously")), (4, "4"), (3, "3"), (2, "2"),
                                            (1, _("1, not at all"))])
    comment = forms.CharField(label=_("Comment (optional)"), required=False, max_length=2000,
                              widget=forms.Textarea(attrs={"rows": 4}))


# The evaluation's pages --------------------------------------------------------------------------------

class CriterionForm(forms.Form):
    """A criterion under one OECD dimension; the rules (French and Dutch needed, lengths, the lock) are the
    evaluation workflow's (workflow.py), whose reasons the page shows."""

    dimension = forms.ChoiceField(label=_("OECD dimension"), choices=Dimension.choices, widget=forms.RadioSelect)
    locals().update(_texts("text", _("Criterion"), widget=forms.Textarea(attrs={"rows": 2, "maxlength": 1000})))

    def texts(self) -> dict:
        return {lang: self.cleaned_data.get(f"text_{lang}", "") for lang, _name in LANGS}


class CriteriaNoteForm(forms.Form):
    locals().update(_texts("note", _("Introduction (optional, Markdown)"),
                           widget=forms.Textarea(attrs={"rows": 3, "maxlength": 5000})))

    def texts(self) -> dict:
        return {lang: self.cleaned_data.get(f"note_{lang}", "") for lang, _name in LANGS}


class AttachForm(forms.Form):
    template = forms.ChoiceField(label=_("Questionnaire"), widget=forms.RadioSelect)

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = list(choices)


class CodesForm(forms.Form):
    count = forms.IntegerField(label=_("Number of codes to create"), min_value=1, max_value=5000)


class PopulationForm(forms.Form):
    file = forms.FileField(label=_("CSV file (UTF-8)"))
