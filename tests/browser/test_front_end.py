"""Front-end quality: nothing is loaded from elsewhere, the site works without JavaScript, images are described."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.visits import JUDGED_VIEWS, page_type_params

pytestmark = pytest.mark.browser


@JUDGED_VIEWS
@pytest.mark.parametrize("page_type", page_type_params())
def test_page_loads_nothing_from_outside_the_site(judged, demo_site, page_type, language, width):
    """No CDN, web font, tracker or avatar service: every request, and every resource the page names, is local."""
    seen = judged(page_type, language, width)
    assert not seen.problems, "\n".join(seen.problems)
    origin = urlsplit(demo_site.url).netloc
    elsewhere = [url for url in seen.resources if urlsplit(url).netloc not in ("", origin)]
    assert not elsewhere, elsewhere
    assert seen.external == []


@pytest.fixture
def no_script_page(watched):
    context, _watch = watched(java_script_enabled=False)
    return context.new_page()


def test_search_works_without_javascript(no_script_page):
    page = no_script_page
    page.goto("/")
    box = page.locator("form[role=search] input[name=q]").first
    expect(box).not_to_have_attribute("role", "combobox")  # the suggestions need JavaScript; the search does not
    box.fill("achterban")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/zoeken/\?q=achterban$"))
    assert page.locator(".result").count() > 0
    page.locator("details.filter-toggle > summary").click()  # without JavaScript the filters stay behind it
    page.locator("nav.facets").get_by_role("link", name="Praktijkvoorbeelden").click()
    # The click starts a navigation; read the cards of the page it lands on, not of the one it leaves (read at once,
    # the list could come back empty while the new page loaded: a run failed so).
    expect(page).to_have_url(re.compile(r"[?&]type=example"))
    cards = page.locator(".result .card__type")
    expect(cards).not_to_have_count(0)
    types = cards.all_text_contents()
    assert all(text.startswith("Praktijkvoorbeeld") for text in types), types


def test_filters_and_navigation_work_without_javascript(no_script_page):
    page = no_script_page
    page.goto("/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Opleidingsgids").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Opleidingsgids")
    everything = int(re.match(r"\d+", page.locator(".results__count").inner_text()).group())
    page.locator("details.filter-toggle > summary").click()
    page.get_by_label("Thema:", exact=True).select_option(label="Contact met de achterban")
    page.get_by_role("button", name="Filters toepassen").click()
    expect(page).to_have_url(re.compile(r"theme=achterban"))
    filtered = int(re.match(r"\d+", page.locator(".results__count").inner_text()).group())
    assert 0 < filtered < everything
    page.get_by_role("link", name="Filters wissen").click()
    expect(page.locator(".results__count")).to_have_text(re.compile(rf"^{everything} "))


@JUDGED_VIEWS
@pytest.mark.parametrize("page_type", page_type_params())
def test_every_image_is_described_or_marked_decorative(judged, page_type, language, width):
    seen = judged(page_type, language, width)
    assert not seen.problems, "\n".join(seen.problems)
    assert not seen.without_alt, f"images without alt: {seen.without_alt}"
    # Decorative images (alt="") must not be the only content of a link or button: those need a name.
    assert not seen.unnamed_controls, seen.unnamed_controls


@pytest.mark.parametrize(
    "language, described",
    [("nl", "Twee raadsleden in gesprek met een belangstellende aan een keukentafel."),
     ("en", "Two council members talking with an interested person at a kitchen table.")],
)  # fmt: skip
@pytest.mark.same_on_every_stack
def test_article_images_carry_the_editors_alt_text_or_are_decorative(page, demo_site, language, described):
    """The demo article has an image with the editor's alt text and one marked decorative (ImageBlock's choice)."""
    page.goto(demo_site.pages["article"][language])
    figures = page.locator("article .figure img")
    assert figures.count() == 2
    assert figures.nth(0).get_attribute("alt") == described
    assert figures.nth(1).get_attribute("alt") == ""
