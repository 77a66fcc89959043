"""Query expansion with the editors' synonyms: the same on the database backend and on the engine."""

import re

from core import cache
from themes_taxonomy.text import fold

from .models import Synonym

MAX_VARIANTS = 6


def groups():
    return cache.remember(
        "synonyms", "groups", lambda: [synonym.group() for synonym in Synonym.objects.all()], tags=["synonyms"]
    )


def expand(query):
    """The query, then the query with each synonym swapped in: ["cr achterban", "clientenraad achterban", ...]."""
    folded = fold(query)
    variants = [query]
    for group in groups():
        for member in group:
            pattern = re.compile(rf"(?<!\w){re.escape(member)}(?!\w)")
            if member and pattern.search(folded):
                for other in group:
                    if other != member:
                        variants.append(pattern.sub(lambda _match, other=other: other, folded))  # literally
    return list(dict.fromkeys(variants))[:MAX_VARIANTS]


MAX_JOINED = 3


def joined(query):
    """The query with two adjacent words written as one, each pair in turn ("werk plan" -> "werkplan"): Dutch writes
    compounds as one word, readers often do not. Only for short queries (a question's pairs are rarely compounds)."""
    words = fold(query).split()
    if not 2 <= len(words) <= MAX_JOINED + 1:
        return []
    return [" ".join([*words[:i], words[i] + words[i + 1], *words[i + 2 :]]) for i in range(len(words) - 1)]


def variants(query):
    """What a search looks for: the query and its synonyms (expand), then the query with two words joined."""
    return list(dict.fromkeys(expand(query) + joined(query)))[: MAX_VARIANTS + MAX_JOINED]
