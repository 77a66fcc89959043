"""The sector filter on a theme's page: which care sector a council works in."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .browse import used_sectors


class SectorFilterForm(forms.Form):
    """Narrows a theme's items to one care sector; an unknown sector is a form error (HTTP 400), never a crash."""

    sector = forms.ChoiceField(label=_("Sector"), required=False)

    def __init__(self, data, *, locale_id):
        super().__init__(data)
        sectors = used_sectors(locale_id).order_by("order", "name").values_list("slug", "name")
        self.fields["sector"].choices = [("", _("All sectors")), *sectors]

    @property
    def chosen_sector(self):
        """The chosen sector's slug, or "" for all sectors (also when the choice was invalid)."""
        return self.cleaned_data.get("sector", "") if self.is_bound and self.is_valid() else ""
