"""The read-only content API (/api/v1/): what a council's portal can read, and only what a reader may see."""

import pytest
from django.urls import reverse

PAGES = "/api/v1/pages/"


def ids(response):
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


def test_lists_filter_by_type_theme_keyword_sector_language_and_date(client, corpus):
    article, module, example = corpus["article"], corpus["module"], corpus["example"]
    assert ids(client.get(PAGES)) == [article.pk, module.pk, example.pk], "newest first, Dutch by default"
    assert ids(client.get(PAGES, {"type": ["module", "example"]})) == [module.pk, example.pk]
    assert ids(client.get(PAGES, {"theme": "achterban"})) == [article.pk, module.pk]
    assert ids(client.get(PAGES, {"theme": "achterban", "sector": "ggz"})) == [article.pk]
    assert ids(client.get(PAGES, {"keyword": "inspraak", "type": "module"})) == [module.pk]
    assert ids(client.get(PAGES, {"since": "2025-02-01", "until": "2025-02-28"})) == [module.pk]
    assert ids(client.get(PAGES, {"lang": "en"})) == [corpus["english"].pk]
    data = client.get(PAGES, {"page": "2"}).json()
    assert (data["count"], data["page"], data["pages"], data["results"]) == (3, 2, 1, [])
    first = client.get(PAGES, {"theme": "achterban"}).json()["results"][0]
    assert first["themes"] == [{"slug": "achterban", "name": "Contact met de achterban"}]
    assert first["keywords"] == [{"slug": "inspraak", "name": "Inspraak"}]
    assert [item["slug"] for item in first["sectors"]] == ["ggz"] and first["sectors"][0]["name"]
    assert first["url"].startswith("http://testserver/") and first["url"].endswith(f"/{article.slug}/")
    assert first["api_url"] == f"http://testserver/api/v1/pages/{article.pk}/"
    assert (first["type"], first["language"], first["publication_date"]) == ("article", "nl", "2025-03-01")


def test_a_page_has_its_body_translations_related_items_and_own_fields(client, corpus):
    article, module, example = corpus["article"], corpus["module"], corpus["example"]
    data = client.get(f"{PAGES}{article.pk}/").json()
    assert isinstance(data["body"], str)
    assert data["translations"] == [{"language": "en", "url": data["translations"][0]["url"],
                                     "api_url": f"http://testserver/api/v1/pages/{corpus['english'].pk}/"}]  # fmt: skip
    assert data["translations"][0]["url"].endswith("/en/" + data["translations"][0]["url"].split("/en/")[1])
    assert module.pk in [item["id"] for item in data["related"]], "shares the theme and the keyword"
    assert corpus["draft"].pk not in [item["id"] for item in data["related"]]
    data = client.get(f"{PAGES}{module.pk}/").json()
    assert data["module"] == {"kind": "trainingsmodule", "kind_label": "Trainingsmodule", "duration": "2 dagdelen",
                              "guide_section": "Achterban", "target_group": "Nieuwe leden"}  # fmt: skip
    assert data["translations"] == [] and data["example"] is None
    data = client.get(f"{PAGES}{example.pk}/").json()
    assert data["example"]["organisation"] == "Cliëntenraad Zwolle"
    assert "Cliëntenraad Zwolle" in client.get(f"{PAGES}{example.pk}/").content.decode("utf-8"), "UTF-8, not \\u00eb"
    assert data["example"]["source_article"]["id"] == article.pk
    english = client.get(f"{PAGES}{corpus['english'].pk}/").json()
    assert (english["language"], english["type_label"]) == ("en", "article")
    assert english["translations"][0]["language"] == "nl"


def test_hidden_pages_and_the_words_only_they_use_never_show(client, corpus):
    for name in ("draft", "expired"):
        response = client.get(f"{PAGES}{corpus[name].pk}/")
        assert response.status_code == 404 and response.json()["error"]
    everything = "".join(
        client.get(url, {"lang": lang}).content.decode()
        for url in (PAGES, "/api/v1/themes/", "/api/v1/keywords/", "/api/v1/sectors/")
        for lang in ("nl", "en")
    )
    assert "Geheim" not in everything and "geheimwoord" not in everything
    assert "jeugdzorg" not in everything and "wet-medezeggenschap" not in everything
    for url in ("/api/v1/keywords/geheimwoord/", "/api/v1/sectors/jeugdzorg/", "/api/v1/themes/wet-medezeggenschap/"):
        assert client.get(url).status_code == 404, url


def test_themes_keywords_and_sectors_have_slugs_counts_and_addresses(client, corpus):
    themes = client.get("/api/v1/themes/").json()
    assert {item["slug"]: item["count"] for item in themes["results"]} == {"achterban": 2, "hulpmiddelen": 1}
    theme = client.get("/api/v1/themes/achterban/").json()
    assert theme["url"].endswith("/achterban/") and theme["pages_url"].endswith("?lang=nl&theme=achterban")
    assert ids(client.get(theme["pages_url"])) == [corpus["article"].pk, corpus["module"].pk]
    keywords = client.get("/api/v1/keywords/").json()["results"]
    assert [(item["slug"], item["name"], item["count"]) for item in keywords] == [("inspraak", "Inspraak", 2)]
    sectors = client.get("/api/v1/sectors/").json()["results"]
    assert sorted(item["slug"] for item in sectors) == ["ggz", "vvt"] and sectors[0]["url"] is None
    assert [item["count"] for item in client.get("/api/v1/themes/", {"lang": "en"}).json()["results"]] == [1]


