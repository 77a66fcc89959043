"""Exports of the shapes that once made parsing quadratic: long runs of blank lines, very long lines, no line breaks.

Each is a real LOC export (the test fixtures) with the hostile material put in its middle, so recognising and parsing
run over all of it; `parse_seconds` times what an upload does with a file before it writes anything.
"""

import time
from pathlib import Path

from articles.importer.parsing import ExportError, detect_kind, parse_article, parse_guide, read_export

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "loc"
BASES = {"article": "artikel_achterban.txt", "guide": "opleidingsgids.txt"}


def hostile_filler(size):
    """About `size` characters: a run of blank (and blank-looking) lines, very long lines, and one line without end."""
    third = size // 3
    blank = "\n" * (third // 2) + " \t\n" * (third // 6)
    long_lines = ("woord " * 20_000 + "\n") * max(1, third // 120_001)
    unbroken = "x" * (third // 2) + " cliëntenraad@" * (third // 28)
    return blank + long_lines + unbroken


def pathological_export(kind, size):
    """The `kind` fixture ("article" or "guide") with `size` characters of hostile filler in its middle."""
    lines = (FIXTURES / BASES[kind]).read_text(encoding="utf-8").split("\n")
    middle = len(lines) // 2
    return "\n".join([*lines[:middle], hostile_filler(size), *lines[middle:]])


def parse(text):
    kind = detect_kind(text)
    return kind, parse_article(text, sector_labels=set()) if kind == "article" else parse_guide(text)


def parse_seconds(path):
    """Seconds to read, recognise and parse the file at `path` (a refusal counts: it is an answer too)."""
    started = time.perf_counter()
    try:
        parse(read_export(path))
    except ExportError:
        pass
    return time.perf_counter() - started
