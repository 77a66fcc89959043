"""Keyboard only: the skip link, a visible focus in a sane order, and menus, filters and suggestions without a mouse."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.js import script
from tests.browser.visits import page_type_params

pytestmark = pytest.mark.browser

# What the focused element looks like: enough to tell whether a reader can see where they are.
FOCUSED = script("focused.js")
KEYBOARD_PAGES = ["home", "article", "example", "theme", "module_index", "search_results", "alerts_subscribe"]


def tab_through(page, limit=200):
    """Press Tab until the focus leaves the page or comes back round; return what was focused, in order."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None or (seen and focused["order"] == seen[0]["order"]):
            return seen
        seen.append(focused)
    raise AssertionError(f"Tab never left the page after {limit} presses: a keyboard trap")


@pytest.mark.parametrize("page_type", page_type_params(KEYBOARD_PAGES))
def test_skip_link_comes_first_shows_itself_and_moves_to_the_content(page, demo_site, page_type):
    page.goto(demo_site.pages[page_type]["nl"])
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Direct naar de inhoud")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box["y"] >= 0 and box["x"] >= 0, "the focused skip link is on screen"
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null"), "the next Tab stays in the content"


@pytest.mark.parametrize("page_type", page_type_params(KEYBOARD_PAGES))
def test_every_focus_stop_is_visible_and_follows_the_reading_order(page, demo_site, page_type):
    page.goto(demo_site.pages[page_type]["nl"])
    assert page.locator("[tabindex]:not([tabindex='-1']):not([tabindex='0'])").count() == 0, "no positive tabindex"
    stops = tab_through(page)
    assert len(stops) >= 10, "the header, navigation, content and footer links are all reachable"
    unseen = [stop["name"] for stop in stops if not (stop["outline"] or stop["halo"])]
    assert not unseen, f"focus not visible on: {unseen}"
    offscreen = [stop["name"] for stop in stops if not stop["visible"]]
    assert not offscreen, f"focused but not on screen: {offscreen}"
    order = [stop["order"] for stop in stops]
    assert order == sorted(order), "the focus order follows the page's reading order"


def focus(page, locator, limit=120):
    """Tab (never click) until `locator` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {locator}")


@pytest.mark.same_on_every_stack
def test_main_menu_works_with_the_keyboard(page):
    page.goto("/")
    menu = page.get_by_role("button", name="Menu", exact=True)
    if menu.is_visible():  # on a phone the main menu is behind the Menu button
        focus(page, menu)
        page.keyboard.press("Enter")
        expect(menu).to_have_attribute("aria-expanded", "true")
    focus(page, page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Praktijkvoorbeelden"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Praktijkvoorbeelden")


@pytest.mark.same_on_every_stack
def test_filters_work_with_the_keyboard(page, demo_site):
    page.goto(demo_site.pages["theme"]["nl"])
    sector = page.get_by_label("Sector:", exact=True)
    focus(page, sector)
    page.keyboard.press("ArrowDown")  # a closed select changes its choice with the arrow keys
    chosen = sector.input_value()
    assert chosen, "the arrow key chose a sector"
    focus(page, page.get_by_role("button", name="Filters toepassen"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"\?sector={chosen}#groups$"))  # lands on the groups


def test_search_suggestions_work_with_the_keyboard(page):
    page.goto("/")
    box = page.locator("form[role=search] input[name=q]").first
    focus(page, box)
    page.keyboard.type("achterb")
    listbox = page.get_by_role("listbox", name="Suggesties")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("ArrowDown")
    first = listbox.get_by_role("option").first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("ArrowDown")  # opens the list again, on its first suggestion
    expect(first.locator(".suggestions__kind")).to_have_text(
        re.compile(r"^, (Thema|Trefwoord|Artikel|Module of traject|Praktijkvoorbeeld)$")
    )
    label = first.locator(".suggestions__label").inner_text()
    start = page.url
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url != start)
    assert "/zoeken/" not in page.url, "a theme, keyword or page suggestion opens its own page, not a text search"
    expect(page.get_by_role("heading", level=1)).to_have_text(label)


def test_search_results_can_be_reached_past_the_refine_links(page, demo_site):
    """On a phone the refine links come first; one link takes a keyboard user past them to the results."""
    page.goto(demo_site.pages["search_results"]["nl"])
    focus(page, page.get_by_role("link", name="Direct naar de resultaten"))
    page.keyboard.press("Enter")
    expect(page.locator("#results")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#results') !== null"), "the next Tab is in the results"
