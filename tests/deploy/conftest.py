"""serve(**settings): the site served on a real socket (127.0.0.1, a free port) from a thread, with the test
database (the thread has a connection of its own, so it sees what the migrations and the site structure
wrote, not the test's own transaction), as a container's process serves it; stopped at the test's end."""

import threading
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import connections
from django.test.utils import override_settings

from tests.browser.conftest import in_browser


@pytest.hookimpl(trylast=True)  # after tests/browser/conftest.py has put the browser tests last
def pytest_collection_modifyitems(items):
    """Tests marked `patches_the_process` run after all others but the browser tests: the Sentry SDK, once
    initialised, wraps Django's middleware, templates, signals and cursors for the rest of the process (no `init()`
    undoes it), which cost the tests after it about 30 s of the embedded run. The browser tests, which come after,
    do their work in the browser and the demo site's processes (and Playwright's loop would keep these tests from
    the database)."""
    patching = [item for item in items if item.get_closest_marker("patches_the_process")]
    if patching:
        rest = [item for item in items if not item.get_closest_marker("patches_the_process")]
        first = next((n for n, item in enumerate(rest) if in_browser(item)), len(rest))
        items[:] = rest[:first] + patching + rest[first:]


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def serve(db):
    running = []

    def start(**overrides):
        changed = override_settings(**overrides)
        changed.enable()
        server = make_server("127.0.0.1", 0, WSGIHandler(), handler_class=QuietHandler)  # middleware read now

        def loop():
            try:
                server.serve_forever(poll_interval=0.05)
            finally:
                connections.close_all()  # this thread's connection, or the test database could not be dropped

        thread = threading.Thread(target=loop, daemon=True)
        thread.start()
        running.append((server, thread, changed))
        return server.server_port

    yield start
    for server, thread, changed in running:
        server.shutdown()
        thread.join()
        server.server_close()
        changed.disable()
