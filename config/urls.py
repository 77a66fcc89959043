from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.api.docs import api_docs
from home.api.views import api as content_api
from home.sitemap import LanguageSitemap, robots_txt
from home.views import dutch_prefix_redirect, health
from search.views import autocomplete_api, search_api, search_page

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LanguageSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("health/", health, name="health"),
    path("api/search/", search_api, name="search_api"),
    path("api/search/autocomplete/", autocomplete_api, name="autocomplete_api"),
    path("api/v1/", content_api.urls),  # the read-only content API (home/api/), its schema at openapi.json
]

if settings.SERVE_MEDIA:
    # Uploaded images are small and few; a separate file server is optional (see README, production).
    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    )

# Dutch lives at the root, English under /en/; the prefixed Dutch form (/nl/...) redirects to the root.
urlpatterns += [re_path(r"^nl/(?P<rest>.*)$", dutch_prefix_redirect)]
urlpatterns += i18n_patterns(
    path(_("zoeken/"), search_page, name="search"),
    path("api/", api_docs, name="api_docs"),  # the content API explained to council webmasters
    path(_("email-alerts/"), include("home.alerts.urls")),  # e-mail alerts: subscribe, confirm, manage (home/alerts/)
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
