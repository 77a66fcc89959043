"""The admin form of every knowledge page."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from core import params, registry

from .listing import ListingFilterForm


class KnowledgePageForm(WagtailAdminPageForm):
    """Offers the themes and sectors of the page's own language only: a Dutch page lists the ten Dutch themes, not
    their English translations beside them (wagtail-localize keeps one row per language)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        for name in ("themes", "sectors"):
            if name in self.fields and locale_id:
                self.fields[name].queryset = self.fields[name].queryset.filter(locale_id=locale_id)


class CollectionPageForm(WagtailAdminPageForm):
    """The content types a collection may list, as check boxes of core.registry's types."""

    content_types = forms.MultipleChoiceField(
        label=_("Content types"), required=False, widget=forms.CheckboxSelectMultiple, choices=()
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["content_types"].choices = [(ct.code, ct.plural_label) for ct in registry.content_types()]


class ModuleFilterForm(ListingFilterForm):
    """The Opleidingsgids listing's filters: also by kind (`?kind=trainingsmodule`), parsed by core.params."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    EMPTY_LABELS = {"kind": _("All kinds"), **ListingFilterForm.EMPTY_LABELS}
    field_order = ["kind"]

    def __init__(self, data, *, choices, kinds):
        self.kinds = ("", *(code for code, _label in kinds))
        super().__init__(data, choices={**choices, "kind": kinds})

    def clean(self):
        data = super().clean()
        try:
            data["kind"] = params.choice(self.data.get("kind"), self.kinds, "kind", "")
        except params.ParamError as error:
            raise forms.ValidationError(str(error)) from error
        return data

    def apply(self, queryset):
        queryset = super().apply(queryset)
        if self.is_bound and self.is_valid() and self.cleaned_data["kind"]:
            queryset = queryset.filter(kind=self.cleaned_data["kind"])
        return queryset
