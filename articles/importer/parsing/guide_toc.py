"""The Opleidingsgids' table of contents, and recognising its titles when they reappear as page furniture.

The table of contents is the only reliable map of the guide: its indented entries name the parts (two spaces)
and the sections within a part (deeper indentation). The same names come back in the body as section
headings and as running headers at the top or bottom of pages - sometimes split over two lines
("Advies-, coachings- of " + "ondersteuningstraject"), sometimes glued to the next title without a space
("...ondersteuningstrajectFusies en overnames adviestraject").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .common import TOC_LINE_RE, clean, fold, strip_folded_prefix, toc_cluster


@dataclass(eq=False)
class TocEntry:
    title: str  # as printed (trailing spaces dropped, inner spacing collapsed)
    level: int  # 0 = part, 1 = section within a part, ...
    page: int
    position: int  # order in the table of contents
    parent: TocEntry | None = None
    has_children: bool = False
    folded: str = field(init=False, default="")  # the title as fold() compares it, computed once

    def __post_init__(self):
        self.folded = fold(self.title)


def parse_toc(lines) -> tuple[list[TocEntry], int]:
    """The entries of the table of contents and the index of the line after it (0 when there is none)."""
    indices = toc_cluster(lines)
    matches = [TOC_LINE_RE.match(lines[index]) for index in indices]
    indents = sorted({len(match.group("indent")) for match in matches})
    entries: list[TocEntry] = []
    for position, match in enumerate(matches):
        level = indents.index(len(match.group("indent")))
        entry = TocEntry(clean(match.group("title")), level, int(match.group("page")), position)
        entry.parent = next((e for e in reversed(entries) if e.level < level), None)
        if entry.parent is not None:
            entry.parent.has_children = True
        entries.append(entry)
    return entries, (indices[-1] + 1 if indices else 0)


def match_header(lines, index, entries):
    """If line `index` (maybe with the next line) is a table-of-contents title, return
    (entry, number of lines used, remainder glued after it); otherwise None."""
    first = lines[index].strip()
    # Cheap pre-check: every kind of match starts with a title's first letters (most lines are body text).
    if not first or fold(first[:12])[:3] not in {entry.folded[:3] for entry in entries}:
        return None
    folded = fold(first)
    for entry in entries:
        if folded == entry.folded:
            return entry, 1, ""
    second = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if second:
        joined = f"{first} {second}"
        folded_joined = fold(joined)
        for entry in entries:
            if folded_joined == entry.folded:
                return entry, 2, ""
        for entry in entries:
            if not folded_joined.startswith(entry.folded):
                continue
            rest = strip_folded_prefix(joined, entry.title)
            # Glued: no space between the header and the title, and the header ends inside the second line.
            if rest and rest[0].isupper() and len(rest) < len(second):
                return entry, 2, rest
    for entry in entries:
        if not folded.startswith(entry.folded):
            continue
        rest = strip_folded_prefix(first, entry.title)
        if rest and rest[0].isupper():
            return entry, 1, rest
    return None
