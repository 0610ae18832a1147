from django import forms
from django.utils.translation import gettext_lazy as _

from polyvox.consultations.models import STATEMENT_MAX_LENGTH, Consultation

LANGUAGE_CHOICES = [("fr", "Français"), ("nl", "Nederlands"), ("en", "English")]


class ConsultationForm(forms.ModelForm):
    class Meta:
        model = Consultation
        fields = ["title_fr", "title_nl", "title_en", "question_fr", "question_nl", "question_en", "admission",
                  "moderation", "participants_submit", "closes_at"]
        widgets = {
            "question_fr": forms.Textarea(attrs={"rows": 3}),
            "question_nl": forms.Textarea(attrs={"rows": 3}),
            "question_en": forms.Textarea(attrs={"rows": 3}),
            "closes_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("title_fr", "question_fr"):
            self.fields[name].required = True


class StatementForm(forms.Form):
    text = forms.CharField(label=_("Your statement"), max_length=STATEMENT_MAX_LENGTH,
                           widget=forms.Textarea(attrs={"rows": 3, "maxlength": STATEMENT_MAX_LENGTH}),
                           help_text=_("One idea, in a short sentence others can agree or disagree with."))
    language = forms.ChoiceField(label=_("Written in"), choices=LANGUAGE_CHOICES)


class SeedForm(StatementForm):
    text = forms.CharField(label=_("Statement"), max_length=STATEMENT_MAX_LENGTH,
                           widget=forms.Textarea(attrs={"rows": 2, "maxlength": STATEMENT_MAX_LENGTH}))
    translation_fr = forms.CharField(label=_("French version"), max_length=STATEMENT_MAX_LENGTH, required=False)
    translation_nl = forms.CharField(label=_("Dutch version"), max_length=STATEMENT_MAX_LENGTH, required=False)
    translation_en = forms.CharField(label=_("English version"), max_length=STATEMENT_MAX_LENGTH, required=False)

    def translations(self) -> dict:
        return {code: self.cleaned_data.get(f"translation_{code}", "") for code in ("fr", "nl", "en")}


class TranslationForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGE_CHOICES)
    text = forms.CharField(label=_("Translation"), max_length=STATEMENT_MAX_LENGTH,
                           widget=forms.Textarea(attrs={"rows": 2, "maxlength": STATEMENT_MAX_LENGTH}))


class ImportForm(forms.Form):
    comments = forms.FileField(label=_("comments.csv"))
    votes = forms.FileField(label=_("votes.csv or participants-votes.csv"))
    language = forms.ChoiceField(label=_("Language of the statements"), choices=LANGUAGE_CHOICES)
    source = forms.CharField(label=_("Source and licence"), max_length=300,
                             help_text=_("Where the conversation comes from and under which licence; shown on its page."))
