"""The dates an export gives: an edition ("Uitgave juni 2021", "de zomereditie 2023") or an event date written out
("8 oktober 2020", "October 8, 2020"). Nothing else is a date: an import never dates a page on the day it ran."""

from __future__ import annotations

import datetime
import re

from .common import fold

MONTHS = {
    **{name: number for number, name in enumerate("januari februari maart april mei juni juli augustus september "
                                                 "oktober november december".split(), start=1)},
    **{name: number for number, name in enumerate("january february march april may june july august september "
                                                 "october november december".split(), start=1)},
}  # fmt: skip
# The month a seasonal edition comes out in.
SEASONS = {"voorjaar": 3, "lente": 3, "zomer": 6, "najaar": 9, "herfst": 9, "winter": 12}
MONTH = "|".join(MONTHS)
YEAR = r"(?:19[5-9]\d|20\d\d)"
YEAR_RE = re.compile(YEAR)
EDITION_LINE_RE = re.compile(r"^[^\S\n]*(?:uitgave|dit artikel verscheen in)\b.*$", re.I | re.M)
DUTCH_DATE_RE = re.compile(rf"\b(?P<day>[0-3]?\d)\s+(?P<month>{MONTH})\s+(?P<year>{YEAR})\b", re.I)
ENGLISH_DATE_RE = re.compile(rf"\b(?P<month>{MONTH})\s+(?P<day>[0-3]?\d),?\s+(?P<year>{YEAR})\b", re.I)


def edition_date(text) -> datetime.date | None:
    """The date of the edition an "Uitgave ..." or "Dit artikel verscheen in ..." line names, when it has a year:
    the first of its month (or its season's month, or January)."""
    for match in EDITION_LINE_RE.finditer(text or ""):
        line = fold(match.group())
        year = re.search(rf"\b{YEAR}\b", line)
        if year is None:
            continue
        month = next((MONTHS[word] for word in re.findall(r"[a-z]+", line) if word in MONTHS), None)
        if month is None:
            month = next((number for season, number in SEASONS.items() if season in line), 1)
        return datetime.date(int(year.group()), month, 1)
    return None


def event_date(text) -> datetime.date | None:
    """The latest full date written out in the text (the day of the event an article reports on)."""
    found = []
    for window in _year_windows(text or ""):
        folded = fold(window)
        for match in [*DUTCH_DATE_RE.finditer(folded), *ENGLISH_DATE_RE.finditer(folded)]:
            try:
                found.append(datetime.date(int(match["year"]), MONTHS[match["month"]], int(match["day"])))
            except ValueError:  # "31 februari"
                continue
    return max(found, default=None)


def _year_windows(text, before=80):
    """The text before and around each year: a written-out date ends with its year, so only these bits need folding
    (folding a whole 5 MB export cost seconds). A window starts at a word (its cut-off first word is dropped)."""
    for match in YEAR_RE.finditer(text):
        start = max(0, match.start() - before)
        window = text[start : match.end() + 1]
        if start and not text[start - 1].isspace():
            parts = window.split(None, 1)
            window = parts[1] if len(parts) == 2 else ""
        yield window
