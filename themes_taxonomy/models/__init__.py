from .pages import KeywordIndexPage, ThemeIndexPage
from .paths import PathLinkBase, ThemePathLink
from .vocabulary import Keyword, Sector, TaggedKeyword, Theme

__all__ = [
    "Theme",
    "Sector",
    "Keyword",
    "TaggedKeyword",
    "ThemeIndexPage",
    "KeywordIndexPage",
    "PathLinkBase",
    "ThemePathLink",
]
