"""Second factor at sign-in (django-otp): a TOTP app plus single-use recovery codes.

Required of the accounts that can see personal data or sealed offers: the Service's staff (Django staff or
superuser, or the staff role), and every editor of an organisation (editors organise panels and budgets,
whose volunteers' and voters' data they see, and act for public bodies in the framework contract, whose
opened offers they read). Any other account may enrol too; once enrolled, it is asked at every sign-in.

SecondFactorMiddleware sends a signed-in account that needs the second factor and has not given it in this
session to the verification page (or, with no device yet, to the enrolment page); nothing else answers.
"""

from __future__ import annotations

import base64

import django_otp
from django.conf import settings
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.http import urlencode
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from polyvox.organisations.models import Role

SENSITIVE_ROLES = (Role.STAFF, Role.EDITOR)
TOTP_NAME = "authenticator app"
RECOVERY_NAME = "recovery codes"
# Pages an account may reach before giving its second factor.
OPEN_URL_NAMES = {"accounts:second_factor", "accounts:second_factor_setup", "accounts:logout", "javascript-catalog",
                  "set_language", "healthz"}
OPEN_PATH_PREFIXES = ("/static/", "/i18n/", "/healthz")


def requires_second_factor(user) -> bool:
    """True for the accounts that can see personal data or sealed offers, and for any enrolled account."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_staff or user.is_superuser:
        return True
    sensitive = getattr(user, "request_sensitive_role", None)  # loaded with the request's account (for_request)
    if sensitive is None:
        sensitive = user.roles.filter(role__in=SENSITIVE_ROLES).exists()
    return sensitive or is_enrolled(user)


def is_enrolled(user) -> bool:
    enrolled = getattr(user, "request_totp_enrolled", None)  # loaded with the request's account (for_request)
    if enrolled is not None:
        return enrolled
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def is_verified(request) -> bool:
    user = getattr(request, "user", None)
    return bool(user is not None and getattr(user, "is_verified", lambda: False)())


class SecondFactorMiddleware:
    """Keeps an account that owes its second factor on the verification (or enrolment) page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        # Cheapest first: most accounts owe nothing (their flags came with the account's one query), and
        # only those that do need the address resolved.
        if user is not None and user.is_authenticated and not is_verified(request) and requires_second_factor(user) \
                and not self._open(request):
            return self._refuse(request, user)
        return self.get_response(request)

    def _open(self, request) -> bool:
        if request.path_info.startswith(OPEN_PATH_PREFIXES):
            return True
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
        return match.view_name in OPEN_URL_NAMES

    def _refuse(self, request, user):
        if request.path_info.startswith("/api/"):
            return JsonResponse({"detail": "Sign in with your second factor first."}, status=403)
        name = "accounts:second_factor" if is_enrolled(user) else "accounts:second_factor_setup"
        with translation.override(translation.get_language() or user.preferred_language):
            url = reverse(name)
        return redirect(f"{url}?{urlencode({'next': request.get_full_path()})}")


# --- enrolment and verification ---------------------------------------------------------------------


def pending_device(user) -> TOTPDevice:
    """The authenticator device being enrolled (unconfirmed), created on first call."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False, name=TOTP_NAME).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_NAME, confirmed=False)
    return device


def secret_of(device: TOTPDevice) -> str:
    """The device's secret as base32, what authenticator apps take when typed by hand."""
    return base64.b32encode(device.bin_key).decode("ascii").rstrip("=")


def confirm_enrolment(request, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm the new device with a code it shows; replaces older devices and returns new recovery codes.

    None when the code is wrong. The codes are shown once: only their use is stored (django-otp's
    static tokens, each deleted when used).
    """
    if not device.verify_token((token or "").strip().replace(" ", "")):
        return None
    user = device.user
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = new_recovery_codes(user)
    django_otp.login(request, device)
    return codes


def new_recovery_codes(user) -> list[str]:
    """Replace the account's recovery codes by RECOVERY_CODE_COUNT new ones."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(settings.RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def verify(request, token: str) -> bool:
    """Check a code of the authenticator app (6 digits) or a recovery code (used up); mark the session verified."""
    token = (token or "").strip().replace(" ", "").replace("-", "").lower()
    if not token or len(token) > 16:
        return False
    model = TOTPDevice if token.isascii() and token.isdigit() and len(token) == 6 else StaticDevice
    with transaction.atomic():
        for device in model.objects.select_for_update().filter(user=request.user, confirmed=True):
            if device.verify_token(token):
                django_otp.login(request, device)
                return True
    return False


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()
