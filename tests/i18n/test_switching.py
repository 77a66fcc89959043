"""Dutch at the root, English under /en/: the switcher, <html lang>, hreflang and the fallback for missing pages."""

import re

import pytest

from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, theme, translate
from tests.shared_data import module_pages

pytestmark = pytest.mark.django_db


def build_pages(home):
    article = ArticlePageFactory(title="Samen sterker", slug="samen-sterker", themes=[theme("achterban")],
                                 keywords=["achterban"])  # fmt: skip
    module = ModulePageFactory(title="Vergaderen kun je leren", slug="vergaderen", themes=[theme("achterban")])
    example = PracticalExamplePageFactory(title="Een raad in de wijk", slug="raad-in-de-wijk",
                                          themes=[theme("achterban")])  # fmt: skip
    untranslated = ArticlePageFactory(title="Alleen in het Nederlands", slug="alleen-nl")
    english = {
        "article": translate(article, "en", title="Stronger together", slug="stronger-together"),
        "module": translate(module, "en", title="Meetings can be learned", slug="meetings"),
        "example": translate(example, "en", title="A council in the neighbourhood", slug="council-nearby"),
    }
    return {"article": article, "module": module, "example": example, "untranslated": untranslated, "en": english}


_pages_once, pages = module_pages(build_pages, "pages")


def pairs(pages):
    """(Dutch URL, English URL) for every page type that has both."""
    return [
        ("/", "/en/"),
        (pages["article"].url, pages["en"]["article"].url),
        (pages["module"].url, pages["en"]["module"].url),
        (pages["example"].url, pages["en"]["example"].url),
        ("/artikelen/", "/en/articles/"),
        ("/opleidingsgids/", "/en/training-guide/"),
        ("/praktijkvoorbeelden/", "/en/practical-examples/"),
        ("/themas/", "/en/themes/"),
        ("/themas/achterban/", "/en/themes/people-you-represent/"),
        ("/trefwoorden/", "/en/keywords/"),
        ("/zoeken/?q=raad", "/en/search/?q=raad"),
    ]


def switcher_link(html, language):
    match = re.search(rf'<a href="([^"]+)" hreflang="{language}" lang="{language}"', html)
    return match and match.group(1).replace("&amp;", "&")


def test_every_page_type_switches_to_the_same_page_in_the_other_language(client, pages):
    for dutch_url, english_url in pairs(pages):
        dutch = client.get(dutch_url)
        english = client.get(english_url)
        assert dutch.status_code == english.status_code == 200, (dutch_url, english_url)
        dutch_html, english_html = dutch.content.decode(), english.content.decode()
        assert '<html lang="nl">' in dutch_html and '<html lang="en">' in english_html, dutch_url
        assert switcher_link(dutch_html, "en") == english_url, dutch_url
        assert switcher_link(english_html, "nl") == dutch_url, english_url


def test_translated_pages_name_each_other_with_hreflang_and_x_default(client, pages):
    html = client.get(pages["en"]["article"].url).content.decode()
    found = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert found == {
        "nl": f"http://testserver{pages['article'].url}",
        "en": f"http://testserver{pages['en']['article'].url}",
        "x-default": f"http://testserver{pages['article'].url}",
    }


def test_an_untranslated_page_leads_to_the_english_home_page_with_a_notice(client, pages):
    html = client.get(pages["untranslated"].url).content.decode()
    assert switcher_link(html, "en") == f"/en/?untranslated={pages['untranslated'].pk}"
    assert 'hreflang="x-default"' not in html, "no alternates for a page that exists in one language"
    notice = client.get("/en/?untranslated=1").content.decode()
    assert "not available in this language" in notice


def test_the_prefixed_dutch_form_redirects_to_the_root(client, pages):
    response = client.get("/nl/artikelen/?page=1")
    assert response.status_code == 301 and response["Location"] == "/artikelen/?page=1"


def test_english_pages_show_no_dutch_interface_text(client, pages):
    html = client.get(pages["en"]["article"].url).content.decode()
    for dutch in ("Zoeken", "Thema's", "Ga naar de inhoud", "Gerelateerd", "Trefwoorden"):
        assert dutch not in html, dutch


def test_the_sitemap_names_both_language_versions(client, pages):
    xml = client.get("/sitemap.xml").content.decode()
    english = f"http://testserver{pages['en']['article'].url}"  # the address the request came to
    assert f'<xhtml:link rel="alternate" hreflang="en" href="{english}"/>' in xml
    assert xml.count(f'hreflang="en" href="{english}"') == 2, "listed under both the Dutch and the English entry"


def test_the_footer_speaks_the_page_language(client, pages):
    from wagtail.models import Locale

    from home.models import FooterText

    dutch = FooterText.objects.get(locale__language_code="nl")
    dutch.about = "Over deze kennisbank."
    dutch.save()
    assert "Over deze kennisbank." in client.get("/").content.decode()
    assert "Over deze kennisbank." not in client.get("/en/").content.decode(), "no Dutch words before translation"
    FooterText.objects.create(locale=Locale.objects.get(language_code="en"), translation_key=dutch.translation_key,
                              about="About this knowledge base.")  # fmt: skip
    assert "About this knowledge base." in client.get("/en/").content.decode()
