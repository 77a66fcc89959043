"""Test settings: fast hashing, in-memory mail, plain static storage; the database comes from DATABASE_URL."""

import os
import tempfile

from .base import *  # noqa: F403
from .caches import caches
from .env import env
from .search import search_backends

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# TEST_MEDIA_ROOT and TEST_SEARCH_INDEX_PREFIX let the browser tests' demo server share its folder and prefix with
# the commands that load its content (tests/browser/server.py).
MEDIA_ROOT = Path(env("TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="kennisbank-media-"))  # noqa: F405
ALLOWED_HOSTS = ["*"]
# A test database per run, so that runs side by side on one PostgreSQL (two engineers, or a run beside a browser
# test's demo site) never drop each other's database.
if "postgresql" in DATABASES["default"]["ENGINE"]:  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": env("TEST_DATABASE_NAME") or f"test_kennisbank_{os.getpid()}"}  # noqa: F405
WHITENOISE_USE_FINDERS = True  # serve from the apps and site/static; tests never run collectstatic
WHITENOISE_AUTOREFRESH = True

# With REDIS_URL (the production run of make test), each run keeps its keys under a prefix of its own.
CACHES = caches(prefix=env("TEST_CACHE_PREFIX") or f"test{os.getpid()}")

# No rate limits while testing (the suite searches much faster than a reader); tests/search/test_rate_limits.py sets
# its own through the settings fixture.
SEARCH_RATE_LIMIT = AUTOCOMPLETE_RATE_LIMIT = 0

# On a search engine, each test run gets indices of its own, removed at the end of the run (tests/conftest.py).
SEARCH_INDEX_PREFIX = env("TEST_SEARCH_INDEX_PREFIX") or f"test{os.getpid()}_"
WAGTAILSEARCH_BACKENDS = search_backends(
    env("SEARCH_URL"),
    env("SEARCH_ENGINE"),
    index_prefix=SEARCH_INDEX_PREFIX,
    database_engine=DATABASES["default"]["ENGINE"],  # noqa: F405
)

# Tests run inside transactions that are never committed, where the production backend's on-commit index updates
# (core.tasks.OnCommitImmediateBackend, config/settings/base.py) would never run: here they run at once, as before.
# tests/editorial/test_after_commit.py puts the production backend back to show that a rollback leaves no trace.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
