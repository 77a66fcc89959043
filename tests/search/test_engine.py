"""What only the real search engine does: typos, compounds, stemming (an outage: test_resilience.py).

These run in the production-stack run of `make test` (SEARCH_URL set); the embedded run deselects them.
"""

import datetime
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from search import engine, service
from search.params import SearchParams
from search.related import related_items
from tests.factories import ArticlePageFactory, ModulePageFactory, theme, translate

from .conftest import refresh_index

pytestmark = [pytest.mark.engine, pytest.mark.django_db]


def titles(query):
    return [hit.card.title for hit in service.search(SearchParams(query=query)).hits]


def test_the_engine_answers(corpus):
    assert service.search(SearchParams(query="begroting")).backend in {"opensearch", "elasticsearch"}


def test_the_ranked_results_count_nothing_and_the_counts_score_nothing(corpus, monkeypatch):
    """Scoring every match to count it was most of a search's time at 200,000 items: the page of results is
    ranked without a total (the engine skips what cannot reach it), and the total and facets come from the same
    query unscored, in the same round trip."""
    backend = service.engine_backend()
    sent, msearch = [], backend.es.msearch

    def watched(body, **kwargs):  # the real engine answers; the bodies are kept
        sent.append(body)
        return msearch(body=body, **kwargs)

    monkeypatch.setattr(backend.es, "msearch", watched)
    response = service.search(SearchParams(query="achterban", themes=("achterban",)), log=False)
    assert response.count == len(response.hits) == 2
    ((ranked, counted, checked),) = [[body for body in bodies if "query" in body] for bodies in sent]
    assert ranked["track_total_hits"] is False and "aggs" not in ranked and ranked["size"] > 0
    assert counted["size"] == 0 and "must" not in counted["query"]["bool"] and "should" not in counted["query"]["bool"]
    assert checked["size"] == 0 and checked["terminate_after"] == 1  # is "achterban" a word the reader may see?


# Words of the corpus, stop words and a word it does not have: phrases, parts ("zorg"), joined and plural forms.
WORDS = (
    "de achterban van raad nieuwe leden werven begroting zorg jeugdzorg bewoners cliëntenraad jongeren vragen "
    "financiën koffie gesprekken bestuurder onbekend"
).split()


@settings(max_examples=40, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=4), theme_chosen=st.booleans())
def test_the_count_is_what_the_reader_can_page_through(corpus, words, theme_chosen):
    """The total comes from the counts, which leave out the clauses that only rank (phrases): it is still exactly
    the number of results, for any query of the corpus's words, in any order, with and without a choice."""
    params = SearchParams(query=" ".join(words), themes=("achterban",) if theme_chosen else (), per_page=50)
    response = service.search(params, log=False)
    assert response.count == len(response.hits) == len({hit.card.pk for hit in response.hits})


def test_a_page_of_results_is_full_when_drafts_would_rank_above_it(empty_index):
    """The engine itself leaves out what a reader may not see before it cuts the page of results (a post filter):
    the check of each card against the visible pages comes after, and alone it would leave a short page."""
    visible = [ArticlePageFactory(title=f"Vergaderreglement deel {number}") for number in range(12)]
    drafts = [ArticlePageFactory(title="Vergaderreglement vergaderreglement", intro="Vergaderreglement, opnieuw.",
                                 publish=False, live=False) for _ in range(5)]  # fmt: skip
    refresh_index()
    response = service.search(SearchParams(query="vergaderreglement"), log=False)
    assert response.count == 12 and len(response.hits) == 10
    assert {hit.card.pk for hit in response.hits} <= {page.pk for page in visible}
    assert not {hit.card.pk for hit in response.hits} & {page.pk for page in drafts}


def test_related_content_is_full_when_drafts_share_more(empty_index):
    page = ArticlePageFactory(title="Inspraak bij de begroting", themes=[theme("adviesonderwerpen")],
                              keywords=["begroting"])  # fmt: skip
    visible = [ModulePageFactory(title=f"Module {number}", themes=[theme("adviesonderwerpen")]) for number in range(6)]
    for _ in range(12):
        ModulePageFactory(title="Inspraak bij de begroting", themes=[theme("adviesonderwerpen")],
                          keywords=["begroting"], publish=False, live=False)  # fmt: skip
    refresh_index()
    assert {card.pk for card in related_items(page)} == {module.pk for module in visible}


