"""The search service finds, filters, counts and explains, on whichever backend this run is configured with."""

import pytest

from search import service
from search.models import SearchQueryLog, Synonym
from search.params import SearchParams

from .conftest import refresh_index

pytestmark = pytest.mark.django_db


def titles(response):
    return [hit.card.title for hit in response.hits]


def run(query="", **kwargs):
    return service.search(SearchParams(query=query, **kwargs))


def test_a_dutch_word_finds_its_page_first(corpus):
    response = run("begroting")
    assert titles(response)[0] == corpus["begroting"].title


def test_diacritics_do_not_matter(corpus):
    assert corpus["achterban"].title in titles(run("clientenraad"))


def test_filters_by_type_theme_and_sector(corpus):
    assert set(titles(run("achterban", kinds=("example",)))) == {corpus["jeugd"].title}
    assert set(titles(run("", themes=("adviesonderwerpen",)))) == {corpus["klankbord"].title, corpus["begroting"].title}
    assert titles(run("", sectors=("jeugdzorg",))) == [corpus["jeugd"].title]
    assert titles(run("", keywords=("werven",))) == [corpus["werven"].title]


def test_facets_count_the_current_query(corpus):
    response = run("achterban")
    assert response.facets["type"] == {"article": 1, "example": 1}
    assert response.facets["theme"]["achterban"] == 2
    assert response.facets["sector"] == {"jeugdzorg": 1}


def test_empty_query_browses_everything_newest_first(corpus):
    response = run("")
    assert response.count == 5
    dates = [hit.card.publication_date for hit in response.hits]
    assert dates == sorted(dates, reverse=True)


def test_highlight_marks_the_matching_word(corpus):
    hit = next(hit for hit in run("begroting").hits if hit.card.pk == corpus["begroting"].pk)
    assert "<mark>begroting</mark>" in hit.highlight.lower()


def test_a_word_of_a_two_word_query_is_marked_in_the_body_when_the_other_is_in_the_title(home):
    """On the engine, the snippet came from the search's own query, whose words apart (not as a phrase) marked
    nothing in the body: a result with one word in its title and the other in its body showed no snippet at all (a
    sixth of the bench's results at 20,000 items)."""
    from wagtail.rich_text import RichText

    from tests.factories import ArticlePageFactory

    body = [("paragraph", RichText("<p>Over de eigen bijdrage van bewoners.</p>"))]
    page = ArticlePageFactory(title="Online vergaderen", intro="De raad vergadert nu ook op afstand.", body=body)
    refresh_index()
    hit = next(hit for hit in run("online bijdrage").hits if hit.card.pk == page.pk)
    assert "<mark>bijdrage</mark>" in hit.highlight


def test_the_snippet_marks_every_word_of_the_query_it_shows(home):
    """On the database backends the snippet marked only the first of the query's words it found ("De commissie
    bespreekt de begroting": "commissie" marked, "begroting" not); the engine's marks each."""
    from tests.factories import ArticlePageFactory

    page = ArticlePageFactory(title="Geld", intro="De commissie bespreekt de begroting met de bestuurder.")
    refresh_index()
    hit = next(hit for hit in run("begroting commissie").hits if hit.card.pk == page.pk)
    assert "<mark>commissie</mark>" in hit.highlight and "<mark>begroting</mark>" in hit.highlight
    assert hit.highlight.replace("<mark>", "").replace("</mark>", "") == page.intro


def test_pagination(corpus):
    first = run("", per_page=2)
    third = run("", per_page=2, page=3)
    assert first.pages == 3 and len(first.hits) == 2 and len(third.hits) == 1


def test_editor_synonym_applies(corpus):
    assert corpus["achterban"].title not in titles(run("CR"))
    Synonym.objects.create(term="CR", alternatives="cliëntenraad")
    assert corpus["achterban"].title in titles(run("CR"))


def test_unpublished_page_leaves_the_results(corpus):
    corpus["begroting"].unpublish()
    refresh_index()
    assert corpus["begroting"].title not in titles(run("begroting"))


def test_search_promotion_comes_first(corpus):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    SearchPromotion.objects.create(query=Query.get("leden"), page=corpus["begroting"], sort_order=0)
    response = run("leden")
    assert response.hits[0].card.pk == corpus["begroting"].pk and response.hits[0].promoted


def test_a_promotion_edit_takes_effect_at_once_and_a_search_reads_no_promotions_table(corpus):
    """The promotions are cached (service.promotions); adding, changing and removing one renews them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    assert not any(hit.promoted for hit in run("leden").hits)
    promotion = SearchPromotion.objects.create(query=Query.get("leden"), page=corpus["begroting"], sort_order=0)
    assert [hit.card.pk for hit in run("leden").hits if hit.promoted] == [corpus["begroting"].pk]
    promotion.page = corpus["achterban"]
    promotion.save()
    with CaptureQueriesContext(connection) as seen:
        promoted = [hit.card.pk for hit in run("leden").hits if hit.promoted]
        run("begroting")
    assert promoted == [corpus["achterban"].pk]
    assert len([query for query in seen.captured_queries if "wagtailsearchpromotions" in query["sql"]]) == 1
    with CaptureQueriesContext(connection) as seen:
        run("begroting")
    assert not [query for query in seen.captured_queries if "wagtailsearchpromotions" in query["sql"]]
    promotion.query.delete()  # the promotion goes with its query
    assert not any(hit.promoted for hit in run("leden").hits)


def test_searches_are_logged_with_their_result_count(corpus):
    run("begroting")
    run("onvindbaarwoord")
    logged = dict(SearchQueryLog.objects.values_list("query", "empty"))
    assert logged["begroting"] == 0 and logged["onvindbaarwoord"] == 1, "how often each found nothing"


def test_autocomplete_suggests_titles_themes_and_keywords(corpus):
    labels = [item["label"] for item in service.autocomplete("wer", "nl")]
    assert "werven" in labels and corpus["werven"].title in labels
    assert any(item["kind"] == "theme" for item in service.autocomplete("achter", "nl"))
