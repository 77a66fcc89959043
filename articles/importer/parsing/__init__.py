"""Pure-Python parsing of LOC's plain-text exports into dataclasses; the loader turns these into pages.

Nothing here touches models or the database, so a file can be read, recognised and parsed (and every
problem reported) before anything is written.
"""

from .common import Block, ExportError, detect_kind, read_export
from .guide import ParsedModule, parse_guide
from .magazine import ExampleDraft, ParsedArticle, parse_article

__all__ = [
    "Block",
    "ExampleDraft",
    "ExportError",
    "ParsedArticle",
    "ParsedModule",
    "detect_kind",
    "parse_article",
    "parse_guide",
    "read_export",
]
