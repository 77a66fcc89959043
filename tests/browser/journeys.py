"""Steps the editorial journeys share (test_editor_journey.py, test_send_back_journey.py): logging in to the Dutch
admin as a demo account, and writing an article in the article section."""

import re

from playwright.sync_api import expect


def log_in(page, username, password):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def write_article(writer, demo_site, title, intro, theme="Contact met de achterban"):
    """Open a new article in the article section and fill its title, intro and one theme (not saved yet)."""
    writer.goto(demo_site.admin["article_index"])
    writer.locator('a[href$="/add_subpage/"]').first.click()
    writer.locator("#id_title").fill(title)
    writer.locator("#id_intro").fill(intro)
    writer.get_by_label(theme, exact=True).check()


def submit_for_review(writer, button_name=re.compile("Review door de eindredactie")):
    """The editor's footer: "Meer acties", then the workflow's submit (or resubmit) button."""
    writer.get_by_role("button", name="Meer acties").click()
    writer.get_by_role("button", name=button_name).click()


def open_menu(page):
    """On a phone the main menu and the search box are behind the header's Menu button (site/static/js/menu.js)."""
    button = page.get_by_role("button", name="Menu", exact=True)
    if button.is_visible():
        button.click()