def test_the_search_api_gives_slugs_beside_names(client, corpus):
    results = {item["id"]: item for item in client.get("/api/search/", {"keyword": "inspraak"}).json()["results"]}
    article = results[corpus["article"].pk]
    assert article["keywords"] == ["Inspraak"], "the names stay, for existing clients"
    assert article["keyword_terms"] == [{"slug": "inspraak", "name": "Inspraak"}]
    assert [term["slug"] for term in article["sector_terms"]] == ["ggz"] and article["sectors"]


@pytest.mark.parametrize(
    "url",
    [f"{PAGES}?page=0", f"{PAGES}?page=²", f"{PAGES}?lang=de", f"{PAGES}?type=video", f"{PAGES}?theme=Bad%20Slug",
     f"{PAGES}?since=2025-02-30", f"{PAGES}?until=gisteren", f"{PAGES}abc/", f"{PAGES}99999999999999999999/",
     "/api/v1/themes/?lang=xx", "/api/v1/themes/NOT_A_SLUG/"],
)  # fmt: skip
def test_a_malformed_parameter_gets_400_with_a_message(client, corpus, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json; charset=utf-8" and response.json()["error"]


def test_answers_carry_an_etag_and_an_unchanged_one_is_answered_304(client, corpus):
    url = f"{PAGES}{corpus['article'].pk}/"
    first = client.get(url)
    assert first["ETag"] and "max-age=60" in first["Cache-Control"] and "public" in first["Cache-Control"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b"" and again["ETag"] == first["ETag"]
    assert client.get(PAGES)["ETag"] != first["ETag"], "each address has its own"
    corpus["module"].save_revision().publish()  # any publish of the language changes every answer
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_any_site_may_read_but_not_write(client, corpus):
    response = client.get(PAGES, HTTP_ORIGIN="https://intranet.example.org")
    assert response["Access-Control-Allow-Origin"] == "*" and "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options(PAGES, HTTP_ORIGIN="https://intranet.example.org",
                               HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")  # fmt: skip
    assert preflight.status_code == 200
    assert set(preflight["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert client.post(PAGES).status_code == 405
    head = client.head(PAGES)
    assert head.status_code == 200 and head.content == b"" and head["ETag"] == client.get(PAGES)["ETag"]
    assert "Access-Control-Allow-Origin" not in client.get("/", HTTP_ORIGIN="https://intranet.example.org")


@pytest.mark.usefixtures("one_clock_minute")
def test_beyond_the_rate_limit_a_client_gets_429_with_retry_after(client, corpus, settings):
    settings.SEARCH_RATE_LIMIT = 2
    me = {"REMOTE_ADDR": "192.0.2.7", "HTTP_ACCEPT_LANGUAGE": "nl"}
    assert [client.get("/api/v1/themes/", **me).status_code for _ in range(2)] == [200, 200]
    refused = client.get(PAGES, **me)
    assert refused.status_code == 429 and 1 <= int(refused["Retry-After"]) <= 60
    assert refused.json()["error"].startswith("Te veel verzoeken vanaf je adres.")
    assert client.get(PAGES, REMOTE_ADDR="192.0.2.8").status_code == 200


def test_the_openapi_document_describes_every_endpoint_with_its_errors(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    assert set(paths) == {"/api/v1/pages/", "/api/v1/pages/{id}/", "/api/v1/themes/", "/api/v1/themes/{slug}/",
                          "/api/v1/keywords/", "/api/v1/keywords/{slug}/", "/api/v1/sectors/",
                          "/api/v1/sectors/{slug}/"}  # fmt: skip
    for path, operations in paths.items():
        assert set(operations) == {"get"}, f"{path} only reads"
        assert {"200", "400", "429"} <= set(operations["get"]["responses"]), path
    names = {parameter["name"] for parameter in paths["/api/v1/pages/"]["get"]["parameters"]}
    assert names == {"lang", "type", "theme", "keyword", "sector", "since", "until", "page"}


def test_the_webmasters_page_explains_the_api_in_both_languages(client, db):
    from home.structure import ensure_site_structure

    ensure_site_structure()
    dutch = client.get(reverse("api_docs"))
    assert dutch.status_code == 200
    html = dutch.content.decode()
    assert "<h1>Content-API voor websites van cliëntenraden</h1>" in html
    assert html.count("curl -s") >= 3 and "http://testserver/api/v1/openapi.json" in html
    assert 'href="/api/"' in html, "linked from the footer"
    english = client.get("/en/api/").content.decode()
    assert "<h1>Content API for council websites</h1>" in english and 'href="/en/api/"' in english
