"""One abstract base for everything a council can find: the behaviours all content types share."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import cache, locales, registry, visibility
from themes_taxonomy.models import TaggedKeyword
from themes_taxonomy.text import by_name
from themes_taxonomy.urls_helpers import taxonomy_urls

from ..blocks import BodyBlock
from ..forms import KnowledgePageForm
from .imports import ImportNoticePanel

# The words of every page of ours, translated by wagtail-localize (the rest of each page's fields are its own).
PAGE_WORDS = [TranslatableField(name) for name in ("title", "slug", "seo_title", "search_description", "intro")]
ENGLISH = "kennisbank_english"  # the engine analyzer for English text (search/backends/dutch.py)


class KnowledgePage(cache.CachedPage, Page):
    intro = models.TextField(_("introduction"), max_length=1000, help_text=_("One or two sentences; shown in lists."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField(
        "themes_taxonomy.Theme", verbose_name=_("themes"), blank=True, related_name="%(class)s_pages"
    )
    keywords = ClusterTaggableManager(verbose_name=_("keywords"), through=TaggedKeyword, blank=True)
    sectors = ParentalManyToManyField(
        "themes_taxonomy.Sector", verbose_name=_("care sectors"), blank=True, related_name="%(class)s_pages"
    )
    # Empty when the source gives no date (an imported module without an edition date): no date is shown then.
    publication_date = models.DateField(
        _("publication date"), default=timezone.localdate, null=True, blank=True, db_index=True
    )
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
    # What the last import asks an editor to check (notes of articles.importer.notes), shown in the page editor and
    # on the dashboard until an editor saves the page. Kept on the page row, not per revision (with_content_json).
    import_warnings = models.JSONField(default=list, blank=True, editable=False)

    taxonomy_panel = MultiFieldPanel(
        [
            FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            FieldPanel("keywords"),
            FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
            InlinePanel("path_links", heading=_("Learning path"), label=_("Page pinned or left out"), max_num=12),
        ],
        heading=_("Themes, keywords and sectors"),
    )
    content_panels = [
        ImportNoticePanel(heading=_("To check after import")),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("list_image"),
        FieldPanel("body"),
    ]
    base_form_class = KnowledgePageForm
    promote_panels = Page.promote_panels + [
        MultiFieldPanel(
            [FieldPanel("publication_date"), FieldPanel("import_source", read_only=True)], heading=_("Provenance")
        ),
    ]

    # Fields named kb_* are shared by all content types in the search engine (search/backends/dutch.py), so one
    # query, filter or facet covers articles, modules and practical examples. The text fields and their weights come
    # from core.registry.TEXT_FIELDS: a page fills only those of its own language (Dutch: title and kb_*; English:
    # kb_*_en, analysed as English on the engine). Offsets in the postings let the engine highlight without analysing
    # the text again. kb_public and kb_expires carry the reader-visibility rule into the index (core.visibility).
    search_fields = (
        [
            field
            for field in Page.search_fields
            if not (isinstance(field, index.SearchField) and field.field_name == "title")
        ]
        + [
            index.SearchField(
                name,
                boost=weight if weight > 1 else None,
                es_extra={
                    **({"analyzer": ENGLISH} if name.endswith("_en") else {}),
                    **({"index_options": "offsets"} if name in registry.HIGHLIGHTED else {}),
                },
            )
            for pair in registry.TEXT_FIELDS
            for name, weight in ((pair[0], pair[2]), (pair[1], pair[2]))
        ]
        + [
            index.FilterField("kb_kind", es_extra={"type": "keyword"}),
            index.FilterField("kb_themes", es_extra={"type": "keyword"}),
            index.FilterField("kb_keywords", es_extra={"type": "keyword"}),
            index.FilterField("kb_sectors", es_extra={"type": "keyword"}),
            index.FilterField("kb_facets", es_extra={"type": "keyword"}),
            index.FilterField("kb_date", es_extra={"type": "date"}),
            index.FilterField(visibility.PUBLIC_FIELD, es_extra={"type": "boolean"}),
            index.FilterField(visibility.EXPIRES_FIELD, es_extra={"type": "date"}),
        ]
    )
    # wagtail-localize: the words are translated; dates, images and taxonomy links stay in step with the Dutch
    # source, and localize_taxonomy() swaps the Dutch themes, sectors and keywords for their translations.
    translatable_fields = [
        *PAGE_WORDS,
        TranslatableField("body"),
        SynchronizedField("publication_date"),
        SynchronizedField("list_image"),
        SynchronizedField("themes"),
        SynchronizedField("sectors"),
        SynchronizedField("tagged_keywords"),
        SynchronizedField("path_links"),
    ]
    kind_code = ""  # the content type's code, set by core.registry.register() (articles/apps.py)

    class Meta:
        abstract = True

    @property
    def content_type_label(self):
        return self._meta.verbose_name

    # What the search index stores (see search_fields above).
    @property
    def is_english(self):
        return locales.language_of(self.locale_id) == "en"

    def kb_intro(self):
        return "" if self.is_english else self.intro

    def kb_taxonomy(self):
        return "" if self.is_english else self.taxonomy_text()

    def kb_body(self):
        return "" if self.is_english else self.body_text()

    def kb_title_en(self):
        return self.title if self.is_english else ""

    def kb_intro_en(self):
        return self.intro if self.is_english else ""

    def kb_taxonomy_en(self):
        return self.taxonomy_text() if self.is_english else ""

    def kb_body_en(self):
        return self.body_text() if self.is_english else ""

    def taxonomy_text(self):
        return self._indexed_text("taxonomy", lambda: " ".join(
            [theme.name for theme in self.themes.all()] + [tag.name for tag in self.keywords.all()]))  # fmt: skip

    def body_text(self):
        def compute():
            parts = self._body_parts() + [sector.name for sector in self.sectors.all()]
            return " ".join([*parts, *self.extra_search_text()])

        return self._indexed_text("body", compute)

    def own_text(self):
        """The body's text and the type's own fields, without the sectors that body_text adds (no query): what a
        result's snippet is cut from."""
        return " ".join([*self._body_parts(), *self.extra_search_text()])

    def _body_parts(self):
        return self._meta.get_field("body").get_searchable_content(self.body)

    # The search index reads a page's texts for several fields and once per backend (the engine and the database
    # beside it): the instance it indexes reads its taxonomy in one go and works each text out once.
    INDEXED_RELATIONS = ("themes", "keywords", "sectors")

    def get_indexed_instance(self):
        """The page as it is stored, with its taxonomy read, for the search index (modelsearch calls this after a
        save, and search.signals after a publish). A copy whose taxonomy is read already (a bulk update) is used as
        it is; a page no longer stored is itself (its document is to be removed)."""
        if not set(self.INDEXED_RELATIONS) <= set(getattr(self, "_prefetched_objects_cache", {})):
            found = type(self).objects.filter(pk=self.pk).prefetch_related(*self.INDEXED_RELATIONS).first()
            return found.get_indexed_instance() if found is not None else self
        self._indexed_texts = {}
        return self

    @classmethod
    def get_indexed_objects(cls):
        """What `update_index` reads, a chunk at a time: with the taxonomy that every field of the document reads."""
        return super().get_indexed_objects().prefetch_related(*cls.INDEXED_RELATIONS)

    @classmethod
    def prepared_for_index(cls, pages):
        """A bulk of pages for the index (search/backends/bulk.py), each as get_indexed_instance makes one: its
        texts worked out once for all the fields and backends that read them (five times for the body before). A page
        prepared already (search.indexing.index_now, or the bulk's first backend) keeps its texts for the next."""
        return [page if "_indexed_texts" in page.__dict__ else page.get_indexed_instance() for page in pages]

    def _indexed_text(self, name, compute):
        """`compute()`, worked out once on an instance made for the index (get_indexed_instance), else every time."""
        memo = self.__dict__.get("_indexed_texts")
        if memo is None:
            return compute()
        if name not in memo:
            memo[name] = compute()
        return memo[name]

    def extra_search_text(self):
        """Text of a content type's own fields that search should find; each type adds its own."""
        return []

    # The facets a search counts, each read from one of these (each a list of values): their own index fields
    # (`kb_themes_filter`) and `kb_facets`. The engine counts them by these names (search/engine.py).
    FACETS = {"type": "kb_kind", "theme": "kb_themes", "keyword": "kb_keywords", "sector": "kb_sectors"}

    def kb_kind(self):
        return [self.kind_code]

    def kb_themes(self):
        return [theme.slug for theme in self.themes.all()]

    def kb_keywords(self):
        return [tag.slug for tag in self.keywords.all()]

    def kb_sectors(self):
        return [sector.slug for sector in self.sectors.all()]

    def kb_facets(self):
        """Every value of every facet a search counts, named by its attribute: "kb_kind:module", "kb_themes:zorg".
        One field, so that the engine counts all facets in one pass over a search's matches (search/engine.py)."""
        return [f"{attribute}:{value}" for attribute in self.FACETS.values() for value in getattr(self, attribute)()]

    def kb_date(self):
        return self.publication_date

    def kb_public(self):
        return visibility.is_public(self)

    def kb_expires(self):
        return self.expire_at

    def with_content_json(self, content):
        """The import's open warnings belong to the page, not to a revision: restoring or publishing one keeps them."""
        page = super().with_content_json(content)
        page.import_warnings = self.import_warnings
        return page

    def full_clean(self, *args, **kwargs):
        self.localize_taxonomy()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.localize_taxonomy()
        return super().save(*args, **kwargs)

    def localize_taxonomy(self):
        """On a translation: the themes, sectors, keywords and pinned or left-out pages of its own language.

        wagtail-localize copies them from the Dutch source (they are synchronised fields); each is swapped for its
        translation, and dropped when it has none (themes, sectors) or kept as it is (keywords: an editor links it
        to its equivalent, see themes_taxonomy.models.Keyword). The import markers stay with the Dutch source only.
        """
        if not self.locale_id or locales.language_of(self.locale_id) == settings.LANGUAGE_CODE:
            return
        self.import_source, self.import_state, self.import_warnings = "", {}, []
        for name in ("themes", "sectors"):
            items = list(getattr(self, name).all())
            if any(item.locale_id != self.locale_id for item in items):
                mapped = [item if item.locale_id == self.locale_id else item.get_translation_or_none(self.locale)
                          for item in items]  # fmt: skip
                getattr(self, name).set([item for item in mapped if item is not None])
        tags = list(self.keywords.all())
        mapped = [tag.get_translation_or_none(self.locale) or tag for tag in tags]
        if mapped != tags:
            self.keywords.set(mapped)
        for tag in mapped:
            tag.claim_language(self)
        for link in self.path_links.all():
            if link.page_id and link.page.locale_id != self.locale_id:
                link.page = link.page.get_translation_or_none(self.locale) or link.page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        urls = taxonomy_urls(self.locale_id)
        context.update(
            themes=self.themes.all(),
            keywords=by_name(self.keywords.all()),
            sectors=self.sectors.all(),
            theme_base=urls["themes"],
            keyword_base=urls["keywords"],
        )
        return context
