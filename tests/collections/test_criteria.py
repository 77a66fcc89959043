"""A collection lists exactly the live items its criteria select, in its order, up to its maximum."""

import datetime

import pytest
from freezegun import freeze_time

from core import listing
from tests.factories import ArticlePageFactory, sector, theme, translate
from themes_taxonomy.models import Keyword

from .conftest import expire, make_collection

pytestmark = pytest.mark.django_db


def titles(collection):
    return [item.title for item in collection.items()]


def test_without_criteria_everything_live_is_listed_newest_first(home, content):
    assert titles(make_collection(home)) == [
        "Jongeren aan het woord", "Leden werven", "De Wmcz uitgelegd", "Archief over inspraak"]  # fmt: skip


def test_content_types(home, content):
    collection = make_collection(home, content_types=["module"])
    assert titles(collection) == ["Leden werven"]
    assert len(titles(make_collection(home, content_types=[]))) == 4  # none chosen: every type


def test_any_chosen_theme_matches(home, content):
    collection = make_collection(home, themes=[theme("achterban")])
    assert set(titles(collection)) == {"De Wmcz uitgelegd", "Jongeren aan het woord", "Archief over inspraak"}


def test_keywords_and_sectors(home, content):
    wmcz = Keyword.objects.get(name="wmcz")
    assert set(titles(make_collection(home, keywords=[wmcz]))) == {"De Wmcz uitgelegd", "Jongeren aan het woord"}
    assert titles(make_collection(home, sectors=[sector("jeugdzorg")])) == ["Jongeren aan het woord"]


def test_criteria_combine_with_and(home, content):
    collection = make_collection(home, themes=[theme("achterban")], content_types=["article", "module"],
                                 published_from=datetime.date(2025, 1, 1))  # fmt: skip
    assert titles(collection) == ["De Wmcz uitgelegd"]


def test_date_window_includes_both_ends(home, content):
    window = make_collection(home, published_from=datetime.date(2026, 3, 5), published_until=datetime.date(2026, 3, 15))
    assert titles(window) == ["Leden werven"]
    exact = make_collection(home, published_from=datetime.date(2026, 3, 1), published_until=datetime.date(2026, 3, 11))
    assert titles(exact) == ["Leden werven", "De Wmcz uitgelegd"]
    assert titles(make_collection(home, published_until=datetime.date(2025, 1, 1))) == ["Archief over inspraak"]


def test_published_in_the_last_days(home, content):
    collection = make_collection(home, recent_days=15)
    with freeze_time("2026-03-25"):  # from 10 March on: the module (11 March) and the example (21 March)
        assert titles(collection) == ["Jongeren aan het woord", "Leden werven"]
    with freeze_time("2026-04-30"):
        assert titles(collection) == []


def test_sort_orders_and_maximum(home, content):
    assert titles(make_collection(home, sort_order="oldest", max_items=2)) == [
        "Archief over inspraak", "De Wmcz uitgelegd"]  # fmt: skip
    assert titles(make_collection(home, sort_order="title")) == [
        "Archief over inspraak", "De Wmcz uitgelegd", "Jongeren aan het woord", "Leden werven"]  # fmt: skip


def test_newest_first_puts_items_of_the_same_date_in_title_order(home, content):
    ArticlePageFactory(title="Aan tafel met de bestuurder", publication_date=content["jeugd"].publication_date)
    assert titles(make_collection(home))[:3] == [
        "Aan tafel met de bestuurder",
        "Jongeren aan het woord",
        "Leden werven",
    ]


def test_expired_and_unpublished_items_are_left_out(home, content):
    expire(content["werven"])
    assert titles(make_collection(home)) == ["Jongeren aan het woord", "De Wmcz uitgelegd", "Archief over inspraak"]


def test_an_english_collection_lists_the_english_items_of_the_same_criteria(home, content):
    collection = make_collection(home, themes=[theme("achterban")], content_types=["article", "module"])
    translate(content["wmcz"], "en", title="The Wmcz explained", slug="the-wmcz-explained")
    english = translate(collection, "en", title="Collection", slug="collection")
    assert titles(english) == ["The Wmcz explained"]


def test_only_registered_content_types_can_be_chosen(home):
    from django.core.exceptions import ValidationError

    collection = make_collection(home)
    collection.content_types = ["article", "newsletter"]
    with pytest.raises(ValidationError) as error:
        collection.full_clean()
    assert "content_types" in error.value.message_dict


def test_the_page_lists_the_items(client, home, content):
    collection = make_collection(home)
    html = client.get(collection.url).content.decode()
    assert all(title in html for title in titles(collection)) and "Nog niet klaar" not in html


def test_the_page_paginates_and_odd_page_numbers_are_refused_with_a_message(client, home, monkeypatch):
    monkeypatch.setattr(listing, "PER_PAGE", 2)  # the rule is the same at 12; two pages of it cost less to build
    for number in range(3):
        ArticlePageFactory(title=f"Artikel {number:02}", keywords=["paginering"])
    collection = make_collection(home, keywords=[Keyword.objects.get(name="paginering")], sort_order="title")
    first, second = (client.get(collection.url, {"page": page}).context["page_obj"] for page in (1, 2))
    assert [item.title for item in first] == ["Artikel 00", "Artikel 01"]
    html = client.get(collection.url).content.decode()  # the next page's link lands on the list, not on the top
    assert 'href="?page=2#results"' in html and '<section class="results" id="results"' in html
    assert [item.title for item in second] == ["Artikel 02"]
    for beyond in ("", "3", "500"):  # within the allowed range: the nearest page with items
        response = client.get(collection.url, {"page": beyond})
        assert response.status_code == 200 and response.context["page_obj"].object_list
    for odd in ("999", "abc", "-1", "1.5", "0", "²", "①"):  # core.params.page_number: digits, 1 to 500
        response = client.get(collection.url, {"page": odd})
        assert response.status_code == 400 and response.context["page_error"]
