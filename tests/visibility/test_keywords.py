"""A keyword (theme, sector) is offered to readers only when a visible page uses it.

Each state's hidden pages carry a keyword that no visible page uses (named after the state's secret): it is not
suggested, not a filter choice, not in the keyword overview, and its keyword page is a 404.
"""

import json

import pytest

from .outputs import api_url, search_url
from .states import LANGUAGES, STATES

pytestmark = pytest.mark.django_db

CASES = [pytest.param(state.code, lang, id=f"{state.code}-{lang}") for state in STATES for lang in LANGUAGES]


@pytest.mark.parametrize("state, lang", CASES)
def test_a_keyword_only_hidden_pages_use_has_no_keyword_page(world, client, state, lang):
    sw = world[state]
    url = f"{world.sections[lang]['keywords'].url}{sw.hidden_keyword[lang].slug}/"
    assert client.get(url).status_code == 404, url


@pytest.mark.parametrize("state, lang", CASES)
def test_a_keyword_only_hidden_pages_use_is_not_suggested(world, reader, state, lang):
    sw = world[state]
    secret = sw.state.secret
    status, text = reader(api_url("autocomplete_api", lang, q=secret[:5]))
    assert status == 200
    suggestions = json.loads(text)["suggestions"]
    assert not [s for s in suggestions if secret in json.dumps(s).lower()], suggestions
    status, html = reader(search_url(lang, q=sw.state.misspelt(secret)))
    assert status == 200
    assert secret not in html.lower(), "offered as 'did you mean'"


@pytest.mark.parametrize("state, lang", CASES)
def test_a_keyword_only_hidden_pages_use_is_no_filter_choice(world, reader, state, lang):
    sw = world[state]
    hidden = sw.hidden_keyword[lang].slug
    for kind in ("article", "module", "example"):
        base = world.sections[lang][kind].url
        status, html = reader(base)
        assert status == 200 and f'value="{hidden}"' not in html, f"offered as a filter choice on {base}"
        status, _html = reader(f"{base}?keyword={hidden}")
        assert status == 400, f"{base}?keyword={hidden} answered {status}: an unknown filter value is a 400"
    status, html = reader(world.sections[lang]["keywords"].url)
    assert status == 200 and hidden not in html, "listed in the keyword overview"
    status, text = reader(api_url("search_api", lang, keyword=hidden))
    data = json.loads(text)
    assert data["count"] == 0 and not data["results"], data
    assert hidden not in json.dumps(data["facets"])
