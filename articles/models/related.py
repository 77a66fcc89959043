"""What an editor decides about a page's learning path sections (search/paths.py) and its related items
(search/related.py): pages pinned first, in their order, and pages left out. Replaces the hand-picked related items
(migrations 0008 to 0010: each became a pin)."""

from django.db import models
from modelcluster.fields import ParentalKey

from themes_taxonomy.models import PathLinkBase


class PathLink(PathLinkBase):
    source = ParentalKey("wagtailcore.Page", related_name="path_links", on_delete=models.CASCADE)
