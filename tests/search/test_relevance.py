"""Relevance where the whole word wins (issue 17, point 1), on whichever backend this run is configured with."""

import pytest
from django.db import connection
from django.urls import reverse

from search import service
from search.params import SearchParams
from search.service import engine_backend
from tests.factories import ArticlePageFactory, ModulePageFactory, theme
from tests.shared_data import module_pages

pytestmark = pytest.mark.django_db

FILLER = "De raad bespreekt de zorg en de organisatie met de bestuurder. "


def build(home):
    return {
        # The item about the compound: the whole word once, in the title.
        "compound": ArticlePageFactory(title="Zorgorganisatie kiezen", intro="Waar let je op bij een overstap?"),
        # Items that merely contain its parts, many times.
        **{f"part{n}": ArticlePageFactory(title=f"Zorg en organisatie {n}", intro=FILLER * 4) for n in range(3)},
        "bereiken": ArticlePageFactory(title="Bewoners bereiken", intro="Zo spreek je mensen thuis aan."),
        "werkplan": ModulePageFactory(title="Het werkplan van het jaar", intro="Prioriteiten voor de komende tijd."),
        "split": ArticlePageFactory(title="Een klankbord groep starten", intro="Mensen die meedenken."),
        "werven": ModulePageFactory(
            title="Nieuwe leden werven",
            intro="Werving van leden voor de cliëntenraad.",
            themes=[theme("organiseren-medezeggenschap")],
        ),  # fmt: skip
        "achterban": ArticlePageFactory(title="Achterban raadplegen", intro="Een enquête onder bewoners."),
    }


_relevance_once, relevance = module_pages(build, "relevance")


def titles(query, **kwargs):
    return [hit.card.title for hit in service.search(SearchParams(query=query, **kwargs), log=False).hits]


def test_the_whole_word_outranks_its_parts_and_stems_and_compounds_match(relevance):
    assert titles("zorgorganisatie")[0] == relevance["compound"].title
    assert relevance["bereiken"].title in titles("bereik")  # stemming, SQLite too
    assert titles("werk plan")[0] == relevance["werkplan"].title  # split in the query, joined in the text
    if engine_backend() is not None:  # joined in the query, split in the text: the engine's `.joined` sub-field
        assert titles("klankbordgroep")[0] == relevance["split"].title


def test_a_long_question_finds_its_content_words_not_the_whole_site(relevance):
    found = titles("hoe werven we nieuwe leden voor de cliëntenraad")
    assert found[0] == relevance["werven"].title
    assert len(found) <= 2, found  # not every page that has "de", "voor" or "raad"


def test_a_typo_still_finds_the_page_and_no_result_shows_the_correction(relevance):
    response = service.search(SearchParams(query="achterbam"), log=False)
    assert [hit.card.title for hit in response.hits][:1] == [relevance["achterban"].title]
    if engine_backend() is None and connection.vendor == "sqlite":  # no typo tolerance: the correction answers
        assert response.corrected == "achterban"
    assert service.search(SearchParams(query="xqzwv"), log=False).count == 0


def test_the_search_page_shows_the_correction_it_answers_with(client, relevance):
    page = client.get(reverse("search"), {"q": "achterbam"}).content.decode()
    assert relevance["achterban"].title in page
    answer = client.get(reverse("search_api"), {"q": "achterbam"}).json()
    if engine_backend() is None and connection.vendor == "sqlite":
        assert "dit zijn de resultaten voor “achterban”" in page
        assert answer["corrected"] == "achterban"  # the API says so too
    else:
        assert answer["corrected"] == ""
