"""PostgreSQL's database index writes its entries with its own statement builder (search/backends/postgres.py,
`LanguageIndex.add_rows`: each field read once, the SQL written directly), three times as fast as modelsearch's. A
reader's search may not notice: every entry it writes must be the entry modelsearch writes, word for word, weight for
weight, in each page's own language."""

from io import StringIO

import pytest
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from modelsearch.backends.database.postgres.postgres import IndexEntry, PostgresIndex
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend

from articles.models import ArticlePage, ModulePage, PracticalExamplePage
from core.locales import language_of
from search import database
from search.backends import postgres
from search.backends.bulk import prepared
from tests.factories import (
    ArticlePageFactory,
    ModulePageFactory,
    PracticalExamplePageFactory,
    sector,
    theme,
    translate,
)

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

TABLE = IndexEntry._meta.db_table
# Not title_norm: modelsearch sets it after each statement from the average title of the whole index at that moment.
COLUMNS = "title::text, autocomplete::text, body::text, title_text, body_text"


def body(text):
    return [("paragraph", RichText(f"<p>{text}</p>"))]


@pytest.fixture
def pages():
    article = ArticlePageFactory(
        title="Cliëntenraad en de begroting: 100% helder?",
        intro="Hoe de raad 'adviseert' over het geld van de zorgorganisatie.",
        body=body("Eerst de cijfers, dan het gesprek met de bestuurder over de jaarrekening."),
        themes=[theme("adviesonderwerpen"), theme("achterban")],
        keywords=["begroting", "werven"],
    )
    article.sectors.set([sector("gehandicaptenzorg")])
    blank = ArticlePageFactory(title="Alleen een titel", intro="   ", body=[])
    module = ModulePageFactory(title="Werkplan maken", intro="Een dag over het werkplan.", themes=[theme("achterban")])
    example = PracticalExamplePageFactory(title="Zo deed de raad het", intro="Samen met de achterban.")
    english = translate(article, "en", title="The council and the budget", intro="How the council advises.")
    return [article, blank, module, example, english]


def entries(pages):
    ids = [str(page.pk) for page in pages]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT object_id, {COLUMNS} FROM {TABLE} WHERE object_id = ANY(%s)", [ids])
        return {row[0]: row[1:] for row in cursor.fetchall()}


def remove(pages):
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE} WHERE object_id = ANY(%s)", [[str(page.pk) for page in pages]])


def index(pages, add):
    """Index `pages` with `add(index, model, objects)`, each language in its own configuration, as LanguageIndex
    does; returns the entries written."""
    index = get_search_backend(database.backend_name()).get_index_for_model(ArticlePage)
    remove(pages)
    for model in (ArticlePage, ModulePage, PracticalExamplePage):
        objects = model.objects.filter(pk__in=[page.pk for page in pages])
        for page in objects:
            with postgres.language(language_of(page.locale_id)):
                add(index, model, prepared(model, [page]))
    return entries(pages)


def test_every_entry_is_the_one_modelsearch_writes(pages):
    assert connection.vendor == "postgresql"
    ours = index(pages, lambda index, model, objects: index.add_rows(model, objects))
    theirs = index(pages, lambda index, model, objects: PostgresIndex.add_items(index, model, objects))
    assert len(ours) == len(pages)
    assert ours == theirs
    article, english = ours[str(pages[0].pk)], ours[str(pages[-1].pk)]
    assert "'begrot':" in article[2] and "'budget':" in english[0]  # each in its own language's stemming
    assert ours[str(pages[1].pk)][2] != ""  # the blank intro left out, the rest of the body still there


def test_a_bulk_writes_them_too(pages):
    """The bulk path (update_index, search_bench) groups the pages by language and writes each group in one
    statement."""
    theirs = index(pages, lambda index, model, objects: PostgresIndex.add_items(index, model, objects))
    remove(pages)
    backend = get_search_backend(database.backend_name())
    for model in (ArticlePage, ModulePage, PracticalExamplePage):
        backend.add_bulk(model, list(model.objects.filter(pk__in=[page.pk for page in pages])))
    assert len(theirs) == len(pages)
    assert entries(pages) == theirs


# Texts as editors and the importer write them: quotes, backslashes, accents, other scripts, runs of spaces and line
# breaks, words PostgreSQL drops (stop words) or splits ("e-mail", "100%"). No NUL: PostgreSQL text cannot hold one.
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=300) | st.lists(
    st.sampled_from(["de", "raad", "cliëntenraad", "'s", "e-mail", "100%", "\\", '"', "\n", "  ", "Zorg-", "werkplan"]),
    max_size=40).map(" ".join)  # fmt: skip


@settings(max_examples=30, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT.filter(str.strip).map(lambda text: text[:255]), intro=TEXT, text=TEXT)
def test_any_text_gives_the_entry_modelsearch_writes(pages, title, intro, text):
    """The bulk's texts travel as one JSON document and PostgreSQL builds the vectors (`kennisbank_vector`): whatever
    the texts, the entry is modelsearch's, position for position."""
    article = ArticlePage.objects.get(pk=pages[0].pk)
    article.title, article.intro, article.body = title, intro, body(text.replace("<", " "))
    article.save(clean=False)
    ours = index([article], lambda index, model, objects: index.add_rows(model, objects))
    theirs = index([article], lambda index, model, objects: PostgresIndex.add_items(index, model, objects))
    assert ours == theirs


def norms(pages):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT object_id, title_norm FROM {TABLE} WHERE object_id = ANY(%s)",
                       [[str(page.pk) for page in pages]])  # fmt: skip
        return dict(cursor.fetchall())


def test_a_bulk_works_out_the_title_norms_once_at_its_end_and_as_modelsearch_would(pages):
    """modelsearch works out the new entries' title norms (the average title length over the entry's: a ranking
    factor) after every statement, reading the whole index twice: at 200,000 entries most of a bulk's time. In a bulk
    (`search_bench`, `update_index`) it is done once, at the end, with the same result."""
    from django.test.utils import CaptureQueriesContext

    backend = get_search_backend(database.backend_name())
    remove(pages)
    with CaptureQueriesContext(connection) as queries, postgres.title_norms_at_end():
        for model in (ArticlePage, ModulePage, PracticalExamplePage):
            backend.add_bulk(model, list(model.objects.filter(pk__in=[page.pk for page in pages])))
        assert set(norms(pages).values()) == {1.0}  # written, searchable, not yet worked out
    averages = [query for query in queries.captured_queries if "AVG(" in query["sql"].upper()]
    assert len(averages) == 1, f"{len(averages)} scans for the average title length, one per statement"
    worked_out = norms(pages)
    assert 1.0 not in worked_out.values()
    backend.get_index_for_model(ArticlePage)._refresh_title_norms(full=True)  # modelsearch's own, for every entry
    assert norms(pages) == pytest.approx(worked_out)


def test_update_index_works_out_the_title_norms_once(pages):
    from django.core.management import call_command
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        call_command("update_index", backend_name=database.backend_name(), stdout=StringIO(), chunk_size=2)
    averages = [query for query in queries.captured_queries if "AVG(" in query["sql"].upper()]
    assert len(averages) == 1, f"{len(averages)} scans for the average title length"
    assert 1.0 not in norms(pages).values()
