"""A reader's first screen on a phone (375 x 800): the page's title, not the header; a Menu button for the main menu
and the search box that works with and without JavaScript; and a language switch that leads back.

The demo's pages all have both languages, so the switch test publishes one Dutch article without English on the demo
site for its own duration (one Django process, `manage.py shell` on the server's database) and deletes it after.
"""

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.server import browser_database_name

# The header's layout and the switch's way back are the same on every stack: judged in the embedded run.
pytestmark = [pytest.mark.browser, pytest.mark.same_on_every_stack]

PHONE = {"width": 375, "height": 800}
DESKTOP = {"width": 1280, "height": 900}
FIRST_SCREEN_PAGES = ["home", "article", "module", "theme"]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def width():
    """Phone only: these tests are about the phone's first screen (the page types' checks run at both widths)."""
    return "phone"


def test_each_page_types_title_lies_within_the_first_phone_screen(watched, demo_site):
    context, _watch = watched(viewport=PHONE)
    page = context.new_page()
    for page_type in FIRST_SCREEN_PAGES:
        for language in ("nl", "en"):
            page.goto(demo_site.pages[page_type][language])
            box = page.get_by_role("heading", level=1).bounding_box()
            where = f"{page_type} ({language})"
            assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], f"{where}: h1 at {box}"
            assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), f"{where}: sideways scroll"
            expect(page.get_by_role("navigation", name=("Taal", "Language")[language == "en"])).to_be_visible()


def test_the_menu_button_opens_the_main_menu_and_without_javascript_the_menu_is_open(watched, demo_site):
    article = demo_site.pages["article"]["nl"]
    page = watched(viewport=PHONE)[0].new_page()
    page.goto(article)
    menu, nav = page.get_by_role("button", name="Menu", exact=True), page.locator("nav.main-nav")
    search = page.locator("header form[role=search]")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(nav).to_be_hidden()
    expect(search).to_be_hidden()
    menu.focus()
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(nav.get_by_role("link", name="Opleidingsgids")).to_be_visible()
    expect(search).to_be_visible()
    nav.get_by_role("link", name="Opleidingsgids").focus()
    page.keyboard.press("Escape")
    expect(menu).to_be_focused()
    expect(menu).to_have_attribute("aria-expanded", "false")

    no_script = watched(viewport=PHONE, java_script_enabled=False)[0].new_page()
    no_script.goto(article)
    expect(no_script.get_by_role("button", name="Menu", exact=True)).to_be_hidden()
    expect(no_script.locator("header form[role=search]")).to_be_visible()
    no_script.locator("nav.main-nav").get_by_role("link", name="Opleidingsgids").click()
    expect(no_script.get_by_role("heading", level=1)).to_have_text("Opleidingsgids")

    desktop = watched(viewport=DESKTOP)[0].new_page()
    desktop.goto(article)
    expect(desktop.get_by_role("button", name="Menu", exact=True)).to_be_hidden()
    expect(desktop.locator("nav.main-nav")).to_be_visible()
    expect(desktop.locator("header form[role=search]")).to_be_visible()


CREATE_AND_WAIT = """
import json, sys
from articles.models import ArticleIndexPage, ArticlePage
from wagtail.models import Locale
index = ArticleIndexPage.objects.get(locale=Locale.objects.get(language_code="nl"))
page = index.add_child(instance=ArticlePage(title="Alleen in het Nederlands, voor even", slug="alleen-nl-test-telefoon",
                                            intro="Deze pagina heeft geen Engelse versie."))
page.save_revision().publish()
print(json.dumps({"url": page.url}), flush=True)
sys.stdin.readline()
ArticlePage.objects.get(pk=page.pk).delete()
"""


def server_database_url(demo_site):
    """The demo server's database (tests/browser/server.py): its SQLite file, or its PostgreSQL database."""
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        return f"sqlite:///{demo_site.log.parent / 'browser.sqlite3'}"
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path=f"/{browser_database_name()}"))


@pytest.fixture
def dutch_only_article(demo_site):
    """The path of a Dutch article without English, on the demo site while the test runs."""
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="config.settings.test", DATABASE_URL=server_database_url(demo_site),
               TEST_MEDIA_ROOT=str(demo_site.log.parent / "media"),
               TEST_SEARCH_INDEX_PREFIX=f"{settings.SEARCH_INDEX_PREFIX}browser_")  # fmt: skip
    shell = subprocess.Popen([sys.executable, "manage.py", "shell", "-v", "0", "-c", CREATE_AND_WAIT], cwd=REPO,
                             env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        yield json.loads(shell.stdout.readline())["url"]
    finally:
        shell.communicate("done\n", timeout=60)
    assert shell.returncode == 0, "the test's article was deleted again"


def test_the_language_switch_returns_to_the_page_without_a_translation(watched, demo_site, dutch_only_article):
    page = watched(viewport=PHONE)[0].new_page()
    page.goto(dutch_only_article)
    title = page.get_by_role("heading", level=1).inner_text()
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English, not yet available").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator(".notice[role=status]")).to_contain_text("not available in this language yet")
    back = page.get_by_role("link", name="Back to the page you were reading")
    assert back.get_attribute("href") == dutch_only_article
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Nederlands").click()
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    assert urlsplit(page.url).path == dutch_only_article, "back on the page, not the Dutch home page"
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
