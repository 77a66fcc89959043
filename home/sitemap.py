"""The sitemap and robots.txt.

The sitemap lists every page a reader may see in both languages (core.visibility), and under the theme and keyword
overviews the theme and keyword pages a reader is offered (themes_taxonomy.browse), each with its visible language
versions as alternates. Addresses are built by Django's sitemap view from the request (scheme and host the site is
served on), not from the Wagtail Site's hostname setting; `lastmod` is a page's last publication, and for a theme or
keyword page the last publication of the newest visible page it lists.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.db.models import Max, Q
from django.http import HttpResponse
from django.urls import NoReverseMatch, reverse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core import registry, visibility
from core.visibility import visible
from themes_taxonomy import browse
from themes_taxonomy.models import Keyword, KeywordIndexPage, TaggedKeyword, ThemeIndexPage


@dataclass
class Entry:
    """One address of the sitemap: its path on the site, its language, what its language versions share."""

    path: str
    language: str
    lastmod: object
    key: tuple
    alternates: dict = field(default_factory=dict)  # language code -> path, filled when all entries are known


class LanguageSitemap(Sitemap):
    def items(self):
        """Visible pages under the site's home page and its translations, each index of themes or keywords followed
        by the term pages it offers."""
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        entries = []
        for page in visible(pages).order_by("path").defer_streamfields().select_related("locale").specific():
            parts = page.get_url_parts(self.request)
            if parts is None:
                continue
            path = parts[2]
            language = page.locale.language_code
            entries.append(Entry(path, language, page.last_published_at, ("page", page.translation_key)))
            if isinstance(page, ThemeIndexPage):
                entries += _theme_entries(page, path, language)
            elif isinstance(page, KeywordIndexPage):
                entries += _keyword_entries(page, path, language)
        _link_versions(entries)
        return entries

    def location(self, entry):
        return entry.path  # Django's view puts the request's scheme and host in front

    def lastmod(self, entry):
        return entry.lastmod

    def _urls(self, page, protocol, domain):
        """Django's own (addresses from the request), not Wagtail's (which asks each page for its full URL, built
        from the Site setting), with the language alternates added."""
        urls = DjangoSitemap._urls(self, page, protocol, domain)
        for url_info in urls:
            versions = url_info["item"].alternates
            if len(versions) < 2:
                continue
            location = {code: f"{protocol}://{domain}{path}" for code, path in versions.items()}
            url_info["alternates"] = [{"lang_code": code, "location": location[code]}
                                      for code, _name in settings.LANGUAGES if code in versions]  # fmt: skip
            if settings.LANGUAGE_CODE in versions:
                url_info["alternates"].append({"lang_code": "x-default", "location": location[settings.LANGUAGE_CODE]})
        return urls


def _term_path(index, path, route, slug):
    try:
        return path + index.reverse_subpage(route, args=[slug])
    except NoReverseMatch:  # an editor's slug the route cannot serve: no page to list
        return None


def _theme_entries(index, path, language):
    """The themes the overview offers (used by a visible page, or the parent of one that is), in its order."""
    newest = {}
    for model in registry.models():
        rows = (visible(model.objects, locale_id=index.locale_id).filter(themes__isnull=False).order_by()
                .values("themes").annotate(newest=Max("last_published_at")))  # fmt: skip
        for row in rows:
            newest[row["themes"]] = max(filter(None, [newest.get(row["themes"]), row["newest"]]), default=None)
    entries = []
    for top in browse.cached_theme_tree(index.locale_id):
        for theme in [top, *top.subthemes]:
            theme_path = _term_path(index, path, "theme", theme.slug)
            if theme_path:
                lastmod = newest.get(theme.pk) or index.last_published_at  # a parent with only sub-themes in use
                entries.append(Entry(theme_path, language, lastmod, ("theme", theme.translation_key)))
    return entries


def _keyword_entries(index, path, language):
    """The keywords a visible page of this language uses (a keyword page of any other keyword is a 404)."""
    content = visibility.content(locale_id=index.locale_id)
    newest = dict(
        TaggedKeyword.objects.filter(content_object__in=content.values("pk"))
        .order_by()
        .values("tag_id")
        .annotate(newest=Max("content_object__last_published_at"))
        .values_list("tag_id", "newest")
    )
    keywords = list(browse.used_keywords(locale_id=index.locale_id).order_by("name"))
    same = _same_meaning(keywords)
    entries = []
    for keyword in keywords:
        keyword_path = _term_path(index, path, "keyword", keyword.slug)
        if keyword_path:
            entries.append(Entry(keyword_path, language, newest.get(keyword.pk), ("keyword", same[keyword.pk])))
    return entries


def _same_meaning(keywords):
    """{keyword id: the smallest id among it and its equivalents}, whichever side names the other."""
    ids = {keyword.pk for keyword in keywords}
    group = {pk: pk for pk in ids}
    pairs = Keyword.objects.filter(Q(pk__in=ids) | Q(equivalent_id__in=ids), equivalent__isnull=False)
    for pk, other in pairs.values_list("pk", "equivalent_id"):
        for one in (pk, other):
            if one in group:
                group[one] = min(group[one], pk, other)
    return group


def _link_versions(entries):
    by_key = defaultdict(dict)
    for entry in entries:
        by_key[entry.key][entry.language] = entry.path
    for entry in entries:
        entry.alternates = by_key[entry.key]


def robots_txt(request):
    """Every crawler may read the site (not the admin) and is told where the sitemap is, at the request's address."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
