"""Related items an editor picks by hand; they come before the computed ones (search/related.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import PageChooserPanel
from wagtail.models import Orderable


class RelatedLink(Orderable):
    source = ParentalKey("wagtailcore.Page", related_name="related_links", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("related page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [
        PageChooserPanel("page", ["articles.ArticlePage", "articles.ModulePage", "articles.PracticalExamplePage"])
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("related item")
        verbose_name_plural = _("related items")
