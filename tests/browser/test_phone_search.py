"""Results first on a phone (375 x 800): the first result on the first screen, the filters behind a disclosure that
works with and without JavaScript, and after choosing a filter the page lands on the results."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("width", ["phone"])]

SCREEN = {"width": 375, "height": 800}


def on_first_screen(locator):
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= SCREEN["height"]


def choose_a_type_and_land_on_the_results(page, demo_site, shoot, keyboard=False):
    """Open the disclosure (by click or keyboard), choose the type "Praktijkvoorbeelden": the page lands on the
    narrowed results."""
    page.goto(demo_site.pages["search_results"]["nl"])
    first = page.locator(".result h3").first
    assert on_first_screen(first), f"the first result is below the first screen: {first.bounding_box()}"
    disclosure = page.locator("details.filter-toggle")
    expect(disclosure).not_to_have_attribute("open", "")
    expect(page.get_by_role("navigation", name="Verfijnen")).to_be_hidden()
    shoot(page, "1-results")
    if keyboard:
        disclosure.locator("summary").focus()
        page.keyboard.press("Enter")
    else:
        disclosure.locator("summary").click()
    facets = page.get_by_role("navigation", name="Verfijnen")
    expect(facets).to_be_visible()
    shoot(page, "2-filters")
    facets.get_by_role("link", name="Praktijkvoorbeelden").click()
    expect(page).to_have_url(re.compile(r"[?&]type=example#results$"))
    expect(disclosure.locator("summary")).to_have_text("Filteren (1 gekozen)")
    types = page.locator(".result .card__type").all_text_contents()
    assert types and all(text.startswith("Praktijkvoorbeeld") for text in types), types
    first = page.locator(".result h3").first
    expect(first).to_be_in_viewport()
    assert on_first_screen(page.get_by_role("link", name=re.compile(r"^Soort: Praktijkvoorbeelden")))
    shoot(page, "3-chosen")


def test_the_first_result_and_a_filter_on_a_phone_with_javascript(watched, demo_site, shoot):
    context, _watch = watched(viewport=SCREEN)
    choose_a_type_and_land_on_the_results(context.new_page(), demo_site, shoot)


def test_the_filter_disclosure_works_without_javascript_by_keyboard_and_a_chip_removes_its_filter(
    watched, demo_site, shoot
):
    context, _watch = watched(viewport=SCREEN, java_script_enabled=False)
    page = context.new_page()
    choose_a_type_and_land_on_the_results(page, demo_site, shoot, keyboard=True)
    page.get_by_role("link", name=re.compile(r"^Soort: Praktijkvoorbeelden")).click()
    expect(page).to_have_url(re.compile(r"\?q=achterban#results$"))
    expect(page.locator("details.filter-toggle summary")).to_have_text("Filteren")


def test_a_mistyped_word_still_shows_results_on_the_first_screen(watched, demo_site, shoot):
    """A reader types "achterbna": the engine forgives the typo, the database backends show the results of their
    correction with a notice; either way the first result is on the first screen of a phone."""
    context, _watch = watched(viewport=SCREEN)
    page = context.new_page()
    page.goto(demo_site.pages["search"]["nl"] + "?q=achterbna")
    first = page.locator(".result h3").first
    expect(first).to_contain_text(re.compile("achterban", re.IGNORECASE))
    assert on_first_screen(first), f"the first result is below the first screen: {first.bounding_box()}"
    shoot(page, "typo")
