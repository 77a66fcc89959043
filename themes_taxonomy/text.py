"""Text normalisation shared by the taxonomy and the importer: compare words as a reader would."""

import unicodedata

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def fold(text):
    """Lower-case, accent-free, apostrophe-normalised, single-spaced form of `text`, for comparisons."""
    text = unicodedata.normalize("NFKD", (text or "").translate(APOSTROPHES))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(text.casefold().split())


def split_lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]
