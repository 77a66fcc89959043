"""The demo site as a real server for the browser tests: its own database, the demo content, the demo accounts.

The browser tests drive a site that runs as it does for a reader: gunicorn serving `config.wsgi` in a process of
its own, on the same stack as the test run (SQLite and database search, or PostgreSQL and the search engine). It
gets a database of its own, never the test run's, built by the same commands `make run` uses (`migrate`,
`load_demo`, `create_demo_users`), and on the engine indices under the run's own prefix, which the run removes at
its end (tests/conftest.py).

The build runs in a thread of the test run (`DemoSiteBuild`), started as soon as the tests are collected: the browser
tests run last (tests/browser/conftest.py), so the demo site is built on the second core while the other tests run.
"""

import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


@dataclass
class DemoSite:
    url: str
    password: str  # every demo account's, for this run only
    pages: dict  # page type -> {"nl": path, "en": path}, from tests/browser/page_types.py
    admin: dict  # where editors start in the admin, from the same
    stack: str  # "sqlite" or "postgresql-opensearch2": names the screenshots' folder
    process: subprocess.Popen = field(repr=False)
    log: Path = field(repr=False)
    build_seconds: float = 0.0  # building (or reusing) the site and starting its server
    env: dict = field(default_factory=dict, repr=False)  # the server's environment, for more processes of the site

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def own_database_url(folder, fresh=True):
    """A database for the server alone: a SQLite file, or `<test database>_browser` on the run's PostgreSQL."""
    database = settings.DATABASES["default"]
    if "postgresql" not in database["ENGINE"]:
        path = folder / "browser.sqlite3"
        if fresh:
            path.unlink(missing_ok=True)
        return f"sqlite:///{path}"
    parts = urlsplit(os.environ["DATABASE_URL"])
    name = browser_database_name()
    if fresh:
        with postgres_connection() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def copy_test_database(folder):
    """The test run's database, just migrated and holding the site structure, copied as the demo site's own: its
    build then skips the 224 migrations (20 s of CPU). SQLite's in-memory test database is copied with the backup
    API; on PostgreSQL the copy is a `CREATE DATABASE ... TEMPLATE`, which needs no other session on the template."""
    from django.db import connection, connections

    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        import sqlite3

        target = folder / "browser.sqlite3"
        target.unlink(missing_ok=True)
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        copy.close()
        return
    template = connection.settings_dict["NAME"]
    connections.close_all()
    with postgres_connection() as server:
        server.execute(f'DROP DATABASE IF EXISTS "{browser_database_name()}" WITH (FORCE)')
        server.execute(f'CREATE DATABASE "{browser_database_name()}" TEMPLATE "{template}"')


def browser_database_name():
    """The server's PostgreSQL database: named after this run (its process id), so runs side by side never meet."""
    return f"{urlsplit(os.environ['DATABASE_URL']).path.lstrip('/')}_browser_{os.getpid()}"


def postgres_connection():
    import psycopg

    database = settings.DATABASES["default"]
    return psycopg.connect(
        host=database["HOST"], port=database["PORT"], user=database["USER"], password=database["PASSWORD"],
        dbname="postgres", autocommit=True,
    )  # fmt: skip


def drop_browser_database():
    if "postgresql" in settings.DATABASES["default"]["ENGINE"]:
        with postgres_connection() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{browser_database_name()}" WITH (FORCE)')


def server_environment(folder, password, fresh=True):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=own_database_url(folder, fresh),
        TEST_MEDIA_ROOT=str(folder / "media"),
        TEST_SEARCH_INDEX_PREFIX=f"{settings.SEARCH_INDEX_PREFIX}browser_",
        TEST_CACHE_PREFIX=f"{settings.SEARCH_INDEX_PREFIX}browser",  # every process of the site shares its cache
        DEMO_PASSWORD=password,
        PYTHONUNBUFFERED="1",
    )
    if os.environ.get("REDIS_URL"):
        env["REDIS_URL"] = own_redis_database(os.environ["REDIS_URL"])
    return env


def own_redis_database(url):
    """The demo site's cache in a Redis database of its own (the next number): every other test empties the run's
    database (tests/conftest.py, a FLUSHDB), which would leave the demo site cold on every page the browser tests
    read."""
    parts = urlsplit(url)
    number = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{number + 1}"))


