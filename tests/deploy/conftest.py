"""serve(**settings): the site served on a real socket (127.0.0.1, a free port) from a thread, with the test
database (the thread has a connection of its own, so it sees what the migrations and the site structure
wrote, not the test's own transaction), as a container's process serves it; stopped at the test's end."""

import threading
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import connections
from django.test.utils import override_settings


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
