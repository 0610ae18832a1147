"""Second factor (TOTP + recovery codes) for the accounts that see personal data or sealed offers."""

import base64
import io
import re
import time

import pytest
from django.core.management import call_command
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from polyvox import settings as production_settings
from polyvox.accounts import demo
from polyvox.accounts.models import User
from polyvox.accounts.second_factor import requires_second_factor
from polyvox.accounts.testing import device_of, next_code, sign_in
from polyvox.organisations.models import Organisation, Role, RoleAssignment

pytestmark = pytest.mark.django_db
PASSWORD = "Un-long-mot-de-passe-2026"
LOGIN = "/fr/accounts/login/"


def person(email, *, staff=False, role=None):
    user = User.objects.create_user(email=email, password=PASSWORD, is_active=True, email_confirmed=True,
                                    is_staff=staff, preferred_language="fr")
    if staff and role is None:
        role = Role.STAFF  # the back office answers to the staff role, not to is_staff
    if role:
        organisation, _ = Organisation.objects.get_or_create(slug="commune", defaults={"name": "Commune", "kind": "municipality"})
        RoleAssignment.objects.create(user=user, organisation=organisation, role=role)
    return user


def password_step(client, user, next_url=""):
    data = {"username": user.email, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post(LOGIN, data)


def code_now(device, drift=0):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=drift):06d}"


def test_who_needs_the_second_factor():
    assert requires_second_factor(person("staff@example.org", staff=True))
    assert requires_second_factor(User.objects.create_user(email="flag@example.org", password=PASSWORD, is_staff=True))
    assert requires_second_factor(person("role-staff@example.org", role=Role.STAFF))
    assert requires_second_factor(person("editor@example.org", role=Role.EDITOR))
    assert not requires_second_factor(person("citizen@example.org", role=Role.CITIZEN))
    assert not requires_second_factor(person("facilitator@example.org", role=Role.FACILITATOR))
    assert not requires_second_factor(person("provider@example.org", role=Role.PROVIDER))


def test_citizen_signs_in_with_the_password_alone(client):
    person("citizen@example.org", role=Role.CITIZEN)
    response = client.post(LOGIN, {"username": "citizen@example.org", "password": PASSWORD})
    assert response.status_code == 302 and "second-factor" not in response["Location"]
    assert client.get("/fr/accounts/profile/").status_code == 200


def test_staff_with_the_password_alone_reaches_nothing(client):
    staff = person("staff@example.org", staff=True)
    device_of(staff)
    response = password_step(client, staff, "/fr/accounts/profile/")
    assert response.status_code == 302 and response["Location"].startswith("/fr/accounts/second-factor/?next=")
    for url in ("/fr/accounts/profile/", "/admin/", "/fr/initiatives/", "/fr/budgets/"):
        answer = client.get(url)
        assert answer.status_code == 302 and "/accounts/second-factor/" in answer["Location"], url
    assert client.get("/api/procurement/stats").status_code == 403


def test_editor_without_a_device_is_sent_to_enrolment_then_gets_recovery_codes_once(client):
    editor = person("editor@example.org", role=Role.EDITOR)
    response = password_step(client, editor)
    assert response["Location"].startswith("/fr/accounts/second-factor/setup/")
    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200 and "<svg" in html
    secret = re.search(r'id="totp-secret">([A-Z2-7]+)<', html).group(1)
    pending = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert base64.b32encode(pending.bin_key).decode().rstrip("=") == secret
    assert client.post(response["Location"], {"code": "000000" if code_now(pending) != "000000" else "111111"}).status_code == 400
    time.sleep(1.1)  # django-otp refuses any code for a second after a wrong one (and doubles that each time)
    done = client.post(response["Location"], {"code": code_now(pending)})
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", done.content.decode())
    assert done.status_code == 200 and len(codes) == 10
    assert client.get("/fr/accounts/profile/").status_code == 200  # verified in this session
    profile = client.get("/fr/accounts/profile/").content.decode()
    assert "10 codes de secours" in profile and not any(code in profile for code in codes)  # never shown again


