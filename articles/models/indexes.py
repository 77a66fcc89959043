"""One index page per content type, with pagination and filters by theme, keyword and sector."""

from django.db import models
from django.db.models import F
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core import cache
from core.listing import paginate, with_card_data
from core.visibility import visible

from ..forms import ModuleFilterForm
from ..listing import ListingFilterForm, filter_choices
from .content import ArticlePage, ModulePage, PracticalExamplePage


class ContentIndexPage(cache.CachedPage, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    child_model = None
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Fetch the child in its specific type with one query (Wagtail's default needs two)."""
        if len(path_components) == 1:
            child = self.child_model.objects.child_of(self).filter(slug=path_components[0]).first()
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, [])
        return super().route(request, path_components)

    def items(self):
        newest = F("publication_date").desc(nulls_last=True)  # undated items last, on every database
        return visible(self.child_model.objects.child_of(self)).order_by(newest, "title")

    def filter_form(self, data):
        return ListingFilterForm(data, choices=filter_choices(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.filter_form(request.GET or None)
        context["filter_form"] = form
        # Lazy, so that a cached listing fragment runs no query.
        context["page_obj"] = SimpleLazyObject(
            lambda: paginate(with_card_data(form.apply(self.items())), form.page_number)
        )
        context["listing_key"] = form.cache_key()
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.context_data["filter_form"].errors:
            response.status_code = 400
        return response


class ArticleIndexPage(ContentIndexPage):
    child_model = ArticlePage
    subpage_types = ["articles.ArticlePage"]
    template = "articles/index_page.html"
    parent_page_types = ["home.HomePage"]

    class Meta:
        verbose_name = _("article index")


class ModuleIndexPage(ContentIndexPage):
    child_model = ModulePage
    subpage_types = ["articles.ModulePage"]
    template = "articles/index_page.html"
    parent_page_types = ["home.HomePage"]

    class Meta:
        verbose_name = _("module and traject index")

    def filter_form(self, data):
        return ModuleFilterForm(data, choices=filter_choices(self), kinds=ModulePage.Kind.choices)


class PracticalExampleIndexPage(ContentIndexPage):
    child_model = PracticalExamplePage
    subpage_types = ["articles.PracticalExamplePage"]
    template = "articles/index_page.html"
    parent_page_types = ["home.HomePage"]

    class Meta:
        verbose_name = _("practical example index")
