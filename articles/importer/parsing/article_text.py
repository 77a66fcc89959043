"""Rebuilding paragraphs, headings, lists and quotes from a magazine article's extracted lines.

In the article exports every wrapped line is followed by a blank line, so blank lines say nothing about
paragraphs. What does carry meaning:
- a heading is a short capitalised line without closing punctuation that is directly followed by text (no
  blank line between) - or, less often, followed by a blank line but then only when the text before it ended
  a sentence and it is short and capitalised (so wrapped fragments like "nieuwe" never become headings);
- a paragraph ends on a line that ends a sentence and is clearly shorter than the lines around it (the
  magazine uses two column widths, so "shorter" is measured locally, not against the whole document);
- a line starting with one space is the first line of a new page: lower case continues the paragraph,
  a capital after a finished sentence starts a new one;
- " – item" / " o item" lines are bullets, not page breaks.
"""

from __future__ import annotations

from dataclasses import dataclass

from .common import (
    CLOSING_QUOTES,
    Block,
    bullet_text,
    clean,
    ends_sentence,
    is_bullet,
    is_page_start,
    join_lines,
    starts_lower,
    starts_upper,
)

MAX_HEADING_CHARS = 80
MAX_LOOSE_HEADING_CHARS = 60  # headings followed by a blank line must be shorter still
SHORT_FINISHED_LINE = 0.85  # a sentence-final line below this share of its neighbours' width ends a paragraph
SHORT_OPEN_LINE = 0.65  # an unpunctuated line this short before a capital ends one too (links, labels)
ATTRIBUTION_MARKS = ("—", "―")


@dataclass
class Line:
    raw: str
    text: str
    page_start: bool
    blank_after: bool


def to_lines(raw_lines) -> list[Line]:
    """Non-blank lines, remembering whether a blank line followed each one."""
    lines = []
    for index, raw in enumerate(raw_lines):
        if not raw.strip():
            continue
        following = raw_lines[index + 1] if index + 1 < len(raw_lines) else ""
        lines.append(Line(raw, clean(raw), is_page_start(raw), not following.strip()))
    return lines


def typical_width(lines: list[Line]) -> int:
    """The width of a full line of body text (90th percentile), for lines with no neighbour to compare to."""
    lengths = sorted(len(line.text) for line in lines)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def build_blocks(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    width = typical_width(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        if is_bullet(line.raw):
            items, index = _read_list(lines, index, width)
            blocks.append(Block("list", items=items))
        elif line.text.startswith(ATTRIBUTION_MARKS):
            _attribute(blocks, line.text.lstrip("".join(ATTRIBUTION_MARKS)).strip())
            index += 1
        elif is_heading(lines, index):
            blocks.append(Block("heading", text=line.text))
            index += 1
        else:
            last = _paragraph_end(lines, index, width)
            blocks.append(paragraph_or_quote(join_lines(item.raw for item in lines[index : last + 1])))
            index = last + 1
    return blocks


def is_heading(lines: list[Line], index: int) -> bool:
    line = lines[index]
    text = line.text
    if not text or len(text) > MAX_HEADING_CHARS or is_bullet(line.raw):
        return False
    if not (text[0].isupper() or text[0].isdigit()) or text[-1] in ".,:;" or "www." in text or "://" in text:
        return False
    if index + 1 >= len(lines):
        return False
    following = lines[index + 1]
    if not line.blank_after:
        # Directly followed by text: the layout's own heading style (never true inside a wrapped paragraph,
        # where every line is followed by a blank one, except just before a page break).
        return not following.page_start and (starts_upper(following.text) or is_bullet(following.raw))
    if len(text) > MAX_LOOSE_HEADING_CHARS or text[-1] in "!?" + CLOSING_QUOTES:
        return False
    previous = lines[index - 1] if index else None
    if previous is not None and not (ends_sentence(previous.text) or is_bullet(previous.raw)):
        return False
    return starts_upper(following.text) and not following.text.startswith(ATTRIBUTION_MARKS)


def _continues(lines: list[Line], first: int, current: int, typical: int, closing_bracket_ends=False) -> bool:
    """Does line `current + 1` continue the paragraph (or list item) that started at `first`?

    A line is "short" against its neighbours in the same paragraph; the first line of a paragraph has no
    previous neighbour, so it is also measured against the document's typical width (`typical`)."""
    line, following = lines[current], lines[current + 1]
    head = following.text[:1]
    if head in ".,;:)" or starts_lower(following.text):
        return True
    finished = ends_sentence(line.text) or (closing_bracket_ends and line.text.endswith(")"))
    if following.page_start:
        return not finished
    if finished and head in '“„"' and not line.text.endswith(":"):  # a new quotation, not one introduced
        return False
    width = max(len(lines[current - 1].text) if current > first else typical, len(following.text))
    if finished and (len(line.text) < SHORT_FINISHED_LINE * width or closing_bracket_ends):
        return False
    if not finished and len(line.text) < SHORT_OPEN_LINE * width and starts_upper(following.text):
        return False
    return True


def _ends_here(lines, index) -> bool:
    following = lines[index + 1]
    return is_bullet(following.raw) or following.text.startswith(ATTRIBUTION_MARKS) or is_heading(lines, index + 1)


def _paragraph_end(lines: list[Line], first: int, typical: int) -> int:
    current = first
    while current + 1 < len(lines) and not _ends_here(lines, current) and _continues(lines, first, current, typical):
        current += 1
    return current


def _read_list(lines: list[Line], index: int, typical: int):
    items = []
    while index < len(lines) and is_bullet(lines[index].raw):
        first = current = index
        pieces = [bullet_text(lines[index].raw)]
        while (
            current + 1 < len(lines)
            and not _ends_here(lines, current)
            and _continues(lines, first, current, typical, closing_bracket_ends=True)
        ):
            current += 1
            pieces.append(lines[current].raw)
        items.append(join_lines(pieces))
        index = current + 1
    return items, index


def strip_quote_marks(text) -> str:
    return clean(text).strip('“”„"').strip()


def paragraph_or_quote(text) -> Block:
    """A paragraph that is one quotation from start to end is a quote block (without its quote marks)."""
    if (
        len(text) > 2
        and text[0] in '“„"'
        and text[-1] in '”"'
        and text.count("“") + text.count("„") <= 1
        and text[:-1].count("”") == 0
    ):
        return Block("quote", text=strip_quote_marks(text))
    return Block("paragraph", text=text)


def _attribute(blocks: list[Block], who: str) -> None:
    """ "— Name (@handle) date" under a paragraph (an embedded post) makes that paragraph a quote by Name."""
    if blocks and blocks[-1].kind in ("paragraph", "quote"):
        blocks[-1].kind = "quote"
        blocks[-1].text = strip_quote_marks(blocks[-1].text)
        blocks[-1].attribution = who
    else:
        blocks.append(Block("paragraph", text=who))
