"""A publish renews what shows the page, and nothing else (core.cache): the lists of its language, its own page.

Another page's text stays cached (shown here by changing it behind the cache's back: the old text keeps being
served), the other language's lists keep their generation, and image renditions (a cache of their own) survive.
On the production run of `make test` the caches are Redis (config/settings/caches.py), so this runs there too.
"""

from datetime import timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from articles.models import ArticleIndexPage, ArticlePage
from core import cache
from home.structure import ensure_site_structure, section
from tests.factories import ArticlePageFactory, theme

pytestmark = pytest.mark.django_db


def test_a_publish_renews_its_languages_lists_and_its_own_page_and_nothing_else(client, django_assert_num_queries):
    achterban = theme("achterban")
    changed = ArticlePageFactory(title="Verkiezingen in de raad", themes=[achterban])
    other = ArticlePageFactory(title="Inspraak bij de begroting", intro="Zo praat de raad mee.", themes=[achterban])
    listing = section(ArticleIndexPage, ensure_site_structure()).url
    lists = ["/", listing, "/themas/achterban/"]
    for url in [*lists, other.url]:  # every output read once: the caches are warm
        assert client.get(url).status_code == 200
    image = Image.objects.create(title="Foto", file=get_test_image_file())
    image.get_rendition("fill-40x40")
    english = Locale.objects.get(language_code="en").pk
    english_lists = cache.generation(cache.lists_of(english))

    ArticlePage.objects.filter(pk=other.pk).update(intro="Tekst die nog niet gepubliceerd is.")  # no publish
    changed.title = "Verkiezingen voor de cliëntenraad"
    changed.save_revision().publish()

    for url in lists:
        html = client.get(url).content.decode()
        assert "Verkiezingen voor de cliëntenraad" in html and "Verkiezingen in de raad" not in html, url
    assert "Verkiezingen voor de cliëntenraad" in client.get(changed.url).content.decode()
    assert "Zo praat de raad mee." in client.get(other.url).content.decode()  # its cached text was kept
    assert cache.generation(cache.lists_of(english)) == english_lists  # the English lists were left alone
    with django_assert_num_queries(0):
        image.get_rendition("fill-40x40")  # from the renditions cache, which no publish empties


def test_a_section_publish_or_a_taxonomy_edit_renews_everything(client):
    page = ArticlePageFactory(title="Het medezeggenschapsplan", intro="Een plan voor de raad.")
    assert "Een plan voor de raad." in client.get(page.url).content.decode()
    ArticlePage.objects.filter(pk=page.pk).update(intro="Nu zonder publicatie gewijzigd.")
    index = section(ArticleIndexPage, ensure_site_structure())
    index.save_revision().publish()  # a section: its title is in every breadcrumb below it
    assert "Nu zonder publicatie gewijzigd." in client.get(page.url).content.decode()

    ArticlePage.objects.filter(pk=page.pk).update(intro="Weer gewijzigd.")
    achterban = theme("achterban")
    achterban.name = "Achterban en raadplegen"
    achterban.save()  # theme names are on every page that carries the theme
    assert "Weer gewijzigd." in client.get(page.url).content.decode()


def test_a_page_that_expires_before_the_others_leaves_the_lists_when_it_expires(client):
    """Publishing a page forgets the cached next expiry: one that expires sooner than every other page leaves the
    cached lists at its own expiry, not at the next one known before it was published."""
    listing = section(ArticleIndexPage, ensure_site_structure()).url
    later = ArticlePageFactory(title="Blijft nog twee dagen")
    later.expire_at = timezone.now() + timedelta(days=2)
    later.save_revision().publish()
    assert "Blijft nog twee dagen" in client.get(listing).content.decode()  # the next expiry known: in two days
    sooner = ArticlePageFactory(title="Verdwijnt zo")
    sooner.expire_at = timezone.now() + timedelta(minutes=5)
    sooner.save_revision().publish()
    assert "Verdwijnt zo" in client.get(listing).content.decode()
    # Six minutes on (within the cached lists' own timeout), no scheduled job has run.
    with freeze_time(timezone.now() + timedelta(minutes=6), tick=True):
        html = client.get(listing).content.decode()
    assert "Verdwijnt zo" not in html and "Blijft nog twee dagen" in html
