"""Create or update one imported page without ever overwriting what an editor changed.

Every managed field's value is fingerprinted in `import_state` when the importer writes it. On the next import a
field is only replaced when its current value still has the fingerprint of the last import, i.e. nobody edited it.

An imported page is an ordinary draft with no owner: its section's writers (home/editorial/roles.py, who may change
every page of their section) complete it and submit it for review themselves, and the first of them to save it
becomes its owner (articles/wagtail_hooks.py). The import's warnings stay on the page (`import_warnings`) until then.
"""

import hashlib
import json
from dataclasses import dataclass, field

from django.utils.text import slugify
from django.utils.translation import gettext_noop
from wagtail.log_actions import log
from wagtail.models import Locale, PageLogEntry

from themes_taxonomy.models import Keyword

from .notes import Note, msgid, stored


@dataclass
class Upsert:
    """What one imported page should look like. `values` holds plain fields; relations are separate."""

    model: type
    parent: object
    source: str
    values: dict
    themes: list = field(default_factory=list)
    sectors: list = field(default_factory=list)
    keywords: list = field(default_factory=list)
    may_publish: bool = True
    warnings: list = field(default_factory=list)


def fingerprint(value):
    return hashlib.sha1(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


def comparable(name, value):
    """The form of a wanted value that is fingerprinted: relations by key, the body without block ids."""
    if name in {"themes", "sectors"}:
        return sorted(obj.pk for obj in value)
    if name == "keywords":
        return sorted(obj.name.casefold() for obj in value)
    if name == "source_article":
        return value.pk if value else None
    if name == "body":
        return [[block_type, block_value] for block_type, block_value in value]
    return value


def current_value(page, name):
    """The same form, read from the page as it stands (its latest revision)."""
    if name == "body":
        return [[block.block_type, block.block.get_prep_value(block.value)] for block in page.body]
    if name in {"themes", "sectors"}:
        return comparable(name, getattr(page, name).all())
    if name == "keywords":
        return comparable(name, page.keywords.all())
    if name == "source_article":
        return page.source_article_id
    return getattr(page, name)


def _assign(page, name, value):
    if name in {"themes", "sectors"}:
        getattr(page, name).set(value)
    elif name == "keywords":
        page.keywords.set(value)
    else:
        setattr(page, name, value)


def unique_slug(parent, title):
    base = slugify(title)[:70] or "pagina"
    siblings = set(parent.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in siblings:
        slug, n = f"{base}-{n}", n + 1
    return slug


def keyword_objects(names):
    """Keywords by name, case-insensitively, creating missing ones: one vocabulary for every content type."""
    objects = []
    for name in names:
        keyword = Keyword.objects.filter(name__iexact=name).first()
        if keyword is None:
            keyword = Keyword.objects.create(name=name, slug=unique_keyword_slug(name))
        objects.append(keyword)
    return objects


def unique_keyword_slug(name):
    base = slugify(name) or "trefwoord"
    slug, n = base, 2
    while Keyword.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def upsert(spec: Upsert, *, publish: bool, user=None):
    """Create or update the page for `spec` as `user`; returns (page, action, warnings).

    What is not published stays a draft for the section's writers; every created or updated page gets an audit log
    entry naming the revision the import wrote, so that a later import knows whether an editor has saved since.
    """
    dutch = Locale.objects.get(language_code="nl")
    existing = spec.model.objects.filter(import_source=spec.source, locale=dutch).first()
    wanted = dict(spec.values)
    wanted.update(themes=spec.themes, sectors=spec.sectors, keywords=keyword_objects(spec.keywords))
    warnings = list(spec.warnings)

    if existing is None:
        page = spec.model(locale=dutch, import_source=spec.source, live=False)
        page.slug = unique_slug(spec.parent, wanted["title"])
        for name, value in wanted.items():
            if name not in {"themes", "sectors", "keywords"}:
                setattr(page, name, value)
        spec.parent.add_child(instance=page)
        page = spec.model.objects.get(pk=page.pk)
        for name in ("themes", "sectors", "keywords"):
            _assign(page, name, wanted[name])
        page.import_state = {name: fingerprint(current_value(page, name)) for name in wanted}
        action = "created"
        had_editor_draft = False
    else:
        had_editor_draft = existing.has_unpublished_changes and (existing.live or editor_revisions(existing))
        page = existing.get_latest_revision_as_object()
        changed = False
        for name, value in wanted.items():
            now = fingerprint(current_value(page, name))
            target = fingerprint(comparable(name, value))
            if now == target:
                page.import_state[name] = target
                continue
            if page.import_state.get(name) not in (None, now):
                field_name = msgid(spec.model._meta.get_field(name).verbose_name)
                warnings.append(
                    Note(gettext_noop("kept the editor's change to the field '%(field)s'"), field=field_name)
                )
                continue
            _assign(page, name, value)
            page.import_state[name] = target
            changed = True
        action = "updated" if changed else "unchanged"

    revision = None
    if action != "unchanged":
        revision = page.save_revision(user=user, log_action=True)
        if publish and spec.may_publish and not had_editor_draft:
            revision.publish(user=user)
            page.refresh_from_db()
    elif publish and spec.may_publish and not page.live and not had_editor_draft:
        page.get_latest_revision().publish(user=user)
        page.refresh_from_db()
        action = "updated"
    if publish and had_editor_draft:
        warnings.append(
            Note(gettext_noop("not published: the page has unpublished changes by an editor that need review first"))
        )
    if action != "unchanged":
        type(page).objects.filter(pk=page.pk).update(import_warnings=stored(warnings))
        page.import_warnings = stored(warnings)
        data = {"source": spec.source, "result": action, "revision": revision.pk if revision else None}
        log(instance=page, action="kennisbank.import", user=user, data=data)
    return page, action, warnings


def editor_revisions(page):
    """Has anyone but the importer saved a revision of `page` since its live revision (since its creation when it
    was never live)? The import's log entries name every revision an import wrote; any other revision is an
    editor's, and stays hers even when a later import without Publish wrote a revision on top of it."""
    imported = [
        entry.data.get("revision") for entry in PageLogEntry.objects.filter(page=page, action="kennisbank.import")
    ]
    revisions = page.revisions.exclude(pk__in=[pk for pk in imported if pk is not None])
    if page.live_revision_id is not None:
        revisions = revisions.filter(created_at__gt=page.live_revision.created_at)
    return revisions.exists()
