"""Every page type a reader can reach, in Dutch and English, as paths on the demo site.

Run inside the demo server's environment (tests/browser/server.py calls `write` through `manage.py shell`), so the
paths come from the demo content itself rather than from a hard-coded list that could drift from it.
"""

import json

from django.db.models import Count
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from articles.models import ArticlePage, CollectionPage, ModulePage, PracticalExamplePage
from home.alerts import tokens
from home.alerts.models import Subscription
from home.models import HomePage
from themes_taxonomy.models import Keyword, KeywordIndexPage, Sector, Theme, ThemeIndexPage

# Every page type the browser tests visit (the keys of page_types()).
NAMES = [
    "home", "article_index", "module_index", "example_index", "article", "module", "example", "collection",
    "theme_overview", "theme", "keyword_overview", "keyword", "filtered_index", "search", "search_results",
    "search_no_results", "search_error", "not_found", "untranslated_notice", "api_docs", "alerts_subscribe",
    "alerts_manage", "alerts_links",
]  # fmt: skip
# The page types whose HTML the search backend writes (results, facets, highlights, "did you mean"): the database
# backend and the engine each write their own, so these are judged on both stacks. Every other page type is the same
# template output on every stack (related items are the same cards, whichever backend ranks them), and is judged once.
STACK_DEPENDENT = ["search", "search_results", "search_no_results"]
SEARCH = {"nl": "/zoeken/", "en": "/en/search/"}
SEARCH_WORDS = {"nl": "achterban", "en": "constituency"}


def translated(model, **filters):
    """The first live Dutch page of `model` with a live English translation: {"nl": page, "en": page}."""
    dutch, english = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")
    for page in model.objects.live().filter(locale=dutch, **filters).order_by("path"):
        translation = page.get_translation_or_none(english)
        if translation is not None and translation.live:
            return {"nl": page, "en": translation}
    raise LookupError(f"The demo has no translated {model.__name__}")


def urls(pages):
    return {code: page.url for code, page in pages.items()}


def busiest_theme_slugs(theme_index):
    """The slug of each language's theme with the most items, so its page shows every group filled."""
    slugs = {}
    for code, index in theme_index.items():
        theme = (
            Theme.objects.filter(locale=index.locale)
            .annotate(items=Count("articlepage_pages", distinct=True) + Count("modulepage_pages", distinct=True))
            .order_by("-items", "name")
            .first()
        )
        slugs[code] = theme.slug
    return slugs


def keyword_slugs():
    slugs = {}
    for code in ("nl", "en"):
        keyword = (
            Keyword.objects.filter(language=code)
            .annotate(uses=Count("tagged_items"))
            .filter(uses__gt=0)
            .order_by("-uses", "name")
            .first()
        )
        slugs[code] = keyword.slug
    return slugs


def alert_pages(theme_slug):
    """The e-mail alert form for a theme, the page to manage an alert (of a demo reader, made here once), and the form
    that mails a reader the links to their alerts."""
    dutch = Theme.objects.get(locale__language_code="nl", slug=theme_slug["nl"])
    alert, _ = Subscription.objects.get_or_create(email="lezer@example.org", language="nl", kind="theme", theme=dutch,
                                                  defaults={"frequency": "weekly"})  # fmt: skip
    forms, manage, links = {}, {}, {}
    for code in ("nl", "en"):
        with translation.override(code):
            forms[code] = f"{reverse('alerts_subscribe')}?topic=theme:{theme_slug[code]}"
            manage[code] = reverse("alerts_manage", args=[tokens.make(alert, "manage")])
            links[code] = reverse("alerts_links")  # "mail me the links to my alerts"
    return {"alerts_subscribe": forms, "alerts_manage": manage, "alerts_links": links}


def page_types():
    home = translated(HomePage)
    themes = translated(ThemeIndexPage)
    keywords = translated(KeywordIndexPage)
    theme_slug = busiest_theme_slugs(themes)
    keyword_slug = keyword_slugs()
    sector = {code: Sector.objects.filter(locale=page.locale).order_by("order").first().slug for code, page in
              home.items()}  # fmt: skip
    example = translated(PracticalExamplePage, source_article__isnull=False)
    indexes = {name: urls({code: page.get_parent() for code, page in translated(model).items()})
               for name, model in [("article_index", ArticlePage), ("module_index", ModulePage),
                                   ("example_index", PracticalExamplePage)]}  # fmt: skip
    types = {
        "home": urls(home),
        **indexes,
        "article": urls(translated(ArticlePage)),
        "module": urls(translated(ModulePage)),
        "example": urls(example),
        "collection": urls(translated(CollectionPage)),
        "theme_overview": urls(themes),
        "keyword_overview": urls(keywords),
        "theme": {code: f"{url}{theme_slug[code]}/" for code, url in urls(themes).items()},
        "keyword": {code: f"{url}{keyword_slug[code]}/" for code, url in urls(keywords).items()},
        "filtered_index": {code: f"{url}?sector={sector[code]}" for code, url in indexes["article_index"].items()},
        "search": SEARCH,
        "search_results": {code: f"{url}?q={SEARCH_WORDS[code]}" for code, url in SEARCH.items()},
        "search_no_results": {code: f"{url}?q=qwxzv" for code, url in SEARCH.items()},
        "search_error": {code: f"{url}?q={SEARCH_WORDS[code]}&sort=onzin" for code, url in SEARCH.items()},
        "not_found": {"nl": "/bestaat-niet/", "en": "/en/does-not-exist/"},
        "untranslated_notice": {code: f"{url}?untranslated=1" for code, url in urls(home).items()},
        "api_docs": {"nl": "/api/", "en": "/en/api/"},  # the content API's page for webmasters (home/api/docs.py)
        **alert_pages(theme_slug),  # the e-mail alert forms (home/alerts/)
    }
    assert sorted(types) == sorted(NAMES), "page_types() and NAMES must name the same page types"
    return types


def admin_paths():
    """Where an editor starts in the admin: the explorer listing of the Dutch article section."""
    index = translated(ArticlePage)["nl"].get_parent()
    return {"article_index": f"/admin/pages/{index.pk}/"}


def write(path):
    with open(path, "w") as out:
        json.dump({"pages": page_types(), "admin": admin_paths()}, out, indent=1)
