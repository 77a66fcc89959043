"""The search log keeps only what the report needs, without digits or e-mail addresses, for a limited time; a
reader's search leaves one database write and no row of Wagtail's promotions log."""

from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from search import querylog
from search.models import SearchQueryLog

pytestmark = pytest.mark.django_db
WRITES = ("INSERT", "UPDATE", "DELETE")


@contextmanager
def writes():
    """The writing SQL statements run inside the block (execute_wrapper sees every one; CaptureQueriesContext
    reads a bounded log that may already be full)."""
    seen = []

    def watch(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith(WRITES):
            seen.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        yield seen


def test_a_search_stores_its_words_only_once_a_day_with_one_write(client, empty_index):
    with writes() as first:
        client.get("/api/search/", {"q": "jan@example.org 06-12345678 Mantelzorg 2024", "lang": "nl"})
    with writes() as second:
        client.get("/zoeken/", {"q": "mantelzorg  ²⁰²⁴ +31 6 1234 5678 1234AB"})
    client.get("/api/search/", {"q": "06-12345678 jan@example.org", "lang": "nl"})  # nothing left to keep
    assert len(first) == 1 and len(second) == 1, first + second
    rows = list(SearchQueryLog.objects.values("day", "language", "query", "searches", "empty"))
    assert rows == [{"day": timezone.localdate(), "language": "nl", "query": "mantelzorg", "searches": 2, "empty": 2}]
    assert not Query.objects.exists() and not QueryDailyHits.objects.exists(), "no second log of raw texts"


def test_scrub_drops_every_word_with_a_digit_or_an_at_sign():
    assert querylog.scrub("Jan.Jansen@Example.ORG bel 06-12345678 of ０６ of ٣ over Mantelzorg  in 1234 AB") == (
        "bel of of over mantelzorg in ab"
    )
    assert querylog.scrub("2024 @jan 12") == ""


def test_the_report_shows_popular_and_zero_result_searches_from_the_log(client, login, home):
    for query, found in [("mantelzorg", 3), ("mantelzorg", 0), ("wmcz", 2), ("onvindbaar", 0)]:
        querylog.record(query, "nl", found)
    SearchQueryLog.objects.create(
        day=timezone.localdate() - timedelta(days=45), language="nl", query="verouderd", searches=9
    )
    login("Beheerders")
    response = client.get(reverse("kennisbank_search_report"))
    html = response.content.decode()
    popular, zero = html.rsplit("<table", 1)
    assert popular.index("mantelzorg") < popular.index("wmcz") and "onvindbaar" in popular
    assert "mantelzorg" in zero and "onvindbaar" in zero and "wmcz" not in zero
    assert "verouderd" not in html.split("<table", 1)[1], "the report covers the last 30 days"
    assert response.context["total"] == 4


def test_the_scheduled_job_purges_the_log_and_collects_promotions_garbage(home):
    today = timezone.localdate()
    for age in (91, 90, 1):
        SearchQueryLog.objects.create(day=today - timedelta(days=age), language="nl", query=f"tekst {age}")
    promoted, stale = Query.objects.create(query_string="leden"), Query.objects.create(query_string="jan jansen")
    SearchPromotion.objects.create(query=promoted, page=home, sort_order=0)
    QueryDailyHits.objects.create(query=stale, date=today - timedelta(days=30), hits=3)
    call_command("publish_scheduled", verbosity=0)
    kept = set(SearchQueryLog.objects.values_list("query", flat=True))
    assert kept == {"tekst 90", "tekst 1"}, "SEARCH_LOG_RETENTION_DAYS (90) days are kept, older ones deleted"
    assert list(Query.objects.values_list("query_string", flat=True)) == ["leden"]
    assert not QueryDailyHits.objects.exists()


def test_the_retention_is_a_setting(settings):
    today = timezone.localdate()
    SearchQueryLog.objects.create(day=today - timedelta(days=8), language="nl", query="a")
    SearchQueryLog.objects.create(day=today - timedelta(days=7), language="nl", query="b")
    settings.SEARCH_LOG_RETENTION_DAYS = 7
    assert querylog.purge() == 1 and list(SearchQueryLog.objects.values_list("query", flat=True)) == ["b"]
