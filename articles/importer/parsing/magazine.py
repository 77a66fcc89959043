"""Parsing a Zorg en Zeggenschap magazine article export into a ParsedArticle.

An export is: an optional opening pull quote, the intro, the body, an optional "Dit artikel verscheen in de
... editie" line, and the closing block "Meer artikelen over de thema's met trefwoorden:" with "Thema's:" and
(optionally) "Trefwoorden:" lists. The closing block is metadata, never body text.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_noop

from ..notes import Note
from .article_text import build_blocks, strip_quote_marks, to_lines
from .common import (
    APOSTROPHE,
    ARTICLE_CLOSING_RE,
    CLOSING_QUOTES,
    Block,
    clean,
    cut_at_word,
    fold,
    join_lines,
)
from .dates import edition_date, event_date

MAX_PULL_QUOTE_TITLE = 90
MAX_DERIVED_TITLE = 80
MAX_PULL_QUOTE_LINES = 8
EDITION_LINE_RE = re.compile(r"^\s*Dit artikel verscheen in\b", re.I)
EDITION_WORD_RE = re.compile(r"\b([\w-]*editie)\b", re.I)
EDITION_FALLBACK_RE = re.compile(r"verscheen in (?:de |het )?(.+?)(?: van |$)", re.I)
THEMES_RE = re.compile(rf"^Thema{APOSTROPHE}s\s*:\s*(.*)$", re.I)
KEYWORDS_RE = re.compile(r"^Trefwoorden\s*:\s*(.*)$", re.I)
SECTOR_FRAGMENT_RE = re.compile(r"\(([^()]{1,60})\)")
# Quote marks, but not an apostrophe inside a word ("thema’s").
QUOTE_MARK_RE = re.compile(r"(?<!\w)[‘’“”„\"]|[‘’“”„\"](?!\w)")
CLAUSE_BREAK_RE = re.compile(r"\s[‘’“”\"(–—]|[,;:]\s")


@dataclass
class ExampleDraft:
    """A council's experience, listed in an article as a bullet with its care sector in brackets."""

    text: str
    sector_label: str
    title: str


@dataclass
class ParsedArticle:
    """An article export taken apart: a derived title (title_source says from what), the opening pull quote,
    intro, body blocks, the closing block's themes and keywords, the edition and the sector examples."""

    title: str
    title_source: str  # "pull_quote" | "heading" | "intro"
    pull_quote: str
    intro: str
    blocks: list[Block]
    themes: list[str]
    keywords: list[str]
    edition: str
    examples: list[ExampleDraft] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    date: datetime.date | None = None  # only what the export gives (dates.py), else None
    date_source: str = ""  # "edition" | "event" | ""


def parse_article(text: str, sector_labels=()) -> ParsedArticle:
    """Parse one article export. `sector_labels` are the known care-sector words and aliases; a bullet becomes
    an ExampleDraft only when a bracketed fragment in it is one of them (compared case- and accent-blind)."""
    warnings: list[str] = []
    raw_lines = (text or "").replace("\r\n", "\n").split("\n")
    body_lines, themes, keywords = _split_closing_block(raw_lines, warnings)
    body_lines, edition = _take_edition(body_lines)
    pull_quote, body_lines = _take_pull_quote(body_lines, warnings)

    blocks = build_blocks(to_lines(body_lines))
    intro = ""
    for position, block in enumerate(blocks):
        if block.kind == "paragraph":
            intro = blocks.pop(position).text
            break
    examples = _take_examples(blocks, sector_labels)
    title, source = _derive_title(pull_quote, blocks, intro, warnings)
    article = ParsedArticle(title, source, pull_quote, intro, blocks, themes, keywords, edition, examples, warnings)
    if date := edition_date(text):
        article.date, article.date_source = date, "edition"
    elif date := event_date("\n".join(body_lines)):
        article.date, article.date_source = date, "event"
    return article


# --- closing block, edition, pull quote ----------------------------------------------------------------------


def _split_closing_block(raw_lines, warnings):
    """Body lines before the closing block, and the themes/keywords listed in it (exactly as printed)."""
    start = next((i for i, line in enumerate(raw_lines) if line and ARTICLE_CLOSING_RE.match(line)), None)
    if start is None:
        warnings.append(
            Note(gettext_noop('no closing block "Meer artikelen over de thema\'s met trefwoorden": no themes found'))
        )
        return raw_lines, [], []
    tail = [ARTICLE_CLOSING_RE.sub("", raw_lines[start], count=1).lstrip(" :")] + raw_lines[start + 1 :]
    collected = {"themes": [], "keywords": []}
    current = None
    for raw in tail:
        line = clean(raw)
        if not line:
            continue
        if match := THEMES_RE.match(line):
            current = "themes"
            line = match.group(1)
        elif match := KEYWORDS_RE.match(line):
            current = "keywords"
            line = match.group(1)
        elif current is None:
            warnings.append(Note(gettext_noop("ignored text in the closing block: '%(text)s'"), text=line[:60]))
            continue
        collected[current].append(line)
    themes = _split_list(collected["themes"])
    if not themes:
        warnings.append(Note(gettext_noop("the closing block lists no themes")))
    return raw_lines[:start], themes, _split_list(collected["keywords"])


