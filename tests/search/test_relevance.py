"""Relevance where the whole word wins (issue 17, point 1), on whichever backend this run is configured with."""

import pytest
from django.db import connection
from django.urls import reverse
from wagtail.rich_text import RichText

from search import presenters, service
from search.params import SearchParams
from search.service import engine_backend
from tests.factories import ArticlePageFactory, ModulePageFactory, theme
from tests.search.dead_engine import dead_engine_backends
from tests.shared_data import module_pages

pytestmark = pytest.mark.django_db

FILLER = "De raad bespreekt de zorg en de organisatie met de bestuurder. "


def build(home):
    return {
        # The item about the compound: the whole word once, in the title.
        "compound": ArticlePageFactory(title="Zorgorganisatie kiezen", intro="Waar let je op bij een overstap?"),
        # Items that merely contain its parts, many times.
        **{f"part{n}": ArticlePageFactory(title=f"Zorg en organisatie {n}", intro=FILLER * 4) for n in range(3)},
        "bereiken": ArticlePageFactory(title="Bewoners bereiken", intro="Zo spreek je mensen thuis aan."),
        "werkplan": ModulePageFactory(title="Het werkplan van het jaar", intro="Prioriteiten voor de komende tijd."),
        "split": ArticlePageFactory(title="Een klankbord groep starten", intro="Mensen die meedenken."),
        "werven": ModulePageFactory(
            title="Nieuwe leden werven",
            intro="Werving van leden voor de cliëntenraad.",
            themes=[theme("organiseren-medezeggenschap")],
        ),  # fmt: skip
        "achterban": ArticlePageFactory(title="Achterban raadplegen", intro="Een enquête onder bewoners."),
        # Two compounds that share a part ("zorg"), and a page that has only that part.
        "both": ArticlePageFactory(title="De mantelzorger en de zorgverzekeraar", intro="Wie betaalt wat?"),
        "shared_part": ModulePageFactory(title="Zorg dichtbij huis", intro="Wat de wijk kan doen."),
        # A name that only a long report's body mentions, once; and a short page with the name's words apart.
        "name": ArticlePageFactory(title="Verslag van de themadag", intro="Wat we hoorden.", body=paragraphs(
            LONG + "Loes den Dulk, stichting Raad op Maat, vertelde over haar achterban. " + LONG)),
        "words": ArticlePageFactory(title="Adviseren doe je zo", intro="Zo bereid je een advies voor.",
                                    body=paragraphs("De raad geeft een advies op maat, samen met de achterban.")),
        # A question whose words this page has spread over its title and its body ...
        "rights": ArticlePageFactory(title="De rechten van de cliëntenraad", intro="Advies en instemming.",
                                     body=paragraphs("Wat de wet geeft, en hoe je het gebruikt.")),
        # ... and a page that has most of them in its body, about something else.
        # A plural whose singular ends in a vowel, and the singular in a page's body only.
        "mergers": ModulePageFactory(title="Fusies begeleiden", intro="Een traject voor stichtingen die samengaan."),
        "merger": ArticlePageFactory(title="Samengaan van twee stichtingen", intro="Wat verandert er voor bewoners?",
                                     body=paragraphs("Na de fusie komt er één bestuur.")),
        "moving": ModulePageFactory(title="Verhuizen", intro="Wat er komt kijken bij een verhuizing.", body=paragraphs(
            "De wet geeft bewoners rechten bij een verhuizing. " + LONG[:400])),
    }  # fmt: skip


LONG = "De raad bespreekt de jaarplanning, de vergaderdata en de agenda met de ondersteuner. " * 30


def paragraphs(text):
    return [("paragraph", RichText(f"<p>{text}</p>"))]


_relevance_once, relevance = module_pages(build, "relevance")


def titles(query, **kwargs):
    return [hit.card.title for hit in service.search(SearchParams(query=query, **kwargs), log=False).hits]


def test_the_whole_word_outranks_its_parts_and_stems_and_compounds_match(relevance):
    assert titles("zorgorganisatie")[0] == relevance["compound"].title
    assert relevance["bereiken"].title in titles("bereik")  # stemming, SQLite too
    assert titles("werk plan")[0] == relevance["werkplan"].title  # split in the query, joined in the text
    if engine_backend() is not None:  # joined in the query, split in the text: the engine's `.joined` sub-field
        assert titles("klankbordgroep")[0] == relevance["split"].title


def test_a_plural_in_s_finds_its_singular_and_back(relevance):
    """Dutch nouns that end in a vowel take -s ("fusie", "fusies"; "thema", "thema's"), which the engine's stemmer
    kept: "fusies" found the singular only where typos were forgiven, in title and intro, never in a body."""
    pair = {relevance["mergers"].title, relevance["merger"].title}
    assert pair <= set(titles("fusies"))
    assert pair <= set(titles("fusie"))


def test_a_long_question_finds_its_content_words_not_the_whole_site(relevance):
    found = titles("hoe werven we nieuwe leden voor de cliëntenraad")
    assert found[0] == relevance["werven"].title
    assert len(found) <= 2, found  # not every page that has "de", "voor" or "raad"


