"""Every article, module and practical example leads on to related items of the other types, and to its learning
path: one section per other type (search/paths.py); every theme to its path (leerroute)."""

import pytest
from django.utils import translation

from articles.models import PathLink
from search.paths import page_sections, theme_path
from search.related import cached_related, related_items
from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, theme

from .conftest import refresh_index

pytestmark = pytest.mark.django_db


def test_related_items_share_taxonomy_across_types_and_exclude_self_and_drafts(corpus):
    draft = ModulePageFactory(title="Concept over de achterban", themes=[theme("achterban")], publish=False, live=False)
    refresh_index()
    related = related_items(corpus["achterban"])
    assert related[0].pk == corpus["jeugd"].pk, "shares the theme and the keyword: ranked first"
    assert corpus["achterban"].pk not in [page.pk for page in related]
    assert draft.pk not in [page.pk for page in related]
    assert len(related) <= 6


def test_pinned_items_come_first_and_left_out_items_never(corpus):
    PathLink.objects.create(source=corpus["achterban"], page=corpus["begroting"], sort_order=0)
    PathLink.objects.create(source=corpus["achterban"], page=corpus["jeugd"], sort_order=1, exclude=True)
    assert related_items(corpus["achterban"])[0].pk == corpus["begroting"].pk
    assert corpus["jeugd"].pk not in [card.pk for card in related_items(corpus["achterban"])]
    sections = dict(page_sections(corpus["achterban"]))
    assert sections["module"][0].pk == corpus["begroting"].pk, "a pin leads its type's section"
    assert corpus["jeugd"].pk not in [card.pk for cards in sections.values() for card in cards]


def test_a_page_shows_a_section_per_other_type_and_leaves_empty_ones_out(client, corpus):
    sections = dict(page_sections(corpus["achterban"]))
    assert [card.pk for card in sections["example"]] == [corpus["jeugd"].pk], "shares the theme and the keyword"
    assert "article" not in sections, "an article's sections are the other types"
    html = client.get(corpus["achterban"].url).content.decode()
    assert 'id="path-example-title">Zo deden anderen het</h2>' in html and corpus["jeugd"].title in html
    if "module" not in sections:
        assert "Leer het" not in html, "a section with nothing to show is left out"
    module_sections = dict(page_sections(corpus["begroting"]))
    assert corpus["klankbord"].pk in [card.pk for card in module_sections["article"]], "why it matters"


def test_a_theme_path_starts_with_its_basic_course_else_its_most_central_item(client, corpus):
    advice, achterban = theme("adviesonderwerpen"), theme("achterban")
    assert [card.pk for card in theme_path(achterban)] == [corpus["jeugd"].pk, corpus["achterban"].pk]
    assert [card.pk for card in theme_path(advice)][0] == corpus["begroting"].pk, "no basic course: a module"
    course = ModulePageFactory(title="Basiscursus adviseren", kind="basiscursus", themes=[advice])
    steps = theme_path(advice)
    assert [card.pk for card in steps] == [course.pk, corpus["begroting"].pk, corpus["klankbord"].pk]
    with translation.override("nl"):
        html = client.get(f"/themas/{advice.slug}/").content.decode()
    assert 'id="path-title">Leerroute</h2>' in html and "Begin hier" in html and course.title in html


def test_related_items_are_shown_on_the_page_and_cached(client, corpus, django_assert_max_num_queries):
    html = client.get(corpus["achterban"].url).content.decode()
    assert 'id="path-example-title"' in html and corpus["jeugd"].title in html
    cached_related(corpus["achterban"])
    with django_assert_max_num_queries(0):  # the cards come from the cache, not from the database
        cached = cached_related(corpus["achterban"])
    assert corpus["jeugd"].pk in [card.pk for card in cached]


def test_publishing_refreshes_related_items(client, corpus):
    client.get(corpus["werven"].url)
    newcomer = PracticalExamplePageFactory(title="Een wervingsactie op de markt", keywords=["werven"])
    refresh_index()
    assert newcomer.title in client.get(corpus["werven"].url).content.decode()


def test_an_item_without_any_taxonomy_still_renders(client, empty_index):
    lonely = ArticlePageFactory(title="Los artikel")
    assert client.get(lonely.url).status_code == 200
