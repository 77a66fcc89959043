"""Every module and traject says how to get it: the Vraagbaak's telephone and e-mail, its kind, duration and target
group; cards name a module's kind and duration; the Opleidingsgids filters by kind."""

import re

import pytest
from wagtail.models import Site

from articles.models import ModulePage
from home.models import SiteSettings
from search.cards import Card, card_for
from tests.factories import ModulePageFactory, translate
from tests.shared_data import module_pages


def build_modules(home):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.vraagbaak_phone, settings.vraagbaak_email = "030 - 123 45 67", "vraagbaak@loc.example"
    settings.save()
    training = ModulePageFactory(title="Werven & binden van leden", target_group="Nieuwe raadsleden")
    advice = ModulePageFactory(title="Adviestraject fusie", kind=ModulePage.Kind.ADVICE, duration="3 maanden")
    return {"training": training, "advice": advice, "english": translate(training, "en", duration="2 half days")}


_modules_once, modules = module_pages(build_modules, "modules")


def request_box(html):
    found = re.search(r'<section class="notice request" aria-labelledby="request-title">.*?</section>', html, re.S)
    assert found, "the module page has no request box"
    return found.group(0)


@pytest.mark.django_db
def test_module_page_says_how_to_request_it_in_both_languages(client, modules):
    box = request_box(client.get(modules["training"].url).content.decode())
    assert '<h2 id="request-title">Zo vraag je dit aan</h2>' in box
    assert '<a href="tel:0301234567">Bel de Vraagbaak: 030 - 123 45 67</a>' in box
    subject = "Aanvraag%3A%20Werven%20%26%20binden%20van%20leden"
    assert (
        f'<a href="mailto:vraagbaak@loc.example?subject={subject}">Mail de Vraagbaak: vraagbaak@loc.example</a>' in box
    )
    for fact in ("<dd>Trainingsmodule</dd>", "<dd>2 dagdelen</dd>", "<dd>Nieuwe raadsleden</dd>"):
        assert fact in box

    box = request_box(client.get(modules["english"].url).content.decode())
    assert '<h2 id="request-title">How to request this</h2>' in box
    assert '<a href="tel:0301234567">Call the Vraagbaak: 030 - 123 45 67</a>' in box
    assert "?subject=Request%3A%20" in box
    assert "<dd>Training module</dd>" in box and "<dd>2 half days</dd>" in box


@pytest.mark.django_db
def test_cards_show_a_modules_kind_and_duration(client, modules):
    listing = client.get("/opleidingsgids/").content.decode()
    assert '<p class="card__type">Trainingsmodule · 2 dagdelen</p>' in listing
    assert '<p class="card__type">Adviestraject · 3 maanden</p>' in listing
    assert "Module of traject</p>" not in listing
    # The search card, built when a page is indexed and read back from the engine's stored form.
    card = card_for(modules["advice"])
    assert card.content_type_label == "Adviestraject · 3 maanden"
    stored = card.stored()
    assert (
        Card.from_stored(stored, {"theme": {}, "keyword": {}, "sector": {}}).content_type_label
        == card.content_type_label
    )
    del stored["module_kind"], stored["duration"]  # a document indexed before cards knew modules
    assert (
        Card.from_stored(stored, {"theme": {}, "keyword": {}, "sector": {}}).content_type_label.lower()
        == "module of traject"
    )
    results = client.get("/zoeken/", {"q": "adviestraject fusie"}).content.decode()
    assert "Adviestraject · 3 maanden" in results


@pytest.mark.django_db
def test_opleidingsgids_filters_by_kind(client, modules):
    response = client.get("/opleidingsgids/", {"kind": "adviestraject"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Adviestraject fusie" in html and "Werven &amp; binden" not in html
    assert '<option value="adviestraject" selected>Adviestraject</option>' in html
    assert '<option value="">Alle soorten</option>' in html

    response = client.get("/opleidingsgids/", {"kind": "training"})
    assert response.status_code == 400
    assert "Onbekende waarde voor kind: training" in response.content.decode()
    assert "Adviestraject fusie" not in response.content.decode()
