"""Production: every secret from the environment, HTTPS only (HSTS, SSL redirect, secure cookies), compressed static
files via whitenoise, error reports to Sentry when SENTRY_DSN is set (scrubbed: config/sentry.py).

`manage.py check --deploy` reports W019 alone: X_FRAME_OPTIONS is SAMEORIGIN because Wagtail's preview frames the
site's own pages (tests/deploy/test_production_settings.py)."""

import sentry_sdk
from django.core.exceptions import ImproperlyConfigured

from config.sentry import sentry_options

from .base import *  # noqa: F403
from .env import env, env_bool

DEBUG = env_bool("DEBUG", False)
if not env("SECRET_KEY"):
    raise ImproperlyConfigured("Set SECRET_KEY in the environment for production.")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# On by default; a plain-HTTP setup behind a proxy that terminates TLS (and sends X-Forwarded-Proto) may switch them
# off with SECURE_SSL_REDIRECT=false and SECURE_HSTS_SECONDS=0.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^health/$"]  # monitors may ask over plain HTTP inside the network
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if host not in {"*", "localhost", "127.0.0.1"}]  # noqa: F405
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"
# Review notifications go out by SMTP, configured from the environment.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 10

# Error reports only when a DSN is configured; no personal data, query strings, cookies or e-mail addresses in them.
if env("SENTRY_DSN"):
    sentry_sdk.init(**sentry_options(env("SENTRY_DSN"), environment=env("SENTRY_ENVIRONMENT", "production")))
