"""Text normalisation shared by the taxonomy and the importer: compare words as a reader would."""

import unicodedata

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def fold(text):
    """Lower-case, accent-free, apostrophe-normalised, single-spaced form of `text`, for comparisons."""
    text = unicodedata.normalize("NFKD", (text or "").translate(APOSTROPHES))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(text.casefold().split())


def reading_key(name):
    """Sort key for names A to Z as a reader reads them: "cliëntenraad" among the c's, capitals mixed in (SQLite's and
    PostgreSQL's default collations do neither)."""
    return fold(name), name


def by_name(terms):
    """Keywords (or any terms with a name) in reading order (reading_key)."""
    return sorted(terms, key=lambda term: reading_key(term.name))


def split_lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]
