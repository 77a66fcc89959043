"""PostgreSQL's database index writes its entries with its own statement builder (search/backends/postgres.py,
`LanguageIndex.add_rows`: each field read once, the SQL written directly), three times as fast as modelsearch's. A
reader's search may not notice: every entry it writes must be the entry modelsearch writes, word for word, weight for
weight, in each page's own language."""

import pytest
from django.db import connection
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
