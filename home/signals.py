"""The site's own reactions: its settings and footer feed cached pages, and every migrate builds the skeleton."""

from wagtail.models import Site

from core import cache

from .models import FooterText, SiteSettings
from .structure import ensure_site_structure

cache.watch(SiteSettings, FooterText, Site)


def build_site_structure(sender, **kwargs):
    """The home pages and sections exist after every `migrate` (and every test database's), so code below `home`
    finds a section through core.registry.section without building the site itself."""
    ensure_site_structure()
