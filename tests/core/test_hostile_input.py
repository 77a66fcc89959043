"""No reader-facing address answers 5xx, whatever a reader (or a robot) sends it.

Hypothesis drives every parameter of the search page, the search and autocomplete APIs, a section listing's
filters, a collection's page number, the feeds and the theme and keyword slugs in the path, with arbitrary Unicode,
number-like characters of every script, punctuation and each backend's query operators. Any text a reader can type
in `q`, of any length and with control characters too, is a query: 200, with or without results. Every other
parameter is a 200 or a 400 with a message. The same tests run on SQLite, on PostgreSQL
with the engine, and (on the production stack) on PostgreSQL's database backend behind an unreachable engine.

The profile is bounded (derandomized, a few dozen examples per address) to keep the file well under 30 s per stack.
"""

from urllib.parse import quote

import pytest
from django.conf import settings as django_settings
from django.test import override_settings
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from articles.models import CollectionPage, ModuleIndexPage
from home.structure import section
from search.params import MAX_QUERY
from tests.factories import ArticlePageFactory, ModulePageFactory, theme
from tests.shared_data import module_pages
from themes_taxonomy.models import ThemeIndexPage

bounded = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

OPERATORS = [
    # SQLite FTS5
    '"', "*", "(", ")", ":", "^", "NEAR", "NEAR(", "AND", "OR", "NOT", "-",
    # PostgreSQL tsquery
    "&", "|", "!", "<->", "<2>", ":*", "'", "''", "\\",
    # Lucene / OpenSearch query strings
    "+", "&&", "||", "{", "}", "[", "]", "~", "~2", "?", "/", "title:", "*:*", "\\\\", "AND NOT",
]  # fmt: skip
WORDS = ["achterban", "Wmcz", "leden", "werven", "cliëntenraad", "²", "①", "٣", "Ⅻ", "🙂", "ﬁ", "İ"]
numberlike = st.text(st.characters(categories=["Nd", "No", "Nl"]), min_size=1, max_size=6)
piece = st.one_of(st.sampled_from(OPERATORS), st.sampled_from(WORDS), numberlike, st.text(max_size=8))
hostile = st.lists(piece, max_size=8).flatmap(lambda parts: st.sampled_from(["", " "]).map(lambda sep: sep.join(parts)))
typeable = hostile  # any text at all: search.params.clean_query never refuses the search text
value = st.one_of(hostile, numberlike, st.sampled_from(["achterban", "wmcz", "module", "nl", "en", "newest", ""]))
values = st.lists(value, max_size=3)


def build(home):
    achterban = theme("achterban")
    pages = {
        "article": ArticlePageFactory(title="De achterban raadplegen", themes=[achterban], keywords=["wmcz"]),
        "module": ModulePageFactory(title="Leden werven", themes=[achterban], keywords=["werven"]),
    }
    collection = CollectionPage(title="Alles over de achterban", slug="alles-over-de-achterban")
    home.add_child(instance=collection)
    collection.themes.set([achterban])
    collection.save_revision().publish()
    pages["collection"] = CollectionPage.objects.get(pk=collection.pk)
    return pages


_site_once, site = module_pages(build, "site")


def check(client, url, data=None, q_is_text=False):
    response = client.get(url, data or {})
    if q_is_text:
        assert response.status_code == 200, (url, data, response.status_code)
    else:
        assert response.status_code in (200, 301, 302, 400, 404), (url, data, response.status_code)
    if response.status_code == 400:
        assert response.content.strip(), (url, data)  # a message, not an empty answer
    return response


SEARCH = ["/zoeken/", "/en/search/", "/api/search/", "/api/search/autocomplete/"]


def search_addresses(client, url, q, extra):
    check(client, url, {"q": q}, q_is_text=True)
    check(client, url, {"q": q, **extra})


def search_params():
    return st.fixed_dictionaries(
        {},
        optional={name: values for name in ("type", "theme", "keyword", "sector", "lang", "page", "sort")},
    )


@bounded
@given(url=st.sampled_from(SEARCH), q=typeable, extra=search_params())
@example(url="/api/search/autocomplete/", q='"ab', extra={"page": ["²"]})  # both answered 500 once
@example(url="/zoeken/", q="NEAR(ach", extra={"page": ["①"]})
def test_search_page_and_apis_never_fail(client, site, url, q, extra):
    search_addresses(client, url, q, extra)


@bounded
@given(url=st.sampled_from(SEARCH), q=hostile)
def test_a_query_over_the_limit_or_with_control_characters_is_still_a_query(client, site, url, q):
    check(client, url, {"q": q + "\x01"}, q_is_text=True)
    check(client, url, {"q": q + "x" * (MAX_QUERY + 1)}, q_is_text=True)


FEEDS = ["rss/", "atom/"]
SLUG_ADDRESSES = ["{themes}{slug}/", "{themes}{slug}/rss/", "{themes}{slug}/atom/", "/trefwoorden/{slug}/",
                  "/en/themes/{slug}/", "/en/keywords/{slug}/"]  # fmt: skip


@settings(bounded, max_examples=25)
@given(
    filters=st.fixed_dictionaries({}, optional={name: values for name in ("theme", "keyword", "sector", "kind")}),
    page=value,
    feed=st.sampled_from(FEEDS),
    slug=hostile,
    address=st.sampled_from(SLUG_ADDRESSES),
)
def test_listing_collection_feeds_and_taxonomy_slugs_never_fail(client, site, filters, page, feed, slug, address):
    check(client, section(ModuleIndexPage).url, {**filters, "page": page})
    collection = site["collection"].url
    check(client, collection, {"page": page})
    check(client, f"{collection}{feed}", {"page": page, **filters})
    slug = quote(slug, safe="") or "x"
    check(client, address.format(themes=section(ThemeIndexPage).url, slug=slug), {"page": page})


@pytest.fixture
def fallback(site):
    """The production stack's third backend: the engine unreachable, PostgreSQL's database backend answers."""
    from tests.search.dead_engine import dead_engine_backends

    backends = dead_engine_backends()
    backends["fallback"] = django_settings.WAGTAILSEARCH_BACKENDS["fallback"]
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield site


@pytest.mark.engine
@bounded
@given(url=st.sampled_from(SEARCH), q=typeable, extra=search_params())
def test_on_the_database_fallback_too(client, fallback, url, q, extra):
    search_addresses(client, url, q, extra)
