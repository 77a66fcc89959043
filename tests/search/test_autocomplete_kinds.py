"""Autocomplete says what each suggestion is and leads to its own page: a theme or keyword to its page (in the
reader's language), a page title to that page."""

from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, theme, translate
from tests.shared_data import module_pages


def build(home):
    article = ArticlePageFactory(title="Achterban bereiken met een koffieochtend", themes=[theme("achterban")],
                                 keywords=["achterbanraadpleging"])  # fmt: skip
    return {
        "article": article,
        "english": translate(article, "en", title="Reaching the people you represent", slug="reaching"),
        "module": ModulePageFactory(title="Achterbanwerk voor beginners", themes=[theme("achterban")]),
        "example": PracticalExamplePageFactory(title="Achterbanavond in de wijk", themes=[theme("achterban")]),
    }


_pages_once, pages = module_pages(build, "pages")


def suggest(client, text, lang):
    answer = client.get("/api/search/autocomplete/", {"q": text, "lang": lang})
    assert answer.status_code == 200
    return {item["label"]: item for item in answer.json()["suggestions"]}


def test_each_dutch_suggestion_says_its_kind_and_opens_its_own_page(client, pages):
    theme_name = theme("achterban").name  # "Contact met de achterban"
    found = suggest(client, "achterb", "nl")
    kinds = {label: item["kind_label"] for label, item in found.items()}
    assert kinds == {
        theme_name: "Thema",
        "achterbanraadpleging": "Trefwoord",
        "Achterban bereiken met een koffieochtend": "Artikel",
        "Achterbanwerk voor beginners": "Module of traject",
        "Achterbanavond in de wijk": "Praktijkvoorbeeld",
    }
    assert found[theme_name]["kind"] == "theme" and found["achterbanraadpleging"]["kind"] == "keyword"
    assert found["Achterbanwerk voor beginners"]["kind"] == "page"
    assert found["Achterbanwerk voor beginners"]["url"] == pages["module"].url
    for label in (theme_name, "achterbanraadpleging"):
        url = found[label]["url"]
        assert not url.startswith("/en/") and "/zoeken/" not in url, "its own page, not a text search"
        html = client.get(url).content.decode()
        assert f"<h1>{label}</h1>" in html, f"{url} is the page of {label}"


def test_english_suggestions_say_their_kind_in_english_and_lead_to_english_pages(client, pages):
    found = suggest(client, "rea", "en")
    assert found["Reaching the people you represent"]["kind_label"] == "Article"
    assert found["Reaching the people you represent"]["url"] == pages["english"].url
    english_theme = theme("achterban").get_translation(pages["english"].locale)
    item = suggest(client, english_theme.name[:6], "en")[english_theme.name]
    assert item["kind_label"] == "Theme" and item["url"].startswith("/en/")
    assert f"<h1>{english_theme.name}</h1>" in client.get(item["url"]).content.decode()
