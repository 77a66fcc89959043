"""Every reader-facing output, in one list: what a reader (or a feed reader, crawler or script) can read.

Each Output names the URL patterns and page routes it reads (`covers`, checked against config.urls and the page
types' routes by test_outputs_cover_urls.py), the URLs to read for one hidden state in one language (`urls`), the
words of the visible control pages that must appear there (`expect`: an empty output fails), and optionally a check
of the counts it shows (`counts`). URLs come from the built pages (tests/visibility/world.py), so they follow the
page tree; a language's output asks in that language.
"""

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import translation


@dataclass(frozen=True)
class Output:
    name: str
    covers: tuple
    urls: Callable  # (world, state_world, lang) -> [url]
    expect: Callable  # (world, state_world, lang) -> [text that must appear in at least one of the responses]
    counts: Callable = None  # (world, state_world, lang, {url: text}) -> [problem]

    def __str__(self):
        return self.name


def search_url(lang, **params):
    with translation.override(lang):
        return reverse("search") + ("?" + urlencode(params) if params else "")


def _in_language(lang, name):
    with translation.override(lang):
        return reverse(name)


def api_url(name, lang, **params):
    return reverse(name) + "?" + urlencode({**params, "lang": lang})


def content_api_url(name, lang, **params):
    """An address of the content API (/api/v1/, home/api/): `id` and `slug` are path parameters."""
    path = {key: params.pop(key) for key in ("id", "slug") if key in params}
    return reverse(f"api-v1:{name}", kwargs=path) + "?" + urlencode({**params, "lang": lang}, doseq=True)


def titles(sw, lang, kinds=("article", "module", "example")):
    return [sw.control[lang][kind].title for kind in kinds]


def _total(sw, lang):
    return sum(sw.visible_counts(lang).values())


# Counts -------------------------------------------------------------------------------------------------------------


def _api_counts(world, sw, lang, texts):
    data = json.loads(texts[api_url("search_api", lang, q=sw.state.token)])
    expected, total = sw.visible_counts(lang), _total(sw, lang)
    problems = []
    if data["count"] != total:
        problems.append(f"count {data['count']}, expected {total}")
    if data["facets"]["type"] != expected:
        problems.append(f"type facet {data['facets']['type']}, expected {expected}")
    for name, slug in (("theme", sw.theme[lang].slug), ("keyword", sw.keyword[lang].slug)):
        if data["facets"][name].get(slug) != total:
            problems.append(f"{name} facet {slug}: {data['facets'][name].get(slug)}, expected {total}")
    return problems


def _content_api_counts(world, sw, lang, texts):
    data = json.loads(texts[content_api_url("api_pages", lang, keyword=sw.keyword[lang].slug)])
    found = {}
    for item in data["results"]:
        found[item["type"]] = found.get(item["type"], 0) + 1
    expected, total = sw.visible_counts(lang), _total(sw, lang)
    return (
        [] if (data["count"], found) == (total, expected) else [f"count {data['count']} {found}, expected {expected}"]
    )


def _vocabulary_counts(world, sw, lang, texts):
    problems = []
    for name, slug in (("api_theme", sw.theme[lang].slug), ("api_keyword", sw.keyword[lang].slug)):
        count = json.loads(texts[content_api_url(name, lang, slug=slug)])["count"]
        if count != _total(sw, lang):
            problems.append(f"{name} {slug}: count {count}, expected {_total(sw, lang)}")
    return problems


def _search_page_counts(world, sw, lang, texts):
    html = texts[search_url(lang, q=sw.state.token)]
    found = re.findall(re.escape(escape(sw.theme[lang].name)) + r"</a> \((\d+)\)", html)
    total = _total(sw, lang)
    return [] if found == [str(total)] else [f"theme facet {sw.theme[lang].name}: {found}, expected [{total}]"]


