"""The small things a reader notices, in both languages: keywords in reading order, "je" throughout, the site's own
name in each language, and a home page title that names the site once."""

import re

from tests.factories import ArticlePageFactory
from tests.shared_data import module_pages

KEYWORDS = ["zorgplan", "Cliëntenraad", "achterban", "Begroting", "cliënt", "Communicatie", "ceo"]
READING_ORDER = ["achterban", "Begroting", "ceo", "cliënt", "Cliëntenraad", "Communicatie", "zorgplan"]


def build(home):
    return {"article": ArticlePageFactory(title="Een begroting lezen", keywords=KEYWORDS)}


_pages_once, pages = module_pages(build, "pages")


def title(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


def test_keywords_are_listed_without_regard_to_capitals_or_accents(client, pages):
    overview = client.get("/trefwoorden/").content.decode()
    listed = re.findall(r'<a href="/trefwoorden/[^"]+/">([^<]+?) <span class="count">', overview)
    assert listed == READING_ORDER
    suggested = [s["label"] for s in client.get("/api/search/autocomplete/", {"q": "cl"}).json()["suggestions"]]
    assert suggested[:2] == ["cliënt", "Cliëntenraad"]
    page = client.get(pages["article"].url).content.decode()
    on_the_page = re.findall(r'<li><a href="/trefwoorden/[^"]+/">([^<]+)</a></li>', page)
    assert on_the_page == READING_ORDER
    listing = client.get("/artikelen/").content.decode()
    in_the_filter = [name for name in re.findall(r'<option value="[^"]*"[^>]*>([^<]+)</option>', listing)
                     if name in KEYWORDS]  # fmt: skip
    assert in_the_filter == READING_ORDER


def test_a_mistyped_query_shows_its_correction_and_never_says_u(client, pages):
    html = client.get("/zoeken/", {"q": "begrotinx"}).content.decode()  # the correction's results at once (issue 17)
    assert "dit zijn de resultaten voor “begroting”" in html and "Bedoelde u" not in html


def test_each_language_names_the_site_in_its_own_words_and_the_home_page_once(client, pages):
    dutch, english = client.get("/").content.decode(), client.get("/en/").content.decode()
    assert title(dutch) == "Kennisbank Medezeggenschap"
    assert title(english) == "Client Participation Knowledge Base"
    assert '<span class="site-logo__name">Client Participation Knowledge Base</span>' in english
    assert "Kennisbank Medezeggenschap" not in english
    article = client.get(pages["article"].url).content.decode()
    assert title(article) == "Een begroting lezen | Kennisbank Medezeggenschap"
