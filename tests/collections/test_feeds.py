"""Collection and theme feeds are valid RSS 2.0 and Atom, and list exactly the items of their page."""

import feedparser
import pytest

from articles.models import CollectionPage
from home.structure import section
from tests.factories import theme, translate
from themes_taxonomy.models import ThemeIndexPage

from .conftest import expire, make_collection

pytestmark = pytest.mark.django_db


def parse(client, url, version):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == version
    return feed


@pytest.mark.parametrize(("kind", "version"), [("rss", "rss20"), ("atom", "atom10")])
def test_collection_feed_lists_exactly_its_items(client, home, content, kind, version):
    collection = make_collection(home, themes=[theme("achterban")])
    expire(content["oud"])
    feed = parse(client, f"{collection.url}{kind}/", version)
    expected = [content["jeugd"], content["wmcz"]]
    assert [entry.title for entry in feed.entries] == [page.title for page in expected]
    assert [entry.link for entry in feed.entries] == [f"http://testserver{page.url}" for page in expected]
    assert [entry.id for entry in feed.entries] == [entry.link for entry in feed.entries]
    assert feed.entries[1].summary == content["wmcz"].intro
    assert feed.entries[1].published_parsed[:3] == (2026, 3, 1)
    if kind == "atom":
        assert feed.entries[1].updated_parsed[:3] == (2026, 3, 1)
    assert [tag.term for tag in feed.entries[1].tags] == [theme("achterban").name]
    assert feed.feed.title.startswith(collection.title)
    html = client.get(collection.url).content.decode()
    assert f'rel="alternate" type="application/{kind}+xml"' in html
    assert f'href="{collection.url}{kind}/"' in html


@pytest.mark.parametrize(("kind", "version"), [("rss", "rss20"), ("atom", "atom10")])
def test_theme_feed_lists_the_newest_items_with_that_theme(client, home, content, kind, version):
    expire(content["wmcz"])
    url = f"{section(ThemeIndexPage, home).url}achterban/"
    feed = parse(client, f"{url}{kind}/", version)
    expected = [content["jeugd"], content["oud"]]
    assert [entry.title for entry in feed.entries] == [page.title for page in expected]
    assert [entry.link for entry in feed.entries] == [f"http://testserver{page.url}" for page in expected]
    html = client.get(url).content.decode()
    assert f'rel="alternate" type="application/{kind}+xml"' in html
    assert f'href="{url}{kind}/"' in html


def test_feeds_are_cut_to_their_size(client, home, content, monkeypatch):
    monkeypatch.setattr("core.feeds.FEED_SIZE", 2)
    theme_url = f"{section(ThemeIndexPage, home).url}achterban/rss/"
    newest = ["Jongeren aan het woord", "De Wmcz uitgelegd"]
    assert [entry.title for entry in parse(client, theme_url, "rss20").entries] == newest
    collection_url = f"{make_collection(home, themes=[theme('achterban')]).url}atom/"
    assert [entry.title for entry in parse(client, collection_url, "atom10").entries] == newest


def test_english_feeds_are_in_english(client, home, content):
    collection = make_collection(home, themes=[theme("achterban")], content_types=["article", "module"])
    translate(content["wmcz"], "en", title="The Wmcz explained", slug="the-wmcz-explained")
    english = CollectionPage.objects.get(pk=translate(collection, "en", title="All about it", slug="all-about-it").pk)
    feed = parse(client, f"{english.url}rss/", "rss20")
    assert feed.feed.language == "en" and [entry.title for entry in feed.entries] == ["The Wmcz explained"]


def test_an_unknown_theme_has_no_feed(client, home):
    assert client.get(f"{section(ThemeIndexPage, home).url}bestaat-niet/rss/").status_code == 404
