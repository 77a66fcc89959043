"""Reads the demo knowledge base from its data files and makes the pages, in Dutch and in English.

One YAML file per item, named after its Dutch slug:

    data/<type>/<slug>.yaml     one folder per registered content type (core.registry): article/, module/, example/
    data/collection/<slug>.yaml the collections under the home page
    data/site.yaml              the Vraagbaak's contact details and the footer's words

A value written `{nl: ..., en: ...}` is one text in its two languages, side by side; it must be, exactly when the
model field is one that wagtail-localize translates (title, slug, intro, edition, ...). Every other value is shared:
the English page is a translation of the Dutch one, so its date, type, images and taxonomy follow the Dutch source.
Besides model fields an item has `themes` and `sectors` (Dutch slugs), `keywords` (`{nl, en}` pairs: the English
keyword becomes the equivalent of the Dutch one), `list_image` (`{colour, motif}`, drawn by images.py),
`source_article` (an article's Dutch slug), `featured` (a module on the home page) and `body`, a list of blocks:

    paragraph: {nl, en}                      plain text, one paragraph
    heading: {nl, en}
    quote: {text: {nl, en}, attribution: {nl, en}}
    image: {slug, colour, motif, alt: {nl, en}, caption: {nl, en}}    an empty alt marks the image as decorative
    cta: {target, text: {nl, en}, label: {nl, en}}    target: "<type>:<Dutch slug>" or "url:https://..."

Items are created type by type (in the registry's order), each type in date order. Running it again keeps what
exists (a page is found by its parent and slug) and adds what is missing.
"""

import datetime
from dataclasses import dataclass
from pathlib import Path

import yaml
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.html import escape
from wagtail.models import Locale, Site
from wagtail_localize.fields import TranslatableField, get_translatable_fields

from articles.models import CollectionPage
from core import registry
from home.models import FooterText, HomeFeaturedModule, SiteSettings
from home.structure import ensure_site_structure, section
from themes_taxonomy.models import Keyword, Sector, Theme

from .images import demo_image

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("nl", "en")
SPECIAL = {"themes", "sectors", "keywords", "list_image", "source_article", "featured", "body"}
REQUIRED = {"slug", "title", "intro", "publication_date", "themes", "sectors", "keywords", "body"}
BLOCKS = {
    "paragraph": (),
    "heading": (),
    "quote": ("text", "attribution"),
    "image": ("alt",),
    "cta": ("text", "label"),
}
SITE_SETTINGS = ("organisation", "vraagbaak_phone", "vraagbaak_email")
FOOTER = ("vraagbaak_hours", "about")


class DemoDataError(ValueError):
    pass


def is_pair(value):
    return isinstance(value, dict) and ("nl" in value or "en" in value)


def check_pair(value, where):
    """A text in both languages: both strings, both empty or both filled in."""
    if not isinstance(value, dict) or set(value) != set(LANGUAGES):
        raise DemoDataError(f"{where}: needs exactly a Dutch and an English side ({{nl: ..., en: ...}}), got {value!r}")
    if not all(isinstance(value[code], str) for code in LANGUAGES) or bool(value["nl"]) != bool(value["en"]):
        raise DemoDataError(f"{where}: the Dutch and English sides must both be text, both empty or both filled in")


@dataclass
class Item:
    """One data file: its type code ("collection" for a collection), path and contents."""

    code: str
    path: Path
    data: dict

    @property
    def key(self):
        return f"{self.code}:{self.path.stem}"

    @property
    def where(self):
        return f"{self.path.parent.name}/{self.path.name}"

    def fields(self, language):
        """The model fields of one language: a Dutch page gets every field, its translation the translated ones."""
        return {
            name: value[language] if is_pair(value) else value
            for name, value in self.data.items()
            if name not in SPECIAL and (language == "nl" or is_pair(value))
        }


