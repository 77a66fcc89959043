"""/sitemap.xml lists every page a reader may see, theme and keyword pages included, in both languages, at the address
the site is served on and dated by each page's last publication; /robots.txt names it."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import Page

from tests.factories import ArticlePageFactory, theme, translate
from tests.shared_data import module_pages

pytestmark = pytest.mark.django_db

HOST = "kennisbank.example.org"  # not the Wagtail Site's hostname (localhost)
PUBLISHED = timezone.make_aware(datetime.datetime(2021, 3, 4, 10, 0))


def build_pages(home):
    article = ArticlePageFactory(title="Samen sterker", slug="samen-sterker", themes=[theme("achterban")],
                                 keywords=["achterban"])  # fmt: skip
    english = translate(article, "en", title="Stronger together", slug="stronger-together")
    hidden = ArticlePageFactory(
        title="Geheim", slug="geheim", themes=[theme("clientenrechten")], keywords=["geheimpje"]
    )
    hidden.unpublish()
    Page.objects.filter(pk=article.pk).update(last_published_at=PUBLISHED)  # published long before the import day
    return {"article": article, "english": english, "hidden": hidden}


_pages_once, pages = module_pages(build_pages, "pages")


def entries(xml):
    """{location: (lastmod, {hreflang: alternate})} of every <url> in the sitemap."""
    found = {}
    for block in re.findall(r"<url>(.*?)</url>", xml, re.S):
        location = re.search(r"<loc>(.*?)</loc>", block).group(1)
        lastmod = re.search(r"<lastmod>(.*?)</lastmod>", block)
        alternates = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', block))
        found[location] = (lastmod and lastmod.group(1), alternates)
    return found


def test_sitemap_lists_reader_pages_with_theme_and_keyword_pages_at_the_served_address(client, pages):
    response = client.get("/sitemap.xml", HTTP_HOST=HOST, secure=True)
    assert response.status_code == 200
    found = entries(response.content.decode())
    base = f"https://{HOST}"
    assert all(location.startswith(f"{base}/") for location in found), "every address on the host of the request"
    article, english = f"{base}{pages['article'].url}", f"{base}{pages['english'].url}"
    dutch_theme, english_theme = f"{base}/themas/achterban/", f"{base}/en/themes/people-you-represent/"
    for location in (f"{base}/", f"{base}/en/", article, english, dutch_theme, english_theme,
                     f"{base}/themas/", f"{base}/trefwoorden/", f"{base}/trefwoorden/achterban/",
                     f"{base}/en/keywords/achterban/"):  # fmt: skip
        assert location in found, location
    # dated by the last publication, not by the day the page was imported or the sitemap was asked for
    assert found[article][0] == "2021-03-04"
    assert found[dutch_theme][0] == "2021-03-04", "a theme page is as new as the newest page it lists"
    assert found[english][0] == timezone.localdate().isoformat()
    assert found[dutch_theme][1] == {"nl": dutch_theme, "en": english_theme, "x-default": dutch_theme}
    assert found[article][1] == {"nl": article, "en": english, "x-default": article}
    # nothing only an unpublished page uses: not the page, its theme or its keyword
    assert not [location for location in found if re.search("geheim|clientenrechten|client-rights", location)]


def test_robots_txt_names_the_sitemap_at_the_served_address(client, pages):
    response = client.get("/robots.txt", HTTP_HOST=HOST)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines and f"Sitemap: http://{HOST}/sitemap.xml" in lines
