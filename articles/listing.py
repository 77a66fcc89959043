"""The section listings' filters: which themes, keywords and sectors a reader can narrow a listing by."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core import cache, params
from themes_taxonomy.models import Keyword, Sector, Theme
from themes_taxonomy.text import reading_key


def filter_choices(index_page):
    """(slug, name) choices for the filters of one index page: only what a visible item of the listing uses.

    Cached (core.cache), and thrown away when content or taxonomy changes."""

    def compute():
        items = index_page.items().values("pk")
        used = {
            "theme": Theme.objects.filter(**{f"{index_page.child_model._meta.model_name}_pages__in": items}),
            "sector": Sector.objects.filter(**{f"{index_page.child_model._meta.model_name}_pages__in": items}),
            "keyword": Keyword.objects.filter(tagged_items__content_object__in=items),
        }
        choices = {name: list(queryset.distinct().order_by("name").values_list("slug", "name"))
                   for name, queryset in used.items()}  # fmt: skip
        choices["keyword"].sort(key=lambda choice: reading_key(choice[1]))
        return choices

    return cache.remember("filter-choices", index_page.pk, compute, tags=[cache.lists_of(index_page.locale_id)])


class ListingFilterForm(forms.Form):
    """Filters by theme, keyword and sector, and the page number; an unknown value is a form error (HTTP 400)."""

    theme = forms.ChoiceField(label=_("Theme"), required=False)
    keyword = forms.ChoiceField(label=_("Keyword"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    EMPTY_LABELS = {"theme": _("All themes"), "keyword": _("All keywords"), "sector": _("All sectors")}

    def __init__(self, data, *, choices):
        super().__init__(data)
        for name, field in self.fields.items():
            field.choices = [("", self.EMPTY_LABELS[name]), *choices[name]]

    def clean(self):
        data = super().clean()
        try:
            data["page"] = params.page_number(self.data.get("page"))
        except params.ParamError as error:
            raise forms.ValidationError(str(error)) from error
        return data

    @property
    def page_number(self):
        return self.cleaned_data["page"] if self.is_bound and self.is_valid() else 1

    @property
    def is_filtered(self):
        return bool(self.chosen_count)

    @property
    def chosen_count(self):
        """How many filters the reader chose (the Filter disclosure's summary says so)."""
        if not (self.is_bound and self.is_valid()):
            return 0
        return sum(1 for name in self.EMPTY_LABELS if self.cleaned_data[name])

    def cache_key(self):
        """A key for the rendered listing: only valid filters and page numbers, so odd input cannot fill the cache."""
        if self.is_bound and not self.is_valid():
            return None
        data = self.cleaned_data if self.is_bound else {}
        return "|".join([*(data.get(name, "") for name in self.EMPTY_LABELS), str(self.page_number)])

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
