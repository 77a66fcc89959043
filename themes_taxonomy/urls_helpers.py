"""Where the theme and keyword pages live for a locale, cached because every content page links to them."""

from django.core.cache import cache


def taxonomy_urls(locale_id):
    key = f"taxonomy-urls:{locale_id}"
    urls = cache.get(key)
    if urls is None:
        from .models import KeywordIndexPage, ThemeIndexPage

        theme_index = ThemeIndexPage.objects.live().filter(locale_id=locale_id).first()
        keyword_index = KeywordIndexPage.objects.live().filter(locale_id=locale_id).first()
        urls = {
            "themes": theme_index.url if theme_index else None,
            "keywords": keyword_index.url if keyword_index else None,
        }
        cache.set(key, urls, 600)
    return urls
