"""Where each language version of what the reader is looking at lives: for the language switcher and hreflang.

Dutch is served at the root and English under /en/ (config/urls.py). A page leads to its live translation; a theme
or keyword page to the same theme or keyword in the other language; a view such as search to the same view. When
there is no translation, the switcher marks the link ("English, not yet available") and leads to that language's
home page with a notice, carrying the page the reader came from (`?untranslated=<page id>`): from there the notice's
link and the switch back lead to that page again. The origin is looked up per request (never cached: it is the
reader's own) and offered only when a reader may see it (core.visibility); anything else is the plain home link.
"""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from core import cache, params
from core.visibility import is_visible

MISSING = "untranslated"


def _routed_translation(page, locale, routed):
    """The URL of a routed sub-page (a theme or a keyword) on the translated index page, or None."""
    name, item = routed
    translated_item = item.get_translation_or_none(locale) if hasattr(item, "get_translation_or_none") else item
    translated_page = page.get_translation_or_none(locale)
    if translated_item is None or translated_page is None or not is_visible(translated_page):
        return None
    translated_page = translated_page.specific
    return translated_page.url + translated_page.reverse_subpage(name, args=[translated_item.slug])


def version_urls(request, page=None, routed=None):
    """{language code: URL of the same content in that language, or None when it has no translation there}.

    Kept on the request (the switcher and the hreflang links both ask) and, for pages, in the cache, which every
    publication clears (core.cache).
    """
    if not hasattr(request, "_version_urls"):
        compute = lambda: _version_urls(request, page, routed)  # noqa: E731
        if isinstance(page, Page):
            key = f"{page.pk}:{request.path}:{routed[0] + str(routed[1].pk) if routed else ''}"
            request._version_urls = cache.remember(
                "versions", key, compute, tags=[cache.versions_of(page.translation_key)]
            )
        else:
            request._version_urls = compute()
    return request._version_urls


def _version_urls(request, page, routed):
    urls = {}
    for code, _name in settings.LANGUAGES:
        if page is None or not isinstance(page, Page):
            urls[code] = translate_url(request.get_full_path(), code)
            continue
        locale = Locale.objects.get_for_language(code) if code != page.locale.language_code else page.locale
        if locale == page.locale:
            urls[code] = request.path
        elif routed is not None:
            urls[code] = _routed_translation(page, locale, routed)
        else:
            translation = page.get_translation_or_none(locale)
            urls[code] = translation.url if translation is not None and is_visible(translation) else None
    return urls


def home_url(code):
    return "/" if code == settings.LANGUAGE_CODE else f"/{code}/"


def origin(request):
    """The page the reader came from to this untranslated notice, as (page, url), or None.

    None unless `?untranslated=` names a page a reader may see that has an address on this site: a malformed,
    unknown, restricted or unpublished id, or the tree's root, gives the plain notice. The URL is the page's own,
    never taken from the request, so the parameter cannot send a reader anywhere else.
    """
    if not hasattr(request, "_untranslated_origin"):
        found = None
        pk = params.page_id(request.GET.get(MISSING))
        page = Page.objects.filter(pk=pk).select_related("locale").first() if pk is not None else None
        if page is not None and is_visible(page):
            url = page.get_url(request)
            found = (page, url) if url else None
        request._untranslated_origin = found
    return request._untranslated_origin


def _missing_label(code):
    """The label of a link to a language without a translation, in that language, as its name is."""
    with translation.override(code):
        return _("%(language)s, not yet available") % {"language": capfirst(get_language_info(code)["name_local"])}


def switcher(request, page=None, routed=None, current=None):
    """[{code, name, url, current, available}] for every language, in settings order.

    A language without a translation leads to its home page, carrying the page's id when it is a page (a routed
    theme or keyword carries none). On the notice's home page, the origin's language leads back to the origin.
    """
    urls = version_urls(request, page, routed)
    came_from = origin(request) if MISSING in request.GET else None
    carried = page.pk if isinstance(page, Page) and routed is None else ""
    links = []
    for code, _name in settings.LANGUAGES:
        available = urls[code] is not None
        url = urls[code] if available else f"{home_url(code)}?{MISSING}={carried}"
        if came_from is not None and came_from[0].locale.language_code == code and code != current:
            url = came_from[1]
        name = capfirst(get_language_info(code)["name_local"])
        links.append({"code": code, "name": name, "label": name if available else _missing_label(code), "url": url,
                      "current": code == current, "available": available})  # fmt: skip
    return links


def hreflang(request, page=None, routed=None):
    """[(hreflang, absolute URL)] for the languages the content exists in, plus x-default (the Dutch version)."""
    urls = {code: url for code, url in version_urls(request, page, routed).items() if url}
    if len(urls) < 2:
        return []
    links = [(code, request.build_absolute_uri(url)) for code, url in urls.items()]
    default = urls.get(settings.LANGUAGE_CODE)
    if default:
        links.append(("x-default", request.build_absolute_uri(default)))
    return links
