"""A Dutch editor sees the admin in Dutch: no English left by Wagtail's catalogue, its templates or our blocks, and a
revision comparison that reads as the editor wrote it (not "True", "NoneFalse" or "h2")."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from articles.compare import YesNoComparison
from articles.models import ArticleIndexPage
from home.editorial import roles
from home.structure import ensure_site_structure, section
from tests.factories import ArticlePageFactory
from themes_taxonomy.models import Keyword

pytestmark = pytest.mark.same_on_every_stack  # the admin's words do not depend on the database or the search engine


@pytest.fixture(scope="module")
def article(django_db_setup, django_db_blocker):
    """An article by a Redacteuren member with two revisions: heading level, image, keyword and date all changed."""
    with django_db_blocker.unblock(), transaction.atomic():
        home = ensure_site_structure()
        writer = get_user_model().objects.create_user("schrijver", "schrijver@example.org", "wachtwoord-voor-tests")
        writer.groups.add(Group.objects.get(name=roles.REDACTEUREN))
        manager = get_user_model().objects.create_user("beheer", "beheer@example.org", "wachtwoord-voor-tests")
        manager.groups.add(Group.objects.get(name=roles.BEHEERDERS))
        image = Image.objects.create(title="Raadsvergadering", file=get_test_image_file())
        page = ArticlePageFactory(parent=section(ArticleIndexPage, home), title="Werven van nieuwe leden",
                                  keywords=["werven"], publication_date=datetime.date(2026, 1, 15))  # fmt: skip
        page.body = [{"type": "heading", "value": {"text": "Vraag mensen persoonlijk", "level": "h2"}}]
        first = page.save_revision(user=writer)
        page.body = [
            {"type": "heading", "value": {"text": "Vraag mensen persoonlijk", "level": "h3"}},
            {"type": "image", "value": {"image": {"image": image.pk, "decorative": True, "alt_text": ""},
                                        "caption": ""}},
        ]  # fmt: skip
        page.keywords.add(Keyword.objects.get_or_create(name="sociale media", defaults={"slug": "sociale-media"})[0])
        page.publication_date = datetime.date(2026, 2, 3)
        second = page.save_revision(user=writer)
        yield {
            "page": page,
            "writer": writer,
            "manager": manager,
            "revisions": (first, second),
            "index": page.get_parent(),
        }
        transaction.set_rollback(True)


def text_of(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.mark.django_db
def test_the_login_page_names_the_knowledge_base_in_dutch(client):
    html = text_of(client.get(reverse("wagtailadmin_login")))
    assert "Inloggen bij de Kennisbank" in html and "Inloggen in Wagtail" not in html
    assert re.search(r"<label[^>]*>\s*Wachtwoord", html) and not re.search(r"<label[^>]*>\s*Password", html)
    assert "<title>Inloggen - Kennisbank</title>" in html


@pytest.mark.django_db
def test_an_editor_sees_the_admin_in_dutch(client, article):
    client.force_login(article["writer"])
    page = article["page"]
    pages = {
        "dashboard": text_of(client.get(reverse("wagtailadmin_home"))),
        "listing": text_of(client.get(reverse("wagtailadmin_explore", args=[article["index"].pk]))),
        "edit": text_of(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))),
        "history": text_of(client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))),
        "workflows": text_of(client.get(reverse("wagtailadmin_reports:workflow"))),
        "translations": text_of(client.get(reverse("wagtail_localize:translations_report"))),
    }
    for name, html in pages.items():
        assert " - Kennisbank</title>" in html, name  # not "- Wagtail"
        assert not re.search(r'href="/admin/">\s*Start\s*<', html), f"{name}: the breadcrumb reads 'Start'"
        assert 'aria-label="Actions"' not in html, name
    # Wagtail's Dutch glued the numbers to the words: "1-1van 1pagina"
    assert re.search(r"1-1 van 1 pagina", pages["listing"]) and not re.search(r"\dvan |van \d+pagina", pages["listing"])
    assert re.search(r'href="/admin/">\s*Dashboard\s*<', pages["workflows"])
    assert "aangemaakt in Kennisbank" in pages["dashboard"] and "inKennisbank" not in pages["dashboard"]
    assert 'aria-label="Acties"' in pages["edit"]
    # Reports name who last published a page; Wagtail wrote Python's "None" when no one did (a script)
    nobody = render_to_string("wagtailadmin/shared/user_avatar.html", {"user": None, "username": ""}).strip()
    assert nobody.endswith("systeem")
    assert "Soort inhoud" in pages["translations"] and "Content type" not in pages["translations"]
    # The image block's chooser was labelled by its field name, "Image", outside gettext
    assert "&quot;label&quot;: &quot;Image&quot;" not in pages["edit"]
    assert "&quot;label&quot;: &quot;Afbeelding&quot;" in pages["edit"]


@pytest.mark.django_db
def test_a_manager_sees_yes_and_no_and_chooses_only_our_languages(client, article):
    client.force_login(article["manager"])
    users = text_of(client.get(reverse("wagtailusers_users:index")))
    assert re.search(r'<span class="w-sr-only">\s*Ja\s*</span>', users)  # the "active" tick
    assert not re.search(r'<span class="w-sr-only">\s*(True|False|None)\s*</span>', users)
    account = text_of(client.get(reverse("wagtailadmin_account")))
    assert 'name="locale-preferred_language"' in account and "English" in account and "Nederlands" in account
    assert "Deutsch" not in account and "français" not in account  # not every language Wagtail speaks


@pytest.mark.django_db
def test_the_revision_comparison_reads_as_the_editor_chose(client, article):
    client.force_login(article["writer"])
    first, second = article["revisions"]
    url = reverse("wagtailadmin_pages:revisions_compare", args=[article["page"].pk, first.pk, second.pk])
    html = text_of(client.get(url))
    assert "Kop 2" in html and "Kop 3" in html and ">h3<" not in html
    assert re.search(r"<dt>Afbeelding is decoratief</dt>\s*<dd>Ja</dd>", html)
    assert not re.search(r">\s*(True|False|None)\s*<", html) and "NoneFalse" not in html
    assert "<dt>Image</dt>" not in html and "<dt>Afbeelding</dt>" in html
    assert "sociale media" in html and "sociale-media" not in html  # the keyword's name, not its slug
    assert "15 januari 2026" in html and "3 februari 2026" in html
    # An image chosen for the first time has no "decorative" value yet: that is "Nee", not a change from None
    decorative = YesNoComparison(None, True, True, None, False)
    assert not decorative.has_changed() and decorative.htmldiff() == "Nee"


@pytest.mark.django_db
def test_the_translation_editors_script_strings_keep_their_spaces(client, article):
    client.force_login(article["writer"])
    script = text_of(client.get(reverse("wagtail_localize:javascript_catalog")))
    assert '"Publish in ": "Publiceer in "' in script  # was "Publiceer inEngels"
    assert '"Revert to %s version": "Ga terug naar de versie in het %s"' in script  # was "naar Nederlandsversie"
