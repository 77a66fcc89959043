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
    assert [entry.title for entry in feed.entries] == ["Jongeren aan het woord", "De Wmcz uitgelegd"]
    assert feed.entries[1].link == f"http://testserver{content['wmcz'].url}"
    assert theme("achterban").name in [tag.term for tag in feed.entries[1].tags]
    assert feed.feed.title.startswith(collection.title)
    assert f'href="{collection.url}{kind}/"' in client.get(collection.url).content.decode()  # linked from the page


@pytest.mark.parametrize(("kind", "version"), [("rss", "rss20"), ("atom", "atom10")])
def test_theme_feed_lists_the_newest_items_with_that_theme(client, home, content, kind, version):
    url = f"{section(ThemeIndexPage, home).url}achterban/"
    feed = parse(client, f"{url}{kind}/", version)
    assert [entry.title for entry in feed.entries] == [
        "Jongeren aan het woord", "De Wmcz uitgelegd", "Archief over inspraak"]  # fmt: skip
    assert f'href="{url}{kind}/"' in client.get(url).content.decode()


def test_english_feeds_are_in_english(client, home, content):
    collection = make_collection(home, themes=[theme("achterban")], include_examples=False)
    translate(content["wmcz"], "en", title="The Wmcz explained", slug="the-wmcz-explained")
    english = CollectionPage.objects.get(pk=translate(collection, "en", title="All about it", slug="all-about-it").pk)
    feed = parse(client, f"{english.url}rss/", "rss20")
    assert feed.feed.language == "en" and [entry.title for entry in feed.entries] == ["The Wmcz explained"]


def test_an_unknown_theme_has_no_feed(client, home):
    assert client.get(f"{section(ThemeIndexPage, home).url}bestaat-niet/rss/").status_code == 404
