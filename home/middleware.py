"""Per-host Site lookup from the cache: Wagtail otherwise queries the Site table on every request."""

from django.core.cache import cache
from wagtail.models import Site

CACHE_SECONDS = 600


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = f"site-for-host:{request.get_host()}"
        site = cache.get(key)
        if site is None:
            site = Site.find_for_request(request)
            if site is not None:
                site.root_page = site.root_page.specific  # cached with the site, saving two queries a request
                cache.set(key, site, CACHE_SECONDS)
        else:
            request._wagtail_site = site
        return self.get_response(request)