def read_file(code, path, model):
    where = f"{path.parent.name}/{path.name}"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise DemoDataError(f"{where}: not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise DemoDataError(f"{where}: must be a mapping of fields")
    required = REQUIRED if model is not CollectionPage else {"slug", "title", "intro"}
    if missing := required - set(data):
        raise DemoDataError(f"{where}: misses {', '.join(sorted(missing))}")
    translated = {field.field_name for field in get_translatable_fields(model) if isinstance(field, TranslatableField)}
    for name, value in data.items():
        if name in SPECIAL:
            continue
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist as error:
            raise DemoDataError(f"{where}: {model.__name__} has no field {name!r}") from error
        if name in translated and isinstance(field, (models.CharField, models.TextField)):
            check_pair(value, f"{where} {name}")
        elif is_pair(value):
            raise DemoDataError(f"{where} {name}: is the same in both languages, so it takes one value, not {{nl, en}}")
    if data["slug"]["nl"] != path.stem:
        raise DemoDataError(f"{where}: the file name must be the Dutch slug {data['slug']['nl']!r}")
    if "publication_date" in data and not isinstance(data["publication_date"], datetime.date):
        raise DemoDataError(f"{where} publication_date: write a date as YYYY-MM-DD")
    for name in ("themes", "sectors"):
        if not isinstance(data.get(name, []), list):
            raise DemoDataError(f"{where} {name}: must be a list of Dutch slugs")
    for number, keyword in enumerate(data.get("keywords", []), 1):
        check_pair(keyword, f"{where} keyword {number}")
    for number, block in enumerate(data.get("body", []), 1):
        check_block(block, f"{where} body block {number}")
    return Item(code, path, data)


def check_block(block, where):
    if not isinstance(block, dict) or len(block) != 1 or next(iter(block)) not in BLOCKS:
        raise DemoDataError(f"{where}: must be one of {', '.join(BLOCKS)}, got {block!r}")
    ((kind, value),) = block.items()
    if not BLOCKS[kind]:
        check_pair(value, f"{where} ({kind})")
        return
    if not isinstance(value, dict):
        raise DemoDataError(f"{where} ({kind}): must be a mapping of {', '.join(BLOCKS[kind])}, ...")
    for name in BLOCKS[kind]:
        check_pair(value.get(name), f"{where} ({kind}) {name}")
    if kind == "image":
        if "caption" in value:
            check_pair(value["caption"], f"{where} (image) caption")
        if not all(isinstance(value.get(name), str) for name in ("slug", "colour", "motif")):
            raise DemoDataError(f"{where} (image): needs a slug, a colour and a motif")
    if kind == "cta" and not isinstance(value.get("target"), str):
        raise DemoDataError(f"{where} (cta): needs a target")


def read_items():
    """Every item, type by type and each type in date order; checks the files and what they refer to."""
    items = []
    for content_type in registry.content_types():
        paths = sorted((DATA / content_type.code).glob("*.yaml"))
        found = [read_file(content_type.code, path, content_type.model) for path in paths]
        items += sorted(found, key=lambda item: (item.data["publication_date"], item.path.stem))
    keys = {item.key for item in items}
    for item in items:
        targets = [block["cta"]["target"] for block in item.data["body"] if "cta" in block]
        if item.data.get("source_article"):
            targets.append(f"article:{item.data['source_article']}")
        for target in targets:
            if target not in keys and not target.startswith("url:https://"):
                raise DemoDataError(f"{item.where}: refers to {target!r}, which is no demo item or https address")
    return items


def read_collections():
    return [read_file("collection", path, CollectionPage) for path in sorted((DATA / "collection").glob("*.yaml"))]


def read_site():
    data = yaml.safe_load((DATA / "site.yaml").read_text(encoding="utf-8"))
    for name in FOOTER:
        check_pair(data.get(name), f"site.yaml {name}")
    return data


class Loader:
    def __init__(self):
        self.dutch = Locale.objects.get(language_code="nl")
        self.english = Locale.objects.get(language_code="en")
        self.themes = {theme.slug: theme for theme in Theme.objects.filter(locale=self.dutch)}
        self.sectors = {sector.slug: sector for sector in Sector.objects.filter(locale=self.dutch)}
        self.created = 0
        self.translated = 0
        self.pages = {}

    def load(self):
        """Make what is missing; returns (Dutch pages created, Dutch pages already there, English pages created)."""
        items, collections, site_data = read_items(), read_collections(), read_site()
        home = ensure_site_structure()
        unresolved = []
        for item in items:
            content_type = registry.get(item.code)
            page, complete = self.dutch_page(item, content_type.model, section(content_type.index_model, home))
            self.pages[item.key] = page
            if not complete:
                unresolved.append((page, item))
        for page, item in unresolved:  # calls to action to pages created after the page holding them
            page.body, _complete = self.body(item, "nl", self.pages)
            page.save_revision().publish()
        self.feature_modules(home, items)
        self.translate(items)
        self.site(site_data)
        for item in collections:
            self.collection(home, item)
        return self.created, len(items) - self.created, self.translated

    def dutch_page(self, item, model, parent):
        existing = model.objects.child_of(parent).filter(slug=item.path.stem).first()
        if existing:
            return existing, True
        page = model(locale=self.dutch, **item.fields("nl"))
        page.body, complete = self.body(item, "nl", self.pages)
        if item.data.get("source_article"):
            page.source_article = self.pages[f"article:{item.data['source_article']}"]
        if image := item.data.get("list_image"):
            page.list_image = demo_image(item.path.stem, image["colour"], image["motif"], page.title)
        parent.add_child(instance=page)
        try:
            page.themes.set([self.themes[slug] for slug in item.data["themes"]])
            page.sectors.set([self.sectors[slug] for slug in item.data["sectors"]])
        except KeyError as error:
            raise DemoDataError(f"{item.where}: no theme or sector with the slug {error}") from error
        page.keywords.set([keyword["nl"] for keyword in item.data["keywords"]])
        page.save_revision().publish()
        self.created += 1
        return page, complete

    def body(self, item, language, pages):
        """The StreamField value of one language, and whether every call to action found its page."""
        blocks, complete = [], True
        for block in item.data["body"]:
            ((kind, value),) = block.items()
            if kind == "paragraph":
                blocks.append(("paragraph", f"<p>{escape(value[language])}</p>"))
            elif kind == "heading":
                blocks.append(("heading", {"text": value[language], "level": "h2"}))
            elif kind == "quote":
                blocks.append(("quote", {"text": value["text"][language],
                                         "attribution": value["attribution"][language]}))  # fmt: skip
            elif kind == "image":
                slug, alt = value["slug"], value["alt"][language]
                image = demo_image(slug, value["colour"], value["motif"], f"Illustratie {slug}")
                caption = value.get("caption", {}).get(language, "")
                # An empty alt text marks the image as decorative (ImageBlock's choice): screen readers skip it.
                blocks.append(("image", {"image": {"image": image, "alt_text": alt, "decorative": not alt},
                                         "caption": caption}))  # fmt: skip
            elif kind == "cta":
                link = {"text": value["text"][language], "link_label": value["label"][language], "page": None,
                        "url": ""}  # fmt: skip
                target_code, _, target = value["target"].partition(":")
                if target_code == "url":
                    link["url"] = target
                else:
                    link["page"] = pages.get(value["target"])
                    complete = complete and link["page"] is not None
                blocks.append(("call_to_action", link))
        return blocks, complete

    def feature_modules(self, home, items):
        if home.featured_modules.exists():
            return
        featured = [self.pages[item.key] for item in items if item.code == "module" and item.data.get("featured")]
        for order, module in enumerate(featured[:4]):
            HomeFeaturedModule.objects.create(home=home, module=module, sort_order=order)

    def link_keywords(self, items):
        """One English keyword per Dutch one, linked as its equivalent (the two vocabularies of the demo)."""
        for item in items:
            for pair in item.data["keywords"]:
                if pair["nl"] == pair["en"]:
                    continue  # the same word in both languages: one keyword serves both
                dutch = Keyword.objects.get(name=pair["nl"])
                english, _ = Keyword.objects.get_or_create(name=pair["en"], defaults={"language": "en"})
                if english.equivalent_id is None and english.language == "en":
                    english.equivalent = dutch
                    english.save(update_fields=["equivalent"])

    def translate(self, items):
        """The missing English pages, made the way wagtail-localize makes a translation: a copy of the Dutch page in
        the English locale with its words replaced. Two passes: first every page exists, then the bodies are
        written, so that a call to action can lead to the English version of a page created later."""
        self.link_keywords(items)
        created = []
        for item in items:
            source = self.pages[item.key]
            if source.get_translation_or_none(self.english) is not None:
                continue
            page = source.copy_for_translation(self.english)
            for name, value in item.fields("en").items():
                setattr(page, name, value)
            page.body = []
            page.save()  # a draft until its body is written below: one revision, one publication
            created.append((item, page))
        targets = {key: page.get_translation_or_none(self.english) or page for key, page in self.pages.items()}
        for item, page in created:
            page = type(page).objects.get(pk=page.pk)
            page.body, _complete = self.body(item, "en", targets)
            page.save_revision().publish()
        self.translated = len(created)

    def site(self, data):
        """The Vraagbaak's contact details, and the footer's words in Dutch and, as their translation, in English."""
        site = Site.objects.get(is_default_site=True)
        SiteSettings.objects.filter(site=site).update(**{name: data[name] for name in SITE_SETTINGS})
        words = {code: {name: data[name][code] for name in FOOTER} for code in LANGUAGES}
        dutch, _ = FooterText.objects.update_or_create(locale=self.dutch, defaults=words["nl"])
        FooterText.objects.update_or_create(locale=self.english, translation_key=dutch.translation_key,
                                            defaults=words["en"])  # fmt: skip

    def collection(self, home, item):
        """A collection under the home page, published, and its English translation."""
        collection = CollectionPage.objects.child_of(home).filter(slug=item.path.stem).first()
        if collection is None:
            collection = home.add_child(instance=CollectionPage(locale=home.locale, **item.fields("nl")))
            if item.data.get("themes"):
                collection.themes.set([self.themes[slug] for slug in item.data["themes"]])
            collection.save_revision().publish()
        if collection.get_translation_or_none(self.english) is None:
            translation = collection.copy_for_translation(self.english)
            for name, value in item.fields("en").items():
                setattr(translation, name, value)
            translation.save_revision().publish()


def load():
    return Loader().load()