def _theme_overview_counts(world, sw, lang, texts):
    html = texts[world.sections[lang]["themes"].url]
    slug = sw.theme[lang].slug
    blocks = [block for block in html.split('<li class="theme-list__item">') if f'/{slug}/"' in block.split("</h2>")[0]]
    expected = list(sw.visible_counts(lang).values())
    if len(blocks) != 1:
        return [f"theme {slug} not listed once ({len(blocks)})"]
    counts = [int(n) for n in re.findall(r"<li>[^<:]*: (\d+)</li>", blocks[0].split('<ul class="subthemes"')[0])]
    return [] if counts == expected else [f"theme {slug} counts {counts}, expected {expected}"]


def _home_counts(world, sw, lang, texts):
    html = texts[world.home[lang].url]
    slug = sw.theme[lang].slug
    found = re.findall(rf'/{re.escape(slug)}/">[^<]*<span class="count">(\d+)', html)
    total = _total(sw, lang)
    return [] if found == [str(total)] else [f"theme tile {slug}: {found}, expected [{total}]"]


def _keyword_overview_counts(world, sw, lang, texts):
    html = texts[world.sections[lang]["keywords"].url]
    slug = sw.keyword[lang].slug
    found = re.findall(rf'/{re.escape(slug)}/">[^<]*<span class="count">\((\d+)\)', html)
    total = _total(sw, lang)
    return [] if found == [str(total)] else [f"keyword {slug}: {found}, expected [{total}]"]


# URLs ---------------------------------------------------------------------------------------------------------------


def _listing(kind):
    def urls(world, sw, lang):
        base = world.sections[lang][kind].url
        return [base, f"{base}?keyword={sw.keyword[lang].slug}", f"{base}?theme={sw.theme[lang].slug}",
                f"{base}?sector={sw.sector[lang].slug}"]  # fmt: skip

    return urls


def _other(lang):
    return "en" if lang == "nl" else "nl"


