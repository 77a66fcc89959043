"""Results first on a phone: the facets behind a Filter disclosure that counts the chosen ones, the chosen ones as
removable links beside the results, and every filter, sort and page link landing on the results (#results)."""

import re
from html import unescape

import pytest

from core import listing

pytestmark = pytest.mark.django_db


def links(html, within):
    """The hrefs inside the first element whose opening tag contains `within`, up to its closing tag."""
    start = html.index(within)
    tag = re.match(r"<(\w+)", html[html.rindex("<", 0, start + 1) :]).group(1)
    part = html[start : html.index(f"</{tag}>", start)]
    return [unescape(href) for href in re.findall(r'href="([^"]*)"', part)]


def summary(html):
    return " ".join(re.sub(r"<[^>]+>", "", re.search(r"<summary>(.*?)</summary>", html, re.S).group(1)).split())


def test_filter_sort_and_chip_links_land_on_the_results_and_the_disclosure_counts_the_chosen(client, corpus):
    html = client.get("/zoeken/", {"q": "achterban"}).content.decode()
    assert '<details class="filter-toggle"' in html and summary(html) == "Filteren"
    facets = links(html, 'class="filters facets"')
    assert facets and all(href.startswith("?q=achterban&") and href.endswith("#results") for href in facets)
    assert "?q=achterban&type=example#results" in facets
    sort = links(html, 'class="sort"')
    assert sort == ["?q=achterban&sort=newest#results"]
    assert 'class="chosen-filters"' not in html

    html = client.get("/zoeken/", {"q": "achterban", "type": "example", "theme": "achterban"}).content.decode()
    assert summary(html) == "Filteren (2 gekozen)"
    chips = re.findall(r'<li><a href="([^"]*)">([^<]*) <span aria-hidden', html)
    assert [(unescape(href), text) for href, text in chips] == [
        ("?q=achterban&theme=achterban#results", "Soort: Praktijkvoorbeelden"),
        ("?q=achterban&type=example#results", "Thema: Contact met de achterban"),
    ]
    assert "?q=achterban#results" in links(html, 'class="chosen-filters"')  # and all of them at once
    assert "(dit filter weghalen)" in html


def test_a_section_listings_filters_land_on_its_results_and_stay_in_view_when_chosen(client, corpus, monkeypatch):
    monkeypatch.setattr(listing, "PER_PAGE", 1)  # two pages, for the pagination's links
    html = client.get("/opleidingsgids/", {"theme": "organiseren-medezeggenschap"}).content.decode()
    assert 'action="/opleidingsgids/#results"' in html and '<section class="results" id="results"' in html
    assert html.index("<summary>") < html.index('<form class="filters"')
    assert summary(html) == "Filteren (1 gekozen)"
    chosen = html[html.index('class="chosen-filters"') : html.index('<section class="results"')]
    assert "<li>Thema: Organiseren en vernieuwen medezeggenschap</li>" in chosen
    assert links(html, 'class="chosen-filters"') == ["/opleidingsgids/#results"]
    unfiltered = client.get("/opleidingsgids/").content.decode()
    assert 'class="chosen-filters"' not in unfiltered and summary(unfiltered) == "Filteren"
    assert links(unfiltered, 'class="pagination"') == ["?page=2#results"]
