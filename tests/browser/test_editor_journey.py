"""The editorial path in a real browser: a Redacteuren member writes and submits, the Eindredactie approves, and
only then does a reader find the article through search."""

import re
import secrets
import time

import pytest
from playwright.sync_api import expect

from .journeys import log_in

pytestmark = [pytest.mark.browser, pytest.mark.editor_journey]  # one width per stack (conftest)


def search_for(page, words):
    page.goto("/zoeken/")
    box = page.locator("main form[role=search] input[name=q]")
    box.fill(words)
    box.press("Enter")
    expect(page.get_by_role("status").filter(has_text=words)).to_be_visible()
    return page.locator(".result h3 a")


@pytest.fixture
def as_user(watched):
    """as_user(): a page in a new browser context (its own cookies): writer, reviewer and reader share no session."""
    return lambda: watched()[0].new_page()


def test_written_article_goes_live_only_after_the_eindredactie_approves(as_user, demo_site, shoot):
    word = f"proefartikel{secrets.token_hex(3)}"  # a fresh word, so the reader's search finds only this article
    title = f"Een {word} over de achterban"

    writer = as_user()
    log_in(writer, "redacteur", demo_site.password)
    writer.goto(demo_site.admin["article_index"])
    writer.locator('a[href$="/add_subpage/"]').first.click()
    writer.locator("#id_title").fill(title)
    writer.locator("#id_intro").fill(f"Hoe een raad met de {word}-methode zijn achterban raadpleegt.")
    writer.get_by_label("Contact met de achterban", exact=True).check()
    keywords = writer.locator("#id_keywords").locator("xpath=..").locator("input:visible")
    keywords.fill("achterban")
    keywords.press("Enter")
    shoot(writer, "1-written")
    writer.get_by_role("button", name="Meer acties").click()
    expect(writer.locator("footer").get_by_role("button", name="Publiceren")).to_have_count(0)
    writer.get_by_role("button", name=re.compile("Review door de eindredactie")).click()
    expect(writer.locator(".messages")).to_contain_text("ingediend voor controle")
    shoot(writer, "2-submitted")

    reader = as_user()
    assert search_for(reader, word).count() == 0, "a page in review is not live"

    reviewer = as_user()
    log_in(reviewer, "eindredacteur", demo_site.password)
    reviewer.get_by_role("link", name=title).first.click()
    reviewer.get_by_role("button", name="Meer acties").click()
    reviewer.get_by_role("button", name="Goedkeuren en publiceren", exact=True).click()
    expect(reviewer.locator(".messages")).to_contain_text(title)
    shoot(reviewer, "3-approved")

    results = search_for(reader, word)
    deadline = time.monotonic() + 10  # a search engine makes new documents searchable within a second or so
    while results.count() == 0 and time.monotonic() < deadline:
        reader.wait_for_timeout(500)
        results = search_for(reader, word)
    expect(results).to_have_count(1)
    results.first.click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(title)
    expect(reader.locator(".taxonomy")).to_contain_text("Contact met de achterban")
    expect(reader.locator(".taxonomy")).to_contain_text("achterban")
    shoot(reader, "4-found")
