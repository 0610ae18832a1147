"""The contact form: validated, with a honeypot field that people never see."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ContactForm(forms.Form):
    SUBJECTS = [
        ("general", _("A general question about participation")),
        ("framework", _("The framework contract (centrale de marchés)")),
        ("inventory", _("The inventory: adding or correcting an initiative")),
        ("support", _("Support for a participatory project")),
        ("accessibility", _("An accessibility problem on this site")),
        ("privacy", _("My personal data")),
    ]

    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Your e-mail address"), help_text=_("We only use it to answer you."))
    organisation = forms.CharField(label=_("Organisation (optional)"), max_length=200, required=False)
    subject = forms.ChoiceField(label=_("Subject"), choices=SUBJECTS)
    message = forms.CharField(
        label=_("Your message"), widget=forms.Textarea(attrs={"rows": 8}), min_length=10, max_length=5000,
    )
    # Honeypot: hidden from people (CSS and aria-hidden); robots that fill every field are ignored.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))
