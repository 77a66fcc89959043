"""Production settings: `manage.py check --deploy` reports W019 alone, HTTPS is enforced (HSTS, SSL redirect, the
health check exempt), and every page carries a content security policy: the site's own, or the admin's."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# Run in a process of its own with production's environment: the settings module is imported as in a container.
PROBE = """
import io, json, re
import django
from django.core.management import call_command
django.setup()
from django.conf import settings
from django.http import HttpResponse
from django.middleware.security import SecurityMiddleware
from django.test import RequestFactory
import sentry_sdk

out = io.StringIO()
call_command("check", deploy=True, stdout=out, stderr=out)
security = SecurityMiddleware(lambda request: HttpResponse("ok"))
get = RequestFactory(HTTP_HOST="kennisbank.example.org").get
https = security(get("/", secure=True))
behind_proxy = security(get("/", HTTP_X_FORWARDED_PROTO="https"))
plain = security(get("/artikelen/?page=2"))
health = security(get("/health/"))
print(json.dumps({
    "warnings": sorted(set(re.findall(r"\\(([\\w.]+\\.[WE]\\d+)\\)", out.getvalue()))),
    "hsts": https.get("Strict-Transport-Security"),
    "behind_proxy": [behind_proxy.status_code, behind_proxy.get("Strict-Transport-Security")],
    "plain": [plain.status_code, plain.get("Location")],
    "health": health.status_code,
    "csp_middleware": "config.csp.SiteAndAdminCSPMiddleware" in settings.MIDDLEWARE,
    "sentry": sentry_sdk.get_client().is_active(),
}))
"""


@pytest.mark.same_on_every_stack
def test_production_settings_pass_check_deploy_and_enforce_https():
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SENTRY_", "SECURE_", "DEBUG"))}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY=secrets.token_urlsafe(50),
               ALLOWED_HOSTS="kennisbank.example.org")  # fmt: skip
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["warnings"] == ["security.W019"]  # X_FRAME_OPTIONS = SAMEORIGIN, for Wagtail's preview
    assert probe["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert probe["behind_proxy"] == [200, probe["hsts"]]  # TLS ended at the proxy, which says so
    assert probe["plain"] == [301, "https://kennisbank.example.org/artikelen/?page=2"]
    assert probe["health"] == 200  # a monitor inside the network may ask over plain HTTP
    assert probe["csp_middleware"] and probe["sentry"] is False  # no SENTRY_DSN, no error reporting


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_pages_carry_the_site_policy_and_the_admin_its_own(client, db):
    site = directives(client.get("/")["Content-Security-Policy"])
    assert site["default-src"] == ["'self'"] and site["script-src"] == ["'self'"] and site["style-src"] == ["'self'"]
    assert site["img-src"] == ["'self'", "data:"] and site["object-src"] == ["'none'"]
    for directive in ("form-action", "frame-ancestors", "base-uri"):
        assert site[directive] == ["'self'"], directive
    assert set(site["frame-src"]) == {"'self'", "https://www.youtube.com", "https://www.youtube-nocookie.com",
                                      "https://player.vimeo.com"}  # fmt: skip
    admin = directives(client.get("/admin/login/")["Content-Security-Policy"])
    assert "'unsafe-inline'" in admin["script-src"] and "blob:" in admin["img-src"]
    assert admin["frame-ancestors"] == ["'self'"] and admin["object-src"] == ["'none'"]


def test_embeds_come_only_from_the_providers_the_policy_lets_in(settings):
    (finder,) = settings.WAGTAILEMBEDS_FINDERS
    endpoints = {provider["endpoint"] for provider in finder["providers"]}
    assert endpoints == {"https://www.youtube.com/oembed", "https://www.vimeo.com/api/oembed.{format}"}
