"""A keyword merge repoints collection criteria (live and in drafts), and "unused" means unused by every page, draft,
revision and collection: a collection never silently widens, a draft never loses a keyword on publish."""

import pytest
from django.urls import reverse

from articles.models import ArticlePage, CollectionPage
from tests.factories import ArticlePageFactory
from themes_taxonomy.models import Keyword

pytestmark = pytest.mark.django_db


def keyword(name):
    return Keyword.objects.get_or_create(name=name, defaults={"slug": name})[0]


def collection_with(home, live, draft):
    """A published collection selecting `live` keywords, with an unpublished draft selecting `draft`."""
    collection = CollectionPage(title="Collectie", slug="collectie")
    home.add_child(instance=collection)
    collection.keywords.set(live)
    collection.save_revision().publish()
    collection = CollectionPage.objects.get(pk=collection.pk)
    collection.keywords.set(draft)
    collection.save_revision()
    return collection


def names(keywords):
    return sorted(keyword.name for keyword in keywords)


def test_merge_repoints_collection_criteria_live_and_in_drafts(client, manager, home):
    survivor, duplicate, other = keyword("vrijwilligers"), keyword("vrijwilliger"), keyword("achterban")
    collection = collection_with(home, live=[duplicate], draft=[duplicate, other])
    response = client.post(reverse("kennisbank_merge_keywords"), {"survivor": survivor.pk, "merged": [duplicate.pk]})
    assert response.status_code == 302 and not Keyword.objects.filter(pk=duplicate.pk).exists()

    live = CollectionPage.objects.get(pk=collection.pk)
    assert names(live.keywords.all()) == ["vrijwilligers"], "the collection still selects by the kept keyword"
    draft = live.get_latest_revision_as_object()
    assert names(draft.keywords.all()) == ["achterban", "vrijwilligers"]
    draft.save_revision().publish()
    assert names(CollectionPage.objects.get(pk=collection.pk).keywords.all()) == ["achterban", "vrijwilligers"]


def test_remove_unused_keeps_keywords_of_collections_drafts_and_revisions(client, manager, home):
    by_collection, in_collection_draft = keyword("collectiecriterium"), keyword("collectieconcept")
    in_page_draft = keyword("paginaconcept")
    keyword("ongebruikt")
    collection_with(home, live=[by_collection], draft=[by_collection, in_collection_draft])
    page = ArticlePageFactory(title="Een artikel", keywords=["achterban"])
    page.keywords.add(in_page_draft)
    page.save_revision()  # only the draft has 'paginaconcept'

    listing = client.get(reverse("kennisbank_remove_unused_keywords")).content.decode()
    assert "ongebruikt" in listing and "paginaconcept" not in listing and "collectiecriterium" not in listing
    client.post(reverse("kennisbank_remove_unused_keywords"))
    remaining = names(Keyword.objects.all())
    assert "ongebruikt" not in remaining
    assert {"collectiecriterium", "collectieconcept", "paginaconcept"} <= set(remaining)

    ArticlePage.objects.get(pk=page.pk).get_latest_revision().publish()
    assert "paginaconcept" in names(ArticlePage.objects.get(pk=page.pk).keywords.all()), "the draft kept it"
