"""The scripts the browser tests run inside pages, kept as JavaScript files so they read as JavaScript."""

from functools import cache
from pathlib import Path


@cache
def script(name):
    """The file's function, without its leading comment (Playwright recognises a function by how the text starts)."""
    lines = (Path(__file__).parent / name).read_text().splitlines()
    return "\n".join(line for line in lines if not line.startswith("//"))
