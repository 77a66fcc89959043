"""python manage.py load_demo: the demo knowledge base, written for this project. Safe to run again."""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Site

from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    ModuleIndexPage,
    ModulePage,
    PracticalExampleIndexPage,
    PracticalExamplePage,
)
from home.demo import collections, content, translate
from home.demo.images import demo_image
from home.models import FooterText, HomeFeaturedModule, SiteSettings
from home.structure import ensure_site_structure, section
from themes_taxonomy.models import Sector, Theme

CONTACT = ("organisation", "vraagbaak_phone", "vraagbaak_email")
SETTINGS = {
    "organisation": "LOC Waardevolle zorg",
    "vraagbaak_phone": "030 284 32 00",
    "vraagbaak_email": "vraagbaak@loc.nl",
    "vraagbaak_hours": "Maandag tot en met vrijdag, 9.00 tot 17.00 uur",
    "about": "De Kennisbank Medezeggenschap bundelt artikelen, trainingen en praktijkvoorbeelden voor cliëntenraden.",
}


class Command(BaseCommand):
    help = "Load the demo content (articles, modules and trajects, practical examples). Existing pages are kept."

    @transaction.atomic
    def handle(self, *args, **options):
        home = ensure_site_structure()
        self.dutch = Locale.objects.get(language_code="nl")
        self.themes = {theme.slug: theme for theme in Theme.objects.filter(locale=self.dutch)}
        self.sectors = {sector.slug: sector for sector in Sector.objects.filter(locale=self.dutch)}
        self.created = 0
        self.unresolved = []
        pages = {}
        for kind, model, index, items in (
            ("article", ArticlePage, ArticleIndexPage, content.ARTICLES),
            ("module", ModulePage, ModuleIndexPage, content.MODULES),
            ("example", PracticalExamplePage, PracticalExampleIndexPage, content.EXAMPLES),
        ):
            parent = section(index, home)
            for data in items:
                pages[f"{kind}:{data['slug']}"] = self.page(model, parent, data, pages)
        self.link_later_pages(pages)
        self.feature_modules(home, pages)
        translated = translate.translate_pages(pages, self.block)
        site = Site.objects.get(is_default_site=True)
        SiteSettings.objects.filter(site=site).update(**{name: SETTINGS[name] for name in CONTACT})
        self.footer_texts()
        collections.create_collections(home)
        self.stdout.write(
            f"Demo content ready: {self.created} pages created, {len(pages) - self.created} already there; "
            f"{translated} English translations created."
        )

    def footer_texts(self):
        """The footer's words in Dutch and, as a translation of them, in English."""
        words = ("vraagbaak_hours", "about")
        dutch, _ = FooterText.objects.update_or_create(locale=self.dutch, defaults={n: SETTINGS[n] for n in words})
        english = Locale.objects.get(language_code="en")
        FooterText.objects.update_or_create(locale=english, translation_key=dutch.translation_key,
                                            defaults={n: translate.english.SETTINGS[n] for n in words})  # fmt: skip

    def page(self, model, parent, data, pages):
        existing = model.objects.child_of(parent).filter(slug=data["slug"]).first()
        if existing:
            return existing
        page = model(title=data["title"], slug=data["slug"], intro=data["intro"], locale=self.dutch)
        page.publication_date = datetime.date.fromisoformat(data["date"])
        page.body = [self.block(block, pages) for block in data.get("body", [])]
        for name in (
            "edition",
            "people_quoted",
            "kind",
            "duration",
            "target_group",
            "organisation",
            "what_they_did",
            "what_it_brought",
        ):
            if name in data:
                setattr(page, name, data[name])
        page.guide_section = data.get("section", "")
        if data.get("source_article"):
            page.source_article = pages[f"article:{data['source_article']}"]
        if data.get("image"):
            page.list_image = demo_image(data["slug"], data["image"]["colour"], data["image"]["motif"], data["title"])
        parent.add_child(instance=page)
        page.themes.set([self.themes[slug] for slug in data["themes"]])
        page.sectors.set([self.sectors[slug] for slug in data.get("sectors", [])])
        page.keywords.set(data["keywords"])
        page.save_revision().publish()
        self.created += 1
        if getattr(self, "pending", False):
            self.unresolved.append((page, data))
            self.pending = False
        return page

    def link_later_pages(self, pages):
        """Calls to action that point at pages created after the page holding them get their link now."""
        for page, data in self.unresolved:
            page.body = [self.block(block, pages) for block in data.get("body", [])]
            page.save_revision().publish()

    def block(self, block, pages):
        kind, value = block
        if kind == "paragraph":
            return ("paragraph", f"<p>{escape(value)}</p>")
        if kind == "heading":
            return ("heading", {"text": value, "level": "h2"})
        if kind == "quote":
            return ("quote", value)
        if kind == "image":
            # An empty alt text marks the image as decorative (ImageBlock's choice): readers of screen readers skip it.
            image = demo_image(value["slug"], value["colour"], value["motif"], f"Illustratie {value['slug']}")
            alt = value["alt"]
            return ("image", {"image": {"image": image, "alt_text": alt, "decorative": not alt},
                              "caption": value.get("caption", "")})  # fmt: skip
        if kind == "cta":
            target_kind, _, target = value["target"].partition(":")
            link = {"text": value["text"], "link_label": value["label"], "page": None, "url": ""}
            if target_kind == "url":
                link["url"] = target
            else:
                link["page"] = pages.get(f"{target_kind}:{target}")
                if link["page"] is None:
                    self.pending = True
            return ("call_to_action", link)
        raise ValueError(f"unknown demo block {kind!r}")

    def feature_modules(self, home, pages):
        if home.featured_modules.exists():
            return
        featured = [page for key, page in pages.items() if key.startswith("module:") and self._featured(page)]
        for order, module in enumerate(featured[:4]):
            HomeFeaturedModule.objects.create(home=home, module=module, sort_order=order)

    def _featured(self, page):
        return any(item["slug"] == page.slug and item.get("featured") for item in content.MODULES)
