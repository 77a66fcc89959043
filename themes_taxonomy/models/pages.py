"""The pages that browse by the vocabulary: the theme overview with a page per theme, the keyword overview with a
page per keyword. Their items come through core.registry and core.visibility (themes_taxonomy/browse.py)."""

from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core import cache, feeds, registry
from core.feeds import AtomFeed, FeedSpec, RssFeed

from .. import browse
from ..forms import SectorFilterForm
from .vocabulary import Keyword, Theme


class TaxonomyIndexPage(cache.CachedPage, RoutablePageMixin, Page):
    """A section of the home page that lists terms of the vocabulary and routes to a page per term."""

    intro = models.TextField(_("introduction"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True


class ThemeIndexPage(TaxonomyIndexPage):
    """The overview of all themes (with counts) and, under it, one page per theme."""

    class Meta:
        verbose_name = _("theme overview")

    @path("")
    def overview(self, request):
        return self.render(request, context_overrides={"themes": browse.cached_theme_tree(self.locale_id)})

    @path("<slug:slug>/")
    def theme(self, request, slug):
        theme = get_object_or_404(Theme.objects.select_related("parent"), locale_id=self.locale_id, slug=slug)
        form = SectorFilterForm(request.GET or None, locale_id=self.locale_id)
        sector = {"sectors__slug": form.chosen_sector} if form.chosen_sector else {}
        groups = browse.items_by_type(self.locale_id, themes=theme, **sector)
        context = {
            "theme": theme,
            "groups": groups,
            "total": SimpleLazyObject(lambda: sum(len(group["items"]) for group in groups)),
            "filter_form": form,
            # Collections are defined in a higher layer, which registers how to find them (core.registry).
            "collections": SimpleLazyObject(lambda: registry.collections(self.locale_id, theme)),
            # A long group links to all its items in search, with the same theme and sector.
            "more_query": urlencode({"theme": theme.slug, **({"sector": form.chosen_sector} if sector else {})}),
        }
        response = self.render(request, template="themes_taxonomy/theme_page.html", context_overrides=context)
        if form.errors:
            response.status_code = 400
        return response

    @path("<slug:slug>/rss/", name="theme_rss")
    def theme_rss(self, request, slug):
        return RssFeed()(request, spec=self.feed_spec(request, slug))

    @path("<slug:slug>/atom/", name="theme_atom")
    def theme_atom(self, request, slug):
        return AtomFeed()(request, spec=self.feed_spec(request, slug))

    def feed_spec(self, request, slug):
        """A theme's feed: the newest visible items carrying it, of every content type."""
        theme = get_object_or_404(Theme, locale_id=self.locale_id, slug=slug)
        language = self.locale.language_code
        with translation.override(language):
            return FeedSpec(
                title=_gettext("%(theme)s | Kennisbank Medezeggenschap") % {"theme": theme.name},
                link=f"{self.get_url(request)}{theme.slug}/",
                description=theme.description
                or _gettext("New in the knowledge base on the theme %(theme)s.") % {"theme": theme.name},
                language=language,
                items=browse.newest(self.locale_id, feeds.FEED_SIZE, themes=theme),
            )


class KeywordIndexPage(TaxonomyIndexPage):
    """All keywords in use with how often, and under it one page per keyword (404 when no visible page uses it)."""

    class Meta:
        verbose_name = _("keyword overview")

    @path("")
    def overview(self, request):
        return self.render(request, context_overrides={"keywords": browse.keyword_counts(self.locale_id)})

    @path("<slug:slug>/")
    def keyword(self, request, slug):
        keyword = get_object_or_404(Keyword, slug=slug)
        groups = browse.items_by_type(self.locale_id, tagged_keywords__tag=keyword)
        if not browse.used_keywords(locale_id=self.locale_id).filter(pk=keyword.pk).exists():
            raise Http404("No visible page uses this keyword.")
        return self.render(
            request,
            template="themes_taxonomy/keyword_page.html",
            context_overrides={"keyword": keyword, "groups": groups},
        )