def _split_list(pieces) -> list[str]:
    """A comma-separated list that may wrap over several lines ("..., Kwaliteit jeugdzorg, " + "Organiseren ...")."""
    return [item for item in (clean(part) for part in join_lines(pieces).split(",")) if item]


def _take_edition(raw_lines):
    for index, raw in enumerate(raw_lines):
        if raw and EDITION_LINE_RE.match(raw):  # blank lines skipped cheaply: an export may hold a million
            line = clean(raw)
            match = EDITION_WORD_RE.search(line) or EDITION_FALLBACK_RE.search(line)
            return raw_lines[:index] + raw_lines[index + 1 :], clean(match.group(1)) if match else ""
    return raw_lines, ""


def _take_pull_quote(raw_lines, warnings):
    """The opening pull quote: text starting with an opening quote mark, up to the line that closes it."""
    first = next((i for i, raw in enumerate(raw_lines) if raw.strip()), None)
    if first is None or raw_lines[first].strip()[:1] not in '“„"':
        return "", raw_lines
    pieces, seen = [], 0
    for index in range(first, len(raw_lines)):
        raw = raw_lines[index]
        if not raw.strip():
            continue
        pieces.append(raw)
        seen += 1
        closing = raw.strip().rstrip("\xa0 ")
        if (index > first or len(closing) > 1) and closing[-1:] in CLOSING_QUOTES:
            return strip_quote_marks(join_lines(pieces)), raw_lines[index + 1 :]
        if seen >= MAX_PULL_QUOTE_LINES:
            break
    warnings.append(
        Note(gettext_noop("the opening quote mark is never closed: treated as ordinary text, not as a pull quote"))
    )
    return "", raw_lines


def _derive_title(pull_quote, blocks, intro, warnings):
    """Exports carry no title; derive one an editor will recognise, and always say so in the warnings."""
    if pull_quote:
        first_sentence = re.split(r"(?<=[.!?])\s+", pull_quote, maxsplit=1)[0]
        if len(first_sentence) <= MAX_PULL_QUOTE_TITLE:
            warnings.append(
                Note(gettext_noop("title derived from the first sentence of the opening pull quote; please check it"))
            )
            return first_sentence.rstrip(" .,;:"), "pull_quote"
    heading = next((block.text for block in blocks if block.kind == "heading"), "")
    if heading:
        warnings.append(
            Note(gettext_noop("title derived from the first heading (no usable pull quote); please check it"))
        )
        return heading, "heading"
    warnings.append(
        Note(gettext_noop("title derived from the start of the intro (no pull quote or heading); please check it"))
    )
    return cut_at_word(intro, MAX_DERIVED_TITLE), "intro"


# --- examples ------------------------------------------------------------------------------------------------


def _take_examples(blocks, sector_labels) -> list[ExampleDraft]:
    """Move bullets naming a known sector in brackets out of the list blocks into ExampleDrafts."""
    known = {fold(label).strip(" .,;:") for label in sector_labels or () if fold(label)}
    examples: list[ExampleDraft] = []
    if not known:
        return examples
    for block in blocks:
        if block.kind != "list":
            continue
        kept = []
        for item in block.items:
            fragment = _sector_fragment(item, known)
            if fragment is None:
                kept.append(item)
            else:
                examples.append(ExampleDraft(item, fragment, example_title(item, fragment)))
        block.items = kept
    blocks[:] = [block for block in blocks if block.kind != "list" or block.items]
    return examples


def _sector_fragment(item, known):
    for match in SECTOR_FRAGMENT_RE.finditer(item):
        fragment = match.group(1).strip()
        if fold(fragment).strip(" .,;:") in known:
            return fragment
    return None


def example_title(text, sector_label="") -> str:
    """A short title for an example: its first clause or sentence, without the sector in brackets or quote
    marks, at most 80 characters cut at a word (preferably a clause) boundary."""
    if sector_label:
        text = text.replace(f"({sector_label})", " ")
    text = clean(text).lstrip("“„\"‘'")
    sentence = re.split(r"(?<=[.!?:;])\s", text, maxsplit=1)[0]
    if len(sentence) > MAX_DERIVED_TITLE:
        breaks = [m.start() for m in CLAUSE_BREAK_RE.finditer(sentence) if 25 <= m.start() <= MAX_DERIVED_TITLE]
        if breaks:
            sentence = sentence[: breaks[-1]]
    title = cut_at_word(QUOTE_MARK_RE.sub("", sentence), MAX_DERIVED_TITLE)
    return title[:1].upper() + title[1:]
