"""The optional box "tell me what becomes of this process" that the apps show where people take part (a ballot,
joining a workshop, signing), with the address it needs. What is kept, and where, is each app's business; the
follow-up tracker gathers it through the registry (`listeners`)."""

from __future__ import annotations

import uuid
from datetime import timedelta

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
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


def kept_days() -> int:
    """How long a yes is kept (HEAR_BACK_KEPT_DAYS), the same for every app and the follow-up tracker."""
    return int(getattr(settings, "HEAR_BACK_KEPT_DAYS", 1095))


def oldest(now=None):
    """The oldest day a yes may have been given and still be kept."""
    return (timezone.localdate(now) if now else timezone.localdate()) - timedelta(days=kept_days())


class Consent(models.Model):
    """A yes kept by an app in a row of its own (a subclass adds the foreign key to what the person took part in):
    a random key, not a counter whose order follows other rows'; the day only, not the time."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    email = models.EmailField(_("e-mail"), max_length=254)
    language = models.CharField(_("language"), max_length=2, default="fr")
    given_on = models.DateField(_("agreed on"))

    class Meta:
        abstract = True


def remember(model: type[Consent], email: str, language: str, **owner) -> None:
    """Keep a yes in one statement; a second yes changes nothing. Nothing is kept without an address."""
    if email:
        model.objects.bulk_create([model(email=email[:254], language=language_of(language),
                                         given_on=timezone.localdate(), **owner)], ignore_conflicts=True)


def people(consents, source: str) -> list[tuple]:
    """core.registry `listeners`: (e-mail, language, source, day) of these consents, within the retention period."""
    rows = consents.filter(given_on__gte=oldest()).values_list("email", "language", "given_on")
    return [(email, language, source, given_on) for email, language, given_on in rows]


def purge(model: type[Consent], line: str, now=None) -> list[str]:
    """Daily: the addresses whose retention period has ended deleted; `line` ("... {n} ...") says how many."""
    deleted, _detail = model.objects.filter(given_on__lt=oldest(now)).delete()
    return [line.format(n=deleted)] if deleted else []
