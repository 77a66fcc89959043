"""Turn parsed text blocks into StreamField data for the shared body."""

from django.utils.html import escape

from .parsing import Block


def _paragraph(text):
    return ("paragraph", f"<p>{escape(text)}</p>")


def to_stream(blocks: list[Block], pull_quote=""):
    stream = []
    if pull_quote:
        stream.append(("quote", {"text": pull_quote, "attribution": ""}))
    for block in blocks:
        if block.kind == "heading":
            stream.append(("heading", {"text": block.text[:200], "level": "h2"}))
        elif block.kind == "quote":
            stream.append(("quote", {"text": block.text, "attribution": block.attribution[:200]}))
        elif block.kind == "list":
            items = "".join(f"<li>{escape(item)}</li>" for item in block.items)
            stream.append(("paragraph", f"<ul>{items}</ul>"))
        elif block.text:
            stream.append(_paragraph(block.text))
    return stream


def first_sentences(text, limit=400):
    """The opening sentences of `text` that fit in `limit` characters (at least one sentence, cut at a word)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = max(text.rfind(mark, 0, limit) for mark in (". ", "? ", "! "))
    if cut > 40:
        return text[: cut + 1]
    return text[:limit].rsplit(" ", 1)[0] + "…"
