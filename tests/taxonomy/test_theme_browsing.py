"""Councils browse by theme and keyword: each page lists exactly its live items, grouped by type."""

import pytest

from articles.models import ArticlePage
from core import listing
from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, sector, theme
from tests.shared_data import module_pages


def build_items(home):
    achterban, kwaliteit = theme("achterban"), theme("kwaliteit-van-zorg")
    return {
        "a1": ArticlePageFactory(title="Artikel over de achterban", themes=[achterban], keywords=["werven"]),
        "a2": ArticlePageFactory(title="Artikel over kwaliteit", themes=[kwaliteit], keywords=["inspectie"]),
        "a3": ArticlePageFactory(title="Tweede artikel over de achterban", themes=[achterban]),
        "m1": ModulePageFactory(title="Module achterban", themes=[achterban, kwaliteit], keywords=["werven"]),
        "e1": PracticalExamplePageFactory(title="Voorbeeld achterban", themes=[achterban]),
        "draft": ArticlePageFactory(title="Concept achterban", themes=[achterban], publish=False, live=False),
    }


_items_once, items = module_pages(build_items, "items")


def titles_in(html, items):
    return {key for key, page in items.items() if page.title in html}


@pytest.mark.django_db
def test_theme_page_lists_exactly_its_live_items(client, items):
    response = client.get("/themas/achterban/")
    html = response.content.decode()
    assert response.status_code == 200
    assert titles_in(html, items) == {"a1", "a3", "m1", "e1"}
    assert 'Artikelen <span class="group__count">(2)</span>' in html


@pytest.mark.django_db
def test_theme_overview_counts_live_items_per_type(client, items):
    html = client.get("/themas/").content.decode()
    achterban = html[html.index('href="/themas/achterban/"') :]
    achterban = achterban[: achterban.index("</li>\n    \n    <li") if "</li>\n    \n    <li" in achterban else None]
    assert "<li>Artikelen: 2</li><li>Modules en trajecten: 1</li><li>Praktijkvoorbeelden: 1</li>" in achterban
    home = client.get("/").content.decode()
    assert 'href="/themas/achterban/">Contact met de achterban <span class="count">4 onderwerpen</span>' in home
    assert 'href="/themas/kwaliteit-van-zorg/">Kwaliteit van zorg <span class="count">2 onderwerpen</span>' in home


@pytest.mark.django_db
def test_sub_theme_is_listed_under_its_parent(client, items):
    html = client.get("/themas/").content.decode()
    assert 'href="/themas/kwaliteit-jeugdzorg/"' not in html, "a theme no visible page uses is not offered"
    ArticlePageFactory(title="Jeugdzorg en kwaliteit", themes=[theme("kwaliteit-jeugdzorg")])
    html = client.get("/themas/").content.decode()
    parent_at = html.index('href="/themas/kwaliteit-van-zorg/"')
    child_at = html.index('href="/themas/kwaliteit-jeugdzorg/"')
    assert child_at > parent_at


@pytest.mark.django_db
def test_keyword_page_lists_exactly_its_items(client, items):
    html = client.get("/trefwoorden/werven/").content.decode()
    assert titles_in(html, items) == {"a1", "m1"}
    overview = client.get("/trefwoorden/").content.decode()
    assert 'href="/trefwoorden/werven/"' in overview and 'href="/trefwoorden/inspectie/"' in overview


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/themas/bestaat-niet/", "/trefwoorden/bestaat-niet/", "/artikelen/bestaat-niet/"])
def test_unknown_theme_keyword_or_page_is_a_proper_404(client, home, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode() or "Page not found" in response.content.decode()


@pytest.mark.django_db
def test_index_page_filters_by_theme_keyword_and_sector(client, items):
    html = client.get("/artikelen/?theme=kwaliteit-van-zorg").content.decode()
    assert titles_in(html, items) == {"a2"}
    html = client.get("/opleidingsgids/?keyword=werven").content.decode()
    assert titles_in(html, items) == {"m1"}


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["theme=bestaat-niet", "sector=%00", "keyword=" + "x" * 500])
def test_unknown_filter_value_is_a_400_with_a_message(client, items, query):
    response = client.get(f"/artikelen/?{query}")
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


@pytest.mark.django_db
def test_index_page_paginates(client, home, monkeypatch):
    monkeypatch.setattr(listing, "PER_PAGE", 2)  # the rule is the same at 12; two pages of it cost less to build
    for number in range(3):  # at least two pages, with or without the module's items
        ArticlePageFactory(title=f"Artikel nummer {number:02d}")
    live = ArticlePage.objects.live().filter(locale__language_code="nl").count()  # with the module's items, if built
    pages = -(-live // 2)
    first = client.get("/artikelen/").content.decode()
    last = client.get(f"/artikelen/?page={pages}").content.decode()
    assert first.count('class="card"') == 2
    assert last.count('class="card"') == live - 2 * (pages - 1)
    assert 'rel="next"' in first
    for odd in ("abc", "0", "²", "①", "1.5"):  # page numbers are digits from 1 to 500 (core.params), else a 400
        response = client.get("/artikelen/", {"page": odd})
        assert response.status_code == 400 and 'role="alert"' in response.content.decode()


@pytest.mark.django_db
def test_theme_page_narrows_to_one_sector(client, home):
    achterban = theme("achterban")
    ArticlePageFactory(title="Achterban in de thuiszorg", themes=[achterban], sectors=[sector("vvt")])
    ArticlePageFactory(title="Achterban in de jeugdzorg", themes=[achterban], sectors=[sector("jeugdzorg")])
    everything = client.get("/themas/achterban/").content.decode()
    assert "Achterban in de thuiszorg" in everything and "Achterban in de jeugdzorg" in everything
    response = client.get("/themas/achterban/?sector=jeugdzorg")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Achterban in de jeugdzorg" in html and "Achterban in de thuiszorg" not in html
    assert '<option value="jeugdzorg" selected>' in html


@pytest.mark.django_db
def test_unknown_sector_on_a_theme_page_is_a_400_with_a_message(client, home):
    response = client.get("/themas/achterban/?sector=bestaat-niet")
    assert response.status_code == 400
    assert "Dit filter bestaat niet" in response.content.decode()
