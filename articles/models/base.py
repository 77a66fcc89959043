"""One abstract base for everything a council can find: the behaviours all content types share."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from themes_taxonomy.models import TaggedKeyword
from themes_taxonomy.urls_helpers import taxonomy_urls

from ..blocks import BodyBlock


class KnowledgePage(Page):
    intro = models.TextField(_("introduction"), max_length=1000, help_text=_("One or two sentences; shown in lists."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField(
        "themes_taxonomy.Theme", verbose_name=_("themes"), blank=True, related_name="%(class)s_pages"
    )
    keywords = ClusterTaggableManager(verbose_name=_("keywords"), through=TaggedKeyword, blank=True)
    sectors = ParentalManyToManyField(
        "themes_taxonomy.Sector", verbose_name=_("care sectors"), blank=True, related_name="%(class)s_pages"
    )
    publication_date = models.DateField(_("publication date"), default=timezone.localdate, db_index=True)
    list_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("list image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    import_source = models.CharField(
        _("import source"),
        max_length=255,
        blank=True,
        db_index=True,
        help_text=_("The LOC export this page was imported from; empty for pages written here."),
    )
    # What the importer last wrote, per field, so a re-import never overwrites an editor's change.
    import_state = models.JSONField(default=dict, blank=True, editable=False)

    taxonomy_panel = MultiFieldPanel(
        [
            FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            FieldPanel("keywords"),
            FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        ],
        heading=_("Themes, keywords and sectors"),
    )
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("list_image"), FieldPanel("body")]
    promote_panels = Page.promote_panels + [
        MultiFieldPanel(
            [FieldPanel("publication_date"), FieldPanel("import_source", read_only=True)], heading=_("Provenance")
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=3),
        index.SearchField("body"),
        index.RelatedFields("themes", [index.SearchField("name", boost=2)]),
        index.RelatedFields("keywords", [index.SearchField("name", boost=2)]),
        index.RelatedFields("sectors", [index.SearchField("name")]),
        index.FilterField("publication_date"),
        index.FilterField("locale_id"),
    ]

    class Meta:
        abstract = True

    @property
    def content_type_label(self):
        return self._meta.verbose_name

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        urls = taxonomy_urls(self.locale_id)
        context.update(
            themes=self.themes.all(),
            keywords=self.keywords.all(),
            sectors=self.sectors.all(),
            theme_base=urls["themes"],
            keyword_base=urls["keywords"],
        )
        return context
