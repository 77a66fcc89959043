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
EDITION_LINE_RE = re.compile(r"^\s*(?:uitgave|dit artikel verscheen in)\b.*$", re.I | re.M)
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
    for match in [*DUTCH_DATE_RE.finditer(fold(text)), *ENGLISH_DATE_RE.finditer(fold(text))]:
        try:
            found.append(datetime.date(int(match["year"]), MONTHS[match["month"]], int(match["day"])))
        except ValueError:  # "31 februari"
            continue
    return max(found, default=None)
