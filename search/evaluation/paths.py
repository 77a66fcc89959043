"""Judged learning paths (search/paths.py) and their precision@3: shared by `manage.py search_eval --paths` and the
quality gate (tests/search_quality/).

`paths.jsonl` holds one JSON object a line: {"page": key, "section": type code, "relevant": [keys]}: for an article,
the modules and trajects an expert would list under *Leer het*; for a module, the articles that explain why it
matters. Keys as in judged.jsonl (scoring.py): an imported item's `import_source`, or `demo:<Dutch slug>`. The Dutch
page is judged. Precision@3 of one page: how many of the first three items of its section are judged relevant,
divided by three, or by the number judged relevant when an expert listed fewer than three.
"""

import json
from pathlib import Path

from django.db import connection
from wagtail.models import Page

from core import registry
from search.paths import page_sections
from search.service import engine_backend

from .scoring import FOLDER, JudgedFileError, item_keys

PATHS = FOLDER / "paths.jsonl"
PATH_FLOORS = FOLDER / "path_floors.json"
DEPTH = 3


def load(file=PATHS):
    """The judged paths of `file`, checked line by line."""
    path = Path(file)
    if not path.is_file():
        raise JudgedFileError(f"{file}: no such file")
    judged = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                item = json.loads(line)
                assert isinstance(item["page"], str) and item["section"] in registry.codes() and item["relevant"]
            except (ValueError, KeyError, TypeError, AssertionError) as error:
                raise JudgedFileError(f"{file}, line {number}: not a judged path ({error})") from error
            judged.append(item)
    if not judged:
        raise JudgedFileError(f"{file}: no judged paths")
    return judged


def backend_label():
    backend = engine_backend()
    return backend.engine_family if backend is not None else f"database-{connection.vendor}"


def dutch_pages():
    """{judged key: Dutch page} of every content page."""
    ids = [pk for model in registry.models() for pk in model.objects.filter(locale__language_code="nl")
           .values_list("pk", flat=True)]  # fmt: skip
    keys = item_keys(ids)
    pages = Page.objects.filter(pk__in=ids).specific().in_bulk()
    return {keys[pk]: page for pk, page in pages.items()}


def run(judged):
    """(backend, [{"page", "section", "found", "precision"}]): each judged page's section as a reader sees it (pins
    first), computed afresh (not from the cache)."""
    pages = dutch_pages()
    results = []
    for item in judged:
        page = pages.get(item["page"])
        ids = [card.pk for card in dict(page_sections(page, DEPTH)).get(item["section"], [])] if page else []
        keys = item_keys(ids)
        found = [keys.get(pk, "?") for pk in ids]
        hits = len([key for key in found if key in item["relevant"]])
        results.append({"page": item["page"], "section": item["section"], "found": found,
                        "precision": hits / min(DEPTH, len(item["relevant"]))})  # fmt: skip
    return backend_label(), results


def figures(results):
    """Precision@3 over all judged pages and per section."""
    share = lambda rows: round(sum(r["precision"] for r in rows) / len(rows), 4) if rows else None  # noqa: E731
    sections = sorted({r["section"] for r in results})
    return {"precision_at_3": share(results), "pages": len(results),
            "by_section": {code: share([r for r in results if r["section"] == code]) for code in sections}}  # fmt: skip


def floors():
    return json.loads(PATH_FLOORS.read_text(encoding="utf-8"))
