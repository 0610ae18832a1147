"""Production settings come from the environment (README: configuration): `check --deploy` passes with no
warning under the documented production environment; SITE_URL follows HOST and PORT when unset; every
response carries a Content-Security-Policy and a Permissions-Policy."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys

import pytest
from django.test import override_settings

from polyvox.settings import _site_url, _tile_source

SHOW = r"""
import json
from django.conf import settings
names = ["SITE_URL", "SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_HSTS_SECONDS",
         "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD", "SECURE_PROXY_SSL_HEADER"]
values = {name: getattr(settings, name, None) for name in names}
values["CSP"] = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
print("SETTINGS" + json.dumps(values, default=str))
"""


def run(tmp_path, *args, **environment):
    """`polyvox ...` in a fresh process with only the given configuration variables set."""
    env = {key: value for key, value in os.environ.items()
           if key not in {"SITE_URL", "PORT", "HOST", "HTTPS", "DEBUG", "ALLOWED_HOSTS", "SECRET_KEY", "MAP_TILE_URL",
                          "DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL"}
           and not key.startswith("SECURE_")}
    env.update({"POLYVOX_VAR_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "polyvox.settings", "LOG_LEVEL": "ERROR"})
    env.update({key: value for key, value in environment.items() if value is not None})
    return subprocess.run([sys.executable, "-m", "polyvox", *args], env=env, capture_output=True, text=True, timeout=300)


def production(**extra):
    """The documented production environment (README: configuration)."""
    return {"SITE_URL": "https://participation.example.org", "ALLOWED_HOSTS": "participation.example.org",
            "SECRET_KEY": secrets.token_urlsafe(64), "DEBUG": "0", "REDIS_URL": "redis://127.0.0.1:6379/0", **extra}


def settings_in(tmp_path, **environment) -> dict:
    result = run(tmp_path, "manage", "shell", "-c", SHOW, **environment)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("SETTINGS"))
    return json.loads(line[len("SETTINGS"):])


def test_check_deploy_has_no_warning_in_the_documented_production_environment(tmp_path):
    result = run(tmp_path, "manage", "check", "--deploy", "--fail-level", "WARNING", **production())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    # One process without Redis (a small deployment) passes too; a check silenced there says why in settings.
    single = run(tmp_path, "manage", "check", "--deploy", "--fail-level", "WARNING", **production(REDIS_URL=None))
    assert single.returncode == 0 and "System check identified no issues" in single.stdout, single.stdout + single.stderr


def test_check_deploy_names_what_is_missing_on_plain_http(tmp_path):
    """The same check does fail when the site is not served over https: the test above can fail."""
    result = run(tmp_path, "manage", "check", "--deploy", **production(SITE_URL="http://participation.example.org"))
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in result.stderr + result.stdout, warning


def test_https_turns_on_hsts_redirect_and_secure_cookies_and_the_proxy_header_only_when_told(tmp_path):
    values = settings_in(tmp_path, **production())
    assert values["SITE_URL"] == "https://participation.example.org"
    assert values["SECURE_SSL_REDIRECT"] and values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"]
    assert values["SECURE_HSTS_SECONDS"] == 365 * 24 * 3600
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] and values["SECURE_HSTS_PRELOAD"]
    assert values["SECURE_PROXY_SSL_HEADER"] is None  # no header is trusted unless a variable says a proxy sets it
    assert values["CSP"]["upgrade-insecure-requests"] is True

    behind_proxy = settings_in(tmp_path, **production(SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto", SECURE_HSTS_PRELOAD="0",
                                                      SECURE_HSTS_SECONDS="600"))
    assert behind_proxy["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert behind_proxy["SECURE_HSTS_SECONDS"] == 600 and behind_proxy["SECURE_HSTS_PRELOAD"] is False

    local = settings_in(tmp_path, PORT="9123", MAP_TILE_URL="https://{s}.tiles.example.be/{z}/{x}/{y}.png")
    assert not (local["SECURE_SSL_REDIRECT"] or local["SESSION_COOKIE_SECURE"] or local["SECURE_HSTS_SECONDS"])
    assert "upgrade-insecure-requests" not in local["CSP"]
    assert local["SITE_URL"] == "http://127.0.0.1:9123"  # SITE_URL unset: the server's own address on PORT
    assert local["CSP"]["img-src"] == ["'self'", "data:", "https://*.tiles.example.be"]  # the tiles' host only
    assert local["CSP"]["connect-src"] == ["'self'"] and local["CSP"]["script-src"] == ["'self'"]


@pytest.mark.parametrize("environment, expected", [
    ({}, "http://127.0.0.1:8000"),
    ({"PORT": "9123"}, "http://127.0.0.1:9123"),
    ({"PORT": "9123", "HOST": "0.0.0.0"}, "http://127.0.0.1:9123"),
    ({"PORT": "8080", "HOST": "10.1.2.3"}, "http://10.1.2.3:8080"),
    ({"PORT": "8080", "HOST": "::1"}, "http://[::1]:8080"),
    ({"PORT": "9123", "SITE_URL": "https://participatie.example.org/"}, "https://participatie.example.org"),
])
def test_site_url_follows_host_and_port_when_unset(monkeypatch, environment, expected):
    for name in ("SITE_URL", "HOST", "PORT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert _site_url() == expected


def test_img_src_comes_from_the_map_tile_url():
    assert _tile_source("https://tile.openstreetmap.org/{z}/{x}/{y}.png") == ["https://tile.openstreetmap.org"]
    assert _tile_source("https://{s}.tile.example.org/{z}/{x}/{y}.png") == ["https://*.tile.example.org"]
    assert _tile_source("http://127.0.0.1:8089/{z}/{x}/{y}.png") == ["http://127.0.0.1:8089"]
    assert _tile_source("/tiles/{z}/{x}/{y}.png") == [] and _tile_source("") == []
    with pytest.raises(ValueError):
        _tile_source("https://tiles.{s}.example.org/{z}/{x}/{y}.png")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/fr/", "/nl/initiatives/", "/fr/no-such-page/", "/admin/login/", "/api/docs", "/j/"])
def test_every_kind_of_page_sends_both_policies(client, path):
    response = client.get(path)
    assert response.status_code in {200, 302, 404}
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy and "unsafe-inline" not in policy
    assert "connect-src 'self'" in policy and "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in permissions


@pytest.mark.django_db
@override_settings(SECURE_SSL_REDIRECT=True, SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
def test_plain_http_is_redirected_but_the_health_check_and_proxied_https_are_not(client):
    redirect = client.get("/fr/")
    assert redirect.status_code == 301 and redirect["Location"].startswith("https://")
    assert client.get("/fr/", headers={"X-Forwarded-Proto": "https"}).status_code == 200
    assert client.get("/healthz").status_code == 200
