"""What a search returns, whichever backend answered: the shape the page, the API and the evaluation share."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects


@dataclass
class Hit:
    card: object  # search.cards.Card
    highlight: str = ""  # HTML-safe snippet with <mark> around matches
    promoted: bool = False


@dataclass
class SearchResponse:
    params: object
    hits: list
    count: int
    backend: str  # "opensearch" | "elasticsearch" | "database"
    facets: dict = field(default_factory=dict)  # {"type": {"article": 3}, "theme": {slug: n}, ...}
    degraded: bool = False  # the engine failed and the database answered instead
    corrected: str = ""  # the query found nothing: these are the results of this correction of it

    @property
    def pages(self):
        return max(1, -(-self.count // self.params.per_page))


def prefetch_taxonomy(pages):
    """Load the themes, keywords and sectors of result pages in three queries per content type, not per page."""
    by_type = defaultdict(list)
    for page in pages:
        by_type[type(page)].append(page)
    for same_type in by_type.values():
        prefetch_related_objects(same_type, "themes", "sectors", "keywords")
    return pages