def test_totp_code_and_recovery_code_that_works_once(client):
    staff = person("staff@example.org", staff=True)
    device = device_of(staff)
    from polyvox.accounts.second_factor import new_recovery_codes

    codes = new_recovery_codes(staff)
    password_step(client, staff)
    assert client.post("/fr/accounts/second-factor/", {"code": "123456" if code_now(device) != "123456" else "654321"}).status_code == 400
    time.sleep(1.1)  # django-otp refuses any code for a second after a wrong one (and doubles that each time)
    assert client.post("/fr/accounts/second-factor/", {"code": code_now(device)}).status_code == 302
    assert client.get("/admin/").status_code == 200

    again = Client()
    password_step(again, staff)
    assert again.post("/fr/accounts/second-factor/", {"code": codes[0].upper()}).status_code == 302
    assert again.get("/fr/accounts/profile/").status_code == 200
    third = Client()
    password_step(third, staff)
    assert third.post("/fr/accounts/second-factor/", {"code": codes[0]}).status_code == 400  # used up
    assert third.get("/fr/accounts/profile/").status_code == 302
    time.sleep(1.1)  # the recovery codes have django-otp's throttle too
    assert third.post("/fr/accounts/second-factor/", {"code": codes[1]}).status_code == 302


def test_guessing_the_second_factor_is_throttled(client, settings):
    staff = person("staff@example.org", staff=True)
    device = device_of(staff)
    password_step(client, staff)
    limit = settings.THROTTLE_LIMITS["second_factor.account"][0]
    wrong = "000000" if code_now(device) != "000000" else "111111"
    answers = [client.post("/fr/accounts/second-factor/", {"code": wrong}).status_code for _ in range(limit + 1)]
    assert answers[-1] == 429
    refused = client.post("/fr/accounts/second-factor/", {"code": code_now(device)})
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0


def test_the_test_helper_completes_the_second_factor_it_does_not_switch_it_off():
    staff = person("staff@example.org", staff=True)
    plain = Client()
    plain.force_login(staff)
    assert plain.get("/fr/accounts/profile/").status_code == 302  # force_login alone is not enough
    assert sign_in(Client(), staff).get("/fr/accounts/profile/").status_code == 200


def test_production_settings_enforce_throttling_and_the_second_factor():
    from django.conf import settings as running

    for settings in (production_settings, running):
        assert "polyvox.accounts.second_factor.SecondFactorMiddleware" in settings.MIDDLEWARE
        assert "django_otp.middleware.OTPMiddleware" in settings.MIDDLEWARE
        assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
        assert settings.AUTHENTICATION_BACKENDS[0] == "polyvox.accounts.backends.LockoutBackend"
        assert getattr(settings, "AXES_ENABLED", True) is True
        assert settings.LOGIN_FAILURE_LIMIT == 5 and settings.LOGIN_LOCKOUT_SECONDS == 300
    assert running.THROTTLE_LIMITS == production_settings.THROTTLE_LIMITS


def test_demo_staff_and_editors_pass_with_the_documented_secret(client):
    demo.load(io.StringIO(), {})
    staff = User.objects.get(email="staff@polyvox.example")
    citizen = User.objects.get(email="citizen@polyvox.example")
    assert TOTPDevice.objects.filter(user=staff, confirmed=True).count() == 1
    assert not TOTPDevice.objects.filter(user=citizen).exists()
    for email in ("editor.anderlecht@polyvox.example", "editor.bruxelles@polyvox.example"):
        assert TOTPDevice.objects.filter(user__email=email, confirmed=True).exists()
    demo.load(io.StringIO(), {})  # idempotent
    assert TOTPDevice.objects.filter(user=staff).count() == 1
    out, err = io.StringIO(), io.StringIO()
    call_command("demo_totp", stdout=out, stderr=err)
    code = out.getvalue().strip()
    assert re.fullmatch(r"\d{6}", code) and demo.DEMO_TOTP_SECRET in err.getvalue()
    client.post(LOGIN, {"username": "staff@polyvox.example", "password": "polyvox-demo-2026"})
    assert client.post("/fr/accounts/second-factor/", {"code": code}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_next_code_helper_serves_two_sign_ins_in_a_row():
    staff = person("staff@example.org", staff=True)
    for _ in range(2):
        client = Client()
        password_step(client, staff)
        assert client.post("/fr/accounts/second-factor/", {"code": next_code(staff)}).status_code == 302
