"""load_demo gives a browsable demo site, and running it again changes nothing; its data files are well formed."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale

from articles.models import ArticlePage, ModulePage, PracticalExamplePage
from core import registry
from home import front
from home.demo import loader
from home.models import HomePage
from themes_taxonomy.models import Sector, Theme

# Loading the demo costs half a minute on SQLite and more on PostgreSQL with the engine. On the production stack the
# browser suite's demo site is loaded by the same command, and its pages are visited and judged there.
pytestmark = pytest.mark.same_on_every_stack


@pytest.fixture(scope="module")
def _demo_loaded(django_db_setup, django_db_blocker):
    """load_demo takes half a minute, so it runs once for this module, in a transaction rolled back at its end;
    each test runs inside it and is rolled back on its own too."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(_demo_loaded, db):
    pass


def live_counts():
    return [model.objects.live().count() for model in registry.models()]


def test_demo_has_the_promised_amount_of_content(demo):
    articles, modules, examples = live_counts()
    assert articles >= 12 and modules >= 8 and examples >= 8
    sectors = {sector.slug for page in PracticalExamplePage.objects.live() for sector in page.sectors.all()}
    assert len(sectors) >= 4
    assert all(page.list_image for page in ArticlePage.objects.live())


def test_every_theme_is_in_use(demo):
    for theme in Theme.objects.all():
        assert any(model.objects.live().filter(themes=theme).exists() for model in registry.models()), theme.slug


def test_running_it_again_creates_nothing(demo):
    before = live_counts()
    call_command("load_demo", stdout=io.StringIO())
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
        sum(model.objects.live().filter(locale__language_code=code).count() for model in registry.models())
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


# The data files (home/demo/data/): each item's Dutch and English side by side, read and checked by the loader.


def test_every_data_file_is_well_formed_and_has_its_english_side(db):
    items, collections = loader.read_items(), loader.read_collections()
    site = loader.read_site()
    assert len(items) == len(list(loader.DATA.glob("*/*.yaml"))) - len(collections)
    assert {item.code for item in items} == set(registry.codes())
    themes = set(Theme.objects.filter(locale__language_code="nl").values_list("slug", flat=True))
    sectors = set(Sector.objects.filter(locale__language_code="nl").values_list("slug", flat=True))
    for item in items + collections:
        assert set(item.data.get("themes", [])) <= themes, item.path.name
        assert set(item.data.get("sectors", [])) <= sectors, item.path.name
        assert item.fields("en")["title"] and item.fields("en")["slug"] != item.fields("nl")["slug"], item.path.name
    assert all(site[name] for name in loader.SITE_SETTINGS)
    for code in registry.codes():
        english = [item.data["slug"]["en"] for item in items if item.code == code]
        assert len(set(english)) == len(english), f"two English {code} slugs are the same"


def test_the_pages_carry_the_words_of_their_data_files(demo):
    for item in loader.read_items():
        dutch = registry.get(item.code).model.objects.get(locale__language_code="nl", slug=item.data["slug"]["nl"])
        english = dutch.get_translation(Locale.objects.get(language_code="en"))
        for language, page in (("nl", dutch), ("en", english)):
            for name, value in item.fields(language).items():
                assert getattr(page, name) == value, (item.path.name, language, name)
            assert len(page.body) == len(item.data["body"]), (item.path.name, language)
        assert sorted(tag.name for tag in dutch.keywords.all()) == sorted(k["nl"] for k in item.data["keywords"])


def write(tmp_path, name, text):
    path = tmp_path / "article" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """\
slug: {nl: een-stuk, en: a-piece}
publication_date: 2025-01-02
title: {nl: Een stuk, en: A piece}
intro: {nl: Kort., en: Short.}
edition: {nl: 'Zorg en Zeggenschap, winter 2025', en: 'Zorg en Zeggenschap, winter 2025'}
themes: [achterban]
sectors: []
keywords:
  - {nl: tips, en: tips}
body:
  - heading: {nl: Kop, en: Heading}
  - quote:
      text: {nl: Zo gaat het., en: That is how it goes.}
      attribution: {nl: Iemand, en: Someone}
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("title: {nl: Een stuk, en: A piece}", "title: {nl: Een stuk}"), "English side"),
        (("title: {nl: Een stuk, en: A piece}", "title: Een stuk"), "English side"),
        (("heading: {nl: Kop, en: Heading}", "heading: {nl: Kop, en: ''}"), "both filled in"),
        (("attribution: {nl: Iemand, en: Someone}", "attribution: {nl: Iemand}"), "English side"),
        (("  - {nl: tips, en: tips}", "  - tips"), "English side"),
        (("edition:", "editie:"), "no field 'editie'"),
        (("  - heading:", "  - kop:"), "must be one of"),
        (("publication_date: 2025-01-02", "publication_date: 2 januari"), "YYYY-MM-DD"),
        (("intro: {nl: Kort., en: Short.}\n", ""), "misses intro"),
        (("slug: {nl: een-stuk,", "slug: {nl: ander-stuk,"), "file name"),
        (("themes: [achterban]", "themes: [achterban"), "not valid YAML"),
    ],
)
def test_a_malformed_data_file_is_refused_with_its_name(tmp_path, change, message):
    assert loader.read_file("article", write(tmp_path, "een-stuk.yaml", GOOD), ArticlePage).data["title"]
    path = write(tmp_path, "een-stuk.yaml", GOOD.replace(*change))
    with pytest.raises(loader.DemoDataError, match=message) as refused:
        loader.read_file("article", path, ArticlePage)
    assert "article/een-stuk.yaml" in str(refused.value)


def test_a_link_to_an_item_that_is_not_there_is_refused(tmp_path, monkeypatch):
    cta = "  - cta:\n      target: module:bestaat-niet\n      text: {nl: Lees meer., en: Read more.}\n"
    write(tmp_path, "een-stuk.yaml", GOOD + cta + "      label: {nl: Naar de module, en: To the module}\n")
    monkeypatch.setattr(loader, "DATA", tmp_path)
    with pytest.raises(loader.DemoDataError, match="article/een-stuk.yaml: refers to 'module:bestaat-niet'"):
        loader.read_items()
