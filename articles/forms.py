"""The admin form of every knowledge page."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from core import registry


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
