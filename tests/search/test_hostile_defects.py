"""The hostile inputs that once answered 500 (issue 15): each stays a 200, or a 400 with a message."""

import pytest

from search.models import Synonym
from tests.factories import ArticlePageFactory
from tests.shared_data import refresh_engine_index

pytestmark = pytest.mark.django_db


def test_a_quotation_mark_in_suggestions_is_just_text(client, home):
    ArticlePageFactory(title="Achterban raadplegen")
    refresh_engine_index()
    for text in ('"ab', 'achter"', '"achter', "ach*", "(ach", "ach:", "^ach", "NEAR ach", 'ac"h"t', "a\\b"):
        response = client.get("/api/search/autocomplete/", {"q": text})
        assert response.status_code == 200, (text, response.status_code)
    assert client.get("/api/search/autocomplete/", {"q": '"achter'}).json()["suggestions"]


def test_a_superscript_or_circled_page_number_is_a_400_with_a_message(client, home):
    for url in ("/zoeken/", "/api/search/", "/api/search/autocomplete/"):
        for page in ("²", "①", "٣", "Ⅻ"):
            response = client.get(url, {"q": "achterban", "page": page})
            assert response.status_code == 400, (url, page)
            assert "1" in response.content.decode() and "500" in response.content.decode()


def test_a_synonym_holding_a_backslash_is_applied_literally(client, home):
    ArticlePageFactory(title="Medezeggenschap in de zorg")
    Synonym.objects.create(term="mz", alternatives="medezeggenschap\\1\nmz\\d+")
    response = client.get("/api/search/", {"q": "mz"})
    assert response.status_code == 200
    assert client.get("/zoeken/", {"q": "mz\\d+"}).status_code == 200
