"""A reader scans a theme page: contents with counts, guidance first, articles newest first; feeds in plain words;
collections linked from the home page and from the themes they are about, only when a reader may see them."""

import datetime
import re

from articles.models import CollectionPage, ModulePage
from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, sector, theme
from tests.shared_data import module_pages

DAY = datetime.date(2025, 6, 1)
Kind = ModulePage.Kind


def collection(home, title, themes, live=True):
    page = CollectionPage(title=title, slug=title.lower().replace(" ", "-"), intro="", live=live)
    home.add_child(instance=page)
    page.themes.set(themes)
    revision = page.save_revision()
    if live:
        revision.publish()
    return page


def build(home):
    achterban, kwaliteit = theme("achterban"), theme("kwaliteit-van-zorg")
    pages = {
        # Titles chosen so that alphabetical order would put the basic course last and coaching first.
        "coaching": ModulePageFactory(title="Aan de slag met coaching", kind=Kind.COACHING, themes=[achterban]),
        "training-b": ModulePageFactory(title="Bijeenkomsten leiden", kind=Kind.TRAINING, themes=[achterban]),
        "training-a": ModulePageFactory(title="Achterban raadplegen", kind=Kind.TRAINING, themes=[achterban]),
        "basic": ModulePageFactory(title="Zo werkt een cliëntenraad", kind=Kind.BASISCURSUS, themes=[achterban]),
        "example": PracticalExamplePageFactory(
            title="Een enquête onder bewoners", themes=[achterban], sectors=[sector("jeugdzorg")]
        ),  # fmt: skip
        "collection": collection(home, "Alles over de achterban", [achterban]),
        "other-collection": collection(home, "Alles over kwaliteit", [kwaliteit]),
        "draft-collection": collection(home, "Geheime verzameling", [achterban], live=False),
    }
    # Nine articles, the oldest (a 2020 event report) first: one more than a group shows.
    pages["report"] = ArticlePageFactory(title="Verslag van de ledendag", themes=[achterban],
                                         publication_date=datetime.date(2020, 3, 1))  # fmt: skip
    for n in range(8):
        pages[f"article-{n}"] = ArticlePageFactory(title=f"Artikel {n}", themes=[achterban],
                                                   publication_date=DAY + datetime.timedelta(days=n))  # fmt: skip
    return pages


_pages_once, pages = module_pages(build, "pages")


def sections(html):
    """[(group id, heading count, [item titles])] in page order."""
    found = []
    for code, body in re.findall(r'<section class="group" id="([\w-]+)"(.*?)</section>', html, flags=re.S):
        count = re.search(r'class="group__count">\((\d+)\)', body)
        titles = re.findall(r'<li><a href="[^"]+">([^<]+)</a>', body)
        found.append((code, int(count.group(1)) if count else None, titles))
    return found


def test_theme_page_shows_contents_and_guidance_first(client, pages):
    response = client.get("/themas/achterban/")
    html = response.content.decode()
    assert response.status_code == 200
    contents = re.search(r'<nav class="contents" aria-label="Op deze pagina">(.*?)</nav>', html, flags=re.S).group(1)
    assert re.findall(r'href="#([\w-]+)">([^<]+)</a>', contents) == [
        ("group-module", "Modules en trajecten (4)"),
        ("group-example", "Praktijkvoorbeelden (1)"),
        ("group-article", "Artikelen (9)"),
        ("collections", "Collecties (1)"),
    ]
    assert html.index('<nav class="contents"') < html.index('<form class="filters')  # contents first, then filter
    groups = sections(html)
    assert [code for code, _count, _titles in groups] == ["group-module", "group-example", "group-article",
                                                          "collections"]  # fmt: skip
    modules, examples, articles = groups[0][2], groups[1][2], groups[2][2]
    assert modules == [pages[key].title for key in ("basic", "training-a", "training-b", "coaching")]
    assert examples == ["Een enquête onder bewoners"]
    assert groups[0][1] == 4 and groups[1][1] == 1 and groups[2][1] == 9  # heading counts: every item, shown or not
    # Articles newest first; a long group shows eight and links to all of them in search, by theme and type.
    assert articles == [f"Artikel {n}" for n in range(7, -1, -1)]
    assert "Verslag van de ledendag" not in html[html.index('id="groups"') :]  # (the learning path may name it)
    assert 'href="/zoeken/?theme=achterban&amp;type=article">Toon alle 9 artikelen</a>' in html
    assert "Verslag van de ledendag" in client.get("/zoeken/?theme=achterban&type=article").content.decode()
    # Each module says its kind, so the order is visible.
    assert '>Zo werkt een cliëntenraad</a> <span class="item-list__meta">Basiscursus</span>' in html


def test_sector_filter_keeps_the_order_and_lands_on_the_groups(client, pages):
    html = client.get("/themas/achterban/?sector=jeugdzorg").content.decode()
    assert 'action="/themas/achterban/#groups"' in html and 'id="groups"' in html
    assert [(code, count, titles) for code, count, titles in sections(html) if code != "collections"] == [
        ("group-example", 1, ["Een enquête onder bewoners"])
    ]
    assert 'href="#group-example">Praktijkvoorbeelden (1)</a>' in html and "#group-module" not in html


def test_feed_box_below_the_content_in_plain_words(client, pages):
    html = client.get("/themas/achterban/").content.decode()
    assert "RSS-feed" not in html and "Volg deze lijst" not in html
    box = html.index('<aside class="follow-box"')
    assert box > html.index('id="group-article"'), "the feed box comes after the content"
    assert "Blijf op de hoogte" in html[box:]
    assert "Met een nieuwslezer-app krijg je nieuwe artikelen uit deze lijst automatisch te zien" in html[box:]
    assert 'href="http://testserver/themas/achterban/rss/"' in html[box:]
    assert ">http://testserver/themas/achterban/rss/</a>" in html[box:]
    assert '<link rel="alternate" type="application/rss+xml"' in html[: html.index("</head>")]
    listing = client.get(pages["collection"].url).content.decode()
    assert listing.index('<aside class="follow-box"') > listing.index('id="results-title"')
    assert "RSS-feed" not in listing and f">http://testserver{pages['collection'].url}rss/</a>" in listing


def test_collections_linked_from_home_and_their_themes_never_an_invisible_one(client, pages):
    home = client.get("/").content.decode()
    section = home[home.index('id="collections-title"') :]
    section = section[: section.index("</section>")]
    assert ">Collecties</h2>" in section
    assert f'href="{pages["collection"].url}">Alles over de achterban</a>' in section
    assert f'href="{pages["other-collection"].url}">Alles over kwaliteit</a>' in section
    # the ways in come first: on a phone each latest article's card takes most of a screen
    assert home.index('id="themes-title"') < home.index('id="collections-title"') < home.index('id="latest-title"')
    theme_page = client.get("/themas/achterban/").content.decode()
    assert f'href="{pages["collection"].url}">Alles over de achterban</a>' in theme_page
    assert "Alles over kwaliteit" not in theme_page, "a collection about another theme"
    english_home = client.get("/en/").content.decode()
    assert "Alles over de achterban" not in english_home, "only the current language's collections"
    for html in (home, theme_page):
        assert "Geheime verzameling" not in html and pages["draft-collection"].slug not in html