def manage(env, log, *args):
    with log.open("a") as out:
        out.write(f"$ manage.py {' '.join(args)}\n")
        out.flush()
        result = subprocess.run([PYTHON, "manage.py", *args], cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed; see {log}")


def wait_until_up(url, process, log, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The demo server stopped at start; see {log}")
        try:
            with urllib.request.urlopen(f"{url}/health/", timeout=5):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"The demo server did not answer within {timeout} s; see {log}")


BUILD_SCRIPT = """
import time
from django.core.management import call_command
from tests.browser.page_types import write
STEPS = [("migrate", "--noinput", "-v", "0"), ("load_demo",), ("create_demo_users", "--allow-production"),
         ("import_loc", "tests/fixtures/loc/demo")]  # drafts for the import journey (test_import_journey.py)
if COPIED:  # the copy's pages (the site structure) are in the test run's indices, not in the server's own
    from modelsearch.index import insert_or_update_object
    from wagtail.models import Page
    for page in Page.objects.filter(depth__gt=1).specific():
        insert_or_update_object(page)
for command, *args in STEPS:
    began = time.monotonic()
    print("$ manage.py", command, *args, flush=True)
    call_command(command, *args)
    print(f"({command}: {time.monotonic() - began:.1f} s)", flush=True)
write(PAGES)
"""


def build(env, log, pages_file, copied=False):
    """`migrate`, `load_demo` and `create_demo_users`, the commands `make run` uses, in one Django process (on a
    copy of the migrated test database, `migrate` finds nothing to do)."""
    script = BUILD_SCRIPT.replace("PAGES", repr(str(pages_file))).replace("COPIED", repr(copied))
    manage(env, log, "shell", "-v", "0", "-c", script)


def site_folder():
    """(folder, reuse): BROWSER_SITE_DIR (a developer's aid, SQLite only) keeps the built site in that folder and
    reuses it on the next run, which saves the minute that building takes; otherwise a new temporary folder."""
    kept = os.environ.get("BROWSER_SITE_DIR")
    folder = Path(kept) if kept else Path(tempfile.mkdtemp(prefix="kennisbank-browser-"))
    folder.mkdir(parents=True, exist_ok=True)
    reuse = bool(kept) and (folder / "pages.json").exists()
    return folder, reuse and "postgresql" not in settings.DATABASES["default"]["ENGINE"]


def start_demo_site(folder, reuse, copied=False):
    """Build the demo site in `folder` (unless `reuse`; on a `copied` test database when given) and serve it."""
    began = time.monotonic()
    log = folder / "server.log"
    pages_file, password_file = folder / "pages.json", folder / "password"
    password = password_file.read_text() if reuse else secrets.token_urlsafe(16)
    env = server_environment(folder, password, fresh=not (reuse or copied))
    if not reuse:
        build(env, log, pages_file, copied)
        password_file.write_text(password)
    process, url = serve(env, log)
    engine = "URLS" in settings.WAGTAILSEARCH_BACKENDS["default"]
    database = "postgresql" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "sqlite"
    stack = f"{database}-{os.environ.get('SEARCH_ENGINE', 'opensearch2')}" if engine else database
    paths = json.loads(pages_file.read_text())
    seconds = time.monotonic() - began
    return DemoSite(url, password, paths["pages"], paths["admin"], stack, process, log, seconds, env)


def serve(env, log):
    """A gunicorn process serving the site with `env`, on a free port: (process, url), once it answers."""
    port = free_port()
    out = log.open("a")
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "1",
         "--threads", "4", "--timeout", "60", "--access-logfile", "-"],
        cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, process, log)
    except Exception:
        process.kill()
        raise
    return process, url


class DemoSiteBuild:
    """The demo site, built and started in a thread of the test run, so that the other tests run meanwhile.

    The thread first waits until the test run's database is migrated (`offer_test_database`, called from
    tests/conftest.py) and builds on a copy of it; when no copy comes (no test used the database before the first
    browser test asked for the site, or the copy failed), it migrates a database of its own as before.
    """

    def __init__(self):
        self.site, self.error, self.waited, self.copied = None, None, 0.0, False
        self.folder, self.reuse = site_folder()
        self.decided = threading.Event()  # set once the copy is made, or known not to come
        if self.reuse:
            self.decided.set()
        self.thread = threading.Thread(target=self._run, name="demo-site-build", daemon=True)
        self.thread.start()

    def offer_test_database(self):
        """In the main thread, right after the test database is set up and before any test runs in it."""
        if self.decided.is_set():
            return
        try:
            copy_test_database(self.folder)
            self.copied = True
        except Exception as error:  # noqa: BLE001 - the build migrates its own database instead
            print(f"demo site: copying the test database failed ({error}); migrating its own", file=sys.stderr)
        finally:
            self.decided.set()

    def _run(self):
        try:
            self.decided.wait()
            self.site = start_demo_site(self.folder, self.reuse, self.copied)
        except BaseException as error:  # noqa: BLE001 - handed to the first test that needs the site
            self.error = error

    def result(self):
        began = time.monotonic()
        self.decided.set()  # no copy comes any more
        self.thread.join()
        self.waited = time.monotonic() - began
        if self.error is not None:
            raise RuntimeError(f"The demo site could not be built: {self.error}") from self.error
        return self.site

    def stop(self):
        self.thread.join()
        if self.site is not None:
            self.site.stop()
        drop_browser_database()


BUILD = pytest.StashKey[DemoSiteBuild]()  # the run's build, in the pytest config's stash