def test_a_typo_is_forgiven(corpus):
    assert corpus["achterban"].title in titles("achterbna")
    assert corpus["achterban"].title in titles("achterbna cliëntenraad")  # one word of two


def test_a_typo_in_a_word_that_looks_plural_is_forgiven(empty_index):
    """The query analyzer looks for a word ending in a vowel and -s in both numbers, and the engine forgives no typo
    in a word with such variants: the typo clause reads the words without them. Found by the search itself, not by
    the correction offered when a search finds nothing."""
    ArticlePageFactory(title="De cliëntenraad bij fusies", intro="Wat de raad doet bij fusies.")
    ArticlePageFactory(title="De cliëntenraad bij een verhuizing")
    refresh_index()
    response = service.search(SearchParams(query="cliëntenraad fuseis"), log=False)
    assert [hit.card.title for hit in response.hits] == ["De cliëntenraad bij fusies"] and not response.corrected
    assert "<mark>fusies</mark>" in response.hits[0].highlight  # the snippet marks it too


def test_typos_are_forgiven_only_when_the_engine_does_not_know_a_word(corpus, monkeypatch):
    """Forgiving typos (fuzzy matching) matched each known word's own pages a second time, and its look-alikes': a
    third of a search's time at 200,000 items. A search of words the engine knows is one round trip without it; a
    word it does not know has the search asked again, typos forgiven."""
    backend = service.engine_backend()
    sent, msearch = [], backend.es.msearch

    def watched(body, **kwargs):
        sent.append(json.dumps(body))
        return msearch(body=body, **kwargs)

    monkeypatch.setattr(backend.es, "msearch", watched)
    known = service.search(SearchParams(query="achterban"), log=False)
    assert len(sent) == 1 and "fuzziness" not in sent[0]
    sent.clear()
    typo = service.search(SearchParams(query="achterbam"), log=False)
    assert len(sent) == 2 and "fuzziness" in sent[1]
    assert known.hits and {hit.card.pk for hit in known.hits} <= {hit.card.pk for hit in typo.hits}


def hidden_page(how):
    """A page a Dutch reader may not see, with the word "Hendrikx" in its title."""
    if how == "deleted":  # its words stay in the engine's dictionary until the index merges its parts
        return ArticlePageFactory(title="Afscheid van meneer Hendrikx").delete()
    if how == "draft":
        return ArticlePageFactory(title="Afscheid van meneer Hendrikx", publish=False, live=False)
    if how == "english":
        return translate(ArticlePageFactory(title="Afscheid van een lid"), "en", title="Farewell to Mr Hendrikx")
    page = ArticlePageFactory(title="Afscheid van meneer Hendrikx")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


@pytest.mark.parametrize("how", ["draft", "restricted", "english", "deleted"])
def test_whether_a_typo_is_forgiven_does_not_depend_on_pages_the_reader_may_not_see(empty_index, how):
    """The engine's spelling check knew every indexed word: a draft's, a restricted page's, the other language's
    and a deleted page's too. A word only such a page had counted as known: the search forgave no typo, found
    nothing and offered a correction, where without that page it found the look-alike at once. What a reader got
    told whether a page they may not see has the word."""
    ArticlePageFactory(title="In gesprek met mevrouw Hendriks")
    refresh_index()

    def outcome():
        response = service.search(SearchParams(query="hendrikx"), log=False)
        return [hit.card.title for hit in response.hits], response.count, response.corrected

    without_it = outcome()
    hidden_page(how)
    refresh_index()
    assert outcome() == without_it == (["In gesprek met mevrouw Hendriks"], 1, "")


