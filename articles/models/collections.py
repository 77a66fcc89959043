"""Collections (Plone's Collection): a page whose list is whatever live content matches criteria an editor sets."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from core import cache, params, registry
from core.feeds import AtomFeed, RssFeed
from core.listing import paginate, with_card_data
from core.visibility import visible

from ..feeds import collection_feed
from ..forms import CollectionPageForm
from .base import PAGE_WORDS


class CollectionPage(cache.CachedPage, RoutablePageMixin, Page):
    """Within one criterion any chosen value matches; the criteria together must all match. Criteria are
    language-neutral: an English collection selects the English versions of the chosen themes, sectors and keywords."""

    class Sort(models.TextChoices):
        NEWEST = "newest", _("Newest first")
        OLDEST = "oldest", _("Oldest first")
        TITLE = "title", _("Title (A to Z)")

    intro = models.TextField(_("introduction"), blank=True)
    # Codes of core.registry's content types; empty means every type (also types added later).
    content_types = models.JSONField(_("content types"), default=list, blank=True)
    themes = ParentalManyToManyField("themes_taxonomy.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    keywords = ParentalManyToManyField(
        "themes_taxonomy.Keyword", verbose_name=_("keywords"), blank=True, related_name="+"
    )
    sectors = ParentalManyToManyField("themes_taxonomy.Sector", verbose_name=_("care sectors"), blank=True,
                                      related_name="+")  # fmt: skip
    published_from = models.DateField(_("published on or after"), null=True, blank=True)
    published_until = models.DateField(_("published on or before"), null=True, blank=True)
    recent_days = models.PositiveIntegerField(
        _("published in the last … days"), null=True, blank=True, help_text=_("For example 31 for 'new this month'.")
    )
    sort_order = models.CharField(_("sort order"), max_length=10, choices=Sort.choices, default=Sort.NEWEST)
    max_items = models.PositiveIntegerField(_("at most this many items"), null=True, blank=True,
                                            help_text=_("Leave empty to list everything that matches."))  # fmt: skip

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("content_types", help_text=_("Items of any of these types. None chosen: every type.")),
                FieldPanel(
                    "themes",
                    widget=forms.CheckboxSelectMultiple,
                    help_text=_("Items with any of these themes. None chosen: every theme."),
                ),
                FieldPanel(
                    "sectors",
                    widget=forms.CheckboxSelectMultiple,
                    help_text=_("Items for any of these care sectors. None chosen: every sector."),
                ),
                FieldPanel("keywords", help_text=_("Items with any of these keywords. None chosen: every keyword.")),
                FieldRowPanel(
                    [FieldPanel("published_from"), FieldPanel("published_until")],
                    heading=_("Publication date"),
                    help_text=_("Both dates count; either may stay empty."),
                ),
                FieldPanel("recent_days"),
                FieldRowPanel([FieldPanel("sort_order"), FieldPanel("max_items")]),
            ],
            heading=_("Criteria"),
            help_text=_(
                "Any chosen theme, sector or keyword matches; all criteria together must match. "
                "Nothing chosen means no restriction."
            ),  # fmt: skip
        ),
    ]
    translatable_fields = [
        *PAGE_WORDS,
        *[
            SynchronizedField(name)
            for name in (
                "content_types",
                "themes",
                "keywords",
                "sectors",
                "published_from",
                "published_until",
                "recent_days",
                "sort_order",
                "max_items",
            )
        ],  # fmt: skip
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "articles/collection_page.html"
    base_form_class = CollectionPageForm

    class Meta:
        verbose_name = _("collection")
        verbose_name_plural = _("collections")

    def clean(self):
        super().clean()
        unknown = set(self.content_types or []) - set(registry.codes())
        if not isinstance(self.content_types, list) or unknown:
            raise ValidationError({"content_types": _("Choose content types from the list.")})

    def models(self):
        chosen = self.content_types or registry.codes()
        return [content_type.model for content_type in registry.content_types() if content_type.code in chosen]

    def filtered(self, model):
        """The live, unexpired items of one content type, in this collection's language, matching the criteria."""
        items = visible(model.objects, locale_id=self.locale_id)
        if themes := [theme.translation_key for theme in self.themes.all()]:
            items = items.filter(themes__translation_key__in=themes, themes__locale_id=self.locale_id)
        if sectors := [sector.translation_key for sector in self.sectors.all()]:
            items = items.filter(sectors__translation_key__in=sectors, sectors__locale_id=self.locale_id)
        if keywords := list(self.keywords.all()):
            tags = [keyword.get_translation_or_none(self.locale) or keyword for keyword in keywords]
            items = items.filter(tagged_keywords__tag__in=tags)
        if self.published_from:
            items = items.filter(publication_date__gte=self.published_from)
        if self.published_until:
            items = items.filter(publication_date__lte=self.published_until)
        if self.recent_days:
            items = items.filter(publication_date__gte=timezone.localdate() - datetime.timedelta(days=self.recent_days))
        return items.distinct()

    def matching_keys(self):
        """(date, title, pk, model) of every matching item, sorted and cut to the maximum: cheap rows, no pages."""
        rows = [(date, title, pk, model) for model in self.models()
                for date, title, pk in self.filtered(model).values_list("publication_date", "title", "pk")]  # fmt: skip
        rows.sort(key=lambda row: (row[1].casefold(), row[2]))  # title A to Z, also among items of the same date
        if self.sort_order != self.Sort.TITLE:
            rows.sort(key=lambda row: row[0], reverse=self.sort_order == self.Sort.NEWEST)  # a stable sort
        return rows[: self.max_items] if self.max_items else rows

    def load(self, rows):
        """The pages for `rows`, in their order, with what a card shows."""
        found = {}
        for model in {row[3] for row in rows}:
            found.update(
                {page.pk: page for page in with_card_data(model.objects.filter(pk__in=[row[2] for row in rows]))}
            )
        return [found[row[2]] for row in rows if row[2] in found]

    def items(self, limit=None):
        rows = self.matching_keys()
        return self.load(rows[:limit] if limit else rows)

    @path("")
    def listing(self, request):
        try:
            number = params.page_number(request.GET.get("page"))
        except params.ParamError as error:
            response = self.render(request, context_overrides={"page_error": str(error)})
            response.status_code = 400
            return response
        page_obj = paginate(self.matching_keys(), number)
        page_obj.object_list = self.load(page_obj.object_list)
        return self.render(request, context_overrides={"page_obj": page_obj})

    @path("rss/")
    def rss(self, request):
        return RssFeed()(request, spec=collection_feed(self, request))

    @path("atom/")
    def atom(self, request):
        return AtomFeed()(request, spec=collection_feed(self, request))


def visible_collections(locale_id, theme=None):
    """The collections a reader may see in one locale, in the page tree's order; with `theme`, only those whose
    criteria name that theme (in any language: criteria are language-neutral). Registered in core.registry."""
    found = visible(CollectionPage.objects, locale_id=locale_id)
    if theme is not None:
        found = found.filter(themes__translation_key=theme.translation_key).distinct()
    return list(found.order_by("path"))
