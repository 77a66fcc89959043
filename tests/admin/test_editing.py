"""Editors can create every content type and manage the taxonomy in the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from articles.models import ArticleIndexPage, ArticlePage
from home.structure import section
from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, theme


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.org", "geheim-wachtwoord")
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("factory", [ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory])
def test_edit_form_opens_for_every_content_type(editor_client, home, factory):
    page = factory(themes=[theme("achterban")], keywords=["achterban"])
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="themes"' in html and 'name="keywords"' in html and 'name="sectors"' in html


@pytest.mark.django_db
def test_editor_creates_an_article_as_a_draft_with_theme_and_keyword(editor_client, home):
    index = section(ArticleIndexPage, home)
    url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", index.pk])
    assert editor_client.get(url).status_code == 200
    data = {
        "title": "Een nieuw artikel",
        "slug": "een-nieuw-artikel",
        "intro": "Korte inleiding.",
        "body-count": "0",
        "themes": [theme("achterban").pk],
        "keywords": "achterban, werven",
        "publication_date": "2026-01-15",
        "edition": "",
        "people_quoted": "",
        "path_links-TOTAL_FORMS": "0",
        "path_links-INITIAL_FORMS": "0",
        "path_links-MIN_NUM_FORMS": "0",
        "path_links-MAX_NUM_FORMS": "6",
    }
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ArticlePage.objects.get(slug="een-nieuw-artikel")
    assert not page.live
    draft = page.get_latest_revision_as_object()
    assert [t.slug for t in draft.themes.all()] == ["achterban"]
    assert sorted(k.name for k in draft.keywords.all()) == ["achterban", "werven"]


@pytest.mark.django_db
@pytest.mark.parametrize("model", ["theme", "sector", "keyword"])
def test_taxonomy_snippets_are_listed_in_the_admin(editor_client, home, model):
    response = editor_client.get(reverse(f"wagtailsnippets_themes_taxonomy_{model}:list"))
    assert response.status_code == 200


@pytest.mark.django_db
def test_search_report_lists_popular_and_zero_result_searches(editor_client, home):
    from search import querylog

    for query, results in [("achterban", 4), ("achterban", 4), ("klachtenregeling xyz", 0)]:
        querylog.record(query, "nl", results)
    html = editor_client.get(reverse("kennisbank_search_report")).content.decode()
    popular, zero = html.split("klachtenregeling xyz", 1)[0], html.rsplit("<table", 1)[1]
    assert "achterban" in popular and "klachtenregeling xyz" in zero and "achterban" not in zero


@pytest.mark.django_db
def test_editors_manage_synonyms(editor_client, home):
    response = editor_client.get(reverse("wagtailsnippets_kennisbank_search_synonym:add"))
    assert response.status_code == 200


@pytest.mark.django_db
def test_a_dutch_article_offers_only_dutch_themes_and_sectors(editor_client, home):
    index = section(ArticleIndexPage, home)
    html = editor_client.get(reverse("wagtailadmin_pages:add", args=["articles", "articlepage", index.pk])).content
    html = html.decode()
    assert "Contact met de achterban" in html and "Jeugdzorg" in html
    assert "Contact with the people you represent" not in html, "English themes belong to English pages"
    assert "Youth care" not in html, "English sectors belong to English pages"


@pytest.mark.django_db
def test_collection_form_offers_the_registered_content_types(editor_client, home):
    from articles.models import CollectionPage
    from core import registry

    url = reverse("wagtailadmin_pages:add", args=["articles", "collectionpage", home.pk])
    html = editor_client.get(url).content.decode()
    assert all(f'name="content_types" value="{code}"' in html for code in registry.codes())
    data = {"title": "Alleen modules", "slug": "alleen-modules", "intro": "", "content_types": ["module"],
            "sort_order": "newest"}  # fmt: skip
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert CollectionPage.objects.get(slug="alleen-modules").get_latest_revision_as_object().content_types == ["module"]
