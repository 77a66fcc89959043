"""core.params: one parser per parameter kind, shared by the search page, the APIs, listings and collections."""

import string

import pytest
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import params, registry


@given(st.text(max_size=12))
def test_a_page_number_is_ascii_digits_from_1_to_500_or_a_clear_error(text):
    expected = text.isascii() and text.isdigit() and 1 <= int(text) <= params.MAX_PAGE
    try:
        number = params.page_number(text)
    except params.ParamError as error:
        assert not expected and str(error)
    else:
        assert expected or text == "", text
        assert number == (int(text) if text else 1)


@pytest.mark.parametrize("text", ["²", "①", "٣", "1.5", "-1", "0", "501", " 1", "1e2"])
def test_digits_that_int_refuses_or_out_of_range_are_refused(text):
    with pytest.raises(params.ParamError):
        params.page_number(text)


@given(st.lists(st.text(max_size=20), max_size=12))
def test_types_are_registered_codes_or_a_clear_error(values):
    data = QueryDict(mutable=True)
    data.setlist("type", values)
    try:
        found = params.types(data)
    except params.ParamError as error:
        assert str(error)
    else:
        assert set(found) <= set(registry.codes()) and len(found) <= params.MAX_VALUES


@given(st.text(alphabet=string.printable + "éü²①", max_size=130))
def test_a_slug_is_lowercase_ascii_letters_digits_and_hyphens(text):
    try:
        params.slug(text)
    except params.ParamError:
        assert not (text and len(text) <= 120 and set(text) <= set(string.ascii_lowercase + string.digits + "-"))
    else:
        assert set(text) <= set(string.ascii_lowercase + string.digits + "-")


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(page=st.text(max_size=8))
def test_no_page_parameter_makes_a_server_error(client, home, page):
    for url in ("/api/search/", "/zoeken/", "/artikelen/", "/api/search/autocomplete/"):
        response = client.get(url, {"page": page, "q": "achterban"})
        assert response.status_code in (200, 400), (url, page, response.status_code)
