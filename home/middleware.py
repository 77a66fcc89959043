"""Per-host Site lookup from the cache: Wagtail otherwise queries the Site table on every request."""

from wagtail.models import Site

from core import cache


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site = cache.remember("site", request.get_host(), lambda: self.find(request))
        if site is not None:
            request._wagtail_site = site
        return self.get_response(request)

    @staticmethod
    def find(request):
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific  # cached with the site, saving two queries a request
        return site
