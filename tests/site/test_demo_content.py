"""load_demo gives a browsable demo site, and running it again changes nothing."""

import pytest
from django.core.management import call_command

from articles.models import ArticlePage, ModulePage, PracticalExamplePage
from home.models import HomePage
from themes_taxonomy.browse import CONTENT_MODELS
from themes_taxonomy.models import Theme


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))


def live_counts():
    return [model.objects.live().count() for model in CONTENT_MODELS]


def test_demo_has_the_promised_amount_of_content(demo):
    articles, modules, examples = live_counts()
    assert articles >= 12 and modules >= 8 and examples >= 8
    sectors = {sector.slug for page in PracticalExamplePage.objects.live() for sector in page.sectors.all()}
    assert len(sectors) >= 4
    assert all(page.list_image for page in ArticlePage.objects.live())


def test_every_theme_is_in_use(demo):
    for theme in Theme.objects.all():
        assert any(model.objects.live().filter(themes=theme).exists() for model in CONTENT_MODELS), theme.slug


def test_running_it_again_creates_nothing(demo):
    before = live_counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert live_counts() == before
    assert HomePage.objects.get().featured_modules.count() == 4


def test_home_page_shows_latest_articles_and_featured_modules(demo, client):
    html = client.get("/").content.decode()
    newest = ArticlePage.objects.live().order_by("-publication_date").first()
    featured = HomePage.objects.get().featured_modules.first().module
    assert newest.title in html and featured.title in html
    assert ModulePage.objects.live().exists()
