"""The language switch on a page without a translation says so, and the way back leads to the page the reader left.

A Dutch page without English: its switch reads "English, not yet available" and leads to the English home page with
`?untranslated=<page id>`; there the notice's link and the switch to Nederlands lead back to that page. The same the
other way round. The id is only a way back when a reader may see that page; anything else is the plain home link.
"""

import re

import pytest
from wagtail.models import Locale, PageViewRestriction

from articles.models import ArticleIndexPage
from tests.factories import ArticlePageFactory
from tests.shared_data import module_pages

pytestmark = pytest.mark.django_db

BACK = "Back to the page you were reading"


def build_pages(home):
    english_index = ArticleIndexPage.objects.get(locale=Locale.objects.get(language_code="en"))
    restricted = ArticlePageFactory(title="Alleen voor de redactie", slug="alleen-redactie")
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="geheim")
    return {
        "dutch_only": ArticlePageFactory(title="Alleen in het Nederlands", slug="alleen-nl"),
        "english_only": ArticlePageFactory(
            title="Only in English", slug="only-english", parent=english_index, locale=english_index.locale
        ),  # fmt: skip
        "draft": ArticlePageFactory(title="Nog een concept", slug="concept", live=False, publish=False),
        "restricted": restricted,
    }


_pages_once, pages = module_pages(build_pages, "pages")


def switch(html, language):
    """(href, text) of the switcher's link to `language`."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    match = re.search(rf'<a href="([^"]*)" hreflang="{language}" lang="{language}"[^>]*>([^<]*)</a>', nav)
    return match and (match.group(1).replace("&amp;", "&"), match.group(2))


def back_link(html):
    match = re.search(rf'<a href="([^"]*)" hreflang="[a-z]+">{BACK}|<a href="([^"]*)" hreflang="[a-z]+">Terug', html)
    return match and (match.group(1) or match.group(2))


def test_dutch_page_without_english_marks_the_switch_and_the_way_back_returns_to_it(client, pages):
    article = pages["dutch_only"]
    html = client.get(article.url).content.decode()
    assert switch(html, "en") == (f"/en/?untranslated={article.pk}", "English, not yet available")
    assert 'rel="nofollow">English, not yet available' in html, "search engines do not follow it"

    english_home = client.get(f"/en/?untranslated={article.pk}").content.decode()
    assert '<html lang="en">' in english_home
    assert "is not available in this language yet" in english_home
    assert back_link(english_home) == article.url
    assert switch(english_home, "nl") == (article.url, "Nederlands"), "the switch back leads to the page, not home"


def test_english_page_without_dutch_marks_the_switch_in_dutch_and_returns(client, pages):
    page = pages["english_only"]
    html = client.get(page.url).content.decode()
    assert switch(html, "nl") == (f"/?untranslated={page.pk}", "Nederlands, nog niet beschikbaar")

    dutch_home = client.get(f"/?untranslated={page.pk}").content.decode()
    assert "Terug naar de pagina die je las" in dutch_home
    assert back_link(dutch_home) == page.url
    assert switch(dutch_home, "en") == (page.url, "English")


def test_a_way_back_is_offered_only_to_a_page_a_reader_may_see(client, pages):
    hidden = {"draft": pages["draft"], "restricted": pages["restricted"]}
    values = ["abc", "", "1", "0", "999999", "9999999999", "-5", "12abc", "\u0661\u0662", "%0A",
              "https://example.com/", str(hidden["draft"].pk), str(hidden["restricted"].pk)]  # fmt: skip
    for value in values:
        response = client.get("/en/", {"untranslated": value})
        html = response.content.decode()
        assert response.status_code == 200, value
        assert "is not available in this language yet" in html, value
        assert BACK not in html, value
        assert switch(html, "nl") == ("/", "Nederlands"), value
        assert "example.com" not in html and "Alleen voor de redactie" not in html and "concept" not in html, value


def test_one_readers_way_back_never_shows_in_another_readers_page(client, pages):
    article = pages["dutch_only"]
    client.get(f"/en/?untranslated={article.pk}")
    plain = client.get("/en/").content.decode()
    assert switch(plain, "nl") == ("/", "Nederlands")
    assert "is not available in this language yet" not in plain and article.url not in plain
