"""Expired content (Plone's expiration date) disappears from listings, theme pages and search."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from articles.models import ArticleIndexPage
from home.structure import section
from search import service
from search.params import SearchParams
from tests.factories import ArticlePageFactory, theme
from themes_taxonomy.models import ThemeIndexPage

from .conftest import refresh_index

pytestmark = pytest.mark.django_db


def found(query):
    return [hit.card.title for hit in service.search(SearchParams(query=query)).hits]


def test_expired_article_disappears_before_and_after_the_scheduled_job(client, empty_index):
    same = {"intro": "Over inspraak van bewoners.", "themes": [theme("achterban")]}
    kept = ArticlePageFactory(title="Inspraak blijft", **same)
    gone = ArticlePageFactory(title="Inspraak verlopen", **same)
    Page.objects.filter(pk=gone.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    refresh_index()
    listing = section(ArticleIndexPage, empty_index).url
    theme_page = section(ThemeIndexPage, empty_index).url + "achterban/"

    for url in (listing, theme_page, "/zoeken/?q=inspraak"):  # hidden at once, before the job has run
        html = client.get(url).content.decode()
        assert kept.title in html and gone.title not in html, url
    assert found("inspraak") == [kept.title]

    call_command("publish_scheduled")
    gone.refresh_from_db()
    assert not gone.live and gone.expired
    assert PageLogEntry.objects.filter(page=gone, action="wagtail.unpublish.scheduled").exists()
    refresh_index()
    assert found("inspraak") == [kept.title]
    assert gone.title not in client.get(listing).content.decode()


def test_a_future_expiry_date_changes_nothing_yet(client, empty_index):
    page = ArticlePageFactory(title="Nog geldig", intro="Over inspraak.")
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() + datetime.timedelta(days=30))
    refresh_index()
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert page.title in client.get(section(ArticleIndexPage, empty_index).url).content.decode()
    assert found("inspraak") == [page.title]
