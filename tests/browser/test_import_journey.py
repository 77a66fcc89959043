"""The import journey in a real browser: a Redacteuren member finds an imported practical example under *Te
controleren na import* on her dashboard, reads the import's warnings on the page, completes it and submits it for
review herself (the demo site imports tests/fixtures/loc/demo/ as drafts: tests/browser/server.py)."""

import re

import pytest
from playwright.sync_api import expect

from .journeys import log_in
from .visits import WIDTHS

pytestmark = [pytest.mark.browser, pytest.mark.editor_journey]  # one width per stack (conftest)

ARTICLE = "Een raad die de buurt in gaat, hoort meer dan een raad die wacht tot er post komt"
# One imported example per window width (the demo site is shared by the run, and a submitted page leaves the list).
EXAMPLES = [
    "Een raad gaat elke maand met een koffiekar langs de afdelingen en noteert",
    "Jongeren in de raad maakten een korte peiling op hun telefoon over de regels",
]


@pytest.fixture
def writer(watched):
    return watched()[0].new_page()


def test_writer_completes_and_submits_an_imported_practical_example(writer, demo_site, shoot, width):
    example = EXAMPLES[list(WIDTHS).index(width)]
    log_in(writer, "redacteur", demo_site.password)
    panel = writer.locator("section").filter(has=writer.get_by_role("heading", name="Te controleren na import"))
    expect(panel).to_be_visible()
    expect(panel.get_by_role("link", name=example)).to_be_visible()
    shoot(writer, "1-dashboard-te-controleren")

    panel.get_by_role("link", name=example).click()
    notice = writer.get_by_role("status").filter(has_text="geïmporteerd uit een LOC-export")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("concept-praktijkvoorbeeld uit een artikel")
    expect(writer.locator("footer")).not_to_contain_text("alleen bewerkt worden door")  # not locked in a review
    shoot(writer, "2-notice-in-editor")

    writer.locator("#id_organisation").fill("Cliëntenraad De Linde")
    writer.locator("#id_what_they_did").fill("De raad gaat elke maand met een koffiekar langs de afdelingen.")
    writer.locator("#id_what_it_brought").fill("Bewoners weten de raad te vinden en vertellen meer.")
    writer.get_by_label("Contact met de achterban", exact=True).check()
    shoot(writer, "3-completed")

    writer.get_by_role("button", name="Meer acties").click()
    writer.get_by_role("button", name=re.compile("Review door de eindredactie")).click()
    expect(writer.locator(".messages")).to_contain_text(re.compile("ingediend"))
    shoot(writer, "4-submitted")

    writer.goto("/admin/")
    checks = writer.locator("section").filter(has=writer.get_by_role("heading", name="Te controleren na import"))
    expect(checks.get_by_role("link", name=ARTICLE)).to_be_visible()  # the import's other draft is still to check
    expect(checks.get_by_role("link", name=example)).to_have_count(0)  # this one was saved and submitted
    shoot(writer, "5-dashboard-after")
