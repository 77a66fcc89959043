"""What an editor decides about a learning path: pages pinned in their order, and pages left out.

search/paths.py computes the rest. The same item serves a content page's sections (articles.models.PathLink) and a
theme's path (ThemePathLink below); its page may be of any registered content type (core.registry).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Orderable

from core import registry


class ContentChooserPanel(PageChooserPanel):
    """A page chooser offering the registered content types, read when the form is built (after every app's ready())
    so that no list of types is written here."""

    def get_form_options(self):
        self.page_type = self.page_type or registry.models()
        return super().get_form_options()


class PathLinkBase(Orderable):
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    exclude = models.BooleanField(
        _("leave out"), default=False, help_text=_("Never show this page here, even when it would be chosen.")
    )

    panels = [ContentChooserPanel("page"), FieldPanel("exclude")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("learning path item")
        verbose_name_plural = _("learning path items")


class ThemePathLink(PathLinkBase):
    theme = ParentalKey("themes_taxonomy.Theme", related_name="path_links", on_delete=models.CASCADE)
