"""schemathesis generates requests from the content API's own OpenAPI document (valid and invalid parameters of
every operation) and sends them to the app: never a 5xx, never an answer the document does not describe (status,
content type, body). Bounded and derandomized, so it costs seconds and finds the same things every run; on SQLite
and on PostgreSQL + OpenSearch alike (the corpus of conftest.py is indexed on the engine)."""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from home.api.views import api

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


# The document django-ninja serves at /api/v1/openapi.json (test_content_api.py reads it there), loaded when the
# module is collected; the requests go through the WSGI application. (schemathesis.pytest.from_fixture, its lazy
# loader, does not run under pytest 9: it sets the node's `_nodeid`, which pytest 9 no longer has.)
schema = schemathesis.openapi.from_dict(api.get_openapi_schema())
schema.app = get_wsgi_application()


@pytest.fixture
def in_test_transaction():
    """Calls through WSGI run in this thread, inside the test's transaction: the request signals must not close its
    connection (Django's test client disconnects them the same way)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=10, derandomize=True, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))  # fmt: skip
def test_no_server_error_and_no_answer_outside_the_schema(case, corpus, in_test_transaction):
    case.call_and_validate(checks=CHECKS)