def test_pages_the_engine_scores_the_same_come_newest_first_then_by_id(empty_index):
    """Left to the engine, pages with the same score came in the order its index happened to hold them: the page
    indexed last came last, so an editor's correction to one page moved it below its twin, and the quality gate's
    ranks moved between runs of unchanged code."""
    same = {"title": "Gesprekstechnieken voor de raad", "intro": "Zo voer je een goed gesprek."}
    older = ArticlePageFactory(**same, publication_date=datetime.date(2024, 3, 1))
    refresh_index()
    newer = ArticlePageFactory(**same, publication_date=datetime.date(2025, 3, 1))
    refresh_index()
    first, second = (ArticlePageFactory(**same, publication_date=datetime.date(2023, 3, 1)) for _ in range(2))
    first.save_revision().publish()  # indexed again, after its twin
    refresh_index()
    found = [hit.card.pk for hit in service.search(SearchParams(query="gesprekstechnieken"), log=False).hits]
    assert found == [newer.pk, older.pk, first.pk, second.pk]


def test_a_facet_shows_its_most_frequent_values_and_each_facet_its_own(empty_index):
    """The engine counts every facet in one pass over one field that holds all their values: a facet still shows at
    most FACET_VALUES of its own values, most frequent first, then by name, and no other facet's."""
    many = [f"onderwerp-{number:03d}" for number in range(engine.FACET_VALUES + 20)]
    ArticlePageFactory(title="Facetlijst een", keywords=many, themes=[theme("achterban")])
    ModulePageFactory(title="Facetlijst twee", keywords=["zeldzaam", "onderwerp-119"], themes=[theme("achterban")])
    refresh_index()
    facets = service.search(SearchParams(query="facetlijst"), log=False).facets
    shown = list(facets["keyword"])
    assert len(shown) == engine.FACET_VALUES
    assert shown[:3] == ["onderwerp-119", "onderwerp-000", "onderwerp-001"]  # twice, then once by name
    assert facets["keyword"]["onderwerp-119"] == 2 and "zeldzaam" not in shown  # "z" comes after the hundredth
    assert facets["theme"] == {"achterban": 2}
    assert facets["type"] == {"article": 1, "module": 1}


def test_part_of_a_compound_finds_the_compound(corpus):
    assert titles("klankbord")[0] == corpus["klankbord"].title


def test_dutch_stemming_joins_word_forms(corpus):
    assert corpus["werven"].title in titles("werving")
    assert corpus["begroting"].title in titles("begrotingen")


def test_the_joined_sub_field_holds_only_two_words_written_as_one(corpus):
    """A text's "werk plan" is found as "werkplan"; but a word beside a removed stop word ("de wet") must not be
    indexed alone there too, or every word of a query would score twice (`.joined` is searched with each word)."""
    backend = service.engine_backend()
    request = {"field": "kb_intro.joined", "text": "Het werk plan van de raad en de wet"}
    if backend.engine_family == "elasticsearch":
        answer = backend.es.indices.analyze(index=engine.index_name(backend), **request)
    else:
        answer = backend.es.indices.analyze(index=engine.index_name(backend), body=request)
    tokens = {token["token"] for token in answer["tokens"]}
    assert "werkplan" in tokens
    assert not tokens & {"werk", "plan", "rad", "raad", "wet"}, tokens


def test_a_word_only_in_the_body_is_found_and_the_admin_still_finds_titles(corpus, admin_client):
    """The body is searched in its own field; modelsearch's catch-all `_all_text` leaves it out (a quarter of the
    engine's indexing work): a reader still finds a word only the body has, and an editor's page search in the admin
    (which completes titles) still finds the page."""
    from wagtail.rich_text import RichText

    from tests.factories import ArticlePageFactory
    from tests.shared_data import refresh_engine_index

    body = [("paragraph", RichText("<p>Het zwembadbezoek van de bewoners ging niet door.</p>"))]
    page = ArticlePageFactory(title="Uitjes op de locatie", body=body)
    refresh_engine_index()
    assert titles("zwembadbezoek") == [page.title]
    backend = service.engine_backend()
    properties = backend.es.indices.get_mapping(index=engine.index_name(backend))
    properties = next(iter(properties.values()))["mappings"]["properties"]
    assert "copy_to" not in properties["kb_body"] and "copy_to" not in properties["kb_body_en"]
    assert "_all_text" in properties["title"]["copy_to"]
    listing = admin_client.get("/admin/pages/search/", {"q": "uitjes"})
    assert listing.status_code == 200 and page.title in listing.content.decode()
