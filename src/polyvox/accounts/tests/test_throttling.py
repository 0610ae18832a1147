"""Throttling of sign-in (django-axes lock-out), password reset, sign-up and the contact form; client address.

Before this, 50 wrong passwords in a row were all answered and the right one then worked.
"""

import time

import pytest
from django.core import mail
from django.test import Client

from polyvox.accounts import lockout
from polyvox.accounts.models import User
from polyvox.accounts.throttling import client_address

pytestmark = pytest.mark.django_db
PASSWORD = "Un-long-mot-de-passe-2026"
LOGIN = "/fr/accounts/login/"


def account(email="ana@example.org", language="fr"):
    return User.objects.create_user(email=email, password=PASSWORD, preferred_language=language,
                                    is_active=True, email_confirmed=True)


def wrong(client, email="ana@example.org", times=1, **extra):
    responses = [client.post(LOGIN, {"username": email, "password": f"wrong-{n}"}, **extra) for n in range(times)]
    return responses[-1]


def test_lock_out_after_the_limit_refuses_even_the_right_password(client, settings):
    account()
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        assert wrong(client).status_code == 200  # the form says the password is wrong
    locked = wrong(client)
    assert locked.status_code == 429
    assert 0 < int(locked["Retry-After"]) <= settings.LOGIN_LOCKOUT_SECONDS + 1
    right = client.post(LOGIN, {"username": "ANA@example.org", "password": PASSWORD})
    assert right.status_code == 429 and "Retry-After" in right
    assert "_auth_user_id" not in client.session
    # Another browser on another address, same account: still locked (per account).
    other = Client(REMOTE_ADDR="198.51.100.20")
    assert other.post(LOGIN, {"username": "ana@example.org", "password": PASSWORD}).status_code == 429


def test_the_429_page_is_translated(client, settings):
    account()
    wrong(client, times=settings.LOGIN_FAILURE_LIMIT)
    for language, words in (("fr", "Trop de tentatives"), ("nl", "Te veel pogingen"), ("en", "Too many attempts")):
        page = client.post(f"/{language}/accounts/login/", {"username": "ana@example.org", "password": "x"})
        assert page.status_code == 429 and words in page.content.decode()


def test_lock_out_e_mails_the_owner_once_in_their_language(client, settings):
    account(language="nl")
    mail.outbox.clear()
    wrong(client, times=settings.LOGIN_FAILURE_LIMIT + 3)
    notices = [m for m in mail.outbox if m.to == ["ana@example.org"]]
    assert len(notices) == 1
    assert "aanmelden" in notices[0].subject.lower() or "aanmelden" in notices[0].body.lower()
    assert "/nl/accounts/password/reset/" in notices[0].body
    assert "127.0.0.1" in notices[0].body


def test_no_e_mail_for_an_address_without_account(client, settings):
    mail.outbox.clear()
    locked = wrong(client, email="nobody@example.org", times=settings.LOGIN_FAILURE_LIMIT)
    assert locked.status_code == 429 and mail.outbox == []


def test_the_delay_grows_with_each_lock_out(client, settings):
    settings.LOGIN_LOCKOUT_SECONDS = 4  # each wrong password keeps the count 4 s: ample on a busy machine
    account()
    first = wrong(client, times=settings.LOGIN_FAILURE_LIMIT)
    assert first.status_code == 429 and int(first["Retry-After"]) <= 5
    time.sleep(int(first["Retry-After"]) + 0.5)  # the first lock-out is over: the right password works again
    fresh = Client()
    assert fresh.post(LOGIN, {"username": "ana@example.org", "password": PASSWORD}).status_code == 302
    second = wrong(Client(), times=settings.LOGIN_FAILURE_LIMIT)
    assert second.status_code == 429 and int(second["Retry-After"]) >= 8  # twice as long
    assert lockout.cool_off(second.wsgi_request).total_seconds() == 16  # and the next one twice again


def test_lock_out_per_client_address_across_accounts(settings):
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for n in range(settings.LOGIN_FAILURE_LIMIT - 1):
        wrong(attacker, email=f"person{n}@example.org")
    assert wrong(attacker, email="last@example.org").status_code == 429
    account("new@example.org")
    assert attacker.post(LOGIN, {"username": "new@example.org", "password": PASSWORD}).status_code == 429
    elsewhere = Client(REMOTE_ADDR="198.51.100.7")
    assert elsewhere.post(LOGIN, {"username": "new@example.org", "password": PASSWORD}).status_code == 302


