"""Error reports leave without query strings, cookies, user data or e-mail addresses (config/sentry.py).

The SDK is initialised as production does it, with the SDK's own Transport interface replaced by one that keeps the
envelopes in memory: nothing leaves the machine.
"""

import json
import urllib.error
import urllib.request

import pytest
import sentry_sdk
from django.urls import path
from sentry_sdk.transport import Transport

from config.sentry import sentry_options

pytestmark = [pytest.mark.same_on_every_stack, pytest.mark.patches_the_process]


class Captured(Transport):
    envelopes = []

    def capture_envelope(self, envelope):
        Captured.envelopes.append(envelope)


def failing_search(request):
    sentry_sdk.add_breadcrumb(category="httplib", data={"url": "http://opensearch:9200/_search?q=jan@example.org",
                                                        "http.query": "q=jan@example.org"})  # fmt: skip
    raise RuntimeError(f"search failed for {request.GET['q']} ({request.get_full_path()})")


urlpatterns = [path("zoeken/", failing_search)]


@pytest.fixture
def sentry():
    Captured.envelopes = []
    sentry_sdk.init(**sentry_options("http://public@127.0.0.1/1", transport=Captured))
    yield Captured.envelopes
    sentry_sdk.get_client().close()
    sentry_sdk.init()  # a client that sends nothing, for the tests that follow


def test_an_error_report_holds_no_query_string_or_personal_data(sentry, serve):
    port = serve(ROOT_URLCONF=__name__)
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/zoeken/?q=jan@example.org&page=2",
        headers={"Referer": "https://kennisbank.example.org/?q=piet@example.org", "Cookie": "sessionid=secret-session",
                 "Authorization": "Basic c2VjcmV0"},
    )  # fmt: skip
    with pytest.raises(urllib.error.HTTPError) as failed:
        urllib.request.urlopen(request, timeout=30)
    assert failed.value.code == 500
    sentry_sdk.flush()
    events = [item.payload.json for envelope in sentry for item in envelope.items if item.type == "event"]
    assert len(events) == 1
    event = events[0]
    assert event["exception"]["values"][-1]["type"] == "RuntimeError"  # the report itself got through
    assert event["request"]["url"] == f"http://127.0.0.1:{port}/zoeken/" and "query_string" not in event["request"]
    assert "cookies" not in event["request"] and "user" not in event
    assert event["request"]["headers"]["Referer"] == "https://kennisbank.example.org/"
    text = json.dumps(event)
    for personal in (
        "jan@example.org",
        "jan%40example.org",
        "piet@example.org",
        "page=2",
        "secret-session",
        "c2VjcmV0",
    ):
        assert personal not in text, personal
    assert any(crumb.get("category") == "httplib" for crumb in event["breadcrumbs"]["values"])
