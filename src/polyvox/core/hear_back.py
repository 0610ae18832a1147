"""The optional box "tell me what becomes of this process" that the apps show where people take part (a ballot,
joining a workshop, signing), with the address it needs. What is kept, and where, is each app's business; the
follow-up tracker gathers it through the registry (`listeners`)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

CONSENT = _("Tell me what becomes of this process (answers and follow-up), in my language")
LANGUAGES = ("fr", "nl", "en")


class HearBackForm(forms.Form):
    """The box (unticked) and the address; checked without the database. `email` is "" unless the box is ticked."""

    hear_back = forms.BooleanField(label=CONSENT, required=False)
    hear_back_email = forms.EmailField(
        label=_("E-mail address for the news of this process"), required=False, max_length=254,
        help_text=_("Only if you tick the box. You can stop at any time from the link in each message."))

    def clean(self):
        data = super().clean()
        if data.get("hear_back") and not data.get("hear_back_email") and "hear_back_email" not in self.errors:
            self.add_error("hear_back_email", _("Give the e-mail address to write to, or untick the box."))
        return data

    @property
    def email(self) -> str:
        """The address to keep: "" when the box is not ticked (an address typed without the box is not kept)."""
        data = getattr(self, "cleaned_data", None) or {}
        return (data.get("hear_back_email") or "").strip().lower() if data.get("hear_back") else ""

    def problem(self) -> str:
        """The errors in one sentence, for a page that shows one message."""
        return " ".join(str(error) for errors in self.errors.values() for error in errors)


def language_of(code: str) -> str:
    code = (code or "")[:2]
    return code if code in LANGUAGES else "fr"
