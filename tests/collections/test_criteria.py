"""A collection lists exactly the live items its criteria select, in its order, up to its maximum."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import sector, theme, translate
from themes_taxonomy.models import Keyword

from .conftest import expire, make_collection

pytestmark = pytest.mark.django_db


def titles(collection):
    return [item.title for item in collection.items()]


def test_without_criteria_everything_live_is_listed_newest_first(home, content):
    assert titles(make_collection(home)) == [
        "Jongeren aan het woord", "Leden werven", "De Wmcz uitgelegd", "Archief over inspraak"]  # fmt: skip


def test_content_types(home, content):
    collection = make_collection(home, include_articles=False, include_examples=False)
    assert titles(collection) == ["Leden werven"]


def test_any_chosen_theme_matches(home, content):
    collection = make_collection(home, themes=[theme("achterban")])
    assert set(titles(collection)) == {"De Wmcz uitgelegd", "Jongeren aan het woord", "Archief over inspraak"}


def test_keywords_and_sectors(home, content):
    wmcz = Keyword.objects.get(name="wmcz")
    assert set(titles(make_collection(home, keywords=[wmcz]))) == {"De Wmcz uitgelegd", "Jongeren aan het woord"}
    assert titles(make_collection(home, sectors=[sector("jeugdzorg")])) == ["Jongeren aan het woord"]


def test_criteria_combine_with_and(home, content):
    collection = make_collection(home, themes=[theme("achterban")], include_examples=False,
                                 published_from=datetime.date(2025, 1, 1))  # fmt: skip
    assert titles(collection) == ["De Wmcz uitgelegd"]


def test_date_window_and_recent_days(home, content):
    window = make_collection(home, published_from=datetime.date(2026, 3, 5), published_until=datetime.date(2026, 3, 15))
    assert titles(window) == ["Leden werven"]
    content["oud"].publication_date = timezone.localdate() - datetime.timedelta(days=3)
    content["oud"].save_revision().publish()
    assert titles(make_collection(home, recent_days=31)) == ["Archief over inspraak"]


def test_sort_orders_and_maximum(home, content):
    assert titles(make_collection(home, sort_order="oldest", max_items=2)) == [
        "Archief over inspraak", "De Wmcz uitgelegd"]  # fmt: skip
    assert titles(make_collection(home, sort_order="title")) == [
        "Archief over inspraak", "De Wmcz uitgelegd", "Jongeren aan het woord", "Leden werven"]  # fmt: skip


def test_expired_and_unpublished_items_are_left_out(home, content):
    expire(content["werven"])
    assert "Leden werven" not in titles(make_collection(home))
    assert "Nog niet klaar" not in titles(make_collection(home))


def test_an_english_collection_lists_the_english_items_of_the_same_criteria(home, content):
    collection = make_collection(home, themes=[theme("achterban")], include_examples=False)
    translate(content["wmcz"], "en", title="The Wmcz explained", slug="the-wmcz-explained")
    english = translate(collection, "en", title="Collection", slug="collection")
    assert titles(english) == ["The Wmcz explained"]


def test_at_least_one_content_type_is_required(home):
    from django.core.exceptions import ValidationError

    collection = make_collection(home)
    collection.include_articles = collection.include_modules = collection.include_examples = False
    with pytest.raises(ValidationError):
        collection.full_clean()


def test_the_page_lists_and_paginates_without_errors_on_odd_page_numbers(client, home, content):
    collection = make_collection(home)
    html = client.get(collection.url).content.decode()
    assert all(title in html for title in titles(collection)) and "Nog niet klaar" not in html
    for odd in ("999", "abc", "-1", "1.5"):
        assert client.get(collection.url, {"page": odd}).status_code == 200
