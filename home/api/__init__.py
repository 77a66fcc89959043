"""The read-only content API for councils' own portals (views.py) and its page for webmasters (docs.py)."""
