"""Settings shared by every environment; each value that differs per machine comes from the environment."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .caches import caches
from .env import env, env_bool, env_list
from .search import search_backends
from .security import *  # noqa: F403 - the content security policy and the embed providers it allows

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# The site shell (base templates, components, static assets) lives in `site/`; it is not a Python package.
SITE_DIR = BASE_DIR / "site"

SECRET_KEY = env("SECRET_KEY", "insecure-development-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")

INSTALLED_APPS = [
    "core",
    "home",
    "home.alerts",  # before search: its publish_scheduled adds the alerts to search's
    "articles",
    "themes_taxonomy",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",  # only for /api/ (CORS_URLS_REGEX)
    "config.csp.SiteAndAdminCSPMiddleware",  # config/settings/security.py
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "home.middleware.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
# The JSON APIs may be read from any site's browser script (a council's portal), never written to or with cookies.
CORS_URLS_REGEX = r"^/api/(search|v1)/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_EXPOSE_HEADERS = ("ETag", "Retry-After")
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.cache.context",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = caches()  # config/settings/caches.py: in-process, or Redis shared by every process when REDIS_URL is set

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch first, English second; Dutch pages live at the root, English ones under /en/.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin speaks these too (Dutch unless a user picks English in their account), not all of Wagtail's languages.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Kennisbank Medezeggenschap"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = False
TAGGIT_CASE_INSENSITIVE = True
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True  # ASCII slugs, so /trefwoorden/<slug>/ matches every keyword

# Editorial workflow (home/editorial/): every page passes the Eindredactie's review; a new translation starts as a draft
# instead of copying its source's live status, so it is reviewed like any other page.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "kennisbank@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
# No request leaves the site, not even in the admin: avatars are uploaded or initials, never fetched from Gravatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# SEARCH_URL selects the search engine; without it Wagtail's database backend serves (see config/settings/search.py).
WAGTAILSEARCH_BACKENDS = search_backends(
    env("SEARCH_URL"),
    env("SEARCH_ENGINE"),
    index_prefix=env("SEARCH_INDEX_PREFIX", ""),  # for several sites or databases on one engine
    database_engine=DATABASES["default"]["ENGINE"],
)
# modelsearch queues index updates as django-tasks tasks: run them after the caller's transaction commits, so a
# rolled-back import leaves nothing in the search engine (core/tasks.py).
TASKS = {"default": {"BACKEND": "core.tasks.OnCommitImmediateBackend"}}

# Where the acceptance tests and `import_loc` examples find the customer's exports.
LOC_EXPORTS_DIR = Path(env("LOC_EXPORTS_DIR", BASE_DIR.parent / "shared" / "seeds"))

# Privacy and abuse (search/querylog.py, core/clients.py): the search log keeps counts per day for this many days;
# each client may run SEARCH_RATE_LIMIT searches (search page and API together) and AUTOCOMPLETE_RATE_LIMIT
# suggestion requests a minute (0: no limit), counted in CACHES["default"]. A client is REMOTE_ADDR, or, behind
# TRUSTED_PROXY_COUNT proxies, the address that many entries from the right of X-Forwarded-For.
SEARCH_LOG_RETENTION_DAYS = int(env("SEARCH_LOG_RETENTION_DAYS", "90"))
SEARCH_RATE_LIMIT = int(env("SEARCH_RATE_LIMIT", "120"))
AUTOCOMPLETE_RATE_LIMIT = int(env("AUTOCOMPLETE_RATE_LIMIT", "240"))
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))

# E-mail alerts (home/alerts/): every link in a message starts with SITE_BASE_URL (https in production: the one-click
# unsubscribe of RFC 8058 needs it); sent from ALERTS_FROM_EMAIL; the forms take ALERTS_RATE_LIMIT posts a minute per
# client (0: no limit), and each address gets at most ALERTS_MAILS_PER_HOUR confirmation or link messages an hour.
SITE_BASE_URL = env("SITE_BASE_URL", WAGTAILADMIN_BASE_URL).rstrip("/")
ALERTS_FROM_EMAIL = env("ALERTS_FROM_EMAIL", DEFAULT_FROM_EMAIL)
ALERTS_RATE_LIMIT = int(env("ALERTS_RATE_LIMIT", "10"))
ALERTS_MAILS_PER_HOUR = int(env("ALERTS_MAILS_PER_HOUR", "3"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}

# The knowledge-base pages re-declare Page's title search field with a higher weight (articles/models/base.py);
# Wagtail's check only looks for the original declaration.
SILENCED_SYSTEM_CHECKS = ["wagtailsearch.W001"]
