"""Import LOC text exports into pages: one transaction per file, a report for everything."""

import logging
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from core.registry import section
from themes_taxonomy.models import Sector, Theme
from themes_taxonomy.text import fold

from ..models import ArticlePage, ImportRun, ModulePage, PracticalExamplePage
from .blocks import first_sentences, to_stream
from .pages import Upsert, upsert
from .parsing import ExportError, detect_kind, parse_article, parse_guide, read_export
from .report import ImportReport, ItemReport

logger = logging.getLogger(__name__)


def export_files(paths):
    """The files to import: each path as given, or every visible file in a folder (recursively, sorted)."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            yield path


class Importer:
    def __init__(self, *, publish=False, user=None):
        self.publish = publish
        self.user = user
        self.report = ImportReport()

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
        try:
            text = read_export(path)
            kind = detect_kind(text)
            with transaction.atomic():
                items = (
                    self._import_article(path.name, text) if kind == "article" else self._import_guide(path.name, text)
                )
        except ExportError as exc:
            self._refuse(path, str(exc))
        except Exception as exc:  # a bug must not leave half a file imported, nor stop the other files
            logger.exception("Import of %s failed", path)
            self._refuse(path, f"unexpected error ({exc.__class__.__name__}: {exc})")
        else:
            self.report.items.extend(items)

    def _refuse(self, path, reason):
        self.report.skipped += 1
        self.report.errors.append({"source": str(path), "message": f"{path.name}: {reason}"})

    # Articles -------------------------------------------------------------------------------------------------

    def _import_article(self, name, text):
        sectors = list(Sector.objects.filter(locale=self._dutch()))
        parsed = parse_article(text, sector_labels={label for sector in sectors for label in sector.labels()})
        themes, theme_warnings = self._themes_by_name(parsed.themes)
        spec = Upsert(
            model=ArticlePage,
            parent=section(ArticlePage),
            source=name,
            values={
                "title": parsed.title,
                "intro": first_sentences(parsed.intro, 1000),
                "body": to_stream(parsed.blocks, parsed.pull_quote),
                "edition": parsed.edition[:1].upper() + parsed.edition[1:],
            },
            themes=themes,
            keywords=parsed.keywords,
            warnings=parsed.warnings + theme_warnings,
        )
        article, items = self._save(spec)
        for number, example in enumerate(parsed.examples, start=1):
            items.append(self._import_example(name, number, example, article, themes, parsed.keywords, sectors)[1][0])
        return items

    def _import_example(self, name, number, example, article, themes, keywords, sectors):
        sector = next((s for s in sectors if fold(example.sector_label) in s.labels()), None)
        spec = Upsert(
            model=PracticalExamplePage,
            parent=section(PracticalExamplePage),
            source=f"{name}#praktijkvoorbeeld-{number}",
            values={
                "title": example.title,
                "intro": first_sentences(example.text, 400),
                "what_they_did": example.text,
                "source_article": article,
            },
            themes=themes,
            sectors=[sector] if sector else [],
            keywords=keywords,
            may_publish=False,
            warnings=["draft practical example from an article: complete the organisation and what it brought"],
        )
        return self._save(spec)

    # The Opleidingsgids ---------------------------------------------------------------------------------------

    def _import_guide(self, name, text):
        parent = section(ModulePage)
        all_themes = list(Theme.objects.filter(locale=self._dutch()))
        items = []
        for module in parse_guide(text):
            title = module.title or module.provisional_title
            warnings = list(module.warnings)
            themes = [theme for theme in all_themes if theme.covers_section(module.section)]
            if not themes:
                warnings.append(f"no theme is mapped to the guide section '{module.section}'")
            slug = slugify(module.title) if module.title else f"ontbrekende-titel-{module.ordinal}"
            paragraphs = [block.text for block in module.blocks if block.kind == "paragraph" and block.text]
            spec = Upsert(
                model=ModulePage,
                parent=parent,
                source=f"{name}#{slug}",
                values={
                    "title": title,
                    "intro": first_sentences(paragraphs[0] if paragraphs else title, 400),
                    "body": to_stream(module.blocks),
                    "kind": module.kind,
                    "guide_section": module.section,
                    "duration": module.duration,
                },
                themes=themes,
                may_publish=not module.title_lost,  # never publish an invented title
                warnings=warnings,
            )
            items.extend(self._save(spec, kind=module.kind, duration=module.duration)[1])
        return items

    # Shared ---------------------------------------------------------------------------------------------------

    def _save(self, spec, **extra):
        page, action, warnings = upsert(spec, publish=self.publish, user=self.user)
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
                warnings.append(f"created the new theme '{name}'")
            themes.append(theme)
        return themes, warnings

    def _free_theme_slug(self, name):
        base = slugify(name)[:100] or "thema"
        slug, n = base, 2
        while Theme.objects.filter(locale=self._dutch(), slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug
