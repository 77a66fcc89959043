"""The sitemap: every visible page in both languages, each with its visible language versions as alternates."""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.visibility import visible


class LanguageSitemap(Sitemap):
    def items(self):
        """Visible pages under the site's home page and under its translations (the English home page)."""
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return visible(pages).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        items = list(self.paginator.page(page).object_list)
        versions = defaultdict(dict)
        keys = {item.translation_key for item in items}
        for translation in visible(Page.objects.filter(translation_key__in=keys)).select_related("locale"):
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
