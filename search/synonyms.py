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
