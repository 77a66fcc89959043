"""Import LOC text exports into pages: one transaction per file, a report for everything."""

import logging
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext_noop
from modelsearch.index import insert_or_update_object, remove_object
from wagtail.models import Locale, Page

from core.registry import section
from themes_taxonomy.models import Sector, Theme
from themes_taxonomy.text import fold

from ..models import ArticlePage, ImportRun, ModulePage, PracticalExamplePage
from .blocks import first_sentences, rest_after, to_stream
from .notes import Note
from .pages import Upsert, upsert
from .parsing import Block, ExportError, detect_kind, parse_article, parse_guide, read_export
from .parsing.dates import edition_date
from .report import ImportReport, ItemReport
from .vocabulary import Vocabulary

logger = logging.getLogger(__name__)


def export_files(paths):
    """The files to import: each path as given, or every visible file in a folder (recursively, sorted)."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def parse_export(path):
    """Read, recognise and fully parse one export, writing nothing: (kind, text, parsed). Raises ExportError when the
    file is not usable, so that an upload can check every file before anything is written."""
    text = read_export(path)
    kind = detect_kind(text)
    if kind == "article":
        sectors = Sector.objects.filter(locale__language_code="nl")
        return kind, text, parse_article(text, sector_labels={label for sector in sectors for label in sector.labels()})
    return kind, text, parse_guide(text)


class Importer:
    def __init__(self, *, publish=False, user=None):
        self.publish = publish
        self.user = user
        self.report = ImportReport()
        self.saved = []  # every page this run saved, for undo_index

    def run(self, paths, names=None):
        """Import every file; the run and its report are kept as an ImportRun (shown in the admin)."""
        files = list(export_files(paths))
        for path in files:
            self.import_file(path)
        self.record = ImportRun.objects.create(
            user=self.user, publish=self.publish, files=names or [path.name for path in files],
            report=self.report.as_dict(),
        )  # fmt: skip
        return self.report

    def import_file(self, path):
        first = len(self.saved)
        try:
            kind, text, parsed = parse_export(path)
            with transaction.atomic():
                if kind == "article":
                    items = self._import_article(path.name, parsed)
                else:
                    items = self._import_guide(path.name, text, parsed)
        except ExportError as exc:
            self._refuse(path, str(exc))
            self.undo_index(self.saved[first:])
        except Exception as exc:  # a bug must not leave half a file imported, nor stop the other files
            logger.exception("Import of %s failed", path)
            self._refuse(path, f"unexpected error ({exc.__class__.__name__}: {exc})")
            self.undo_index(self.saved[first:])
        else:
            self.report.items.extend(items)

    def undo_index(self, pages=None):
        """After a rollback: the search documents of `pages` (default: every page this run saved) go back to what the
        database holds, or away. Publishing indexes at once (search/signals.py), before the transaction commits, so
        a rolled-back file that published would otherwise stay findable."""
        for page in self.saved if pages is None else pages:
            kept = Page.objects.filter(pk=page.pk).specific().first()
            if kept is None:
                remove_object(page)
            else:
                insert_or_update_object(kept)

    def _refuse(self, path, reason):
        self.report.skipped += 1
        self.report.errors.append({"source": str(path), "message": f"{path.name}: {reason}"})

    # Articles -------------------------------------------------------------------------------------------------

    def _import_article(self, name, parsed):
        sectors = list(Sector.objects.filter(locale=self._dutch()))
        themes, theme_warnings = self._themes_by_name(parsed.themes)
        intro = first_sentences(parsed.intro, 1000)
        rest = rest_after(parsed.intro, intro)
        blocks = ([Block("paragraph", text=rest)] if rest else []) + parsed.blocks
        spec = Upsert(
            model=ArticlePage,
            parent=section(ArticlePage),
            source=name,
            values={
                "title": parsed.title,
                "intro": intro,
                "body": to_stream(blocks, parsed.pull_quote, title=parsed.title),
                "edition": parsed.edition[:1].upper() + parsed.edition[1:],
                "publication_date": parsed.date,
            },
            themes=themes,
            keywords=parsed.keywords,
            warnings=parsed.warnings + theme_warnings + date_warnings(parsed.date, parsed.date_source),
        )
        article, items = self._save(spec)
        vocabulary = Vocabulary(self._dutch())
        for number, example in enumerate(parsed.examples, start=1):
            items.append(self._import_example(name, number, example, article, parsed.date, sectors, vocabulary))
        return items

    def _import_example(self, name, number, example, article, date, sectors, vocabulary):
        """A draft practical example: only the themes and keywords its own text supports, and its intro is not
        repeated in "what they did" (which keeps only what the intro leaves out)."""
        sector = next((s for s in sectors if fold(example.sector_label) in s.labels()), None)
        intro = first_sentences(example.text, 400)
        themes, keywords = vocabulary.themes_in(example.text), vocabulary.keywords_in(example.text)
        spec = Upsert(
            model=PracticalExamplePage,
            parent=section(PracticalExamplePage),
            source=f"{name}#praktijkvoorbeeld-{number}",
            values={
                "title": example.title,
                "intro": intro,
                "what_they_did": rest_after(example.text, intro),
                "source_article": article,
                "publication_date": date,
            },
            themes=themes,
            sectors=[sector] if sector else [],
            keywords=keywords,
            may_publish=False,
            warnings=[
                Note(
                    gettext_noop(
                        "draft practical example from an article: complete what they did, the organisation and what "
                        "it brought"
                    )
                ),
                *found_warnings(themes, keywords),
            ],
        )
        return self._save(spec)[1][0]

    # The Opleidingsgids ---------------------------------------------------------------------------------------

    def _import_guide(self, name, text, modules):
        parent = section(ModulePage)
        vocabulary = Vocabulary(self._dutch())
        date = edition_date(text)
        items = []
        for module in modules:
            title = module.title or module.provisional_title
            warnings = list(module.warnings)
            mapped = [theme for theme in vocabulary.themes if theme.covers_section(module.section)]
            if not mapped:
                warnings.append(
                    Note(gettext_noop("no theme is mapped to the guide section '%(section)s'"), section=module.section)
                )
            intro, blocks = module_intro(module.blocks, title)
            words = " ".join(
                [title, *(block.text for block in module.blocks), *(i for b in module.blocks for i in b.items)]
            )
            found = [theme for theme in vocabulary.themes_in(words) if theme not in mapped]
            keywords = vocabulary.keywords_in(words)
            warnings += found_warnings(found, keywords)
            slug = slugify(module.title) if module.title else f"ontbrekende-titel-{module.ordinal}"
            spec = Upsert(
                model=ModulePage,
                parent=parent,
                source=f"{name}#{slug}",
                values={
                    "title": title,
                    "intro": intro,
                    "body": to_stream(blocks, title=title),
                    "kind": module.kind,
                    "guide_section": module.section,
                    "duration": module.duration,
                    "publication_date": date,
                },
                themes=mapped + found,
                keywords=keywords,
                may_publish=not module.title_lost,  # never publish an invented title
                warnings=warnings,
            )
            items.extend(self._save(spec, kind=module.kind, duration=module.duration)[1])
        return items

    # Shared ---------------------------------------------------------------------------------------------------

    def _save(self, spec, **extra):
        page, action, warnings = upsert(spec, publish=self.publish, user=self.user)
        self.saved.append(page)
        item = ItemReport(
            source=spec.source,
            type=spec.model.kind_code,  # the content type's code (core.registry)
            title=page.title,
            url=page.get_url() if page.live else f"/admin/pages/{page.pk}/edit/",
            themes=[theme.name for theme in spec.themes],
            keywords=list(spec.keywords),
            sectors=[sector.name for sector in spec.sectors],
            status="live" if page.live else "draft",
            action=action,
            warnings=warnings,
            **extra,
        )
        return page, [item]

    def _dutch(self):
        return Locale.objects.get(language_code="nl")

    def _themes_by_name(self, names):
        """Themes named in an export, matched without case or accents; a theme LOC uses that we lack is created."""
        known = {fold(theme.name): theme for theme in Theme.objects.filter(locale=self._dutch())}
        themes, warnings = [], []
        for name in names:
            theme = known.get(fold(name))
            if theme is None:
                theme = Theme.objects.create(name=name, slug=self._free_theme_slug(name), locale=self._dutch())
                known[fold(name)] = theme
                warnings.append(Note(gettext_noop("created the new theme '%(theme)s'"), theme=name))
            themes.append(theme)
        return themes, warnings

    def _free_theme_slug(self, name):
        base = slugify(name)[:100] or "thema"
        slug, n = base, 2
        while Theme.objects.filter(locale=self._dutch(), slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug


def module_intro(blocks, title):
    """A module's intro (the opening sentences of its first paragraph) and the body without them: the intro is
    never repeated word for word as the body."""
    first = next((index for index, block in enumerate(blocks) if block.kind == "paragraph" and block.text), None)
    if first is None:
        return first_sentences(title, 400), list(blocks)
    intro = first_sentences(blocks[first].text, 400)
    rest = rest_after(blocks[first].text, intro)
    body = list(blocks[:first]) + ([Block("paragraph", text=rest)] if rest else []) + list(blocks[first + 1 :])
    return intro, body


def date_warnings(date, source):
    if date is None:
        return [
            Note(
                gettext_noop(
                    "the export gives no date: set the publication date (tab Promote) before submitting the page"
                )
            )
        ]
    if source == "event":
        return [
            Note(
                gettext_noop("publication date %(date)s is the date of the event the text reports on; please check it"),
                date=date.isoformat(),
            )
        ]
    return []


def found_warnings(themes, keywords):
    """Say which themes and keywords were found in the text, for the editor to confirm."""
    notes = []
    if themes:
        notes.append(
            Note(
                gettext_noop("themes found in the text: %(themes)s; please check them"),
                themes=", ".join(theme.name for theme in themes),
            )
        )
    if keywords:
        notes.append(
            Note(
                gettext_noop(
                    "keywords suggested from the existing vocabulary, found in the text: %(keywords)s; remove "
                    "those that do not fit"
                ),
                keywords=", ".join(keywords),
            )
        )
    return notes
