"""What readers do, in a real browser at phone and desktop width: search, browse by theme, switch language."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.journeys import open_menu

pytestmark = pytest.mark.browser


def search_box(page):
    return page.locator("form[role=search] input[name=q]").first


def test_reader_searches_narrows_by_type_and_opens_a_module(page, shoot):
    page.goto("/")
    search_box(page).fill("achterban")
    search_box(page).press("Enter")
    expect(page.get_by_role("status").filter(has_text="achterban")).to_contain_text(re.compile(r"\d+ resultaten"))
    shoot(page, "1-results")
    all_results = page.locator(".result").count()
    closed = page.locator("details.filter-toggle:not([open]) > summary")  # on a phone the filters are behind it
    if closed.count():
        closed.click()
    page.locator("nav.facets").get_by_role("link", name="Modules en trajecten").click()
    expect(page.locator("nav.facets a[aria-current=true]")).to_contain_text("Modules en trajecten")
    types = page.locator(".result .card__type").all_text_contents()
    kinds = ("Basiscursus", "Trainingsmodule", "Adviestraject", "Coachingstraject", "Ondersteuningstraject")
    assert types and all(text.split(" · ")[0] in kinds for text in types), types  # a module's card names its kind
    assert len(types) <= all_results
    shoot(page, "2-modules")
    title = page.locator(".result h3 a").first.inner_text()
    page.locator(".result h3 a").first.click()
    expect(page.locator("body")).to_have_class("page-module")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    shoot(page, "3-module")


def test_council_member_browses_a_theme_by_sector_to_a_practical_example_and_its_article(page, shoot):
    page.goto("/")
    open_menu(page)
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Thema's").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thema's")
    page.get_by_role("link", name=re.compile("^Organiseren en vernieuwen medezeggenschap")).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Organiseren en vernieuwen medezeggenschap")
    shoot(page, "1-theme")
    page.get_by_label("Sector:", exact=True).select_option(label="Gehandicaptenzorg")
    page.get_by_role("button", name="Filters toepassen").click()
    expect(page).to_have_url(re.compile(r"\?sector=gehandicaptenzorg#groups$"))  # lands on the groups
    examples = page.get_by_role("region", name=re.compile("^Praktijkvoorbeelden"))
    shoot(page, "2-sector")
    examples.get_by_role("link").first.click()
    expect(page.locator("body")).to_have_class("page-example")
    expect(page.locator(".taxonomy")).to_contain_text("Gehandicaptenzorg")
    shoot(page, "3-example")
    related = page.get_by_role("region", name="Waarom het ertoe doet").locator(".card")  # the learning path's articles
    article_title = related.first.get_by_role("link").inner_text()
    related.first.get_by_role("link").click()
    expect(page.locator("body")).to_have_class("page-article")
    expect(page.get_by_role("heading", level=1)).to_have_text(article_title)
    shoot(page, "4-article")


def test_reader_switches_an_article_to_english_and_back(page, shoot, demo_site):
    dutch_url = demo_site.pages["article"]["nl"]
    page.goto(dutch_url)
    dutch_title = page.get_by_role("heading", level=1).inner_text()
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_url(re.compile(re.escape(demo_site.pages["article"]["en"]) + "$"))
    assert page.get_by_role("heading", level=1).inner_text() != dutch_title
    expect(page.get_by_role("navigation", name="Language")).to_be_visible()
    shoot(page, "1-english")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Nederlands").click()
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page).to_have_url(re.compile(re.escape(dutch_url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(dutch_title)
    shoot(page, "2-dutch")
