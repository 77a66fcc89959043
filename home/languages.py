"""Where each language version of what the reader is looking at lives: for the language switcher and hreflang.

Dutch is served at the root and English under /en/ (config/urls.py). A page leads to its live translation; a theme
or keyword page to the same theme or keyword in the other language; a view such as search to the same view. When
there is no translation, the switcher leads to that language's home page with a notice (`?untranslated=1`).
"""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page

from core import cache
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
            request._version_urls = cache.remember("versions", key, compute)
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


def switcher(request, page=None, routed=None, current=None):
    """[{code, name, url, current, available}] for every language, in settings order."""
    urls = version_urls(request, page, routed)
    links = []
    for code, _name in settings.LANGUAGES:
        available = urls[code] is not None
        url = urls[code] if available else f"{home_url(code)}?{MISSING}=1"
        links.append({"code": code, "name": get_language_info(code)["name_local"], "url": url,
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
