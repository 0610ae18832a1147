"""Helpers for tests that act as an account with the second factor: sign in as the real flow leaves it.

`sign_in(client, user)` is `client.force_login(user)` plus, for an account that needs the second factor,
an enrolled authenticator device and a session marked as verified with it (what the verification page
does). `next_code(user)` gives a code the account's device accepts now, for browser tests that type it.
"""

from __future__ import annotations

import time

from django.conf import settings
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from polyvox.accounts.second_factor import requires_second_factor


def device_of(user) -> TOTPDevice:
    """The account's confirmed authenticator device, enrolled on first call."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="test authenticator", confirmed=True)
    return device


def sign_in(client, user):
    """Sign `user` in on a Django test client, second factor given when the account needs it."""
    client.force_login(user)
    if requires_second_factor(user):
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device_of(user).persistent_id
        session.save()
        client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
    return client


def sign_in_page(page, base_url: str, user):
    """Sign `user` in on a Playwright page served from `base_url`: the session of a signed-in test client
    (second factor included) becomes the browser's cookie."""
    from django.test import Client

    client = sign_in(Client(), user)
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "url": base_url,
                               "value": client.cookies[settings.SESSION_COOKIE_NAME].value}])
    return page


def next_code(user) -> str:
    """A 6-digit code the device accepts now (a step not used yet, within the device's tolerance)."""
    device = device_of(user)
    device.refresh_from_db()
    now_step = int(time.time() - device.t0) // device.step
    step = max(now_step, device.last_t + 1)
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=step - now_step)
    return f"{code:0{device.digits}d}"
