"""E-mails to the people asked to act, each in the recipient's preferred language."""

from contextlib import contextmanager

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation

from polyvox.organisations.models import Role


_silenced = False


@contextmanager
def silenced():
    """No e-mail inside the block (the demo loader replays the workflow)."""
    global _silenced
    previous, _silenced = _silenced, True
    try:
        yield
    finally:
        _silenced = previous


def notify(users, subject, body, *, url_name=None, url_args=(), **params) -> int:
    """Send one e-mail per user; subject and body are lazy strings formatted with params."""
    if _silenced:
        return 0
    sent = 0
    seen = set()
    for user in users:
        if not user or not user.email or user.email in seen or not user.is_active:
            continue
        seen.add(user.email)
        language = getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE
        with translation.override(language):
            values = {key: (str(value) if not callable(value) else value(language)) for key, value in params.items()}
            text = str(body) % values
            if url_name:
                text += "\n\n" + settings.SITE_URL.rstrip("/") + reverse(url_name, args=url_args)
            send_mail(str(subject) % values, text, settings.DEFAULT_FROM_EMAIL, [user.email])
        sent += 1
    return sent


def staff_users():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(roles__role=Role.STAFF, is_active=True).distinct()


def officials_of(organisation):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(roles__organisation=organisation, roles__role__in=[Role.EDITOR, Role.STAFF], is_active=True).distinct()


def provider_users(provider):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(roles__organisation=provider.organisation, roles__role=Role.PROVIDER, is_active=True).distinct()
