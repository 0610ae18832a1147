"""Account workflow steps: sign-up, e-mail confirmation, language preference, deletion."""

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import ProtectedError, RestrictedError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from polyvox.accounts.models import User
from polyvox.accounts.tokens import make_confirmation_token, read_confirmation_token

UNCONFIRMED_ACCOUNT_DAYS = 7


def sign_up(email: str, password: str, display_name: str, language: str, base_url: str) -> User | None:
    """Create an inactive, unconfirmed account and e-mail its confirmation link in its language.

    When the address already has an account, nothing is created: that address receives a note
    instead (so the form never tells a stranger whether an address is registered).
    """
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None:
        if not existing.email_confirmed and not existing.is_active:
            send_confirmation(existing, base_url)
        else:
            _send(existing, "accounts/email/already_registered", base_url, {})
        return None
    user = User.objects.create_user(
        email=email, password=password, display_name=display_name, preferred_language=language,
        is_active=False, email_confirmed=False,
    )
    send_confirmation(user, base_url)
    return user


def send_confirmation(user: User, base_url: str) -> None:
    """E-mail the signed confirmation link, in the person's preferred language."""
    with translation.override(user.preferred_language):
        path = reverse("accounts:confirm", args=[make_confirmation_token(user)])
    _send(user, "accounts/email/confirm", base_url, {"confirm_url": base_url.rstrip("/") + path})


def resend_confirmation(email: str, base_url: str) -> None:
    """Send a new link when the address belongs to an unconfirmed account; silent otherwise."""
    user = User.objects.filter(email__iexact=email, email_confirmed=False, is_active=False).first()
    if user is not None:
        send_confirmation(user, base_url)


def confirm_email(token: str) -> User:
    """Activate the account the token names (idempotent); raises InvalidToken."""
    user = read_confirmation_token(token)
    if not user.email_confirmed or not user.is_active:
        user.email_confirmed = True
        user.is_active = True
        user.save(update_fields=["email_confirmed", "is_active"])
    return user


def delete_account(user: User) -> None:
    """Remove the person's account and personal data.

    Their roles go with it; what they wrote elsewhere stays, without their name (the foreign keys
    are SET_NULL). When another record must keep pointing to the account (a PROTECT key, such as a
    workshop's facilitator), the account is emptied of every personal detail and disabled instead.
    """
    try:
        with transaction.atomic():
            user.delete()
    except (ProtectedError, RestrictedError):
        anonymise(user)


def anonymise(user: User) -> None:
    with transaction.atomic():
        user.roles.all().delete()
        user.groups.clear()
        user.user_permissions.clear()
        user.email = f"deleted-{user.pk}@deleted.invalid"
        user.first_name = ""
        user.last_name = ""
        user.display_name = ""
        user.password = make_password(None)
        user.is_active = False
        user.is_staff = False
        user.is_superuser = False
        user.email_confirmed = False
        user.last_login = None
        user.save()


def _send(user: User, template_base: str, base_url: str, context: dict) -> None:
    with translation.override(user.preferred_language):
        context = {"user": user, "site_url": base_url.rstrip("/"), "site_name": "participation.brussels", **context}
        subject = " ".join(render_to_string(f"{template_base}_subject.txt", context).split())
        body = render_to_string(f"{template_base}.txt", context)
        message = EmailMultiAlternatives(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
        message.send()


def delete_unconfirmed_accounts(max_age_days: int = UNCONFIRMED_ACCOUNT_DAYS) -> int:
    """Remove accounts whose address was never confirmed after max_age_days (privacy notice: 7 days)."""
    from datetime import timedelta

    from django.utils import timezone

    limit = timezone.now() - timedelta(days=max_age_days)
    stale = User.objects.filter(email_confirmed=False, is_active=False, last_login=None, date_joined__lt=limit).exclude(
        email__endswith="@deleted.invalid"
    )
    count = 0
    for user in stale:
        delete_account(user)
        count += 1
    return count


def send_lockout_notice(email: str, minutes: int, address: str) -> bool:
    """Tell the account's owner that wrong passwords locked its sign-in, and what to do if it was not them.

    Nothing is sent when no active account has this address (the 429 page is the same either way).
    """
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        return False
    with translation.override(user.preferred_language):
        reset_path = reverse("accounts:password_reset")
    _send(user, "accounts/email/lockout", settings.SITE_URL, {
        "minutes": minutes, "address": address, "failure_limit": settings.LOGIN_FAILURE_LIMIT,
        "reset_url": settings.SITE_URL.rstrip("/") + reset_path,
    })
    return True
