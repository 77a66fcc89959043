"""Where the theme and keyword pages live for a locale, cached because every content page links to them."""

from django.core.cache import cache


def taxonomy_urls(locale_id):
    key = f"taxonomy-urls:{locale_id}"
    urls = cache.get(key)
    if urls is None:
        from wagtail.models import Page

        from .models import KeywordIndexPage, ThemeIndexPage

        found = Page.objects.live().filter(locale_id=locale_id).type(ThemeIndexPage, KeywordIndexPage)
        by_type = {page.specific_class: page.url for page in found.select_related("content_type")}
        urls = {"themes": by_type.get(ThemeIndexPage), "keywords": by_type.get(KeywordIndexPage)}
        cache.set(key, urls, 600)
    return urls
