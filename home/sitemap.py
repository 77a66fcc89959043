"""The sitemap: every live page in both languages, each with its language versions as hreflang alternates."""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from articles.listing import current


class LanguageSitemap(Sitemap):
    def items(self):
        """Live public pages under the site's home page and under its translations (the English home page)."""
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return current(pages).public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        items = list(self.paginator.page(page).object_list)
        versions = defaultdict(dict)
        for translation in current(Page.objects).filter(translation_key__in={item.translation_key for item in items}):
            versions[translation.translation_key][translation.locale.language_code] = translation
        for url_info, item in zip(urls, items, strict=False):
            found = versions[item.translation_key]
            if len(found) < 2:
                continue
            alternates = [{"lang_code": code, "location": found[code].get_full_url(self.request)}
                          for code, _name in settings.LANGUAGES if code in found]  # fmt: skip
            if settings.LANGUAGE_CODE in found:
                alternates.append(
                    {"lang_code": "x-default", "location": found[settings.LANGUAGE_CODE].get_full_url(self.request)}
                )
            url_info["alternates"] = alternates
        return urls
