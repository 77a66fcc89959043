"""A reader searches in the language they read: English pages for English searches, Dutch for Dutch, on any backend."""

import pytest

from search import service
from search.params import SearchParams
from search.related import related_items
from tests.factories import ArticlePageFactory, ModulePageFactory, theme, translate
from tests.shared_data import module_pages

pytestmark = pytest.mark.django_db


def build_bilingual(home):
    article = ArticlePageFactory(title="Vrijwilligers werven voor de cliëntenraad", slug="vrijwilligers-werven",
                                 intro="Hoe de raad vrijwilligers vindt.", themes=[theme("achterban")],
                                 keywords=["werven"])  # fmt: skip
    english = translate(article, "en", title="Recruiting volunteers for the client council", slug="recruiting",
                        intro="How the council finds new volunteers.")  # fmt: skip
    module = ModulePageFactory(title="Vergaderen met de bestuurder", slug="vergaderen",
                               intro="Een training over overleg.", themes=[theme("achterban")])  # fmt: skip
    return {"article": article, "english": english, "module": module}


_bilingual_once, bilingual = module_pages(build_bilingual, "bilingual")


def found(query, language):
    return [hit.card.pk for hit in service.search(SearchParams(query=query, language=language)).hits]


def test_english_search_finds_the_english_page_and_dutch_search_the_dutch_one(bilingual):
    assert found("volunteers", "en") == [bilingual["english"].pk]
    assert found("volunteers", "nl") == []
    assert found("vrijwilligers", "nl") == [bilingual["article"].pk]
    assert found("vrijwilligers", "en") == []


@pytest.mark.engine
def test_the_engine_analyses_english_as_english_and_dutch_as_dutch(bilingual):
    assert found("recruit", "en") == [bilingual["english"].pk], "English stemming: recruit finds recruiting"
    assert found("the recruiting", "en") == [bilingual["english"].pk], "English stop words"
    assert found("vrijwilliger", "nl") == [bilingual["article"].pk], "Dutch stemming"


@pytest.mark.postgres
def test_postgres_analyses_english_as_english_and_dutch_as_dutch(bilingual):
    from search import database

    def on_database(query, language):
        params = SearchParams(query=query, language=language)
        locale_id = service.locale_id_for(language)
        return [hit.card.pk for hit in database.search(params, locale_id, [query]).hits]

    assert on_database("recruit", "en") == [bilingual["english"].pk], "English stemming: recruit finds recruiting"
    assert on_database("vrijwilliger", "nl") == [bilingual["article"].pk], "Dutch stemming"


def test_the_translation_carries_the_english_themes(bilingual):
    english = bilingual["english"]
    assert [t.locale.language_code for t in english.themes.all()] == ["en"]
    assert english.themes.get().translation_key == theme("achterban").translation_key


def test_browsing_and_facets_stay_in_the_language(bilingual):
    response = service.search(SearchParams(language="en"))
    assert [hit.card.pk for hit in response.hits] == [bilingual["english"].pk]
    assert response.facets["theme"] == {"people-you-represent": 1}


def test_the_api_respects_lang(client, bilingual):
    results = client.get("/api/search/", {"q": "volunteers", "lang": "en"}).json()["results"]
    assert [r["url"] for r in results] == [bilingual["english"].url]
    assert results[0]["themes"] == [{"slug": "people-you-represent", "name": "Contact with the people you represent"}]


def test_autocomplete_and_related_content_stay_in_the_language(client, bilingual):
    labels = [
        s["label"] for s in client.get("/api/search/autocomplete/", {"q": "recr", "lang": "en"}).json()["suggestions"]
    ]
    assert labels == ["Recruiting volunteers for the client council"]
    for language, expected in [("nl", True), ("en", False)]:
        answer = client.get("/api/search/autocomplete/", {"q": "werv", "lang": language}).json()
        assert ("werven" in [s["label"] for s in answer["suggestions"]]) is expected, "keywords stay in the language"
    assert related_items(bilingual["english"]) == [], "the Dutch module has no English translation"
    assert [card.pk for card in related_items(bilingual["article"])] == [bilingual["module"].pk]


def test_the_english_search_page_lists_english_results(client, bilingual):
    html = client.get("/en/search/", {"q": "volunteers"}).content.decode()
    assert "Recruiting volunteers" in html and "Vrijwilligers werven" not in html
