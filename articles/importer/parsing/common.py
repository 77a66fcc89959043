"""Reading and recognising LOC exports, plus the small text helpers both parsers share.

The exports are plain text produced by PDF extraction, so every helper here is about undoing that damage:
wrapped lines, non-breaking spaces, stray quote marks, page breaks. Nothing in this package touches Django
models or the database, so the loader can parse (and report on) a file before it writes anything.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from themes_taxonomy.text import fold

__all__ = [
    "MAX_EXPORT_BYTES",
    "Block",
    "ExportError",
    "cut_at_word",
    "detect_kind",
    "ends_sentence",
    "fold",
    "is_page_start",
    "join_lines",
    "read_export",
    "starts_lower",
    "starts_upper",
    "strip_folded_prefix",
]

MAX_EXPORT_BYTES = 5 * 1024 * 1024
# Above this share of control/unassigned characters a "text" is really a binary file that happens to decode.
MAX_CONTROL_SHARE = 0.25


class ExportError(ValueError):
    """A file that is not a usable LOC export; the message names the reason so the import report can show it."""


@dataclass
class Block:
    """One piece of body text, in reading order, in the neutral shape the loader turns into StreamField blocks."""

    kind: str  # "paragraph" | "heading" | "quote" | "list"
    text: str = ""
    attribution: str = ""
    items: list[str] = field(default_factory=list)


# --- reading -------------------------------------------------------------------------------------------------


def read_export(path) -> str:
    """Return the export's text, or raise ExportError saying why it cannot be imported.

    Decoding is strict UTF-8 (a BOM is allowed): silently falling back to latin-1 would turn every "ë" of a
    mis-saved export into garbage on the live site, so a wrongly encoded file is refused instead.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        if path.stat().st_size > MAX_EXPORT_BYTES:
            raise ExportError(f"{name}: file too large (over {MAX_EXPORT_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise ExportError(f"{name}: file cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_EXPORT_BYTES:
        raise ExportError(f"{name}: file too large (over {MAX_EXPORT_BYTES // (1024 * 1024)} MB)")
    if not data.strip():
        raise ExportError(f"{name}: file is empty")
    if b"\x00" in data:
        raise ExportError(f"{name}: binary file (contains NUL bytes), not a text export")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise ExportError(
            f"{name}: not valid UTF-8 (byte 0x{bad} at position {exc.start}); save the export as UTF-8"
        ) from exc
    if not text.strip():
        raise ExportError(f"{name}: file is empty (whitespace only)")
    visible = [char for char in text if char not in "\n\r\t"]
    control = sum(1 for char in visible if unicodedata.category(char) in {"Cc", "Cn", "Co", "Cs"})
    if visible and control / len(visible) > MAX_CONTROL_SHARE:
        raise ExportError(f"{name}: binary file (mostly non-printable characters), not a text export")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- recognising ---------------------------------------------------------------------------------------------

APOSTROPHE = "['’‘`´]"
# Within a line, spacing is "[^\S\n]*" (whitespace but not a line break): "^\s*" under re.M runs over every following
# blank line from every line start, which made recognising a file with long runs of blank lines quadratic.
SPACE = r"[^\S\n]*"
ARTICLE_CLOSING_RE = re.compile(rf"^{SPACE}Meer artikelen over de thema{APOSTROPHE}s met trefwoorden", re.M | re.I)
THEMES_LINE_RE = re.compile(rf"^{SPACE}Thema{APOSTROPHE}s{SPACE}:", re.M | re.I)
# "time" is the icon-font glyph name the PDF put before each duration.
DURATION_RE = re.compile(rf"^{SPACE}(?:(?:time|right){SPACE})?Duur{SPACE}:{SPACE}(?P<value>(?:.*\S)?){SPACE}$", re.M)
# A table-of-contents entry: indented title, at least two spaces, a page number.
MAX_TOC_LINE = 200  # longer lines are not contents entries (and would make TOC_LINE_RE backtrack for long)
TOC_LINE_RE = re.compile(r"^(?P<indent> {1,12})(?P<title>\S.*?)\s{2,}(?P<page>\d{1,3})\s*$")
MIN_TOC_ENTRIES = 3
MIN_DURATION_LINES = 2


def detect_kind(text) -> str:
    """Say whether `text` is a magazine article ("article") or the Opleidingsgids ("guide").

    Signals, chosen because extraction damage cannot fake or destroy them:
    - article: the fixed closing block "Meer artikelen over de thema's met trefwoorden" (either apostrophe)
      together with a line starting "Thema's:". Every article on the site ends this way.
    - guide: at least two "Duur:" lines (each module/traject states its length), or a table of contents of at
      least three indented "title   page" entries at the top. Either alone suffices, so a guide cut short
      after its contents page is still recognised (and then refused by parse_guide for having no modules).
    Anything else raises ExportError("unrecognised format ...").
    """
    text = text or ""
    if ARTICLE_CLOSING_RE.search(text) and THEMES_LINE_RE.search(text):
        return "article"
    if len(DURATION_RE.findall(text)) >= MIN_DURATION_LINES:
        return "guide"
    if len(toc_cluster(text.split("\n"))) >= MIN_TOC_ENTRIES:
        return "guide"
    raise ExportError(
        "unrecognised format: neither a magazine article (no closing block \"Meer artikelen over de thema's "
        'met trefwoorden" with a "Thema\'s:" line) nor the Opleidingsgids (no "Duur:" lines or table of contents)'
    )


def toc_cluster(lines, search_lines=120):
    """Indices of the first run of table-of-contents lines near the top (gaps of up to 3 lines allowed)."""
    found = []
    for index, line in enumerate(lines[:search_lines]):
        if len(line) <= MAX_TOC_LINE and TOC_LINE_RE.match(line):
            if found and index - found[-1] > 3:
                break
            found.append(index)
    return found


# --- text helpers --------------------------------------------------------------------------------------------

BULLET_RE = re.compile(r"^\s*(?:[–•▪●◦*-]|o)\s+(?=\S)")
OPENING_MARKS = "“„\"‘'(«["
CLOSING_QUOTES = '”"’»'
# Matched against the last word only; "^[^@\s]+@" rather than "\S+@", which backtracks quadratically on a long word.
URL_END_RE = re.compile(r"(?:https?://|www\.)\S+$|^[^@\s]+@\S+\.\w+$")
HYPHEN_END_RE = re.compile(r"\w-$")
# Words a cut-off title should not end on.
TRAILING_STOPWORDS = set(
    "de het een en én of van voor in op met aan te om als dat die bij naar tot over door je zo maar ook nog wat hoe "
    "waar".split()
)


def clean(text) -> str:
    """Single-spaced, stripped text (non-breaking spaces included)."""
    return " ".join((text or "").split())  # str.split() also splits on non-breaking spaces


def is_bullet(raw) -> bool:
    return bool(BULLET_RE.match(raw or ""))


def bullet_text(raw) -> str:
    return BULLET_RE.sub("", raw or "", count=1)


def is_page_start(raw) -> bool:
    """PDF extraction marks the first line of a new page with one leading space (bullets excepted)."""
    return bool(re.match(r"^ [^\s]", raw or "")) and not is_bullet(raw)


def join_lines(raw_lines) -> str:
    """Re-join wrapped lines into one string.

    A line ending in a hyphen glued to a word ("LOC-", "collega-") continues without a space when the next
    line starts in lower case; "planning- " (hyphen then space) keeps the space. A next line starting with
    punctuation (". En alle ...") is glued on without a space.
    """
    out = ""
    previous = ""
    for raw in raw_lines:
        piece = (raw or "").replace("\xa0", " ")
        stripped = piece.strip()
        if not stripped:
            continue
        if not out:
            out = stripped
        elif HYPHEN_END_RE.search(previous) and stripped[0].islower():
            out += stripped
        elif stripped[0] in ".,;:)!?":
            out += stripped
        else:
            out += " " + stripped
        previous = piece
    return clean(out)


def ends_sentence(text) -> bool:
    """True when a line ends a sentence: final punctuation, a closing quote, or a bare URL/e-mail address."""
    s = clean(text).rstrip("“„ ")
    if not s:
        return False
    if s[-1] in ".!?:…" or s[-1] in CLOSING_QUOTES:
        return True
    return bool(URL_END_RE.search(s.rsplit(None, 1)[-1]))  # the last word: searching a long line is quadratic


def _first_letter(text):
    for char in clean(text):
        if char in OPENING_MARKS or char in CLOSING_QUOTES or char in " ‚":
            continue
        return char
    return ""


def starts_upper(text) -> bool:
    char = _first_letter(text)
    return bool(char) and (char.isupper() or char.isdigit())


def starts_lower(text) -> bool:
    char = _first_letter(text)
    return bool(char) and char.islower()


def cut_at_word(text, limit) -> str:
    """`text` shortened to at most `limit` characters at a word boundary, without trailing punctuation or
    dangling little words ("en", "van"), so a derived title reads as a phrase."""
    text = clean(text)
    if len(text) > limit:
        text = text[: limit + 1]
        text = text.rsplit(" ", 1)[0] if " " in text else text[:limit]
    words = text.split(" ")
    while len(words) > 1 and words[-1].lower().strip(".,;:!?–-") in TRAILING_STOPWORDS:
        words.pop()
    return " ".join(words).rstrip(" .,;:–-—(\"“„‘'").strip()


def strip_folded_prefix(text, prefix):
    """The rest of `text` after `prefix`, comparing as fold() does (case, accents, apostrophes, spacing);
    None when `text` does not start with it. Used for running headers glued to the next title."""
    target = fold(prefix)
    if not target or not fold(text).startswith(target):
        return None
    for end in range(min(len(text), 4 * len(prefix) + 8) + 1):  # fold() changes lengths a little, never 4-fold
        if fold(text[:end]) == target:
            return text[end:]
    return None