def test_a_question_with_two_words_written_as_one_still_requires_its_words(relevance):
    """A question is also looked for with two of its words written as one ("klankbordgroep verhuizing"): as strict as
    the question (which requires two of its three words), not any one of its words ("verhuizing" alone)."""
    found = titles("klankbord groep verhuizing")
    assert found[:1] == [relevance["split"].title]
    assert relevance["moving"].title not in found  # only "verhuizing"


def test_a_typo_still_finds_the_page_and_no_result_shows_the_correction(relevance):
    response = service.search(SearchParams(query="achterbam"), log=False)
    assert [hit.card.title for hit in response.hits][:1] == [relevance["achterban"].title]
    if engine_backend() is None and connection.vendor == "sqlite":  # no typo tolerance: the correction answers
        assert response.corrected == "achterban"
    assert service.search(SearchParams(query="xqzwv"), log=False).count == 0


def test_a_correction_reads_the_titles_once_and_not_for_stop_words(relevance, django_assert_num_queries):
    """A search that finds nothing looks for a correction among the words of the visible titles and names: read
    once per language until its lists change (read for each such search, they took 3 s at 200,000 items), and not at
    all for a query of stop words, which has nothing to correct."""
    locale_id = service.locale_id_for("nl")
    with django_assert_num_queries(0):
        assert presenters.did_you_mean("van de", locale_id, every_word=True) == ""
    presenters.did_you_mean("achterbam", locale_id)
    with django_assert_num_queries(0):
        assert presenters.did_you_mean("achterbam", locale_id, every_word=True) == "achterban"
    ArticlePageFactory(title="Een thema-avond over inspraak")  # published: its language's lists change
    assert presenters.did_you_mean("thema-avodn", locale_id, every_word=True) == "thema-avond"


def test_the_search_page_shows_the_correction_it_answers_with(client, relevance):
    page = client.get(reverse("search"), {"q": "achterbam"}).content.decode()
    assert relevance["achterban"].title in page
    answer = client.get(reverse("search_api"), {"q": "achterbam"}).json()
    if engine_backend() is None and connection.vendor == "sqlite":
        assert "dit zijn de resultaten voor “achterban”" in page
        assert answer["corrected"] == "achterban"  # the API says so too
        # The count names the words its results are for, and an e-mail alert follows them: "18 results for
        # 'achterbam'" under "nothing found for 'achterbam'" said two things, and the alert followed the typo.
        assert f'role="status">{answer["count"]} resultaten voor “achterban”</p>' in page
        assert "?search=q%3Dachterban" in page
    else:
        assert answer["corrected"] == ""


@pytest.mark.engine
def test_a_part_two_query_words_share_does_not_stand_for_both(relevance):
    """Compound parts count only when every word of the query is there, whole or as a part: a page with "zorg" alone
    (a part of both "zorgverzekeraar" and "mantelzorger") is not two of the three words asked for (on a large site
    nearly every page would be)."""
    found = titles("zorgverzekeraar mantelzorger eigen bijdrage")
    assert found[:1] == [relevance["both"].title]
    assert relevance["shared_part"].title not in found


@pytest.mark.engine
def test_a_name_in_a_long_body_outranks_its_words_apart_in_a_short_page(relevance):
    """The words exactly as written count wherever they are: a long body does not dilute them."""
    assert titles("Raad op Maat")[0] == relevance["name"].title


@pytest.mark.engine
def test_a_question_finds_the_page_that_has_its_words_in_title_and_body(relevance):
    """Most of a question's words are required over the page's fields together, each scoring where it weighs most:
    not only a page that happens to hold them all in one field."""
    assert titles("welke rechten geeft de wet de cliëntenraad")[0] == relevance["rights"].title


@pytest.mark.engine
def test_a_question_lists_exactly_the_pages_it_counts(relevance):
    """From three words on the page of results scores the body apart from title, intro and taxonomy
    (search/engine.py, `LEAD_APART`): it still lists the pages the count promises, no more (a page with one of the
    words in its intro: "werven") and no fewer (the words spread over title and body, or most of them in a body)."""
    response = service.search(SearchParams(query="welke rechten geeft de wet de cliëntenraad"), log=False)
    found = [hit.card.title for hit in response.hits]
    assert {relevance["rights"].title, relevance["moving"].title} <= set(found)
    assert relevance["werven"].title not in found
    assert response.count == len(found)


@pytest.mark.postgres
def test_postgresql_database_search_matches_a_question_over_title_and_body_together(relevance, settings):
    """PostgreSQL's database search (no engine, or the engine's fallback) finds its candidates per field, through
    the GIN indexes; a question whose required words are spread over title and body is still found, and counted."""
    backends = dead_engine_backends()  # on the production run the engine answers; here it cannot, so the fallback
    backends["fallback"] = settings.WAGTAILSEARCH_BACKENDS["fallback"]
    settings.WAGTAILSEARCH_BACKENDS = backends
    response = service.search(SearchParams(query="welke rechten geeft de wet de cliëntenraad"), log=False)
    assert response.backend == "database"
    assert [hit.card.title for hit in response.hits][:1] == [relevance["rights"].title]
    assert response.count == len(response.hits)
