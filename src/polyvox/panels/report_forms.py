"""Forms of a panel's report page: the report's date and document, one recommendation, a CSV file. Thin: what a
recommendation must hold is checked once, in `reports.check_values` (the CSV import uses the same rules)."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from polyvox.panels import reports

LANGS = (("fr", "Français"), ("nl", "Nederlands"), ("en", "English"))


class ReportForm(forms.Form):
    date = forms.DateField(label=_("Date of the report"), required=False,
                           widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                           help_text=_("The day the panel handed its report over."))
    document = forms.FileField(label=_("Report document (PDF, optional)"), required=False,
                               widget=forms.ClearableFileInput(attrs={"accept": "application/pdf"}))
    remove_document = forms.BooleanField(label=_("Remove the current document"), required=False)

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if document:
            if document.size > settings.UPLOAD_MAX_BYTES:
                raise forms.ValidationError(_("The file is too large (%(size)s); the limit is %(limit)s.") % {
                    "size": filesizeformat(document.size), "limit": filesizeformat(settings.UPLOAD_MAX_BYTES)})
            document.seek(0)
            head = document.read(5)
            document.seek(0)
            if head != b"%PDF-":
                raise forms.ValidationError(_("The file is not a PDF document."))
        return document


def _language_fields(prefix: str, label, field_class, **options) -> dict:
    return {f"{prefix}_{lang}": field_class(label=format_lazy("{} ({})", label, name), required=False, **options) for lang, name in LANGS}


class RecommendationForm(forms.Form):
    reference = forms.CharField(label=_("Number or reference"), max_length=reports.MAX_REFERENCE,
                                help_text=_("E.g. R3 or 2.1; once per report."))
    locals().update(_language_fields("text", _("Text"), forms.CharField, max_length=reports.MAX_TEXT,
                                     widget=forms.Textarea(attrs={"rows": 4})))
    locals().update(_language_fields("theme", _("Theme or chapter"), forms.CharField, max_length=reports.MAX_THEME))
    support = forms.CharField(label=_("Support in the panel (%)"), max_length=10, required=False,
                              help_text=_("Optional: the share of the members who voted for it, e.g. 87 or 87.5."))

    def clean(self):
        data = super().clean()
        _cleaned, problems = reports.check_values({name: data.get(name, "") for name in reports.COLUMNS})
        for name, problem in problems.items():
            if name not in self.errors:
                self.add_error(name, problem)
        return data

    def values(self) -> dict:
        return {name: self.cleaned_data.get(name, "") for name in reports.COLUMNS}

    @classmethod
    def for_recommendation(cls, recommendation, data=None):
        initial = {"reference": recommendation.reference,
                   "support": "" if recommendation.support is None else f"{recommendation.support.normalize():f}"}
        for lang, _name in LANGS:
            initial[f"text_{lang}"] = getattr(recommendation, f"text_{lang}") or ""
            initial[f"theme_{lang}"] = getattr(recommendation, f"theme_{lang}") or ""
        return cls(data, initial=initial)


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file (UTF-8)"), widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}))
