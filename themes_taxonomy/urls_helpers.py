"""Where the theme and keyword pages live for a locale, cached because every content page links to them."""

from core import cache

from .models import KeywordIndexPage, ThemeIndexPage


def taxonomy_urls(locale_id):
    def compute():
        urls = {}
        for name, model in (("themes", ThemeIndexPage), ("keywords", KeywordIndexPage)):
            page = model.objects.live().filter(locale_id=locale_id).first()
            urls[name] = page.url if page is not None else None
        return urls

    return cache.remember("taxonomy-urls", locale_id, compute, tags=[cache.lists_of(locale_id)])