def test_forwarded_for_is_ignored_unless_proxies_are_trusted(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    spoofing = [Client(REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}") for n in range(10)]
    for n, client in enumerate(spoofing[: settings.LOGIN_FAILURE_LIMIT]):
        wrong(client, email=f"person{n}@example.org")
    assert wrong(spoofing[-1], email="other@example.org").status_code == 429  # the header changed nothing

    settings.TRUSTED_PROXY_COUNT = 1
    behind_proxy = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.9.9.9, 192.0.2.44")
    assert client_address(behind_proxy.get("/fr/").wsgi_request) == "192.0.2.44"
    account("proxied@example.org")
    assert behind_proxy.post(LOGIN, {"username": "proxied@example.org", "password": PASSWORD}).status_code == 302


def test_password_reset_throttled_per_address_and_per_e_mail(client, settings):
    account()
    url = "/fr/accounts/password/reset/"
    for _ in range(3):
        assert client.post(url, {"email": "ana@example.org"}).status_code == 302
    refused = client.post(url, {"email": "ANA@example.org"})
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert len([m for m in mail.outbox if m.to == ["ana@example.org"]]) == 3
    # Per address: other e-mail addresses, same client.
    limit = settings.THROTTLE_LIMITS["password_reset.address"][0]
    other = Client(REMOTE_ADDR="192.0.2.1")
    answers = [other.post(url, {"email": f"p{n}@example.org"}).status_code for n in range(limit + 1)]
    assert answers[:limit] == [302] * limit and answers[-1] == 429


def test_sign_up_throttled_per_address(settings):
    limit = settings.THROTTLE_LIMITS["signup.address"][0]
    client = Client(REMOTE_ADDR="192.0.2.2")
    data = {"display_name": "", "preferred_language": "fr", "password1": PASSWORD, "password2": PASSWORD}
    answers = [client.post("/fr/accounts/signup/", {**data, "email": f"s{n}@example.org"}).status_code for n in range(limit + 1)]
    assert answers[:limit] == [302] * limit
    assert answers[-1] == 429
    assert User.objects.filter(email=f"s{limit}@example.org").count() == 0
    assert Client(REMOTE_ADDR="192.0.2.3").post("/fr/accounts/signup/", {**data, "email": "x@example.org"}).status_code == 302


def test_contact_form_throttled_per_address(settings):
    limit = settings.THROTTLE_LIMITS["contact.address"][0]
    client = Client(REMOTE_ADDR="192.0.2.4")
    data = {"name": "Ana", "email": "ana@example.org", "subject": "general", "message": "Bonjour, une question."}
    answers = [client.post("/fr/contact/", data).status_code for _ in range(limit + 1)]
    assert 429 not in answers[:limit]
    assert answers[-1] == 429
    assert Client(REMOTE_ADDR="192.0.2.5").get("/fr/contact/").status_code == 200


def test_settings_put_the_cache_on_redis_when_redis_url_is_set():
    import json
    import os
    import subprocess
    import sys

    code = "import json; from polyvox import settings as s; print(json.dumps(s.CACHES['default']))"
    env = {**os.environ, "REDIS_URL": "redis://127.0.0.1:6379/3", "SECRET_KEY": "x"}
    with_redis = json.loads(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)
    # Django's Redis cache, through the subclass that keeps one connection pool per process.
    assert with_redis["BACKEND"] == "polyvox.core.cache.RedisCache"
    from django.core.cache.backends.redis import RedisCache as DjangoRedisCache

    from polyvox.core.cache import RedisCache

    assert issubclass(RedisCache, DjangoRedisCache)
    assert with_redis["LOCATION"] == "redis://127.0.0.1:6379/3"
    env.pop("REDIS_URL")
    without = json.loads(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)
    assert without["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def test_lock_out_lives_in_redis_when_the_cache_is_redis(settings):
    """The counts and the lock-out are in Redis, where every server process sharing it reads them."""
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url("redis://127.0.0.1:6379/0")
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis server on 127.0.0.1:6379")
    import uuid

    prefix = f"test-{uuid.uuid4().hex}"
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": "redis://127.0.0.1:6379/0", "KEY_PREFIX": prefix}}
    settings.AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"  # axes takes the new cache (its own class)
    try:
        account()
        assert wrong(Client(), times=settings.LOGIN_FAILURE_LIMIT).status_code == 429
        keys = [k.decode() for k in client.scan_iter(f"{prefix}:*")]
        assert any("lockout:until" in k for k in keys) and len(keys) >= 4
        assert Client().post(LOGIN, {"username": "ana@example.org", "password": PASSWORD}).status_code == 429
    finally:
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)


def test_memory_cache_with_several_processes_is_reported(monkeypatch, settings):
    from polyvox.accounts.backends import shared_cache_check

    # Memory local to the process (the default without REDIS_URL), whatever the environment running the tests.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "check"}}
    monkeypatch.setenv("WEB_CONCURRENCY", "1")
    assert shared_cache_check(None) == []
    monkeypatch.setenv("WEB_CONCURRENCY", "4")
    assert [w.id for w in shared_cache_check(None)] == ["polyvox.accounts.W001"]
