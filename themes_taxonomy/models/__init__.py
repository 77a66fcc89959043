from .pages import KeywordIndexPage, ThemeIndexPage
from .vocabulary import Keyword, Sector, TaggedKeyword, Theme

__all__ = ["Theme", "Sector", "Keyword", "TaggedKeyword", "ThemeIndexPage", "KeywordIndexPage"]
