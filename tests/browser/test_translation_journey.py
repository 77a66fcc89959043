"""A translator's day in a real browser: the Eindredactie publishes a Dutch article; a Vertalers member finds it
under *Te vertalen*, starts the translation from the Dutch tree, translates in wagtail-localize's editor and submits
it for review, warned while pieces are missing."""

import re
import secrets

import pytest
from playwright.sync_api import expect

from .journeys import log_in

pytestmark = [pytest.mark.browser, pytest.mark.editor_journey]  # one width per stack (conftest)


@pytest.fixture
def as_user(watched):
    return lambda: watched()[0].new_page()


def publish_dutch_article(reviewer, demo_site, title):
    reviewer.goto(demo_site.admin["article_index"])
    reviewer.locator('a[href$="/add_subpage/"]').first.click()
    reviewer.locator("#id_title").fill(title)
    reviewer.locator("#id_intro").fill("Hoe een cliëntenraad zijn achterban raadpleegt.")
    reviewer.get_by_label("Contact met de achterban", exact=True).check()
    reviewer.get_by_role("button", name="Meer acties").click()
    reviewer.locator("footer").get_by_role("button", name="Publiceren").click()
    expect(reviewer.locator(".messages")).to_contain_text(title)


def test_translator_translates_a_dutch_article_and_submits_it_for_review(as_user, demo_site, shoot):
    title = f"Raadplegen {secrets.token_hex(3)}"
    reviewer = as_user()
    log_in(reviewer, "eindredacteur", demo_site.password)
    publish_dutch_article(reviewer, demo_site, title)

    translator = as_user()
    log_in(translator, "vertaler", demo_site.password)
    panel = translator.get_by_role("region", name="Te vertalen")
    expect(panel).to_contain_text(title)
    shoot(translator, "1-te-vertalen")

    translator.goto(demo_site.admin["article_index"])
    row = translator.locator("tr", has_text=title)
    row.get_by_role("button", name=re.compile("Meer|More")).click()
    row.get_by_role("link", name="Vertaal deze pagina").click()
    shoot(translator, "2-vertaal-deze-pagina")
    translator.get_by_label("Engels").check()
    translator.get_by_role("button", name="Verzenden").click()
    expect(translator.locator(".messages")).to_contain_text("onderdelen vertaald; niet vertaald:")
    expect(translator.get_by_role("heading", name="Vertaling Nederlands naar Engels").first).to_be_visible()
    editor = translator.locator(".js-translation-editor")
    expect(editor.get_by_role("button", name="More actions")).to_have_count(0)
    expect(editor.get_by_role("button", name="Meer acties").first).to_be_attached()
    shoot(translator, "3-editor")

    translate_piece(translator, "Raadplegen", f"Consulting {title[-6:]}")
    translator.goto(translator.url.replace("/edit/", "/submit-for-review/"))
    warning = translator.locator("[data-translation-progress]")
    expect(warning).to_contain_text("niet vertaald:")
    expect(warning).to_contain_text("Inleiding")
    shoot(translator, "4-warning")

    translator.go_back()
    translate_piece(translator, "Hoe een cliëntenraad", "How a client council consults the people it represents.")
    translator.goto(translator.url.replace("/edit/", "/submit-for-review/"))
    translator.get_by_role("button", name="Ter beoordeling aanbieden").click()
    expect(translator.locator(".messages")).to_contain_text("wacht op beoordeling")
    shoot(translator, "5-submitted")


def translate_piece(page, source_text, english):
    """In wagtail-localize's editor: open the piece, type its English, save it."""
    piece = page.locator("#tab-inhoud ul ul > li", has_text=source_text).first
    piece.get_by_role("button", name="Vertaal").click()
    piece.locator("textarea").fill(english)
    piece.get_by_role("button", name="Opslaan").click()
    expect(piece).not_to_have_class("incomplete")
