"""Error reports for Sentry without personal data (AVG/GDPR): no query strings, cookies, user, request body, local
variables or e-mail-like strings leave the site. Production settings call sentry_sdk.init(**sentry_options(dsn))
only when SENTRY_DSN is set; tests/deploy/test_sentry.py checks a captured event with the SDK's own transport."""

import re
from urllib.parse import urlsplit, urlunsplit

# An address, also percent-encoded as a query string carries it (jan%40example.org).
EMAIL = re.compile(r"[\w.+-]+(?:@|%40)[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# A query string anywhere in a text (a URL or path in a message or a breadcrumb): from "?" up to a space or quote.
QUERY = re.compile(r"\?[^\s\"'<>#]*=[^\s\"'<>#]*")
DROPPED_REQUEST_KEYS = ("query_string", "cookies", "data", "env")
DROPPED_HEADERS = {"cookie", "authorization", "x-forwarded-for", "x-real-ip"}
DROPPED_BREADCRUMB_DATA = ("http.query", "http.fragment")


def without_query(url):
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def redact(value):
    """The value with every e-mail-like string and query string in its texts removed, however deeply nested."""
    if isinstance(value, str):
        return QUERY.sub("", EMAIL.sub("[e-mail]", value))
    if isinstance(value, dict):
        return {key: redact(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [redact(item) for item in value]
    return value


def scrub_breadcrumb(crumb, hint=None):
    data = crumb.get("data") or {}
    for key in DROPPED_BREADCRUMB_DATA:
        data.pop(key, None)
    if isinstance(data.get("url"), str):
        data["url"] = without_query(data["url"])
    return redact(crumb)


def scrub(event, hint=None):
    """before_send: what may leave the site of an error event."""
    event.pop("user", None)
    request = event.get("request") or {}
    for key in DROPPED_REQUEST_KEYS:
        request.pop(key, None)
    if isinstance(request.get("url"), str):
        request["url"] = without_query(request["url"])
    headers = request.get("headers")
    if isinstance(headers, dict):
        request["headers"] = {name: value for name, value in headers.items() if name.lower() not in DROPPED_HEADERS}
        for name in [name for name in request["headers"] if name.lower() == "referer"]:
            request["headers"][name] = without_query(request["headers"][name])
    breadcrumbs = event.get("breadcrumbs")
    if isinstance(breadcrumbs, dict) and isinstance(breadcrumbs.get("values"), list):
        breadcrumbs["values"] = [scrub_breadcrumb(crumb) for crumb in breadcrumbs["values"]]
    return redact(event)


def sentry_options(dsn, **options):
    """The keyword arguments for sentry_sdk.init. `data_collection` is sentry-sdk's successor of send_default_pii
    (which 2.x deprecates; unset, it counts as False): no user, cookies, query parameters, request bodies, SQL
    parameters or local variables (a search text or a form value may name a person); no performance traces; and the
    scrubbers above for whatever an integration or a message still carries."""
    return {
        "dsn": dsn,
        "data_collection": {
            "user_info": False,
            "cookies": {"mode": "off"},
            "url_query_params": {"mode": "off"},
            "http_bodies": [],
            "database_query_data": False,
            "stack_frame_variables": False,
            "gen_ai": {"inputs": False, "outputs": False},
        },
        "traces_sample_rate": 0.0,
        "before_send": scrub,
        "before_breadcrumb": scrub_breadcrumb,
        **options,
    }
