"""The list of reader-facing outputs (outputs.py) against the URL configuration and the page types' routes: a new
URL pattern, page type or routable sub-route that is neither an output nor listed as not reader-facing fails here."""

from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

from .outputs import NON_READER_PAGES, NON_READER_URLS, OUTPUTS


def _patterns(resolver, prefix=""):
    """(identity, route) of every URL pattern: its name, or its route when unnamed; included URL sets that are not
    reader-facing as a whole (the admin, documents) are one entry."""
    for entry in resolver.url_patterns:
        route = str(entry.pattern)
        if isinstance(entry, URLResolver):
            if route in NON_READER_URLS:
                yield route, prefix + route
            else:
                yield from _patterns(entry, prefix + route)
        elif isinstance(entry, URLPattern):
            yield entry.name or route, prefix + route


def page_routes():
    """'app.Model' for every page type Wagtail serves, 'app.Model:route' for each routable sub-route."""
    found = set()
    for model in get_page_models():
        label = model._meta.label
        if issubclass(model, RoutablePageMixin):
            routes = model.get_subpage_urls()
            own_index = any(pattern.name != "index_route" and str(pattern.pattern) in ("", "^$") for pattern in routes)
            # RoutablePageMixin's default index_route is shadowed when the page type routes "" itself
            found |= {
                f"{label}:{pattern.name}" for pattern in routes if not (own_index and pattern.name == "index_route")
            }
        else:
            found.add(label)
    return found


def covered():
    return {name for output in OUTPUTS for name in output.covers}


def test_every_url_pattern_is_an_output_or_listed_as_not_for_readers():
    patterns = dict(_patterns(get_resolver("config.urls")))
    assert "wagtail_serve" in patterns, "pages are served through Wagtail: checked page type by page type below"
    forgotten = {name: route for name, route in patterns.items()
                 if name not in covered() and name not in NON_READER_URLS and name != "wagtail_serve"}  # fmt: skip
    assert not forgotten, f"reader-facing URL patterns missing from tests/visibility/outputs.py: {forgotten}"


def test_every_page_type_and_sub_route_is_an_output_or_listed_as_not_for_readers():
    forgotten = page_routes() - covered() - set(NON_READER_PAGES)
    assert not forgotten, f"page types or routes missing from tests/visibility/outputs.py: {sorted(forgotten)}"


def test_the_list_names_nothing_that_does_not_exist():
    patterns = dict(_patterns(get_resolver("config.urls")))
    known = set(patterns) | page_routes()
    assert covered() <= known, f"outputs cover unknown patterns or routes: {covered() - known}"
    assert set(NON_READER_URLS) <= set(patterns), set(NON_READER_URLS) - set(patterns)


def test_every_output_has_a_unique_name():
    assert len({output.name for output in OUTPUTS}) == len(OUTPUTS)