OUTPUTS = [
    Output(
        "home",
        covers=("home.HomePage",),
        urls=lambda world, sw, lang: [world.home[lang].url],
        expect=lambda world, sw, lang: [sw.control[lang]["module"].title],  # featured; the latest articles too
        counts=_home_counts,
    ),
    Output(
        "search-page",
        covers=("search",),
        urls=lambda world, sw, lang: [
            search_url(lang, q=sw.state.token),
            search_url(lang, keyword=sw.keyword[lang].slug),
            search_url(lang, theme=sw.theme[lang].slug),
            search_url(lang),  # everything, newest first, with the facets of all content
        ],
        expect=lambda world, sw, lang: titles(sw, lang),
        counts=_search_page_counts,
    ),
    Output(
        "did-you-mean",
        covers=("search",),
        urls=lambda world, sw, lang: [
            search_url(lang, q=sw.state.misspelt(sw.state.token)),
            search_url(lang, q=sw.state.misspelt(sw.state.secret)),
        ],
        expect=lambda world, sw, lang: [sw.state.token],  # as the suggestion (or in a result, if typos are forgiven)
    ),
    Output(
        "search-promotions",
        covers=("search", "search_api"),
        urls=lambda world, sw, lang: [
            search_url(lang, q=sw.state.promo),
            api_url("search_api", lang, q=sw.state.promo),
        ],  # fmt: skip
        expect=lambda world, sw, lang: [sw.control[lang]["article"].title],
    ),
    Output(
        "api-search",
        covers=("search_api",),
        urls=lambda world, sw, lang: [
            api_url("search_api", lang, q=sw.state.token),
            api_url("search_api", lang, keyword=sw.keyword[lang].slug),
            api_url("search_api", lang, theme=sw.theme[lang].slug),
            api_url("search_api", lang),
        ],
        expect=lambda world, sw, lang: titles(sw, lang),
        counts=_api_counts,
    ),
    Output(
        "api-autocomplete",
        covers=("autocomplete_api",),
        urls=lambda world, sw, lang: [
            api_url("autocomplete_api", lang, q=sw.state.token[:5]),
            api_url("autocomplete_api", lang, q=sw.state.secret[:5]),
        ],
        expect=lambda world, sw, lang: titles(sw, lang),
    ),
    Output(
        "api-content-list",  # the content API's list of pages (home/api/), by each filter a portal would use
        covers=("api_pages",),
        urls=lambda world, sw, lang: [
            content_api_url("api_pages", lang, keyword=sw.keyword[lang].slug),
            content_api_url("api_pages", lang, theme=sw.theme[lang].slug, type=["article", "module", "example"]),
            content_api_url("api_pages", lang, sector=sw.sector[lang].slug, keyword=sw.keyword[lang].slug),
        ],
        expect=lambda world, sw, lang: titles(sw, lang),
        counts=_content_api_counts,
    ),
    Output(
        "api-content-page",  # one page with its related items, translations (language alternates) and source
        covers=("api_page",),
        urls=lambda world, sw, lang: [
            content_api_url("api_page", lang, id=page.pk)
            for page in [sw.control[lang]["article"], sw.control[lang]["example"]]
            + ([sw.anchor["nl"]] if lang == "nl" else [])
        ],
        expect=lambda world, sw, lang: titles(sw, lang, ["module"]) + [sw.control[_other(lang)]["article"].url],
    ),
    Output(
        "api-vocabulary",  # the themes, keywords and sectors visible pages use, and each one's own answer
        covers=("api_themes", "api_theme", "api_keywords", "api_keyword", "api_sectors", "api_sector"),
        urls=lambda world, sw, lang: (
            [content_api_url(f"api_{kind}s", lang) for kind in ("theme", "keyword", "sector")]
            + [
                content_api_url("api_theme", lang, slug=sw.theme[lang].slug),
                content_api_url("api_keyword", lang, slug=sw.keyword[lang].slug),
                content_api_url("api_sector", lang, slug=sw.sector[lang].slug),
            ]
        ),
        expect=lambda world, sw, lang: [sw.theme[lang].name, sw.keyword[lang].name, sw.sector[lang].name],
        counts=_vocabulary_counts,
    ),
    Output(
        "article-listing",
        covers=("articles.ArticleIndexPage",),
        urls=_listing("article"),
        expect=lambda world, sw, lang: titles(sw, lang, ["article"]),
    ),  # fmt: skip
    Output(
        "module-listing",
        covers=("articles.ModuleIndexPage",),
        urls=_listing("module"),
        expect=lambda world, sw, lang: titles(sw, lang, ["module"]),
    ),  # fmt: skip
    Output(
        "example-listing",
        covers=("articles.PracticalExampleIndexPage",),
        urls=_listing("example"),
        expect=lambda world, sw, lang: titles(sw, lang, ["example"]),
    ),  # fmt: skip
    Output(
        "theme-overview",
        covers=("themes_taxonomy.ThemeIndexPage:overview",),
        urls=lambda world, sw, lang: [world.sections[lang]["themes"].url],
        expect=lambda world, sw, lang: [sw.theme[lang].name],
        counts=_theme_overview_counts,
    ),
    Output(
        "theme-page",
        covers=("themes_taxonomy.ThemeIndexPage:theme",),
        urls=lambda world, sw, lang: [
            f"{world.sections[lang]['themes'].url}{sw.theme[lang].slug}/",
            f"{world.sections[lang]['themes'].url}{sw.theme[lang].slug}/?sector={sw.sector[lang].slug}",
        ],
        expect=lambda world, sw, lang: titles(sw, lang),
    ),
    Output(
        "theme-feeds",
        covers=("themes_taxonomy.ThemeIndexPage:theme_rss", "themes_taxonomy.ThemeIndexPage:theme_atom"),
        urls=lambda world, sw, lang: [
            f"{world.sections[lang]['themes'].url}{sw.theme[lang].slug}/{feed}/" for feed in ("rss", "atom")
        ],  # fmt: skip
        expect=lambda world, sw, lang: titles(sw, lang),
    ),
    Output(
        "keyword-overview",
        covers=("themes_taxonomy.KeywordIndexPage:overview",),
        urls=lambda world, sw, lang: [world.sections[lang]["keywords"].url],
        expect=lambda world, sw, lang: [sw.keyword[lang].name],
        counts=_keyword_overview_counts,
    ),
    Output(
        "keyword-page",
        covers=("themes_taxonomy.KeywordIndexPage:keyword",),
        urls=lambda world, sw, lang: [f"{world.sections[lang]['keywords'].url}{sw.keyword[lang].slug}/"],
        expect=lambda world, sw, lang: titles(sw, lang),
    ),
    Output(
        "related-items",
        covers=("articles.ArticlePage", "articles.ModulePage", "articles.PracticalExamplePage"),
        urls=lambda world, sw, lang: [sw.control[lang]["article"].url, sw.control[lang]["example"].url],
        expect=lambda world, sw, lang: titles(sw, lang, ["module"]),  # only shown as a related item there
    ),
    Output(
        "language-alternates",  # hreflang links and the language switcher of a page
        covers=("articles.ArticlePage", "articles.ModulePage", "articles.PracticalExamplePage"),
        urls=lambda world, sw, lang: (
            [sw.control[lang]["article"].url, sw.control[lang]["module"].url]
            + ([sw.anchor["nl"].url] if lang == "nl" else [])
        ),
        expect=lambda world, sw, lang: [
            sw.control[_other(lang)]["article"].url,
            sw.control[_other(lang)]["module"].url,
        ],  # fmt: skip
    ),
    Output(
        "collection",
        covers=("articles.CollectionPage:listing",),
        urls=lambda world, sw, lang: [sw.collection[lang].url],
        expect=lambda world, sw, lang: titles(sw, lang),
    ),
    Output(
        "collection-feeds",
        covers=("articles.CollectionPage:rss", "articles.CollectionPage:atom"),
        urls=lambda world, sw, lang: [f"{sw.collection[lang].url}{feed}/" for feed in ("rss", "atom")],
        expect=lambda world, sw, lang: titles(sw, lang),
    ),
    Output(
        "alerts-form",  # the e-mail alert form's themes and care sectors: only those a visible page uses
        covers=("alerts_subscribe",),
        urls=lambda world, sw, lang: [_in_language(lang, "alerts_subscribe")],
        expect=lambda world, sw, lang: [sw.theme[lang].name, sw.sector[lang].name],
    ),
    Output(
        "sitemap",  # both languages' pages, each with its language alternates
        covers=("sitemap",),
        urls=lambda world, sw, lang: ["/sitemap.xml"],
        expect=lambda world, sw, lang: (
            [sw.control[lang][kind].url for kind in ("article", "module", "example")]
            + [sw.collection[lang].url, sw.anchor["nl"].url]
        ),
    ),
]
BY_NAME = {output.name: output for output in OUTPUTS}

