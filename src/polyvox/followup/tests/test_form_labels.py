"""Labels of the per-language fields stay lazy: a form class built while one language was active (its module
imported during a request in English, say) still reads in each reader's language."""

from django.utils import translation

from polyvox.followup.forms import CriterionForm
from polyvox.panels.report_forms import RecommendationForm


def test_per_language_labels_follow_the_reader():
    for form_class, field, french, dutch in (
        (CriterionForm, "text_fr", "Critère (Français)", "Criterium (Français)"),
        (RecommendationForm, "text_nl", "Texte (Nederlands)", "Tekst (Nederlands)"),
    ):
        with translation.override("fr"):
            french_label = str(form_class().fields[field].label)
        with translation.override("nl"):
            dutch_label = str(form_class().fields[field].label)
        assert french_label == french and dutch_label == dutch
        assert french_label != dutch_label, form_class
