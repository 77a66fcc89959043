"""Turn parsed text blocks into StreamField data for the shared body, with web and e-mail addresses as links."""

import re

from django.utils.html import escape

from themes_taxonomy.text import fold

from .parsing import Block

# A web address (with its scheme, or starting "www.") or an e-mail address, as the exports print them.
ADDRESS_RE = re.compile(
    r"(?P<url>\b(?:https?://|www\.)[^\s<>\"“”‘’]+)|(?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b)", re.I
)
TRAILING = ".,;:!?)]'’”\""  # sentence punctuation after an address is not part of it


def addresses(text):
    """(start, end, href) of every web and e-mail address in `text`."""
    found = []
    for match in ADDRESS_RE.finditer(text or ""):
        start, end = match.span()
        value = match.group()
        if match.group("url"):
            stripped = value.rstrip(TRAILING)
            if stripped.count("(") > stripped.count(")") and value[len(stripped) :].startswith(")"):
                stripped += ")"
            end = start + len(stripped)
            href = stripped if "://" in stripped else f"https://{stripped}"
        else:
            href = f"mailto:{value}"
        found.append((start, end, href))
    return found


def linkify(text):
    """`text` as rich-text HTML (escaped), with its web and e-mail addresses as links."""
    html, position = [], 0
    for start, end, href in addresses(text):
        html += [escape(text[position:start]), f'<a href="{escape(href)}">{escape(text[start:end])}</a>']
        position = end
    return "".join(html) + escape(text[position:])


def _paragraph(text):
    return ("paragraph", f"<p>{linkify(text)}</p>")


def _quote(block):
    """A quote block; its text stays plain, so addresses in it move into a paragraph of links after it."""
    found = addresses(block.text)
    text = block.text
    for start, end, _href in reversed(found):
        text = (text[:start] + text[end:]).strip()
    quote = ("quote", {"text": " ".join(text.split()) or block.text, "attribution": block.attribution[:200]})
    if not found or not text:
        return [quote]
    links = " ".join(f'<a href="{escape(href)}">{escape(block.text[start:end])}</a>' for start, end, href in found)
    return [quote, ("paragraph", f"<p>{links}</p>")]


def to_stream(blocks: list[Block], pull_quote="", title=""):
    """The body; a first heading that repeats `title` is left out (the page shows its title already)."""
    stream = []
    if pull_quote:
        stream.append(("quote", {"text": pull_quote, "attribution": ""}))
    for block in blocks:
        if block.kind == "heading":
            if _repeats_title(stream, block, title):
                continue
            stream.append(("heading", {"text": block.text[:200], "level": "h2"}))
        elif block.kind == "quote":
            stream += _quote(block)
        elif block.kind == "list":
            items = "".join(f"<li>{linkify(item)}</li>" for item in block.items)
            stream.append(("paragraph", f"<ul>{items}</ul>"))
        elif block.text:
            stream.append(_paragraph(block.text))
    return stream


def _repeats_title(stream, block, title):
    """The body's first heading repeats the title (only a pull quote may come before it)."""
    headings = [kind for kind, _value in stream if kind == "heading"]
    return bool(title) and not headings and fold(block.text).strip(" .!?") == fold(title).strip(" .!?")


def first_sentences(text, limit=400):
    """The opening sentences of `text` that fit in `limit` characters (at least one sentence, cut at a word)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = max(text.rfind(mark, 0, limit) for mark in (". ", "? ", "! "))
    if cut > 40:
        return text[: cut + 1]
    return text[:limit].rsplit(" ", 1)[0] + "…"


def rest_after(text, opening):
    """What `text` says after its `opening` (the intro taken from it): "" when the intro is all of it, the whole
    text when the intro had to be cut inside a sentence."""
    text = " ".join(text.split())
    if opening and not opening.endswith("…") and text.startswith(opening):
        return text[len(opening) :].strip()
    return text
