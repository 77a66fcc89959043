"""The database backends' snippets (search/database.py `highlight`): a piece of the page's own text, escaped, with
every word that starts with one of the query's words marked; nothing added, lost or doubled."""

import html
import re
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from search.database import highlight
from themes_taxonomy.text import fold

WORDS = ["raad", "begroting", "Cliëntenraad", "<b>", "&amp;", "commissie", "leden", "werven", "…", "a&b", "'", '"']
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=60).map(" ".join)
QUERY_WORDS = ["raad", "begroting", "clientenraad", "leden", "commissie", "b"]
terms = st.lists(st.sampled_from(QUERY_WORDS) | st.text(alphabet="abcdefghij", min_size=3, max_size=6), min_size=1,
                 max_size=4, unique=True)  # fmt: skip


def page(intro, body=""):
    return SimpleNamespace(intro=intro, own_text=lambda: body)


@given(texts, terms)
def test_a_snippet_is_the_pages_own_text_with_every_matching_word_marked(intro, words):
    snippet = highlight(page(intro), sorted(words, key=len, reverse=True))
    if not snippet:
        return
    marked = re.findall(r"<mark>(.*?)</mark>", snippet)
    assert marked, "a snippet is shown because a word matched, and that word is marked"
    assert all(fold(html.unescape(word)).startswith(tuple(words)) for word in marked)
    plain = html.unescape(snippet.replace("<mark>", "").replace("</mark>", ""))
    assert plain.strip("…") in " ".join(intro.split()), "a piece of the text, in order, nothing added or lost"
    assert "<" not in re.sub(r"</?mark>", "", snippet), "the page's own text is escaped"
    unmarked = re.sub(r"<mark>.*?</mark>", " ", snippet)
    left = [w for w in re.findall(r"(?<!\w)\w+", fold(html.unescape(unmarked))) if w.startswith(tuple(words))]
    assert not left, f"a matching word was left unmarked: {left}"


def test_two_words_of_the_query_are_both_marked():
    intro = "De commissie bespreekt de begroting\n met de bestuurder."  # a line break, as exports have
    snippet = highlight(page(intro), ["begroting", "commissie"])
    assert snippet == "De <mark>commissie</mark> bespreekt de <mark>begroting</mark> met de bestuurder."


def test_a_long_text_is_cut_at_whole_words():
    text = " ".join(["Het werven en behouden van leden is een taak voor iedere raad."] * 8)
    snippet = highlight(page(text), ["leden"])
    assert snippet.startswith("Het werven en behouden van <mark>leden</mark>") and snippet.endswith("…")
    shown = snippet.removesuffix("…").replace("<mark>", "").replace("</mark>", "")
    assert text.startswith(shown) and text[len(shown)] == " ", f"cut inside a word: {shown[-12:]!r}"
