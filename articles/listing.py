"""Listing logic shared by the index pages and the home page: one place for list queries."""

from django import forms
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from themes_taxonomy.models import Keyword, Sector, Theme

CARD_RENDITION = "fill-480x270"


def current(queryset):
    """Live pages whose expiry date has not passed: what readers may see in listings, feeds and search.

    Wagtail's `publish_scheduled` job unpublishes expired pages; this filter hides them in the minutes before it runs.
    """
    return queryset.live().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))


def expired(queryset):
    """Pages whose expiry date has passed (still live until the scheduled job has run)."""
    return queryset.filter(expire_at__lte=timezone.now())


def with_card_data(queryset, themes=True):
    """Fetch what a card shows in a fixed number of queries: the list image's rendition and (optionally) themes."""
    images = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
    lookups = [Prefetch("list_image", queryset=images)]
    if themes:
        lookups.append(Prefetch("themes", queryset=Theme.objects.order_by("order", "name")))
    return queryset.defer_streamfields().prefetch_related(*lookups)


def filter_choices(index_page):
    """(slug, name) choices for the filters of one index page; cached, cleared when content or taxonomy changes."""
    key = f"filter-choices:{index_page.pk}"
    choices = cache.get(key)
    if choices is None:
        items = index_page.items()
        choices = {
            "theme": list(Theme.objects.filter(locale_id=index_page.locale_id).values_list("slug", "name")),
            "sector": list(Sector.objects.filter(locale_id=index_page.locale_id).values_list("slug", "name")),
            "keyword": list(
                Keyword.objects.filter(tagged_items__content_object__in=items.values("pk"))
                .distinct()
                .order_by("name")
                .values_list("slug", "name")
            ),
        }
        cache.set(key, choices, 600)
    return choices


class ListingFilterForm(forms.Form):
    """Filters by theme, keyword and sector; an unknown value is a form error (HTTP 400), never a crash."""

    theme = forms.ChoiceField(label=_("Theme"), required=False)
    keyword = forms.ChoiceField(label=_("Keyword"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    EMPTY_LABELS = {"theme": _("All themes"), "keyword": _("All keywords"), "sector": _("All sectors")}

    def __init__(self, data, *, choices):
        super().__init__(data)
        for name, field in self.fields.items():
            field.choices = [("", self.EMPTY_LABELS[name]), *choices[name]]

    @property
    def is_filtered(self):
        return self.is_bound and self.is_valid() and any(self.cleaned_data.values())

    def cache_key(self, page_number):
        """A key for the rendered listing: only valid filters and page numbers, so odd input cannot fill the cache."""
        if (self.is_bound and not self.is_valid()) or not str(page_number).isdigit() or len(str(page_number)) > 4:
            return None
        data = self.cleaned_data if self.is_bound else {}
        return "|".join([data.get("theme", ""), data.get("keyword", ""), data.get("sector", ""), str(page_number)])

    def apply(self, queryset):
        if not self.is_bound:
            return queryset
        if not self.is_valid():
            return queryset.none()
        data = self.cleaned_data
        if data["theme"]:
            queryset = queryset.filter(themes__slug=data["theme"])
        if data["sector"]:
            queryset = queryset.filter(sectors__slug=data["sector"])
        if data["keyword"]:
            queryset = queryset.filter(tagged_keywords__tag__slug=data["keyword"])
        return queryset


def paginate(queryset, page_number, per_page=12):
    return Paginator(queryset, per_page).get_page(page_number)
