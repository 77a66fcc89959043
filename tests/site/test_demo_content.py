"""load_demo gives a browsable demo site, and running it again changes nothing."""

import pytest
from django.core.management import call_command

from articles.models import ArticlePage, ModulePage, PracticalExamplePage
from home import front
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
    assert HomePage.objects.get(locale__language_code="nl").featured_modules.count() == 4


def test_home_page_shows_latest_articles_and_featured_modules(demo, client):
    html = client.get("/").content.decode()
    newest = ArticlePage.objects.live().filter(locale__language_code="nl").order_by("-publication_date").first()
    featured = HomePage.objects.get(locale__language_code="nl").featured_modules.first().module
    assert newest.title in html and featured.title in html
    assert ModulePage.objects.live().exists()


def test_the_demo_can_be_browsed_in_english(demo, client):
    dutch, english = (
        sum(model.objects.live().filter(locale__language_code=code).count() for model in CONTENT_MODELS)
        for code in ("nl", "en")
    )
    assert english * 3 >= dutch, "at least a third of the demo pages is translated"
    html = client.get("/en/").content.decode()
    newest = ArticlePage.objects.live().filter(locale__language_code="en").order_by("-publication_date").first()
    assert '<html lang="en">' in html and newest.title in html
    featured = HomePage.objects.get(locale__language_code="en")
    assert all(module.locale == featured.locale for module in front.featured_modules(featured))
    for page in ArticlePage.objects.live().filter(locale__language_code="en"):
        assert {theme.locale.language_code for theme in page.themes.all()} == {"en"}, page.title
        assert all(tag.language == "en" or tag.get_translation_or_none(page.locale) is None
                   for tag in page.keywords.all()), page.title  # fmt: skip
