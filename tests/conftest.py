import datetime
import json
import os
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "loc"


def empty_cache():
    """Empty every cache: in memory (the embedded run) each is its own, and a test's derived data (a promotion, a
    label) must not outlive the rows its transaction rolls back. On Redis (the production run) the three share the
    run's database. The browser tests' demo site caches in the next database (tests/browser/server.py) and stays
    warm."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The site chrome is cached; each test starts cold so tests never see each other's pages."""
    empty_cache()
    yield
    empty_cache()


@pytest.fixture
def one_clock_minute():
    """The rate limits count per clock minute (core/clients.py): a test that makes a client ask n + 1 times runs from
    the first second of the next minute, with the clock ticking, so a slow request cannot carry the last ask over into
    a new minute's count (a CI run once saw [200, 200] for [200, 429] so)."""
    from django.utils import timezone
    from freezegun import freeze_time

    start = timezone.now().replace(second=1, microsecond=0) + datetime.timedelta(minutes=1)
    with freeze_time(start, tick=True, ignore=["_pytest"]):  # pytest's own clock stays real: durations stay true
        yield


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """The site skeleton (Dutch and English home pages and sections) is built once, in the test database itself:
    each test's transaction rolls back to it, instead of publishing a dozen pages per test."""
    from home.structure import ensure_site_structure

    with django_db_blocker.unblock():
        ensure_site_structure()
        offer_to_demo_site_build(request)


def offer_to_demo_site_build(request):
    """The browser tests' demo site starts as a copy of this database, migrated once (tests/browser/server.py)."""
    from tests.browser.server import BUILD

    build = request.config.stash.get(BUILD, None)
    if build is not None:
        build.offer_test_database()


@pytest.fixture
def home(db):
    from home.structure import ensure_site_structure

    return ensure_site_structure()


@pytest.fixture(scope="session")
def seeds_dir():
    """The customer's exports; acceptance tests skip without them locally, and fail without them in CI."""
    path = Path(os.environ.get("LOC_EXPORTS_DIR", settings.LOC_EXPORTS_DIR))
    if not path.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI needs the customer's exports in {path} (set LOC_EXPORTS_DIR)")
        pytest.skip(f"no customer exports in {path}")
    return path


@pytest.fixture
def fixtures_dir():
    return FIXTURES


def pytest_report_header(config):
    """Say which database and search engine this run really talks to, with their versions."""
    database = settings.DATABASES["default"]
    if "postgresql" in database["ENGINE"]:
        import psycopg

        with psycopg.connect(
            host=database["HOST"], port=database["PORT"], user=database["USER"], password=database["PASSWORD"],
            dbname=database["NAME"],
        ) as connection:  # fmt: skip
            db = "PostgreSQL " + connection.execute("SHOW server_version").fetchone()[0]
    else:
        import sqlite3

        db = f"SQLite {sqlite3.sqlite_version}"
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    if "URLS" in backend:
        with urllib.request.urlopen(backend["URLS"][0], timeout=5) as response:
            info = json.loads(response.read())
        search = f"{info['version'].get('distribution', 'elasticsearch')} {info['version']['number']}"
    else:
        search = "Wagtail database backend"
    return f"database: {db}; search: {search} ({backend['BACKEND']})"


@pytest.fixture(scope="session", autouse=True)
def _remove_test_indices():
    """A search engine outlives the run: drop the indices this run created."""
    yield
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    if "URLS" in backend:
        from wagtail.search.backends import get_search_backend

        engine = get_search_backend()
        for name in engine.es.indices.get_alias(index=f"{settings.SEARCH_INDEX_PREFIX}*"):
            engine.es.indices.delete(index=name)


# A test that asks for none of these (and is not marked django_db, engine, postgres or browser) cannot meet the
# database, the search engine or the demo site: pytest-django refuses database access without them.
STACK_FIXTURES = {"db", "transactional_db", "django_db_setup", "demo_site", "live_server"}
STACK_MARKERS = {"django_db", "engine", "postgres", "browser"}


def touches_the_stack(item):
    return bool(STACK_FIXTURES & set(getattr(item, "fixturenames", ())) or STACK_MARKERS & set(item.keywords))


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(config, items):
    """Engine and PostgreSQL tests belong to the production-stack run; the embedded run leaves them out (not
    skipped): `make test` runs both, and in the production run a service that cannot start fails the run.
    Tests that touch no stack at all (parsers, settings, files, the compose file) are the same on every stack."""
    for item in items:
        if not touches_the_stack(item):
            item.add_marker(pytest.mark.same_on_every_stack)
    absent = set()
    if "URLS" not in settings.WAGTAILSEARCH_BACKENDS["default"]:
        absent.add("engine")
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        absent.add("postgres")
    kept = [item for item in items if not absent & set(item.keywords)]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if absent & set(item.keywords)])
        items[:] = kept


@pytest.fixture
def make_user(db):
    """A user in one of the editorial roles (home/editorial/roles.py), with an email address for notifications."""

    def make(role, username=None):
        username = username or role.lower()
        user = get_user_model().objects.create_user(username, f"{username}@example.org", "wachtwoord-voor-tests")
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def login(client, make_user):
    """Log the test client in as a new member of `role`; returns the user."""

    def as_role(role, username=None):
        user = make_user(role, username)
        client.force_login(user)
        return user

    return as_role