# URL patterns (by name, or by route when unnamed) that serve no reader-facing list of content.
NON_READER_URLS = {
    "admin/": "Wagtail's admin (editors only)",
    "documents/": "document downloads: a file, never a list of pages",
    "health": "the health check: database and search status, no content",
    "openapi-json": "the content API's OpenAPI document: its addresses and fields, no content",
    "api_docs": "the content API's page for webmasters: examples, no list of content",
    "api-root": "django-ninja's root of /api/v1/: always a 404",
    "robots_txt": "robots.txt: names the sitemap, lists no page",
    "^media/(?P<path>.*)$": "uploaded files",
    "^nl/(?P<rest>.*)$": "redirects the prefixed Dutch form to the root",
    "wagtailcore_authenticate_with_password": "the password form's POST target of a restricted page",
    "wagtailcore_login": "the front-end login form of a restricted page",
    # E-mail alerts (home/alerts/): answers to signed links, no list of content; the digests they lead to ask
    # core.visibility, tested in tests/alerts/test_sent_once.py (the form itself is the output "alerts-form").
    "alerts_confirm": "confirms an e-mail alert (signed link)",
    "alerts_manage": "changes or deletes an e-mail alert (signed link)",
    "alerts_unsubscribe": "one-click unsubscribe of an e-mail alert (signed link)",
    "alerts_links": "mails an address the links to its own e-mail alerts; the page shows a form and the same answer",
}
# The page tree's own root is never served.
NON_READER_PAGES = {"wagtailcore.Page": "the tree root, never served"}
