"""Walking the Opleidingsgids' module region line by line and collecting module drafts.

The rules applied here (page tops, running headers, headings, lost headings, paragraphs) are described in
the docstring of guide.py; this module only keeps the state they need while reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_noop

from ..notes import Note
from .common import (
    DURATION_RE,
    bullet_text,
    clean,
    ends_sentence,
    fold,
    is_bullet,
    is_page_start,
    starts_lower,
    starts_upper,
)
from .guide_toc import TocEntry, match_header

SEPARATOR_RE = re.compile(r"^\s*\.(?:\s*\.)*\s*$")  # ". . . . ." and the stray "." left of one
FOOTER_RE = re.compile(r"^\s*Opleidingsgids\b.{0,60}?\s\d{1,3}\s*$", re.I)
PAGE_NUMBER_RE = re.compile(r"^\s*\d{1,3}\s*$")
ICON_RE = re.compile(r"^(\s*)(?:time|right)\s+(?=(?:Duur|Tip)\b)")  # icon-font glyph names
MAX_TITLE_CHARS = 90
MAX_TITLE_TAIL_CHARS = 40


@dataclass
class Draft:
    """A module being collected: its raw heading, section, duration and text parts, until guide.py finishes it."""

    heading: str
    title_lost: bool
    section: TocEntry | None
    duration: str = ""
    parts: list[list] = field(default_factory=list)  # ["paragraph", [lines]] or ["list", [[lines], ...]]
    last_text: str = ""
    warnings: list[str] = field(default_factory=list)

    def add_text(self, text, blank, at_top):
        """Blank lines separate paragraphs, except before lower-case text (a sentence continued after page
        furniture); a capital at the top of a page after a finished sentence starts a paragraph too."""
        last = self.parts[-1] if self.parts else None
        if last is not None and text and (starts_lower(text) or text[0] in ".,;:)"):
            (last[1][-1] if last[0] == "list" else last[1]).append(text)
        elif last is None or last[0] == "list" or blank or (at_top and ends_sentence(self.last_text)):
            self.parts.append(["paragraph", [text]])
        else:
            last[1].append(text)
        self.last_text = text

    def add_bullet(self, text):
        if self.parts and self.parts[-1][0] == "list":
            self.parts[-1][1].append([text])
        else:
            self.parts.append(["list", [[text]]])
        self.last_text = text


def title_like(text) -> bool:
    """Could this line be a module heading? Short, capitalised, no closing punctuation, not a duration or tip."""
    return (
        2 <= len(text) <= MAX_TITLE_CHARS
        and (text[0].isupper() or text[0].isdigit())
        and text[-1] not in ".,:;"
        and not DURATION_RE.match(text)
        and not text.startswith("Tip!")
    )


class GuideReader:
    """Walks the module region line by line, tracking page tops, boundaries and the current section."""

    def __init__(self, lines, toc):
        self.lines, self.toc = lines, toc
        self.drafts: list[Draft] = []
        self.current: Draft | None = None
        self.section: TocEntry | None = None
        self.boundary = self.page_top = True
        self.page_header = self.blank = False

    def read(self, start, end):
        index = start
        while index < end:
            index = self._step(index)

    def _step(self, index):
        raw = self.lines[index]
        if not raw.strip() or SEPARATOR_RE.match(raw):
            self.blank = True
            self.boundary = self.boundary or bool(raw.strip())
            return index + 1
        if FOOTER_RE.match(raw) or PAGE_NUMBER_RE.match(raw):
            self.page_top, self.page_header = True, False
            return index + 1
        if match := DURATION_RE.match(raw):
            self._duration(match.group("value"))
            return index + 1
        if is_page_start(raw):
            self.page_top, self.page_header = True, False
        header = match_header(self.lines, index, self.toc)
        if header and (header[2] or not self._followed_by_body(index + header[1])):
            entry, used, rest = header
            self._enter(entry)
            self.page_header = self.page_header or self.page_top
            return self._text(rest, index + used - 1, glued=True) if rest else index + used
        return self._text(ICON_RE.sub(r"\1", raw), index)

    def _followed_by_body(self, index):
        if index >= len(self.lines):
            return False
        raw = self.lines[index]
        text = clean(raw)
        return bool(text) and not is_page_start(raw) and not SEPARATOR_RE.match(raw) and not title_like(text)

    def _text(self, raw, index, glued=False):
        text = clean(raw)
        at_top, had_header, boundary, blank = self.page_top, self.page_header, self.boundary, self.blank
        self.page_top = self.page_header = self.boundary = self.blank = False
        if is_bullet(raw) and self.current is not None:
            self.current.add_bullet(clean(bullet_text(raw)))
            return index + 1
        if title_like(text) and (glued or boundary or (at_top and self._title_at_page_top(index))):
            tail = self._title_tail(index)
            self._start(f"{text} {tail}" if tail else text)
            return index + (2 if tail else 1)
        if self.current is None:  # a section's introduction, not a module
            return index + 1
        finished = ends_sentence(self.current.last_text)
        new_page = at_top and not had_header and finished
        if starts_upper(text) and not text.startswith("Tip!") and (boundary or new_page):
            self._start("", lost=True)
            blank = True
        self.current.add_text(text, blank, at_top)
        return index + 1

    def _title_at_page_top(self, index):
        following = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        previous_done = self.current is None or ends_sentence(self.current.last_text)
        return bool(following.strip()) and previous_done

    def _title_tail(self, index):
        """The second line of a heading split over two lines ("... kwaliteit van leven " + "en zorg")."""
        if index + 2 >= len(self.lines):
            return ""
        raw, after = self.lines[index + 1], clean(self.lines[index + 2])
        text = clean(raw)
        if (
            text
            and len(text) <= MAX_TITLE_TAIL_CHARS
            and text[-1] not in ".,:;!?"
            and not (is_page_start(raw) or is_bullet(raw) or DURATION_RE.match(raw) or SEPARATOR_RE.match(raw))
            and len(after) > len(text)
            and not match_header(self.lines, index + 1, self.toc)
        ):
            return text
        return ""

    def _start(self, heading, lost=False):
        section = self.section or self._section_from_toc(heading) or (self.current and self.current.section)
        self.current = Draft(heading, lost, section or None)
        self.drafts.append(self.current)

    def _section_from_toc(self, heading):
        """Before any section heading (the basiscursus): the contents entry the module is listed under."""
        folded = fold(heading)
        for position, entry in enumerate(self.toc):
            if folded and entry.folded == folded and position > 0:
                return self.toc[position - 1]
        return None

    def _enter(self, entry: TocEntry):
        context = self.current.section if self.current else self.section
        ancestor = context
        while ancestor is not None:
            if ancestor is entry:
                return  # a running header repeating the current section or its part
            ancestor = ancestor.parent
        self.section, self.current, self.boundary = entry, None, True

    def _duration(self, value):
        if self.current is not None and self.current.duration:
            self.current.warnings.append(Note(gettext_noop("second \"Duur:\" line ignored: '%(value)s'"), value=value))
        elif self.current is not None:
            self.current.duration = value
        self.boundary = True
