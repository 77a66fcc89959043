"""Parsing the Opleidingsgids (training guide) export into one ParsedModule per module or traject.

How the text is read (each rule answers a kind of extraction damage seen in the real export):
- Module region: from the first line of the page on which the first "Duur:" line stands, up to the first page
  break after the last "Duur:" line. Every advisory/coaching/support traject ends with a "Duur:" line and the
  trajects are the guide's last section, so what follows is the closing part ("LOC ondersteunt ..."), and
  what precedes the first module's page is the contents, garbage and introduction. If the closing part named
  in the contents does not appear after that point (a truncated export), the region runs to the end of the
  text; without any "Duur:" line it runs from the page of the first section heading. Both cases warn.
- Page breaks: a line starting with exactly one space (bullets " o ..." excepted), or an
  "Opleidingsgids ... 19" footer, which also occurs without a leading space in the middle of a module.
- Running headers: any line (or two lines, or a prefix glued to the next title) equal to a table-of-contents
  title. A section heading that differs from the current module's section (and its parent part) starts a new
  section; a repeat of the current one is dropped as furniture. A contents title directly followed by body
  text is a module heading instead (the basiscursus is listed in the contents).
- Module headings: a short capitalised line without closing punctuation, found right after a dotted
  separator, a "Duur:" line, a section heading, or at the top of a page (then directly followed by text, after
  a finished sentence). A short unpunctuated next line ("en zorg") completes a heading split over two lines.
- Lost headings: a page that starts (without running header) with capitalised body text right after a
  finished sentence, or capitalised body text right after a separator/"Duur:" line, is a module whose heading
  was lost. It is returned with title_lost=True, a provisional title and a warning. After a running header,
  or in lower case, the text continues the current module.
- Inside a module blank lines separate paragraphs (unlike the articles); lower-case text after page furniture
  continues the previous paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_noop

from ..notes import Note
from .common import DURATION_RE, Block, ExportError, clean, cut_at_word, fold, is_page_start, join_lines
from .guide_reader import FOOTER_RE, Draft, GuideReader
from .guide_toc import parse_toc

TRAJECT_RE = re.compile(r"^(?P<title>.*?)\s+(?P<kind>adviestraject|coachingstraject|ondersteuningstraject)$", re.I)
PROVISIONAL_TITLE_CHARS = 60


@dataclass
class ParsedModule:
    """One training module or traject of the guide, in the neutral shape the loader turns into a page.

    When the heading was lost in extraction, title is "" and title_lost is True: the loader must not invent
    a title, so provisional_title (the first words of the text) is only for an editor to replace."""

    ordinal: int
    title: str
    title_lost: bool
    provisional_title: str
    section: str
    kind: str  # "basiscursus" | "trainingsmodule" | "adviestraject" | "coachingstraject" | "ondersteuningstraject"
    duration: str
    blocks: list[Block]
    warnings: list[str] = field(default_factory=list)


def parse_guide(text: str) -> list[ParsedModule]:
    """Parse the Opleidingsgids export; raise ExportError when no module can be found."""
    lines = (text or "").replace("\r\n", "\n").split("\n")
    toc, toc_end = parse_toc(lines)
    start, end, notes = _module_region(lines, toc, toc_end)
    closing = _closing_entries(toc)
    if closing and end < len(lines) and not _any_heading(lines[end:], closing):
        end = len(lines)
        notes.append(
            Note(
                gettext_noop(
                    "closing part '%(part)s' not found after the last \"Duur:\" line, so the text was read to its end "
                    "(truncated export?)"
                ),
                part=closing[0].title,
            )
        )
    reader = GuideReader(lines, toc)
    reader.read(start, end)
    if not reader.drafts:
        raise ExportError("no modules found in the Opleidingsgids export (no module headings in the module region)")
    notes += _missing_sections(toc, reader.drafts)
    reader.drafts[-1].warnings.extend(notes)
    return [_finish(number, draft) for number, draft in enumerate(reader.drafts, start=1)]


def _module_region(lines, toc, toc_end):
    durations = [i for i in range(toc_end, len(lines)) if DURATION_RE.match(lines[i])]
    if durations:
        return _page_start(lines, durations[0], toc_end), _next_page_break(lines, durations[-1]), []
    sections = {entry.folded for entry in toc if entry.level >= 1}
    headings = [i for i in range(toc_end, len(lines)) if fold(lines[i]) in sections]
    if not headings:
        raise ExportError('no modules found: the guide has no "Duur:" lines and no section headings')
    note = Note(
        gettext_noop('no "Duur:" lines found: modules were read from the first section heading to the end of the text')
    )
    return _page_start(lines, headings[0], toc_end), len(lines), [note]


def _page_start(lines, index, floor):
    for i in range(index, floor - 1, -1):
        if is_page_start(lines[i]):
            return i
        if FOOTER_RE.match(lines[i]):
            return i + 1
    return floor


def _next_page_break(lines, index):
    for i in range(index + 1, len(lines)):
        if is_page_start(lines[i]) or FOOTER_RE.match(lines[i]):
            return i
    return len(lines)


def _closing_entries(toc):
    """Contents entries after the last section: the guide's closing part (e.g. "LOC ondersteunt ...")."""
    last_section = max((entry.position for entry in toc if entry.level >= 1), default=None)
    if last_section is None:
        return []
    return [entry for entry in toc if entry.position > last_section and entry.level == 0]


def _any_heading(lines, entries):
    prefixes = tuple(entry.folded for entry in entries)
    return any(len(line) < 200 and fold(line).startswith(prefixes) for line in lines)


def _missing_sections(toc, drafts):
    """Contents sections without any module: a sign of a truncated export (warned on the last module)."""
    used = {id(draft.section) for draft in drafts}
    return [
        Note(
            gettext_noop("section '%(section)s' from the table of contents has no modules (truncated export?)"),
            section=entry.title,
        )
        for entry in toc
        if entry.level >= 1 and id(entry) not in used
    ]


def _finish(ordinal, draft: Draft) -> ParsedModule:
    heading = clean(draft.heading)
    kind, title = "trainingsmodule", heading
    if match := TRAJECT_RE.match(heading):
        title, kind = match.group("title").strip(), match.group("kind").lower()
    elif fold(heading).startswith("basiscursus"):
        kind = "basiscursus"
    blocks = []
    for part_kind, content in draft.parts:
        if part_kind == "list":
            blocks.append(Block("list", items=[join_lines(item) for item in content]))
        else:
            blocks.append(Block("paragraph", text=join_lines(content)))
    warnings = list(draft.warnings)
    provisional = title
    if draft.title_lost:
        first = next((block.text for block in blocks if block.kind == "paragraph"), "")
        provisional = cut_at_word(re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0], PROVISIONAL_TITLE_CHARS)
        warnings.insert(
            0,
            Note(
                gettext_noop(
                    "module %(number)s: heading lost in extraction (the page starts directly with text); provisional "
                    "title '%(title)s' must be replaced by an editor"
                ),
                number=ordinal,
                title=provisional,
            ),
        )
    if not blocks:
        warnings.append(
            Note(
                gettext_noop("module %(number)s (%(title)s): no text found"), number=ordinal, title=title or provisional
            )
        )
    if draft.section is None:
        warnings.append(
            Note(
                gettext_noop("module %(number)s: section unknown (no table of contents entry before it)"),
                number=ordinal,
            )
        )
    section = draft.section.title if draft.section else ""
    return ParsedModule(ordinal, title, draft.title_lost, provisional, section, kind, draft.duration, blocks, warnings)
