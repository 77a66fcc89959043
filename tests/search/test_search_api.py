"""The JSON API and the search page: the promised shape, and a 400 for every bad parameter, never a 500."""

import pytest

pytestmark = pytest.mark.django_db


def test_api_answers_with_results_and_facets(client, corpus):
    data = client.get("/api/search/", {"q": "achterban", "lang": "nl"}).json()
    assert set(data) >= {"query", "count", "page", "pages", "backend", "results", "facets"}
    assert data["backend"] in {"opensearch", "elasticsearch", "database"}
    assert data["count"] == 2
    result = data["results"][0]
    assert set(result) >= {"title", "url", "type", "intro", "themes", "keywords", "sectors", "date", "highlight"}
    assert {"slug": "achterban", "name": "Contact met de achterban"} in result["themes"]
    assert set(data["facets"]) == {"type", "theme", "keyword", "sector"}


def test_api_empty_query_browses_newest_first(client, corpus):
    data = client.get("/api/search/", {"type": "module"}).json()
    assert data["count"] == 2 and {r["type"] for r in data["results"]} == {"module"}


@pytest.mark.parametrize(
    "params",
    [
        {"page": "0"},
        {"page": "abc"},
        {"page": "99999999999999999999"},
        {"sort": "random"},
        {"lang": "fr"},
        {"type": "video"},
        {"theme": "<script>"},
        {"keyword": ["a"] * 11},
    ],
)
def test_bad_parameters_get_a_400_with_a_message(client, corpus, params):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    assert response.json()["error"]
    assert client.get("/zoeken/", params).status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "(",
        "achterban AND OR",
        "*",
        "~",
        "\\",
        "' OR 1=1 --",
        "🙂",
        "a" * 200,
        "x" * 201,
        "a\x00b",
        "achterban\x01",
    ],
)
def test_strange_queries_never_fail(client, corpus, query):
    assert client.get("/api/search/", {"q": query}).status_code == 200
    assert client.get("/zoeken/", {"q": query}).status_code == 200


def test_search_page_shows_facets_as_links_and_results(client, corpus):
    html = client.get("/zoeken/", {"q": "achterban"}).content.decode()
    assert "Jongeren bedenken zelf de vragen" in html
    assert "type=example" in html and "Praktijkvoorbeelden" in html
    narrowed = client.get("/zoeken/", {"q": "achterban", "type": "example"}).content.decode()
    assert "Zo bereik je de achterban" not in narrowed


def test_empty_result_offers_a_spelling_and_themes(client, corpus):
    html = client.get("/zoeken/", {"q": "begrotnig"}).content.decode()
    if "Niets gevonden" in html:  # the engine forgives the typo; the database backend suggests a spelling
        assert "begroting" in html


def test_autocomplete_api(client, corpus):
    data = client.get("/api/search/autocomplete/", {"q": "wer"}).json()
    assert any(item["label"] == "werven" for item in data["suggestions"])
    assert client.get("/api/search/autocomplete/", {"q": "x" * 300}).status_code == 200  # any text is a query
