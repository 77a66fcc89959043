"""A send-back in a real browser, each step as the role's own demo account in the Dutch admin: a Redacteuren member
writes and submits an article, the Eindredactie asks for changes with a comment, and the writer finds the page
under *Teruggestuurd*, reads the comment at the top of the editor, changes the page and submits it again."""

import re
import secrets

import pytest
from playwright.sync_api import expect

from .journeys import log_in, submit_for_review, write_article

pytestmark = [pytest.mark.browser, pytest.mark.editor_journey]  # one width per stack (conftest)

COMMENT = "Graag een voorbeeld uit de praktijk toevoegen."


@pytest.fixture
def as_user(watched):
    """as_user(): a page in a new browser context (its own cookies), so writer and reviewer share no session."""
    return lambda: watched()[0].new_page()


def test_the_writer_sees_why_her_article_was_sent_back_and_resubmits_it(as_user, demo_site, shoot):
    title = f"Een klachtenregeling {secrets.token_hex(3)}"
    writer = as_user()
    log_in(writer, "redacteur", demo_site.password)
    write_article(writer, demo_site, title, "Hoe een cliëntenraad meepraat over de klachtenregeling.")
    submit_for_review(writer)
    expect(writer.locator(".messages")).to_contain_text("ingediend voor controle")
    shoot(writer, "1-submitted")

    reviewer = as_user()
    log_in(reviewer, "eindredacteur", demo_site.password)
    reviewer.get_by_role("link", name=title).first.click()
    reviewer.get_by_role("button", name="Meer acties").click()
    reviewer.get_by_role("button", name=re.compile(r"^Wijziging")).click()  # Wagtail's "Request changes"
    reviewer.locator("textarea[name=comment]").fill(COMMENT)
    shoot(reviewer, "2-comment")
    reviewer.locator("form:has(textarea[name=comment]) button[type=submit]").click()
    expect(reviewer.locator(".messages")).to_contain_text(title)
    shoot(reviewer, "3-sent-back")

    writer = as_user()  # the writer comes back later, in a new session
    log_in(writer, "redacteur", demo_site.password)
    panel = writer.get_by_role("region", name="Teruggestuurd")
    expect(panel).to_contain_text(title)
    expect(panel).to_contain_text(COMMENT)
    expect(panel).to_contain_text("Erik Eindredacteur")
    shoot(writer, "4-teruggestuurd")
    panel.get_by_role("link", name=title).click()
    notice = writer.locator(".messages li", has_text="Teruggestuurd door Erik Eindredacteur")
    expect(notice).to_contain_text(COMMENT)
    expect(notice).to_be_in_viewport()  # at the top of the editor
    shoot(writer, "5-comment-on-top")

    writer.locator("#id_intro").fill("Hoe de cliëntenraad van Zorggroep De Linde meepraatte over de klachtenregeling.")
    submit_for_review(writer, re.compile(r"Stuur opnieuw door"))  # Wagtail's "Resubmit to ..."
    expect(writer.locator(".messages")).to_contain_text(title)
    expect(writer.locator(".messages")).not_to_contain_text("Teruggestuurd door")
    writer.goto("/admin/")
    expect(writer.get_by_role("region", name="Teruggestuurd")).to_have_count(0)
    shoot(writer, "6-resubmitted")
