"""Every page type renders for a reader, in a bounded number of SQL queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, sector, theme

MAX_QUERIES = 10


@pytest.fixture
def content(home):
    article = ArticlePageFactory(
        title="Koffiegesprekken met bewoners", themes=[theme("achterban")], keywords=["achterban"]
    )
    module = ModulePageFactory(title="In gesprek met je achterban", themes=[theme("achterban")], keywords=["achterban"])
    example = PracticalExamplePageFactory(
        title="Een huiskamer vol vragen",
        themes=[theme("achterban")],
        sectors=[sector("vvt")],
        keywords=["achterban"],
        source_article=article,
    )
    return {"article": article, "module": module, "example": example}


def page_urls(content):
    return {
        "home": "/",
        "article": content["article"].url,
        "module": content["module"].url,
        "example": content["example"].url,
        "article index": "/artikelen/",
        "module index": "/opleidingsgids/",
        "example index": "/praktijkvoorbeelden/",
        "theme overview": "/themas/",
        "theme": "/themas/achterban/",
        "keyword overview": "/trefwoorden/",
        "keyword": "/trefwoorden/achterban/",
    }


@pytest.mark.django_db
def test_every_page_type_renders(client, content):
    for name, url in page_urls(content).items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert b'class="skip-link" href="#main"' in response.content, name
        assert b'<main id="main"' in response.content, name


@pytest.mark.django_db
def test_every_page_type_renders_within_the_query_budget(client, content):
    """Measured on the second request, as readers get it: the site chrome is cached after the first."""
    for name, url in page_urls(content).items():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        assert len(queries) <= MAX_QUERIES, f"{name}: {len(queries)} queries\n" + "\n".join(
            q["sql"][:150] for q in queries
        )


@pytest.mark.django_db
def test_article_shows_its_themes_keywords_and_edition(client, content):
    html = client.get(content["article"].url).content.decode()
    assert "Koffiegesprekken met bewoners" in html
    assert 'href="/themas/achterban/"' in html
    assert 'href="/trefwoorden/achterban/"' in html
    assert "Zorg en Zeggenschap, voorjaar 2025" in html


@pytest.mark.django_db
def test_practical_example_links_to_its_article(client, content):
    html = client.get(content["example"].url).content.decode()
    assert f'href="{content["article"].url}"' in html
    assert "Verpleeg- en verzorgingshuizen en thuiszorg" in html


@pytest.mark.django_db
def test_module_shows_kind_and_duration(client, content):
    html = client.get(content["module"].url).content.decode()
    assert "Trainingsmodule" in html or "Training module" in html
    assert "2 dagdelen" in html


@pytest.mark.django_db
def test_draft_pages_are_not_served(client, home):
    draft = ArticlePageFactory(title="Nog niet klaar", publish=False, live=False)
    assert client.get(draft.url).status_code == 404
    assert "Nog niet klaar" not in client.get("/artikelen/").content.decode()


@pytest.mark.django_db
def test_sitemap_lists_every_live_page(client, content):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    for page in content.values():
        assert f"{page.url}</loc>".encode() in response.content
