"""PostgreSQL's database search puts its candidates in order before ranking the best of them fully
(search/backends/postgres.py): by their lead (title and intro) when enough pages match there, by title and body when
few do, so that a page that has a word only in its body text, often, is still among those ranked fully."""

import pytest
from django.db import connection
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend

from search import database
from search.backends import postgres
from search.params import SearchParams
from tests.factories import ArticlePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def body(text):
    return [("paragraph", RichText(f"<p>{text}</p>"))]


@pytest.fixture
def pages():
    often = ArticlePageFactory(title="Verslag van het jaar", intro="Wat er gebeurde.",
                               body=body("Over de wachtlijst. " * 5 + "Nog eens de wachtlijst."))  # fmt: skip
    once = [ArticlePageFactory(title=f"Notulen {n}", intro="Kort verslag.", body=body("De wachtlijst kwam langs."))
            for n in range(2)]  # fmt: skip
    lead = ArticlePageFactory(title="Samen werken", intro="De wachtlijst in de ouderenzorg.")
    return {"often": often, "once": once, "lead": lead}


def candidates(word, ranked):
    assert connection.vendor == "postgresql"
    locale_id = Locale.objects.get(language_code="nl").pk
    allowed = database.candidates(SearchParams(), locale_id)
    backend = get_search_backend(database.backend_name())
    with postgres.language("nl"):
        return postgres.candidates(allowed, database.text_query([word], "nl"), backend, 10, ranked=ranked)


def test_the_lead_puts_a_page_with_the_word_in_its_intro_first(pages):
    found, total = candidates("wachtlijst", ranked=1)  # one page with the word in its lead is enough here
    assert total == 4 and found[0] == pages["lead"].pk


def test_with_few_matches_in_leads_the_body_text_orders_the_rest(pages):
    """Two pages would be ranked fully and only one matches in its lead: the page with the word six times in its
    body comes next, not the newest of the pages that have it once."""
    found, total = candidates("wachtlijst", ranked=2)
    assert total == 4 and found[:2] == [pages["lead"].pk, pages["often"].pk]


def test_a_word_on_most_pages_is_found_through_the_gin_index_not_by_matching_every_entry():
    """The planner counts matching an entry's stored whole text as cheap, but it is read from compressed storage: for
    a word on most pages it read every entry through another index and matched each one (100 of 150 ms at 20,000
    items). The matches are now found through the whole text's GIN index, whatever their number."""
    for n in range(40):
        ArticlePageFactory(title=f"Vergadering {n}", intro="Over de vergadering.", body=body("De vergadering."))
    seen = []

    def keep(execute, sql, params, many, context):
        seen.append((sql, params))
        return execute(sql, params, many, context)

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailsearch_indexentry")
    with connection.execute_wrapper(keep):
        found, total = candidates("vergadering", ranked=10)
    assert total == 40
    sql, params = next((sql, params) for sql, params in seen if "kennisbank_whole" in sql)
    with postgres.index_friendly_planner(connection), connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "kennisbank_indexentry_whole_gin" in plan, plan
    assert "Filter: (kennisbank_whole @@" not in plan, plan
